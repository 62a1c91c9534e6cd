"""A department that heads a goal owns it (DOMAIN.md, "Reading real sentences", A: a team or
department named in the text): issue 12, class "a team named in a heading".

OKR files and KPI tables write the owning team before the goal, "Marketing: …", "Sales & Marketing
– …", "Klantenservice: …", as "Marketing OKR: …" already did; a topic, a period or the kind of goal
before the colon ("Growth:", "Q1:", "Doel:", "Customer:") names nobody. Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Marketing: increase MQLs by 30% in Q1 2027.", "Marketing"),
    ("Sales & Marketing – grow the pipeline by 20% by June 2027.", "Sales & Marketing"),
    ("Customer Success: raise net revenue retention from 100% to 105% in 2027.", "Customer Success"),
    ("Sales Team: close 50 new deals by the end of Q2.", "Sales Team"),
    ("Klantenservice: de wachttijd in 2027 verlagen van 4 naar 2 minuten.", "Klantenservice"),
    ("Verkoop en Marketing: 10% meer omzet in 2027.", "Verkoop en Marketing"),
    ("Fondsenwerving: in 2027 200 nieuwe donateurs werven.", "Fondsenwerving"),
    ("Growth: increase signups by 20% in Q3 2027.", None),
    ("Q1: increase leads by 20% by March 2027.", None),
    ("Doel: 10% meer omzet in 2027.", None),
    ("Customer: raise NPS from 40 to 45 in 2027.", None),
    ("Marketingbudget: maximaal 10.000 euro per kwartaal in 2027.", None),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_department_heading_the_goal_owns_it(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason
