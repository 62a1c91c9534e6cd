"""Which of two English noun phrases carries the goal's figure: the aim, or what its means works on.

Issue 12, class "the change stated before its means": in "Increase efficiency by 12 percent by
increasing our number of billable hours", "Grow revenue by 10% this year by winning more repeat
customers", "Cut churn by 3 points by improving the onboarding score", the figure belongs to the
aim, the phrase before it; "by" and a verb in -ing open the means, and what the means works on is
not what the goal measures, however well known a metric it is. Where the aim has no figure of its
own ("close the meal gap by distributing 11.6 million meals") the means carries the count, which
``metric_places.means_points`` reads; this module reads the other way round.

Set look-ups over the few words before a phrase, made only for phrases after "by … -ing"
(``metric_places.structure_points`` asks when a "by" is in the goal).
"""

from __future__ import annotations

from typing import Final

from ..lexicon.word_classes import DETERMINERS, UNIT_WORDS

# Words between the means' verb and its object: "by increasing our number of X", "by growing the share of X".
_FRAMING: Final = frozenset({"number", "numbers", "amount", "share", "total", "level", "of", "more", "extra",
                             "additional", "new"})
# Words between the aim's figure and the "by" of its means: a unit, a scale ("by 3 points", "by $2 million").
_AFTER_A_FIGURE: Final = UNIT_WORDS | {"points", "point", "percentage", "million", "billion", "thousand", "k"}


def means_object_points(tokens, words: list[str], used: list[bool], start: int) -> int:
    """The points a phrase loses as the object of a means ("by increasing X") after an aim that states
    its own figure ("by 12 percent", "to 40%", "from 2 to 3"; a date between them counts for nothing).

    >>> from xlsmart.core.goals import tokenize
    >>> tokens = tokenize("grow revenue by 10% by increasing repeat customers")
    >>> words = [t[1] for t in tokens]
    >>> means_object_points(tokens, words, [False] * len(words), 6)
    6
    """
    k = start - 1
    while k > 2 and k > start - 5 and (words[k] in DETERMINERS or words[k] in _FRAMING):
        k -= 1
    if k < 2 or words[k - 1] != "by" or words[k][-3:] != "ing" or len(words[k]) < 6:
        return 0  # (most phrases: no means before them)
    j = k - 2
    while j > 0 and (used[j] or words[j] in _AFTER_A_FIGURE):
        j -= 1  # ("by 10% this year by …", "by 3 points by …")
    return 6 if tokens[j][0] == "num" and not used[j] else 0
