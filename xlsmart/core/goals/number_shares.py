"""A share said as every Nth one: "every second customer" (50 %), "elke derde bezoeker" (33 %), "every
other visitor", "iedere 4e klant" (issue 12, class "every Nth one"; DOMAIN.md M: a number word is a
number for the target).

"One in three customers" and "een op de vijf" were read as shares; "every second customer should use
the app by 2027", "elke tweede fiets moet een e-bike zijn" named no number at all, so M failed. An
ordinal (or "other") after every/elke/iedere, before the thing counted, is the share 1/N. Before a
unit of time ("every second week", "elke tweede maand") it is a rhythm and no share. ``amounts.py``
asks :func:`add_nth_shares` to add them to the goal's numbers.
"""

from __future__ import annotations

from bisect import insort
from operator import attrgetter
from typing import Final

from .. import dates
from ..lexicon.time_words import LATER_ORDINALS

_EVERY: Final = frozenset({"every", "elke", "iedere", "ieder"})
# What may follow the ordinal and still be no thing counted: a unit of time (a rhythm), "time"/"keer".
_NOT_COUNTED: Final = frozenset(dates.PERIOD_UNITS) | {"time", "times", "keer", "maal", "one", "ones"}


def add_nth_shares(words: list[str], tokens, numbers: list, make) -> None:
    """Add to ``numbers`` (in token order) each "every Nth" share as a percentage, made with ``make``
    (``amounts.Number``, which this lower module does not import)."""
    for at, share in nth_shares(words, tokens):
        insort(numbers, make(share, True, None, at, end=at), key=attrgetter("index"))


def nth_shares(words: list[str], tokens) -> list[tuple[int, float]]:
    """Where each "every Nth" share stands (the ordinal's token) and its percentage.

    >>> nth_shares("every second customer".split(), [("word", "every", None), ("word", "second", None),
    ...                                               ("word", "customer", None)])
    [(1, 50.0)]
    """
    every = _EVERY.intersection(words)
    if not every:
        return []  # (one test: most goals hold no "every")
    found = []
    for i in sorted(i for word in every for i, other in enumerate(words[:-2]) if other == word):
        ordinal, counted = words[i + 1], words[i + 2]
        nth = 2 if ordinal == "other" else (dates.ORDINALS.get(ordinal) or LATER_ORDINALS.get(ordinal) or (
            tokens[i + 1][2] if tokens[i + 1][0] == "ord" else 0))
        if ordinal in ("last", "laatste") or not 2 <= nth <= 20 or counted in _NOT_COUNTED or not counted.isalpha():
            continue
        found.append((i + 1, round(100.0 / nth, 2)))
    return found
