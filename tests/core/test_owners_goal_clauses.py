"""The subject of the clause a goal noun announces owns the goal (DOMAIN.md, "Reading real
sentences", A: an organisation as the subject): issue 12, class "the goal is that X …".

"The aim is for the council to plant …", "The plan is for Acme to open …", "Het streven is dat de
gemeente …", "De bedoeling is dat de bibliotheek …": the goal noun, a copula and "that/for/dat"
announce a clause whose subject is the one who acts. A measure or customers there own nothing ("The
aim is for sales to double …", "De bedoeling is dat klanten …"). Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("The aim is for the council to plant 10,000 trees by 2027.", "the council"),
    ("The plan is for Acme to open 30 stores by 2027.", "Acme"),
    ("Het streven is dat de gemeente in 2030 klimaatneutraal is en 55% minder uitstoot.", "de gemeente"),
    ("De bedoeling is dat de bibliotheek in 2027 20% meer leden telt.", "de bibliotheek"),
    ("The aim is for sales to double by 2027.", None),
    ("De bedoeling is dat klanten in 2027 20% vaker terugkomen.", None),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_the_subject_of_the_goal_clause_owns_the_goal(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason
