"""The length of a plan or campaign given beside its noun (issue 12; DOMAIN.md T: "during a
six-month campaign" is a period).

"our 90-day plan", "a 12-month goal", "12-maanden doelstelling" put the length before the noun;
"een campagne van zes weken", "a campaign of three months", "tijdens de actie van 8 weken" after
it. Either way the count and its unit are the period the goal runs in, counted from the start,
and never its target. ``deadlines.py`` asks :func:`names_a_length` at a unit of time.
"""

from __future__ import annotations

from datetime import date

from .. import dates
from ..lexicon.time_words import SPANS
from ..lexicon.word_classes import names_a_goal
from .periods import mark


def names_a_length(words: list[str], i: int) -> bool:
    """Whether the unit of time at ``i`` sizes a plan or campaign: before its noun ("90-day plan")
    or after "van"/"of" behind it ("een campagne van 6 weken")."""
    if i + 1 < len(words) and (words[i + 1] in SPANS or names_a_goal(words[i + 1])):
        return True
    return i > 2 and words[i - 2] in ("van", "of") and words[i - 3] in SPANS


def plan_length(found: list[date], tokens, used: list[bool], i: int, reference: date) -> None:
    """"a 12-month goal", "our 90-day plan", "een campagne van 6 weken": the count before the unit
    at ``i`` is the plan's length (its end goes in ``found``), and no target."""
    amount = value_of(tokens[i - 1])
    if amount and 0 < amount <= 120:
        found.append(dates.add_period(reference, amount, tokens[i][1]))
        mark(used, i - 1, 2)


def value_of(token) -> float | None:
    """The number a token writes, as digits or as a word ("five"); None for anything else.

    >>> value_of(("num", "6", (6.0, False, None))), value_of(("word", "zes", 6.0)), value_of(("word", "x", None))
    (6.0, 6.0, None)
    """
    kind, _, value = token
    if kind == "num" and not value[1] and not value[2]:
        return value[0]
    return value if kind == "word" and isinstance(value, float) else None
