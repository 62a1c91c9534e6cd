"""Number words that count roughly are numbers (issue 12, class "a number word of about so
many"; DOMAIN.md M: a number word counts, "een miljard", "honderdduizend").

"een tiental nieuwe winkels" (about ten), "een twintigtal partners", "een honderdtal klanten",
and "half-a-million pounds" written with hyphens: each is a number for the target or the change.
"aantal", "totaal", "digital" and the like stay words. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check
from xlsmart.core.numbers import word_number

TODAY = date(2027, 1, 1)

TARGETS = [
    ("We willen in 2027 een twintigtal nieuwe resellers werven", 20.0),
    ("Win een honderdtal nieuwe abonnees voor de zomer", 100.0),
    ("De keten opent dit jaar een tiental nieuwe filialen", 10.0),
    ("Wij halen in 2027 een vijftigtal nieuwe sponsors binnen", 50.0),
]


@pytest.mark.parametrize(("text", "target"), TARGETS)
def test_a_dutch_word_of_about_so_many_is_the_target(text: str, target: float) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.target == target
    assert result.verdicts["M"].passed


def test_half_a_million_with_hyphens_is_the_change() -> None:
    result = smart_check("Increase ticket revenue by half-a-million pounds within three years", today=TODAY)
    assert result.parsed.absolute_change == 500_000.0
    assert result.verdicts["M"].passed


@pytest.mark.parametrize("word", ["aantal", "totaal", "digital", "capital", "getal", "kwartaal", "half-a-day"])
def test_words_that_only_end_like_one_are_no_number(word: str) -> None:
    assert word_number(word) is None


# A piece of a scale counted by an article: "a quarter million", "half a million", "een kwart miljoen".
PIECES = [
    ("Sell a quarter million tickets in 2027", 250_000.0),
    ("Reach half a million listeners by the end of 2027", 500_000.0),
    ("Verkoop een kwart miljoen kaarten in 2027", 250_000.0),
    ("We willen in 2027 een half miljoen bezoekers", 500_000.0),
    ("Verkoop een miljoen kaarten in 2027", 1_000_000.0),
]


@pytest.mark.parametrize(("text", "target"), PIECES)
def test_a_piece_of_a_scale_counts_that_piece(text: str, target: float) -> None:
    assert smart_check(text, today=TODAY).parsed.target == target
