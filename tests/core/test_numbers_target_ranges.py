"""A target written as a range after "to" is judged by its far end (issue 12, class "a target
range after to"; DOMAIN.md "Ranges": one quantity; R: the bounds try the target).

"from 2.5 to 5 or 7 points", "van 2,5 naar 5 of 7 procent", "to 5 to 6 million" took the near end
as the target, so the bounds never saw the 7 (+180 %); "tussen 5 en 7" and "85-90 %" were already
read by their far end. The unit may stand once, after the far end. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

RANGES = [
    ("Grow our market share from 2.5% to 5 or 7%", 2.5, 7.0, False),
    ("Verhoog het marktaandeel van 2,5 naar 5 of 7 procent", 2.5, 7.0, False),
    ("Grow the newsletter from 4,000 to 5,000 or 6,000 readers", 4000.0, 6000.0, True),
    ("Verhoog de omzet van 4 miljoen naar 5 à 6 miljoen euro", 4_000_000.0, 6_000_000.0, True),
]


@pytest.mark.parametrize(("text", "baseline", "target", "realistic"), RANGES)
def test_the_far_end_is_the_target(text: str, baseline: float, target: float, realistic: bool) -> None:
    result = smart_check(text, today=TODAY)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, target)
    assert result.verdicts["R"].passed is realistic


@pytest.mark.parametrize(("text", "target"), [
    ("Grow members from 200 to 300 in 2027 or 2028", 300.0),
    ("Grow leads to 500 by June", 500.0),
])
def test_no_range_no_change(text: str, target: float) -> None:
    assert smart_check(text, today=TODAY).parsed.target == target
