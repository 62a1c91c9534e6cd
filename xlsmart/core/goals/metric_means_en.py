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

from ..lexicon.metric_cues import PREPOSITIONS
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


# Issue 12, class "the phrase with a change of its own": in "Strengthen customer loyalty, raising repeat purchase
# rate from 20% to 30%", "Improve efficiency, cutting processing time from 5 days to 2 days", the figures from
# one to another stand right after what they measure; an aim named before them without figures is what the
# change serves, however well known a metric it is.
_UNITS_AFTER: Final = UNIT_WORDS | {"k", "m", "million", "billion", "percent", "points", "days", "hours", "minutes",
                                    "weeks", "months"}
_BEFORE_A_FIGURE: Final = frozenset({"the", "a", "an", "about", "around", "roughly", "approximately", "current", "its",
                                     "our", "their"})


def from_to_points(tokens, words: list[str], used: list[bool], flags: list[bool], start: int, end: int) -> int:
    """The points of a phrase right before "from N to M" (``words[end]`` is "from"), unless the phrase only
    completes the noun before it ("health score correlation with retention from 0.6 to 0.85").

    >>> from xlsmart.core.goals import tokenize
    >>> tokens = tokenize("raising repeat purchase rate from 20% to 30%")
    >>> from_to_points(tokens, [t[1] for t in tokens], [False] * 8, [False, True, True, True] + [False] * 5, 1, 4)
    3
    """
    i = start - 1
    while i > 0 and words[i] in DETERMINERS:
        i -= 1
    if i > 0 and words[i] in PREPOSITIONS and flags[i - 1]:
        return 0  # (a noun's complement: the figures are the noun's)
    k = end + 1
    while k < len(words) and k < end + 3 and words[k] in _BEFORE_A_FIGURE:
        k += 1
    if k + 2 >= len(words) or tokens[k][0] != "num" or used[k]:
        return 0
    k += 1
    if tokens[k][0] == "word" and words[k] not in _UNITS_AFTER and words[k] != "to" and words[k] != "→":
        return 0  # ("grow the festival from 1,000 attendees to 5,000", "from a 30% NPS": the figure counts its own noun)
    while k < len(words) and k < end + 6 and words[k] != "to" and words[k] != "→":
        k += 1  # ("from 5 days to 2 days", "from $40K MRR to …")
    return 3 if k + 1 < len(words) and (tokens[k + 1][0] == "num" or words[k + 1] in _BEFORE_A_FIGURE) else 0

