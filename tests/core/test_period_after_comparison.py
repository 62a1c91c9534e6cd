"""A deadline after a comparison (issue 12, class 'a deadline after the compared-to'; DOMAIN.md T: a
date or a period, a comparison year is no deadline).

A comparison word ("vs", "t.o.v.", "against", "compared") names its yardstick in the words right after
it; a time that a preposition of a deadline ("by", "tegen", "uiterlijk") or a duration ("in 18 months",
"in 2 jaar") opens after that yardstick is when the goal is due, and its number is no baseline. A time
right after the comparison word stays the yardstick. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

DUE = [
    ("Cut energy use 20% vs baseline by 2030.", date(2030, 12, 31)),
    ("Lower packaging waste 30% versus baseline in 18 months.", date(2028, 8, 1)),
    ("Grow repeat orders 15% vs last quarter by Q3 2027.", date(2027, 9, 30)),
    ("Afval -25% t.o.v. nulmeting in 12 mnd", date(2028, 2, 1)),
    ("Verlaag het energieverbruik met 20% t.o.v. de baseline tegen 2029.", date(2029, 12, 31)),
    ("Verhoog het aantal donateurs met 10% t.o.v. het basisjaar in 2 jaar.", date(2029, 2, 1)),
]


@pytest.mark.parametrize(("text", "deadline"), DUE)
def test_a_time_after_the_yardstick_is_the_deadline(text: str, deadline: date) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline == deadline
    assert result.verdicts["T"].passed
    assert result.parsed.baseline is None  # (the duration's number is no baseline)


COMPARED = [
    "Grow bookings 20% vs 2019.",
    "Raise online sales 20% compared with 2024.",
    "Verhoog de omzet met 20% t.o.v. 2024.",
    "Meer bezoekers dan in 2019.",
]


@pytest.mark.parametrize("text", COMPARED)
def test_a_time_right_after_the_comparison_is_no_deadline(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline is None
    assert not result.verdicts["T"].passed
