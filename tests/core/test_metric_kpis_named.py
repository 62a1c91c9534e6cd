""""Our KPIs" name no metric (issue 12, class "the word for measures is no measure"; DOMAIN.md S: the
metric is what the goal measures, named in the goal's own words).

"Improve our KPIs by 15%", "Verbeter onze KPI's met 15%" say that something measured should improve,
not what: "KPI" already ended a name without naming it ("signups KPI"), but its plurals were read as
the metric, so S passed. They join the generic heads; a KPI named with its measure is still that measure
("Our key marketing KPIs are: 500 qualified leads/month", "KPI: 10,000+ signups"). Our own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

UNNAMED = [
    "Improve our KPIs by 15% this year",
    "Verbeter onze KPI's met 15% dit jaar",
    "All marketing KPIs must rise by 10% in 2027",
]


@pytest.mark.parametrize("text", UNNAMED)
def test_kpis_alone_name_no_metric(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is None
    assert not result.verdicts["S"].passed


NAMED = [
    ("Our key KPI for 2027: grow qualified leads from 300 to 500 a month", "qualified leads"),
    ("KPI: increase signups from 8,000 to 10,000 by June", "signups"),
]


@pytest.mark.parametrize(("text", "metric"), NAMED)
def test_a_kpi_named_with_its_measure_is_that_measure(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.verdicts["S"].passed
