"""Weight lost is a metric that goes down (issue 12, class "weight lost").

"Lose 10 pounds", "shed 4 kg", "5 kilo afvallen": the count of a unit of weight that a verb of
losing governs names what is measured (the weight, quoted by its unit) and its direction (down),
so S passes (DOMAIN.md: the metric is whatever the goal measures, in the goal's own words). A
weight with no verb of losing, or a verb of losing without a weight, is not read this way.
The cases are written for these tests; none is a goal from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(("text", "unit"), [
    ("I will lose 12 pounds before my wedding on 5 June 2027.", "pounds"),
    ("Shed 4 kg within three months.", "kg"),
    ("My horse should lose 20 lbs by spring 2027.", "lbs"),
    ("Ik wil voor de zomer van 2027 8 kilo afvallen.", "kilo"),
    ("Binnen een half jaar 6 kg kwijtraken.", "kg"),
    ("In 2027 wil ik 3 kilo verliezen.", "kilo"),
])
def test_weight_lost_is_the_metric_and_goes_down(text: str, unit: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == unit
    assert result.parsed.direction == "decrease"
    assert result.verdicts["S"].passed
    assert result.verdicts["M"].passed


@pytest.mark.parametrize("text", [
    "I don't want to lose momentum this year.",  # no weight counted
    "We verliezen dit jaar geen tijd.",
])
def test_losing_without_a_weight_is_not_a_weight_goal(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words not in ("pounds", "kg", "kilo", "lbs")


def test_money_in_pounds_is_not_weight() -> None:
    result = smart_check("Raise 5,000 pounds for the shelter by March 2027.", today=TODAY)
    assert result.parsed.direction != "decrease"
