"""The means after the metric leaves it the metric (issue 12, class "door + the means").

"Een stijging van 20% in omzet door training van het personeel": what follows "door" says how the
goal is to be reached; work named there ("training", "het versturen van …") is the means, not
work done to the measure before it, so the measure stays the metric and S passes (DOMAIN.md: an
activity is no metric, but an activity named as the means does not unmake the metric). "Door" as the
particle of "doorzetten" still gives its direction. English writes the means with "by"/"through"
after the number, which was read this way already; its cases guard that.
The cases are written for these tests; none is a goal from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(("text", "metric"), [
    ("Een stijging van 20% in omzet door training van het winkelpersoneel in 2027.", "omzet"),
    ("Een groei van 10% in herhaalaankopen door het versturen van wekelijkse aanbiedingen.", "herhaalaankopen"),
    ("Het aantal proefritten met 25% verhogen door plaatsing van advertenties in de regio.", "proefritten"),
    ("Een daling van 30% in uitval door begeleiding en training van nieuwe leden.", "uitval"),
    ("Raise revenue by 20% by training shop staff in 2027.", "revenue"),
    ("Grow newsletter subscribers by 30% through publishing weekly tips this year.", "subscribers"),
])
def test_the_measure_before_its_means_is_the_metric(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is not None and metric in result.parsed.metric_words
    assert result.verdicts["S"].passed


def test_door_as_a_particle_still_gives_the_direction() -> None:
    result = smart_check("We willen de groei van het ledental in 2027 met 5% door te zetten.", today=TODAY)
    assert result.parsed.direction == "increase"
    assert result.verdicts["S"].passed
