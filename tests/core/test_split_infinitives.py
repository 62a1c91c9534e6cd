"""The verb of a split infinitive is no metric, and its "better" no direction (issue 12, class "the verb
of a split infinitive"; DOMAIN.md S: the metric is what the goal measures).

"As it seeks to better compete with Amazon", "we want to better serve our customers": the word after
"to better" is a verb, and "better" says how it is done. It was read as the metric ("compete", "serve")
with "better" as its increase, so S passed with nothing measured. Where "better" is the verb of
improving ("to better our service scores", "to better customer retention") it still improves, and a
measure changed elsewhere in the goal still counts. Our own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

NO_MEASURE = [
    "We will remodel 50 stores to better compete with online shops",
    "We want to better serve our customers in 2026",
    "Train the staff to better understand our clients by June",
    "Our aim is to better connect with young visitors this year",
]


@pytest.mark.parametrize("text", NO_MEASURE)
def test_a_split_infinitive_names_no_metric_and_no_way(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words not in ("compete", "serve", "understand", "connect")
    assert result.parsed.direction in (None, "reach")
    assert not result.verdicts["S"].passed


MEASURED = [
    ("We want to better our customer service scores from 7 to 8 by June", "customer service scores", "increase"),
    ("The team aims to better customer retention by 10% in 2027", "customer retention", "increase"),
    ("We want to further grow revenue by 10% in 2027", "revenue", "increase"),
    ("Train the staff to better serve clients and increase repeat bookings by 15% in 2027", "repeat bookings",
     "increase"),
    ("To better compete, we will cut delivery time from 3 days to 1 day by June", "delivery time", "decrease"),
]


@pytest.mark.parametrize(("text", "metric", "direction"), MEASURED)
def test_better_as_a_verb_or_a_measure_elsewhere_still_counts(text: str, metric: str, direction: str) -> None:
    result = smart_check(text, today=TODAY)
    assert (result.parsed.metric_words, result.parsed.direction) == (metric, direction)
    assert result.verdicts["S"].passed
