"""A name after a Dutch past tense that follows a fronted time owns the goal (DOMAIN.md, "Reading
real sentences", A: an organisation as the subject, in both Dutch word orders): issue 12, class "a
weak past tense before the subject".

"In 2026 opende Action 300 winkels", "Dit jaar verwelkomde Walibi 1 miljoen bezoekers": the verb
comes second and the subject third, in the past tense as often as in the present. After an article
a word in -de is an adjective ("bij de gemiddelde Vlaming"), and the name after it no subject.
Our own lines (Dutch: English does not put the verb before its subject here).
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("In 2026 opende Action 300 winkels; in 2027 moeten er 350 bij komen.", "Action"),
    ("Dit jaar verwelkomde Walibi 1 miljoen bezoekers; volgend jaar moeten dat er 1,1 miljoen zijn.", "Walibi"),
    ("Vorig jaar verkocht Fietsplaats 4.000 fietsen en in 2027 moeten dat er 5.000 zijn.", "Fietsplaats"),
    ("In 2025 haalde Stichting Lichtpunt 80.000 euro op; in 2027 moet dat 100.000 euro zijn.", "Stichting Lichtpunt"),
    ("In 2018 ging het bij de gemiddelde Vlaming om 145 kilo afval. Tegen 2027 moet dat 130 kilo zijn.", None),
    ("In 2025 steeg de gemiddelde Omzet per klant naar 80 euro; in 2027 moet die 90 euro zijn.", None),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_name_after_a_past_tense_owns_the_goal(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason
