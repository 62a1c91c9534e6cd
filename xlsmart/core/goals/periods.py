"""Periods: the end of a stretch of time a goal names, counted from the reference day.

Quarters and halves ("Q3", "H1 2027", "het tweede kwartaal"), a year's end, seasons ("voor de
zomer"), ends ("eind 2027", "end of June"), this or the next ("volgend jaar", "this quarter") and
stretches ("binnen zes maanden", "in the next 4 to 5 years", "during a six-month campaign").
``deadlines.py`` finds where a period opens; this module works out where it ends.
"""

from __future__ import annotations

from datetime import date

from .. import dates
from ..lexicon.time_words import (
    AMOUNT_LINKS,
    ARTICLES_BEFORE_HALF,
    CLOSING_AFTER_A_YEAR,
    CLOSING_BEFORE_A_YEAR,
    EDGES,
    END_FILLERS,
    END_WORDS,
    HOUR_UNITS,
    MID_WORDS,
    NEXT_WORDS,
    NOW_WORDS,
    PERIOD_FILLERS,
    PERIOD_INTRO,
    SEASON_OPENERS,
    SEASONS,
    SINGULAR_UNITS,
    SPANS,
    TERMS,
    THIS_PERIOD_INTRO,
    THIS_WORDS,
    YEAR_END_WORDS,
)
from ..lexicon.word_classes import PHRASE_BREAKS, names_a_goal
from ..numbers import NUMBER_WORDS, word_number

_POSSESSIVES = frozenset({"our", "onze", "its", "their", "hun"})


def mark(used: list[bool], start: int, width: int) -> None:
    for j in range(start, min(start + width, len(used))):
        used[j] = True


def edge_of(word: str, reference: date) -> date | None:
    """The date a glued edge word names: "end-December", "mid-2027", "begin-2025"; None for others."""
    edge, _, rest = word.partition("-")
    if rest in dates.MONTHS:
        month = dates.MONTHS[rest]
        end = dates.end_of_month(reference.year, month)
        when = end if end >= reference else dates.end_of_month(reference.year + 1, month)
        return when if EDGES[edge] == "end" else when.replace(day=15 if EDGES[edge] == "mid" else 1)
    if rest.isdigit() and len(rest) == 4 and 1990 <= int(rest) <= 2100:
        year = int(rest)
        return date(year, {"end": 12, "mid": 6, "start": 3}[EDGES[edge]], 30 if EDGES[edge] == "mid" else 31)
    return None


def as_year(token) -> int | None:
    kind, raw, value = token
    if kind != "num":
        return None
    number, percent, currency = value
    number = abs(number)
    if percent or currency or not 1990 <= number <= 2100 or number != int(number):
        return None
    return int(number) if raw.lstrip("-+").isdigit() else None


def year_after(tokens, j: int) -> tuple[int | None, int]:
    if j < len(tokens):
        year = as_year(tokens[j])
        if year:
            return year, 1
    return None, 0


def period_end(tokens, words, i: int, used, reference: date) -> date | None:
    """The end of the period that opens at ``i``: a quarter or half ("Q3", "tweede kwartaal"), a
    year's end, a season, an end ("eind 2027"), this or the next ("volgend jaar"), or a stretch
    counted from the reference day ("binnen zes maanden")."""
    word = words[i]
    if word[0] in "qh" or word in dates.ORDINALS or word[:3] in ("eoq", "eoh"):
        quarter = _quarter(tokens, words, i, used, reference)
        if quarter is not None:
            return quarter
    if word in YEAR_END_WORDS:
        return date(reference.year, 12, 31)
    if word in ("eoq", "eom"):  # the end of the quarter or month under way
        return _THIS_PERIOD_UNITS["quarter" if word == "eoq" else "month"](reference)
    if word in SEASONS and i > 0 and words[i - 1] in SEASON_OPENERS and (words[i - 1] not in _POSSESSIVES or (
            i + 1 < len(words) and (names_a_goal(words[i + 1]) or words[i + 1] in SPANS))):
        # "this summer", "voor de zomer", "in het najaar", "our fall goal": the end of the next such
        # season (but "our Fall attendance" names a measure: the season says which, not by when)
        month = SEASONS[word]
        end = dates.end_of_month(reference.year, month)
        return end if end >= reference else dates.end_of_month(reference.year + 1, month)
    if word in END_WORDS:
        return _end_of(tokens, words, i, used, reference)  # "eind 2027", "end of June", "eind van het jaar"
    if word in THIS_WORDS or word in NEXT_WORDS:
        when = _this_or_next(words, i, reference)
        if when is not None:
            return when
    # "binnen acht maanden", "within three weeks", "in de komende drie maanden", "over 6 weken"
    if word in PERIOD_INTRO:
        return period_after(tokens, words, i, used, reference)
    return None


