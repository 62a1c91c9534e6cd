"""Work done at a rhythm, and when a count per period is a target after all (issue 12).

"publish two blog posts per week" is a rhythm of work with no target (DOMAIN.md M: a frequency
is no target); "write 40 blog posts per month" or "jaarlijks 35.000 hectoliter produceren" is a
volume the period must hold, a throughput target. ``settling.py`` asks :func:`work_at_a_rate`
before it drops a target for its rhythm.
"""

from __future__ import annotations

from .. import dates
from ..lexicon.quantity_words import RATE_WORDS, TIMES_WORDS
from ..lexicon.word_classes import ACTIVITY_VERBS, RHYTHM_WORDS
from .amounts import Number


def _a_volume(words: list[str], numbers: list[Number]) -> bool:
    """Issue 12, class "a volume per period": "write 40 blog posts per month", "jaarlijks 35.000
    hectoliter produceren", "devote 40 hours a month", "earn an additional $50 per month" commit to
    how much work or output a period holds, a throughput target (DOMAIN.md M: a count is a number
    for the target). A frequency says how often a thing is done, a handful of times a period
    ("twice a week", "3 posts a week", "one call a day"): under ten, and no money, it stays a rhythm."""
    pick = next((num for num in numbers if num.role == "target"), None)
    if pick is None or any(num.index < pick.index and num.value < 10 and not num.role for num in numbers):
        return False  # ("write one long-form article (1,500+ words) each week": one a week; the 1,500 sizes it)
    if pick.end + 1 < len(words) and words[pick.end + 1] in TIMES_WORDS:
        return False  # ("send mailings each week 10 times": how often, however many)
    return pick.currency is not None or (pick.value >= 10 and pick.value == int(pick.value))


def work_at_a_rate(words: list[str], used: list[bool], numbers: list[Number]) -> bool:
    """Work done at a rhythm ("publish 3 posts per month", "wekelijks 1 post publiceren"; but "in
    een jaar" is the period the deadline took), unless its count is a volume ("40 posts a month").

    >>> work_at_a_rate(["publish", "3", "posts", "per", "month"], [False] * 5, [])
    True
    """
    if ACTIVITY_VERBS.isdisjoint(words) or _a_volume(words, numbers):
        return False
    if not RHYTHM_WORDS.isdisjoint(words):
        return True
    return any(word in RATE_WORDS and words[i + 1] in dates.PERIOD_UNITS and not used[i + 1]
               for i, word in enumerate(words[:-1]))
