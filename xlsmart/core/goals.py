"""Read a goal written in Dutch or English: metric, direction, numbers, deadline, actor.

The text is split once into tokens by one linear regular expression; everything after that is
look-ups in word tables, so a goal costs tens of microseconds and no input can make the parser
backtrack. What the text says is reported as a :class:`ParsedGoal`; judging it is
``smart.py``'s job.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import chain, repeat
from operator import itemgetter

from . import dates, lexicon
from .actors import find_owner
from .metrics import find_metric
from .numbers import ARTICLES, NUMBER_WORDS, SCALE_WORDS, parse_digits, word_number

MAX_TEXT = 5_000  # a goal is a sentence or two; longer text is judged on its first part

# One token: a word, a date, an ordinal, a number (with currency, %, k/m) or an arrow. Only a
# word starts with a letter, so trying words first changes nothing but saves time, as does the
# look-ahead that fails at once on spaces and punctuation.
_TOKEN = re.compile(
    r"(?P<word>[a-zà-ÿ][a-zà-ÿ0-9'’\-]*)"
    r"|(?=[\d€$£+\-−→>≤≥<])(?:"
    r"(?P<iso>\d{4}-\d{1,2}-\d{1,2})"
    r"|(?P<dmy>\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})(?!\d))"
    r"|(?P<ord>\d{1,2}(?:ste|de|st|nd|rd|th|e)(?![a-zà-ÿ]))"
    r"|(?P<dur>\d{1,3}:\d{2}(?::\d{2})?(?!\d))"
    r"|(?P<range>(?P<rcur>[€$£])?(?P<low>\d+(?:[.,]\d+)*)[-–][€$£]?(?P<high>\d+(?:[.,]\d+)*)"
    r"(?P<rpct>\s?(?:%|procent(?![a-z])|percent(?![a-z])))?(?P<rmult>[km](?![a-zà-ÿ]))?)"
    r"|(?P<num>(?:(?P<cur>[€$£])\s?)?(?P<digits>[+\-−]?\d+(?:[.,]\d+)*)"
    r"(?P<pct>\s?(?:%|procent(?![a-z])|percent(?![a-z])))?(?P<mult>[km](?![a-zà-ÿ]))?)"
    r"|(?P<sym>[→>+≤≥<]))"
)
# The same pattern without groups: ``findall`` then hands back the raw tokens as plain strings,
# all in C. Which alternative matched, and the parts of a number, depend only on a token's own
# text (the look-aheads at a token's end are negative, so the end of the string passes them as
# the next character did), so :func:`_token` classifies each raw text once and caches it:
# goals repeat their words.
_RAW_TOKENS = re.compile(re.sub(r"\(\?P<\w+>", "(?:", _TOKEN.pattern))

FROM_WORDS = frozenset({"van", "from", "vanaf", "was"})
TO_WORDS = frozenset({"naar", "to", "tot", "into", "→", ">", "richting", "towards"})
BY_WORDS = frozenset({"met", "by", "with"})
UP_WORDS = frozenset({"more", "meer", "higher", "hoger", "growth", "groei", "increase", "stijging",
                      "toename", "extra", "up", "omhoog", "erbij", "additional", "bij", "rise",
                      "verhoging"})
DOWN_WORDS = frozenset({"less", "minder", "fewer", "lower", "lager", "decrease", "daling", "reduction",
                        "reductie", "down", "omlaag", "korter", "shorter", "cheaper", "goedkoper",
                        "afname", "verlaging", "vermindering", "decline", "drop", "cut", "fall", "dip"})
CHANGE_WORDS = UP_WORDS | DOWN_WORDS
MULTIPLIERS = lexicon.MULTIPLIERS
TIMES_WORDS = frozenset({"x", "keer", "times", "maal"})
PERIOD_INTRO = frozenset({"binnen", "within", "in", "over", "komende", "next", "coming", "following",
                          "volgende", "eerstvolgende", "uiterlijk", "na", "during", "gedurende", "for", "throughout"})
RATE_WORDS = frozenset({"per", "each", "every", "elke", "iedere", "elk", "ieder", "a", "an", "een"})
REFERENCE_WORDS = frozenset({"vorig", "vorige", "last", "previous", "afgelopen", "past", "than", "dan",
                             "compared", "vergeleken", "t.o.v", "tov", "versus", "vs", "sinds", "since",
                             "opzichte", "relative", "against"})
# "last year", "vorig jaar": these point at their own noun, not at a number further on.
REFERENCE_ADJECTIVES = frozenset({"vorig", "vorige", "last", "previous", "afgelopen", "past"})
THIS_WORDS = frozenset({"dit", "deze", "this", "current", "huidige", "lopende"})
NEXT_WORDS = frozenset({"volgend", "volgende", "next", "komend", "komende", "coming"})
END_WORDS = frozenset({"eind", "einde", "end", "ultimo", "eindejaar"})
YEAR_PREP = frozenset({"in", "during", "gedurende", "voor", "vóór", "by", "tegen", "before", "eind", "year", "jaar",
                       "tot", "vanaf", "until",
                       "between", "tussen", "fy", "boekjaar", "per", "anno",
                       "einde", "end", "ultimo", "uiterlijk", "throughout", "for", "of", "heel", "within",
                       "through", "thru", "until", "till"})
BEFORE_WORDS = frozenset({"voor", "vóór", "before"})
YEAR_END_WORDS = frozenset({"jaareinde", "year-end", "yearend", "jaarafsluiting", "eoy"})
# The words that can open a period in :func:`_period` ("Q3", "tweede kwartaal", "eind 2027",
# "volgend jaar", "binnen zes maanden"); checked before the call, as most words open none.
# Seasons, by the month they end in (the summer season ends with August).
SEASONS = {"summer": 8, "zomer": 8, "zomerseizoen": 8, "winter": 2, "spring": 5, "voorjaar": 5, "lente": 5,
           "autumn": 11, "fall": 11, "najaar": 11, "herfst": 11}
_SEASON_OPENERS = frozenset({"this", "next", "the", "dit", "deze", "komende", "volgende", "het", "de", "in", "by",
                             "before", "voor", "vóór", "during", "tijdens", "for", "eind", "end"})
PERIOD_FIRST_WORDS = (frozenset(SEASONS) | frozenset(dates.ORDINALS) | YEAR_END_WORDS | END_WORDS | THIS_WORDS | NEXT_WORDS | PERIOD_INTRO
                      | {"q1", "q2", "q3", "q4", "h1", "h2"})
DEADLINE_WORDS = PERIOD_FIRST_WORDS | frozenset(dates.MONTHS) | {"week", "wk", "left", "remaining", "resterend", "to",
                                                                  "year", "jaar"}
PERIOD_FIRST_WORDS |= frozenset(f"q{quarter}-{year}" for quarter in "1234" for year in
                                (*(f"{y:02d}" for y in range(20, 51)), *map(str, range(2020, 2051))))
DEADLINE_WORDS |= PERIOD_FIRST_WORDS
# Words after a number that scale it: "€ 2 miljoen", "two hundred leads".
HALF_WORDS = frozenset({"half", "helft"})  # "by half", "met de helft": a change of 50 %
# Number words that count something ("twelve", "drie"); "een"/"a" are articles, "half" and
# "helft" a change ("met de helft"), "halve"/"halfjaar" part of a period.
COUNTING_WORDS = lexicon.COUNTING_WORDS
# Words that state a change as a factor: "verdubbelen", "halveren", "by half".
# (and the shares that make a target a percentage: "de meerderheid van", "driekwart van")
FACTOR_WORDS = frozenset(MULTIPLIERS) | HALF_WORDS | frozenset({"twice", "tweemaal", "thrice", "driemaal", "majority",
                                                               "meerderheid", "driekwart", "third", "derde",
                                                               "one-third", "quarter", "kwart",
                                                               "one-quarter", "two-thirds", "fifth", "vijfde",
                                                               "tenth", "tiende"})
# Number words that are not a quantity here: "ten minste", "no one", "each one".
NOT_QUANTITY_AFTER = {"ten": frozenset({"minste", "hoogste", "opzichte", "behoeve", "aanzien", "laste"})}
NOT_QUANTITY_BEFORE = {"one": frozenset({"no", "every", "each", "any", "some", "this", "that", "which"})}


@dataclass(slots=True)
class Number:
    value: float
    percent: bool
    currency: str | None
    index: int  # token position
    role: str = ""  # "", "baseline", "target", "relative", "date", "rate", "age"
    end: int = -1  # last token of the number ("two hundred"); -1: the same as index
    scale: float = 1.0  # the scale word that multiplied it ("miljoen"), 1 when none
    low: float | None = None  # a range's lower end ("85-90 %"); value holds the upper end


@dataclass
class ParsedGoal:
    """What was understood from a goal's text and its structured arguments."""

    metric: str | None = None  # the canonical name of a metric the lexicon knows, else None
    metric_nl: str | None = None
    metric_words: str | None = None  # the words of the text (or the Metric column) that name the metric
    direction: str | None = None  # increase, decrease, keep, at_most, at_least, reach
    baseline: float | None = None
    target: float | None = None
    relative_change: float | None = None  # fraction: 0.2 == +20 %
    approximate: bool = False  # the change is said roughly ("bijna een verdubbeling", "more than triple")
    absolute_change: float | None = None  # "met 500 leads": a delta without a baseline
    percent: bool = False  # target/baseline are percentages (rates)
    deadline: date | None = None
    start: date | None = None
    owner: str | None = None
    actor: str | None = None  # the actor named in the text, if any
    vanity: bool = False
    higher_is_better: bool = True
    rate_metric: bool = False
    rate_only: str | None = None  # "per month" without a deadline
    invalid_dates: list[str] = field(default_factory=list)
    numbers: int = 0  # how many numbers the text held (outside dates)
    lang: str = "en"

    def as_dict(self) -> dict[str, object]:
        return {
            "metric": self.metric, "metric_words": self.metric_words, "direction": self.direction, "baseline": self.baseline,
            "target": self.target, "relative_change": self.relative_change,
            "deadline": self.deadline, "start": self.start, "owner": self.owner or self.actor,
        }


