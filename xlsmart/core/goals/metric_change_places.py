"""Where a change happens is not what changes: "de toename bij de schouwburgen en theaters", "growth at our stores".

Issue 12, class "a change at a place" (DOMAIN.md S: the metric is what the goal measures). After a
change noun, "van"/"of"/"in" names what changes ("de groei van het aantal leden", "growth in sales"),
but "bij"/"at"/"among" names where or among whom it happens ("schat de toename bij de schouwburgen en
theaters op 20 tot 30 procent", "we expect growth at our stores of 5%"): the theatres and stores are
not measured, and the goal names no metric unless it says what grows elsewhere.
"""

from __future__ import annotations

from typing import Final

from ..lexicon.word_classes import CHANGE_NOUNS, DETERMINERS

_AT: Final = frozenset({"bij", "at", "among", "amongst"})
_AND: Final = frozenset({"en", "and", "&"})


def where_a_change_happens(words: list[str], start: int) -> bool:
    """Whether the phrase at ``start`` stands after a change noun and "bij"/"at"/"among" (or is joined to
    such a phrase by "en"/"and").

    >>> where_a_change_happens("schat de toename bij de schouwburgen en theaters".split(), 5)
    True
    >>> where_a_change_happens("schat de toename bij de schouwburgen en theaters".split(), 7)
    True
    >>> where_a_change_happens("de toename van het aantal leden".split(), 5)
    False
    """
    k = start - 1
    while k >= 0 and words[k] in DETERMINERS:
        k -= 1
    if k > 1 and words[k] in _AND:
        k -= 2  # ("bij de schouwburgen en theaters": back past the first of the two)
        while k >= 0 and words[k] in DETERMINERS:
            k -= 1
    return k > 0 and words[k] in _AT and words[k - 1] in CHANGE_NOUNS
