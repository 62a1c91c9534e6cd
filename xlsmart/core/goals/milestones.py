"""Plan milestones: a unit of time numbered as a step of the plan, written as a label.

Issue 12, class "relative milestones" (DOMAIN.md "Reading real sentences", T: a date or a
period). Marketing plans set their figures per step of the plan rather than per calendar date:
"Week 4: 2,000 sessions", "Month 6: 5.000+ bezoekers", "Kwartaal 3: 20 % meer leads", "Break-even:
maand 4-6", "Month End: 8,500 sessions". The step counts from the plan's start, as "in maand 3" already does, so "week 4" is
four weeks from the start and a range ("maand 4-6") ends with its last step; "month end" is the
end of the month under way. The number names the step: it is never the goal's target.
Closing "the year" with a figure ("close the year with", "het jaar afsluiten met") is due at the
end of this year, as "by year end" is.

An ordinal or a number word names a step too ("First Month Target:", "Eerste jaar:", "Month one:").
Only a label counts: the unit opens the goal or follows a noun, with no preposition, rate word,
determiner or number before it ("per week 2", "this week 30", "5 weeks" say something else), and
the step is small (a week of a year, a month of three years, a year of ten).
"""

from __future__ import annotations

from datetime import date, timedelta

from .. import dates
from ..lexicon.time_words import CLOSING_AFTER_A_YEAR, CLOSING_BEFORE_A_YEAR, LATER_ORDINALS
from ..lexicon.word_classes import names_a_goal
from ..numbers import NUMBER_WORDS, SCALE_WORDS
from .periods import mark

# The units a plan numbers its steps in, and the highest step that is still a step of a plan
# (a year of a ten-year plan; "jaar 2025" is a calendar year, read elsewhere).
_STEP_UNITS = {"week": 52, "wk": 52, "month": 36, "maand": 36, "quarter": 12, "kwartaal": 12, "year": 10, "jaar": 10,
               "day": 365, "dag": 365}  # ("Day 90:" of a 30-60-90 plan)

# What before the unit makes it something other than a label: a rate, a determiner, a preposition
# (those phrases have their own readers in ``deadlines.py``).
_NOT_A_LABEL = frozenset({
    "per", "a", "an", "every", "each", "elk", "elke", "ieder", "iedere", "the", "this", "next", "last", "that", "de", "het", "deze",
    "dit", "die", "volgende", "vorige", "komende", "afgelopen", "one", "één", "een", "in", "by", "of", "van", "voor",
    "vóór", "before", "tegen", "uiterlijk", "eind", "end", "until", "t/m", "tot", "from", "vanaf", "since", "sinds",
    "within", "binnen", "after", "na", "over", "during", "tijdens", "to", "naar", "op", "on", "at", "than", "dan"})

# The units whose end a label names: "Month End:", "Week end:", "Maand einde:".
_ENDS = frozenset({"end", "einde"})

MILESTONE_UNITS = frozenset(_STEP_UNITS)


def plan_milestone(found: list[date], tokens, words: list[str], used: list[bool], i: int, reference: date) -> bool:
    """Whether the unit at ``i`` labels a step of the plan ("Week 4", "maand 4-6", "Month End");
    if so its date goes in ``found`` and its tokens are marked used."""
    if words[i] in ("year", "jaar") and i > 1 and words[i - 1] in _THE_YEAR and _closes_the_year(words, i):
        found.append(date(reference.year, 12, 31))  # "close the year with 800 million", "het jaar afsluiten met"
        return True
    if i > 0 and (nth := _ordinal_label(words, i)):
        found.append(dates.add_period(reference, nth, words[i]))  # "First Month Target:", "Eerste jaar: 200 klanten"
        mark(used, i - 1, 2)
        return True
    if i + 1 >= len(words) or (i > 0 and (words[i - 1] in _NOT_A_LABEL or tokens[i - 1][0] != "word")):
        return False
    unit, (kind, raw, value) = words[i], tokens[i + 1]
    if unit in ("day", "dag") and not a_day_of_the_plan(tokens, words, i):
        return False  # ("Day 7 retention": a window of the measure)
    if words[i + 1] in _ENDS and i == 0:
        found.append(_end_of(unit, reference))
        mark(used, i, 2)
        return True
    if kind == "range":
        step, first = value[0], value[3]
        if value[1] or value[2] or first < 1 or first != int(first):
            return False
    elif kind == "num" and raw.isdigit():
        step = value[0]
    elif kind == "word" and value is not None:
        step = value  # "Month one:", "Year Two goal:": the step in a number word
    else:
        return False
    if not 1 <= step <= _STEP_UNITS[unit] or step != int(step) or (
            i + 2 < len(words) and (words[i + 2] in dates.PERIOD_UNITS or words[i + 2] in SCALE_WORDS)):
        return False  # ("week 2 weeks", "jaar 10 miljard": no label)
    found.append(dates.add_period(reference, step, unit))
    mark(used, i, 2)
    return True


