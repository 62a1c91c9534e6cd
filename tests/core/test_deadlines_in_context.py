"""Deadlines read in their context (DOMAIN.md, "Reading real sentences", T).

Each table is one class of sentence, in our own words, in both languages: periods people write
that name no number of units ("in het nieuwe jaar", "over geheel 2018", "halverwege 2018", a
count within hours), and times that are no deadline though they look like one: a founding year,
the day a goal was set, and a short window that defines what the metric counts. ``today`` is
pinned so dates resolve the same on every run.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


def deadline_of(text: str) -> date | None:
    return smart_check(text, today=TODAY).parsed.deadline


# --- periods named without a count of units ------------------------------------------------
# The new year is the one that comes next; "geheel/whole 2018" is that year; the middle of a
# year is the end of its first half (30 June), as "mid-2027" already was.
PERIODS = [
    ("Wij streven in het nieuwe jaar naar 15% meer omzet", date(2027, 12, 31)),
    ("In het nieuwe jaar willen we 500 nieuwe leden werven", date(2027, 12, 31)),
    ("We want 10% more sales in the new year", date(2027, 12, 31)),
    ("In the new year our team will double the number of demos", date(2027, 12, 31)),
    ("We go into the new year more determined than ever", None),
    ("Wij verwachten een omzetgroei richting 40 miljoen euro over geheel 2027", date(2027, 12, 31)),
    ("We expect revenue to grow to 5 million over the whole of 2027", date(2027, 12, 31)),
    ("Halverwege 2027 moeten de wachttijden met 20% verlaagd zijn", date(2027, 6, 30)),
    ("Medio 2028 willen wij 300 extra vrijwilligers hebben", date(2028, 6, 30)),
    ("Increase sales by 10% by mid 2027", date(2027, 6, 30)),
    ("Reach 1,000 subscribers by the middle of 2028", date(2028, 6, 30)),
    ("Minimaal 3 reviews binnen 48 uur", date(2026, 12, 9)),
    ("Get 5 reviews within 72 hours of the launch", date(2026, 12, 10)),
    ("Win 20 nieuwe klanten binnen 24 uur tijdens de actie", date(2026, 12, 8)),
]


@pytest.mark.parametrize("text, deadline", PERIODS, ids=[case[0][:50] for case in PERIODS])
def test_periods_named_without_a_count_of_units(text: str, deadline: date | None) -> None:
    assert deadline_of(text) == deadline


# --- how fast is the measure, not by when -------------------------------------------------------
# A reply "within 48 hours" says how fast (the metric), not when the goal is due.
SPEEDS = [
    "We respond to all media enquiries within 48 hours",
    "Wij beantwoorden alle klachten binnen 24 uur",
    "Turn over tables within 3 minutes of guests leaving",
]


@pytest.mark.parametrize("text", SPEEDS, ids=[text[:50] for text in SPEEDS])
def test_how_fast_is_no_deadline(text: str) -> None:
    assert deadline_of(text) is None


# --- times that are no deadline -----------------------------------------------------------------
# (text, the deadline the goal does have or None): a founding year, the day a goal was set, and
# a short window in who the metric counts are in the sentence, but the goal is not due then.
NOT_DUE = [
    ("Het bedrijf, opgericht in 2005, wil 100 procent slaafvrije chocolade maken", None),
    ("De stichting, gesticht in 1998, wil het aantal donateurs verdubbelen", None),
    ("The company, founded in 2005, wants to double revenue", None),
    ("Our charity, established in 2010, aims to raise 50,000 donations by 2028", date(2028, 12, 31)),
    ("In 2019 stelde de gemeente het doel om het restafval in 2030 te halveren", date(2030, 12, 31)),
    ("In 2020 stelden wij het doel om 500 leden te werven", None),
    ("In January of 2019, I made a goal to shoot just 5 weddings", None),
    ("In 2021 we set a goal to grow our list to 10,000 subscribers by June 2027", date(2027, 6, 30)),
    ("Increase activation rate (users completing setup within 7 days) from 60% to 75%", None),
    ("Increase the share of customers who buy again within 7 days from 20% to 25% by June 2027",
     date(2027, 6, 30)),
    ("Verhoog het aandeel klanten die binnen 7 dagen opnieuw kopen van 10% naar 15% in 2027", date(2027, 12, 31)),
    ("Meer gebruikers die binnen 2 weken terugkomen: van 30% naar 40%", None),
]


@pytest.mark.parametrize("text, deadline", NOT_DUE, ids=[case[0][:50] for case in NOT_DUE])
def test_times_that_are_no_deadline(text: str, deadline: date | None) -> None:
    assert deadline_of(text) == deadline


# A real window for the goal itself stays a deadline, also with people counted in it.
STILL_DUE = [
    ("Get 200 customers within 3 months", date(2027, 3, 7)),
    ("Win 50 nieuwe klanten binnen 6 weken", date(2027, 1, 18)),
    ("We want 20% more returning customers within 7 days of the sale's start", date(2026, 12, 14)),
]


@pytest.mark.parametrize("text, deadline", STILL_DUE, ids=[case[0][:50] for case in STILL_DUE])
def test_a_window_for_the_goal_stays_a_deadline(text: str, deadline: date) -> None:
    assert deadline_of(text) == deadline
