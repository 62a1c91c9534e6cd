"""Language cues: the words whose presence votes for Dutch or for English.

"we", "in" and "per" are as Dutch as they are English, so they count for neither; every
direction word votes for its own language.
"""

from __future__ import annotations

from typing import Final

from .directions import DUTCH_DIRECTION_WORDS, ENGLISH_DIRECTION_WORDS

# "we", "in" and "per" are as Dutch as they are English, so they count for neither.
DUTCH_CUES: Final = frozenset({
    "de", "het", "een", "van", "naar", "met", "binnen", "voor", "vóór", "tegen", "en", "ons",
    "onze", "wij", "ik", "jaar", "maanden", "maand", "weken", "dagen", "komende", "tot", "op",
    "kwartaal", "aantal", "door", "eind", "uiterlijk", "moeten", "moet", "willen", "wil", "worden",
    "wordt", "zijn", "blijven", "blijft", "nieuwe", "beter", "dan", "dit", "deze", "volgend",
    "elke", "iedere", "onder", "boven", "opzichte", "vorig", "vorige", "nog", "niet", "zo",
    "snel", "mogelijk", "ieder", "gaan", "gaat", "graag", "alle", "jouw", "mijn",
}) | DUTCH_DIRECTION_WORDS - {"meer", "minder"}
ENGLISH_CUES: Final = frozenset({
    "the", "a", "an", "of", "to", "from", "by", "within", "before", "and", "our", "year",
    "months", "month", "weeks", "days", "next", "until", "on", "quarter", "number", "end", "at",
    "least", "most", "will", "want", "should", "must", "new", "than", "this", "last", "every",
    "each", "with", "be", "become", "possible", "all", "my", "your", "during",
}) | ENGLISH_DIRECTION_WORDS - {"min", "max"}
# Each word's vote in language detection: +1 Dutch, -1 English (a word in both sets cancels out).
LANGUAGE_CUES: dict[str, int] = {
    word: (word in DUTCH_CUES) - (word in ENGLISH_CUES) for word in DUTCH_CUES | ENGLISH_CUES
}


DUTCH_SPELLING: Final = ("ij", "oe", "sch", "aa", "uu", "en ", "cht", "ui")

ENGLISH_SPELLING: Final = ("th", "w", "ing ", "ea", "ou", "y ", "sh", "tion")
