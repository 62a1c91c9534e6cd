"""A range of years right after a group of people is their ages (issue 12, class "the ages of a
group"; DOMAIN.md M and "Reading real sentences": an age range is not a target).

"doelgroep (30-40 jaar)", "women (25-34 years)", "klanten 18-25 jaar" say who the goal is for; the
upper age was taken as the target. A range of years after a word of time stays a period ("in 3-5
jaar", "binnen 2-3 jaar"). Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

AGES = [
    ("Doel: bereik een jongere doelgroep (30-40 jaar)", None),
    ("Reach 2,000 women (25-34 years) with free samples by June", 2000.0),
    ("Win 300 nieuwe klanten (18-25 jaar) in 2027", 300.0),
    ("Engage more students 16-19 years in our open days", None),
]


@pytest.mark.parametrize(("text", "target"), AGES)
def test_the_ages_of_a_group_are_no_target(text: str, target: float | None) -> None:
    assert smart_check(text, today=TODAY).parsed.target == target


@pytest.mark.parametrize(("text", "deadline"), [
    ("Groei de omzet met 20% in 3-5 jaar", date(2032, 2, 1)),
    ("Verdubbel het aantal leden binnen 2-3 jaar", date(2030, 2, 1)),
])
def test_a_range_of_years_after_a_word_of_time_stays_a_period(text: str, deadline: date) -> None:
    assert smart_check(text, today=TODAY).parsed.deadline == deadline
