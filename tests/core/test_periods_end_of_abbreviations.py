""""EOQ3", "EOQ", "EOM", "EOH1": ends written as plan abbreviations (issue 12, class "a deadline's
written form"; DOMAIN.md T: a date or a period).

"EOY" was read as the year's end; "EOQ3" (end of Q3), "EOQ" (end of this quarter), "EOM" (end
of this month) and "EOH2" (end of the second half) gave no deadline. Our own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

DUE = [
    ("Grow qualified pipeline from $300K to $380K EOQ3", date(2027, 9, 30)),
    ("Verhoog de MRR van €20k naar €24k, EOQ2", date(2027, 6, 30)),
    ("Grow revenue by 10% by EOQ", date(2027, 3, 31)),
    ("Close 20 new deals by EOM", date(2027, 2, 28)),
    ("Ship 30% more orders by EOH2", date(2027, 12, 31)),
    ("Grow revenue by 10% by EOQ1 2028", date(2028, 3, 31)),
    ("Sluit 15 nieuwe contracten af voor EOY", date(2027, 12, 31)),
]


@pytest.mark.parametrize(("text", "deadline"), DUE)
def test_an_end_abbreviation_is_the_deadline(text: str, deadline: date) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline == deadline
    assert result.verdicts["T"].passed


def test_an_abbreviation_inside_a_word_is_no_deadline() -> None:
    assert smart_check("Grow the eoqx newsletter to 900 readers", today=TODAY).parsed.deadline is None
