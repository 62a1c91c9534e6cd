"""A quantity turned down: "not for more tourists but for the right ones", "in plaats van meer bezoekers".

Issue 12, class "a quantity rejected" (DOMAIN.md S: the direction is the way the goal moves what it
measures). A goal may name what it does NOT want more (or less) of: after a negation ("not more leads",
"niet op nog meer toeristen", "without extra staff", "zonder extra kosten") or as the alternative it
turns down ("rather than more customers", "liever … dan op nog meer toeristen", "instead of more
followers", "in plaats van meer bezoekers"). Such a "more" says nothing of the way, so it is no direction.
A bound stays a bound ("no more than 5 %", "niet meer dan 10 %": "than"/"dan" follows), and "not only
more leads" still wants more.
"""

from __future__ import annotations

from typing import Final

from ..lexicon.quantity_words import COUNT_CHANGES

# The words of more or less that a goal may turn down, and the words that turn them down.
REJECTABLE: Final = COUNT_CHANGES
_NEGATIONS: Final = frozenset({"not", "niet", "geen", "no", "never", "nooit", "without", "zonder"})
_RATHER: Final = frozenset({"rather", "liever"})
# Any of these in a goal may turn a quantity down (one set test before any look).
REJECTING: Final = _NEGATIONS | _RATHER | frozenset({"instead", "plaats"})
# Words that may stand between the negation and "more": "not for more", "niet op nog meer".
_BETWEEN: Final = frozenset({"for", "on", "at", "to", "op", "aan", "naar", "voor", "nog", "even", "any", "so", "veel", "zo"})
_BOUND_AFTER: Final = frozenset({"than", "dan"})


def rejected(words: list[str], i: int) -> bool:
    """Whether the word of more or less at ``i`` is turned down: a negation before it (past "for", "op",
    "nog"), "instead of"/"in plaats van" right before it, or "than"/"dan" of a "rather"/"liever" said
    earlier in the goal.

    >>> rejected("we aim not for more tourists but for the right ones".split(), 4)
    True
    >>> rejected("spend no more than 5,000 euros".split(), 2)
    False
    """
    if i + 1 < len(words) and words[i + 1] in _BOUND_AFTER:
        return False  # "no more than 5 %", "niet meer dan 10 %": a bound
    k = i - 1
    while k >= 0 and k >= i - 3 and words[k] in _BETWEEN:
        k -= 1
    if k < 0:
        return False
    word = words[k]
    if word in _NEGATIONS:
        return True
    if k > 0 and ((word == "of" and words[k - 1] == "instead") or (word == "van" and words[k - 1] == "plaats")):
        return True
    return word in _BOUND_AFTER and not _RATHER.isdisjoint(words[max(0, k - 10):k])
