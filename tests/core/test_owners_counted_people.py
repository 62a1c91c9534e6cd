"""A pronoun for the people a goal counts owns nothing (DOMAIN.md, "Reading real sentences", A: an
actor as the subject): issue 12, class "a pronoun for the people the goal counts".

"They" and "ze" act for an organisation named before them ("De organisatie gaf aan dat ze …"), but in
"customers who say they will return" the pronoun stands for the customers the goal measures: what
changes, not who changes it. Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Make sure customers who say they will return actually return: 60% by 2027.", None),
    ("Users who say they would recommend us should reach 70% by Q4 2027.", None),
    ("Zorg dat klanten die zeggen dat ze terugkomen ook terugkomen: 60% in 2027.", None),
    ("Leden die aangeven dat ze willen blijven: minimaal 80% in 2027.", None),
    ("De organisatie gaf aan dat ze in 2027 3500 bezoekers hoopte te trekken.", "De organisatie"),
    ("The partners said they will grow referrals by 20% in 2027.", "they"),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_pronoun_for_the_counted_people_owns_nothing(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason
