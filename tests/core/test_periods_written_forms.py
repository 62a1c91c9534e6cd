"""Deadlines in the short forms plans write them (issue 12, class "a deadline's written form";
DOMAIN.md T: a date or a period).

"by Q3'27", "by end of FY", "within a fortnight", "op weg naar 2030", "voor de kerstvakantie",
"before the Christmas holidays": each names when the goal is due and gave no deadline. Our own
sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

DUE = [
    ("Grow demo requests by 15% by Q3'27", date(2027, 9, 30)),
    ("Reach 400 paying customers by end of FY", date(2027, 12, 31)),
    ("Answer every open review within a fortnight", date(2027, 2, 15)),
    ("Het aantal laadpalen groeit op weg naar 2030 met 40%", date(2030, 12, 31)),
    ("Verkoop 300 kerstpakketten voor de kerstvakantie", date(2027, 12, 20)),
    ("Sell 300 gift boxes before the Christmas holidays", date(2027, 12, 20)),
    ("Win 200 nieuwe leden voor de zomervakantie", date(2027, 7, 15)),
]


@pytest.mark.parametrize(("text", "deadline"), DUE)
def test_a_short_written_deadline_is_read(text: str, deadline: date) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline == deadline
    assert result.verdicts["T"].passed


def test_a_season_with_its_year_still_reads() -> None:
    assert smart_check("Grow leads by 10% by summer 2027", today=TODAY).parsed.deadline == date(2027, 8, 31)
