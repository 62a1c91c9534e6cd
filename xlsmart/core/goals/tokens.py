"""Tokens: a goal's text split into words, numbers, ranges and dates, and its language.

The text is split once by one linear regular expression (each piece between spaces once, then
cached: goals repeat their words), so no input can make the parser backtrack. A token is a
triple (kind, text, value): kinds date, baddate, ord, num, range, word and sym; a word's value
is the number it writes out ("twelve", "vijftigduizend"), if any.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from itertools import chain, repeat
from typing import Final

from .. import dates
from ..lexicon.language import DUTCH_SPELLING, ENGLISH_SPELLING, LANGUAGE_CUES
from ..lexicon.word_classes import COUNTING_WORDS, PHRASE_BREAKS
from ..numbers import ARTICLES, SCALE_WORDS, parse_digits, word_number

MAX_TEXT = 5_000  # a goal is a sentence or two; longer text is judged on its first part

# One token: a word, a date, an ordinal, a number (with currency, %, k/m) or an arrow. Only a
# word starts with a letter, so trying words first changes nothing but saves time, as does the
# look-ahead that fails at once on spaces and punctuation.
_TOKEN: Final = re.compile(
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
_RAW_TOKENS: Final = re.compile(re.sub(r"\(\?P<\w+>", "(?:", _TOKEN.pattern))


# Digits in groups of three after a first group that is not "0" ("0,125" is a fraction), one
# separator throughout: the commonest number after plain digits, read without the full pattern.
_GROUPED: Final = re.compile(r"[1-9][0-9]{0,2}(?:(?:,[0-9]{3})+|(?:\.[0-9]{3})+)")


# Only a currency sign before a number ("€ 500") or a percentage after one ("10 %", "tien
# procent") makes a token with whitespace inside; :func:`tokenize` looks for these first. The
# test r"[€$£]\s|\s(?:%|procent|percent)" in three searches, each but the first opening with a
# literal (so the search skips to it) and each run only when its sign is in the text: 2-3x faster.
_SPACE_PERCENT: Final = re.compile(r"%(?<=\s%)")
_SPACE_CENT: Final = re.compile(r"cent(?<=\s(?:pro|per)cent)")
_CURRENCY_SPACE: Final = re.compile(r"[€$£]\s")


def _spaced_token_in(text: str) -> bool:
    """Whether ``text`` may hold a token with whitespace inside: "€ 500", "10 %", "tien procent"."""
    return bool(("%" in text and _SPACE_PERCENT.search(text)) or ("cent" in text and _SPACE_CENT.search(text)) or (
        ("€" in text or "$" in text or "£" in text) and _CURRENCY_SPACE.search(text)))


def tokenize(text: str) -> list[tuple[str, str, object]]:
    """(kind, text, value) triples: kinds date, baddate, ord, num, word, sym.

    Unless a token holds whitespace, a text's tokens are those of its whitespace-separated
    pieces one after the other: the look-aheads that end a token are negative, so whitespace
    passes them as the end of a piece does. Pieces recur from goal to goal ("increase",
    "leads", "2027"), so each piece's tokens are worked out once.
    """
    if _spaced_token_in(text):
        return tokens_of(text)
    return list(chain.from_iterable(map(_piece_tokens, text.split())))


def tokens_of(text: str) -> list[tuple[str, str, object]]:
    return list(filter(None, map(_token, _RAW_TOKENS.findall(text))))  # a token is a 3-tuple, never falsy


@lru_cache(maxsize=32_768)
def _piece_tokens(piece: str) -> tuple[tuple[str, str, object], ...]:
    """The tokens of one piece of text without whitespace."""
    return tuple(filter(None, map(_token, _RAW_TOKENS.findall(piece))))


@lru_cache(maxsize=16_384)
def _token(raw: str) -> tuple[str, str, object] | None:
    """The token for one raw token text; None for digits that are no usable number."""
    if raw.isdecimal() or _GROUPED.fullmatch(raw):
        # plain digits (``\d`` is exactly what isdecimal accepts), the commonest number, or thousands
        # grouped ("12,345", "1.250.000", as ``parse_digits`` reads them): no need of the full pattern
        value = float(raw.replace(",", "").replace(".", ""))  # (plain digits hold neither)
        return ("num", raw, (value, False, None)) if math.isfinite(value) else None
    match = _TOKEN.fullmatch(raw)
    if match is None:  # never: ``raw`` is what the same pattern found
        return None
    kind = match.lastgroup
    if kind == "word":
        word = raw.rstrip("-'’")
        # A word's value is the number it writes out ("twelve", "vijftigduizend"), else None: worked
        # out here, once a piece, so that reading a goal's numbers costs no look-up a word.
        return ("word", word, word_number(word) if word in COUNTING_WORDS or word in SCALE_WORDS or (
            word not in ARTICLES and word not in PHRASE_BREAKS) else None)
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
        if 1990 <= low <= 2100 and high < 100 and low == int(low) and high == (low + 1) % 100:
            high = low + 1  # "2013-14", "2024-25": a season or fiscal year that ends in the next year
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
    score = sum(map(LANGUAGE_CUES.get, words, repeat(0)))
    if score == 0:
        text = " ".join(words) + " "
        score = sum(text.count(mark) for mark in DUTCH_SPELLING) - sum(text.count(mark) for mark in ENGLISH_SPELLING)
    return "nl" if score > 0 else "en"


def clean_text(text: str) -> str:
    """A goal's text as the parser reads it: its first part, lower case, quotes and spaces plain."""
    clean = text[:MAX_TEXT].lower().replace("\u00a0", " ").replace("’", "'")
    if "\u2011" in clean or "\u2010" in clean:  # a non-breaking or Unicode hyphen: "plant‑based", "non‑members"
        clean = clean.replace("\u2011", "-").replace("\u2010", "-")
    clean = clean.replace("t.o.v.", " tov ").replace("e.o.y.", " eoy ")
    if _DIGITS_SPACE_DIGITS.search(clean):  # (a plain scan first: most goals have no such group)
        clean = _SPACED_THOUSANDS.sub(lambda found: found.group(0).replace(" ", ""), clean)  # "10 000 views"
    return clean.replace(" per cent", " percent") if "per cent" in clean else clean


# Thousands grouped with spaces: "10 000", "1 250 000" (not "Q3 2027" or "18 100", which stand
# after a letter or are no group of three).
# (the same test as r"\d \d\d\d", written to open with the space: the search then skips from
# space to space instead of trying a digit at every character, about 2.5x faster)
_DIGITS_SPACE_DIGITS: Final = re.compile(r" (?<=\d )\d\d\d")
_SPACED_THOUSANDS: Final = re.compile(r"(?<![\w.,])\d{1,3}(?: \d{3})+(?![\w.,])")
