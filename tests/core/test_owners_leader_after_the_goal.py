"""A leader named after the goal owns it; a spokesperson or an analyst does not (DOMAIN.md,
"Reading real sentences", A: a named person or role as the subject). Issue 12, class "a leader
named after the goal".

"…, the CEO said" was read; the inverted "…, said the CEO" and "…, zegt de topman" named nobody.
A chief executive, director, chair, founder or mayor who states the goal owns it for the
organisation; a spokesperson speaks for others and an analyst about them. Our own sentences, both
languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read or None)
    ("De omzet moet volgend jaar met 8% groeien, zegt de topman.", "de topman"),
    ("Elke vestiging moet 2 miljoen omzet halen, zegt de oprichter aan de krant.", "de oprichter"),
    ("Ticket sales must grow by 15% next season, said the chairman.", "the chairman"),
    ("Bookings must rise by 10% in 2027, said CEO Maria Lopez.", "CEO Maria Lopez"),
    ("De omzet moet met 10% groeien, zegt woordvoerster Anne Jansen.", None),
    ("Sales must grow by 10% next year, said analyst Tom Berg.", None),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_leader_named_after_the_goal(text: str, owner: str | None) -> None:
    result = smart_check(text, today="2026-12-07")
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason
