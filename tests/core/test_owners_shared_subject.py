"""A second clause that shares the subject of the first (letter A, issue 12).

"Het museum telt 70 medewerkers en wil …", "In 2014 tekende het stadsbestuur het convenant en
beloofde …": the verb of intent after "en"/"and" has the first clause's subject, also when that
subject is an organisation noun with its article, or stands after the verb of a Dutch sentence
that opens with a time. A thing as the first subject owns nothing. Written in our own words.
"""

from __future__ import annotations

import pytest

from .test_owners import case_ids, owner_of

SHARED_SUBJECT = [
    ("Het museum telt nu 70 medewerkers en wil het aantal bezoekers in 2027 verdubbelen.", "museum"),
    ("De bibliotheek opende vorig jaar twee filialen en wil in 2027 20% meer leden.", "bibliotheek"),
    ("The museum opened a new wing and aims to double visitors by 2028.", "museum"),
    ("The agency lost two clients in 2026 and plans to win 5 new ones by June 2027.", "agency"),
    ("In 2019 tekende het stadsbestuur het klimaatpact en beloofde het om tegen 2030 30% minder uit te stoten.",
     "stadsbestuur"),
    ("Vorig jaar opende de supermarktketen tien winkels en wil ze in 2027 nog 15 winkels openen.", "ze"),
]


@pytest.mark.parametrize("text, owner", SHARED_SUBJECT, ids=case_ids(SHARED_SUBJECT))
def test_the_second_clause_shares_the_first_subject(text: str, owner: str) -> None:
    assert owner in (owner_of(text) or "").lower()


THING_FIRST = [
    "De omzet steeg in 2026 en moet in 2027 met 10% groeien.",
    "In 2026 daalde het aantal klachten en moet het in 2027 nog met 20% omlaag.",
    "Revenue fell in 2026 and must grow 10% in 2027.",
    "In 2018 ging het bij de gemiddelde inwoner om 150 kilo restafval; tegen 2025 moet dat 120 kilo zijn.",
]


@pytest.mark.parametrize("text", THING_FIRST, ids=case_ids(THING_FIRST))
def test_a_thing_as_the_first_subject_owns_nothing(text: str) -> None:
    assert owner_of(text) is None
