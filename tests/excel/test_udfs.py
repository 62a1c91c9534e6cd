"""Worksheet functions as plain Python (on Linux ``@xw.func`` registers nothing)."""

from __future__ import annotations

import inspect
import re
import sys
import types
from datetime import date, datetime
from pathlib import Path

import pytest
import xlwings

from xlsmart.excel import udfs
from xlsmart.model import CellError

AS_OF = datetime(2026, 6, 30)
GOOD = "Our webshop team grows newsletter sign-ups from 2,000 to 3,000 by 31 December 2026."


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((GOOD,), 5),
        (("Generate more leads",), 1),
        (("Increase website leads from 100 to 200 by 21 December, by 50 %", "Sales"), 4),
        (("Meer leads genereren",), 1),
        (("",), ""),
        ((None,), ""),
    ],
)
def test_smart_score(args: tuple, expected: object) -> None:
    full = list(args) + [None] * (8 - len(args)) + [AS_OF]
    assert udfs.SMART_SCORE(*full) == expected


def test_smart_gaps_names_failing_letters_only() -> None:
    gaps = udfs.SMART_GAPS("Generate more leads", None, None, None, None, None, None, None, AS_OF)
    assert [g[0] for g in re.findall(r"\b([SMART]): ", gaps)] == ["M", "A", "R", "T"]
    assert udfs.SMART_GAPS(GOOD, None, None, None, None, None, None, None, AS_OF) == ""


def test_smart_gaps_in_dutch_when_asked() -> None:
    gaps = udfs.SMART_GAPS("Generate more leads", None, None, None, None, None, None, None, AS_OF, "nl")
    assert "Niet meetbaar" in gaps


def test_the_realism_bound_argument_reaches_the_core() -> None:
    text = "Repeat purchases go from 500 to 5,000 by the end of 2026."
    columns = ("CRM", "repeat purchases", "increase", 500, 5000, datetime(2026, 1, 1), datetime(2026, 12, 31))
    strict = udfs.SMART_SCORE(text, *columns, AS_OF)
    loose = udfs.SMART_SCORE(text, *columns, AS_OF, "en", 10.0, 0.5)
    assert (strict, loose) == (4, 5)
    assert udfs.SMART_GAPS(text, *columns, AS_OF).startswith("R:")


def test_a_bad_language_is_a_value_error() -> None:
    assert udfs.SMART_SCORE(GOOD, None, None, None, None, None, None, None, AS_OF, "fr") == udfs.VALUE


@pytest.mark.parametrize(
    ("revenue", "cost", "expected"),
    [
        (10000, 5000, 1.0),
        ("10.000", "5.000", 1.0),
        ([[6000], [4000]], [[2500], [2500]], 1.0),  # ranges are summed
        ([6000, None, 4000], 5000, 1.0),  # empty cells in a range are skipped
        (4000, 5000, pytest.approx(-0.2)),
        (10000, 0, CellError("#DIV/0!")),
        (10000, "lots", CellError("#VALUE!")),
        (None, 5000, ""),
    ],
)
def test_roi(revenue: object, cost: object, expected: object) -> None:
    assert udfs.ROI(revenue, cost) == expected


@pytest.mark.parametrize(
    ("revenue", "cost", "expected"),
    [(10000, 2500, 4.0), (10000, 0, CellError("#DIV/0!")), ("abc", 1, CellError("#VALUE!"))],
)
def test_roas(revenue: object, cost: object, expected: object) -> None:
    assert udfs.ROAS(revenue, cost) == expected


START, END = datetime(2026, 1, 1), datetime(2026, 12, 31)


@pytest.mark.parametrize(
    ("actual", "kind", "lang", "expected"),
    [
        (150, None, None, "On track"),
        (140, None, None, "At risk"),
        (110, None, None, "Off track"),
        (200, None, None, "Achieved"),
        (None, None, None, "No data"),
        (150, "", "nl", "Op koers"),
        (90, "at most", "en", "On track"),
        (130, "maximaal", "en", "Off track"),  # Dutch list value for a ceiling
    ],
)
def test_kpi_status(actual: object, kind: object, lang: object, expected: str) -> None:
    assert udfs.KPI_STATUS(100, 200 if kind is None or kind == "" else 120, actual, START, END,
                           datetime(2026, 7, 2), kind, lang) == expected


