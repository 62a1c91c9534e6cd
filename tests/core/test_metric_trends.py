"""A trend is the way something goes, not what is measured (issue 12, class "a trend is no metric";
DOMAIN.md S: a metric is what the goal measures, and "An activity is not a metric" nor is a way).

"Keep up the momentum", "de opgaande lijn voortzetten", "continue its positive trend", "de dalende
tendens keren" name no measure: the momentum, line or trend is the direction something takes, and the
something is not said, so S fails for want of a metric. Where the goal says what the trend is in ("the
upward trend in online sales", "de stijgende trend in het aantal donateurs") that is the metric. A Dutch
present participle before its noun describes it ("de dalende trend", "onderscheidende waarde") and is no
head of its own, while "het aantal deelnemende scholen" still counts schools. Our own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

NO_MEASURE = [
    "Keep the momentum going next year",
    "Build on the momentum of last year with a strong 2027",
    "The brand wants to continue its positive trend in 2027",
    "Wij zetten de groeiende lijn voort tot eind 2027",
    "We verwachten dat we de stijgende lijn kunnen doortrekken",
    "De dalende tendens moet in 2027 gekeerd worden",
    "Wij willen de opgaande lijn van vorig jaar vasthouden",
    "De dalende trend moet volgend jaar doorbroken worden",
]


@pytest.mark.parametrize("text", NO_MEASURE)
def test_a_trend_alone_names_no_metric(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is None
    assert not result.verdicts["S"].passed


MEASURED = [
    ("Continue the upward trend in online sales with 10% more orders in 2027", "online sales"),
    ("We want to continue the upward trend in bookings this year", "bookings"),
    ("De stijgende trend in het aantal donateurs willen we in 2027 voortzetten met 200 nieuwe donateurs",
     "donateurs"),
    ("Het aantal deelnemende scholen moet stijgen van 40 naar 60 in 2027", "deelnemende scholen"),
    ("Verhoog het aantal terugkerende bezoekers met 10% dit jaar", "terugkerende bezoekers"),
    ("Verlaag het aantal openstaande facturen naar 20 voor eind 2027", "openstaande facturen"),
]


@pytest.mark.parametrize(("text", "metric"), MEASURED)
def test_what_a_trend_is_in_is_the_metric(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.verdicts["S"].passed
