"""A list number before a change verb is no change (issue 12, class "numbered key results").

"2. Increase referral hires …": goals copied from a numbered list keep their number, and "increase",
"decrease" and "cut" are nouns of change too ("a 15% increase in …"). A small whole number that
opens the text numbers the item; the verb after it still governs its object, which is the metric
(DOMAIN.md: the object of a direction verb). A number with a unit before the noun stays a change.
The cases are written for these tests; none is a goal from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(("text", "metric"), [
    ("3. Increase referral hires from 20% to 30% by year-end.", "referral"),
    ("2. Decrease tickets reopened from 12% to 6% this year.", "tickets"),
    ("1) Increase volunteer referrals from 40 to 60 by June 2027.", "volunteer referrals"),
])
def test_a_numbered_item_keeps_the_verbs_object_as_metric(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is not None and metric in result.parsed.metric_words
    assert result.verdicts["S"].passed


@pytest.mark.parametrize(("text", "metric", "change"), [
    ("A 15% increase in repeat bookings by Q3 2027.", "repeat bookings", 0.15),
    ("Een 20% stijging van het aantal proefritten in 2027.", "proefritten", 0.2),
])
def test_a_number_before_a_noun_of_change_stays_the_change(text: str, metric: str, change: float) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is not None and metric in result.parsed.metric_words
    assert result.parsed.relative_change == pytest.approx(change)
