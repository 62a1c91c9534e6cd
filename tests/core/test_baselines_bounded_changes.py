"""A bound on the size of a change (DOMAIN.md, "Reading real sentences", M, R and S): issue 12,
class "by at least 20 % is a change, not a level".

"Cut waiting times by at least 20 %", "met minstens een vijfde omlaag", "by no more than 5 %",
"met ruim een kwart": the bound between "by"/"met" and the size says how large the change is; the
verb still says which way the metric goes, and the size is judged by the realism bounds as any
change is. A bound with no "by"/"met" before it ("to at least 5 %", "met minimaal 500 leden" as a
level to end on) still bounds the metric. Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CHANGES = [
    # (text, direction, relative change, R passes)
    ("Shorten delivery times by at least 15% by 2028", "decrease", -0.15, True),
    ("Increase bookings by at least 120% next year", "increase", 1.2, False),  # beyond +100 %
    ("Grow repeat orders by no more than 10% in 2027", "increase", 0.1, True),
    ("De wachttijd moet in 2029 met minstens 25% omlaag", "decrease", -0.25, True),
    ("Verlaag het energieverbruik met minimaal 60% in 2035", "decrease", -0.6, False),  # beyond −50 %
    ("We willen de klachten met minstens een derde verminderen in 2027", "decrease", -1 / 3, True),
    ("Reduce paper use by at least a quarter by 2028", "decrease", -0.25, True),
]


@pytest.mark.parametrize(("text", "direction", "change", "realistic"), CHANGES)
def test_a_bound_after_by_sizes_the_change(text, direction, change, realistic):
    result = smart_check(text)
    assert result.parsed.direction == direction
    assert result.parsed.relative_change == pytest.approx(change)
    assert result.parsed.target is None
    assert result.verdicts["R"].passed is realistic, result.verdicts["R"].reason


LEVELS = [
    # (text, direction, target): no "by"/"met" before the bound, it bounds the metric
    ("Keep churn at no more than 4% in 2027", "at_most", 4.0),
    ("In 2027 moet het aandeel minimaal 30% zijn", "at_least", 30.0),
]


@pytest.mark.parametrize(("text", "direction", "target"), LEVELS)
def test_a_bound_without_by_still_bounds_the_metric(text, direction, target):
    parsed = smart_check(text).parsed
    assert (parsed.direction, parsed.target) == (direction, target)
