"""A word that stresses how short a period is leaves the period (issue 12, class 'in just two years';
DOMAIN.md T: a date or a period).

"in just two years time", "within only 6 months", "binnen slechts zes maanden", "in amper twee jaar":
a focus word between the period's opener and its count hid the period, so T failed (and the count
could become a figure of the goal). Like "the", "komende" or "whole", it is a filler of the period.
Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

PERIODS = [
    ("Bring average delivery time down to 2 days in just one year.", date(2028, 2, 1)),
    ("Within only 6 months, grow the newsletter list to 8,000 readers.", date(2027, 8, 1)),
    ("Double trial sign-ups in barely three months.", date(2027, 5, 1)),
    ("Grow the partner network to 40 resellers in a mere 18 months.", date(2028, 8, 1)),
    ("Binnen slechts zes maanden 500 nieuwe leden werven.", date(2027, 8, 1)),
    ("De levertijd in amper twee jaar terugbrengen tot 3 dagen.", date(2029, 2, 1)),
    ("Het aantal vrijwilligers in luttele drie maanden verdubbelen.", date(2027, 5, 1)),
]


@pytest.mark.parametrize(("text", "deadline"), PERIODS)
def test_a_focus_word_leaves_the_period(text: str, deadline: date) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline == deadline
    assert result.verdicts["T"].passed


def test_the_count_of_the_period_is_no_target() -> None:
    assert smart_check("Grow the partner network to 40 resellers in just 18 months.", today=TODAY).parsed.target == 40
