"""'One of the …' picks a member, it counts nothing (issue 12, class 'one of many'; DOMAIN.md M: a
number for the target).

"Bradford has been set one of the toughest targets in the country - to slash lists by 12 per cent",
"One of our goals is to grow revenue 15%", "Eén van onze doelen is …": the "one" of a partitive was
read as a figure, so a goal that states its change got a target of 1 beside it (and R judged a
nonsense pair). "One of"/"één van" followed by a determiner, a possessive or a word names one member
of a group: a pronoun, no quantity. A figure or "every" after "of" still makes a share ("one of every
five visitors", "one of 10 stores"), a figure in the group keeps it ("one of the three largest":
a rank), and "one new store" stays one.
"""

from __future__ import annotations

from typing import Final

from ..numbers import NUMBER_WORDS

# The number words that name one member of a group when "of"/"van" follows them.
ONE_WORDS: Final = frozenset({"one", "één", "eén"})  # ("Eén van": a capital É lowers to é)
_OF: Final = frozenset({"of", "van"})
# After "one of": words that make the phrase a share of a count, not a member of a group.
_SHARE_AFTER: Final = frozenset({"every", "each", "elke", "iedere"})


def one_of_many(words: list[str], i: int) -> bool:
    """Whether the "one" at ``i`` opens "one of the …", "één van onze …": a member, not a figure."""
    if i + 2 >= len(words) or words[i + 1] not in _OF:
        return False  # (the common case: "one new store", "one" at the end)
    if words[i + 2] in _SHARE_AFTER:
        return False
    # (a figure in the group keeps the "one": "one of 10 stores", "one of the three largest chains",
    # "één van de drie grootste" name a place in a ranking, which the one stands for)
    return not any(word[:1].isdigit() or word in NUMBER_WORDS for word in words[i + 2:i + 5])
