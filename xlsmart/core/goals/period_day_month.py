"""A day and a month written with a slash: "by 12/31", "tegen 31/12", "due 6/30", "uiterlijk 1/9"
(issue 12, class "a day and a month with a slash"; DOMAIN.md T: a date, "a date without a year is the
next such date on or after the start").

"31/12/2027" is a date token, but without its year the tokens keep only the two numbers (the slash is
no token), so "by 12/31" gave no deadline and its numbers became a baseline and a target. After a word
of due ("by", "before", "due", "tegen", "uiterlijk", "op"), two whole numbers that make a day and a month
are that date: the order is the one that makes a real day, and when both do, the language's (month
first in English, day first in Dutch). A score ("7/10") or "24/7" stands after no such word.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from .. import dates
from .periods import mark

# The words of due a day and a month may follow: "by 12/31", "tegen 31/12", "deadline 6/30".
DUE_BEFORE_A_DAY: Final = frozenset({"by", "before", "until", "till", "due", "on", "deadline", "tegen", "vóór",
                                     "uiterlijk", "op", "per", "tot", "t/m"})


def day_and_month(found: list[date], tokens, used: list[bool], i: int, lang: str, reference: date) -> bool:
    """Whether the numbers at ``i`` and ``i + 1`` are a day and a month; if so, the next such date on or
    after ``reference`` goes in ``found`` and both are marked used.

    >>> found = []
    >>> tokens = [("word", "by", None), ("num", "12", (12.0, False, None)), ("num", "31", (31.0, False, None))]
    >>> day_and_month(found, tokens, [False] * 3, 1, "en", date(2027, 2, 1)), found
    (True, [datetime.date(2027, 12, 31)])
    """
    if i + 1 >= len(tokens) or tokens[i + 1][0] != "num" or used[i] or used[i + 1]:
        return False
    first, second = _small_whole(tokens[i]), _small_whole(tokens[i + 1])
    if not first or not second or (i + 2 < len(tokens) and tokens[i + 2][0] == "num"):
        return False
    if first > 12:
        day, month = first, second  # "31/12"
    elif second > 12:
        day, month = second, first  # "12/31"
    else:
        day, month = (first, second) if lang == "nl" else (second, first)
    when = dates.next_on_or_after(month, day, reference) if month <= 12 else None
    if when is None:
        return False  # ("31/11": no such day)
    found.append(when)
    mark(used, i, 2)
    return True


def _small_whole(token) -> int:
    """The whole number 1-31 a token writes in digits with no sign, unit or decimals, else 0."""
    _, raw, value = token
    return int(value[0]) if raw.isdigit() and len(raw) <= 2 and not value[1] and not value[2] and 1 <= value[0] <= 31 else 0
