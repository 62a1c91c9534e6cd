""""Dit houdt in dat …" means, it keeps nothing (issue 12, class "inhouden is to mean"; DOMAIN.md S: a
bare level to reach leaves the direction open).

The Dutch separable verb "inhouden" ("dit houdt in dat", "de doelen houden in dat", "dat hield in dat")
says what something means. Its "houdt"/"houden" was read as keeping a level, so a bare level in the
clause that follows passed S. A direction word in that clause still counts, and "houden" keeping a
measure ("het ledental op 500 houden") still keeps. Dutch only: English has no such verb. Our own
sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

OPEN = [
    "Dit houdt in dat er voor 2030 500 woningen moeten worden gebouwd.",
    "Het plan houdt in dat de omzet in 2027 5 miljoen euro moet zijn.",
    "De nieuwe doelen houden in dat in 2028 70 procent van het afval gescheiden moet worden.",
    "Dat hield in dat de bibliotheek in 2026 120.000 uitleningen moest halen.",
]


@pytest.mark.parametrize("text", OPEN)
def test_meaning_keeps_nothing(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction != "keep"
    assert not result.verdicts["S"].passed


KEPT_OR_MOVED = [
    ("We houden het ledental in 2027 op 500.", "keep"),
    ("Wij houden de klanttevredenheid op 8,5 in 2027.", "keep"),
    ("De nieuwe afspraken houden in dat de wachttijd in 2027 naar 10 dagen moet dalen.", "decrease"),
]


@pytest.mark.parametrize(("text", "direction"), KEPT_OR_MOVED)
def test_keeping_and_other_directions_stay(text: str, direction: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction == direction
    assert result.verdicts["S"].passed
