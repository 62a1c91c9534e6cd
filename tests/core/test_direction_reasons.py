"""A reason or a concession beside the goal is no direction of it (issue 12, class "the reason after the
goal"; DOMAIN.md S: the direction is the way the goal moves what it measures).

"We want a top 3 ranking on Google because it increases sales", "We willen een nieuwe huisstijl omdat
dat de omzet verhoogt": the clause after "because"/"omdat" says why, and its verb of change belongs to
the reason; it was read as the goal's increase, so S passed on a goal that names a level or a piece of
work. A concession is another clause as well: "1,8 miljoen bezoekers per jaar, hoewel het iets langer
zal duren" (no longer visits), and one that opens the sentence ("Hoewel de markt krimpt, willen we de
omzet verhogen") lends the goal none of its verbs. A reason that opens the sentence comes before the
goal, and a goal with its own direction keeps it. Our own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

REASONED = [
    "We want a top 3 ranking on Google because it increases sales",
    "Our goal is a new website because that will grow our leads",
    "We willen een nieuwe huisstijl omdat dat de omzet verhoogt",
    "We want 10,000 subscribers because that would increase our revenue",
    "Wij willen 500 leden in 2027 omdat meer leden de contributie verhogen",
    "We aim for 5,000 visitors a year, although it may take a bit longer",
    "Het doel is 2 miljoen bezoekers per jaar, hoewel dat door de bouw iets langer kan duren",
    "Our target is 300 members, though growth will be slower than last year",
]


@pytest.mark.parametrize("text", REASONED)
def test_the_reason_after_the_goal_gives_no_direction(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction in (None, "reach")
    assert not result.verdicts["S"].passed


OWN_WAY = [
    ("Increase the search visits by 70% because organic traffic converts best", "increase"),
    ("Because churn is high, we will cut it from 8% to 5% by June", "decrease"),
    ("We willen de omzet met 10% verhogen omdat de kosten stijgen", "increase"),
    ("Although sales fell last year, we will grow revenue by 10% in 2027", "increase"),
    ("Hoewel de markt krimpt, willen we de omzet met 5% verhogen in 2027", "increase"),
    ("We will cut costs by 10% in 2027, although prices keep rising", "decrease"),
    ("The target for 2027, although ambitious, is to double sales", "increase"),
    ("Ons doel voor 2027 is, hoewel ambitieus, de omzet te verdubbelen", "increase"),
]


@pytest.mark.parametrize(("text", "direction"), OWN_WAY)
def test_a_goal_with_its_own_way_keeps_it(text: str, direction: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction == direction
    assert result.verdicts["S"].passed
