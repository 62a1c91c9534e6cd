"""A cut "in half" is a change of -50 % (issue 12, class "cut in half"; DOMAIN.md M: a factor is a
number for the target; R: -50 % is on the bound and passes).

"by half", "halve", "met de helft", "halveren" were read as -50 %, but "cut complaints in half" and
"must be at least cut in half" named no number at all, so M and R failed. "In half of our stores" is
a share and "in half the time" a level; neither is a cut. Our own sentences; Dutch says it with
"halveren" or "met de helft", read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

HALVED = [
    "We must cut complaints in half by 2027.",
    "We will at least cut waiting times in half by June.",
    "Cut the cost per lead in half within six months.",
    "Our aim is to slash delivery errors in half this year.",
    "We willen de wachttijd in 2027 halveren.",
    "Het aantal klachten moet dit jaar met de helft omlaag.",
]


@pytest.mark.parametrize("text", HALVED)
def test_a_cut_in_half_is_minus_fifty_percent(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.relative_change == -0.5
    assert result.verdicts["M"].passed
    assert result.verdicts["R"].passed


NOT_A_CUT = [
    "Open the new kiosk in half of our stores by June.",
    "Deliver orders in half the time by 2027.",
    "We want 20% more sales in half of our regions.",
]


@pytest.mark.parametrize("text", NOT_A_CUT)
def test_a_share_or_a_level_is_no_cut(text: str) -> None:
    assert smart_check(text, today=TODAY).parsed.relative_change != -0.5
