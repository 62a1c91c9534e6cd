"""An owner named in a field of the goal's own line owns it (DOMAIN.md, "Reading real sentences", A:
an Owner column settles it; a KPI line may carry the field in its text): issue 12, class "an owner
label in the text".

KPI and OKR lines carry their owner as a field: "(owner: Marketing)", "- Owner: Jane Smith",
"Eigenaar: afdeling Communicatie", "Verantwoordelijke: het salesteam". A field left open ("Owner:
TBD") or naming the reader names nobody. Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Increase leads by 20% by Q3 2027 (owner: Marketing).", "Marketing"),
    ("KR: 500 MQLs by June 2027 - Owner: Jane Smith", "Jane Smith"),
    ("Verhoog het aantal leads met 20% in Q3 2027. Eigenaar: afdeling Communicatie.", "afdeling Communicatie"),
    ("Responsible: customer success team – raise NPS from 40 to 45 by Q4 2027.", "customer success team"),
    ("Verlaag de doorlooptijd naar 3 dagen in 2027; trekker: Sanne Bakker.", "Sanne Bakker"),
    ("Increase leads by 20% by Q3 2027 (owner: TBD).", None),
    ("Raise the open rate to 30% by Q2 2027. Owner: you", None),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_an_owner_field_in_the_text_names_the_owner(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason
