"""A year that dates a figure beside the target is no deadline (issue 12, class "a dated figure
beside the target"; DOMAIN.md T: a comparison year is no deadline).

"naar 45 (in 2024: 30)", "to 45 (30 in 2024)", "from £10k in 2020 and £14k in 2019": two
figures side by side with "in <year>" between or after them stand so only across a bracket or a
colon, and the year says when one of them held. A figure with a word before it ("grow to 800 in
2027"), or a schedule of figures each with its year ("4 % in 2026, 6 % in 2027"), keeps its
deadline. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 1)

DATED = [
    "Raise our NPS to 45 (30 in 2024)",
    "Verhoog de klanttevredenheid naar 8,2 (in 2023: 7,6)",
    "Grow the donor base to 1,200 (in 2025: 950)",
    "Het aantal vrijwilligers groeit naar 140 (95 in 2024)",
    "Increase gift income to $60k from $48k in 2024 and $41k in 2023",
    "Verhoog de omzet naar 2,4 miljoen vanaf 2,1 miljoen in 2025 en 1,9 miljoen in 2024",
]


@pytest.mark.parametrize("text", DATED)
def test_a_year_that_dates_a_figure_is_no_deadline(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline is None
    assert not result.verdicts["T"].passed
    assert result.verdicts["M"].passed


DUE = [
    ("Grow the donor base to 1,200 in 2027", date(2027, 12, 31)),
    ("Verhoog het aantal leden van 300 naar 400 in 2028", date(2028, 12, 31)),
    ("Het ziekteverzuim was 7% in 2025; in 2027 willen we 5%", date(2027, 12, 31)),
    ("Market share should reach 4% in 2027, 6% in 2028 and 9% in 2030", date(2030, 12, 31)),
    ("We verkopen in 2027 3.000 abonnementen", date(2027, 12, 31)),
]


@pytest.mark.parametrize(("text", "deadline"), DUE)
def test_a_year_the_goal_is_due_stays_the_deadline(text: str, deadline: date) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline == deadline
    assert result.verdicts["T"].passed
