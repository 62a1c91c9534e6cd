"""A from→to pair written without "from" (issue 12, class "a pair without its from"; DOMAIN.md S
and R: with a baseline the numbers give the direction, and the bounds apply).

KPI rows write "$387K MRR to $550K MRR", "400 leden naar 600 leden": the same unit after both
figures and "to"/"naar" between them is where the metric stands and where it goes. A range names
its unit once ("4,000 to 6,000 visitors") and stays a range; spans of time are no pair. Our own
sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

PAIRS = [
    ("Qualified pipeline $200K ARR to $260K ARR by Q4", 200_000.0, 260_000.0, "increase", True),
    ("Newsletter: 2,000 subscribers to 2,600 subscribers by June", 2000.0, 2600.0, "increase", True),
    ("Leden: 400 leden naar 600 leden in 2028", 400.0, 600.0, "increase", True),
    ("Klachten 80 klachten naar 50 klachten per kwartaal", 80.0, 50.0, "decrease", True),
    ("Webshop 1.000 bestellingen naar 5.000 bestellingen in 2028", 1000.0, 5000.0, "increase", False),
]


@pytest.mark.parametrize(("text", "baseline", "target", "direction", "realistic"), PAIRS)
def test_the_same_unit_on_both_sides_is_a_pair(text: str, baseline: float, target: float, direction: str,
                                              realistic: bool) -> None:
    result = smart_check(text, today=TODAY)
    parsed = result.parsed
    assert (parsed.baseline, parsed.target, parsed.direction) == (baseline, target, direction)
    assert result.verdicts["S"].passed
    assert result.verdicts["R"].passed is realistic


@pytest.mark.parametrize("text", [
    "Reach 4,000 to 6,000 visitors by June",
    "Tussen 300 tot 400 bezoekers per dag in de zomer",
])
def test_a_range_with_one_unit_has_no_baseline(text: str) -> None:
    assert smart_check(text, today=TODAY).parsed.baseline is None
