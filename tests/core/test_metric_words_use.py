"""A noun of use after the noun it measures names the measure (issue 12, class "the use of a thing").

"water use", "energy use", "plastic use" are measures of consumption, as "watergebruik" is in Dutch; "use" was
never a name's word, so the metric was cut to "water". After a noun (not after a verb of change, a count or a
number word) "use" ends the name, as "times" does in "waiting times"; "increase use of X" and "make use of"
keep their reading. The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


USES = [
    # text, the metric words
    ("Keep water use below 2015 levels until 2028", "water use"),
    ("Reduce energy use by 20% by 2028", "energy use"),
    ("Cut plastic use across our five warehouses by 30% by 2028", "plastic use"),
    ("Increase use of library resources by 10% this year", "use of library resources"),
    ("Make use of our data to grow sales by 10%", "sales"),
    ("Reduce waiting times by 20% this year", "waiting times"),
    ("Verminder het watergebruik met 10% in 2027", "watergebruik"),
]


@pytest.mark.parametrize(("text", "metric"), USES)
def test_a_noun_of_use_after_its_noun_names_the_measure(text: str, metric: str) -> None:
    assert smart_check(text, today=TODAY).parsed.metric_words == metric
