"""A concession is the setting, not the goal (DOMAIN.md, "Reading real sentences", S).

"Despite the growth in visitors, cut waiting times by 20 %": what "despite"/"ondanks" opens is
what the goal works against, so neither its metric nor its direction is the goal's. The metric
is the object of the goal's own direction verb. Cases in our own words, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)

# (text, a word of the goal's metric, its direction)
CONCESSIONS = [
    ("Despite the huge growth in visitors, we want to cut waiting times by 20% by 2027", "waiting", "decrease"),
    ("Despite a drop in members, we will raise donations by 10% this year", "donations", "increase"),
    ("In spite of rising costs we will increase our margin from 20% to 25%", "margin", "increase"),
    ("Ondanks de daling van het aantal leden willen we de omzet met 10% verhogen", "omzet", "increase"),
    ("Ondanks de groei van het verkeer willen we de uitstoot met 20% verlagen in 2030", "uitstoot", "decrease"),
    ("Ondanks de enorme groei van het inwonersaantal willen we de concurrentiepositie van de fiets verbeteren",
     "concurrentiepositie", "increase"),
    ("Despite the crisis, increase sales by 10% in 2027", "sales", "increase"),
]


@pytest.mark.parametrize(("text", "head", "direction"), CONCESSIONS, ids=[case[0][:50] for case in CONCESSIONS])
def test_a_concession_gives_neither_metric_nor_direction(text: str, head: str, direction: str) -> None:
    parsed = smart_check(text, today=TODAY).parsed
    assert parsed.metric_words is not None and head in parsed.metric_words.split(), parsed.metric_words
    assert parsed.direction == direction
