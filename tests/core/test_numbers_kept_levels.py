"""Keeping the level there is: the one figure is baseline and target (issue 12, class "keeping
the level there is"; DOMAIN.md R: target ≠ baseline; the corpus README: keeping the current
level, S passes, R fails as the target equals the baseline).

"het behoud van het huidige aantal leden, rond de 550", "keep our current 40 % share", "evenveel
abonnees als vorig jaar (1.200)", "the same number of members as last season (900)": the goal
says where the metric stands and that it should stay there. M passes on the figure, R fails as
for any target equal to its baseline, whatever the direction (a floor at the current level too).
Our own sentences, both languages; and "compared to X" is a reference, never the target.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 1, 1)

KEPT = [
    ("We keep our current 40% market share in 2027", 40.0),
    ("Maintain the current number of volunteers, about 120, through 2027", 120.0),
    ("We want the same number of season passes as last year (900) in 2027", 900.0),
    ("Wij streven naar het behoud van het huidige aantal donateurs, rond de 2.400", 2400.0),
    ("De vereniging wil dit jaar evenveel leden als vorig jaar (650)", 650.0),
    ("Het theater wil minimaal het huidige aandeel van 35% jonge bezoekers handhaven", 35.0),
]


@pytest.mark.parametrize(("text", "level"), KEPT)
def test_a_kept_level_is_baseline_and_target(text: str, level: float) -> None:
    result = smart_check(text, today=TODAY)
    assert (result.parsed.baseline, result.parsed.target) == (level, level)
    assert result.verdicts["M"].passed
    assert not result.verdicts["R"].passed


MOVED = [
    ("Keep churn low and grow members from 400 to 480 in 2027", 400.0, 480.0),
    ("Wij handhaven de kwaliteit en groeien van 300 naar 330 klanten in 2027", 300.0, 330.0),
]


@pytest.mark.parametrize(("text", "baseline", "target"), MOVED)
def test_a_keep_word_beside_a_pair_changes_nothing(text: str, baseline: float, target: float) -> None:
    result = smart_check(text, today=TODAY)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, target)
    assert result.verdicts["R"].passed


COMPARED_TO = [
    ("Raise online sales to 30% of revenue by 2027 compared to 18% now", 18.0, 30.0),
    ("Grow revenue to €5 million in 2027, compared to €4.2 million in 2026", 4_200_000.0, 5_000_000.0),
]


@pytest.mark.parametrize(("text", "baseline", "target"), COMPARED_TO)
def test_a_figure_compared_to_is_the_reference_not_the_target(text: str, baseline: float, target: float) -> None:
    result = smart_check(text, today=TODAY)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, target)
