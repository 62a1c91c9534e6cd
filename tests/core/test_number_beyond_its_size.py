"""A change said to beat its size goes beyond it (issue 12, class "a change beyond its size"; DOMAIN.md R:
at most +100 % up and -50 % down).

"More than double" was read as just beyond +100 %, so R failed it; but "by more than 100%", "met ruim
100%", "by over 50%" (down) were read as exactly their size, on the bound, so R passed a change the
goal itself says is beyond it. "At least 100%" may be exactly 100 % and passes; "about 50%" is no
bound. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

BEYOND = [
    ("Increase revenue by more than 100% by 2027.", 1.01),
    ("We willen de omzet met ruim 100% verhogen in 2027.", 1.01),
    ("We willen de omzet met meer dan 100% verhogen in 2027.", 1.01),
    ("Reduce costs by over 50% by 2027.", -0.51),
    ("Verlaag de kosten met ruim 50% in 2027.", -0.51),
]


@pytest.mark.parametrize(("text", "change"), BEYOND)
def test_a_size_said_to_be_beaten_goes_beyond_the_bound(text: str, change: float) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.relative_change == change
    assert not result.verdicts["R"].passed


ON_THE_BOUND = [
    ("Increase revenue by at least 100% by 2027.", 1.0),
    ("Increase revenue by 100% by 2027.", 1.0),
    ("Reduce costs by about 50% by 2027.", -0.5),
    ("Reduce costs by more than 40% by 2027.", -0.41),
    ("Grow repeat orders by no more than 10% in 2027.", 0.1),
]


@pytest.mark.parametrize(("text", "change"), ON_THE_BOUND)
def test_a_size_within_the_bounds_passes(text: str, change: float) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.relative_change == change
    assert result.verdicts["R"].passed
