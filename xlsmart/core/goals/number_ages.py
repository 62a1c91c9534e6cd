"""Ages written in words: "jongeren van 12 tot 18 jaar", "children between 4 and 12 years old",
"people aged 12 to 18", "jeugdleden van 6 tot en met 17 jaar" (issue 12, DOMAIN.md "Ranges": an
age range is not a target; M: ages are no target).

A range glued into one token ("18-25-year-olds", "leeftijd 0-18 jaar") is marked in ``amounts.py``;
written with a word between its ends, the two ages were two numbers of their own, so the lower one
became a baseline and the upper one a target ("van 12 tot 18" read as a growth of 50 %). Here both
ends are marked as ages when the span says whose ages they are: an age word before it ("aged",
"leeftijd"), or a group of people before "van/from/between/tussen" and a word of years after it
("kinderen tussen 4 en 12 jaar"), or "years old" after it. A span of time ("binnen 2 tot 3 jaar",
"in 3 to 5 years") has no group of people before it and stays what it was.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, Final

from ..lexicon.quantity_words import AGE_AFTER, AGE_BEFORE, AGE_GROUPS

if TYPE_CHECKING:
    from .amounts import Number

# The words that may join an age span's ends ("12 tot 18", "4 and 12", "6 tot en met 17", "6 t/m 12").
_LINKS: Final = frozenset({"to", "tot", "and", "en", "-", "–", "t/m"})
_FIRST_LINKS: Final = _LINKS | {"t"}  # (the first word of any link: "tot en met", "t/m")
# The words that open a span after the group ("jongeren van 12 tot 18 jaar", "children between 4 and 12").
_OPENERS: Final = frozenset({"van", "from", "between", "tussen", "of"})
# The heads of Dutch compounds that name a group of people ("jeugdleden", "schoolkinderen", "tienermeisjes").
_GROUP_TAILS: Final = ("leden", "kinderen", "jongeren", "meisjes", "jongens", "leerlingen", "spelers", "sporters",
                       "bezoekers", "deelnemers", "people", "children", "members", "players", "girls", "boys",
                       "pupils", "students", "youths", "kids", "adults", "women", "men")
_OLDEST: Final = 120


def mark_age_spans(words: list[str], numbers: list[Number]) -> None:
    """Mark both ends of an age span written in words as ages, so neither is a baseline or target.
    Asked by ``amounts.py``; the link between two numbers next to each other is tested first.

    >>> from xlsmart.core.goals.amounts import Number
    >>> ages = [Number(12.0, False, None, 2, end=2), Number(18.0, False, None, 4, end=4)]
    >>> mark_age_spans(["jongeren", "van", "12", "tot", "18", "jaar"], ages)
    >>> [n.role for n in ages]
    ['age', 'age']
    """
    if len(numbers) < 2:
        return  # (most goals hold one number or none)
    for low, high in pairwise(numbers):
        if high.index - low.end > 4 or words[low.end + 1] not in _FIRST_LINKS or low.role not in ("", "age") or (
                high.role or not _linked(words, low.end + 1, high.index)):
            continue  # (most pairs of numbers are far apart or joined by no link; "aged 12" alone is an age already)
        if _an_age(low) and _an_age(high) and low.value < high.value and _whose_ages(words, low.index, high.end):
            low.role = high.role = "age"


def _an_age(num: Number) -> bool:
    return not num.percent and not num.currency and num.scale == 1.0 and 0 <= num.value <= _OLDEST and (
        num.value == int(num.value))


def _linked(words: list[str], start: int, stop: int) -> bool:
    """Whether only the words of a span's link stand between its ends: "tot", "and", "tot en met", "t/m"."""
    between = words[start:stop]
    return between in (["tot", "en", "met"], ["t", "m"]) or (len(between) == 1 and between[0] in _LINKS)


def _whose_ages(words: list[str], first: int, last: int) -> bool:
    """Whether the span from ``first`` to ``last`` gives ages: an age word right before it, or
    "years old" after it, or a group of people before its opener with a word of years after it."""
    before = words[first - 1] if first else ""
    after = words[last + 1] if last + 1 < len(words) else ""
    if before in AGE_BEFORE and before not in ("tussen", "between"):
        return True  # "aged 12 to 18", "leeftijd 6 tot 12"
    if after not in AGE_AFTER:
        return False
    if last + 2 < len(words) and words[last + 2] in ("old", "oud"):
        return True  # "between 4 and 12 years old", "van 4 tot 12 jaar oud"
    opener = first - 1 - (before == "de")  # ("tussen de 12 en 18 jaar")
    if opener < 1 or words[opener] not in _OPENERS:
        return False
    group = words[opener - 1]
    return group in AGE_GROUPS or group.endswith(_GROUP_TAILS)
