"""Numbers that are no target (DOMAIN.md, "Reading real sentences", M and R): issue 12.

Two classes, in our own words and in both languages:

- a count of what the goal covers: "in all 12 clinics", "onze 300 winkels", "het festival en
  haar 40 vrijwilligers". It says where the goal applies, not what it should reach;
- a figure, then the wish that it were more: "we raised €12,000, but that could be more", "de
  tevredenheid staat op 6,9. Dat moet beter". The figure is the baseline, the comparative gives
  the direction, and no target is written, so M fails.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)

SCOPES = [
    "Improve show-up rates in all 12 outpatient clinics",
    "Onze 300 winkels moeten duurzamer gaan werken",
    "Het festival en haar 40 vrijwilligers willen meer bezoekers trekken",
    "Raise customer satisfaction across our 6 regional offices",
    "Alle 25 afdelingen verbeteren hun bereikbaarheid",
]


@pytest.mark.parametrize("text", SCOPES, ids=[text[:50] for text in SCOPES])
def test_a_count_of_what_the_goal_covers_is_no_target(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.target is None
    assert not result.verdicts["M"].passed


def test_a_change_still_counts_beside_a_scope() -> None:
    goal = smart_check("Increase repeat visits in all 8 stores by 10%", today=TODAY).parsed
    assert goal.target is None and goal.relative_change == pytest.approx(0.10)


WISHES = [
    ("We raised €12,000 at the spring fair, but that could be more", 12000, "increase"),
    ("De klanttevredenheid staat op 6,9. Dat moet beter", 6.9, "increase"),
    ("Vorig jaar kwamen er 800 bezoekers op de open dag; dat mag meer zijn", 800, "increase"),
    ("Our monthly churn sits at 9%, but it should be lower", 9, "decrease"),
    ("We hebben nu 45 vrijwilligers, maar eigenlijk zouden het er meer moeten zijn", 45, "increase"),
]


@pytest.mark.parametrize("text, baseline, direction", WISHES, ids=[case[0][:50] for case in WISHES])
def test_a_figure_then_a_wish_is_the_baseline(text: str, baseline: float, direction: str) -> None:
    result = smart_check(text, today=TODAY)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, None)
    assert result.parsed.direction == direction
    assert not result.verdicts["M"].passed


def test_a_figure_then_a_number_to_reach_keeps_its_target() -> None:
    goal = smart_check("We have 800 members, but we want 1,000 by next year", today=TODAY).parsed
    assert (goal.baseline, goal.target) == (800, 1000)
