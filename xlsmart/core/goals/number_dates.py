"""Which figure of a pair is the baseline (issue 12; DOMAIN.md R: judged on the target and the baseline).

KPI lines give last year's figure beside this year's target: "Doel 2027: 3 miljoen euro omzet
(2026: 1 miljoen)", "Target 2027: 500 leads (2026: 400)" (:func:`dated_before`); and a figure
with a "to" figure right after it opens a from→to pair, even after a word of change ("churn
omlaag van 6 % naar 2 %", :func:`a_pair`). ``quantities.py`` asks both while it gives roles. A
share to reach is never judged against a count (:func:`share_beside_a_count`). Two figures with the
same unit written after each and "to" between ("$387K MRR to $550K MRR", "400 leden naar 600 leden")
are a from→to pair even without "from" (:func:`unit_on_both_sides`).
"""

from __future__ import annotations

from .. import dates
from .amounts import Number
from .parsed import ParsedGoal


def dated_before(words: list[str], i: int, due: int) -> bool:
    """Issue 12, class "a figure of an earlier year": "Doel 2027: 3 miljoen euro omzet (2026: 1
    miljoen)", "Target 2027: 500 leads (2026: 400)": a figure right after a year before the one the
    goal is due names where the metric stood then. Not after a year that is itself due ("in 2026 500
    klanten, in 2027 800": a schedule) nor a year opening the goal."""
    if i > 2 and words[i - 1] == "s" and words[i - 2].isdigit():
        i -= 1  # ("on 2026's €50 million": the year's possessive)
    if i < 2 or not (len(words[i - 1]) == 4 and words[i - 1].isdigit()) or not 1990 <= int(words[i - 1]) < due:
        return False
    before = words[i - 2]
    return before not in _DUE_BEFORE and not (before.isdigit() and len(before) == 4)


# Words before a year that make it a time the goal is due: "in 2026", "by 2026", "tegen 2026".
_DUE_BEFORE = frozenset({"in", "by", "tegen", "voor", "vóór", "before", "eind", "end", "until", "tot", "uiterlijk",
                         "begin", "medio", "mid", "halverwege", "during", "tijdens", "of", "van"})


def a_pair(tokens, words: list[str], i: int) -> bool:
    """Whether the figure at ``i`` opens a from→to pair: "van 6 % naar 2 %", "of 6% to 2%"."""
    return i + 2 < len(words) and words[i + 1] in _TO and tokens[i + 2][0] == "num"


_TO = frozenset({"to", "naar", "tot"})


def share_beside_a_count(goal: ParsedGoal, numbers: list[Number]) -> None:
    """Issue 12, class "a share beside a count": "over twee jaar moet 25 procent van het aanbod
    duurzaam zijn, nu zijn 80.000 producten gemarkeerd", "5 procent van de markt; een omzet van
    €2,5 miljard. Momenteel … €200 miljoen": a count or an amount above 100 is no baseline of a
    percentage. The target becomes the figure of the baseline's own kind, if the goal gives one
    (€2,5 miljard against €200 miljoen); else the count is no baseline at all.

    >>> goal = ParsedGoal(baseline=80000.0, target=25.0, percent=True)
    >>> share_beside_a_count(goal, [Number(25.0, True, None, 3, "target"), Number(80000.0, False, None, 9, "baseline")])
    >>> goal.baseline, goal.target
    (None, 25.0)
    """
    base = next((num for num in numbers if num.value == goal.baseline and num.role != "target"), None)
    target = next((num for num in numbers if num.role == "target" and num.value == goal.target), None)
    if base is None or target is None or base.percent or not target.percent:
        return
    like = next((num for num in numbers if num is not base and num.role in ("", "other", "baseline")
                 and not num.percent and num.currency == base.currency and num.value > 100), None)
    if like is not None:
        target.role, like.role = "other", "target"
        goal.target, goal.percent = like.value, False
    else:
        base.role = "other"
        goal.baseline = None


def from_then_to(tokens, words: list[str], num: Number) -> bool:
    """Issue 12, class "a table row": two figures of one kind side by side and a signed change
    after them ("Conversion 35% 50% +43%", "CAC €80 €50 -37%") are a table flattened into a line,
    its columns from, to and change; the first is the baseline. Without the change two figures may
    be a range whose dash was dropped ("7%–9 %"), and plain counts are not read so ("2027 500")."""
    j = num.end + 1
    if not (num.percent or num.currency) or j + 1 >= len(tokens) or tokens[j][0] != "num" or (
            tokens[j + 1][0] != "num" or tokens[j + 1][1][:1] not in "+-−") or (num.index and words[num.index - 1] in _TO):
        return False
    _, raw, (_, percent, currency) = tokens[j]
    return percent == num.percent and currency == num.currency and raw[:1] not in "+-−"


def unit_on_both_sides(tokens, words: list[str], num: Number) -> bool:
    """Issue 12, class "a pair without its from": "$387K MRR to $550K MRR", "$83k/mo to $93k/mo",
    "400 leden naar 600 leden": the same unit after both figures, of one kind, with "to"/"naar"
    between, is where the metric stands and where it goes. A range names its unit once ("4,000 to
    6,000 visitors"), and spans of time ("2 weeks to 3 weeks") are left to the deadline readers."""
    j = num.end + 1
    if j + 3 >= len(tokens) or tokens[j][0] != "word" or words[j + 1] not in ("to", "naar") or (
            tokens[j + 2][0] != "num" or words[j + 3] != words[j]) or words[j] in dates.PERIOD_UNITS or (
            num.index and words[num.index - 1] in _TO):
        return False
    _, _, (_, percent, currency) = tokens[j + 2]
    return percent == num.percent and currency == num.currency
