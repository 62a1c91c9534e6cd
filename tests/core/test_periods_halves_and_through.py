"""Halves of the year and "through" a year are deadlines (issue 12, classes "a half of the year"
and "through a year"; DOMAIN.md T: a period, "between January and June" ends with its end).

"in de tweede helft van het jaar", "the first half of 2028", "de eerste jaarhelft" name H1 or H2
(its end is the deadline, and "half of" there is no 50 % share); "tot en met 2028", "t/m 2028"
run through that year, also with a rhythm ("jaarlijks met 10 % tot en met 2028"). A half of
something else ("de tweede helft van de wedstrijd") is no time. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

DUE = [
    ("Verhoog de omzet met 10% in de tweede helft van het jaar", date(2027, 12, 31)),
    ("Increase webshop revenue by 10% in the first half of 2028", date(2028, 6, 30)),
    ("In de eerste jaarhelft willen we 300 nieuwe leden", date(2027, 6, 30)),
    ("Grow sign-ups to 4,000 in the second half of the year", date(2027, 12, 31)),
    ("Verhoog de omzet jaarlijks met 10% tot en met 2029", date(2029, 12, 31)),
    ("Verhoog het aantal donateurs met 5% per jaar t/m 2028", date(2028, 12, 31)),
]


@pytest.mark.parametrize(("text", "deadline"), DUE)
def test_a_half_or_a_year_through_is_the_deadline(text: str, deadline: date) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline == deadline
    assert result.verdicts["T"].passed
    assert result.parsed.target != 50.0  # ("half of" names the time, no share)


def test_a_half_of_something_else_is_no_time() -> None:
    result = smart_check("Scoor meer doelpunten in de tweede helft van de wedstrijd", today=TODAY)
    assert result.parsed.deadline is None
