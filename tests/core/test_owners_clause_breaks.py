"""A verb after a clause break has no subject before the break (DOMAIN.md, "Reading real
sentences", A: imperatives name nobody): issue 12, class "a verb after a clause break".

A goal may state a fact and then give an order: "… when delivery is free; aim for that by Q3",
"De markt groeide met 5 %: mik in 2027 op 8 %". The words before the semicolon, colon or full stop
end another clause, so they are no subject of the verb after it; an abbreviation's full stop goes
on ("Gizmo Widget Co. will …"), and a subject inside the clause still owns it. Our own lines, both
languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Research shows that sales rise 10% when delivery is free; aim for that by Q3 2027.", None),
    ("Conversion lags when pages are slow; aim for a 20% faster checkout by June 2027.", None),
    ("De markt groeide in 2025 met 5 procent; mik in 2027 op 8 procent.", None),
    ("Klanten haken af bij lange levertijden: streef naar levering binnen 24 uur in 2027.", None),
    ("Northwind Co. will increase wholesale revenue by 15% in 2027.", "Northwind Co"),
    ("Sales lag in winter; the company aims to lift them 10% by March 2027.", "the company"),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_verb_after_a_clause_break_takes_no_subject_from_before_it(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason
