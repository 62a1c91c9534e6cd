"""Dates and periods in Dutch and English."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xlsmart.core.dates import add_months, add_period, next_on_or_after, parse_date

REF = date(2026, 11, 24)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2027-06-30", date(2027, 6, 30)),
        ("2027-06-30 00:00:00", date(2027, 6, 30)),
        ("30-06-2027", date(2027, 6, 30)),
        ("30/06/2027", date(2027, 6, 30)),
        ("1.3.2027", date(2027, 3, 1)),
        ("30-06-27", date(2027, 6, 30)),
        ("31 december 2026", date(2026, 12, 31)),
        ("December 31, 2026", date(2026, 12, 31)),
        ("15 november 2027", date(2027, 11, 15)),
        ("2 April 2027", date(2027, 4, 2)),
        ("1 mei", date(2027, 5, 1)),  # the next 1 May on or after the reference day
        ("24 november", date(2026, 11, 24)),  # the reference day itself counts
        ("1 dec", date(2026, 12, 1)),
        ("juni 2027", date(2027, 6, 30)),  # a month: its last day
        ("29 februari", date(2028, 2, 29)),  # the next leap day
    ],
)
def test_parse_date(text: str, expected: date) -> None:
    assert parse_date(text, reference=REF) == expected


@pytest.mark.parametrize(
    "text",
    ["31-31-2026", "30 februari 2027", "31 april 2027", "2027-02-29", "00-01-2027", "2026-13-01",
     "someday", "", "   ", "mei", "32 mei 2027", "x" * 100],
)
def test_impossible_dates_give_none(text: str) -> None:
    assert parse_date(text, reference=REF) is None


def test_date_like_values() -> None:
    assert parse_date(date(2027, 1, 2)) == date(2027, 1, 2)
    assert parse_date(datetime(2027, 1, 2, 13, 45)) == date(2027, 1, 2)
    assert parse_date(46387) == date(2026, 12, 31)  # an Excel serial number
    assert parse_date(None) is None
    assert parse_date(True) is None
    assert parse_date(-5) is None
    assert parse_date([2027, 1, 2]) is None


@pytest.mark.parametrize(
    "amount, unit, expected",
    [
        (6, "maanden", date(2027, 5, 24)), (3, "weeks", date(2026, 12, 15)), (1.5, "jaar", date(2028, 5, 24)),
        (0.5, "year", date(2027, 5, 24)), (2, "kwartalen", date(2027, 5, 24)), (10, "dagen", date(2026, 12, 4)),
    ],
)
def test_add_period(amount: float, unit: str, expected: date) -> None:
    assert add_period(REF, amount, unit) == expected


def test_add_months_clips_to_the_month_end() -> None:
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


valid_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(9999, 12, 31))


@given(valid_dates)
def test_iso_round_trips(day: date) -> None:
    assert parse_date(day.isoformat()) == day


@given(valid_dates, st.sampled_from(["-", "/", "."]))
def test_day_month_year_round_trips(day: date, sep: str) -> None:
    assert parse_date(f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year:04d}") == day
    assert parse_date(f"{day.day}{sep}{day.month}{sep}{day.year:04d}") == day


DUTCH_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                "oktober", "november", "december"]


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)), st.booleans())
def test_written_dates_round_trip(day: date, dutch: bool) -> None:
    month = DUTCH_MONTHS[day.month - 1] if dutch else day.strftime("%B")
    assert parse_date(f"{day.day} {month} {day.year}") == day


@given(st.integers(min_value=1, max_value=40), st.integers(min_value=1, max_value=15),
       st.integers(min_value=1990, max_value=2100))
def test_impossible_day_month_combinations_give_none(day: int, month: int, year: int) -> None:
    try:
        expected: date | None = date(year, month, day)
    except ValueError:
        expected = None
    assert parse_date(f"{day:02d}-{month:02d}-{year}") == expected


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)), valid_dates)
def test_a_date_without_year_is_the_next_one(reference: date, day: date) -> None:
    result = next_on_or_after(day.month, day.day, reference)
    assert result is not None
    assert result >= reference
    assert (result.month, result.day) == (day.month, day.day)
    assert (result - reference).days <= 366 * (4 if (day.month, day.day) == (2, 29) else 1)
