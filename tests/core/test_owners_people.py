"""People named as the subject, whatever their verb (letter A, issue 12).

A person with a title ("Mevrouw Kremer toont …", "Dr. Patel wants …") or founders named after a
Dutch verb of aspiring or seeing to it ("Bij de start droomden oprichters Jan en Bram van …",
"Samen met de gemeente zorgt de super dat …") own the goal; a thing that sees to it ("Dit zorgt
voor …", "Betere planning zorgt dat …") owns nothing. Written in our own words.
"""

from __future__ import annotations

import pytest

from .test_owners import case_ids, owner_of

NAMED_PEOPLE = [
    ("Mevrouw Kremer toont in 2027 twee keer zo vaak begrip voor haar buren.", "kremer"),
    ("Meneer De Vries leest in 2027 minstens 24 boeken.", "de vries"),
    ("Dr. Patel wants to see 20% fewer missed appointments by June 2027.", "patel"),
    ("Mrs Okafor expects 15 new clients in her salon by March 2027.", "okafor"),
    ("Bij de start droomden oprichters Eva Claes en Tom Peeters van 500 deelfietsen tegen eind 2027.", "eva claes"),
    ("Samen met de netbeheerder zorgt de super dat er in 2027 300 laadpalen bij de winkels komen.", "super"),
    ("De gemeente zorgt dat er tegen 2028 500 extra laadpalen komen.", "gemeente"),
]


@pytest.mark.parametrize("text, owner", NAMED_PEOPLE, ids=case_ids(NAMED_PEOPLE))
def test_a_named_person_or_body_owns_the_goal(text: str, owner: str) -> None:
    assert owner in (owner_of(text) or "").lower()


NOBODY_SEES_TO_IT = [
    "Dit zorgt voor 20% meer omzet in 2027.",
    "Meer fietsers zorgt voor 10% minder files in 2027.",
    "Betere planning zorgt dat de wachttijd in 2027 met een kwart daalt.",
]


@pytest.mark.parametrize("text", NOBODY_SEES_TO_IT, ids=case_ids(NOBODY_SEES_TO_IT))
def test_a_thing_that_sees_to_it_owns_nothing(text: str) -> None:
    assert owner_of(text) is None
