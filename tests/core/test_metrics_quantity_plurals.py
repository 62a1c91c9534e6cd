""""The numbers of X" and "de aantallen X" count X (issue 12, class "a plural quantity word").

"Number of" and "het aantal" already open the phrase naming what is counted; their plurals do the
same ("increase the numbers of weekend rentals", "de aantallen fietsverhuringen verhogen"), so the
metric is X as the goal names it (DOMAIN.md: "number of X" is a phrase the numbers attach to).
The cases are written for these tests; none is a goal from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(("text", "metric"), [
    ("Raise the numbers of weekend rentals by 25% this year.", "weekend rentals"),
    ("Increase the numbers of lapsed members who rejoin from 40 to 60 in 2027.", "lapsed members"),
    ("Lower the numbers of missed pick-ups by a third in 2027.", "missed pick-ups"),
    ("De aantallen fietsverhuringen in 2027 met 10% verhogen.", "fietsverhuringen"),
    ("We willen de aantallen dagjesmensen in het dorp verlagen.", "dagjesmensen"),
])
def test_a_plural_quantity_word_opens_what_is_counted(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.verdicts["S"].passed
