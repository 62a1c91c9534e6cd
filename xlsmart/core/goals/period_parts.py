"""A part of a stretch of time is no share (issue 12, class "a part of a year"; DOMAIN.md M: dates
and periods are no target).

"De helft van alle klanten" and "a quarter of our visitors" are shares to reach (50 %, 25 %); "the
final quarter of 2027", "the second half of the year", "het laatste kwart van het seizoen", "de
eerste helft van 2028" are times. ``settling.py`` asks :func:`part_of_a_time` before it takes a
share word followed by "of"/"van" as the target: a time is named by the word before the share (an
ordinal, "final", "laatste") or by what the share is of (a year, "the year", "het seizoen").
"""

from __future__ import annotations

from typing import Final

from .. import dates
from ..lexicon.time_words import TERMS

# Words before a share word that make it a part of a time: "the final quarter", "het laatste kwart".
_WHICH_PART: Final = frozenset(dates.ORDINALS) | {"final", "closing", "opening", "slotkwartaal", "middle"}
# Words between "of"/"van" and the time: "of the year", "van dit seizoen", "of our fiscal year".
_FILLERS: Final = frozenset({"the", "de", "het", "this", "dit", "deze", "that", "dat", "our", "ons", "onze", "its",
                             "next", "volgend", "volgende", "komend", "komende", "fiscal", "financial", "calendar"})
# The stretches of time a share word may be a part of (beside the units of dates.PERIOD_UNITS).
_TIMES: Final = frozenset(TERMS) | {"campaign", "campagne", "boekjaar", "schooljaar", "season", "seizoen"}


def part_of_a_time(words: list[str], i: int) -> bool:
    """Whether the share word at ``i`` ("quarter", "half", "kwart", "helft") names a part of a time.

    >>> part_of_a_time(["in", "the", "final", "quarter", "of", "2027"], 3)
    True
    >>> part_of_a_time(["a", "quarter", "of", "our", "visitors"], 1)
    False
    """
    if i and words[i - 1] in _WHICH_PART:
        return True  # ("the first half of 2028", "the final quarter")
    j = i + 2
    while j < len(words) and words[j] in _FILLERS:
        j += 1
    if j >= len(words):
        return False
    time = words[j]
    return time in dates.PERIOD_UNITS or time in _TIMES or (len(time) == 4 and time.isdigit() and 1990 <= int(time) <= 2100)
