"""A person named after a title is who speaks, never what is measured (DOMAIN.md, "Reading real
sentences", S: the metric is whatever the goal measures; a goal without one fails S). Issue 12,
class "a person after a title".

"We komen uit op een groei van vijf à zeven procent, schat bestuurder Wim Boomkamp" names a growth
of something said before, not of Wim Boomkamp: the capitalised name after "bestuurder", "CEO",
"topman", "woordvoerster" is a person, so the goal names no metric and S fails. A metric named
elsewhere in the sentence stays. Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, metric words)
    ("Het wordt een groei van vier à vijf procent, schat bestuurder Karel Dijkman.", None),
    ("We expect growth of 10% next year, said CEO Anna Berg.", None),
    ("Dit jaar komen we uit op 8 procent meer, zegt woordvoerster Lies Peeters.", None),
    ("De omzet groeit met 10%, zegt directeur Jan Smit.", "omzet"),
    ("Bookings will rise by 12% in 2027, said chairman Paul Grant.", "bookings"),
]


@pytest.mark.parametrize(("text", "words"), CASES)
def test_a_person_after_a_title_is_no_metric(text: str, words: str | None) -> None:
    result = smart_check(text, today="2026-12-07")
    assert result.parsed.metric_words == words
    assert result.verdicts["S"].passed is (words is not None), result.verdicts["S"].reason
