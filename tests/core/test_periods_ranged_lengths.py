"""A period whose length is a range ends with its longer end (DOMAIN.md, "Reading real
sentences", T: a period is a deadline; ranges are one quantity or a span): issue 12, class "in
the next 18-24 months".

Plans hedge their horizon: "within 6-12 months", "in de komende 3-6 maanden", "over 2-3 years".
The range counts the period (written "4 to 5" it already did), the deadline is its far end,
and the range is no target. A range with a percent is a quantity, not a length. Our own lines.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart.core.goals import parse_goal

START = date(2027, 2, 1)

CASES = [
    # (text, deadline, target)
    ("Within 6-12 months we grow repeat orders to 900", date(2028, 2, 1), 900.0),
    ("In the next 2-3 years, lift membership to 4,000", date(2030, 2, 1), 4000.0),
    ("In de komende 3-6 maanden groeit het aantal donateurs naar 250", date(2027, 8, 1), 250.0),
    ("Binnen 4-8 weken willen we 40 nieuwe reviews", date(2027, 3, 29), 40.0),
]


@pytest.mark.parametrize(("text", "deadline", "target"), CASES)
def test_a_ranged_period_ends_at_its_longer_end(text, deadline, target):
    goal = parse_goal(text, reference=START)
    assert (goal.deadline, goal.target) == (deadline, target)


def test_a_percent_range_is_no_length():
    goal = parse_goal("Binnen 6-12% groei op de webshop", reference=START)
    assert goal.deadline is None
