"""Plural number words count as the least they say (issue 12, class "a plural number word";
DOMAIN.md M: a number word is a number for the target).

"thousands" and "millions" were read as 1,000 and 1,000,000; "hundreds", "honderden", "duizenden",
"tienduizenden", "honderdduizenden" and "miljoenen" gave no number at all, so "op tienduizenden
flessen zitten" failed M. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

PLURALS = [
    ("We want to win hundreds of new members by June", 100.0),
    ("We willen volgend jaar duizenden nieuwe donateurs werven", 1000.0),
    ("Eind 2028 willen we op tienduizenden verkochte boxen zitten", 10_000.0),
    ("Het museum wil honderdduizenden bezoekers per jaar trekken", 100_000.0),
    ("De app moet in 2030 miljoenen gebruikers hebben", 1_000_000.0),
    ("Reach thousands of new readers this year", 1000.0),
]


@pytest.mark.parametrize(("text", "target"), PLURALS)
def test_a_plural_number_word_is_the_least_it_says(text: str, target: float) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.target == target
    assert result.verdicts["M"].passed


def test_a_scale_after_a_count_still_multiplies() -> None:
    assert smart_check("Zes miljoen bezoekers in 2030", today=TODAY).parsed.target == 6_000_000.0
