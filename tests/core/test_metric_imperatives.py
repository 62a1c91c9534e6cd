"""The verb that opens a goal before its count is no metric (issue 12, class "an opening verb before its
count"; DOMAIN.md S: the metric is what the goal measures, "An activity is not a metric").

Key results are commands: a verb, a count, what is counted. A verb the lexicon does not know ("Release at
least one documentary", "Enter two new markets", "Ontwikkel drie nieuwe cursussen", "Roll out 3 new
menus") was read as the metric because the count came right after it. A number attaches to the noun
after it, so the word before the count is its verb. A heading's or a name's small number is no count
("Goal 2: …", "Aspiration 1: …"), and a verb of acquiring keeps what it acquires. Our own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

VERBS = [
    ("Release at least one documentary per month", "release"),
    ("Enter two new markets in 2027", "enter"),
    ("Ontwikkel drie nieuwe cursussen in 2027", "ontwikkel"),
    ("Roll out 3 new menus in 2027", "roll"),
    ("Shoot 12 product videos by June", "shoot"),
    ("Voer 10 usability-testen uit op de checkout dit kwartaal", "voer"),
]


@pytest.mark.parametrize(("text", "verb"), VERBS)
def test_the_opening_verb_of_a_count_is_no_metric(text: str, verb: str) -> None:
    metric = smart_check(text, today=TODAY).parsed.metric_words
    assert metric is None or verb not in metric.split()


WORK_ONLY = [
    "Release at least one documentary per month",
    "Ontwikkel drie nieuwe cursussen in 2027",
    "Shoot 12 product videos by June",
]


@pytest.mark.parametrize("text", WORK_ONLY)
def test_a_count_of_work_after_the_verb_leaves_nothing_measured(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is None
    assert not result.verdicts["S"].passed


KEPT = [
    ("Goal 2: increase leads from 100 to 150 by June", "leads"),
    ("Aspiration 1: grow revenue by 10% in 2027", "revenue"),
    ("Win at least 20 new clients in 2027", "new clients"),
    ("Werf minimaal 100 nieuwe leden in 2027", "nieuwe leden"),
]


@pytest.mark.parametrize(("text", "metric"), KEPT)
def test_a_heading_number_or_an_acquired_count_keeps_its_metric(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.verdicts["S"].passed
