"""A step of the plan named by an ordinal or a number word is a deadline, and "the first N months"
lasts N months (issue 12, class "a plan step named by an ordinal"; DOMAIN.md T: a date or a period).

"Month 1:", "Week 4:" and "in the first month" were read as steps counted from the plan's start, but a
label with the ordinal before its unit ("First Month Target:", "Eerste jaar:", "Tweede maand:") or a
number word after it ("Month one:", "Year Two goal:", where "two" even became a baseline) gave no
deadline; and "the first three months", "de eerste drie maanden", "the first six weeks" lasted one
unit, as "the first month" does, because a number word after "first" was not counted. "Last month"
stays the past, "the second quarter" the calendar's. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

STEPS = [
    ("First Month Target: sign 5 new customers", date(2027, 3, 1)),
    ("Second month goal: 40 demos booked", date(2027, 4, 1)),
    ("Eerste jaar: 200 nieuwe klanten werven.", date(2028, 2, 1)),
    ("Tweede maand: 50 nieuwe abonnees werven.", date(2027, 4, 1)),
    ("Month one: 20 new customers.", date(2027, 3, 1)),
    ("Year Two goal: 300 new customers.", date(2029, 2, 1)),
    ("Jaar twee: 400 leden.", date(2029, 2, 1)),
]


@pytest.mark.parametrize(("text", "deadline"), STEPS)
def test_a_step_named_in_words_is_a_deadline(text: str, deadline: date) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline == deadline
    assert result.verdicts["T"].passed
    assert result.parsed.baseline is None  # (the step's number is no baseline)


FIRST_STRETCHES = [
    ("In the first three months we want 50 new subscribers.", date(2027, 5, 1)),
    ("Binnen de eerste drie maanden willen we 50 nieuwe abonnees werven.", date(2027, 5, 1)),
    ("Within the first six weeks, sign 10 new clients.", date(2027, 3, 15)),
    ("In de eerste twee jaar willen we 500 leden werven.", date(2029, 2, 1)),
    ("In the first month we want 50 new subscribers.", date(2027, 3, 1)),
    ("Within the first 90 days we want to win 10 new clients.", date(2027, 5, 2)),
]


@pytest.mark.parametrize(("text", "deadline"), FIRST_STRETCHES)
def test_the_first_n_units_last_n_units(text: str, deadline: date) -> None:
    assert smart_check(text, today=TODAY).parsed.deadline == deadline


def test_the_second_quarter_stays_the_calendars() -> None:
    assert smart_check("Second quarter target: 40 new demos booked.", today=TODAY).parsed.deadline == date(2027, 6, 30)


@pytest.mark.parametrize("text", ["First year students: raise retention to 90%.", "Eerstejaars: de uitval moet naar 10%."])
def test_a_cohort_is_no_step(text: str) -> None:
    assert not smart_check(text, today=TODAY).verdicts["T"].passed


def test_last_month_is_no_step() -> None:
    assert not smart_check("Last month we sold 20 units; we want 40.", today=TODAY).verdicts["T"].passed


DAYS = [
    ("Day 90: 200 paying customers.", date(2027, 5, 2), 200.0),
    ("Grow MRR by 20% by day 30.", date(2027, 3, 3), None),
    ("Dag 60: 100 nieuwe leden.", date(2027, 4, 2), 100.0),
    ("Maand 3: 100 nieuwe leden.", date(2027, 5, 1), 100.0),
]


@pytest.mark.parametrize(("text", "deadline", "target"), DAYS)
def test_a_day_of_the_plan_is_a_step_and_its_figure_the_target(text: str, deadline: date, target: float | None) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline == deadline
    assert result.parsed.target == target  # (the step's number is no target, and the figure after it no scale)


@pytest.mark.parametrize("text", ["Increase Day 7 retention rate from 30% to 45%.",
                                  "Improve the rate of day 30 retention to 40%."])
def test_a_day_window_of_the_measure_is_no_step(text: str) -> None:
    assert smart_check(text, today=TODAY).parsed.deadline is None
