"""Less of what is used up is a metric, although using is otherwise work (issue 12, batch 8).

"minder drinkwater gebruiken", "use less paper", "minder water verspillen": the resource used,
wasted or consumed is what the goal measures, and it goes down. Using more of a tool ("use more
AI", "meer social media gebruiken") stays an activity: S fails. The cases are written for these
tests; none is a goal from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)

LESS_OF_A_RESOURCE = [
    ("Use less paper in all our offices by 2027.", "paper"),
    ("Our warehouses should consume less energy next year.", "energy"),
    ("We willen dat kantoren in 2027 minder energie verbruiken.", "energie"),
    ("Bezoekers moeten minder water verspillen op de camping.", "water"),
    ("Het doel is dat elk huishouden per week 5 kilo minder voedsel gaat verspillen.", "voedsel"),
]


@pytest.mark.parametrize(("text", "metric"), LESS_OF_A_RESOURCE)
def test_less_of_what_is_used_up_is_measured(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is not None and metric in result.parsed.metric_words
    assert result.parsed.direction == "decrease"
    assert result.verdicts["S"].passed


@pytest.mark.parametrize("text", [
    "We want to use more chatbots in our service.",
    "We gebruiken meer social media in 2027.",
    "Use our new CRM for every client call.",
])
def test_using_a_tool_is_work(text: str) -> None:
    assert not smart_check(text, today=TODAY).verdicts["S"].passed
