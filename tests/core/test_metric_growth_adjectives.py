"""Growth or expansion with only an adjective names no metric (issue 12, class "growth of nothing named";
DOMAIN.md S: "we want to grow" names no metric).

"Accelerate our international growth", "de internationale expansie opdrijven", "verdere regionale groei
realiseren": growth and expansion were already no metric by themselves ("revenue growth" names revenue),
but with them dropped the adjective before them ("international", "internationale", "regionale") was
read as the metric, and "expansion"/"expansie" were not known as growth at all, so S passed. Expansion
is now a change word as growth is, and an adjective in -ional/-ionale is no head. A measure named with
them still is one ("international sales", "de internationale omzet", "international students",
"revenue growth", "global subscriber expansion"). Our own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

NOTHING_NAMED = [
    "We want to accelerate our international growth in 2027",
    "De internationale groei moet versnellen in 2027",
    "Accelerate our international expansion in 2027",
    "We willen de internationale expansie opdrijven in 2027",
    "Verdere regionale groei realiseren in 2027",
    "Speed up our national expansion next year",
]


@pytest.mark.parametrize("text", NOTHING_NAMED)
def test_growth_with_only_an_adjective_names_no_metric(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is None
    assert not result.verdicts["S"].passed


NAMED = [
    ("Increase international sales by 20% in 2027", "international sales"),
    ("Verhoog de internationale omzet met 10% in 2027", "internationale omzet"),
    ("Grow the number of international students from 200 to 300 by 2027", "international students"),
    ("Grow revenue growth from 5% to 8% in 2027", "revenue growth"),
]


@pytest.mark.parametrize(("text", "metric"), NAMED)
def test_a_measure_named_with_them_is_still_the_metric(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.verdicts["S"].passed
