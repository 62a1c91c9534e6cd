"""What a goal is measured in names its metric where the goal names none of its own (DOMAIN.md,
"Reading real sentences", S: the metric is whatever the goal measures, in its own words). Issue 12,
class "what a goal is measured in".

"a 7 to 10 percent annual growth, measured in revenues" names a growth of something, and says what:
the revenues. The phrase after "measured in/by" or "gemeten in/aan" is the metric when the goal names
no known metric; a known metric before it stays ("engagement, measured in comments"), and a unit is
never the metric ("measured in minutes"), nor who measures ("as measured by the Institute of …"). Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, metric words)
    ("A fair target is 5 to 8 percent growth a year, measured in bookings.", "bookings"),
    ("We aim for 10% growth in 2027, measured in new members.", "new members"),
    ("Onze ambitie: 10% groei in 2027, gemeten in omzet.", "omzet"),
    ("Wij willen 15% groei, gemeten aan het aantal abonnees, in 2027.", "abonnees"),
    ("Increase session duration, measured in minutes, by 20%.", "session duration"),
    ("Increase engagement, measured in comments per post, by 20%.", "engagement"),
    ("Bring our effort score below 3.5 in 2027, as measured by the Service Institute.", "effort score"),
]


@pytest.mark.parametrize(("text", "words"), CASES)
def test_what_a_goal_is_measured_in(text: str, words: str) -> None:
    assert smart_check(text, today="2026-12-07").parsed.metric_words == words
