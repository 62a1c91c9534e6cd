"""Work named as a gerund is no metric (issue 12, class "work as a gerund").

"Ramp up posting", "double our publishing", "het posten verdubbelen": the -ing form (in Dutch
the infinitive) of a verb of work names the work itself (DOMAIN.md: an activity is not a
metric), so S fails however it moves. A gerund
that qualifies another head ("testing time", "planning accuracy") leaves that head the metric,
and gerunds of other verbs ("spending", "booking rate") are untouched.
The cases are written for these tests; none is a goal from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize("text", [
    "Step up posting by 3x before the launch.",
    "We will double our publishing this year.",
    "Increase writing by 40% in Q2 2027.",
    # Dutch names the work with the infinitive, read the same way
    "Het posten op Instagram verdubbelen in 2027.",
    "We willen in 2027 twee keer zoveel publiceren.",
])
def test_a_gerund_of_work_is_not_specific(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert not result.verdicts["S"].passed
    assert result.parsed.metric_words is None or not result.parsed.metric_words.endswith("ing")


@pytest.mark.parametrize(("text", "metric"), [
    ("Reduce testing time by 30% by May 2027.", "testing time"),
    ("Increase planning accuracy to 90% this year.", "accuracy"),
    ("Cut ad spending by 15% in 2027.", "spending"),
])
def test_a_gerund_before_another_head_or_of_no_work_stays(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is not None and metric in result.parsed.metric_words
    assert result.verdicts["S"].passed
