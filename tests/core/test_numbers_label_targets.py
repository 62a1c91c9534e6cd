"""A figure after a label word is the label's target when it counts something (issue 12, class
"a labelled count"; DOMAIN.md M: a number for the target).

"Target: 12+ webinars per year", "Bookings - Target: 20/month", "Doel: 15+ reviews per maand": a
label word ("target", "doel", "kpi") before a small whole number names a step of a plan ("KR 2:",
"Doel 3:") unless the number counts what follows it: a floor sign, a period ("20/month") or the
metric itself. Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

COUNTS = [
    ("Demo requests - Target: 15/month", 15.0),
    ("Target: 8+ podcast guests per quarter", 8.0),
    ("Partner referrals: Target 6/week", 6.0),
    ("Doel: 12+ klantcases per jaar", 12.0),
    ("Offerteaanvragen - Doel: 18/maand", 18.0),
]


@pytest.mark.parametrize(("text", "target"), COUNTS)
def test_a_labelled_count_is_the_target(text: str, target: float) -> None:
    result = smart_check(text)
    assert result.parsed.target == target
    assert result.verdicts["M"].passed


STEPS = [
    "KR 2: increase demo requests by 20%",
    "Doel 3: meer offerteaanvragen",
    "Target 1: grow the newsletter",
]


@pytest.mark.parametrize("text", STEPS)
def test_a_step_number_is_still_no_target(text: str) -> None:
    assert smart_check(text).parsed.target is None
