"""A fixed phrase of a preposition and a noun names no measure (issue 12, class "a fixed prepositional phrase").

"in order to", "in real terms", "on average", "in addition", "op schema", "op termijn", "in elk geval", "op eigen
kracht" say how or why a goal is pursued; their nouns are never what it measures, whatever cues stand around
them. The same nouns elsewhere may be named ("the order value", "de termijn"). The sentences are written for
these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


IDIOMS = [
    # text, the metric words, the idiom's noun that must not be them
    ("Grow webinar sign-ups by 25% in order to fill the spring programme", "webinar sign-ups", "order"),
    ("Cut energy costs by 10% in real terms by 2028", "energy costs", "terms"),
    ("Sell 40 bikes a week on average by June", "bikes", "average"),
    ("In addition, grow repeat orders by 15% this year", "repeat orders", "addition"),
    ("We liggen op schema om in 2027 70.000 zonnepanelen te hebben", "zonnepanelen", "schema"),
    ("We willen op termijn 500 leden werven", "leden", "termijn"),
]


@pytest.mark.parametrize(("text", "metric", "noun"), IDIOMS)
def test_the_noun_of_a_fixed_phrase_is_no_metric(text: str, metric: str, noun: str) -> None:
    words = smart_check(text, today=TODAY).parsed.metric_words
    assert words == metric
    assert noun not in words.split()


NOT_IDIOMS = [
    ("Raise the average order value from $40 to $48 by June", "order value"),
    ("Verkort de betaaltermijn van 30 naar 14 dagen", "betaaltermijn"),
]


@pytest.mark.parametrize(("text", "head"), NOT_IDIOMS)
def test_the_same_noun_outside_the_phrase_is_named(text: str, head: str) -> None:
    words = smart_check(text, today=TODAY).parsed.metric_words
    assert words is not None and head in words
