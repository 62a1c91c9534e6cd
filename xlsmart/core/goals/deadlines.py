"""Deadlines: the date or period by which a goal is due, read from its tokens.

Dates ("31-12-2027", "1 mei", "December 31, 2027"), months without a year ("in November"),
quarters and halves ("Q3", "het tweede kwartaal"), periods ("binnen zes maanden", "during a
six-month campaign", "the next couple of months"), ends ("by year end", "eind 2027", "this
fiscal year"), spans ("between 2017 and 2018", "June 1-30"), seasons, weeks and "year three". A
comparison ("than last year", "t.o.v. 2024") is no deadline, and a rate ("per month") is
reported only when nothing else gives one.

This module finds where a deadline is written; ``periods.py`` works out where a period ends.
The word tables are in ``lexicon/time_words.py``.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .. import dates
from ..lexicon.quantity_words import FACTOR_WORDS
from ..lexicon.time_words import (
    AMOUNT_LINKS,
    BEFORE_WORDS,
    DEADLINE_WORDS,
    EDGES,
    HOLIDAY_PREP,
    LATER_ORDINALS,
    LONG,
    MID_WORDS,
    MONTH_PREP,
    NEXT_WORDS,
    NUMBERED_TERMS,
    PERIOD_FIRST_WORDS,
    SPAN_LINKS,
    SPANS,
    TERMS,
    THIS_WORDS,
    WEEK_PREP,
    YEAR_PREP,
)
from ..lexicon.word_classes import PHRASE_BREAKS, names_a_goal
from .milestones import MILESTONE_UNITS, a_day_of_the_plan, plan_milestone
from .not_due import at_a_rhythm, defines_the_metric, is_reference, opens_a_start, rate_only
from .period_day_month import DUE_BEFORE_A_DAY, day_and_month
from .period_events import event_deadline
from .period_lengths import names_a_length, plan_length, time_to_act, value_of
from .period_parts import whole_period
from .periods import (
    FROM_A_POINT,
    as_year,
    edge_of,
    mark,
    period_after,
    period_end,
    stretch_from_a_point,
    until_a_year,
    year_after,
)

if TYPE_CHECKING:
    from .parsed import ParsedGoal


def find_deadline(goal: ParsedGoal, tokens, words, used, reference: date) -> None:
    """The goal's deadline (the latest date or period end found) and start (an earlier one), or
    a rate ("per month") when nothing gives one; marks in ``used`` the tokens it takes."""
    found: list[date] = []
    starts: list[date] = []  # what opens after "vanaf", "from", "starting": when it begins, not ends
    units = dates.PERIOD_UNITS  # (looked up once, not for every word)
    for i, (kind, word, value) in enumerate(tokens):
        # ("to" is a word of time only in "five weeks to go"; "from 100 to 200" is the common "to")
        if kind == "word" and (word not in DEADLINE_WORDS or (word == "to" and words[i + 1:i + 2] != ["go"])):
            if ("-" in word or word[:2] == "fy") and not used[i]:
                _glued_deadline(found, tokens, words, used, i, reference)
            elif word in units and i > 0 and (names_a_length(words, i) or time_to_act(words, i)):
                plan_length(found, tokens, used, i, reference)  # "our 90-day plan", "has 29 days to …"
            continue  # most words have nothing to do with time
        if kind == "num" and i and words[i - 1] in DUE_BEFORE_A_DAY and day_and_month(found, tokens, used, i, goal.lang, reference):
            continue  # "by 12/31", "tegen 31/12": a day and a month, written with a slash the tokens lose
        if used[i] or (kind == "num" and not (1990 <= abs(value[0]) <= 2100 or (
                i + 1 < len(words) and words[i + 1] in dates.MONTHS))):
            continue  # (and most numbers are neither a year nor a day before its month)
        before = len(found)
        _deadline_at(goal, found, tokens, words, used, i, reference)
        if len(found) > before and opens_a_start(words, i):
            starts += found[before:]
            del found[before:]
    if starts and not at_a_rhythm(words) and any(
            (kind == "num" and not used[j]) or (kind == "word" and (value is not None or word in FACTOR_WORDS))
            for j, (kind, word, value) in enumerate(tokens)):
        found += starts  # "vanaf 2030 gebruiken we 50% minder": from then on, the level holds
        starts = []  # (with no figure, "vanaf 2022 zal het aantal toenemen" says when a trend starts)
    if not found and (event := event_deadline(words, reference) or whole_period(words, reference)) is not None:
        found.append(event)  # "before the end of our campaign", "voor het hele jaar": an event or a whole period
    if found:
        goal.deadline = max(found)
        if (starts or len(found) > 1) and min(found + starts) < goal.deadline:
            goal.start = min(found + starts)
    else:
        goal.start = min(starts) if starts else None
        goal.rate_only = rate_only(words)


def _deadline_at(goal: ParsedGoal, found: list[date], tokens, words, used, i: int, reference: date) -> None:
    """The deadline a word of time, a number, a range or a date at ``i`` writes, if any."""
    kind, word, value = tokens[i]
    if kind == "word":
        if word in MILESTONE_UNITS and plan_milestone(found, tokens, words, used, i, reference):
            return  # "Week 4: 2,000 sessions", "Break-even: maand 4-6": a step of the plan
        if word not in dates.MONTHS or not _month_deadline(found, tokens, words, used, i, reference):
            _word_deadline(found, tokens, words, used, i, reference)
    elif kind in ("ord", "num"):  # (``find_deadline`` let through only a year or a day before its month)
        _number_deadline(goal, found, tokens, words, used, i, reference)
    elif kind == "range" and 1990 <= value[3] < value[0] <= 2100 and value[3] == int(value[3]) and not is_reference(words, i):
        found.append(date(int(value[0]), 12, 31))  # "2025-2030": the span ends with its last year
        used[i] = True
    elif kind == "date":
        if not is_reference(words, i):
            found.append(value)
        used[i] = True
    elif kind == "baddate":
        goal.invalid_dates.append(word)
        used[i] = True


def _glued_deadline(found: list[date], tokens, words: list[str], used: list[bool], i: int, reference: date) -> None:
    """A deadline glued into one word: "FY25", "end-December", "mid-2027", "a six-month campaign"."""
    word = words[i]
    if word[:2] == "fy" and word[2:].isdigit() and len(word) in (4, 6):
        found.append(date(dates.full_year(int(word[2:])), 12, 31))  # "by FY25", "in FY2027"
        used[i] = True
        return
    if word == "fy" and i and words[i - 1] in ("of", "by", "this", "current", "the", "dit", "het", "einde", "eind"):
        found.append(date(reference.year, 12, 31))  # "by end of FY", "this FY": the fiscal year under way
        return
    if "-" not in word:
        return
    if len(word) == 5 and word[0] in "qh" and word[2] == "-" and word[3] == word[0] and (
            when := period_end(tokens, words, i, used, reference)) is not None:
        found.append(when)  # "Q1-Q4: 2,000 leads", "H1-H2": the span ends with its last part
        return
    if word.partition("-")[0] in EDGES:
        when = edge_of(word, reference)  # "by end-December", "end-2021", "mid-2027"
        if when is not None:
            found.append(when)
            used[i] = True
            return
    head, _, tail = word.partition("-")
    if tail == "long" and head in dates.PERIOD_UNITS and i + 1 < len(words) and words[i + 1] in SPANS:
        found.append(dates.add_period(reference, 1, head))  # "this month-long campaign"
        return
    if i + 1 < len(words) and (words[i + 1] in SPANS or names_a_goal(words[i + 1]) or (
            i + 2 < len(words) and words[i + 2] in SPANS)):
        when = period_after(tokens, words, i - 1, used, reference) if i else None
        if when is not None:
            found.append(when)  # "a six-month campaign", "a five-year growth plan", "een driemaandelijkse-actie"


def _month_deadline(found: list[date], tokens, words: list[str], used: list[bool], i: int, reference: date) -> bool:
    """A month as a deadline ("juni 2027", "December 21", "in November"); False when the month
    stands where it makes none."""
    if i + 1 < len(words) and tokens[i + 1][0] in ("num", "ord", "range"):
        when = _month_then_number(tokens, i, used, reference)
        if when and not is_reference(words, i):
            found.append(when)
        return True
    if i > 0 and words[i - 1] in MONTH_PREP and not is_reference(words, i):
        # "in November", "by May", "between January and June": the end of the next such month
        month = dates.MONTHS[words[i]]
        year = _year_of_span(tokens, words, i)
        end = dates.end_of_month(year or reference.year, month)
        found.append(end if year or end >= reference else dates.end_of_month(reference.year + 1, month))
        used[i] = True
        return True
    return False


def _word_deadline(found: list[date], tokens, words: list[str], used: list[bool], i: int, reference: date) -> None:
    """A deadline a word of time opens: "year three", "by Memorial Day", "deze kabinetsperiode",
    "zes weken lang", "week 16", "five weeks left", or a period ("Q3", "binnen zes maanden")."""
    word = words[i]
    if word in ("new", "nieuwe") and 1 < i < len(words) - 1 and words[i - 1] in ("het", "the") and (
            words[i + 1] in ("jaar", "year") and words[i - 2] in ("in", "during", "gedurende", "tijdens")):
        found.append(date(reference.year + 1, 12, 31))  # "in het nieuwe jaar": the year that comes next
        mark(used, i, 2)
    elif word in _MOST_STEPS and i > 0 and (nth := _nth_year(tokens, words, i)):
        # "by end of year three", "in my first year blogging", "in het tweede jaar": the Nth year from now
        found.append(dates.add_period(reference, nth, word))
        mark(used, i, 1 + (i + 1 < len(words) and value_of(tokens[i + 1]) == nth))  # ("year three": no count)
    elif word in dates.HOLIDAY_FIRST_WORDS and _holiday_prep(words, i):
        found_day = dates.holiday_at(words, i, reference)  # "by Memorial Day", "voor de kerst"
        if found_day is not None:
            if words[i - 1] not in ("from", "vanaf", "between", "tussen"):  # ("from Thanksgiving": a start)
                found.append(found_day[0])
            mark(used, i, found_day[1])
    elif word in TERMS and i > 0 and (words[i - 1] in THIS_WORDS or words[i - 1] in NEXT_WORDS):
        # "deze kabinetsperiode", "this term", "komend seizoen", "dit blok": a term under way or the next
        found.append(dates.add_period(reference, TERMS[word] * (2 if words[i - 1] in NEXT_WORDS else 1), "years"))
    elif word in TERMS and (one := _one_term(words, i)):
        # "in one growing season", "binnen één seizoen", "within a single semester": one term from now
        found.append(dates.add_period(reference, TERMS[word], "years"))
        mark(used, one, i - one + 1)
    elif word in dates.PERIOD_UNITS and i > 0 and names_a_length(words, i):
        plan_length(found, tokens, used, i, reference)  # "a 12-month goal" (a unit that is a word of time too)
    elif word in NUMBERED_TERMS and i + 1 < len(words) and (count := value_of(tokens[i + 1])) and count <= 12:
        mark(used, i, 2)  # "(blok 4)", "semester 2": the number names the term, it is no target
    elif word in ("within", "binnen") and defines_the_metric(words, i):
        # The window belongs to the measure; beside another figure ("95% of orders shipped within 2
        # days") its count is no target, alone ("binnen 10 werkdagen afhandelen") it is the ceiling.
        window = next((j for j in range(i + 1, min(i + 4, len(tokens))) if value_of(tokens[j])), -1)
        if window > 0 and any(kind == "num" and j != window for j, (kind, _, _) in enumerate(tokens)):
            used[window] = True
    elif not (word in _LENGTH_WORDS and _length_deadline(found, tokens, words, used, i, reference)) and (
            word in PERIOD_FIRST_WORDS and not is_reference(words, i)):
        when = period_end(tokens, words, i, used, reference)
        if when is not None:
            found.append(when)


# The words that can end a stretch counted out (a quick test before :func:`_length_deadline`).
_LENGTH_WORDS = LONG | FROM_A_POINT | {"week", "wk", "left", "remaining", "resterend", "to"}


def _length_deadline(found: list[date], tokens, words: list[str], used: list[bool], i: int, reference: date) -> bool:
    """A stretch of time counted out: "zes weken lang", "vijf jaar de tijd", "in week 12", "five
    weeks left"; False when the word at ``i`` opens none of these."""
    word, n = words[i], len(words)
    if word in LONG and i > 1 and (words[i - 1] in dates.PERIOD_UNITS or (
            word == "tijd" and words[i - 1] == "de" and i > 2 and words[i - 2] in dates.PERIOD_UNITS)):
        # "zes weken lang", "vijf jaar de tijd", Flemish "op 5 jaar tijd" (the amount is no target)
        at = i - 2 if words[i - 1] == "de" else i - 1
        amount = value_of(tokens[at - 1]) if at > 0 else None
        if amount and 0 < amount <= 120:
            found.append(dates.add_period(reference, amount, words[at]))
            first = at - 3 if at > 2 and words[at - 2] in AMOUNT_LINKS and value_of(tokens[at - 3]) else at - 1
            mark(used, first, i - first + 1)  # ("vijf tot zes weken lang": both ends)
        return True
    if word in ("week", "wk") and i > 0 and words[i - 1] in WEEK_PREP and i + 1 < n and (
            week := _week_number(tokens[i + 1])):
        # "by the end of week 16", "in week 12": the Sunday that ends that week
        found.append(date.fromisocalendar(reference.year, week, 7))
        mark(used, i, 2)
        return True
    if word in ("left", "remaining", "resterend", "to") and i > 1 and words[i - 1] in dates.PERIOD_UNITS and (
            word != "to" or (i + 1 < n and words[i + 1] == "go")):
        amount = value_of(tokens[i - 2])
        if amount:
            found.append(dates.add_period(reference, amount, words[i - 1]))  # "five weeks left"
        return True
    when = stretch_from_a_point(tokens, words, i, used, reference) if word in FROM_A_POINT else None
    if when is not None:
        found.append(when)  # "one year from now", "nine months into the year", "by midyear"
    return when is not None


