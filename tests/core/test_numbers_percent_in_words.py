"""A percentage written in words is a percentage (issue 12, class "a percentage in words";
DOMAIN.md M: number words count; R: the realism bounds judge a relative change).

"met vijftig procent", "by twenty percent", "met honderdvijftig procent", "by one hundred fifty
percent" were read as a change of 50 or 150 units, which no bound judges; now they are changes
of +50 % and +150 % (beyond +100 %: R fails), and "naar vijf procent" is a rate of 5 %. English
tens after "hundred" join it ("two hundred and fifty"). Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 1, 1)

# (text, change, whether R passes)
CHANGES = [
    ("Groei de omzet met vijftig procent in twee jaar", 0.5, True),
    ("Groei de omzet met honderdvijftig procent in twee jaar", 1.5, False),
    ("Grow ticket sales by twenty percent in 2027", 0.2, True),
    ("Grow revenue by one hundred fifty percent in two years", 1.5, False),
    ("Verlaag de kosten met zestig procent in 2027", -0.6, False),
]


@pytest.mark.parametrize(("text", "change", "realistic"), CHANGES)
def test_a_percentage_in_words_is_a_relative_change(text: str, change: float, realistic: bool) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.relative_change == pytest.approx(change)
    assert result.parsed.absolute_change is None
    assert result.verdicts["R"].passed is realistic


def test_a_rate_in_words_is_a_percentage() -> None:
    goal = smart_check("Verhoog de conversie naar vijf procent in 2027", today=TODAY).parsed
    assert (goal.target, goal.percent) == (5.0, True)


def test_tens_after_hundred_join_it() -> None:
    assert smart_check("Sell two hundred and fifty tickets in 2027", today=TODAY).parsed.target == 250.0
