"""A count the goal covers is no target (DOMAIN.md, "Reading real sentences", M: only a number
for the target counts): issue 12, class "in the four stores".

Goals name their scope with a count: "in de drie winkels", "across the five regions", "uit de
vier onderdelen", "at the 12 locations". After a preposition and a definite article such a count
says what the goal spans, so a goal with no other figure has no target; a figure elsewhere is
still the target, and a percent or an amount of money after "de" is a level ("om en bij de 88
procent"). Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, target)
    ("Meer klanten trekken in de drie winkels", None),
    ("Sell more memberships across the five regions", None),
    ("Meer omzet halen uit de vier productlijnen", None),
    ("Raise repeat visits at the 12 locations to 4,000 by June", 4000.0),
    ("Verhoog in de drie winkels de omzet naar 2 miljoen euro in 2027", 2_000_000.0),
    ("Een klanttevredenheid halen van om en bij de 85 procent", 85.0),
]


@pytest.mark.parametrize(("text", "target"), CASES)
def test_a_count_of_the_scope_is_no_target(text, target):
    result = smart_check(text)
    assert result.parsed.target == target
    assert result.verdicts["M"].passed is (target is not None), result.verdicts["M"].reason
