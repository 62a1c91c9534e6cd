"""An arrow pair after a change noun (DOMAIN.md, "Reading real sentences", R): issue 12, class
"the left side of an arrow is a level, never the stated change".

KPI lines put a change noun before the pair: "Churn improvement 9% → 6%", "Groei open rate
18% -> 24%". The percentage right before the arrow is the from-number, not "an improvement of
9 %", so the realism bounds and the from→to direction apply. Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

PAIRS = [
    # (text, baseline, target, R passes)
    ("Checkout completion improvement 40% → 46%", 40.0, 46.0, True),
    ("Email open rate growth: 18% -> 24% by June", 18.0, 24.0, True),
    ("Trial conversion uplift 1.5% → 6%", 1.5, 6.0, False),  # x4: beyond the bound
    ("Verbetering klanttevredenheid 70% → 80% in 2027", 70.0, 80.0, True),
    ("Groei aandeel terugkerende klanten 10% -> 31%", 10.0, 31.0, False),  # more than doubled
    ("Daling retourpercentage 12% → 9%", 12.0, 9.0, True),
]


@pytest.mark.parametrize(("text", "baseline", "target", "realistic"), PAIRS)
def test_the_number_before_an_arrow_is_the_baseline(text, baseline, target, realistic):
    result = smart_check(text)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, target)
    assert result.parsed.relative_change is None
    assert result.verdicts["R"].passed is realistic, result.verdicts["R"].reason


@pytest.mark.parametrize("text", ["Grow revenue by 12% in 2027", "Verhoog de omzet met 12% in 2027"])
def test_a_change_without_an_arrow_stays_a_change(text):
    assert smart_check(text).parsed.relative_change == pytest.approx(0.12)
