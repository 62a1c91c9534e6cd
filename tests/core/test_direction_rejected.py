"""A quantity the goal turns down is no direction (issue 12, class "a quantity rejected"; DOMAIN.md S:
the direction is the way the goal moves what it measures).

"Not for more tourists but for the right ones", "in plaats van meer bezoekers", "rather than more
customers": the goal names what it does not want more of, so that "more" says nothing of the way and S
fails for want of a direction. A bound stays a bound ("no more than", "niet meer dan"), "not only more"
still wants more, and a goal that wants more of one thing and not of another keeps its way. Our own
sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

TURNED_DOWN = [
    "We aim not for more tourists but for the right ones",
    "Our shop wants loyal buyers instead of more one-off buyers",
    "The club wants engaged members rather than more members this season",
    "A festival for families in 2027, without extra visitors on the site",
    "We mikken niet op meer bezoekers, wel op tevreden bezoekers",
    "De stad kiest liever voor rustige straten dan voor nog meer toeristen",
    "In plaats van meer volgers willen we trouwe fans",
    "We willen dit jaar geen extra winkels, maar drukkere winkels",
]


@pytest.mark.parametrize("text", TURNED_DOWN)
def test_a_quantity_turned_down_gives_no_direction(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction is None
    assert not result.verdicts["S"].passed


STILL_A_WAY = [
    ("Spend no more than 5,000 euros on ads in Q3", "at_most"),
    ("Keep churn at no more than 3% per month in 2027", "at_most"),
    ("De kosten mogen dit jaar niet meer dan 10% stijgen", "at_most"),
    ("We want more customers, not more complaints, by June", "increase"),
    ("Not only more leads: we want 200 more leads by June", "increase"),
    ("We willen meer leden werven, niet meer kosten maken, in 2027", "increase"),
]


@pytest.mark.parametrize(("text", "direction"), STILL_A_WAY)
def test_a_bound_or_a_wanted_more_keeps_its_way(text: str, direction: str) -> None:
    assert smart_check(text, today=TODAY).parsed.direction == direction
