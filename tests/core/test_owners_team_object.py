"""A team as what a goal grows, not who grows it (letter A, issue 12).

"Hire 12 new team members" and "Verdubbel het supportteam" name a team as the object of the goal:
the goal is an imperative and names nobody. A team that describes a measure ("team engagement")
and the reader's team ("your sales team") are no owner either. A team before its verb still owns
the goal. Written in our own words; ``owner_of`` pins today.
"""

from __future__ import annotations

import pytest

from .test_owners import case_ids, owner_of

TEAM_AS_OBJECT = [
    "Hire 12 new team members by June 2027",
    "Recruit 3 additional support team members in Q2 2027",
    "Double the support team by the end of 2027",
    "Grow the engineering team to 40 people in 2027",
    "Increase team engagement to 80% by Q3 2027",
    "Motivate your sales team to close 20 more deals by June 2027",
    "Breid het salesteam uit naar 15 mensen in 2027",
    "Verdubbel het supportteam tegen eind 2027",
    "Vergroot het klantenserviceteam tot 20 medewerkers in 2027",
    "Verhoog de team tevredenheid naar 8 op 10 in 2027",
    "Laat je team in 2027 20% meer leads binnenhalen",
]


@pytest.mark.parametrize("text", TEAM_AS_OBJECT, ids=case_ids(TEAM_AS_OBJECT))
def test_a_team_the_goal_grows_owns_nothing(text: str) -> None:
    assert owner_of(text) is None


TEAM_AS_SUBJECT = [
    ("The support team will hire 5 new agents by June 2027", "team"),
    ("The new marketing team will double leads by June 2027", "team"),
    ("Our growing sales team aims to close 40 deals in Q3 2027", "our"),
    ("Het salesteam wil in 2027 20% meer leads binnenhalen", "salesteam"),
    ("Het nieuwe supportteam gaat de wachttijd tegen juni 2027 halveren", "supportteam"),
]


@pytest.mark.parametrize("text, owner", TEAM_AS_SUBJECT, ids=case_ids(TEAM_AS_SUBJECT))
def test_a_team_before_its_verb_still_owns_the_goal(text: str, owner: str) -> None:
    assert owner in (owner_of(text) or "").lower()
