"""An OKR line names its owner in a bracket before its colon, by a handle, or as a team before its
label (DOMAIN.md, "Reading real sentences", A: a team or a named person owns the goal; an Owner
field settles it). Issue 12, class "a label's owner in brackets or by handle".

OKR and KPI files on GitHub write "KR2 (Marketing): …", "Objective (Customer Success): …", "…
by Q3 (@jane)", "Growth team OKR: …": the department in brackets before the colon, the person's
handle at the end, the team before "OKR" own the line as "(Marketing)" at the end and "Marketing
OKR:" already did. A bracket that holds a time or a grade ("(Q3)", "(stretch)"), an e-mail
address and an account to grow ("Grow @acme followers") name nobody. Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("KR2 (Marketing): Increase MQLs from 400 to 600 per month by Q3 2027.", "marketing"),
    ("Objective (Customer Success): reduce churn from 6% to 4% by the end of 2027.", "customer success"),
    ("KR1 (Verkoop): 40 nieuwe klanten binnenhalen in Q3 2027.", "verkoop"),
    ("Increase MQLs by 20% by Q3 2027 (@jane).", "jane"),
    ("Verhoog het aantal demo's met 25% voor juli 2027 - @pieter", "pieter"),
    ("Growth team OKR: increase MQLs by 20% by Q3 2027.", "growth team"),
    # a time or a grade in brackets, an e-mail address, an account to grow: nobody
    ("Objective (Q3): reduce churn from 6% to 4% by the end of 2027.", None),
    ("KR1 (stretch): reduce churn from 6% to 4% by the end of 2027.", None),
    ("Email jane@acme.com to get 20% more signups by Q3 2027.", None),
    ("Grow @acme followers to 10,000 by June 2027.", None),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_line_names_its_owner_by_bracket_handle_or_team_label(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert (result.parsed.actor or "").lower() == (owner or "")
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason
