"""Hiring a count of people is acquiring them, like recruiting (issue 12, batch 8).

"Hire 4 sales representatives", "8 nieuwe verpleegkundigen aannemen": the count of people taken
on is what the goal measures and it goes up (DOMAIN.md: a count with an acquisition verb is an
increase). Hiring without a count names no metric, and people hired as the means of another
change ("hire 3 nurses to increase ward capacity by 30%") leave the metric to that change.
The cases are written for these tests; none is a goal from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)

HIRING_A_COUNT = [
    ("Hire 4 new sales representatives by March 2027.", "representatives"),
    ("The agency is hiring 12 designers this year.", "designers"),
    ("We willen in 2027 acht nieuwe verpleegkundigen aannemen.", "verpleegkundigen"),
    ("3 extra monteurs aannemen voor de zomer", "monteurs"),
]


@pytest.mark.parametrize(("text", "metric"), HIRING_A_COUNT)
def test_hiring_a_count_is_an_increase(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction == "increase"
    assert result.parsed.metric_words is not None and metric in result.parsed.metric_words
    assert result.verdicts["S"].passed


@pytest.mark.parametrize(("text", "metric"), [
    ("Hire 3 nurses to increase ward capacity by 30% by June 2027.", "capacity"),
    ("Hire two analysts and onboard them by May to shorten the reporting time by 25%.", "reporting time"),
])
def test_people_hired_as_the_means_leave_the_metric(text: str, metric: str) -> None:
    words = smart_check(text, today=TODAY).parsed.metric_words
    assert words is not None and metric in words


@pytest.mark.parametrize("text", [
    "Hire an agency to run our ads.",
    "Een bureau aannemen voor de nieuwe huisstijl.",
])
def test_hiring_without_a_count_names_no_metric(text: str) -> None:
    assert not smart_check(text, today=TODAY).verdicts["S"].passed
