"""A possessive before a noun of wishing holds the goal as it holds a goal noun (DOMAIN.md,
"Reading real sentences", A: a named person owns the goal; the possessive names who). Issue 12,
class "his desire, zijn doel".

"said it was his desire to see …", "Her dream is to grow …", "haar wens is …": "his goal" was
read, "his desire" was not. Dutch "zijn" before a singular goal noun ("Zijn doel is 5.000 leden")
is "his", where before a plural ("Er zijn doelen gesteld") or an article ("Zijn de doelen …") it
is the verb "to be". Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Speaking to supporters, the chairman said it was his desire to see average crowds of 9,000 next season.", "his"),
    ("Her dream is to grow the shop to 1,000 regular customers by 2027.", "Her"),
    ("Their wish: 20% more volunteers by the end of 2027.", "Their"),
    ("Haar wens is om in 2027 5.000 leden te hebben.", "Haar"),
    ("Zijn doel is 5.000 leden in 2027.", "Zijn"),
    ("Zijn ambitie: de omzet in 2027 verdubbelen.", "Zijn"),
    # "zijn" as the verb names nobody
    ("Er zijn doelen gesteld voor 2027: 20% meer leden.", None),
    ("Zijn de doelen haalbaar: 5.000 leden in 2027?", None),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_possessive_holds_a_wish_as_it_holds_a_goal(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason
