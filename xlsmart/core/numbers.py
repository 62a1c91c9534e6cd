"""Numbers as marketers type them: Dutch or English separators, currency, percentages, words.

``10.000`` and ``10,000`` are both ten thousand; ``10,2%`` and ``10.2%`` are the same rate.
A single separator followed by exactly three digits is a thousands separator (the common case
in both languages for counts and money); anything else is a decimal separator.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

# A number as written: optional sign, digits with optional grouping, optional decimals.
# Every quantifier is over a disjoint character class, so matching is linear in the input.
NUMBER_PATTERN = r"[+\-−]?\d+(?:[.,]\d+)*"
_NUMBER_TEXT = re.compile(
    r"^\s*(?P<cur>[€$£])?\s*(?P<num>" + NUMBER_PATTERN + r")\s*(?P<pct>%|procent|percent)?"
    r"\s*(?:(?P<word>euro|eur|dollar|usd|k|m|mln|miljoen|million|duizend|thousand))?\s*$",
    re.IGNORECASE,
)
_THOUSANDS = {"k": 1e3, "duizend": 1e3, "thousand": 1e3, "m": 1e6, "mln": 1e6, "miljoen": 1e6, "million": 1e6}

# Number words that count as quantities. "een"/"a" only count where the caller knows they are
# a quantity ("binnen een jaar"); as plain words they are articles.
NUMBER_WORDS: dict[str, float] = {
    "één": 1, "een": 1, "eén": 1, "one": 1, "a": 1, "an": 1,
    "twee": 2, "two": 2, "drie": 3, "three": 3, "vier": 4, "four": 4,
    "vijf": 5, "five": 5, "zes": 6, "six": 6, "zeven": 7, "seven": 7,
    "acht": 8, "eight": 8, "negen": 9, "nine": 9, "tien": 10, "ten": 10,
    "elf": 11, "eleven": 11, "twaalf": 12, "twelve": 12, "dertien": 13, "thirteen": 13,
    "veertien": 14, "fourteen": 14, "vijftien": 15, "fifteen": 15, "achttien": 18, "eighteen": 18,
    "twintig": 20, "twenty": 20, "dertig": 30, "thirty": 30, "veertig": 40, "forty": 40,
    "vijftig": 50, "fifty": 50, "zestig": 60, "sixty": 60, "negentig": 90, "ninety": 90,
    "honderd": 100, "hundred": 100, "anderhalf": 1.5, "anderhalve": 1.5,
    "half": 0.5, "halve": 0.5, "halfjaar": 0.5, "zero": 0, "nul": 0,
    "zestien": 16, "sixteen": 16, "zeventien": 17, "seventeen": 17, "negentien": 19, "nineteen": 19,
    "zeventig": 70, "seventy": 70, "tachtig": 80, "eighty": 80,
}
ARTICLES = frozenset({"een", "a", "an"})
# Words that multiply the number before them ("€ 2 miljoen", "two hundred leads"), or that are a
# number on their own ("duizend extra vrijwilligers", "een miljard").
SCALE_WORDS: dict[str, float] = {
    "honderd": 100.0, "hundred": 100.0, "duizend": 1e3, "thousand": 1e3, "miljoen": 1e6, "million": 1e6,
    "mln": 1e6, "mio": 1e6, "miljard": 1e9, "billion": 1e9, "bn": 1e9, "mld": 1e9, "mrd": 1e9, "millions": 1e6,
    "thousands": 1e3, "biljoen": 1e12, "trillion": 1e12,
    # the plurals as the least they say, as "thousands" and "millions" are ("tienduizenden flessen", "hundreds of hotels")
    "hundreds": 100.0, "honderden": 100.0, "duizenden": 1e3, "tienduizenden": 1e4, "honderdduizenden": 1e5,
    "miljoenen": 1e6,
    "dozen": 12.0, "dozijn": 12.0,  # "a dozen new partners", "two dozen stores" (not "dozens of": no floor a goal sets)
}
_UNITS_NL = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
             "negen": 9}
_TENS_NL = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
            "tachtig": 80, "negentig": 90}
_TENS_EN = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
            "ninety": 90}


@lru_cache(maxsize=4096)  # goals repeat their words; most are no number and are settled at once
def word_number(word: str) -> float | None:
    """The number a single word writes out, Dutch compounds and English hyphens included.

    >>> word_number("vijfentwintig"), word_number("honderdduizend"), word_number("twenty-five")
    (25.0, 100000.0, 25.0)
    >>> word_number("tiental"), word_number("honderdtal"), word_number("half-a-million"), word_number("aantal")
    (10.0, 100.0, 500000.0, None)
    """
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    if word in SCALE_WORDS:
        return SCALE_WORDS[word]
    if len(word) < 5 or (not word.isalpha() and "-" not in word):
        return None
    if "-" in word:  # "twenty-five", "one-hundred"
        head, _, tail = word.partition("-")
        if head in _TENS_EN and tail in NUMBER_WORDS and NUMBER_WORDS[tail] < 10:
            return float(_TENS_EN[head] + NUMBER_WORDS[tail])
        half, _, scale = tail.partition("-")
        if head in ("half", "halve") and half in ARTICLES and scale in SCALE_WORDS:
            return 0.5 * SCALE_WORDS[scale]  # "half-a-million", "half-a-billion"
        return None
    word = word.replace("ë", "e")
    if word.endswith("tal") and (about := _dutch_below_1000(word[:-3]) or SCALE_WORDS.get(word[:-3])):
        return about  # "een tiental", "een twintigtal", "een honderdtal": about that many
    for scale, factor in (("miljard", 1e9), ("miljoen", 1e6), ("duizend", 1e3), ("honderd", 1e2)):
        at = word.find(scale)
        if at >= 0:
            before, after = word[:at], word[at + len(scale):]
            count = 1.0 if not before else _dutch_below_1000(before)
            rest = 0.0 if not after else word_number(after)
            if count is None or rest is None:
                return None
            return count * factor + rest
    return _dutch_below_1000(word)


def _dutch_below_1000(word: str) -> float | None:
    """"vijfentwintig" (5 + 20), "dertien", "twee" ... as a number below a thousand; else None."""
    if word in NUMBER_WORDS:
        value = NUMBER_WORDS[word]
        return float(value) if value >= 1 and value == int(value) else None
    if word in _TENS_NL:
        return float(_TENS_NL[word])
    unit, sep, tens = word.partition("en")
    while sep:
        if unit in _UNITS_NL and tens in _TENS_NL:
            return float(_UNITS_NL[unit] + _TENS_NL[tens])
        more, sep, tens = tens.partition("en")
        unit = unit + "en" + more
    return None


@dataclass(frozen=True)
class Quantity:
    """A parsed number: its value, and whether it was written as a percentage or money."""

    value: float
    percent: bool = False
    currency: str | None = None


def parse_digits(text: str) -> float:
    """Digits with ``.``/``,`` separators to a float, deciding which separator is decimal.

    >>> parse_digits("10.000"), parse_digits("10,2"), parse_digits("1.250,50"), parse_digits("1,250.5")
    (10000.0, 10.2, 1250.5, 1250.5)
    """
    sign = -1.0 if text[:1] in "-−" else 1.0
    body = text.lstrip("+-−")
    has_dot, has_comma = "." in body, "," in body
    if has_dot and has_comma:
        decimal = "," if body.rfind(",") > body.rfind(".") else "."
        grouping = "." if decimal == "," else ","
        body = body.replace(grouping, "").replace(decimal, ".")
    elif has_dot or has_comma:
        sep = "." if has_dot else ","
        parts = body.split(sep)
        grouped = len(parts) > 2 or (len(parts[-1]) == 3 and len(parts[0]) <= 3 and parts[0] != "0")
        if grouped and all(len(p) == 3 for p in parts[1:]):
            body = body.replace(sep, "")
        elif len(parts) == 2:
            body = body.replace(sep, ".")
        else:
            raise ValueError(f"not a number: {text!r}")
    return sign * float(body)


def parse_quantity(value: object) -> Quantity | None:
    """A cell or argument value to a :class:`Quantity`; ``None`` when it holds no number.

    >>> parse_quantity("€ 45,50")
    Quantity(value=45.5, percent=False, currency='€')
    >>> parse_quantity("10,2%").value
    10.2
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
        return Quantity(number) if math.isfinite(number) else None
    if not isinstance(value, str):
        return None
    return _quantity_from_text(value)


