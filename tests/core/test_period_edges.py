"""Edges of a year the deadline readers missed (issue 12, class "edges of a named year"; DOMAIN.md T:
"by year end", "this financial year").

"early 2027", "eind 2027", "mid-2027" were read, but "late 2027" was not; "the fiscal year" was,
but "within the fiscal year", "by the end of the school year", "the end of the academic year" were
not; "the first half of 2027" was, but "by the end of the first half" (of the year under way) was
not. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

EDGES = [
    ("Increase revenue by 10% by late 2027.", date(2027, 12, 31)),
    ("We want 500 new members in late 2028.", date(2028, 12, 31)),
    ("Grow revenue by 10% during the financial year.", date(2027, 12, 31)),
    ("Increase sign-ups by 20% by the end of the first half.", date(2027, 6, 30)),
    ("Tegen het einde van de eerste helft willen we 20% meer aanmeldingen.", date(2027, 6, 30)),
    ("Tegen het einde van de tweede helft willen we 20% meer aanmeldingen.", date(2027, 12, 31)),
]


@pytest.mark.parametrize(("text", "deadline"), EDGES)
def test_an_edge_of_a_named_year_is_the_deadline(text: str, deadline: date) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline == deadline
    assert result.verdicts["T"].passed


SCHOOL_AND_FISCAL = [
    "Grow revenue by 10% within the fiscal year.",
    "Reach 40% awareness by the end of the school year.",
    "Reach 40% awareness among students by the end of the academic year.",
]


@pytest.mark.parametrize("text", SCHOOL_AND_FISCAL)
def test_a_school_or_fiscal_year_is_a_deadline(text: str) -> None:
    # (the date stands for the year under way, as "dit schooljaar" and "this fiscal year" are read)
    assert smart_check(text, today=TODAY).verdicts["T"].passed


def test_the_first_half_of_the_year_after_it_ended_is_next_years() -> None:
    result = smart_check("Increase sign-ups by 20% by the end of the first half.", today=date(2027, 9, 1))
    assert result.parsed.deadline == date(2028, 6, 30)
