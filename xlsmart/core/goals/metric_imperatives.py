"""The verb that opens a goal and governs its count: "Release at least one documentary", "Voer 10 tests uit".

Issue 12, class "an opening verb before its count" (DOMAIN.md S: the metric is what the goal measures,
a noun; "An activity is not a metric"). Key results are written as commands: a verb, a count, what is
counted ("Enter two new markets", "Release at least one documentary per month", "Bezoek 50 prospects
per maand", "Ontwikkel drie nieuwe cursussen"). A number attaches to the noun after it, so the word
before the count is its verb, never what is measured, however unknown the verb (``governs_a_count`` in
``metric_shapes.py`` reads the same shape inside a goal). A line's heading or a name with a small number
right after it ("Goal 2: …", "Aspiration 1: …", "Radio 5 Nostalgia moet …") is no verb.
"""

from __future__ import annotations

from typing import Final

from ..lexicon.word_classes import COUNT_QUALIFIERS
from .phrases import is_number

# Words between the verb and its count: "at least one", "minimaal 5", "ongeveer 20".
_BOUNDS: Final = frozenset({"at", "least", "most", "minimaal", "minstens", "maximaal", "ten", "minste", "tenminste",
                            "ruim", "bijna", "nearly", "almost", "about", "around", "ongeveer", "circa", "zo'n",
                            "up", "to", "over", "out"})


def opens_with_its_count(tokens, words: list[str], used: list[bool], flags: list[bool], start: int, end: int) -> bool:
    """Whether the one word at ``start`` opens the goal as the verb of the count after it: "Enter two new
    markets", "Release at least one documentary", "Voer 10 A/B-testen uit" (a small figure right after a
    word, with no "new"/"extra" after it, is a heading's or a name's number: "Goal 2: …", "Radio 5 …").

    >>> from xlsmart.core.goals import tokenize
    >>> tokens = tokenize("Enter two new markets in 2027")
    >>> words = [t[1] for t in tokens]
    >>> opens_with_its_count(tokens, words, [False] * 6, [True] * 7, 0, 1)
    True
    """
    if start != 0 or end != 1:
        return False
    n = len(words)
    k = end
    while k < n and k < end + 3 and words[k] in _BOUNDS:
        k += 1
    if k >= n or not is_number(tokens, used, k):
        return False
    kind, value = tokens[k][0], tokens[k][2]
    k += 1
    qualified = k < n and words[k] in COUNT_QUALIFIERS
    if k == end + 1 and kind == "num" and not qualified and (value[1] or value[2] or value[0] < 10):
        return False  # ("Goal 2: …", "Radio 5 Nostalgia moet …"; "Gain 20% more", "Raise $5,000": a change, money)
    while k < n and words[k] in COUNT_QUALIFIERS:
        k += 1
    m = k
    while m < n and m < k + 4 and flags[m]:
        m += 1
    return m > k  # (whatever it names: work counted is no measure either, "Release one documentary")
