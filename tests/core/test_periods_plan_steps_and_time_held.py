"""Deadlines a plan writes by its own clock, and time held to do the goal (issue 12, classes
"the Nth year or month of a plan" and "time held to act"; DOMAIN.md T: a date or a period).

"het 10e jaar", "the fifth year", "by Month 18" count from the plan's start as "in het tweede jaar"
and "by Month 3" already did (the ordinal had to be one of the first four, the month at most 10).
"by year's end" is "by year end" with a possessive; "come 2028" is "by 2028". "has 29 days to sell
…", "hebben nog 30 dagen om …" hold a period: the count of days is no baseline or target. Our own
sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

DUE = [
    ("Tegen het 10e jaar willen we de omzet verhogen tot 1 miljoen", date(2037, 2, 1)),
    ("Tegen het einde van het 5e jaar willen we 500 klanten werven", date(2032, 2, 1)),
    ("In het zesde jaar verdubbelen we het aantal abonnees", date(2033, 2, 1)),
    ("Grow revenue by 20% by the fifth year", date(2032, 2, 1)),
    ("Grow revenue by 20% by the end of the 5th year", date(2032, 2, 1)),
    ("Reach 8,000 newsletter subscribers, up from 5,000, by Month 18", date(2028, 8, 1)),
    ("Verhoog het aantal aanvragen met 25% in maand 12", date(2028, 2, 1)),
    ("Increase repeat orders to 500 by year's end", date(2027, 12, 31)),
    ("Increase repeat orders to 500 by year’s end", date(2027, 12, 31)),
    ("We want to raise donations by 33% come 2029", date(2029, 12, 31)),
]


@pytest.mark.parametrize(("text", "deadline"), DUE)
def test_a_plan_step_or_written_end_is_the_deadline(text: str, deadline: date) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline == deadline
    assert result.verdicts["T"].passed


HELD = [
    ("The shop has 45 days to sell 2,000 gift cards", 2000.0, date(2027, 3, 18)),
    ("We have only six weeks left to sign 20 new partners", 20.0, date(2027, 3, 15)),
    ("We hebben nog 30 dagen om 500 nieuwe leden te werven", 500.0, date(2027, 3, 3)),
    ("De club heeft 60 dagen om 4.000 seizoenkaarten te verkopen", 4000.0, date(2027, 4, 2)),
    ("The team now has 29 days to meet its 6,000 target", 6000.0, date(2027, 3, 2)),
]


@pytest.mark.parametrize(("text", "target", "deadline"), HELD)
def test_time_held_to_act_is_a_period_not_a_figure(text: str, target: float, deadline: date) -> None:
    parsed = smart_check(text, today=TODAY).parsed
    assert (parsed.target, parsed.baseline, parsed.deadline) == (target, None, deadline)


@pytest.mark.parametrize("text", [
    "Reduce delivery time from 5 days to 2 days",
    "Verkort de levertijd van 5 dagen naar 3 dagen",
    "Grow revenue by 20% in the twentieth year",
])
def test_no_deadline_where_no_time_is_held(text: str) -> None:
    assert smart_check(text, today=TODAY).parsed.deadline is None


def test_the_first_four_ordinals_still_number_quarters() -> None:
    assert smart_check("Grow leads by 10% in the third quarter", today=TODAY).parsed.deadline == date(2027, 9, 30)
