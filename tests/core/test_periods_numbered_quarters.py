"""A numbered quarter of the plan is a step, never a number of the goal (issue 12, class "a
numbered quarter"; DOMAIN.md T: a period; M: dates are no target).

"Kwartaal 3: 20 % meer leads", "Quarter 2: 500 sign-ups", "in kwartaal 3", "by quarter 4": a
quarter numbered as a step of the plan is counted from the start, as "Month 6:" and "in maand 3"
already were; its number is no target, no baseline, and "quarter" there is no fraction ("by a
quarter" still is +25 %). Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 1, 1)

# (text, deadline, target, change)
STEPS = [
    ("Kwartaal 3: 20% meer offerteaanvragen", date(2027, 10, 1), None, 0.2),
    ("Quarter 2: 500 webinar sign-ups", date(2027, 7, 1), 500.0, None),
    ("In kwartaal 3 willen we 400 nieuwe leden", date(2027, 10, 1), 400.0, None),
    ("By quarter 4 we want 1,200 trial users", date(2028, 1, 1), 1200.0, None),
]


@pytest.mark.parametrize(("text", "deadline", "target", "change"), STEPS)
def test_a_numbered_quarter_is_a_step_of_the_plan(text: str, deadline: date, target: float | None,
                                                   change: float | None) -> None:
    goal = smart_check(text, today=TODAY).parsed
    assert goal.deadline == deadline
    assert goal.target == target and goal.baseline is None
    assert goal.relative_change == (pytest.approx(change) if change is not None else None)


def test_by_a_quarter_is_still_a_change() -> None:
    goal = smart_check("Grow repeat orders by a quarter before the end of 2027", today=TODAY).parsed
    assert goal.relative_change == pytest.approx(0.25)
