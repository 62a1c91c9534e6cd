"""Parts and wholes of a stretch of time: a part is no share (issue 12, class "a part of a year";
DOMAIN.md M: dates and periods are no target), and the whole of one is a deadline (class "the whole
of a period"; DOMAIN.md T: a period, "this financial year").

"De helft van alle klanten" and "a quarter of our visitors" are shares to reach (50 %, 25 %); "the
final quarter of 2027", "the second half of the year", "het laatste kwart van het seizoen", "de
eerste helft van 2028" are times. ``settling.py`` asks :func:`part_of_a_time` before it takes a
share word followed by "of"/"van" as the target: a time is named by the word before the share (an
ordinal, "final", "laatste") or by what the share is of (a year, "the year", "het seizoen").

"Voor het hele jaar", "voor het volledige jaar", "for the whole season", "tijdens het volledige
seizoen" name the period under way as the one the goal is for, as "for the full year" and "in het
hele jaar" already did: ``deadlines.py`` asks :func:`whole_period` when nothing else gave a deadline.
"Het hele jaar door" (all year round) and "voor het hele team" (no time) give none.
"""

from __future__ import annotations

from datetime import date
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


# The words that make a period whole: "het hele jaar", "the entire season" (the quick test of :func:`whole_period`).
WHOLE_WORDS: Final = frozenset({"whole", "full", "entire", "complete", "hele", "gehele", "volledige", "volle",
                                "ganse"})
_FOR: Final = frozenset({"for", "over", "during", "throughout", "in", "voor", "gedurende", "tijdens"})


def whole_period(words: list[str], reference: date) -> date | None:
    """The end of the period under way that the goal names whole ("voor het hele jaar": 31
    December), or None.

    >>> whole_period("we expect 1.2 million visitors for the whole season".split(), date(2027, 2, 1))
    datetime.date(2028, 2, 1)
    >>> whole_period("het hele jaar door willen we meer leden".split(), date(2027, 2, 1)) is None
    True
    """
    if WHOLE_WORDS.isdisjoint(words):
        return None
    for i, word in enumerate(words[:-1]):
        if word not in WHOLE_WORDS or i < 2 or words[i - 1] not in ("the", "het", "de", "this", "dit") or (
                words[i - 2] not in _FOR) or (i + 2 < len(words) and words[i + 2] == "door"):
            continue  # ("het hele jaar door": all year round)
        unit = words[i + 1]
        if unit in ("year", "jaar", "boekjaar") or (len(unit) > 6 and unit.endswith("jaar")):
            return date(reference.year, 12, 31)
        if unit in ("quarter", "kwartaal"):
            return dates.end_of_quarter(reference.year, (reference.month - 1) // 3 + 1)
        if unit in ("month", "maand"):
            return dates.end_of_month(reference.year, reference.month)
        if unit in TERMS or unit in _TIMES:
            return dates.add_period(reference, TERMS.get(unit, 1), "years")
    return None
