"""Dates and periods in Dutch and English, resolved to a deadline.

A date without a year is the next such date on or after the reference day (the start, or
today). A period ("binnen acht maanden", "within three weeks") counts from the reference day.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import lru_cache

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("januari", "january", "jan"),
        ("februari", "february", "feb", "febr"),
        ("maart", "march", "mrt", "mar"),
        ("april", "apr"),
        ("mei", "may"),
        ("juni", "june", "jun"),
        ("juli", "july", "jul"),
        ("augustus", "august", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "october", "okt", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

# Units of a period, in days for "day"/"week" and in months otherwise.
PERIOD_UNITS: dict[str, tuple[str, int]] = {}
for _unit, _amount, _names in (
    ("days", 1, ("dag", "dagen", "day", "days", "werkdagen", "d")),
    ("days", 7, ("week", "weken", "weeks", "wk", "wks")),
    ("days", 14, ("fortnight", "fortnights")),
    ("months", 1, ("maand", "maanden", "month", "months", "mo", "mos", "mnd", "mnd.")),
    ("months", 3, ("kwartaal", "kwartalen", "quarter", "quarters")),
    ("months", 12, ("jaar", "jaren", "year", "years", "boekjaar", "yr", "yrs", "jr")),
    ("months", 120, ("decade", "decades", "decennium", "decennia")),
):
    for _name in _names:
        PERIOD_UNITS[_name] = (_unit, _amount)

ORDINALS: dict[str, int] = {
    "eerste": 1, "first": 1, "1e": 1, "1ste": 1, "1st": 1,
    "tweede": 2, "second": 2, "2e": 2, "2de": 2, "2nd": 2,
    "derde": 3, "third": 3, "3e": 3, "3de": 3, "3rd": 3,
    "vierde": 4, "fourth": 4, "laatste": 4, "last": 4, "4e": 4, "4de": 4, "4th": 4,
}

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_WORDS = re.compile(r"[a-zà-ÿ]+|\d+", re.IGNORECASE)
EXCEL_EPOCH = date(1899, 12, 30)


def today() -> date:
    return date.today()


def safe_date(year: int, month: int, day: int) -> date | None:
    """A date, or None when the parts name no real day (31-31-2026, 30 February)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """28 to 31: ``calendar.monthrange(year, month)[1]`` without working out a weekday first."""
    if not 1 <= month <= 12:
        return calendar.monthrange(year, month)[1]  # raises calendar.IllegalMonthError
    if month == 2 and calendar.isleap(year):
        return 29
    return _MONTH_DAYS[month]


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, clipped to the month's end: 31 Jan + 1 month = 28/29 Feb."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, days_in_month(year, month)))


@lru_cache(maxsize=4096, typed=True)  # goals count their periods from the same few days, in the same few units
def add_period(day: date, amount: float, unit: str) -> date:
    """``day`` plus ``amount`` of a period unit name ("maanden", "weeks", ...)."""
    kind, size = PERIOD_UNITS[unit]
    if kind == "days":
        return day + timedelta(days=round(amount * size))
    months = amount * size
    whole = int(months)
    result = add_months(day, whole)
    return result + timedelta(days=round((months - whole) * 30))


def end_of_quarter(year: int, quarter: int) -> date:
    month = quarter * 3
    return date(year, month, days_in_month(year, month))


def end_of_month(year: int, month: int) -> date:
    return date(year, month, days_in_month(year, month))


@lru_cache(maxsize=4096, typed=True)  # the same few dates ("1 mei", "31 december") from the same few days
def next_on_or_after(month: int, day: int, reference: date) -> date | None:
    """The next ``day month`` on or after ``reference`` (for dates written without a year)."""
    for year in (reference.year, reference.year + 1):
        candidate = safe_date(year, month, day)
        if candidate is not None and candidate >= reference:
            return candidate
    # 29 February: look ahead to the next leap year.
    for year in range(reference.year + 1, reference.year + 9):
        candidate = safe_date(year, month, day)
        if candidate is not None:
            return candidate
    return None


def full_year(year: int) -> int:
    return year + 2000 if year < 100 else year


