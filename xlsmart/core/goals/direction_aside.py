"""Direction words said of something else than the goal's measure, asked in one place by ``direction.py``.

Each reader is a class of its own (issue 12): a quantity turned down ("not for more tourists",
``direction_rejected``), the verb of a concession that opens the goal ("Hoewel de markt krimpt, …",
``direction_reasons``) and the "better" of a split infinitive ("to better compete", ``split_infinitives``).
One set test a goal (:data:`ASIDE_GATE`) keeps the common goal, which has none of their words, free of them.
"""

from __future__ import annotations

from typing import Final

from .direction_reasons import CONCEDING, in_a_concession
from .direction_rejected import REJECTABLE, REJECTING, rejected
from .split_infinitives import manner_of_a_verb

ASIDE_GATE: Final = REJECTING | CONCEDING | frozenset({"better"})


def said_aside(words: list[str], i: int) -> bool:
    """Whether the direction word at ``i`` is said of something else than the goal's measure.

    >>> said_aside("we aim not for more tourists but for the right ones".split(), 4)
    True
    >>> said_aside("we want more customers by june".split(), 2)
    False
    """
    word = words[i]
    if word in REJECTABLE and rejected(words, i):
        return True  # "not for more tourists", "in plaats van meer bezoekers": a quantity turned down
    if word == "better" and manner_of_a_verb(words, i):
        return True  # "to better compete with …": how a verb is done
    return not CONCEDING.isdisjoint(words[max(0, i - 8):i]) and in_a_concession(words, i)
