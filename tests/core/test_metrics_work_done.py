"""A count of work done names no metric (issue 12, class "a count of work done").

The participle of a verb of work after what it made ("newsletters sent", "kiosks installed",
"200 woningen gebouwd", "bomen aangeplant") says that the count is output, the work itself, not a
result of it (DOMAIN.md: an activity is not a metric), so S fails however the number moves. A
participle that names what others did ("emails opened", "tickets sold") is a result and stays
the metric. The cases are written for these tests; none is a goal from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)

WORK_DONE = [
    "Grow the number of newsletters sent by 30% this year.",
    "Increase case studies written from 4 to 8 by June 2027.",
    "Double the number of kiosks installed in our stores by 2028.",
    "Increase webinars hosted from 6 to 10 in 2027.",
    "Het aantal verstuurde mailings moet in 2027 met 20% omhoog.",
    "De gemeente wil voor 2028 zo'n 3.000 extra woningen gebouwd hebben.",
    "In 2027 willen we 5.000 bomen aangeplant hebben in de regio.",
]


@pytest.mark.parametrize("text", WORK_DONE)
def test_a_count_of_work_done_is_not_specific(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert not result.verdicts["S"].passed
    words = result.parsed.metric_words or ""
    assert not any(done in words for done in ("sent", "written", "installed", "hosted", "verstuurd", "gebouwd", "aangeplant"))


@pytest.mark.parametrize(("text", "metric"), [
    ("Increase emails opened by 20% by March 2027.", "emails"),
    ("Grow tickets sold from 1,200 to 1,500 this season.", "tickets"),
    ("Verhoog het aantal verkochte abonnementen met 15% in 2027.", "abonnementen"),
])
def test_what_others_did_stays_the_metric(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is not None and metric in result.parsed.metric_words
    assert result.verdicts["S"].passed
