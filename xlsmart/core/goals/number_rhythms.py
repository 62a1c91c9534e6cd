"""Work done at a rhythm, and when a count per period is a target after all (issue 12).

"publish two blog posts per week" is a rhythm of work with no target (DOMAIN.md M: a frequency
is no target); "write 40 blog posts per month" or "jaarlijks 35.000 hectoliter produceren" is a
volume the period must hold, a throughput target. ``settling.py`` asks :func:`work_at_a_rate`
before it drops a target for its rhythm, and :func:`after_a_goal_verb` when it picks the target of several
numbers (a count at a rhythm beside a total is the total's pace: "send 24 campaigns (2 per month)").
"""

from __future__ import annotations

from .. import dates
from ..lexicon.quantity_words import RATE_WORDS, REACH_VERBS, TIMES_WORDS
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


def after_a_goal_verb(words: list[str], loose: list[Number]) -> Number:
    """Of the numbers left, the one a verb of reaching governs ("hit 1,000 downloads … on ten new
    podcasts"); else the last (a lone number beside the metric). A count at a rhythm beside a total
    is the total's pace, not the target ("send 24 campaigns (2 per month)", "€50.000 omzet, €4.000 per
    maand")."""
    if len(loose) > 1:
        for num in loose:
            if num.index > 0 and words[num.index - 1] in REACH_VERBS:
                return num
        paced = [num for num in loose if at_a_pace(words, num)]
        totals = [num for num in loose if num not in paced]
        if paced and totals and all(num.value < totals[-1].value for num in paced):
            return totals[-1]  # (a larger figure per period is the goal's own: "to $3.1 billion per year")
    return loose[-1]


def at_a_pace(words: list[str], num: Number) -> bool:
    """Whether a period's rate follows the number: "2 per month", "3 a week", "40 per maand"."""
    j = num.end + 1 + (num.end + 1 < len(words) and words[num.end + 1] not in RATE_WORDS)  # ("2 posts per week")
    return j + 1 < len(words) and words[j] in RATE_WORDS and words[j + 1] in dates.PERIOD_UNITS
