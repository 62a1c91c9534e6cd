"""Multiples: a range of factors is a factor, and a ratio measure's multiple is its level (issue 12,
classes "a range of factors" and "the level of a ratio"; DOMAIN.md R: a factor counts, "triple" is
+200 % and fails; DOMAIN.md "Ranges": one quantity).

"Grow revenue 3x" was +200 %, but "2-3x" and "2-3 keer zo groot" were read as a level of 3 with no
change, so R passed a tripling; and "Target ROAS: 4x", "a 5x ROAS", "Target ROI: 10x" were read as a
growth of +300 % to +900 %, where they state the level of a measure written as a multiple. Our own
sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

RANGES = [
    ("Grow revenue 2-3x by 2028.", 2.0),
    ("Grow revenue 3-4x by 2028.", 3.0),
    ("We willen de omzet 2-3 keer zo groot maken in 2028.", 2.0),
    ("Grow revenue 1.5-2x by 2028.", 1.0),
]


@pytest.mark.parametrize(("text", "change"), RANGES)
def test_a_range_of_factors_is_its_far_end(text: str, change: float) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.relative_change == change
    assert result.parsed.target is None
    assert result.verdicts["R"].passed is (change <= 1.0)


RATIOS = [
    ("Target ROAS: 4x", 4.0),
    ("Target ROI: 10x for dental marketing", 10.0),
    ("Achieve a 5x ROAS by June.", 5.0),
    ("We want a 3x return on ad spend by June.", 3.0),
    ("Ons doel: een ROI van 4x in 2027.", 4.0),
]


@pytest.mark.parametrize(("text", "level"), RATIOS)
def test_a_ratio_written_as_a_multiple_is_its_level(text: str, level: float) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.target == level
    assert result.parsed.relative_change is None


PAIRS = [
    ("Grow ROAS from 2x to 3x by June.", 2.0, 3.0),
    ("Verhoog de ROI van 2x naar 3x in 2027.", 2.0, 3.0),
]


@pytest.mark.parametrize(("text", "baseline", "target"), PAIRS)
def test_a_ratio_from_one_multiple_to_another_is_a_pair(text: str, baseline: float, target: float) -> None:
    result = smart_check(text, today=TODAY)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, target)
    assert result.verdicts["R"].passed


def test_a_multiple_of_another_measure_stays_a_factor() -> None:
    result = smart_check("Improve our ROI and grow revenue 3x by 2028.", today=TODAY)
    assert result.parsed.relative_change == 2.0
