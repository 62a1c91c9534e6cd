"""A rhythm or a measuring window is not the metric (DOMAIN.md, "Reading real sentences", S).

"30 % WoW growth in new users", "8 % month-over-month", "(measured Monday–Sunday)": the
abbreviation or the days say how often growth is measured; the metric is what grows. Cases in our
own words, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)

RHYTHMS = [
    ("Maintain at least 30% WoW growth in new registered users throughout Q3", "users"),
    ("Sustain 20% week-over-week growth in ad revenue (measured Monday to Sunday)", "revenue"),
    ("Grow signups 8% month-over-month through Q2", "signups"),
    ("Realiseer 5% maand-op-maand groei in nieuwe klanten in 2027", "klanten"),
    ("Verhoog het aantal bezoekers met 3% week-op-week (gemeten van maandag tot zondag)", "bezoekers"),
    ("Keep churn under 3% throughout 2027", "churn"),
]


@pytest.mark.parametrize(("text", "head"), RHYTHMS, ids=[case[0][:50] for case in RHYTHMS])
def test_a_rhythm_or_window_gives_way_to_what_grows(text: str, head: str) -> None:
    words = smart_check(text, today=TODAY).parsed.metric_words
    assert words is not None and head in words.split(), words
