"""The figure already reached is the baseline (DOMAIN.md, "Reading real sentences", R): issue 12,
class "progress so far, said with already / al".

Fundraising and growth goals report where they stand beside the target: "we have already sold
900 tickets", "the appeal has already raised $30,000", "we hebben al 120 vrijwilligers
geworven", "er zijn er al 40". That figure is where the metric stands, so the realism bounds
apply. "Already" before a goal verb ("already reach 500 by May") or "al" before a duration
("al 10 jaar") is no baseline. Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, baseline, target, R passes)
    ("Sell 1,500 festival tickets by May; we have already sold 900.", 900.0, 1500.0, True),
    ("The appeal aims to raise $200,000. It has already raised $30,000.", 30_000.0, 200_000.0, False),  # x6.7
    ("Grow the mailing list to 6,000 by June; we already have about 4,000 subscribers.", 4000.0, 6000.0, True),
    ("We willen 150 vrijwilligers in 2027; we hebben al 120 vrijwilligers geworven.", 120.0, 150.0, True),
    ("Het doel is 300 partners; er zijn er al 40.", 40.0, 300.0, False),  # x7.5
]


@pytest.mark.parametrize(("text", "baseline", "target", "realistic"), CASES)
def test_a_figure_already_reached_is_the_baseline(text, baseline, target, realistic):
    result = smart_check(text)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, target)
    assert result.verdicts["R"].passed is realistic, result.verdicts["R"].reason


@pytest.mark.parametrize(("text", "target"), [
    ("We want to already reach 500 leads by June", 500.0),
    ("We werken al 10 jaar aan de groei naar 500 leden", 500.0),
    ("Al in 2027 willen we 800 leden", 800.0),
])
def test_already_before_a_goal_or_a_duration_is_no_baseline(text, target):
    parsed = smart_check(text).parsed
    assert (parsed.baseline, parsed.target) == (None, target)
