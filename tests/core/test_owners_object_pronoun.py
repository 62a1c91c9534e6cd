"""Dutch "ons" as an object ("us") owns nothing; as a possessive ("our") it does (DOMAIN.md, "Reading
real sentences", A: "our"/"ons" counts as an owner when no Owner column is given): issue 12, class
"ons as an object".

"Klanten geven ons in 2027 gemiddeld een 8,5", "Bezoekers bevelen ons in 2027 vaker aan": "ons"
before a preposition, an article or a number is the object of someone else's verb; the goal is the
customers' rating. "Ons doel", "ons team" and the Flemish "Laat ons …" ("let's") keep their owner.
Our own lines (Dutch: English writes "us" and "our" apart).
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Klanten geven ons in 2027 gemiddeld een 8,5.", None),
    ("Bezoekers bevelen ons in 2027 20% vaker aan bij vrienden.", None),
    ("Ons team verhoogt in 2027 de klanttevredenheid naar een 8,5.", "Ons"),
    ("Laat ons in 2027 20% meer leden werven.", "ons"),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_ons_as_an_object_owns_nothing(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason
