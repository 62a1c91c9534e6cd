"""Baselines written the way KPI sheets and plans write them (issue 12, classes "a table row",
"an arrow to a bound", "last season's figure after the goal" and "last year's level"; DOMAIN.md
R: "from 8 % to under 3 %" is -62.5 %, the bounds apply whenever both numbers are known).

"Conversion 35% 50% +43%" (from, to, change of a flattened table), "Churn: 8% → under 3%", "willen
we 60.000 bezoekers; vorig jaar waren het er 20.000", "keep … at last year's level of 12,000": each
gives the baseline, so the realism checks judge the pair. Two figures with no change after them
may be a range whose dash was lost ("7%–9 %"): they stay as they were. Our own sentences, both
languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 1, 1)

# (text, baseline, target, whether R passes)
PAIRS = [
    ("Open rate 20% 25% +25% by Q3 2027", 20.0, 25.0, True),
    ("Open rate 20% 25% +40% by Q3 2027", 20.0, 25.0, False),
    ("Kosten per lead €40 €30 -25% in 2027", 40.0, 30.0, True),
    ("Churn: 8% → under 3% by Q4 2027", 8.0, 3.0, False),
    ("Uitval van 10% naar onder de 7% in 2027", 10.0, 7.0, True),
    ("Tegen eind 2027 willen we 60.000 bezoekers; vorig jaar waren het er 20.000", 20000.0, 60000.0, False),
    ("We want 30,000 visitors in 2027; last year there were 25,000", 25000.0, 30000.0, True),
    ("Keep season ticket sales at last year's level of 12,000 this season", 12000.0, 12000.0, False),
]


@pytest.mark.parametrize(("text", "baseline", "target", "realistic"), PAIRS)
def test_the_baseline_of_a_row_an_arrow_or_last_year(text: str, baseline: float, target: float,
                                                    realistic: bool) -> None:
    result = smart_check(text, today=TODAY)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, target)
    assert result.verdicts["R"].passed is realistic


def test_two_figures_without_a_change_are_no_row() -> None:
    assert smart_check("Achieve 7%–9 % yearly sales growth", today=TODAY).parsed.baseline is None
