"""Several changes in one goal: each must hold (issue 12, class "several changes in one goal";
DOMAIN.md R: at least one number to judge by and none of the checks fails).

"grow leads by 20 % and cut churn by 60 %", "het autogebruik met 24 % laten dalen en het
fietsgebruik verviervoudigen": the change the realism bounds try hardest is the one judged, and
each change takes its sign from its own verb ("cut", "verlaag"), not from the goal's first one.
A smaller change said after the goal's own ("50 %, roughly 5 % a month") does not replace it.
Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 1, 1)

# (text, the change judged, whether R passes)
SEVERAL = [
    ("Grow leads by 20% and cut churn by 60% in 2027", -0.60, False),
    ("Raise the open rate by 10% and triple newsletter sign-ups this year", 2.0, False),
    ("Increase bookings by 50% in 2027 (roughly 4% per month)", 0.50, True),
    ("Grow revenue by 30% and lower the cost per lead by 20% in 2027", 0.30, True),
    ("Verhoog de leads met 20% en verlaag de verzendkosten met 60% in 2027", -0.60, False),
    ("Het autogebruik moet met 24% dalen en het fietsgebruik moet verviervoudigen voor 2030", 3.0, False),
    ("Verhoog de omzet met 10% en verdubbel het aantal abonnees in 2027", 1.0, True),
]


@pytest.mark.parametrize(("text", "change", "realistic"), SEVERAL)
def test_the_change_the_bounds_try_hardest_is_judged(text: str, change: float, realistic: bool) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.relative_change == pytest.approx(change)
    assert result.verdicts["R"].passed is realistic


def test_a_pair_keeps_the_change_that_checks_it() -> None:
    result = smart_check("Increase traffic by 20% from 1,000 to 1,200 and double sign-ups in 2027", today=TODAY)
    assert result.parsed.relative_change == pytest.approx(0.2)
    assert result.verdicts["R"].passed
