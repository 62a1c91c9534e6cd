"""A window in the metric's name (DOMAIN.md, "Reading real sentences", M): issue 12, class "a count
of time glued to the measure is no target".

Health, support and retention goals name the window they measure over: "30-day readmissions",
"the 5-year survival rate", "an 18-week wait", "7 day retention". The count with its singular unit
of time says how the metric is measured; it is neither the target nor the baseline, so a goal
with only a baseline besides it has no target (M fails). After a bound ("< 5 day resolution",
"under 4 hour response") the count is the ceiling itself, and "within 30 day" is a stretch.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

WINDOWS = [
    # (text, target, baseline)
    ("Lower 30-day readmissions from 16% to 13% by 2028", 13.0, 16.0),
    ("Lift the 5-year survival rate to 72% by 2030", 72.0, None),
    ("Raise 7 day retention from 20% to 25% this year", 25.0, 20.0),
    ("Our clinic aims to reduce 90-day mortality from 9.5% in 2024", None, 9.5),
    ("Shorten the 18-week referral wait by 2027", None, None),
]


@pytest.mark.parametrize(("text", "target", "baseline"), WINDOWS)
def test_the_window_of_a_measure_is_no_figure_of_the_goal(text, target, baseline):
    parsed = smart_check(text).parsed
    assert (parsed.target, parsed.baseline) == (target, baseline)


@pytest.mark.parametrize("text", ["Our clinic aims to reduce 90-day mortality from 9.5% in 2024",
                                  "Shorten the 18-week referral wait by 2027"])
def test_a_window_alone_gives_no_target(text):
    assert not smart_check(text).verdicts["M"].passed


BOUNDS = [
    ("<5 day turnaround for priority repairs", 5.0),
    ("Under 4 hour response time for urgent tickets", 4.0),
]


@pytest.mark.parametrize(("text", "target"), BOUNDS)
def test_after_a_bound_the_count_is_the_ceiling(text, target):
    result = smart_check(text)
    assert result.parsed.target == target
    assert result.verdicts["M"].passed
