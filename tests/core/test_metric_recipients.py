"""Who receives the work is not its metric (issue 12, class "the recipients of work"; DOMAIN.md S: "An
activity is not a metric").

"Make 60 calls per day to qualified leads", "Send 3 offers per week to our top 100 customers": the
calls and offers are work, and the people they go to are who receives it; their name is a known metric
("leads", "customers"), so it was read as the goal's metric with the count of work as its increase, and
S passed. After "to"/"naar"/"aan" that follows something sent (a call, an email, an offer, a newsletter;
a rhythm may stand between), the phrase is now no metric. What is measured of the recipients, or
counted into a list, still is. Our own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

SENT = [
    "Make 60 calls per day to qualified leads",
    "Send 3 offers per week to our top 100 customers",
    "Stuur elke maand een nieuwsbrief naar alle klanten in 2027",
    "Send a reminder email to inactive subscribers every month",
]


@pytest.mark.parametrize("text", SENT)
def test_who_receives_the_work_is_no_metric(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is None
    assert not result.verdicts["S"].passed


MEASURED = [
    ("Drive traffic to our landing page: 20% more visits by June", "visits"),
    ("Increase replies from customers to our surveys by 20% in 2027", "replies"),
    ("Add 500 subscribers to the newsletter by June", "subscribers"),
    ("Convert 5% more leads to customers in 2027", "leads"),
]


@pytest.mark.parametrize(("text", "metric"), MEASURED)
def test_what_is_measured_around_the_work_still_is(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.verdicts["S"].passed
