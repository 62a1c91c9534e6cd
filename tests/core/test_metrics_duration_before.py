"""A duration written before what it measures (issue 12, class "a duration before its measure").

"<3 day resolution", "a 3 day delivery", "maximaal 5 werkdagen afhandeling": a key result often
puts the figure and its unit of time before the noun it bounds, as a modifier; the noun is the
metric (DOMAIN.md: the metric is the phrase the numbers attach to), and the bound or verb its
direction. A duration unit after the number, as in "hoogstens 2 weken wachttijd", reads the same.
The cases are written for these tests; none is a goal from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(("text", "metric", "direction"), [
    ("<3 day resolution for priority complaints", "resolution", "at_most"),
    ("Reduce to a 3 day delivery for web orders by June 2027", "delivery", "decrease"),
    ("Maximaal 5 werkdagen afhandeling van bezwaren in 2027", "afhandeling", "at_most"),
    ("Hoogstens 2 weken wachttijd voor een intake in 2027", "wachttijd", "at_most"),
])
def test_the_noun_after_a_duration_is_the_metric(text: str, metric: str, direction: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.parsed.direction == direction
    assert result.verdicts["S"].passed
