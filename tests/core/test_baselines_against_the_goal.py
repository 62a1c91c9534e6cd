"""Progress set against the goal (DOMAIN.md, "Reading real sentences", R: judged on the target
and baseline numbers): issue 12, class "X against our target of Y".

Fundraisers and sales teams report "we have sold 600 tickets against a goal of 1,000" or "we
staan op 300 leden, tegenover ons doel van 500". The goal's own figure is the target and the
figure set against it is where the metric stands, whatever their order; an earlier goal
("against its previous target of …") stays a reference. Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, baseline, target, direction, R passes)
    ("We have sold 600 tickets against a goal of 1,000.", 600.0, 1000.0, "increase", True),
    ("The appeal stands at $9,000 against our target of $40,000.", 9000.0, 40_000.0, "increase", False),  # x4.4
    ("We staan op 300 leden, tegenover ons doel van 500.", 300.0, 500.0, "increase", True),
    ("De inzameling staat op €12.000 tegenover een doel van €15.000.", 12_000.0, 15_000.0, "increase", True),
]


@pytest.mark.parametrize(("text", "baseline", "target", "direction", "realistic"), CASES)
def test_the_goal_figure_is_the_target_and_the_other_the_baseline(text, baseline, target, direction, realistic):
    result = smart_check(text)
    parsed = result.parsed
    assert (parsed.baseline, parsed.target, parsed.direction) == (baseline, target, direction)
    assert result.verdicts["R"].passed is realistic, result.verdicts["R"].reason


def test_an_earlier_goal_stays_a_reference():
    parsed = smart_check("Revenue of $5 billion in 2027, against its previous target of $4 billion").parsed
    assert parsed.target == 5_000_000_000.0
