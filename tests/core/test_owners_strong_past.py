"""A Dutch verb in the strong past tense before or after its subject (DOMAIN.md, "Reading real
sentences", A: an organisation as the subject): issue 12, class "a Dutch strong past tense".

Dutch news reports a plan in the past tense, and strong verbs end in neither -t nor -de/-te ("gaf",
"trok", "kreeg", "nam"), so a subject after a fronted time ("Vooraf gaf de organisatie aan dat ze
…") or before its verb ("Het bedrijf nam in 2025 …") went unread. A verb of motion ("kwam",
"ging") reports what happened, and a metric as the subject stays no owner. Our own lines (Dutch:
English past tenses are read by their shape or a table already).
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Vooraf gaf de organisatie aan dat ze in 2027 3.500 bezoekers hoopte te trekken.", "de organisatie"),
    ("Vorig jaar trok het museum 200.000 bezoekers; in 2027 moeten dat er 250.000 zijn.", "het museum"),
    ("In 2025 kreeg de vereniging 300 nieuwe leden en in 2027 moeten dat er 400 zijn.", "de vereniging"),
    ("Het bedrijf nam in 2025 40 mensen aan; in 2027 moeten er 60 bij komen.", "Het bedrijf"),
    ("Bakkerij Van Loon won in 2025 1.200 nieuwe klanten en in 2027 moeten dat er 1.500 zijn.", "Bakkerij Van Loon"),
    ("Vorig jaar kwam de omzet uit op 2 miljoen; in 2027 moet dat 2,5 miljoen zijn.", None),
    ("Vorig jaar gaf de omzetgroei aan dat er in 2027 ruimte is voor 10% meer.", None),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_subject_of_a_strong_past_tense_owns_the_goal(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason
