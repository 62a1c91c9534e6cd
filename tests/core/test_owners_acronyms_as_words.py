"""A department or name written in capitals at the start owns the goal even when its letters spell a
word (DOMAIN.md, "Reading real sentences", A: a team, department or organisation as the subject):
issue 12, class "an acronym that reads as a word".

"IT wil het aantal storingen met 30 % verlagen", "IT will cut ticket resolution time …": read in
lower case "it" is a pronoun the readers rightly skip, but written in capitals before a verb of
intent it is the IT department. The pronoun stays a pronoun ("It will cut …" names nobody), and an
acronym of a measure owns nothing ("KPI will be met …"). Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("IT wil het aantal storingen in 2027 met 30% verlagen.", "IT"),
    ("IT will cut ticket resolution time by 30% by Q2 2027.", "IT"),
    ("It will cut ticket resolution time by 30% by Q2 2027.", None),
    ("KPI will be met when churn falls below 5% by Q4 2027.", None),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_capitalised_acronym_that_spells_a_word_owns_the_goal(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason
