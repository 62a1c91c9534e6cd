"""Where a change happens is not what changes (issue 12, class "a change at a place"; DOMAIN.md S: the
metric is what the goal measures).

After a change noun, "van"/"of"/"in" names what changes ("de toename van het aantal bezoekers", "growth
in visitors"), but "bij"/"at"/"among" names where or among whom it happens: "schat de toename bij de
musea en galeries op 20 procent", "growth at our stores of 5%". The places were read as the metric with
the change as their increase, so S passed with nothing named that grows. Our own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

PLACES = [
    "De directeur schat de groei bij de theaters op 10 procent in 2027",
    "We expect growth at our stores of 5% this year",
    "Martin schat de toename bij de musea en galeries binnen vijf jaar op 20 procent",
    "We want 10% growth among young people in 2027",
]


@pytest.mark.parametrize("text", PLACES)
def test_where_a_change_happens_is_no_metric(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is None
    assert not result.verdicts["S"].passed


MEASURED = [
    ("We expect growth in visitors of 5% at our stores this year", "visitors"),
    ("De toename van het aantal bezoekers bij de theaters moet 10 procent zijn in 2027", "bezoekers"),
    ("Increase the number of members at our club from 200 to 250 in 2027", "members"),
]


@pytest.mark.parametrize(("text", "metric"), MEASURED)
def test_what_changes_is_still_the_metric(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.verdicts["S"].passed
