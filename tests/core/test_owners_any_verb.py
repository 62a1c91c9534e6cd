"""An actor that opens a main clause owns the goal, whatever its verb (DOMAIN.md, "Reading real
sentences", A: an organisation, brand or named person as the subject): issue 12, class "the
subject of a verb no table knows".

Plans are told with any verb, not only "wants" or "wil": "The foundation raised …", "De vakbond
onderhandelt …", "The association is recruiting …", after a fronted phrase too ("Following the
merger, the group targets …", "Om meer leden te werven start de vereniging …"). The subject owns
the goal when it names an actor, by an organisation noun or a name written with capitals; a thing,
a channel, a measure, a heading or the speaker of an opinion does not. Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

OWNED = [
    # (text, owner read)
    ("The foundation raised $2 million last year and now targets $3 million by 2027.", "The foundation"),
    ("The Red Cross doubled its volunteer base in 2025 and is recruiting 500 more by June 2027.", "The Red Cross"),
    ("Northwind Traders negotiates new contracts to grow export revenue by 15% in 2027.", "Northwind Traders"),
    ("The association is recruiting 300 new members before the end of 2027.", "The association"),
    ("The airline is expanding its fleet by 20% over the next two years.", "The airline"),
    ("Following the merger, the group targets cost savings of 10% by 2028.", "the group"),
    ("Harbor Logistics cut delivery times by 12% in 2025 and promises another 10% by 2027.", "Harbor Logistics"),
    ("De vakbond onderhandelt over 5% meer loon in 2027.", "De vakbond"),
    ("De netbeheerder investeert 2 miljard om de wachttijd voor aansluitingen in 2028 te halveren.", "De netbeheerder"),
    ("Het Rode Kruis zamelt dit jaar 5 miljoen euro in.", "Het Rode Kruis"),
    ("De woningcorporatie bouwt tot 2030 800 nieuwe woningen.", "De woningcorporatie"),
    ("Om meer leden te werven start de vereniging in 2027 een campagne voor 200 nieuwe leden.", "de vereniging"),
    ("Groenland Zuivel opende in 2025 twee winkels en wil er in 2027 vier meer hebben.", "Groenland Zuivel"),
    ("VanDam Bouw bereikte vorig jaar een omzet van 4 miljoen en mikt op 5 miljoen in 2027.", "VanDam Bouw"),
    ("The Daily Planet Times set a goal of 2 million subscribers by 2027.", "The Daily Planet Times"),
    ("Bol verkocht in 2025 50 miljoen pakketten en mikt op 60 miljoen in 2027.", "Bol"),
    ("Acme is on track to grow revenue 15% in 2027.", "Acme"),
    ("The cooperative is set to add 400 members by June 2027.", "The cooperative"),
    ("De Vries Bouw zet in op 20% meer omzet in 2027.", "De Vries Bouw"),
]

NOT_OWNED = [
    "LinkedIn generated 300 leads last quarter; grow that to 400 by Q2.",
    "SEO drives 60% of traffic; increase it to 70% by 2027.",
    "The new store opened in March and should reach 5,000 visitors a month by June.",
    "Black Friday sales reached €2 million in 2025 and should grow 10% in 2027.",
    "GreenCart achieves 10,000 monthly active users by June 30.",
    "De CO2 uitstoot in de regio moet in 2030 met 40 procent dalen.",
    "Payback periode: 8-12 maanden voor de volledige investering",
    "De Partij vindt dat het huidige systeem onvoldoende zal zijn om in 2027 de doelen te halen.",
    "Discovery calls booked - Target: 20 per month",
    "Year-end bookings will be up 20% over 2025.",
    "Lokaal opgewekte stroom moet in 2030 verdubbeld zijn.",
]


@pytest.mark.parametrize(("text", "owner"), OWNED)
def test_an_actor_opening_a_main_clause_owns_the_goal(text: str, owner: str) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed, result.verdicts["A"].reason


@pytest.mark.parametrize("text", NOT_OWNED)
def test_a_thing_a_channel_or_a_source_before_its_verb_owns_nothing(text: str) -> None:
    result = smart_check(text)
    assert result.parsed.actor is None
    assert not result.verdicts["A"].passed, result.verdicts["A"].reason
