"""Spans that run from now, through to a year, or to a part of a month (DOMAIN.md, "Reading real
sentences", T): issue 12, class "a span's deadline is its end".

"between now and 2030", "tussen nu en 2031", "through to 2029" end in the year written, and "in
late October", "by early March", "eind oktober" in that month: each is the deadline, and the year
is never a figure of the goal. A rate beside it ("5 % a year") cancels none of them. Our own
lines, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart.core.goals import parse_goal

REFERENCE = date(2026, 12, 7)

SPANS = [
    # (text, deadline)
    ("Between now and 2030 our shop doubles its repeat buyers", date(2030, 12, 31)),
    ("Tussen nu en 2031 moet het aantal donateurs met 15% groeien", date(2031, 12, 31)),
    ("We grow online bookings by 4% a year through to 2029", date(2029, 12, 31)),
    ("Grow newsletter readers 10 % yearly thru to 2028", date(2028, 12, 31)),
    ("We willen van nu tot 2032 jaarlijks 200 leden erbij", date(2032, 12, 31)),
    ("The club wants to sell 800 season tickets in late August", date(2027, 8, 31)),
    ("Collect 12,000 dollars in donations by early March", date(2027, 3, 31)),
    ("We halen eind oktober 5.000 euro op voor de kerk", date(2027, 10, 31)),
]


@pytest.mark.parametrize(("text", "deadline"), SPANS)
def test_a_span_ends_on_its_deadline(text, deadline):
    goal = parse_goal(text, reference=REFERENCE)
    assert goal.deadline == deadline
    assert goal.baseline != deadline.year and goal.target != deadline.year


def test_the_year_after_now_is_no_baseline():
    goal = parse_goal("Het aantal vrijwilligers moet tussen nu en 2030 stijgen met 25%", reference=REFERENCE)
    assert (goal.baseline, goal.relative_change) == (None, 0.25)


NOT_A_SPAN = [
    # a count "to" a number with no "through" before it is no year
    ("Increase leads from 100 to 2030 by June", date(2027, 6, 30), 2030.0),
]


@pytest.mark.parametrize(("text", "deadline", "target"), NOT_A_SPAN)
def test_a_plain_to_still_writes_the_target(text, deadline, target):
    goal = parse_goal(text, reference=REFERENCE)
    assert (goal.deadline, goal.target) == (deadline, target)


CLOSING = [
    # (text, deadline): a verb of ending with the year as its object
    ("Our shop wants to close 2028 at 3 million in online sales", date(2028, 12, 31)),
    ("Finish 2027 with 40 new wholesale clients", date(2027, 12, 31)),
    ("De vereniging hoopt 2028 af te sluiten met 900 leden", date(2028, 12, 31)),
    ("We sluiten 2027 af met minimaal 1.200 abonnees", date(2027, 12, 31)),
]


@pytest.mark.parametrize(("text", "deadline"), CLOSING)
def test_closing_a_year_makes_it_the_deadline(text, deadline):
    goal = parse_goal(text, reference=REFERENCE)
    assert goal.deadline == deadline
    assert goal.target != deadline.year


def test_a_count_after_close_is_no_year():
    # "close 2027 deals": a count of deals, not the year 2027
    goal = parse_goal("Close 2027 deals worth 2 million by June", reference=REFERENCE)
    assert goal.deadline == date(2027, 6, 30)