def test_kpi_status_with_unknown_kind_is_a_value_error() -> None:
    assert udfs.KPI_STATUS(100, 200, 150, START, END, AS_OF, "sometimes") == CellError("#VALUE!")


def test_kpi_status_judges_against_today_without_as_of() -> None:
    # Deadline long past and progress short: Missed whatever today is (after 2001).
    assert udfs.KPI_STATUS(100, 200, 150, date(2000, 1, 1), date(2000, 12, 31)) == "Missed"


def test_whole_column_forms_equal_the_scalar_forms() -> None:
    goals = [GOOD, "Generate more leads", None]
    owners = ["Team", None, None]
    scores = udfs.SMART_SCORES(goals, owners, None, None, None, None, None, None, AS_OF)
    assert scores == [[udfs.SMART_SCORE(g, o, None, None, None, None, None, None, AS_OF)] for g, o in zip(goals, owners, strict=True)]
    assert scores == [[5], [1], [""]]
    statuses = udfs.KPI_STATUSES([100, 100], [200, 200], [150, None], [START, START], [END, END], datetime(2026, 7, 2))
    assert statuses == [["On track"], ["No data"]]
    assert udfs.ROIS([10000, 4000, None], [5000, 0, 10]) == [[1.0], [CellError("#DIV/0!")], [""]]


def test_a_single_cell_column_argument_spreads() -> None:
    assert udfs.ROIS([10000, 6000], 5000) == [[1.0], [pytest.approx(0.2)]]


@pytest.mark.parametrize("function", udfs.SCALAR_FUNCTIONS + udfs.COLUMN_FUNCTIONS)
def test_no_annotation_that_xlwings_would_take_for_a_converter(function) -> None:
    signature = inspect.signature(function)
    assert all(p.annotation is inspect.Parameter.empty for p in signature.parameters.values())
    assert signature.return_annotation is inspect.Signature.empty
    assert function.__doc__ and "Example" in function.__doc__


def test_errors_become_com_error_variants_on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    class VARIANT:
        def __init__(self, vt: int, value: int) -> None:
            self.vt, self.value = vt, value

    pythoncom = types.SimpleNamespace(VT_ERROR=10)
    client = types.ModuleType("win32com.client")
    client.VARIANT = VARIANT
    monkeypatch.setitem(sys.modules, "pythoncom", pythoncom)
    monkeypatch.setitem(sys.modules, "win32com", types.ModuleType("win32com"))
    monkeypatch.setitem(sys.modules, "win32com.client", client)
    udfs._com.cache_clear()
    monkeypatch.setattr(udfs, "_com", udfs._com.__wrapped__)  # look pywin32 up again, uncached
    single = udfs.ROI(1, 0)
    assert (single.vt, single.value) == (10, -2146826281)
    column = udfs.ROIS([1, 3], [0, 1])
    assert (column[0][0].value, column[1][0]) == (-2146826281, 2.0)
    assert udfs.ROI(1, "x").value == -2146826273


def test_com_error_codes_match_xlwings() -> None:
    """Our SCODEs are the ones xlwings' Windows engine reads back as cell errors."""
    source = (Path(xlwings.__file__).parent / "_xlwindows.py").read_text(encoding="utf-8")
    table = dict((code, int(value)) for value, code in re.findall(r'(-\d+): "(#[A-Z/0!?]+)"', source))
    assert table == udfs.COM_ERROR_SCODES


def test_unexpected_exceptions_are_not_hidden(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> float:
        raise RuntimeError("bug")

    monkeypatch.setattr(udfs.xlsmart, "roi", broken)
    with pytest.raises(RuntimeError):
        udfs.ROI(1, 1)