# Only a currency sign before a number ("€ 500") or a percentage after one ("10 %", "tien
# procent") makes a token with whitespace inside; :func:`tokenize` looks for these first.
_SPACED_TOKEN = re.compile(r"[€$£]\s|\s(?:%|procent|percent)")


def tokenize(text: str) -> list[tuple[str, str, object]]:
    """(kind, text, value) triples: kinds date, baddate, ord, num, word, sym.

    Unless a token holds whitespace, a text's tokens are those of its whitespace-separated
    pieces one after the other: the look-aheads that end a token are negative, so whitespace
    passes them as the end of a piece does. Pieces recur from goal to goal ("increase",
    "leads", "2027"), so each piece's tokens are worked out once.
    """
    if ("%" in text or "cent" in text or "€" in text or "$" in text or "£" in text) and _SPACED_TOKEN.search(text):
        return _tokens_of(text)
    return list(chain.from_iterable(map(_piece_tokens, text.split())))


def _tokens_of(text: str) -> list[tuple[str, str, object]]:
    return list(filter(None, map(_token, _RAW_TOKENS.findall(text))))  # a token is a 3-tuple, never falsy


@lru_cache(maxsize=32_768)
def _piece_tokens(piece: str) -> tuple[tuple[str, str, object], ...]:
    """The tokens of one piece of text without whitespace."""
    return tuple(filter(None, map(_token, _RAW_TOKENS.findall(piece))))


@lru_cache(maxsize=16_384)
def _token(raw: str) -> tuple[str, str, object] | None:
    """The token for one raw token text; None for digits that are no usable number."""
    if raw.isdecimal():  # plain digits (``\d`` is exactly what isdecimal accepts), the commonest number
        value = float(raw)
        return ("num", raw, (value, False, None)) if math.isfinite(value) else None
    match = _TOKEN.fullmatch(raw)
    kind = match.lastgroup
    if kind == "word":
        word = raw.rstrip("-'’")
        # A word's value is the number it writes out ("twelve", "vijftigduizend"), else None: worked
        # out here, once a piece, so that reading a goal's numbers costs no look-up a word.
        return ("word", word, word_number(word) if word in COUNTING_WORDS or word in SCALE_WORDS or (
            word not in ARTICLES and word not in lexicon.PHRASE_BREAKS) else None)
    if kind == "num" or kind == "mult":
        try:
            value = parse_digits(match["digits"].replace("−", "-"))
        except ValueError:
            return None
        if not math.isfinite(value):
            return None  # a run of hundreds of digits is no quantity
        if match["mult"]:
            value *= 1000.0 if match["mult"] == "k" else 1_000_000.0
        return ("num", raw, (value, bool(match["pct"]), match["cur"]))
    if kind == "ord":
        return ("ord", raw, int(raw[: 2 if raw[1:2].isdigit() else 1]))
    if kind == "dur":  # "2:30" (m:ss) or "1:02:30" (h:mm:ss), in minutes
        parts = [int(part) for part in raw.split(":")]
        minutes = parts[0] + parts[1] / 60 if len(parts) == 2 else parts[0] * 60 + parts[1] + parts[2] / 60
        return ("num", raw, (minutes, False, None))
    if kind in ("range", "rpct", "rmult", "rcur", "low", "high"):  # "85-90 %", "18-25", "$2-$2.5bn"
        try:
            low, high = parse_digits(match["low"]), parse_digits(match["high"])
        except ValueError:
            return None
        scale = 1000.0 if match["rmult"] == "k" else 1_000_000.0 if match["rmult"] == "m" else 1.0
        if not (math.isfinite(low) and math.isfinite(high)) or low > high:
            return None
        return ("range", raw, (high * scale, bool(match["rpct"]), match["rcur"], low * scale))
    if kind == "iso" or kind == "dmy":
        day = dates.parse_date(raw)
        return ("date", raw, day) if day else ("baddate", raw, None)
    return ("sym", raw, None)


def detect_language(words: list[str]) -> str:
    """"nl" when more words are Dutch cues than English ones, else "en".

    Cues are letters only, so number, date and symbol tokens may be passed along: they weigh 0.
    A tie ("50% minder grondstoffengebruik", "Top 10 notering") is settled by spelling: Dutch
    writes "ij", "oe", "sch" and ends words in "-en", English writes "th", "w" and "-ing".
    """
    score = sum(map(lexicon.LANGUAGE_CUES.get, words, repeat(0)))
    if score == 0:
        text = " ".join(words) + " "
        score = sum(text.count(mark) for mark in _DUTCH_SPELLING) - sum(text.count(mark) for mark in _ENGLISH_SPELLING)
    return "nl" if score > 0 else "en"


_DUTCH_SPELLING = ("ij", "oe", "sch", "aa", "uu", "en ", "cht", "ui")
_ENGLISH_SPELLING = ("th", "w", "ing ", "ea", "ou", "y ", "sh", "tion")


def parse_goal(text: object, *, reference: date | None = None) -> ParsedGoal:
    """Understand a goal's text. ``reference`` anchors periods and dates without a year.

    >>> g = parse_goal("Verhoog het aantal leads van 100 naar 150 binnen zes maanden",
    ...                reference=date(2027, 1, 1))
    >>> g.metric, g.direction, g.baseline, g.target, g.deadline
    ('leads', 'increase', 100.0, 150.0, datetime.date(2027, 7, 1))
    """
    goal = ParsedGoal()
    if not isinstance(text, str) or not text.strip():
        return goal
    clean = clean_text(text)
    tokens = tokenize(clean)
    words = list(map(itemgetter(1), tokens))
    goal.lang = detect_language(words)
    used = [False] * len(tokens)
    _find_deadline(goal, tokens, words, used, reference or dates.today())
    _find_metric(goal, tokens, words, used, text)
    _find_direction(goal, words)
    _find_numbers(goal, tokens, words, used)
    _find_actor(goal, tokens, words, text)
    return goal