def _number_deadline(goal: ParsedGoal, found: list[date], tokens, words: list[str], used: list[bool], i: int,
                     reference: date) -> None:
    """A number or ordinal as (part of) a deadline: "21 december", "3e kwartaal", "in 2027"."""
    kind, word, value = tokens[i]
    n = len(words)
    if i + 1 < n and words[i + 1] in dates.MONTHS and (day := _day_of(tokens[i])):
        _number_then_month(goal, found, tokens, words, i, used, reference, day)
    elif kind == "ord":
        if word in PERIOD_FIRST_WORDS:
            when = period_end(tokens, words, i, used, reference)
            if when is not None:
                found.append(when)
    elif 1990 <= abs(value[0]) <= 2100:  # might be a year; most numbers are not
        year = as_year(tokens[i])
        if year and (part := _part_of_year(words, i)) and not is_reference(words, i):
            found.append(date(year, *part))  # "halverwege 2018", "by mid 2027": the first half's end
            used[i] = True
        elif year and _due_in_year(tokens, words, i) and not is_reference(words, i):
            # ("2015: 250 miljoen euro omzet" opens with the year it is due; "by its 2021
            # financial year"; "de doelstelling voor 2020" is for 2020, not before it)
            before = words[i - 1] in BEFORE_WORDS and not (i > 1 and names_a_goal(words[i - 2]))
            found.append(dates.date(year - 1 if before else year, 12, 31))
            used[i] = True
            if (start := _span_start(tokens, words, i)) >= 0:
                used[start] = True  # ("2021 t/m 2023": the first year is no count either)
        elif year and is_reference(words, i):
            used[i] = True


