"""Shares that add up to a whole are the parts of a mix (issue 12, class "a mix of shares";
DOMAIN.md M and S: the target is the goal's number; "+" before a percentage is a change only when
it adds to the metric).

"Revenue target: €5M (70% online + 30% retail)" read "+ 30%" as a 30 % rise and 70 as the target,
so S passed on a direction the goal never gives. Percentages joined by "+" that add up to 100
split the whole; the money before them stays the target. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

MIXES = [
    ("Revenue target: €5M (70% online + 30% retail)", 5_000_000.0),
    ("Omzetdoel: €2 miljoen (60% webshop + 40% winkel)", 2_000_000.0),
    ("Enrolment target: 400 students (50% day + 30% evening + 20% online)", 400.0),
]


@pytest.mark.parametrize(("text", "target"), MIXES)
def test_the_parts_of_a_mix_are_no_change_and_no_target(text: str, target: float) -> None:
    parsed = smart_check(text, today=TODAY).parsed
    assert (parsed.target, parsed.relative_change) == (target, None)
    assert parsed.direction != "increase"


@pytest.mark.parametrize(("text", "change"), [
    ("Grow revenue +20% in 2027", 0.2),
    ("Verhoog de omzet met 10% + 5% extra uit nieuwe markten", 0.1),
])
def test_a_plus_that_adds_to_the_metric_stays_a_change(text: str, change: float) -> None:
    assert smart_check(text, today=TODAY).parsed.relative_change == pytest.approx(change)
