"""Less of what a verb does: the verb names the metric (issue 12, class "less of what a verb does").

"In 2030 35 procent minder uit te stoten", "er moet 5.000 ton minder worden uitgestoten", "emit 25%
less": a goal that does less of emitting, using or spending names what it measures by the verb
(DOMAIN.md: the metric is whatever the goal measures, in its own words), and "less" is its
direction. It is read only where nothing else is named: "spend 15% less on travel" measures travel.
The cases are written for these tests; none is a goal from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(("text", "metric"), [
    ("Het doel is om in 2030 35 procent minder uit te stoten dan in 2019.", "uit te stoten"),
    ("Voor 2028 moet er 5.000 ton minder worden uitgestoten.", "uitgestoten"),
    ("De school wil in 2027 10% minder verbruiken.", "verbruiken"),
    ("Our plant will emit 25% less by 2030.", "emit"),
    ("The office aims to consume 12% less by the end of 2027.", "consume"),
])
def test_less_of_a_verb_names_the_verb(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.parsed.direction == "decrease"
    assert result.verdicts["S"].passed


def test_a_named_measure_wins_over_the_verb() -> None:
    result = smart_check("We want to spend 15% less on business travel in 2027.", today=TODAY)
    assert result.parsed.metric_words is not None and "travel" in result.parsed.metric_words
