"""A level stated of the clause's subject names the metric (issue 12, class "a level stated of the
clause's subject").

"Table occupancy must be 85%", "de bezettingsgraad moet volgend jaar 80 procent zijn": a phrase
nobody's lexicon knows is still what the goal measures when the clause opens with it and goes on
with a modal, a verb of being or reaching and a number that counts nothing of its own. A number
that counts a noun after it ("must open 50 stores") or is a share of another thing ("10 procent
van het gasverbruik") leaves that noun the metric. A bare level with no baseline leaves the way
open (DOMAIN.md), so S still fails where no direction word or bound is said.
The cases are written for these tests; none is a goal from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)

STATED_LEVELS = [
    ("Shelf availability must be 97% by June 2027.", "shelf availability"),
    ("Warehouse pick accuracy should reach 99.5% this year.", "pick accuracy"),
    ("Checkout completion needs to be 80 percent by Q3.", "checkout completion"),
    ("De bezettingsgraad moet volgend jaar 80 procent zijn.", "bezettingsgraad"),
    ("De kostendekkingsgraad moet in 2028 60 procent bedragen.", "kostendekkingsgraad"),
    ("Volgend jaar moet de schoonmaakscore 8,5 zijn.", "schoonmaakscore"),
]


@pytest.mark.parametrize(("text", "metric"), STATED_LEVELS)
def test_a_level_stated_of_the_subject_names_the_metric(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert not result.verdicts["S"].passed  # a bare level: the way is open without a baseline


BOUNDED_LEVELS = [
    ("Invoice accuracy exceeds 98% every quarter of 2027.", "invoice accuracy", "at_least"),
    ("Repeat visit share must be at least 30% by December.", "visit share", "at_least"),
    ("In 2028 moet de bezettingsgraad boven 80 procent liggen.", "bezettingsgraad", "at_least"),
    ("De uitvalsgraad moet onder 4 procent blijven.", "uitvalsgraad", "at_most"),
]


@pytest.mark.parametrize(("text", "metric", "direction"), BOUNDED_LEVELS)
def test_a_bound_stated_of_the_subject_is_specific(text: str, metric: str, direction: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.parsed.direction == direction
    assert result.verdicts["S"].passed


@pytest.mark.parametrize(("text", "not_metric"), [
    ("Volgend jaar moet het bedrijf 20 nieuwe klanten werven.", "bedrijf"),
    ("The franchise must open 50 stores by 2028.", "franchise"),
    ("Samen kunnen de maatregelen 10 procent van het gasverbruik besparen.", "maatregelen"),
    ("Our team should be 12 people by June.", "team"),
])
def test_a_number_that_counts_something_else_leaves_the_subject(text: str, not_metric: str) -> None:
    metric_words = smart_check(text, today=TODAY).parsed.metric_words
    assert metric_words is None or not_metric not in metric_words
