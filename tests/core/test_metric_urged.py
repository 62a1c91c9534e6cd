"""The people a goal urges to act are not its metric (issue 12, class "the ones urged to act"; DOMAIN.md S:
the metric is what the goal measures, "An activity is not a metric").

"Encourage our members to volunteer", "encourages residents to plant trees": the object of a verb of
urging is who is to act, and the act after "to" is work; the people were read as the metric, with
"encourage" as their increase, so S passed with nothing measured. A measure named elsewhere in the goal
still is one, and a count of the people themselves still counts them ("Motivate 50 more volunteers to
join us", "the number of residents who cycle"). Our own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

URGED = [
    "Encourage our members to volunteer at the summer fair",
    "We want to encourage residents to recycle more in 2027",
    "The plan encourages shops to join the loyalty scheme by 2028",
    "The plan encourages local shops to join the loyalty scheme by 2028",
    "Encourage young families to visit the museum in 2027",
    "Inspire young people to choose a career in tech",
]


@pytest.mark.parametrize("text", URGED)
def test_who_is_urged_to_act_is_no_metric(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is None
    assert not result.verdicts["S"].passed


MEASURED = [
    ("Encourage customers to buy online and grow online sales by 20% in 2027", "online sales"),
    ("Encourage repeat purchases: increase them by 10% in 2027", "repeat purchases"),
    ("Increase the number of residents who cycle to work from 30% to 40% by 2030", "residents"),
    ("Motivate 50 more volunteers to join us by June", "volunteers"),
]


@pytest.mark.parametrize(("text", "metric"), MEASURED)
def test_a_measure_or_a_count_of_the_people_still_counts(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.verdicts["S"].passed