def clean_text(text: str) -> str:
    """A goal's text as the parser reads it: its first part, lower case, quotes and spaces plain."""
    clean = text[:MAX_TEXT].lower().replace("\u00a0", " ").replace("’", "'")
    clean = clean.replace("t.o.v.", " tov ").replace("e.o.y.", " eoy ")
    return clean.replace(" per cent", " percent") if "per cent" in clean else clean


def may_state_a_change(clean: str) -> bool:
    """Whether a cleaned text may state a change as a percentage or a factor ("+20 %", "tien
    procent", "verdubbelen", "3x"), or a number as a percentage.

    False means it surely does not: then no token is a percentage, a factor word or a times
    word, so parsing it sets neither ``percent`` nor ``relative_change``. True may be wrong
    ("percentage", "behalf"); it only costs a full parse.
    """
    for hint in _CHANGE_HINTS:
        if hint in clean:
            return True
    return "x" in clean and _TIMES_X.search(clean) is not None


# --- deadlines -----------------------------------------------------------------------------


def _find_deadline(goal: ParsedGoal, tokens, words, used, reference: date) -> None:
    found: list[date] = []
    n = len(tokens)
    for i, (kind, word, value) in enumerate(tokens):
        if kind == "word" and word not in DEADLINE_WORDS:
            if "-" in word and i + 1 < n and words[i + 1] in _SPANS and not used[i]:
                when = _period_after(tokens, words, i - 1, used, reference) if i else None
                if when is not None:
                    found.append(when)  # "a six-month campaign", "een driemaandelijkse-actie"
            continue  # most words have nothing to do with time
        if used[i]:
            continue
        if kind == "word":
            if word in dates.MONTHS and i + 1 < n and tokens[i + 1][0] in ("num", "ord", "range"):
                when = _month_then_number(tokens, i, used, reference)
                if when and not _is_reference(words, i):
                    found.append(when)
            elif word in dates.MONTHS and i > 0 and words[i - 1] in MONTH_PREP and not _is_reference(words, i):
                # "in November", "by May", "between January and June": the end of the next such month
                month = dates.MONTHS[word]
                year = _year_of_span(tokens, words, i)
                end = dates.end_of_month(year or reference.year, month)
                found.append(end if year or end >= reference else dates.end_of_month(reference.year + 1, month))
                used[i] = True
            elif word in ("year", "jaar") and i > 0 and _nth_year(tokens, words, i):
                # "by end of year three", "in my first year blogging", "in het tweede jaar": the Nth year from now
                found.append(dates.add_period(reference, _nth_year(tokens, words, i), "year"))
            elif word in ("week", "wk") and i > 0 and words[i - 1] in _WEEK_PREP and i + 1 < n and _week_number(tokens[i + 1]):
                # "by the end of week 16", "in week 12": the Sunday that ends that week
                found.append(date.fromisocalendar(reference.year, _week_number(tokens[i + 1]), 7))
                _mark(used, i, 2)
            elif word in ("left", "remaining", "resterend", "te", "to") and i > 1 and words[i - 1] in dates.PERIOD_UNITS and (
                    word != "to" or i + 1 < n and words[i + 1] == "go") and word != "te":
                amount = _value_of(tokens[i - 2])
                if amount:
                    found.append(dates.add_period(reference, amount, words[i - 1]))  # "five weeks left"
            elif word in PERIOD_FIRST_WORDS and not _is_reference(words, i):
                when = _period(tokens, words, i, used, reference)
                if when is not None:
                    found.append(when)
        elif kind == "num" or kind == "ord":
            if i + 1 < n and words[i + 1] in dates.MONTHS and _day_of(tokens[i]):
                _number_then_month(goal, found, tokens, words, i, used, reference)
            elif kind == "ord":
                if word in PERIOD_FIRST_WORDS:
                    when = _period(tokens, words, i, used, reference)
                    if when is not None:
                        found.append(when)
            elif 1990 <= abs(value[0]) <= 2100:  # might be a year; most numbers are not
                year = _as_year(tokens[i])
                if year and ((i > 0 and (words[i - 1] in YEAR_PREP or _ends_a_span(tokens, words, i))) or (
                        i == 0 and n > 1 and tokens[1][0] != "word")) and not _is_reference(words, i):
                    # ("2015: 250 miljoen euro omzet" opens with the year it is due)
                    found.append(dates.date(year - 1 if words[i - 1] in BEFORE_WORDS else year, 12, 31))
                    used[i] = True
                elif year and _is_reference(words, i):
                    used[i] = True
        elif kind == "range" and 1990 <= value[3] < value[0] <= 2100 and value[3] == int(value[3]) and not _is_reference(words, i):
            found.append(date(int(value[0]), 12, 31))  # "2025-2030": the span ends with its last year
            used[i] = True
        elif kind == "date":
            if not _is_reference(words, i):
                found.append(value)  # type: ignore[arg-type]
            used[i] = True
        elif kind == "baddate":
            goal.invalid_dates.append(word)
            used[i] = True
    if found:
        goal.deadline = max(found)
        if len(found) > 1 and min(found) < goal.deadline:
            goal.start = min(found)
    else:
        for i, word in enumerate(words):
            if word in {"per", "each", "every", "elke", "iedere", "a", "an"} and i + 1 < n and words[i + 1] in dates.PERIOD_UNITS:
                goal.rate_only = f"{word} {words[i + 1]}"
                break
            if word in {"weekly", "monthly", "wekelijks", "maandelijks", "jaarlijks", "yearly", "annually", "daily", "dagelijks"}:
                goal.rate_only = word
                break


# Nouns that a hyphenated period sets the length of: "a six-month campaign".
_SPANS = frozenset({"campaign", "campaigns", "campagne", "project", "period", "periode", "programme", "program",
                    "programma", "pilot", "sprint", "push", "initiative", "actie", "traject", "plan"})


# Words before a month without a day that make it a deadline ("in November", "by May"): "may"
# and "march" are verbs too, so a month alone never is one.
MONTH_PREP = frozenset({"in", "by", "before", "until", "till", "through", "during", "for", "voor", "vóór", "tegen",
                        "eind", "einde", "end", "uiterlijk", "tot", "and", "en", "tussen", "between", "of", "van",
                        "to", "na", "after", "per", "begin", "medio", "mid", "halverwege", "thru", "within"})
_SPAN_LINKS = frozenset({"and", "en", "to", "tot", "till", "until", "-", "through", "thru"})


_WEEK_PREP = frozenset({"of", "van", "in", "by", "voor", "vóór", "before", "tegen", "uiterlijk", "eind", "end", "until",
                        "t/m", "tot"})


def _nth_year(tokens, words: list[str], i: int) -> int | None:
    """"year three", "year 2" or "(my) first year", after "in", "by" or "end of": which year it is."""
    before = words[i - 1]
    if before in dates.ORDINALS and before not in ("last", "laatste") and i > 1 and (
            words[i - 2] in ("my", "our", "the", "het", "mijn", "ons", "onze", "its") or words[i - 2] in _WEEK_PREP):
        return dates.ORDINALS[before]
    if i + 1 < len(words) and words[i - 1] in _WEEK_PREP:
        count = _value_of(tokens[i + 1])
        if count and count == int(count) and 1 <= count <= 10 and tokens[i + 1][1].isalnum():
            return int(count)
    return None


def _week_number(token) -> int | None:
    kind, raw, value = token
    if kind == "num" and raw.isdigit() and 1 <= value[0] <= 52:
        return int(value[0])
    return None


def _value_of(token) -> float | None:
    """The number a token writes, as digits or as a word ("five"); None for anything else."""
    kind, _, value = token
    if kind == "num" and not value[1] and not value[2]:
        return value[0]
    return value if kind == "word" and isinstance(value, float) else None