def parse_date(value: object, *, reference: date | None = None) -> date | None:
    """A date from a cell or argument, or None when it names no real day.

    Accepts ``date``/``datetime``, Excel serial numbers, ISO text, ``30-06-2027``,
    ``31 december 2026``, ``December 31, 2026`` and ``1 mei`` (next such day on or after
    ``reference``).

    >>> parse_date("31 december 2026"), parse_date("31-31-2026"), parse_date("12/31/2026")
    (datetime.date(2026, 12, 31), None, datetime.date(2026, 12, 31))
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)):
        if 1 <= value < 2958466:  # Excel's serial range: 1900-01-01 .. 9999-12-31
            return EXCEL_EPOCH + timedelta(days=int(value))
        return None
    if not isinstance(value, str):
        return None
    text = value.strip().lower()
    if not text or len(text) > 64:
        return None
    if match := _ISO.match(text):
        return safe_date(int(match[1]), int(match[2]), int(match[3]))
    if match := _DMY.match(text):
        day, month, year = int(match[1]), int(match[2]), full_year(int(match[3]))
        if day <= 12 < month and "/" in text:
            return safe_date(year, day, month)  # (issue 12) "12/31/2027": the US order, the month first
        return safe_date(year, month, day)
    return _date_from_words(_WORDS.findall(text), reference or today())


def _date_from_words(words: list[str], reference: date) -> date | None:
    """'31 december 2026', 'december 31 2026', '1 mei', 'juni 2027' (end of that month)."""
    numbers = [int(w) for w in words if w.isdigit()]
    months = [MONTHS[w] for w in words if w in MONTHS]
    if len(months) != 1 or not numbers or len(words) > 5:
        return None
    month = months[0]
    days = [n for n in numbers if 1 <= n <= 31]
    years = [n for n in numbers if n >= 1900]
    if len(days) + len(years) != len(numbers):
        return None  # "32 mei 2027": a number that is neither a day nor a year
    if years and not days:
        return end_of_month(years[0], month)
    if not days:
        return None
    if years:
        return safe_date(years[0], month, days[0])
    return next_on_or_after(month, days[0], reference)


def easter(year: int) -> date:
    """Easter Sunday of ``year`` (the Gregorian computus of Meeus, Jones and Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's own names)
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` ``weekday`` (Monday 0) of a month; ``nth`` -1 is the last."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year, month, days_in_month(year, month))
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _thanksgiving(year: int) -> date:
    return nth_weekday(year, 11, 3, 4)


# Named days that plans are due by ("by Black Friday", "voor de kerst"), as the words they are
# written in: each gives its date in a year.
HOLIDAYS: dict[tuple[str, ...], Callable[[int], date]] = {}
for _names, _day in (
    (("christmas",), lambda y: date(y, 12, 25)), (("xmas",), lambda y: date(y, 12, 25)),
    (("kerst",), lambda y: date(y, 12, 25)), (("kerstmis",), lambda y: date(y, 12, 25)),
    (("new", "year's", "day"), lambda y: date(y, 1, 1)), (("new", "year's", "eve"), lambda y: date(y, 12, 31)),
    (("new", "year's"), lambda y: date(y, 1, 1)), (("nieuwjaar",), lambda y: date(y, 1, 1)),
    (("oudjaar",), lambda y: date(y, 12, 31)), (("oud", "en", "nieuw"), lambda y: date(y, 12, 31)),
    (("thanksgiving",), _thanksgiving),
    (("black", "friday"), lambda y: _thanksgiving(y) + timedelta(days=1)),
    (("cyber", "monday"), lambda y: _thanksgiving(y) + timedelta(days=4)),
    (("memorial", "day"), lambda y: nth_weekday(y, 5, 0, -1)),
    (("labor", "day"), lambda y: nth_weekday(y, 9, 0, 1)), (("labour", "day"), lambda y: nth_weekday(y, 9, 0, 1)),
    (("independence", "day"), lambda y: date(y, 7, 4)), (("halloween",), lambda y: date(y, 10, 31)),
    (("valentine's", "day"), lambda y: date(y, 2, 14)), (("valentines", "day"), lambda y: date(y, 2, 14)),
    (("valentijnsdag",), lambda y: date(y, 2, 14)), (("valentijn",), lambda y: date(y, 2, 14)),
    (("mother's", "day"), lambda y: nth_weekday(y, 5, 6, 2)), (("moederdag",), lambda y: nth_weekday(y, 5, 6, 2)),
    (("father's", "day"), lambda y: nth_weekday(y, 6, 6, 3)), (("vaderdag",), lambda y: nth_weekday(y, 6, 6, 3)),
    (("easter",), easter), (("pasen",), easter), (("koningsdag",), lambda y: date(y, 4, 27)),
    (("sinterklaas",), lambda y: date(y, 12, 5)), (("pakjesavond",), lambda y: date(y, 12, 5)),
    (("feestdagen",), lambda y: date(y, 12, 31)), (("holidays",), lambda y: date(y, 12, 31)),
    (("holiday", "season"), lambda y: date(y, 12, 31)), (("feestdagenseizoen",), lambda y: date(y, 12, 31)),
    # School holidays by the day they start (issue 12): "voor de kerstvakantie", "before the summer holidays"
    (("kerstvakantie",), lambda y: date(y, 12, 20)), (("zomervakantie",), lambda y: date(y, 7, 15)),
    (("christmas", "holidays"), lambda y: date(y, 12, 20)),
):
    HOLIDAYS[_names] = _day
HOLIDAY_FIRST_WORDS = frozenset(names[0] for names in HOLIDAYS)


def holiday_at(words: list[str], i: int, reference: date) -> tuple[date, int] | None:
    """The named day that starts at ``words[i]`` (its next date on or after ``reference``, or
    in the year written after it) and how many words it takes; None if none starts there."""
    for width in (3, 2, 1):
        day = HOLIDAYS.get(tuple(words[i:i + width])) if i + width <= len(words) else None
        if day is not None:
            year = int(words[i + width]) if i + width < len(words) and words[i + width].isdigit() and \
                len(words[i + width]) == 4 else None
            when = day(year or reference.year)
            if year is None and when < reference:
                when = day(reference.year + 1)
            return when, width + (1 if year else 0)
    return None