def _due_in_year(tokens, words: list[str], i: int) -> bool:
    """Whether the year at ``i`` is when the goal is due: after "in", "by", "tegen", at a span's
    end, opening the goal ("2015: …"), or before "fiscal" or a goal noun ("2021 financial year")."""
    n = len(words)
    if i + 2 < n and words[i + 1] in ("to", "naar", "richting", "towards") and tokens[i + 2][0] == "num" and as_year(
            tokens[i + 2]) is None:
        return False  # "from 2000 to 3500 followers": a count, not a year
    if i + 2 < n and words[i + 1] in _NAMING_VERBS and ("jaar" in words[i + 2:i + 5] or "year" in words[i + 2:i + 5]):
        return True  # "2023 wordt het jaar waarin …", "2027 will be the year we …", "make 2027 the year"
    if i > 2 and words[i - 1] == "naar" and words[i - 2] == "weg":
        return True  # "op weg naar 2030", "de weg naar 2030": the year the road leads to
    if i > 1 and words[i - 1] in ("van", "of") and (words[i - 2] in ("loop", "verloop", "course") or names_a_goal(
            words[i - 2])):
        return True  # "in de loop van 2019", "in the course of 2027", "om het doel van 2028 te halen"
    if i > 1 and words[i - 1] == "to" and tokens[i - 2][0] == "word" and (i + 1 == n or words[i + 1] in PHRASE_BREAKS) and (
            not _KEEP_VERBS.isdisjoint(words[:i])):
        return True  # "maintain water use below 2015 levels to 2025": kept until then (not "grow members to 2025")
    return (i > 0 and (words[i - 1] in YEAR_PREP or _ends_a_span(tokens, words, i) or until_a_year(words, i))) or (
        i == 0 and n > 1 and tokens[1][0] != "word") or (
        i + 1 < n and (words[i + 1] in ("financial", "fiscal", "boekjaar") or names_a_goal(words[i + 1])))


