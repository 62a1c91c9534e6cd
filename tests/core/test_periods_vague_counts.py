"""A few years is no deadline, a few months is (issue 12, class "a few years"; DOMAIN.md T: a
period gives a deadline, a vague horizon does not).

"binnen een paar jaar", "in a few years' time", "over een aantal jaren" leave the end anywhere
from two to five years off: nothing a plan can be judged by. "a few months", "een paar weken"
stay within the year and are read as a short period, as before. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 1, 1)

A_FEW_YEARS = [
    "Double our webshop revenue within a few years",
    "We want 10,000 members in a few years' time",
    "Grow the newsletter to 50,000 readers over the next few years",
    "Binnen een paar jaar willen we 300 dealers in Europa",
    "De omzet moet over een aantal jaren verdubbelen",
    "In de komende paar jaar groeit het ledental naar 4.000",
]


@pytest.mark.parametrize("text", A_FEW_YEARS)
def test_a_few_years_is_no_deadline(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline is None
    assert not result.verdicts["T"].passed
    assert result.verdicts["M"].passed  # (the count of years is never taken as the target)


A_FEW_MONTHS = [
    ("Reach 2,000 subscribers in a few months", date(2027, 4, 1)),
    ("Binnen een paar weken 50 nieuwe reviews verzamelen", date(2027, 1, 15)),
    ("Grow leads by 15% over the next couple of years", date(2029, 1, 1)),
]


@pytest.mark.parametrize(("text", "deadline"), A_FEW_MONTHS)
def test_a_few_months_or_a_couple_of_years_still_ends(text: str, deadline: date) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline == deadline
    assert result.verdicts["T"].passed
