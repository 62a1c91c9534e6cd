"""Times that are written beside a goal but are not when it is due (DOMAIN.md, "Reading real
sentences", T), and the deadlines that stay when they stand beside them.

Two classes of issue 12, in our own words and in both languages:

- a start of a rhythm: "vanaf 2028 jaarlijks 5 % meer", "grow 4 % a year starting next year".
  A rhythm has no end, so its start is no deadline; with no rhythm, "vanaf 2030 stoten we de helft
  minder uit" is a level that holds from then on, and 2030 stays its deadline;
- a time that dates a figure: "van 40 % (maart 2019) naar 60 %", "from $2 million in 2015 to",
  "in 2019 was dat 12 procent", "below 2019 levels". The figure is a baseline or a yardstick,
  its date is no deadline.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


def parsed(text: str):
    return smart_check(text, today=TODAY).parsed


# --- a start of a rhythm is no deadline -----------------------------------------------------
RHYTHM_STARTS = [
    ("Vanaf 2028 willen we jaarlijks 5% meer leden werven", date(2028, 12, 31)),
    ("Vanaf eind 2027 sluit de netbeheerder elk jaar 8 procent van de woningen aan", date(2027, 12, 31)),
    ("We aim to grow repeat purchases by 4% a year, annually, starting next year", date(2027, 12, 31)),
    ("From 2028 onwards the shop will add 300 subscribers every month", date(2028, 12, 31)),
]


@pytest.mark.parametrize("text, start", RHYTHM_STARTS, ids=[case[0][:50] for case in RHYTHM_STARTS])
def test_a_rhythm_that_starts_has_no_deadline(text: str, start: date) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline is None
    assert result.parsed.start == start
    assert not result.verdicts["T"].passed


# --- without a rhythm, "from then on" is the deadline ------------------------------------------
LEVELS_FROM_THEN_ON = [
    ("Vanaf 2030 stoten we de helft minder CO2 uit dan nu", date(2030, 12, 31)),
    ("Vanaf volgend jaar is minstens 40% van ons assortiment biologisch", date(2027, 12, 31)),
    ("From 2029 we will send 30% fewer parcels back to suppliers", date(2029, 12, 31)),
    ("Cut the number of refunds by 20% from next month", date(2027, 1, 31)),
    # A start and an end: the end is due, the start is kept.
    ("Vanaf 2028 jaarlijks 3% meer omzet, tot en met eind 2030", date(2030, 12, 31)),
]


@pytest.mark.parametrize("text, deadline", LEVELS_FROM_THEN_ON, ids=[case[0][:50] for case in LEVELS_FROM_THEN_ON])
def test_a_level_from_then_on_is_due_then(text: str, deadline: date) -> None:
    assert parsed(text).deadline == deadline


# --- a time that dates a figure is no deadline --------------------------------------------------
DATED_FIGURES = [
    ("Lift our satisfaction score from 71% (March 2019) to 80%", None),
    ("Grow online bookings to $4 million from $2.5 million in 2015", None),
    ("Het aandeel biologische producten moet stijgen naar 30 procent; in 2019 was dat 18 procent", None),
    ("De klanttevredenheid gaat van 6,8 (juni 2020) naar een 8", None),
    ("In 2021 stonden er 400 leden ingeschreven, de vereniging wil er 500", None),
    # The dated figure stands beside a real deadline, which stays.
    ("Raise the open rate from 18% in 2022 to 25% by June 2028", date(2028, 6, 30)),
    ("Verhoog het aantal donateurs van 900 in 2020 naar 1.200 in 2027", date(2027, 12, 31)),
    # A year as a yardstick ("below 2015 levels") and a count that looks like a year.
    ("Keep our energy use below 2019 levels", None),
    ("Het afval moet onder het niveau van 2018 niveau blijven", None),
    ("Grow the mailing list from 2000 to 2600 readers", None),
]


@pytest.mark.parametrize("text, deadline", DATED_FIGURES, ids=[case[0][:50] for case in DATED_FIGURES])
def test_a_time_that_dates_a_figure_is_no_deadline(text: str, deadline: date | None) -> None:
    assert parsed(text).deadline == deadline


# --- the goal's own year stays its deadline --------------------------------------------------
GOALS_OWN_YEAR = [
    ("Het streefgetal in 2027 was 1.500 nieuwe abonnees", date(2027, 12, 31)),
    ("Our goal in 2028 was to reach 900 customers", date(2028, 12, 31)),
    ("De vereniging mikt op een ledenaantal van 12.000 in 2029", date(2029, 12, 31)),
    ("Grow visitor spending to $80 million by 2030 was the plan we launched", date(2030, 12, 31)),
]


@pytest.mark.parametrize("text, deadline", GOALS_OWN_YEAR, ids=[case[0][:50] for case in GOALS_OWN_YEAR])
def test_the_goals_own_year_stays_its_deadline(text: str, deadline: date) -> None:
    assert parsed(text).deadline == deadline


# --- a time that dates a decision about the goal ----------------------------------------------
# Issue 12, class "the day a goal was set, changed or decided": "in 2021 werd de ambitie
# bijgesteld", "dit jaar is besloten dat …", "in 2019 it was agreed that …", "In March 2024 the
# board set the 5,000 member goal". The goal's own year ("voor 2030 is een streefdoel gesteld")
# stays its deadline.
DECIDED_THEN = [
    "In 2021 werd de ambitie bijgesteld: naar maximaal 120 klachten",
    "Dit jaar is besloten het aantal ambassadeurs terug te brengen tot 40",
    "In 2019 it was agreed that the club should grow to 900 members",
    "In March 2024 the regional board set the 5,000 member goal after reaching 3,000",
    "In 2022 liet het bestuur die doelstelling vallen en koos voor 300 vrijwilligers",
]


@pytest.mark.parametrize("text", DECIDED_THEN, ids=[text[:50] for text in DECIDED_THEN])
def test_a_time_that_dates_a_decision_is_no_deadline(text: str) -> None:
    assert parsed(text).deadline is None


DUE_AND_SET = [
    ("Voor 2030 is een streefdoel gesteld van 40% minder uitstoot", date(2029, 12, 31)),
    ("By 2028 we have agreed to double the number of volunteers", date(2028, 12, 31)),
]


@pytest.mark.parametrize("text, deadline", DUE_AND_SET, ids=[case[0][:50] for case in DUE_AND_SET])
def test_the_year_a_goal_is_for_stays_its_deadline(text: str, deadline: date) -> None:
    assert parsed(text).deadline == deadline