# Verbs that hold a level over a time: "maintain … to 2025", "keep … to 2030".
_KEEP_VERBS = frozenset({"maintain", "maintains", "keep", "keeps", "sustain", "sustains", "hold", "holds"})

# Verbs that make a year the goal's own: "2023 wordt het jaar waarin", "2027 is the year", "make 2027 the year".
_NAMING_VERBS = frozenset({"wordt", "is", "will", "moet", "becomes", "the", "het", "must", "should"})


def _one_term(words: list[str], i: int) -> int:
    """Where "in one (growing) season", "binnen één seizoen" opens (its count), the term at ``i``
    after an intro word and a count of one, with at most one word between; 0 when it is not so."""
    j = i - 1 if i > 1 and words[i - 1] in _ONE and words[i - 1] != "single" else i - 2
    return j if j > 0 and words[j] in _ONE and words[j - 1] in ("in", "within", "binnen", "over", "during") else 0


_ONE = frozenset({"one", "a", "een", "één", "single"})


def _part_of_year(words: list[str], i: int) -> tuple[int, int] | None:
    """The end of the part of the year at ``i`` a goal is due in: the middle ("halverwege 2018",
    30 June) or the start ("begin 2023", "early 2027", "the beginning of 2027": 31 March)."""
    if _mid_year(words, i):
        return 6, 30
    before = words[i - 1] if i else ""
    if before in ("of", "van") and i > 1:
        before = words[i - 2]
    if before == "late":
        return 12, 31  # "by late 2027", "in late 2027": the year's end
    return (3, 31) if before in ("begin", "early", "beginning", "start", "begint") else None


