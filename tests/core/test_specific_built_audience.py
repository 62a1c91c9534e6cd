"""An audience built with a count grows (issue 12, class "a count of an audience built"; DOMAIN.md S and
tests/core/corpus/README.md: building a list or an audience grows it).

"build my email list" already read as growing a measure, but with a count between the verb and the
noun ("build 3,000 followers", "500 leden opbouwen") the count was taken for work done, so the goal
named no metric and S failed. Only what can be built as a measure (an audience, members, leads) is
read so: "build 300 new homes" and "build 20 landing pages" stay work. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

GROWN = [
    ("Build 3,000 followers across our social channels by June", "followers"),
    ("Build 2,000-2,500 engaged subscribers for the podcast this year", "subscribers"),
    ("Our club will build 400 paying members by the end of 2027", "members"),
    ("We willen dit jaar 500 leden opbouwen.", "leden"),
]


@pytest.mark.parametrize(("text", "head"), GROWN)
def test_an_audience_built_is_the_metric_and_grows(text: str, head: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is not None and result.parsed.metric_words.endswith(head)
    assert result.parsed.direction == "increase"
    assert result.verdicts["S"].passed


WORK = [
    "Build 300 new homes by 2028.",
    "Build 20 landing pages by June.",
    "We bouwen dit jaar 40 nieuwe woningen.",
]


@pytest.mark.parametrize("text", WORK)
def test_things_built_stay_work(text: str) -> None:
    assert not smart_check(text, today=TODAY).verdicts["S"].passed