def _quarter(tokens, words, i: int, used, reference: date) -> date | None:
    """"Q1-26", "q3-2027", "Q3", "Q4 2027", "H1", "Q1-Q4", "tweede kwartaal", "second quarter (of 2027)"."""
    word = words[i]
    n = len(words)
    nxt = words[i + 1] if i + 1 < n else ""
    if len(word) == 4 and word[:2] == "eo":
        word = word[2:]  # "EOQ3", "EOH1": the end of that quarter or half
    if len(word) == 5 and word[2] == "-" and word[3] == word[0] and word[1] < word[4] <= "4":
        word = word[3:]  # (issue 12) "Q1-Q4", "H1-H2": a span of the plan's parts ends with its last part
    if len(word) in (5, 7) and word[0] == "q" and word[1] in "1234" and word[2] in "-'’" and word[3:].isdigit():
        return dates.end_of_quarter(dates.full_year(int(word[3:])), int(word[1]))  # with its year glued on
    if len(word) == 2 and word[0] in "qh" and word[1] in "1234":
        part = int(word[1])
        if word[0] == "h" and part > 2:
            return None
        year, width = year_after(tokens, i + 1)
        year = year or reference.year
        used[i] = True
        mark(used, i + 1, width)
        end = dates.end_of_quarter(year, part) if word[0] == "q" else dates.end_of_quarter(year, part * 2)
        if width == 0 and end < reference:
            end = dates.end_of_quarter(year + 1, part) if word[0] == "q" else dates.end_of_quarter(year + 1, part * 2)
        return end
    if word in ("eerste", "tweede", "first", "second") and nxt in ("half", "helft", "jaarhelft") and (
            half := _half_of_a_year(tokens, words, i + 2, reference)) is not None:
        mark(used, i, 2 + 2 * (words[i + 1] != "jaarhelft") + (i + 5 < len(words) and words[i + 4] in ("year", "jaar")))
        return half  # (issue 12) "in de tweede helft van het jaar", "the first half of 2027": H1 or H2
    if word in dates.ORDINALS and nxt in ("kwartaal", "quarter"):
        quarter = dates.ORDINALS[word]
        year, width = year_after(tokens, i + 2)
        if not year and i + 3 < n and words[i + 2] in ("van", "of") and as_year(tokens[i + 3]):
            year, width = as_year(tokens[i + 3]), 2
        end = dates.end_of_quarter(year or reference.year, quarter)
        if not year and end < reference:
            end = dates.end_of_quarter(reference.year + 1, quarter)
        mark(used, i, 2 + width)
        return end
    return None