def _mid_year(words: list[str], i: int) -> bool:
    """"halverwege 2018", "medio 2027", "by mid 2027", "the middle of 2027", "halfway through 2027"."""
    before = words[i - 1] if i else ""
    return before in MID_WORDS or (i > 1 and before in ("of", "van", "through") and words[i - 2] in MID_WORDS)


def _holiday_prep(words: list[str], i: int) -> bool:
    j = i - 1
    while j >= 0 and words[j] in ("the", "de", "het", "this", "dit", "deze", "next", "komende", "aankomende", "of"):
        j -= 1
    return j >= 0 and words[j] in HOLIDAY_PREP


def _nth_year(tokens, words: list[str], i: int) -> int | None:
    """"year three", "year 2" or "(my) first year", after "in", "by" or "end of": which year it is."""
    before = words[i - 1]
    nth = dates.ORDINALS.get(before) or LATER_ORDINALS.get(before) or (
        tokens[i - 1][2] if tokens[i - 1][0] == "ord" else None)  # ("het 10e jaar", "the fifth year")
    if nth and before not in ("last", "laatste") and i > 1 and nth <= _MOST_STEPS[words[i]] and (
            words[i - 2] in ("my", "our", "the", "het", "mijn", "ons", "onze", "its") or words[i - 2] in WEEK_PREP):
        return int(nth)
    if i + 1 < len(words) and words[i - 1] in WEEK_PREP:
        count = value_of(tokens[i + 1])  # "by year 3", "by Month 12", "by day 30" (not "of day 30 retention")
        if count and count == int(count) and 1 <= count <= _MOST_STEPS[words[i]] and tokens[i + 1][1].isalnum() and (
                words[i] not in ("day", "dag") or a_day_of_the_plan(tokens, words, i)):
            return int(count)
    return None


