"""Years and lengths a goal names as its own (DOMAIN.md, "Reading real sentences", T): issue 12,
class "the goal's year or length written beside a goal noun, after 'richting', or held until".

"om het doel van 2029 te halen", "the target of 2028", "richting 2030" (towards 2030),
"maintain … to 2028" (held until then), "a 12-month goal", "our 90-day plan", "een
18-maanden doelstelling" and a season written as months ("in de zomermaanden"). Each gives the
deadline; a count that runs "to" a number stays a count ("grow members to 2025"). Our own
sentences in both languages; ``today`` is pinned.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)

DEADLINES = [
    ("Om het doel van 2029 te halen moet de omzet jaarlijks met 6% groeien", date(2029, 12, 31)),
    ("To meet the target of 2028 we must lift donations by 15%", date(2028, 12, 31)),
    ("Het is onze ambitie om richting 2030 het aantal leden te verhogen naar 4.000", date(2030, 12, 31)),
    ("We are working towards 2029 with 30% more repeat customers", date(2029, 12, 31)),
    ("Maintain customer churn below 2024 levels to 2028.", date(2028, 12, 31)),
    ("We set a 12-month goal of 800 new trial users", date(2027, 12, 7)),
    ("Our 90-day plan: grow demo bookings by 25%", date(2027, 3, 7)),
    ("Een 18-maanden doelstelling: 20% meer donateurs", date(2028, 6, 7)),
    ("In de zomermaanden wil het zwembad 40.000 bezoekers trekken", date(2027, 8, 31)),
]


@pytest.mark.parametrize(("text", "deadline"), DEADLINES)
def test_the_goals_own_year_or_length_is_its_deadline(text, deadline):
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline == deadline
    assert result.verdicts["T"].passed


def test_the_count_of_a_length_is_no_target():
    assert smart_check("Our 90-day plan: grow demo bookings by 25%", today=TODAY).parsed.target is None


def test_a_count_that_runs_to_a_number_is_no_year():
    result = smart_check("Grow the members of the choir to 2025", today=TODAY)
    assert result.parsed.deadline is None
