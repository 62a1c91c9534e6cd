"""Worksheet functions: ``=SMART_SCORE(...)``, ``=KPI_STATUS(...)``, ``=ROI(...)`` and friends.

Thin ``@xw.func`` wrappers over the core (:mod:`xlsmart`); the Excel-facing names live only
here. The VBA wrappers Excel calls are pre-generated from this module by xlwings' own code
(:mod:`xlsmart.excel.wrappers`) and embedded in the template, so nobody has to press
"Import Functions".

Two xlwings habits shape this module:

* Parameters and returns carry **no type annotations**: xlwings turns an annotation into a
  converter (``x: float`` makes it convert the cell with a ``float`` accessor), so the types are
  given in the docstrings instead.
* A Python exception would reach the cell as its message text. Known input problems become
  Excel error values instead (:class:`~xlsmart.model.CellError`, turned into a COM error
  variant on Windows): ``#DIV/0!`` for a zero cost, ``#VALUE!`` for text where a number or date
  belongs. Anything else is a bug and is left to show. What a cell computes lives in
  :mod:`xlsmart.worksheet_functions`, shared with the xlwings Lite face (:mod:`xlsmart.lite`).

Whole-column forms (``SMART_SCORES``, ``KPI_STATUSES``, ``ROIS``) take ranges and return one
column that spills (Excel's dynamic arrays): one Python call for a thousand rows.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import xlwings as xw

import xlsmart  # noqa: F401 - the functions reach the core through it (tests patch xlsmart.roi)
from xlsmart import worksheet_functions as cells
from xlsmart.model import CellError
from xlsmart.worksheet_functions import DIV0, VALUE, cell_error  # noqa: F401 - part of this face's API

CATEGORY = "xlsmart"

# SCODEs Excel uses for cell errors in a COM VARIANT (the values xlwings' _xlwindows.cell_errors
# reads back); returning VARIANT(VT_ERROR, scode) from Python shows the error in the cell.
COM_ERROR_SCODES = {
    "#DIV/0!": -2146826281,
    "#N/A": -2146826246,
    "#NAME?": -2146826259,
    "#NULL!": -2146826288,
    "#NUM!": -2146826252,
    "#REF!": -2146826265,
    "#VALUE!": -2146826273,
}


@functools.lru_cache(maxsize=1)
def _com() -> tuple[Any, int] | None:
    """pywin32's ``VARIANT`` and ``VT_ERROR`` where COM exists (Windows), else None. Looked up once."""
    try:
        import pythoncom
        from win32com.client import VARIANT
    except ImportError:
        return None
    return VARIANT, pythoncom.VT_ERROR


def to_excel(value: Any) -> Any:
    """Turn :class:`CellError` values (also inside lists) into what Excel shows as an error.

    On Windows that is a pywin32 ``VARIANT(VT_ERROR, scode)``; elsewhere (no COM) the
    ``CellError`` is returned unchanged, which is what the tests compare against.

    >>> to_excel(3)
    3
    """
    com = _com()
    if com is None:
        return value
    variant, vt_error = com

    def convert(item: Any) -> Any:
        if isinstance(item, CellError):
            return variant(vt_error, COM_ERROR_SCODES.get(item.code, COM_ERROR_SCODES["#VALUE!"]))
        if isinstance(item, list):
            return [convert(x) for x in item]
        return item

    return convert(value)


def excel_face(function: Callable[..., Any]) -> Callable[..., Any]:
    """Decorator (innermost, below ``@xw.func``): convert error values for COM on the way out.

    ``functools.wraps`` keeps the name, the docstring and ``__wrapped__``, which is where
    xlwings reads the signature from.
    """

    @functools.wraps(function)
    def wrapper(*args: Any) -> Any:
        return to_excel(function(*args))

    return wrapper


# ---------------------------------------------------------------- scalar functions


_SMART_ARGS = cells.SMART_ARGS


