"""Baselines written with an arrow (DOMAIN.md, "Reading real sentences", R): issue 12, class "an
arrow between two numbers is from → to".

Key-result lines write the pair with an arrow and no words: "Churn: 9% → 6%", "NPS 28 -> 40",
"Omzet €2 mln → €3,5 mln". The number before the arrow is the baseline and the one after it the
target, so the realism bounds apply and the numbers give the direction; "->" is no floor
("> 8.0" alone still is). Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

PAIRS = [
    # (text, baseline, target, direction, R passes)
    ("Trial-to-paid rate: 12% → 18%", 12.0, 18.0, "increase", True),
    ("Support backlog 400 -> 250 tickets by Q2", 400.0, 250.0, "decrease", True),
    ("Activation 10% → 35% this quarter", 10.0, 35.0, "increase", False),  # +250 %
    ("Retourpercentage: 14% → 5% in 2027", 14.0, 5.0, "decrease", False),  # -64 %
    ("Omzet webshop €2 mln → €3,5 mln", 2_000_000.0, 3_500_000.0, "increase", True),
    ("Gemiddelde wachttijd 20 -> 15 minuten", 20.0, 15.0, "decrease", True),
]


@pytest.mark.parametrize(("text", "baseline", "target", "direction", "realistic"), PAIRS)
def test_an_arrow_writes_a_baseline_and_a_target(text, baseline, target, direction, realistic):
    result = smart_check(text)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, target)
    assert result.parsed.direction == direction
    assert result.verdicts["R"].passed is realistic, result.verdicts["R"].reason


def test_a_lone_sign_is_still_a_floor():
    result = smart_check("Partner NPS > 8.0")
    assert result.parsed.baseline is None
    assert (result.parsed.target, result.parsed.direction) == (8.0, "at_least")
