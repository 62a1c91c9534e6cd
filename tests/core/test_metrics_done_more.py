"""A verb done more, faster or longer names what is measured (issue 12, class "a verb done more").

"Rank higher in Bing", "de ambulance moet sneller ter plaatse zijn", "dat bezoekers langer in het
museum blijven": with no noun to measure, the goal measures what the verb does, and the comparative
adverb says it should be more of it (DOMAIN.md: the metric is whatever the goal measures, in the
goal's own words). A direction verb with "faster" ("grow faster") names no metric: growing is the
direction, and what grows is not said. A noun that is measured ("Leden moeten vaker aanwezig zijn")
stays the metric: the verb is read only where nothing else is named.
The cases are written for these tests; none is a goal from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(("text", "metric"), [
    ("Our goal is to rank higher in Bing.", "rank"),
    ("I want to respond faster.", "respond"),
    ("De ambulance moet sneller ter plaatse zijn.", "ter plaatse zijn"),
    ("We willen dat bezoekers langer in het museum blijven.", "in het museum blijven"),
])
def test_the_verb_done_more_is_the_metric(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.verdicts["S"].passed


def test_a_named_measure_stays_the_metric() -> None:
    assert smart_check("Leden moeten vaker aanwezig zijn bij de trainingen.", today=TODAY).parsed.metric_words == "leden"


@pytest.mark.parametrize("text", [
    "I want to grow faster.",
    "Wij willen sneller groeien.",
])
def test_a_direction_verb_done_faster_names_no_metric(text: str) -> None:
    assert not smart_check(text, today=TODAY).verdicts["S"].passed