def _end_of(tokens, words, i: int, used, reference: date) -> date | None:
    """"eind 2027", "end of June", "eind van het jaar", "by year end", "end of the quarter"."""
    n = len(words)
    before = words[i - 1] if i else ""
    if before in ("year", "jaar", "fiscal", "financial", "year's", "year’s"):
        return date(reference.year, 12, 31)  # "by year end"
    if before in ("quarter", "kwartaal"):
        return dates.end_of_quarter(reference.year, (reference.month - 1) // 3 + 1)
    j = i + 1
    while j < n and words[j] in END_FILLERS:
        j += 1
    if j >= n:
        return None
    year = as_year(tokens[j])
    if year:
        used[j] = True
        return date(year, 12, 31)
    if words[j] in dates.MONTHS:
        year, _ = year_after(tokens, j + 1)
        month = dates.MONTHS[words[j]]
        end = dates.end_of_month(year or reference.year, month)
        return end if year or end >= reference else dates.end_of_month(reference.year + 1, month)
    if words[j] in ("first", "second", "eerste", "tweede") and j + 1 < n and words[j + 1] in ("half", "helft"):
        end = dates.end_of_quarter(reference.year, 2 if words[j] in ("first", "eerste") else 4)
        return end if end >= reference else dates.end_of_quarter(reference.year + 1, end.month // 3)  # "the end of H1"
    if words[j] in TERMS:  # "aan het einde van dit blok", "by the end of the semester"
        return dates.add_period(reference, TERMS[words[j]], "years")
    unit = _THIS_PERIOD_UNITS.get(words[j])
    return unit(reference) if unit is not None else None


def _this_or_next(words, i: int, reference: date) -> date | None:
    """"dit jaar", "this quarter", "volgend jaar", "next month", "this fiscal year", "next week"."""
    word, n = words[i], len(words)
    nxt = words[i + 1] if i + 1 < n else ""
    ahead = 1 if word in NEXT_WORDS else 0
    if nxt in ("fiscal", "financial", "calendar") and i + 2 < n:
        nxt = words[i + 2]  # "this fiscal year"
    if nxt in {"jaar", "year", "boekjaar"} or (len(nxt) > 6 and nxt.endswith("jaar")):
        return date(reference.year + ahead, 12, 31)  # (and "dit jubileumjaar", "komend schooljaar")
    if nxt in ("kwartaal", "quarter"):
        quarter = (reference.month - 1) // 3 + 1 + ahead
        year = reference.year + (quarter - 1) // 4
        return dates.end_of_quarter(year, (quarter - 1) % 4 + 1)
    if nxt in ("maand", "month"):
        month_start = dates.add_months(reference.replace(day=1), ahead)
        return dates.end_of_month(month_start.year, month_start.month)
    if nxt in ("week",):
        return dates.timedelta(days=6 + 7 * ahead) + reference
    if nxt in ("weekend",):  # "dit weekend", "next weekend": its Sunday
        return reference + dates.timedelta(days=(6 - reference.weekday()) + 7 * ahead)
    if nxt in ("decade", "decennium"):  # "this decade": the end of its last year
        return date(reference.year // 10 * 10 + 9 + 10 * ahead, 12, 31)
    return None


# Adjectives between a count and its unit of time that leave the stretch as long as it is.
_STRETCH_ADJECTIVES = frozenset({"consecutive", "full", "whole", "straight", "successive", "calendar", "volle",
                                 "hele", "opeenvolgende", "aaneengesloten", "aaneensluitende", "kalender"})


def period_after(tokens, words, i: int, used, reference: date) -> date | None:
    """The end of the stretch of time after the intro word at ``i``: "binnen acht maanden", "in de
    komende drie maanden", "in the next 4 to 5 years", "during the quarter", "a year and a half"."""
    n = len(words)
    j, first, this = _past_the_intro(words, i)
    if first and j < n and words[j] in ("kwartaal", "quarter", "half", "helft", "jaarhelft"):
        return None  # "in het eerste kwartaal": the quarter itself, read as an ordinal period
    start = j
    j, amount = _count(tokens, words, j, None, 1.0 if first else None)  # ("the first three months": three)
    if amount is not None and j + 1 < n and words[j] in _STRETCH_ADJECTIVES:
        j += 1  # "for 8 consecutive weeks", "binnen zes volle maanden": the unit after its adjective
    if j < n and j - start < 4 and amount is None and "-" in words[j]:
        # "during a six-month campaign", "binnen een driejarige-periode": the amount and unit in one word
        head, _, unit = words[j].partition("-")
        counted = word_number(head) if not head.isdigit() else float(head)
        unit = unit.removesuffix("s")
        if counted and (unit in dates.PERIOD_UNITS or unit + "s" in dates.PERIOD_UNITS):
            mark(used, i, j - i + 1)
            return dates.add_period(reference, counted, unit if unit in dates.PERIOD_UNITS else unit + "s")
    if j < n and words[j] in HOUR_UNITS and amount is not None and 0 < amount <= 240 and any(
            token[0] == "num" for token in tokens[max(0, i - 3):i - 1]):
        # "3 reviews binnen 48 uur": a count to reach in a window of hours (a reply "within 48
        # hours" is how fast, not by when)
        mark(used, i, j - i + 1)
        return reference + dates.timedelta(days=-(-amount // 24))
    if j + 1 < n and words[j] in dates.PERIOD_UNITS and words[j + 1] in ("geleden", "ago"):
        mark(used, i, j - i + 2)
        return None  # ("in de vijf jaar geleden opgestelde agenda": a time past, no deadline and no count)
    unit = words[j] if j < n else ""
    if unit[-2:] == "'s":
        unit = unit[:-2]  # "in one year's time": the unit, as "in two years' time" writes it
    if unit not in dates.PERIOD_UNITS:
        return None
    if amount is not None and dates.PERIOD_UNITS[unit][1] >= 12 and not _VAGUE_COUNTS.isdisjoint(words[start:j]):
        mark(used, i, j - i + 1)  # (issue 12, class "a few years": "binnen een paar jaar", "in a few years'
        return None  # time" set no end a plan can be judged by; "a few months" stays within the year)
    if amount is None and this and words[i] in THIS_PERIOD_INTRO and unit in _THIS_PERIOD_UNITS and not any(
            word in NEXT_WORDS for word in words[i + 1:j]):
        # "during the quarter", "over the course of the year": the one under way
        mark(used, i, j - i + 1)
        return _THIS_PERIOD_UNITS[unit](reference)
    if amount is None:
        if not _one_unit(words, i, j, start, unit):
            return None
        amount = 1.0
    # "a year and a half"; "in vier jaar tijd"
    width = j - i + 1 + (j + 1 < n and words[j + 1] in ("tijd", "time"))
    if j + 3 < n and words[j + 1] in ("and", "en") and words[j + 3] == "half":
        amount += 0.5
        width += 3
    if amount <= 0 or amount > 120:
        return None
    mark(used, i, width)
    return dates.add_period(reference, amount, unit)


def _past_the_intro(words, i: int) -> tuple[int, bool, bool]:
    """Past the articles and adjectives after an intro word ("in de komende", "over the course of
    the"): where the amount starts, whether "first" was said, and whether "the" was."""
    j = i + 1
    n = len(words)
    first = this = False
    while j < n and words[j] in PERIOD_FILLERS:
        first = first or words[j] in ("first", "eerste")
        this = this or words[j] in ("the", "het", "de", "course", "loop")
        j += 1
        if words[j - 1] == "dit" and j < n and words[j] == "en":
            j += 1  # Flemish "binnen dit en vier jaar": within four years
    return j, first, this


def _count(tokens, words, j: int, amount: float | None, unwritten: float | None = None) -> tuple[int, float | None]:
    """The amount of units written from ``j`` on (at most four words): "4 to 5", "drie", "een half",
    "a couple of"; where it stops, and the amount (``unwritten`` if none was written: 1 after "the first")."""
    n = len(words)
    start = j
    while j < n and j - start < 4:
        kind, word, value = tokens[j]
        if kind == "num" and not value[1] and not value[2]:
            if amount is not None and words[j - 1] in AMOUNT_LINKS:
                amount = max(amount, value[0])  # "in the next 4 to 5 years", "binnen 3 of 4 maanden": the longer
            else:
                amount = value[0] if amount is None else amount * value[0]
        elif kind == "range" and amount is None and not value[1] and not value[2]:
            amount = value[0]  # "in the next 18-24 months", "binnen 6-12 maanden": the span's longer end
        elif word in AMOUNT_LINKS and amount is not None:
            pass
        elif word in ("half", "halve"):
            amount = 0.5 if amount is None or words[j - 1] in ARTICLES_BEFORE_HALF else amount + 0.5
        elif word in NUMBER_WORDS:
            amount = float(NUMBER_WORDS[word]) if amount is None else (
                max(amount, float(NUMBER_WORDS[word])) if words[j - 1] in AMOUNT_LINKS else amount)
        elif word in ("couple", "paar", "few", "aantal"):
            amount = 2.0 if word in ("couple", "paar") else 3.0  # "the next couple of months", "a few weeks"
        elif word not in ("en", "and", "a", "an", "of"):
            break
        j += 1
    return j, unwritten if amount is None else amount


# Counts with no number: "een paar", "a few", "een aantal"; before years they leave the end open.
_VAGUE_COUNTS = frozenset({"paar", "few", "aantal"})


def _half_of_a_year(tokens, words, j: int, reference: date) -> date | None:
    """The end of the half that "eerste/tweede helft", "first/second half" (before ``j``) names:
    of a year written after it ("van 2027", "of 2027"), or of the year ("van het jaar", "of the
    year", or "jaarhelft" alone: the next such half). None when no year follows ("de tweede helft
    van de campagne")."""
    second = words[j - 2] in ("tweede", "second")
    if words[j - 1] != "jaarhelft":
        if j + 1 >= len(words) or words[j] not in ("van", "of"):
            return None
        year = as_year(tokens[j + 1])
        if year is not None:
            return dates.end_of_quarter(year, 4 if second else 2)
        if words[j + 1:j + 3] not in (["het", "jaar"], ["the", "year"], ["dit", "jaar"], ["this", "year"]):
            return None
    end = dates.end_of_quarter(reference.year, 4 if second else 2)
    return end if end >= reference else dates.end_of_quarter(reference.year + 1, 4 if second else 2)


def _one_unit(words, i: int, j: int, start: int, unit: str) -> bool:
    """Whether a unit with no number is one of it: "binnen jaar" (no article) still means one year;
    "in a month", "in een jaar" (with an article any intro word will do); "in the next decade",
    "over the coming year" (a singular unit after "next"). Any other unit needs a number."""
    article = j > i + 1 and words[j - 1] in ("a", "an", "een")
    upcoming = unit in SINGULAR_UNITS and any(word in NEXT_WORDS for word in words[i:j])
    return upcoming or (j == start and (words[i] in ("binnen", "within") or article) and unit in {
        "jaar", "year", "maand", "month", "week", "kwartaal", "quarter", "fortnight"})



_THIS_PERIOD_UNITS = {
    "decade": lambda day: date(day.year // 10 * 10 + 9, 12, 31),
    "decennium": lambda day: date(day.year // 10 * 10 + 9, 12, 31),
    "year": lambda day: date(day.year, 12, 31), "jaar": lambda day: date(day.year, 12, 31),
    "quarter": lambda day: dates.end_of_quarter(day.year, (day.month - 1) // 3 + 1),
    "kwartaal": lambda day: dates.end_of_quarter(day.year, (day.month - 1) // 3 + 1),
    "month": lambda day: dates.end_of_month(day.year, day.month),
    "maand": lambda day: dates.end_of_month(day.year, day.month),
}


def stretch_from_a_point(tokens, words, i: int, used, reference: date) -> date | None:
    """Issue 12, class "a period counted from a point": "one year from now", "zes maanden vanaf
    vandaag", "nine months into the year", "by midyear", "halverwege het jaar", "the middle of the
    year". None when the word at ``i`` opens none of these."""
    word, n = words[i], len(words)
    if word in NOW_WORDS:
        if i > 2 and words[i - 1] in ("from", "vanaf") and words[i - 2] in dates.PERIOD_UNITS:
            amount = _amount_at(tokens, i - 3)
            if amount and amount <= 120:
                mark(used, i - 3, 4)
                return dates.add_period(reference, amount, words[i - 2])
        return None
    if word in ("midyear", "mid-year"):
        if i == 0 or words[i - 1] not in ("by", "before", "until", "till", "at", "around", "voor", "vóór", "tegen"):
            return None  # ("the Mid-Year Campaign" names something; "by midyear" is when)
        j = i
    else:
        j = i + 1
    while i < j < n and words[j] in _BEFORE_THE_YEAR:
        j += 1
    if i < j < n and words[j] in ("decade", "decennium") and word != "into":
        mark(used, i, j - i + 1)
        return date(reference.year // 10 * 10 + 5, 6, 30)  # "by the middle of this decade"
    if j > i and (j >= n or words[j] not in ("year", "jaar") or (j == i + 1 and word != "into")):
        return None  # ("midden in het jaar" or "halfway year" are no point in it)
    if word == "into":  # "nine months into the year": counted from the year's first day
        amount = _amount_at(tokens, i - 2) if i > 1 and words[i - 1] in dates.PERIOD_UNITS else None
        if not amount or amount > 12:
            return None
        mark(used, i - 2, j - i + 3)
        return dates.add_period(date(reference.year, 1, 1), amount, words[i - 1]) - dates.timedelta(days=1)
    mid = date(reference.year, 6, 30)  # "by midyear", "halverwege het jaar": the next 30 June
    mark(used, i, j - i + 1)
    return mid if mid >= reference else date(reference.year + 1, 6, 30)


# Words between "into", "midden" or "halfway" and the year: "into the fiscal year", "halverwege dit jaar".
_BEFORE_THE_YEAR = frozenset({"the", "this", "its", "our", "fiscal", "financial", "calendar", "het", "dit", "of",
                              "van", "through", "lopende", "current", "deze"})


def _amount_at(tokens, j: int) -> float | None:
    """The count written at ``j``: digits, a number word, or an article ("a year from now")."""
    if j < 0:
        return None
    kind, word, value = tokens[j]
    if kind == "num" and not value[1] and not value[2]:
        return value[0]
    if word in ("a", "an", "een", "één", "one"):
        return 1.0
    return value if kind == "word" and isinstance(value, float) else None


# The words :func:`stretch_from_a_point` reads (a quick test before the call).
FROM_A_POINT = NOW_WORDS | MID_WORDS | {"into", "midyear", "mid-year"}


def until_a_year(words, i: int) -> bool:
    """Issue 12, class "a span from now, or through to a year": "between now and 2030", "tussen nu
    en 2030", "van nu tot 2030", "from today until 2030", "through to 2015": the year at ``i`` ends
    the span the goal runs in, so it is the deadline (DOMAIN.md T: a span's deadline is its end).
    So does a year a verb of ending takes as its object ("close 2027 at", "2016 afronden met")."""
    if i < 1:
        return False
    link, before = words[i - 1], words[i - 2] if i > 1 else ""
    if (link == "to" and before in ("through", "thru")) or (link == "met" and before == "en" and i > 2 and (
            words[i - 3] == "tot")) or (link == "m" and before == "t"):
        return True  # ("through to 2015", "tot en met 2028", "t/m 2028": through that year)
    after = words[i + 1] if i + 1 < len(words) else ""
    if (link in CLOSING_BEFORE_A_YEAR and (not after or after in PHRASE_BREAKS)) or after in CLOSING_AFTER_A_YEAR:
        return True  # ("close 2027 at …", "2016 af te ronden met …", "sluiten 2027 af met …": the year it ends)
    return link in _UNTIL and before in NOW_WORDS and i > 2 and words[i - 3] in _SPAN_OPENERS


_UNTIL = frozenset({"and", "en", "to", "tot", "until", "till"})
_SPAN_OPENERS = frozenset({"between", "tussen", "from", "van", "vanaf"})
