"""Machines and production lines as the subject (letter A, issue 12).

"De afvullijnen zullen drie keer sneller werken", "The production lines will run 20 % faster":
what runs faster is a thing, not who makes it run; an airline, or a company whose name ends in
"Lijn", still acts. Written in our own words.
"""

from __future__ import annotations

import pytest

from .test_owners import case_ids, owner_of

MACHINES = [
    "De afvullijnen zullen tegen 2027 twee keer sneller werken dan nu.",
    "De nieuwe productielijn moet in 2027 15% meer flessen per uur vullen.",
    "The production lines will run 20% faster by June 2027.",
    "De robots moeten tegen 2028 30% minder stroom verbruiken.",
]


@pytest.mark.parametrize("text", MACHINES, ids=case_ids(MACHINES))
def test_a_machine_or_line_owns_nothing(text: str) -> None:
    assert owner_of(text) is None


STILL_ACTORS = [
    ("De Lijn wil tegen 2030 20% meer reizigers vervoeren.", "de lijn"),
    ("The airlines will cut emissions by 20% by 2030.", "airlines"),
    ("Ryanair Airlines will carry 10% more passengers in 2027.", "ryanair airlines"),
]


@pytest.mark.parametrize("text, owner", STILL_ACTORS, ids=case_ids(STILL_ACTORS))
def test_an_operator_still_owns_the_goal(text: str, owner: str) -> None:
    assert owner in (owner_of(text) or "").lower()
