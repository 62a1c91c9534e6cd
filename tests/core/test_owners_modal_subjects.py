"""Before a modal verb only an actor owns the goal; a speaker who reports what a measure will do owns
nothing (DOMAIN.md, "Reading real sentences", A: an actor as the subject): issue 12, classes "a thing
before a modal verb" and "reported speech about a thing".

"will", "should", "moet", "zal" say what is to happen, and any noun stands before them: "…
airports and heliports will go up from 149 to 220", "prices should fall", "de wachtlijsten moeten
korter". Only a name, an organisation or role, a government by its place ("the province will …"),
the staff who do the work or a pronoun for them owns the goal there. "The minister said the number
of visitors will rise …" reports a measure; what the speaker says must happen ("zegt dat de omzet
moet groeien") is the speaker's goal. Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Ports, terminals and heliports will go up from 150 to 220 by 2030.", None),
    ("Gaps between lower- and higher-income students must be cut in half by 2027.", None),
    ("Wachtlijsten en wachttijden moeten in 2027 met een kwart omlaag.", None),
    ("The minister said the number of visitors will rise to 2 million by 2027.", None),
    ("De directeur zegt dat het aantal klachten in 2027 zal dalen naar 100.", None),
    ("De directeur zegt dat het aantal klachten in 2027 moet dalen naar 100.", "directeur"),
    ("The province will attract 5 million visitors by 2027, up from 4 million.", "The province"),
    ("Our engineers will cut deployment time by 30% by Q3 2027.", "Our"),
    ("De publieke radiozenders moeten in 2027 samen 35 procent marktaandeel halen.", "De publieke radiozenders"),
    ("The hospital should cut waiting times by 20% by 2027.", "The hospital"),
    ("Greenfield Farms will grow exports by 15% in 2027.", "Greenfield Farms"),
    ("The partner agencies will grow referrals by 25% in 2027.", "The partner agencies"),
    ("The dashboard will show a 20% increase in leads by Q3 2027.", None),
    ("Since Northwind entered the market, margins must improve to 12% by 2027.", None),
    ("De CEO van Acme zegt dat de omzet in 2027 met 15% moet groeien.", "De CEO van Acme"),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_only_an_actor_before_a_modal_owns_the_goal(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason
