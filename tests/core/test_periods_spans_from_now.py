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