@lru_cache(maxsize=4096)  # number cells repeat ("10%", "1.000"); only text is cached, see below
def _quantity_from_text(value: str) -> Quantity | None:
    """:func:`parse_quantity` for text. Numbers are not cached: 0.0 == -0.0 and 1 == True,
    so a cache would hand one of them the other's result."""
    text = value.strip()
    if not text or len(text) > 64:
        return None
    word = NUMBER_WORDS.get(text.lower())
    if word is not None and text.lower() not in ARTICLES:
        return Quantity(float(word))
    match = _NUMBER_TEXT.match(text)
    if not match:
        return None
    try:
        number = parse_digits(match["num"])
    except ValueError:
        return None
    if not math.isfinite(number):
        return None
    unit = (match["word"] or "").lower()
    if unit in _THOUSANDS:
        number *= _THOUSANDS[unit]
    currency = match["cur"] or ("€" if unit in ("euro", "eur") else "$" if unit in ("dollar", "usd") else None)
    return Quantity(number, percent=bool(match["pct"]), currency=currency)


def parse_number(value: object) -> float | None:
    """A number from a number or number text; percentages keep their written value (``"10%"`` → 10).

    >>> parse_number("1.200"), parse_number(3), parse_number("n/a")
    (1200.0, 3.0, None)
    """
    quantity = parse_quantity(value)
    return None if quantity is None else quantity.value


def require_number(value: object, what: str) -> float | None:
    """Like :func:`parse_number`, but text that is not a number raises ``ValueError``; empty is None."""
    if value.__class__ is float and value - value == 0.0:  # a finite float: the usual cell (inf - inf is NaN)
        return value
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number = parse_number(value)
    if number is None:
        raise ValueError(f"{what} must be a number, got {value!r}")
    return number