# How far a plan counts its steps: up to year 10 ("het 10e jaar"), month 36 ("by Month 18").
_MOST_STEPS = {"year": 10, "jaar": 10, "quarter": 12, "kwartaal": 12, "month": 36, "maand": 36, "day": 365, "dag": 365}


def _week_number(token) -> int | None:
    kind, raw, value = token
    if kind == "num" and raw.isdigit() and 1 <= value[0] <= 52:
        return int(value[0])
    return None


def _year_of_span(tokens, words: list[str], i: int) -> int | None:
    """"between September and December 2015": the year written after the span's last month."""
    if i + 3 < len(words) and words[i + 1] in SPAN_LINKS and words[i + 2] in dates.MONTHS:
        return as_year(tokens[i + 3])
    return None


def _ends_a_span(tokens, words: list[str], i: int) -> bool:
    """"between 2017 and 2018", "tussen 2020 en 2030", "the 2025 to 2028 period": the last year."""
    return _span_start(tokens, words, i) >= 0


def _span_start(tokens, words: list[str], i: int) -> int:
    """Where the first year of a span ending at ``i`` stands ("2021 tot en met 2023", "2021 t/m
    2023", "between 2017 and 2018"); -1 when the year at ``i`` ends none."""
    if i > 3 and words[i - 3:i] == ["tot", "en", "met"]:
        start = i - 4  # "in de jaren 2021 tot en met 2023"
    elif i > 2 and words[i - 2:i] == ["t", "m"]:
        start = i - 3  # "2021 t/m 2023"
    elif i > 1 and words[i - 1] in SPAN_LINKS:
        start = i - 2
    elif i > 0 and (first := as_year(tokens[i - 1])) is not None and first < (as_year(tokens[i]) or 0):
        start = i - 1  # "in de periode 2018 – 2021": a spaced dash leaves no token between the years
    else:
        return -1
    return start if as_year(tokens[start]) is not None else -1


def _number_then_month(goal: ParsedGoal, found: list[date], tokens, words, i: int, used, reference: date,
                       day: int) -> None:
    """'21 december (2026)', '1 mei': the ``day``, a month and perhaps a year."""
    year, width = year_after(tokens, i + 2)
    month = dates.MONTHS[words[i + 1]]
    when = dates.safe_date(year, month, day) if year else dates.next_on_or_after(month, day, reference)
    if when is None:
        goal.invalid_dates.append(" ".join(words[i : i + 2 + width]))
    elif not is_reference(words, i):
        found.append(when)
    mark(used, i, 2 + width)


def _month_then_number(tokens, i: int, used, reference: date) -> date | None:
    """'juni 2027' (the end of that month) or 'December 21, 2026'; None for 'mei 45'."""
    month = dates.MONTHS[tokens[i][1]]
    year_here = as_year(tokens[i + 1])
    if year_here:
        mark(used, i, 2)
        return dates.end_of_month(year_here, month)
    day = _day_of(tokens[i + 1])
    if tokens[i + 1][0] == "range" and 1 <= tokens[i + 1][2][0] <= 31 and tokens[i + 1][2][0] == int(tokens[i + 1][2][0]):
        day = int(tokens[i + 1][2][0])  # "June 1-30": the span ends on its last day
    if not day:
        return None
    year, width = year_after(tokens, i + 2)
    mark(used, i, 2 + width)
    return dates.safe_date(year, month, day) if year else dates.next_on_or_after(month, day, reference)


def _day_of(token) -> int | None:
    kind, _, value = token
    if kind == "ord":
        return value if 1 <= value <= 31 else None
    if kind == "num":
        number, percent, currency = value
        if not percent and not currency and number == int(number) and 1 <= number <= 31 and "." not in token[1] and "," not in token[1]:
            return int(number)
    return None