def _year_of_span(tokens, words: list[str], i: int) -> int | None:
    """"between September and December 2015": the year written after the span's last month."""
    if i + 3 < len(words) and words[i + 1] in _SPAN_LINKS and words[i + 2] in dates.MONTHS:
        return _as_year(tokens[i + 3])
    return None


def _ends_a_span(tokens, words: list[str], i: int) -> bool:
    """"between 2017 and 2018", "tussen 2020 en 2030", "the 2025 to 2028 period": the last year."""
    return i > 1 and words[i - 1] in _SPAN_LINKS and _as_year(tokens[i - 2]) is not None


def _number_then_month(goal: ParsedGoal, found: list[date], tokens, words, i: int, used, reference: date) -> None:
    """'21 december (2026)', '1 mei': a day, a month and perhaps a year."""
    day = _day_of(tokens[i])
    year, width = _year_after(tokens, i + 2)
    month = dates.MONTHS[words[i + 1]]
    when = dates.safe_date(year, month, day) if year else dates.next_on_or_after(month, day, reference)
    if when is None:
        goal.invalid_dates.append(" ".join(words[i : i + 2 + width]))
    elif not _is_reference(words, i):
        found.append(when)
    _mark(used, i, 2 + width)


def _month_then_number(tokens, i: int, used, reference: date) -> date | None:
    """'juni 2027' (the end of that month) or 'December 21, 2026'; None for 'mei 45'."""
    month = dates.MONTHS[tokens[i][1]]
    year_here = _as_year(tokens[i + 1])
    if year_here:
        _mark(used, i, 2)
        return dates.end_of_month(year_here, month)
    day = _day_of(tokens[i + 1])
    if tokens[i + 1][0] == "range" and 1 <= tokens[i + 1][2][0] <= 31 and tokens[i + 1][2][0] == int(tokens[i + 1][2][0]):
        day = int(tokens[i + 1][2][0])  # "June 1-30": the span ends on its last day
    if not day:
        return None
    year, width = _year_after(tokens, i + 2)
    _mark(used, i, 2 + width)
    return dates.safe_date(year, month, day) if year else dates.next_on_or_after(month, day, reference)


def _mark(used: list[bool], start: int, width: int) -> None:
    for j in range(start, min(start + width, len(used))):
        used[j] = True


def _day_of(token) -> int | None:
    kind, _, value = token
    if kind == "ord":
        return value if 1 <= value <= 31 else None
    if kind == "num":
        number, percent, currency = value
        if not percent and not currency and number == int(number) and 1 <= number <= 31 and "." not in token[1] and "," not in token[1]:
            return int(number)
    return None


def _as_year(token) -> int | None:
    kind, raw, value = token
    if kind != "num":
        return None
    number, percent, currency = value
    number = abs(number)
    if percent or currency or not 1990 <= number <= 2100 or number != int(number):
        return None
    return int(number) if raw.lstrip("-+").isdigit() else None


def _year_after(tokens, j: int) -> tuple[int | None, int]:
    if j < len(tokens):
        year = _as_year(tokens[j])
        if year:
            return year, 1
    return None, 0


def _is_reference(words: list[str], i: int) -> bool:
    """'t.o.v. 2025', 'compared with last year', 'dan vorig jaar': a comparison, not a deadline."""
    for j in range(max(0, i - 3), i):
        word = words[j]
        if word in REFERENCE_WORDS and not (
                word in REFERENCE_ADJECTIVES and j + 1 < i and words[j + 1] in dates.PERIOD_UNITS):
            return True
    return False


