"""A period after a noun names a duration that is measured (issue 12).

"Reduce the average payment period from 63 days to 30 days": the payment period is the metric,
a duration, although a period alone ("this period", "de komende periode", "per period") is a
time. Dutch writes the duration as one word ("betaaltermijn", "wachttijd"), which the lexicon
already reads; its compounds in "-periode" are mostly times ("kabinetsperiode"), so only the
Dutch neighbours are here. The cases are written for these tests; none is a goal from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)

DURATIONS = [
    ("Shorten the average collection period from 48 days to 35 days by June 2027.", "collection period"),
    ("Cut the onboarding period for new hires from 30 to 20 days.", "onboarding period"),
    ("Reduce the waiting period for a repair slot to 5 working days.", "waiting period"),
    ("Lower our average repayment period from 14 to 10 months this year.", "repayment period"),
]


@pytest.mark.parametrize(("text", "metric"), DURATIONS)
def test_a_duration_is_measured(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is not None and metric in result.parsed.metric_words
    assert result.verdicts["S"].passed


# A period that only says when stays a time: the metric is elsewhere or missing.
@pytest.mark.parametrize(("text", "metric"), [
    ("Increase newsletter sign-ups by 20% in the coming period.", "sign-ups"),
    ("Verhoog de omzet in de komende periode met 10%.", "omzet"),
    ("We willen de betaaltermijn verkorten van 40 naar 30 dagen.", "betaaltermijn"),
    ("Grow repeat orders by 15% over the holiday period.", "repeat orders"),
])
def test_a_period_of_time_is_no_metric(text: str, metric: str) -> None:
    words = smart_check(text, today=TODAY).parsed.metric_words
    assert words is not None and metric in words and not words.endswith(("period", "periode"))
