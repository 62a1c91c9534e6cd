"""'One of the …' picks a member and counts nothing (issue 12, class 'one of many'; DOMAIN.md M: a
number for the target, R: judged on target and baseline).

"one of the toughest targets", "one of our goals", "één van onze doelen" name one member of a group;
their "one" was read as a target of 1 beside the goal's stated change. A figure after "of" ("one of
every five", "one of 10") or in the group ("one of the three largest") keeps the number, and "one new
store" is still one. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

MEMBERS = [
    ("One of our goals is to lift repeat purchases 15% by 2028.", 0.15),
    ("The team was handed one of the hardest targets in the group: cut returns by 20% by 2028.", -0.2),
    ("As one of its priorities the club wants to grow membership by 10% next year.", 0.1),
    ("Eén van onze doelen is het aantal donateurs met 15% te verhogen tegen 2028.", 0.15),
    ("Eén van de speerpunten: de uitval met 20% verlagen tegen 2028.", -0.2),
    ("Als één van haar prioriteiten wil de school de instroom met 10% verhogen tegen 2028.", 0.1),
]


@pytest.mark.parametrize(("text", "change"), MEMBERS)
def test_one_of_a_group_is_no_target(text: str, change: float) -> None:
    parsed = smart_check(text, today=TODAY).parsed
    assert parsed.target is None
    assert parsed.relative_change == pytest.approx(change)


COUNTED = [
    ("Open one new store by June 2027.", 1.0),
    ("Become one of the three largest chains by 2028.", 1.0),
    ("We openen één nieuwe winkel in 2027.", 1.0),
    ("We willen één van de drie grootste ketens worden tegen 2028.", 1.0),
]


@pytest.mark.parametrize(("text", "target"), COUNTED)
def test_a_one_that_counts_stays_a_figure(text: str, target: float) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.target == target
    assert result.verdicts["M"].passed