def _period(tokens, words, i: int, used, reference: date) -> date | None:
    word = words[i]
    n = len(words)
    nxt = words[i + 1] if i + 1 < n else ""
    # "Q1-26", "q3-2027": a quarter with its year glued on
    if len(word) in (5, 7) and word[0] == "q" and word[1] in "1234" and word[2] == "-" and word[3:].isdigit():
        return dates.end_of_quarter(dates.full_year(int(word[3:])), int(word[1]))
    # "Q3", "Q4 2027", "H1"
    if len(word) == 2 and word[0] in "qh" and word[1] in "1234":
        part = int(word[1])
        if word[0] == "h" and part > 2:
            return None
        year, width = _year_after(tokens, i + 1)
        year = year or reference.year
        used[i] = True
        _mark(used, i + 1, width)
        end = dates.end_of_quarter(year, part) if word[0] == "q" else dates.end_of_quarter(year, part * 2)
        if width == 0 and end < reference:
            end = dates.end_of_quarter(year + 1, part) if word[0] == "q" else dates.end_of_quarter(year + 1, part * 2)
        return end
    # "tweede kwartaal", "second quarter (of 2027)"
    if word in dates.ORDINALS and nxt in ("kwartaal", "quarter"):
        quarter = dates.ORDINALS[word]
        year, width = _year_after(tokens, i + 2)
        if not year and i + 3 < n and words[i + 2] in ("van", "of") and _as_year(tokens[i + 3]):
            year, width = _as_year(tokens[i + 3]), 2
        end = dates.end_of_quarter(year or reference.year, quarter)
        if not year and end < reference:
            end = dates.end_of_quarter(reference.year + 1, quarter)
        _mark(used, i, 2 + width)
        return end
    if word in YEAR_END_WORDS:
        return date(reference.year, 12, 31)
    if word in SEASONS and i > 0 and words[i - 1] in _SEASON_OPENERS:
        # "this summer", "voor de zomer", "in het najaar": the end of the next such season
        month = SEASONS[word]
        end = dates.end_of_month(reference.year, month)
        return end if end >= reference else dates.end_of_month(reference.year + 1, month)
    # "eind 2027", "end of June", "eind van het jaar", "end of the year"
    if word in END_WORDS:
        before = words[i - 1] if i else ""
        if before in ("year", "jaar", "fiscal", "financial"):
            return date(reference.year, 12, 31)  # "by year end"
        if before in ("quarter", "kwartaal"):
            return dates.end_of_quarter(reference.year, (reference.month - 1) // 3 + 1)
        j = i + 1
        while j < n and words[j] in {"of", "van", "the", "het", "dit", "this", "de", "fiscal", "financial", "its",
                                     "our", "ons", "calendar", "current", "huidige", "lopende"}:
            j += 1
        if j < n:
            year = _as_year(tokens[j])
            if year:
                used[j] = True
                return date(year, 12, 31)
            if words[j] in dates.MONTHS:
                year, _ = _year_after(tokens, j + 1)
                month = dates.MONTHS[words[j]]
                end = dates.end_of_month(year or reference.year, month)
                return end if year or end >= reference else dates.end_of_month(reference.year + 1, month)
            if words[j] in ("jaar", "year"):
                return date(reference.year, 12, 31)
            if words[j] in ("kwartaal", "quarter"):
                return dates.end_of_quarter(reference.year, (reference.month - 1) // 3 + 1)
            if words[j] in ("maand", "month"):
                return dates.end_of_month(reference.year, reference.month)
        return None
    # "dit jaar", "this quarter", "volgend jaar", "next month"
    if word in THIS_WORDS or word in NEXT_WORDS:
        if nxt in ("fiscal", "financial", "calendar") and i + 2 < n:
            nxt = words[i + 2]  # "this fiscal year"
        if nxt in {"jaar", "year", "boekjaar"}:
            return date(reference.year + (1 if word in NEXT_WORDS else 0), 12, 31)
        if nxt in ("kwartaal", "quarter"):
            quarter = (reference.month - 1) // 3 + 1 + (1 if word in NEXT_WORDS else 0)
            year = reference.year + (quarter - 1) // 4
            return dates.end_of_quarter(year, (quarter - 1) % 4 + 1)
        if nxt in ("maand", "month"):
            month_start = dates.add_months(reference.replace(day=1), 1 if word in NEXT_WORDS else 0)
            return dates.end_of_month(month_start.year, month_start.month)
        if nxt in ("week",):
            return dates.timedelta(days=6 + (7 if word in NEXT_WORDS else 0)) + reference
    # "binnen acht maanden", "within three weeks", "in de komende drie maanden", "over 6 weken"
    if word in PERIOD_INTRO:
        return _period_after(tokens, words, i, used, reference)
    return None


def _period_after(tokens, words, i: int, used, reference: date) -> date | None:
    j = i + 1
    n = len(words)
    first = this = False
    while j < n and words[j] in {"de", "the", "het", "komende", "next", "coming", "following", "eerstvolgende",
                                 "volgende", "first", "eerste", "dit", "a", "an", "entire", "whole", "full", "hele",
                                 "gehele", "volledige", "given", "course", "of", "loop"}:
        first = first or words[j] in ("first", "eerste")
        this = this or words[j] in ("the", "het", "de", "course", "loop")
        j += 1
        if words[j - 1] == "dit" and j < n and words[j] == "en":
            j += 1  # Flemish "binnen dit en vier jaar": within four years
    if first and j < n and words[j] in ("kwartaal", "quarter", "half", "helft", "jaarhelft"):
        return None  # "in het eerste kwartaal": the quarter itself, read as an ordinal period
    amount: float | None = 1.0 if first else None
    start = j
    while j < n and j - start < 4:
        kind, word, value = tokens[j]
        if kind == "num" and not value[1] and not value[2]:
            amount = value[0] if amount is None else amount * value[0]
        elif word in ("half", "halve"):
            amount = 0.5 if amount is None or words[j - 1] in lexicon_articles else amount + 0.5
        elif word in NUMBER_WORDS:
            amount = float(NUMBER_WORDS[word]) if amount is None else amount
        elif word in {"en", "and", "a", "an", "of"}:
            pass
        elif word in ("couple", "paar", "few", "aantal"):
            amount = 2.0 if word in ("couple", "paar") else 3.0  # "the next couple of months", "a few weeks"
        elif "-" in word and amount is None:
            # "during a six-month campaign", "binnen een driejarige-periode": the amount and unit in one word
            head, _, unit = word.partition("-")
            counted = word_number(head) if not head.isdigit() else float(head)
            unit = unit.removesuffix("s")
            if counted and (unit in dates.PERIOD_UNITS or unit + "s" in dates.PERIOD_UNITS):
                _mark(used, i, j - i + 1)
                return dates.add_period(reference, counted, unit if unit in dates.PERIOD_UNITS else unit + "s")
            break
        else:
            break
        j += 1
    if j < n and words[j] in dates.PERIOD_UNITS and amount is None and this and words[i] in _THIS_PERIOD_INTRO \
            and words[j] in _THIS_PERIOD_UNITS:
        # "during the quarter", "over the course of the year": the one under way
        _mark(used, i, j - i + 1)
        return _THIS_PERIOD_UNITS[words[j]](reference)
    if j < n and words[j] in dates.PERIOD_UNITS:
        if amount is None:
            # "binnen jaar" (no article) still means one year; any other unit needs a number
            # ("in a month", "in een jaar": with an article, any intro word will do)
            article = j > i + 1 and words[j - 1] in ("a", "an", "een")
            if j != start or (words[i] not in ("binnen", "within") and not article) or words[j] not in {
                    "jaar", "year", "maand", "month", "week", "kwartaal", "quarter"}:
                return None
            amount = 1.0
        # "a year and a half"
        width = j - i + 1
        if j + 3 < n and words[j + 1] in ("and", "en") and words[j + 3] == "half":
            amount += 0.5
            width += 3
        if amount <= 0 or amount > 120:
            return None
        _mark(used, i, width)
        return dates.add_period(reference, amount, words[j])
    return None


lexicon_articles = frozenset({"een", "a", "an"})
_THIS_PERIOD_INTRO = frozenset({"during", "throughout", "over", "in", "gedurende", "tijdens", "for"})
_THIS_PERIOD_UNITS = {
    "year": lambda day: date(day.year, 12, 31), "jaar": lambda day: date(day.year, 12, 31),
    "quarter": lambda day: dates.end_of_quarter(day.year, (day.month - 1) // 3 + 1),
    "kwartaal": lambda day: dates.end_of_quarter(day.year, (day.month - 1) // 3 + 1),
    "month": lambda day: dates.end_of_month(day.year, day.month),
    "maand": lambda day: dates.end_of_month(day.year, day.month),
}


# --- metric, direction, actor ----------------------------------------------------------------


def _find_metric(goal: ParsedGoal, tokens, words, used, text: str = "") -> None:
    found = find_metric(tokens, words, used, lexicon.WORD_DIRECTIONS, goal.lang, text)
    if found is None:
        return
    goal.metric_words = found.words
    if found.known is not None:
        set_metric(goal, found.known)
    goal.rate_metric = found.rate


def set_metric(goal: ParsedGoal, metric: lexicon.Metric) -> None:
    """Fill in what the lexicon knows of ``metric``: its names, which way is better, vanity."""
    goal.metric, goal.metric_nl = metric.name, metric.nl
    goal.vanity, goal.higher_is_better, goal.rate_metric = metric.vanity, metric.higher_is_better, metric.rate


WORD_DIRECTIONS = lexicon.WORD_DIRECTIONS


def _find_direction(goal: ParsedGoal, words: list[str]) -> None:
    found: str | None = None
    for i, word in enumerate(words):
        if word in lexicon.DIRECTION_FIRST_WORDS:
            phrase = None
            for size in (3, 2):
                phrase = lexicon.DIRECTION_PHRASES.get(tuple(words[i : i + size]))
                if phrase:
                    break
            if phrase:
                found = phrase  # ("get more leads": "more" alone is no phrase, and "get" no reason to stop)
                break
        direction = WORD_DIRECTIONS.get(word)
        if direction:
            if found == lexicon.KEEP and direction not in (lexicon.AT_MOST, lexicon.AT_LEAST):
                continue  # "houdt het verloop onder 5%": the bound says more than "keep"
            found = direction
            if direction not in (lexicon.REACH, lexicon.KEEP):
                break
    if found in (None, lexicon.REACH, lexicon.KEEP):
        found = _separable_direction(words) or found
    if found == lexicon.IMPROVE:
        found = lexicon.INCREASE if goal.higher_is_better else lexicon.DECREASE
    goal.direction = found


def _separable_direction(words: list[str]) -> str | None:
    """A Dutch separable verb: "we brengen de wachttijd terug", "het verloop neemt af"."""
    for particle, (direction, stems) in lexicon.SEPARABLE_PARTICLES.items():
        if particle in words and not stems.isdisjoint(words):
            return direction
    return None


def _find_actor(goal: ParsedGoal, tokens, words: list[str], text: str) -> None:
    owner = find_owner(words, [token[0] for token in tokens], goal.metric_words, text)
    if owner is not None:
        goal.actor = _as_written(owner, text)


def _as_written(words: str, text: str) -> str:
    """``words`` (lower case, from the tokens) as the text writes them: "De Lijn", "Coolblue"."""
    found = re.search(r"[\W_]+".join(map(re.escape, words.split())), text, re.IGNORECASE)
    return found.group(0) if found else words


# --- numbers -------------------------------------------------------------------------------


def _find_numbers(goal: ParsedGoal, tokens, words, used) -> None:
    numbers = _quantities(goal, tokens, words, used)
    goal.numbers = len(numbers)
    n = len(words)
    relative_at = -1  # where the stated change was written
    # Cues most goals lack, looked for once rather than at every number:
    may_be_now = not BASELINE_CUES.isdisjoint(words)
    may_compare = not _REFERENCE_BEFORE.isdisjoint(words)
    may_be_range = not _RANGE_OPENERS.isdisjoint(words)
    for num in numbers:
        if num.role:
            continue  # an age range
        i = num.index
        prev = words[i - 1] if i else ""
        prev2 = words[i - 2] if i > 1 else ""  # the word before ``prev``, even when ``prev`` skips "euro"
        if prev in _CURRENCY_PREFIX or prev in _APPROXIMATELY:
            prev = prev2  # ("naar zo'n 30 kg": the number goes to, roughly)
        nxt = words[num.end + 1] if num.end + 1 < n else ""
        paired = goal.baseline is not None and goal.target is not None  # the first from→to pair wins
        stated = num.percent and (_is_change_word(prev) or (prev in ("van", "of") and _is_change_word(prev2)))
        if num.percent and (stated or prev in BY_WORDS or prev == "+" or _is_change_word(nxt) or (
                tokens[i][1].startswith(("+", "-")) and prev not in TO_WORDS and prev not in FROM_WORDS)):
            if goal.relative_change is None or not paired:
                down = nxt.endswith(_DOWN_TAILS) or prev.endswith(_DOWN_TAILS) or prev2 in DOWN_WORDS
                sign = -1.0 if (down or num.value < 0 or goal.direction == lexicon.DECREASE) else 1.0
                goal.relative_change = sign * abs(num.value) / 100.0
                relative_at = i
            num.role = "relative"
        elif nxt in TIMES_WORDS and not num.percent and num.value > 0 and num.low is None and not (
                num.end + 3 < n and words[num.end + 2] in _RATE_WORDS and words[num.end + 3] in dates.PERIOD_UNITS):
            # ("3x", "drie keer"; but "1-4 times per month" is a rhythm)
            goal.relative_change = num.value - 1.0 if goal.direction != lexicon.DECREASE else 1.0 / num.value - 1.0
            relative_at = i
            num.role = "relative"
        elif prev in RATE_OPENERS and nxt in dates.PERIOD_UNITS:
            num.role = "rate"  # "every 2 weeks": a rhythm, not a quantity
        elif _is_year(tokens, num) and (prev in _BEFORE_A_YEAR or prev.endswith(("jaar", "year")) or not (
                nxt and nxt not in lexicon.PHRASE_BREAKS and nxt not in lexicon.DETERMINERS and nxt not in dates.MONTHS)):
            num.role = "year"  # "vanaf 2020", "het topjaar 2016", "… in 2013.": a year, never a quantity
        elif (num.percent and nxt in ("of", "van") and goal.direction == lexicon.DECREASE
              and goal.relative_change is None):
            goal.relative_change = -abs(num.value) / 100.0  # "90% van de CO2-uitstoot verminderen"
            relative_at = i
            num.role = "relative"
        elif paired or (goal.target is not None and prev in FROM_WORDS and _to_follows(words, numbers, num)):
            num.role = "other"  # a second metric's numbers ("and raise FCR from 61% to 75%")
        elif may_be_range and _is_range_end(words, numbers, num):
            continue  # "tussen 5 en 7 miljoen", "van 540 tot 600 miljoen": the upper end is the target
        # "van 2% naar 3%" is a baseline, but "een conversieratio van 3%" (no "naar" after) a target.
        elif (prev in FROM_WORDS and (prev != "van" or _last_index(words, TO_WORDS) > i) and prev2 not in _GOAL_WORDS) or (
                prev in ("€", "$") and prev2 in FROM_WORDS):
            goal.baseline = num.value
            num.role = "baseline"
        elif may_be_now and _baseline_cue(words, tokens, i):
            goal.baseline = num.value  # "currently 12 %", "(nu 58 %)", "up from 192 million"
            num.role = "baseline"
        elif prev in TO_WORDS and goal.baseline is None and not _PAST.isdisjoint(words[max(0, i - 6):i]):
            goal.baseline = num.value  # "De omzet steeg tot 135 miljoen": where it stands now
            num.role = "baseline"
        elif prev in TO_WORDS and not (prev == "to" and prev2 == "up" and goal.relative_change is None
                                       and i > 2 and words[i - 3] in BY_WORDS):
            goal.target = num.value
            num.role = "target"
        elif may_compare and _reference_before(words, i):
            num.role = "reference"  # "compared with $3.7 billion", "tegenover 833 miljoen"
        elif prev in BY_WORDS and not num.percent and prev != "with":
            goal.absolute_change = num.value  # "met 500 leads" ("with 500 leads" is a level)
            num.role = "relative"
        elif _bound_before(words, i):
            goal.target = num.value
            num.role = "target"
            if goal.direction in (None, lexicon.REACH, lexicon.INCREASE, lexicon.DECREASE, lexicon.KEEP):
                goal.direction = _bound_before(words, i)
        if num.percent and num.role in ("baseline", "target"):
            goal.percent = True
    if goal.relative_change is None and not FACTOR_WORDS.isdisjoint(words):
        _find_factor(goal, words, used)
    if goal.target is None and not _SHARE_OF.keys().isdisjoint(words):
        for i, word in enumerate(words[:-1]):
            if word in _SHARE_OF and words[i + 1] in ("of", "van"):
                goal.target, goal.percent = _SHARE_OF[word], True  # "minstens de helft van alle eiwitten": 50 %
                break
    # A lone number beside the metric ("500 leads", "NPS of 45") is the target.
    if goal.target is None:
        loose = [num for num in numbers if not num.role]
        if loose:
            pick = loose[-1] if goal.baseline is None else loose[0]
            goal.target = pick.value
            goal.percent = goal.percent or pick.percent
            pick.role = "target"
            first = loose[0]
            if (goal.baseline is None and first is not pick and first.percent == pick.percent
                    and first.currency == pick.currency and _unit_after(words, first) == _unit_after(words, pick)
                    and any(w in _NOW_THEN for w in words[first.end + 1:pick.index])
                    and not any(w in _GOAL_WORDS for w in words[max(0, first.index - 3):first.index])):
                # "Coolblue is goed voor 250 miljoen omzet, maar dat moet 1 miljard zijn": where it is, then the goal
                goal.baseline = first.value
                first.role = "baseline"
    if goal.baseline is None and goal.target is not None:
        reference = next((num for num in numbers if num.role == "reference"), None)
        if reference is not None:
            goal.baseline = reference.value  # the value compared with is where it starts from
    if goal.baseline is not None and goal.target is not None:
        _scale_like_target(goal, numbers)
    if (goal.relative_change is not None and relative_at >= 0 and goal.baseline is not None
            and goal.target is not None and _far_from_pair(numbers, relative_at)):
        goal.relative_change = None  # a change said of another metric ("while reducing cost by 12%")
    if goal.target is not None and goal.metric_words is None and _work_at_a_rate(goal, words):
        goal.target = None  # "publish two blog posts per week": a rhythm of work, no target
    if goal.direction in (None, lexicon.REACH) and goal.relative_change is not None:
        goal.direction = lexicon.INCREASE if goal.relative_change > 0 else lexicon.DECREASE
    elif goal.direction in (None, lexicon.REACH) and goal.baseline is not None and goal.target is not None:
        # "reach 45 % (currently 30 %)": the numbers give the direction
        goal.direction = lexicon.INCREASE if goal.target > goal.baseline else (
            lexicon.DECREASE if goal.target < goal.baseline else lexicon.KEEP)
    elif goal.direction is None and goal.target is not None:
        goal.direction = lexicon.REACH  # "30 demo's per week": a level to reach


_BEFORE_A_YEAR = frozenset({"van", "of", "in", "than", "dan", "sinds", "since", "from", "vanaf", "tot", "until", "na",
                            "after", "voor", "before", "t/m", "jaar", "year", "begin", "eind", "end", "tegen", "by"})
_CHANGE_TAILS = ("groei", "stijging", "daling", "reductie", "toename", "afname", "growth", "reduction", "increase",
                 "decrease", "verlaging", "verhoging", "besparing", "savings")
_DOWN_TAILS = tuple(DOWN_WORDS) + ("daling", "reductie", "afname", "verlaging", "besparing", "reduction", "decrease",
                                   "savings")


def _is_change_word(word: str) -> bool:
    """A word that states a change: "growth", "meer", or a compound ending in one ("CO2-reductie")."""
    return word in CHANGE_WORDS or (len(word) > 6 and word.endswith(_CHANGE_TAILS))


def _is_year(tokens, num: Number) -> bool:
    kind, raw, value = tokens[num.index]
    return kind == "num" and num.scale == 1.0 and not value[1] and not value[2] and raw.isdigit() and (
        1990 <= num.value <= 2100)


def _to_follows(words: list[str], numbers: list[Number], num: Number) -> bool:
    """Whether the next number is a "to" number: ``num`` opens a from→to pair of its own."""
    later = next((other for other in numbers if other.index > num.end), None)
    return later is not None and later.index - num.end <= 3 and words[later.index - 1] in TO_WORDS


def _unit_after(words: list[str], num: Number) -> bool:
    """Whether a period unit follows the number ("100 jaar"): then it is a duration."""
    return num.end + 1 < len(words) and words[num.end + 1] in dates.PERIOD_UNITS


# Words between a present figure and the goal's: "… 30% …; in 2030 zal dat 90% zijn".
_NOW_THEN = frozenset({"moet", "moeten", "must", "should", "will", "zal", "zullen", "wil", "willen", "wants", "maar",
                       "but", "target", "doel", "streven", "streeft", "naar", "to", "tot", "aims", "goal"})
_RANGE_OPENERS = frozenset({"tussen", "between", "van"})
RATE_OPENERS = frozenset({"every", "each", "elke", "iedere", "per", "om", "once"})
BASELINE_CUES = frozenset({"currently", "current", "now", "nu", "momenteel", "huidige", "huidig", "today",
                           "vandaag", "baseline", "nulmeting", "starting", "startpunt", "uitgangspunt", "presently",
                           "thans", "actueel"})
_REFERENCE_BEFORE = frozenset({"compared", "vergeleken", "tegenover", "tov", "t.o.v", "versus", "vs", "against",
                               "opzichte", "relative"})


def _baseline_cue(words: list[str], tokens, i: int) -> bool:
    """A number that says where the metric stands now: "currently 12", "(nu 58 %)", "huidige 40".

    "now" and "today" open many sentences ("Now he wants 55 million"), so they count only close
    to their number; nothing that states the goal may stand between a cue and its number.
    """
    for j in range(i - 1, max(-1, i - 9), -1):
        word = words[j]
        if word in BASELINE_CUES:
            if word in _SHORT_CUES and i - j > 4:
                return False
            return not (word in ("now", "nu") and j + 1 < len(words) and words[j + 1] in ("al", "already"))
        if tokens[j][0] in ("num", "range", "date") or word in TO_WORDS or word in BY_WORDS or word in _GOAL_WORDS \
                or (lexicon.WORD_DIRECTIONS.get(word, lexicon.REACH) != lexicon.REACH and word not in _QUALIFYING):
            return False  # ("we currently get 40": a verb of having is no goal)
    return False


# Verbs in the past tense: a number they reach is where the metric stands, not where it should go.
_PAST = frozenset({"steeg", "stegen", "daalde", "daalden", "groeide", "groeiden", "bedroeg", "bedroegen", "rose",
                   "grew", "fell", "dropped", "stood", "gestegen", "gegroeid", "gedaald"})
_QUALIFYING = frozenset({"meer", "more", "minder", "less", "dan", "than", "over", "ruim", "bijna", "nearly"})
_SHORT_CUES = frozenset({"now", "nu", "today", "vandaag"})
# Words that state the goal: a number after them is where to go, not where one stands.
_GOAL_WORDS = frozenset({"target", "streefwaarde", "goal", "doel", "want", "wants", "wil", "willen", "set", "aim",
                         "aims", "hope", "hopes", "plan", "plans", "streven", "streeft", "ambitie", "will", "zal",
                         "need", "needs", "nodig", "should", "must", "moet", "moeten", "hit", "reach", "achieve",
                         "attain", "halen", "bereiken", "behalen", "realiseren", "doelstelling", "objective",
                         "targeting", "aiming", "looking", "planning", "streven"})


def _reference_before(words: list[str], i: int) -> bool:
    return any(words[j] in _REFERENCE_BEFORE for j in range(max(0, i - 3), i))


def _is_range_end(words: list[str], numbers: list[Number], num: Number) -> bool:
    """The lower end of "tussen A en B" / "between A and B", or of "van A tot B miljoen" (a
    Dutch range whose scale word follows B only): it is no baseline. The upper end is kept."""
    i = num.index
    prev = words[i - 1] if i else ""
    after = words[num.end + 1] if num.end + 1 < len(words) else ""
    later = next((other for other in numbers if other.index > num.end), None)
    if later is None or later.index != num.end + 2:
        return False
    if prev in ("tussen", "between") and after in ("en", "and"):
        num.role = "range"
        return True
    if prev == "van" and after == "tot" and num.scale == 1.0 and later.scale > 1.0:
        num.role = "range"
        return True
    return False


def _scale_like_target(goal: ParsedGoal, numbers: list[Number]) -> None:
    """"from 1.5 to 2 million": a baseline without a scale word takes the target's."""
    base = next((num for num in numbers if num.role == "baseline"), None)
    target = next((num for num in numbers if num.role == "target"), None)
    if base is None or target is None or base.scale != 1.0 or target.scale == 1.0 or goal.baseline != base.value:
        return
    scaled = base.value * target.scale
    if target.value / 20 <= scaled <= target.value * 20:
        goal.baseline = scaled


def _far_from_pair(numbers: list[Number], relative_at: int) -> bool:
    """Whether the stated change stands more than eight words from the from→to pair it would check."""
    pair = [num.index for num in numbers if num.role in ("baseline", "target")]
    return bool(pair) and min(abs(index - relative_at) for index in pair) > 8


_RATE_WORDS = frozenset({"per", "each", "every", "elke", "iedere", "a", "een"})


def _work_at_a_rate(goal: ParsedGoal, words: list[str]) -> bool:
    """Work done at a rhythm ("publish 3 posts per month", "wekelijks 1 post publiceren")."""
    if lexicon.ACTIVITY_VERBS.isdisjoint(words):
        return False
    if not lexicon.RHYTHM_WORDS.isdisjoint(words):
        return True
    return any(word in _RATE_WORDS and nxt in dates.PERIOD_UNITS for word, nxt in zip(words, words[1:]))


def _shortest_covering(words: set[str]) -> tuple[str, ...]:
    """The words of ``words`` that contain none of the others: each word contains one of them."""
    return tuple(sorted(w for w in words if not any(other != w and other in w for other in words)))


# Substrings only, so finding one is no proof; finding none is. "x" counts as a word only where a
# word token could begin and end: not after a letter the tokenizer reads, not before a letter or digit.
_CHANGE_HINTS = ("%",) + _shortest_covering({"procent", "percent"} | set(FACTOR_WORDS) | (TIMES_WORDS - {"x"}))
_TIMES_X = re.compile(r"(?<![a-zà-ÿ])x(?![a-zà-ÿ0-9])")


def _last_index(words: list[str], wanted: frozenset[str]) -> int:
    """The position of the last word in ``wanted``; -1 when there is none."""
    for i in range(len(words) - 1, -1, -1):
        if words[i] in wanted:
            return i
    return -1


def _find_factor(goal: ParsedGoal, words: list[str], used: list[bool]) -> None:
    """A change said in words: "verdubbelen" (+100 %), "by half", "met de helft". Of several
    ("double men's and quadruple international revenues"), the largest is the one to judge."""
    for i, word in enumerate(words):
        if word in _TWICE and i + 1 < len(words) and words[i + 1] in ("as", "zo", "zoveel", "the", "het", "de"):
            goal.relative_change = _TWICE[word]  # "twice as much revenue", "tweemaal zoveel leden"
            continue
        if word in MULTIPLIERS:
            factor = MULTIPLIERS[word]
            if goal.relative_change is None or abs(factor) > abs(goal.relative_change):
                goal.relative_change = factor
                goal.approximate = any(w in _ROUGHLY for w in words[max(0, i - 3):i])
                if factor > 0 and any(w in _MORE_THAN for w in words[max(0, i - 3):i]):
                    goal.relative_change = factor + 0.01  # "more than double": beyond +100 %, if only just
        elif word in _FRACTIONS and goal.relative_change is None and i > 0 and (
                words[i - 1] in BY_WORDS or (i > 1 and words[i - 2] in BY_WORDS and words[i - 1] in ("a", "een", "one"))):
            share = _FRACTIONS[word]  # "by one-third", "met een kwart"
            goal.relative_change = -share if goal.direction == lexicon.DECREASE else share
        elif word in HALF_WORDS and not used[i] and goal.relative_change is None and (
                (i > 0 and words[i - 1] in BY_WORDS) or (i > 1 and words[i - 2] in BY_WORDS and words[i - 1] in {"a", "de", "the"})):
            goal.relative_change = -0.5 if goal.direction == lexicon.DECREASE else 0.5


_SHARE_OF = {"half": 50.0, "helft": 50.0, "third": 100 / 3, "derde": 100 / 3, "quarter": 25.0, "kwart": 25.0,
             "majority": 50.0, "meerderheid": 50.0, "two-thirds": 200 / 3, "driekwart": 75.0}
_TWICE = {"twice": 1.0, "tweemaal": 1.0, "thrice": 2.0, "driemaal": 2.0}
_MORE_THAN = frozenset({"more", "meer", "over", "ruim", "than", "dan"})
_FRACTIONS = {"third": 1 / 3, "derde": 1 / 3, "one-third": 1 / 3, "quarter": 0.25, "kwart": 0.25,
              "one-quarter": 0.25, "two-thirds": 2 / 3, "fifth": 0.2, "vijfde": 0.2, "tenth": 0.1, "tiende": 0.1}
# Words that make a factor rough: "bijna een verdubbeling", "more than triple", "ruim verdubbelen".
_ROUGHLY = frozenset({"bijna", "almost", "nearly", "ongeveer", "about", "circa", "ca", "ruim", "meer", "more",
                      "over", "than", "dan", "roughly", "approximately", "zowat", "nagenoeg", "minstens", "least"})


def _quantities(goal: ParsedGoal, tokens, words, used) -> list[Number]:
    """The numbers outside dates and periods: digits, ranges, and number words that count
    ("twelve", "vijftigduizend", "een miljard")."""
    numbers: list[Number] = []
    n = len(tokens)
    after_last = 0  # the token after the last number's scale words ("two hundred thousand")
    for i, (kind, word, value) in enumerate(tokens):
        if kind == "word" and value is None and word not in ARTICLES:
            continue  # the common case: a word that writes out no number
        if i < after_last or used[i] or kind not in ("num", "range", "word"):
            continue
        last = i  # the token the scale words follow
        if kind == "num":
            number = Number(value[0], value[1], value[2], i)
            if _names_a_thing(tokens, words, i, value):
                number.role = "label"  # "Radio 2", "division 1": part of a name, no quantity
        elif kind == "range":
            number = Number(value[0], value[1], value[2], i, low=value[3])
            if _is_age(words, i):
                number.role = "age"  # "18-25-year-olds", "leeftijd 0-18 jaar": who, not how many
        elif (word in ARTICLES or word in ("one", "één")) and _scale_after(words, used, i):
            # "een miljard", "a million", "een half miljard": an article that counts a scale
            half = words[i + 1] in ("half", "halve")
            number = Number(0.5 if half else 1.0, False, None, i)
            last = i + half
        elif word in ARTICLES:
            continue
        else:
            counted = value  # the number the word writes out (see ``_token``)
            if counted is None or word in HALF_WORDS or word in ("halve", "halfjaar"):
                continue
            if (i + 1 < n and words[i + 1] in NOT_QUANTITY_AFTER.get(word, ())) or (
                    i and words[i - 1] in NOT_QUANTITY_BEFORE.get(word, ())):
                continue
            if word == "ten" and goal.lang == "nl":
                continue  # Dutch "ten" is a preposition ("ten minste", "ten opzichte van")
            number = Number(counted, False, None, i)
        j = last
        while j + 1 < n and words[j + 1] in SCALE_WORDS and not used[j + 1]:
            j += 1
            number.value *= SCALE_WORDS[words[j]]
            number.scale *= SCALE_WORDS[words[j]]
            if number.low is not None:
                number.low *= SCALE_WORDS[words[j]]
        number.end = j
        numbers.append(number)
        after_last = max(after_last, j + 1)
    return numbers


_CURRENCY_PREFIX = frozenset({"euro", "eur", "€", "$", "us", "usd", "aud", "cad", "nzd", "gbp", "£"})
_APPROXIMATELY = frozenset({"zo'n", "ongeveer", "circa", "ca", "about", "around", "approximately", "roughly",
                            "bijna", "nearly", "almost", "ruim", "some", "rond", "dik", "afgerond"})


def _names_a_thing(tokens, words: list[str], i: int, value) -> bool:
    """A small bare number right after a noun that is not a metric: "Radio 2", "division 1"."""
    if i == 0 or value[1] or value[2] or not 0 < value[0] < 100 or value[0] != int(value[0]):
        return False
    before = words[i - 1]
    after = words[i + 1] if i + 1 < len(words) else ""
    return (tokens[i - 1][0] == "word" and before not in lexicon.PHRASE_BREAKS and before not in lexicon.DETERMINERS
            and before not in lexicon.WORD_DIRECTIONS and before not in lexicon.COUNT_QUALIFIERS
            and before not in lexicon.QUANTITY_WORDS and before not in lexicon.INTENT_VERBS
            and before not in lexicon.ACTIVITY_VERBS and before not in dates.MONTHS
            and lexicon.metric_for_word(before) is None and after in _AFTER_A_NAME)


# What follows a name with a number in it: "Radio 2 moet …", "… the division 1."
_AFTER_A_NAME = frozenset({"", "and", "en", "or", "of", "moet", "moeten", "must", "has", "heeft", "hebben", "is", "will",
                           "zal", "wil", "wants", "should", "gaat"})


def _scale_after(words: list[str], used: list[bool], i: int) -> bool:
    """Whether a scale word follows ``words[i]``, perhaps after "half": "een (half) miljard"."""
    j = i + 1 + (i + 1 < len(words) and words[i + 1] in ("half", "halve"))
    return j < len(words) and words[j] in SCALE_WORDS and not used[j]


_AGE_AFTER = frozenset({"year-olds", "year-old", "jarigen", "jarige", "years", "jaar", "yo", "jr", "year"})
_AGE_BEFORE = frozenset({"aged", "ages", "age", "leeftijd", "leeftijden", "leeftijdsgroep", "tussen"})


def _is_age(words: list[str], i: int) -> bool:
    """A range of ages: "18-25-year-olds", "aged 25-34", "van 0-18 jaar"."""
    after = words[i + 1] if i + 1 < len(words) else ""
    before = words[i - 1] if i else ""
    before2 = words[i - 2] if i > 1 else ""
    return after in ("year-olds", "year-old", "jarigen", "jarige", "yo") or (
        after in _AGE_AFTER and (before in _AGE_BEFORE or before2 in _AGE_BEFORE or before in ("van", "of"))) or (
        before in _AGE_BEFORE and before != "tussen")


def _bound_before(words: list[str], index: int) -> str | None:
    prev = words[index - 1] if index else ""
    if prev in BOUND_PHRASE_ENDS:
        for size in (3, 2):
            if index - size >= 0:
                phrase = lexicon.DIRECTION_PHRASES.get(tuple(words[index - size : index]))
                if phrase in (lexicon.AT_MOST, lexicon.AT_LEAST):
                    return phrase
    if prev in {"€", "$", "de", "the"} and index > 1:
        prev = words[index - 2]
    direction = lexicon.DIRECTION_WORDS.get(prev)
    return direction if direction in (lexicon.AT_MOST, lexicon.AT_LEAST) else None


# The last words of "at most", "no more than", "ten minste" ...: a bound phrase ends in one of them.
BOUND_PHRASE_ENDS = frozenset(phrase[-1] for phrase, direction in lexicon.DIRECTION_PHRASES.items()
                              if direction in (lexicon.AT_MOST, lexicon.AT_LEAST))
