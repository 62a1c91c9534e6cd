"""The subject of a short Dutch line whose modal leaves only the change to its end (DOMAIN.md,
"Reading real sentences", S: the metric is whatever the goal measures, in its own words). Issue 12,
class "X moet hoger".

"De CO2-uitstoot in de stad moet … zijn teruggedrongen" named its subject as the metric only in a
sentence of more than twelve words; "Het ledental moet hoger." and "De klantwaardering moet hoger."
named none (a known word such as "omzet" did). The length no longer matters: a clause's subject
before its modal, with a word of change ending the goal, is what changes. Our own lines.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, metric words, direction)
    ("Het ledental moet hoger.", "ledental", "increase"),
    ("De klantwaardering moet hoger.", "klantwaardering", "increase"),
    ("Het donateursbestand moet groter.", "donateursbestand", "increase"),
    ("De levertijd moet korter.", "levertijd", "decrease"),
]


@pytest.mark.parametrize(("text", "words", "direction"), CASES)
def test_the_subject_before_moet_and_a_change(text: str, words: str, direction: str) -> None:
    result = smart_check(text, today="2026-12-07")
    assert (result.parsed.metric_words, result.parsed.direction) == (words, direction)
    assert result.verdicts["S"].passed, result.verdicts["S"].reason
