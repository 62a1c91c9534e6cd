"""A fraction with a count is one change (issue 12, class "a fraction with a count"; DOMAIN.md M:
a relative target; R: at most -50 % down, +100 % up).

"by two thirds", "met twee derde", "met drie kwart", "by three quarters" size the change as the
count times the fraction; the count is no change in units of its own ("by two" was read as 2).
Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 1, 1)

# (text, the change read, whether R passes)
FRACTIONS = [
    ("Cut printing costs by two thirds in 2027", -2 / 3, False),
    ("Reduce no-shows by three quarters by the end of 2027", -0.75, False),
    ("Grow webinar attendance by two thirds this year", 2 / 3, True),
    ("Verlaag de verzendkosten met twee derde in 2027", -2 / 3, False),
    ("Het papierverbruik moet in 2027 met drie kwart omlaag", -0.75, False),
    ("Verhoog het aantal donateurs met twee derde dit jaar", 2 / 3, True),
    ("Cut returns by three-quarters in 2027", -0.75, False),
]


@pytest.mark.parametrize(("text", "change", "realistic"), FRACTIONS)
def test_a_fraction_with_a_count_is_the_change(text: str, change: float, realistic: bool) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.relative_change == pytest.approx(change)
    assert result.parsed.absolute_change is None
    assert result.verdicts["M"].passed
    assert result.verdicts["R"].passed is realistic


def test_quarters_of_time_stay_a_period() -> None:
    result = smart_check("Grow leads by 20% in the next two quarters", today=TODAY)
    assert result.parsed.relative_change == pytest.approx(0.2)
    assert result.parsed.deadline == date(2027, 7, 1)
