"""A day and a month written with a slash is a deadline, and a US date with its year is no bad date
(issue 12, class "a day and a month with a slash"; DOMAIN.md T: a date; a date without a year is the
next such date on or after the start).

"31/12/2027" was read, but "by 12/31", "tegen 31/12", "due 6/30" lost their slash in the tokens and
became two numbers (a baseline and a target, no deadline), and "by 12/31/2027", "6/30/27" (month first)
were reported as invalid dates. After a word of due, two whole numbers that make a day and a month are
that date (the order that makes a real day; when both do, month first in English, day first in
Dutch). A score ("from 6/10 to 8/10") or "24/7" follows no word of due. Our own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check
from xlsmart.core.dates import parse_date

TODAY = date(2027, 2, 1)

DUE = [
    ("Grow MRR by 20% by 12/31.", date(2027, 12, 31)),
    ("Grow MRR by 20% by 31/12.", date(2027, 12, 31)),
    ("Verhoog de omzet met 20% tegen 31/12.", date(2027, 12, 31)),
    ("Verhoog de omzet met 20% uiterlijk 1/9.", date(2027, 9, 1)),
    ("Grow MRR by 20% by 3/4.", date(2027, 3, 4)),
    ("Verhoog de omzet met 20% tegen 3/4.", date(2027, 4, 3)),
    ("Grow MRR by 20% by 12/31/2027.", date(2027, 12, 31)),
    ("Grow MRR by 20% by 6/30/28.", date(2028, 6, 30)),
]


@pytest.mark.parametrize(("text", "deadline"), DUE)
def test_a_day_and_a_month_with_a_slash_is_the_deadline(text: str, deadline: date) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline == deadline
    assert result.parsed.target is None and result.parsed.baseline is None
    assert not result.parsed.invalid_dates


NOT_DATES = [
    ("Raise our score from 6/10 to 8/10 in 2027.", 6.0, 8.0),
    ("Grow leads from 10 to 20 by 31/11.", 10.0, 20.0),
]


@pytest.mark.parametrize(("text", "baseline", "target"), NOT_DATES)
def test_a_score_or_no_real_day_stays_what_it_was(text: str, baseline: float, target: float) -> None:
    result = smart_check(text, today=TODAY)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, target)


def test_a_day_first_date_that_cannot_be_one_stays_invalid() -> None:
    assert parse_date("31-31-2026") is None and parse_date("13/13/2027") is None
    assert parse_date("12/31/2027") == date(2027, 12, 31) and parse_date("31/12/2027") == date(2027, 12, 31)
