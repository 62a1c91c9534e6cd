"""Public bodies and groups as the subject, and the country that owns nothing (letter A, issue 12).

An organisation named after its place ("Het gemeentebestuur van Lebbeke", "the city council of
Leeds") is the subject as a whole; a commitment ("engageert zich", "verbindt zich ertoe", "vows")
states intent like "wil"; a Dutch plural verb may come before its subject ("Uiteindelijk streven de
partijen naar …", "Volgens de koepel beloven de supermarkten …"). "Ons land", "our country" speak
for everyone, so they own nothing; "onze stad" stays the speaker's own. Written in our own words.
"""

from __future__ import annotations

import pytest

from .test_owners import case_ids, owner_of

BODIES = [
    ("Het gemeentebestuur van Lebbeke wil tegen 2030 de uitstoot met 40 procent verlagen.", "gemeentebestuur"),
    ("Het stadsbestuur van Aalst engageert zich om tegen 2030 30 procent minder energie te gebruiken.",
     "stadsbestuur"),
    ("De provincie verbindt zich ertoe het aantal laadpalen tegen 2027 te verdubbelen.", "provincie"),
    ("De gemeenteraad van Zwolle engageerde zich tot 25 procent minder restafval tegen 2028.", "gemeenteraad"),
    ("The city council of Leeds will cut landfill waste by 20% by 2028.", "council"),
    ("The board of the Riverside Trust vowed to raise donations by 15% in 2027.", "board"),
    ("Uiteindelijk streven de partijen naar 50.000 extra woningen in 2030.", "partijen"),
    ("Volgens de koepel beloven de supermarkten dat het aandeel plantaardig tegen 2027 naar 50 procent gaat.",
     "supermarkten"),
    ("De 12 corporaties van Woonstad investeren tot 2027 jaarlijks 20% meer in isolatie.", "corporaties"),
]


@pytest.mark.parametrize("text, owner", BODIES, ids=case_ids(BODIES))
def test_a_public_body_or_particular_group_owns_the_goal(text: str, owner: str) -> None:
    assert owner in (owner_of(text) or "").lower()


NOBODY_IN_PARTICULAR = [
    "Tegen 2030 moet het aantal toeristen in ons land groeien naar 25 miljoen.",
    "Het doel is om ons land tegen 2035 klimaatneutraal te maken met 60% minder uitstoot.",
    "Our country should cut food waste by 30% by 2030.",
    "The number of visitors to our nation must rise 10% by 2028.",
    "Partijen streven naar 50.000 extra woningen in 2030.",
    "Volgens het bestuur van Lebbeke moet de uitstoot tegen 2030 met 40 procent omlaag.",
]


@pytest.mark.parametrize("text", NOBODY_IN_PARTICULAR, ids=case_ids(NOBODY_IN_PARTICULAR))
def test_everyone_or_a_kind_owns_nothing(text: str) -> None:
    assert owner_of(text) is None


OUR_OWN_PLACE = [
    ("In onze stad willen we het fietsgebruik tegen 2028 met 20% verhogen.", "onze"),
    ("Het toerisme in onze regio moet tegen 2028 met 10% groeien.", "onze"),
    ("We want our country's best-rated museum to reach 1 million visitors by 2028.", "we"),
]


@pytest.mark.parametrize("text, owner", OUR_OWN_PLACE, ids=case_ids(OUR_OWN_PLACE))
def test_our_own_place_or_an_actor_beside_the_country_still_owns(text: str, owner: str) -> None:
    assert owner in (owner_of(text) or "").lower()
