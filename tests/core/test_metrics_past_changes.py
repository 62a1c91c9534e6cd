"""A past-tense verb of change ends the name of its subject (issue 12, class "a past-tense verb of
change ends the subject's name").

Real goals often say where the metric came from before saying where it should go: "our turnover
rose 17 % last year; we want 10 % more in 2027". The past verb ("rose", "fell", "steeg",
"daalde") is no part of the metric's name, so the metric is "turnover", not "turnover rose", and
a Dutch subject followed by one ("de omzet steeg …") is still found. The direction comes from what
the goal wants, not from the past change.
The cases are written for these tests; none is a goal from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)

PAST_CHANGES = [
    ("Our turnover rose 17 % last year; we want 10 % more in 2027.", "turnover", "increase"),
    ("Web traffic fell 10% in 2026, so we aim to grow it by 15% by June 2027.", "web traffic", "increase"),
    ("Support costs grew 9% last year and must fall by 10% in 2027.", "support costs", "decrease"),
    ("De omzet steeg vorig jaar met 5 procent en moet in 2027 met 8 procent groeien.", "omzet", "increase"),
    ("De wachttijd groeide in 2026 met 3 dagen; in 2027 willen we die met 20% verkorten.", "wachttijd", "decrease"),
]


@pytest.mark.parametrize(("text", "metric", "direction"), PAST_CHANGES)
def test_a_past_change_is_not_part_of_the_name(text: str, metric: str, direction: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.parsed.direction == direction
    assert result.verdicts["S"].passed


@pytest.mark.parametrize(("text", "metric"), [
    ("Reduce dropped orders by 30% by March 2027.", "dropped orders"),
    ("Cut declined payments from 6% to 4% this year.", "declined payments"),
])
def test_a_participle_that_names_a_thing_stays_in_the_name(text: str, metric: str) -> None:
    assert smart_check(text, today=TODAY).parsed.metric_words == metric
