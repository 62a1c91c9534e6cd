"""A word that opens the sentence before its verb and is no subject (letter A, issue 12).

A Dutch sentence may open with an adverb, after which the verb comes second and the subject
third ("Toch moet het aantal klachten …"): the adverb is no owner, and the subject after the verb
still is ("Toch wil de gemeente …"). A common noun that opens a sentence has its capital only
because it opens it ("Production can reach …", "Productie moet …"): a thing, not an actor; a
department keeps its name ("Marketing will …"). Written in our own words.
"""

from __future__ import annotations

import pytest

from .test_owners import case_ids, owner_of

NO_SUBJECT_FIRST = [
    "Toch moet het aantal klachten in 2027 met 20% omlaag",
    "Wel moet het aantal retouren tegen 2028 dalen naar 5%",
    "Ook moet de doorlooptijd in 2027 met een kwart korter",
    "Production can reach 12,000 units a month by 2027",
    "Distribution should cover 80% of stores by June 2027",
    "Participation must climb to 60% of members by 2028",
    "Verwerking moet tegen 2028 binnen 3 dagen gebeuren voor 90% van de aanvragen",
]


@pytest.mark.parametrize("text", NO_SUBJECT_FIRST, ids=case_ids(NO_SUBJECT_FIRST))
def test_an_opening_adverb_or_common_noun_owns_nothing(text: str) -> None:
    assert owner_of(text) is None


SUBJECT_STILL_READ = [
    ("Toch wil de gemeente het aantal laadpalen in 2027 verdubbelen", "gemeente"),
    ("Daarom gaat Coolblue in 2027 het aantal winkels verdubbelen", "coolblue"),
    ("Ook wil de club in 2027 500 leden hebben", "club"),
    ("Marketing will double qualified leads by June 2027", "marketing"),
    ("Engineering will cut the bug backlog by 30% by June 2027", "engineering"),
    ("Communicatie moet het aantal nieuwsbriefabonnees in 2027 verdubbelen", "communicatie"),
]


@pytest.mark.parametrize("text, owner", SUBJECT_STILL_READ, ids=case_ids(SUBJECT_STILL_READ))
def test_the_subject_or_a_department_is_still_read(text: str, owner: str) -> None:
    assert owner in (owner_of(text) or "").lower()
