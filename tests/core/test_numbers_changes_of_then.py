"""A change of then is no change of the goal (issue 12, class "a change of then"; DOMAIN.md R:
judged on the goal's own numbers, and a stated % must agree with its from→to pair).

"Het aantal leden daalde in 2024 met 10 procent; we willen van 900 naar 1.100" took the 10 % of
2024 as the goal's change, and R failed for a disagreement the goal never states: a past verb a
few words before the change (with a year between) dates it. "liep … terug/op" is such a past verb,
and "liep in 2021" dates the year as a past event, no deadline. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

THEN = [
    ("Het aantal leden daalde in 2024 met 10 procent; we willen van 900 naar 1.100 leden in 2027",
     900.0, 1100.0, date(2027, 12, 31)),
    ("De omzet steeg vorig jaar nog met 8 procent, nu willen we van €2 miljoen naar €2,5 miljoen in 2028",
     2_000_000.0, 2_500_000.0, date(2028, 12, 31)),
    ("Het aantal leden liep in 2024 met 10 procent terug; we willen van 900 naar 1.100 leden in 2027",
     900.0, 1100.0, date(2027, 12, 31)),
    ("Sign-ups fell in 2025 by 12%; we want to grow from 800 to 1,000 members by 2028",
     800.0, 1000.0, date(2028, 12, 31)),
]


@pytest.mark.parametrize(("text", "baseline", "target", "deadline"), THEN)
def test_a_change_of_then_is_not_the_goals(text: str, baseline: float, target: float, deadline: date) -> None:
    result = smart_check(text, today=TODAY)
    parsed = result.parsed
    assert (parsed.baseline, parsed.target, parsed.relative_change, parsed.deadline) == (
        baseline, target, None, deadline)
    assert result.verdicts["R"].passed


@pytest.mark.parametrize(("text", "change"), [
    ("Omzet steeg vorig jaar met 8%, dit jaar willen we met 15% groeien", 0.15),
    ("We willen dat het aantal leden in 2027 met 10 procent is gegroeid", 0.10),
])
def test_the_goals_own_change_stays(text: str, change: float) -> None:
    assert smart_check(text, today=TODAY).parsed.relative_change == pytest.approx(change)
