"""A KPI line's heading names its metric (issue 12, class "a KPI line's heading").

Dashboards, KPI tables and OKR files write a target as a heading, a label set off by a colon or a
dash, then the value: "Bounce rate - Target: <60%". The label ("Target", "Doel", "Goal",
"Streefwaarde") is a noun there, and what stands before it is what the line measures, whatever
that is. Without the punctuation the same word can be a verb whose subject acts ("Cities target
less traffic"), so those lines keep their usual reading. The cases are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


def _check(text: str):
    return smart_check(text, today=TODAY)


HEADINGS = [
    # text, a word the metric words must contain, direction read
    ("Cart abandonment rate - Target: <45%", "abandonment", "at_most"),
    ("Average order value: Target $85+", "value", "at_least"),
    ("Newsletter signups – goal: 2,500+", "signups", "at_least"),
    ("Cost per lead: Target -30%", "lead", "decrease"),
    ("Webinar attendance rate | Target: >40%", "attendance", "at_least"),
    ("Retentiegraad - Doel: >85%", "retentiegraad", "at_least"),
    ("Kosten per klant: streefwaarde < €40", "kosten", "at_most"),
    ("Aantal nieuwsbriefabonnees – doel: 5.000+", "nieuwsbriefabonnees", "at_least"),
    ("Gemiddelde reactietijd: Doel -20%", "reactietijd", "decrease"),
    ("Donor retention target: above 60%", "retention", "at_least"),
]


@pytest.mark.parametrize(("text", "head", "direction"), HEADINGS)
def test_the_heading_before_a_set_off_label_is_the_metric(text: str, head: str, direction: str) -> None:
    result = _check(text)
    assert result.parsed.metric_words is not None and head in result.parsed.metric_words.split(), result.parsed
    assert result.parsed.direction == direction
    assert "S" not in result.failed, result.verdicts


LEVELS_ONLY = [
    # a heading and a plain level, no bound and no direction: the metric is named, S still fails (DOMAIN.md)
    ("Click-through rate: Target 4%", "click-through"),
    ("Sessieduur - Doel: 3 minuten", "sessieduur"),
]


@pytest.mark.parametrize(("text", "head"), LEVELS_ONLY)
def test_a_heading_with_a_plain_level_names_the_metric_without_a_direction(text: str, head: str) -> None:
    result = _check(text)
    assert result.parsed.metric_words is not None and head in result.parsed.metric_words.split()
    assert "S" in result.failed


NOT_HEADINGS = [
    # the label word as a verb, or a colon elsewhere: the subject acts and is never the metric
    ("Brands target 20% more repeat buyers by June", "brands"),
    ("Our stores target 15,000 visitors in May", "stores"),
]


@pytest.mark.parametrize(("text", "actor"), NOT_HEADINGS)
def test_a_label_word_without_punctuation_is_no_heading(text: str, actor: str) -> None:
    words = _check(text).parsed.metric_words
    assert words is None or actor not in words.split()