def _arg_docs(args: tuple[tuple[str, str], ...]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Excel's help text for each argument of a worksheet function (shown in the Insert Function box)."""

    def document(function: Callable[..., Any]) -> Callable[..., Any]:
        for name, doc in args:
            function = xw.arg(name, doc=doc)(function)
        return function

    return document


@xw.func(category=CATEGORY)
@_arg_docs(_SMART_ARGS)
@excel_face
def SMART_SCORE(goal, owner=None, metric=None, direction=None, baseline=None, target=None, start=None,
                deadline=None, as_of=None, lang=None, max_increase=1.0, max_decrease=0.5):
    """How many of the five SMART criteria a goal meets, 0 to 5.

    Example: =SMART_SCORE("We increase website leads from 100 to 150 by 30 June 2026", "Sales") -> 5
    """
    return cells.smart_score(goal, owner, metric, direction, baseline, target, start, deadline, as_of, lang,
                             max_increase, max_decrease)


@xw.func(category=CATEGORY)
@_arg_docs(_SMART_ARGS)
@excel_face
def SMART_GAPS(goal, owner=None, metric=None, direction=None, baseline=None, target=None, start=None,
               deadline=None, as_of=None, lang=None, max_increase=1.0, max_decrease=0.5):
    """The SMART criteria a goal misses and why, e.g. "T: no deadline"; empty when all pass.

    Example: =SMART_GAPS("Generate more leads") -> "M: ...; R: ...; T: ..."
    """
    return cells.smart_gaps(goal, owner, metric, direction, baseline, target, start, deadline, as_of, lang,
                            max_increase, max_decrease)


@xw.func(category=CATEGORY)
@xw.arg("revenue", doc="Revenue: a cell or a range (summed).")
@xw.arg("cost", doc="Cost: a cell or a range (summed); 0 gives #DIV/0!.")
@excel_face
def ROI(revenue, cost):
    """Return on investment as a fraction: (revenue - cost) / cost; format the cell as %.

    Example: =ROI(10000, 5000) -> 1 (100%). Empty revenue gives an empty cell.
    """
    return cells.roi(revenue, cost)


@xw.func(category=CATEGORY)
@xw.arg("revenue", doc="Revenue: a cell or a range (summed).")
@xw.arg("cost", doc="Ad spend: a cell or a range (summed); 0 gives #DIV/0!.")
@excel_face
def ROAS(revenue, cost):
    """Return on ad spend: revenue / cost.

    Example: =ROAS(10000, 2500) -> 4
    """
    return cells.roas(revenue, cost)


_KPI_ARGS = cells.KPI_ARGS


@xw.func(category=CATEGORY)
@_arg_docs(_KPI_ARGS)
@excel_face
def KPI_STATUS(baseline, target, actual, start, deadline, as_of=None, kind=None, lang=None,
               on_track=0.9, at_risk=0.7):
    """Status of a KPI: On track, At risk, Off track, Achieved, Missed, Not started or No data.

    Example: =KPI_STATUS(100, 200, 150, "2026-01-01", "2026-12-31", "2026-07-01") -> "On track"
    """
    return cells.kpi_status(baseline, target, actual, start, deadline, as_of, kind, lang, on_track, at_risk)


# ---------------------------------------------------------------- whole-column forms


@xw.func(category=CATEGORY)
@xw.arg("goals", ndim=1, doc="The Goal column (a range).")
@xw.arg("owners", doc="The Owner column, same height (optional).")
@xw.arg("metrics", doc="The Metric column (optional).")
@xw.arg("directions", doc="The Direction column (optional).")
@xw.arg("baselines", doc="The Baseline column (optional).")
@xw.arg("targets", doc="The Target column (optional).")
@xw.arg("starts", doc="The Start column (optional).")
@xw.arg("deadlines", doc="The Deadline column (optional).")
@xw.arg("as_of", doc="Date to judge against; empty = today.")
@xw.arg("lang", doc="en or nl; empty = each goal's language.")
@excel_face
def SMART_SCORES(goals, owners=None, metrics=None, directions=None, baselines=None, targets=None,
                 starts=None, deadlines=None, as_of=None, lang=None):
    """SMART score of every goal in a column, as one spilled column.

    Example: =SMART_SCORES(Goals[Goal], Goals[Owner]) -> {5; 2; ...}
    """
    return cells.smart_scores(goals, owners, metrics, directions, baselines, targets, starts, deadlines, as_of, lang)


@xw.func(category=CATEGORY)
@xw.arg("baselines", ndim=1, doc="The Baseline column (a range).")
@xw.arg("targets", doc="The Target column.")
@xw.arg("actuals", doc="The Actual column.")
@xw.arg("starts", doc="The Start column.")
@xw.arg("deadlines", doc="The Deadline column.")
@xw.arg("as_of", doc="Date to judge against; empty = today.")
@xw.arg("kinds", doc="The Kind column or one kind for all (optional).")
@xw.arg("lang", doc="en or nl; empty = en.")
@excel_face
def KPI_STATUSES(baselines, targets, actuals, starts, deadlines, as_of=None, kinds=None, lang=None):
    """Status of every KPI in a column, as one spilled column.

    Example: =KPI_STATUSES(KPIs[Baseline], KPIs[Target], KPIs[Actual], KPIs[Start], KPIs[Deadline])
    """
    return cells.kpi_statuses(baselines, targets, actuals, starts, deadlines, as_of, kinds, lang)


@xw.func(category=CATEGORY)
@xw.arg("revenues", ndim=1, doc="The Revenue column (a range).")
@xw.arg("costs", ndim=1, doc="The Actual (cost) column, same height.")
@excel_face
def ROIS(revenues, costs):
    """ROI of every row, as one spilled column (empty revenue -> empty cell).

    Example: =ROIS(Budgets[Revenue], Budgets[Actual]) -> {1; -0.2; ...}
    """
    return cells.rois(revenues, costs)


SCALAR_FUNCTIONS: tuple[Callable[..., Any], ...] = (SMART_SCORE, SMART_GAPS, ROI, ROAS, KPI_STATUS)
COLUMN_FUNCTIONS: tuple[Callable[..., Any], ...] = (SMART_SCORES, KPI_STATUSES, ROIS)


def function_names() -> list[str]:
    """Names of every worksheet function this module offers, in alphabetical order.

    >>> function_names()[:2]
    ['KPI_STATUS', 'KPI_STATUSES']
    """
    return sorted(f.__name__ for f in (*SCALAR_FUNCTIONS, *COLUMN_FUNCTIONS))

