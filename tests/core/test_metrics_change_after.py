"""A key result written as its metric, then its change (issue 12, class "the change after the metric").

"Average handling time down 20%", "Storingen omlaag met 30%": a bare key-result line names what
it measures first and then which way and how much, with no verb before the metric. The phrase that
opens such a line is the metric (DOMAIN.md: the metric is whatever the goal measures, known or not),
so S passes. A bound after the first words ("Skip <5% of …") is no such change.
The cases are written for these tests; none is a goal from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(("text", "metric", "direction"), [
    ("Mean repair turnaround (MRT) down 15% by Q3 2027", "repair turnaround", "decrease"),
    ("Refund requests down 25% this year", "refund requests", "decrease"),
    ("Partner sign-ups up 40% by June 2027", "partner sign-ups", "increase"),
    ("Gemiddelde afhandeltijd omlaag naar 4 dagen in 2027", "afhandeltijd", "decrease"),
    ("Aantal storingen omlaag met 30% in 2027", "storingen", "decrease"),
    ("Herhaalbezoeken omhoog met 10% dit jaar", "herhaalbezoeken", "increase"),
])
def test_the_metric_before_its_change_is_specific(text: str, metric: str, direction: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is not None and metric in result.parsed.metric_words
    assert result.parsed.direction == direction
    assert result.verdicts["S"].passed

