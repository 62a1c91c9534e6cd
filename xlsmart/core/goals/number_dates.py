"""Which figure of a pair is the baseline (issue 12; DOMAIN.md R: judged on the target and the baseline).

KPI lines give last year's figure beside this year's target: "Doel 2027: 3 miljoen euro omzet
(2026: 1 miljoen)", "Target 2027: 500 leads (2026: 400)" (:func:`dated_before`); and a figure
with a "to" figure right after it opens a from→to pair, even after a word of change ("churn
omlaag van 6 % naar 2 %", :func:`a_pair`). ``quantities.py`` asks both while it gives roles.
"""

from __future__ import annotations


def dated_before(words: list[str], i: int, due: int) -> bool:
    """Issue 12, class "a figure of an earlier year": "Doel 2027: 3 miljoen euro omzet (2026: 1
    miljoen)", "Target 2027: 500 leads (2026: 400)": a figure right after a year before the one the
    goal is due names where the metric stood then. Not after a year that is itself due ("in 2026 500
    klanten, in 2027 800": a schedule) nor a year opening the goal."""
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