_THE_YEAR = frozenset({"the", "this", "het", "dit"})


def a_day_of_the_plan(tokens, words: list[str], i: int) -> bool:
    """Whether "day N" at ``i`` is a day of the plan ("Day 90: 200 customers", "by day 30"), not a window
    the measure is taken over ("Day 7 retention", "day 30 active users"): nothing, a figure, a goal
    word or a word that opens a clause follows its number."""
    j = i + 2
    return j >= len(words) or tokens[j][0] != "word" or names_a_goal(words[j]) or words[j] in _AFTER_A_DAY


_AFTER_A_DAY = frozenset({"we", "i", "ik", "wij", "our", "onze", "ons", "to", "om", "with", "met", "and", "en", "the",
                          "de", "het", "a", "een", "should", "moet", "must", "will", "zal", "reach", "bereik", "have"})


def _ordinal_label(words: list[str], i: int) -> int:
    """Issue 12, class "a plan step named by an ordinal": "First Month Target: close 1 customer",
    "Eerste jaar: 200 nieuwe klanten", "KR2 second month: 40 demos": an ordinal right before a week,
    month or year that opens the goal or follows a label word, as "Month 1:" is; 0 when it is not so.
    (After "the", "in", "my", a preposition or a determiner, "the first year" is read in ``deadlines.py``;
    a quarter after an ordinal is the calendar's, "the second quarter".)"""
    before = words[i - 1]
    nth = dates.ORDINALS.get(before) or LATER_ORDINALS.get(before, 0)
    if not nth or before in ("last", "laatste") or words[i] in ("quarter", "kwartaal") or nth > _STEP_UNITS[words[i]]:
        return 0
    after = words[i + 1] if i + 1 < len(words) else ""
    if after and not (after[:1].isdigit() or names_a_goal(after)) and after not in NUMBER_WORDS:
        return 0  # ("First year students: …", "first-month sales": a cohort or a window, not a step; the label has its figure)
    return nth if i == 1 or (words[i - 2] not in _NOT_A_LABEL and words[i - 2] not in _POSSESSIVES) else 0


_POSSESSIVES = frozenset({"my", "our", "its", "their", "your", "mijn", "ons", "onze", "hun", "jouw", "uw", "zijn", "haar"})


def _closes_the_year(words: list[str], i: int) -> bool:
    """Issue 12, class "closing the year with a figure" (DOMAIN.md T: "by year end"): "close the
    year with", "finish this year at", "het jaar afsluiten met", "het jaar af te kunnen sluiten",
    "we sluiten het jaar af met": a verb of closing around "the year" at ``i`` (no year number)."""
    if words[i - 2] in CLOSING_BEFORE_A_YEAR:
        return True
    after = words[i + 1:i + 5]
    if "af" in after:  # a split verb: "het jaar af te sluiten", "we sluiten het jaar af" ("af en toe" is none)
        return not _SPLIT_CLOSING.isdisjoint(after) or words[i - 2] in _SPLIT_CLOSING
    return not CLOSING_AFTER_A_YEAR.isdisjoint(after)


_SPLIT_CLOSING = frozenset({"sluiten", "sluit", "ronden", "rondt"})


def _end_of(unit: str, reference: date) -> date:
    """The end of the week or month under way at ``reference``."""
    if unit in ("week", "wk"):
        return reference + timedelta(days=6 - reference.weekday())
    return dates.end_of_month(reference.year, reference.month)
