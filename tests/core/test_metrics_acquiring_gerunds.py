"""The gerund of a verb of acquiring, under a direction verb, is the metric (issue 12, class
"acquiring as a gerund").

"Increase hiring by 20%", "step up upselling": the -ing form of a verb that acquires a count
("hire", "upsell", "sign") names how many are acquired, which the direction verb moves (DOMAIN.md:
acquisition verbs count a result). Gerunds of work ("posting", "publishing") stay work, and Dutch
names the same thing with a noun ("de werving", "de aanwerving"), read as before.
The cases are written for these tests; none is a goal from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(("text", "metric", "direction"), [
    ("Increase hiring by 20% in 2027.", "hiring", "increase"),
    ("Step up upselling by 15% this quarter.", "upselling", "increase"),
    ("Reduce hiring of temporary staff by 30% in 2027.", "hiring", "decrease"),
    ("De werving van nieuwe leden met 20% verhogen in 2027.", "werving", "increase"),
    ("Verhoog de aanwerving van jonge leerkrachten met 15% dit schooljaar.", "aanwerving", "increase"),
])
def test_acquiring_under_a_direction_verb_is_the_metric(text: str, metric: str, direction: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.parsed.direction == direction
    assert result.verdicts["S"].passed


@pytest.mark.parametrize("text", [
    "Increase posting by 20% in 2027.",
    "Boost publishing by a third this year.",
])
def test_a_gerund_of_work_stays_work(text: str) -> None:
    assert not smart_check(text, today=TODAY).verdicts["S"].passed
