"""Plan milestones as deadlines (DOMAIN.md, "Reading real sentences", T): issue 12, class "a
numbered step of the plan written as a label".

Plans write their figures per step: "Week 6: 1,200 sign-ups", "Maand 9: 300 leden", "Launch:
month 2-3", "Month End: 40 demos". The step counts from the start (the as-of date here), a
range ends with its last step, and the step's number is never the target. A rate ("per week"),
a determiner ("this week") or an amount ("6 weeks") is something else. Our own lines.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check
from xlsmart.core.goals import parse_goal

START = date(2027, 3, 10)  # a Wednesday

STEPS = [
    # (text, deadline, target)
    ("Week 6: 1,200 newsletter sign-ups", date(2027, 4, 21), 1200.0),
    ("Month 9: 300 paying members", date(2027, 12, 10), 300.0),
    ("Maand 4: 2.500 bezoekers per week", date(2027, 7, 10), 2500.0),
    ("Week 3: minimaal 40 aanmeldingen", date(2027, 3, 31), 40.0),
    ("Webshop rendabel: maand 10-12", date(2028, 3, 10), None),
    ("Month End: 40 booked demos", date(2027, 3, 31), 40.0),
    ("Week end: 15 nieuwe reviews", date(2027, 3, 14), 15.0),
    ("Year 2: 800 active subscribers", date(2029, 3, 10), 800.0),
    ("Jaar 3: 12 vestigingen", date(2030, 3, 10), 12.0),
]


@pytest.mark.parametrize(("text", "deadline", "target"), STEPS)
def test_a_numbered_step_is_the_deadline_and_not_the_target(text, deadline, target):
    goal = parse_goal(text, reference=START)
    assert goal.deadline == deadline
    assert goal.target == target


NOT_STEPS = [
    # (text, deadline, target): the unit follows a rate word, a determiner or an amount
    ("Send mailings each week 10 times", None, None),  # "each week 10" is no tenth week
    ("Deze week 30 nieuwe leads", date(2027, 3, 16), 30.0),  # this week; 30 stays the target
    ("Reach 500 leads in 12 weeks", date(2027, 6, 2), 500.0),  # an amount of time
    ("Omzet jaar 5 miljoen euro", None, 5_000_000.0),  # a scaled amount after the unit: no step 5
]


@pytest.mark.parametrize(("text", "deadline", "target"), NOT_STEPS)
def test_a_unit_that_is_no_label_names_no_step(text, deadline, target):
    goal = parse_goal(text, reference=START)
    assert (goal.deadline, goal.target) == (deadline, target)


def test_a_milestone_line_passes_t():
    result = smart_check("Month 6: 5,000+ monthly visitors", today=START)
    assert result.verdicts["T"].passed, result.verdicts["T"].reason


CLOSING = [
    # (text, deadline): a verb of closing around "the year", no year number
    ("Our shop aims to close the year with 2,400 loyalty members", date(2027, 12, 31)),
    ("We want to finish this year at 90% on-time delivery", date(2027, 12, 31)),
    ("De club wil het jaar afsluiten met 1.200 leden", date(2027, 12, 31)),
    ("De webshop hoopt het jaar af te ronden met 30.000 bestellingen", date(2027, 12, 31)),
    ("We sluiten het jaar af met minstens 60 partners", date(2027, 12, 31)),
    ("Het jaar af en toe evalueren met 60 partners", None),  # "af en toe" is no closing
]


@pytest.mark.parametrize(("text", "deadline"), CLOSING)
def test_closing_the_year_with_a_figure_is_due_at_its_end(text, deadline):
    assert parse_goal(text, reference=START).deadline == deadline
