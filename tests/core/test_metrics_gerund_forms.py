"""Every English verb of work has its -ing form, spelled right (issue 12, class "work as a gerund").

The -ing forms of the verbs of work were derived with two slips: verbs ending in -t got none
("posting", "hosting", "testing" were read as names) and "post" was doubled ("postting"). With
them right, work named by its gerund stays work (DOMAIN.md: an activity is not a metric), a gerund
that qualifies another noun ("testing time", "running costs", "speaking slot") leaves that noun
phrase the metric, and a phrasal verb before the work ("ramp up posting") is no metric either.
The cases are written for these tests; none is a goal from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check
from xlsmart.core.lexicon.word_classes import ACTIVITY_VERBS

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize("form", ["posting", "hosting", "testing", "starting", "planting", "running", "beginning"])
def test_the_gerund_of_a_verb_of_work_is_known(form: str) -> None:
    assert form in ACTIVITY_VERBS


@pytest.mark.parametrize("misspelt", ["postting", "begining", "hostting"])
def test_no_misspelt_gerund_is_made(misspelt: str) -> None:
    assert misspelt not in ACTIVITY_VERBS


@pytest.mark.parametrize("text", [
    "Ramp up posting by 2x this quarter.",
    "Step up hosting by 50% in 2027.",
    "We will double our testing in 2027.",
    "Het posten op LinkedIn opvoeren in 2027.",  # Dutch names the work with its infinitive
])
def test_work_named_by_its_gerund_is_not_specific(text: str) -> None:
    assert not smart_check(text, today=TODAY).verdicts["S"].passed


@pytest.mark.parametrize(("text", "metric"), [
    ("Reduce testing time by 25% in 2027.", "testing time"),
    ("Lower planting costs by 10% in 2027.", "planting costs"),
    ("Cut running costs of the fleet by 8% this year.", "running costs"),
    ("De testtijd per release met 30% verkorten in 2027.", "testtijd"),
])
def test_a_gerund_that_qualifies_a_noun_leaves_the_noun_the_metric(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is not None and metric in result.parsed.metric_words
    assert result.verdicts["S"].passed
