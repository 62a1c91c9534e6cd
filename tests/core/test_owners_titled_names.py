"""A brand made of common words, each capitalised, owns the goal it is the subject of (letter A,
issue 12, class "a name of common words").

"Fresh Market is aiming to …", "Silver Lake Books wants to …", "Groene Markt wil …": each word
alone is a noun or an adjective, but capitalised together right before the verb they name a firm.
A heading of a measure in title case ("Online Sales is expected to grow …"), a place after a
preposition before an inverted Dutch verb, and a compound with a lower-case part ("Nieuwe
AI-oplossingen moeten …") stay without an owner. Written in our own words.
"""

from __future__ import annotations

import pytest

from .test_owners import case_ids, owner_of

NAMED = [
    ("Fresh Market is aiming to add 22 new stores over the next two years.", "fresh market"),
    ("Fresh Market aims to add 22 new stores by 2027.", "fresh market"),
    ("Silver Lake Books wants to grow online orders by 25% before June 2027.", "silver lake books"),
    ("Green Market is looking to double its members by 2027.", "green market"),
    ("Eight years after it was sold by a rival, Corner Bakery is looking to double its restaurants within four years.",
     "corner bakery"),
    ("Groene Markt wil het aantal vestigingen verdubbelen tegen 2028.", "groene markt"),
    ("Frisse Markt wil tegen 2027 de omzet met 10% verhogen.", "frisse markt"),
]


@pytest.mark.parametrize("text, owner", NAMED, ids=case_ids(NAMED))
def test_a_name_of_common_words_owns_the_goal(text: str, owner: str) -> None:
    assert (owner_of(text) or "").lower() == owner


NOBODY = [
    "Online Sales is expected to grow 10% by 2027.",
    "Customer Retention Rate will rise to 90% by 2027.",
    "Annual Revenue will grow 10% by 2027.",
    "Monthly Active Users should increase by 20% by June.",
    "Website Bezoekers moeten met 20% stijgen tegen 2027.",
    "Nieuwe AI-oplossingen moeten de klanttevredenheid verhogen.",
    "In Amsterdam verwacht men 2 miljoen bezoekers in 2027.",
]


@pytest.mark.parametrize("text", NOBODY, ids=case_ids(NOBODY))
def test_a_titled_measure_or_place_owns_nothing(text: str) -> None:
    assert owner_of(text) is None
