"""A deadline after a comparison (issue 12, class 'a deadline after the compared-to'; DOMAIN.md T:
a date or a period, and a comparison year is no deadline).

"-35% t.o.v. baseline in 24 mnd", "35% vs baseline by 2030", "+20% t.o.v. de nulmeting in 2 jaar":
a comparison word ("vs", "t.o.v.", "than", "compared") names what is compared with in the words
right after it, and a time within three words of it was read as that yardstick, so the goal lost
its deadline (and "in 24" became a baseline of 24). But the compared-to is one noun phrase: a
preposition that sets a deadline ("by", "tegen", "uiterlijk", "voor") or "in"/"within" opening a
duration ("in 24 months", "in 2 jaar") ends it, and the time after that preposition is when the goal
is due. A time right after the comparison word ("vs 2019", "t.o.v. 2019", "dan in 2019": "in" with a
year is no duration) stays a yardstick.
"""

from __future__ import annotations

from typing import Final

from .. import dates
from ..lexicon.time_words import DURATION_PREPOSITIONS
from ..numbers import NUMBER_WORDS

# Prepositions that set a deadline, whatever came before them.
_DUE_PREPOSITIONS: Final = frozenset({"by", "tegen", "uiterlijk", "voor"})


def due_after_the_compared(words: list[str], j: int, i: int) -> bool:
    """Whether the time at ``i`` follows a preposition of a deadline standing after the
    comparison word at ``j``: then it is when the goal is due, not what it is compared with."""
    n = len(words)
    for k in range(j + 1, min(i + 1, n)):
        word = words[k]
        if word in _DUE_PREPOSITIONS and k > j + 1:
            return True  # ("vs baseline by 2030"; but "than by 2020" compares two deadlines)
        if word in DURATION_PREPOSITIONS and k + 2 < n and words[k + 2] in dates.PERIOD_UNITS and (
                words[k + 1][:1].isdigit() or words[k + 1] in NUMBER_WORDS):
            return True  # ("t.o.v. de nulmeting in 2 jaar"; "dan in 2019" is a year, no duration)
    return False
