"""The worksheet functions for xlwings Lite: ``=SMART_SCORE(...)``, ``=KPI_STATUS(...)``, ``=ROI(...)``...

Same names and arguments as the classic functions (:mod:`xlsmart.excel.udfs`); both call
:mod:`xlsmart.worksheet_functions`, so a cell gives the same answer in either edition.

* No type annotations on the Excel-facing functions: xlwings would take them for converters.
  Dates arrive from Office.js as Excel serial numbers, which the core reads as dates.
* An error value travels as its text: xlwings' Office.js engine turns a returned ``"#DIV/0!"``
  into the ``{"type": "Error", "errorType": "Div0"}`` entity Excel shows as ``#DIV/0!``
  (custom-functions runtime 1.4+; older Excel shows the text).
* The whole-column forms (``SMART_SCORES``, ``KPI_STATUSES``, ``ROIS``) take ranges and return one
  column that spills: one Python call for a thousand rows, which matters more here than on
  Windows since every call crosses from Excel into the browser engine.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from xlwings import arg, func

from xlsmart import worksheet_functions as cells
from xlsmart.model import CellError


def office_value(value: Any) -> Any:
    """A computed value as Office.js takes it: a :class:`CellError` becomes its text, also in lists.

    >>> office_value([[1.0], [CellError("#DIV/0!")]])
    [[1.0], ['#DIV/0!']]
    """
    if isinstance(value, CellError):
        return value.code
    if isinstance(value, list):
        return [office_value(item) for item in value]
    return value


def _documented(args: tuple[tuple[str, str], ...], **options: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Excel's help text for each argument (shown as the formula is typed), plus ``options`` per name."""

    def document(function: Callable[..., Any]) -> Callable[..., Any]:
        for name, doc in args:
            function = arg(name, doc=doc, **options.get(name, {}))(function)
        return function

    return document


@func
@_documented(cells.SMART_ARGS)
def SMART_SCORE(goal, owner=None, metric=None, direction=None, baseline=None, target=None, start=None,
                deadline=None, as_of=None, lang=None, max_increase=1.0, max_decrease=0.5):
    """How many of the five SMART criteria a goal meets, 0 to 5.

    Example: =SMART_SCORE("We increase website leads from 100 to 150 by 30 June 2026", "Sales") -> 5
    """
    return office_value(cells.smart_score(goal, owner, metric, direction, baseline, target, start, deadline, as_of,
                                          lang, max_increase, max_decrease))


@func
@_documented(cells.SMART_ARGS)
def SMART_GAPS(goal, owner=None, metric=None, direction=None, baseline=None, target=None, start=None,
               deadline=None, as_of=None, lang=None, max_increase=1.0, max_decrease=0.5):
    """The SMART criteria a goal misses and why, e.g. "T: no deadline"; empty when all pass."""
    return office_value(cells.smart_gaps(goal, owner, metric, direction, baseline, target, start, deadline, as_of,
                                         lang, max_increase, max_decrease))


@func
@_documented(cells.ROI_ARGS)
def ROI(revenue, cost):
    """Return on investment as a fraction: (revenue - cost) / cost; format the cell as %."""
    return office_value(cells.roi(revenue, cost))


@func
@_documented(cells.ROAS_ARGS)
def ROAS(revenue, cost):
    """Return on ad spend: revenue / cost."""
    return office_value(cells.roas(revenue, cost))


@func
@_documented(cells.KPI_ARGS)
def KPI_STATUS(baseline, target, actual, start, deadline, as_of=None, kind=None, lang=None,
               on_track=0.9, at_risk=0.7):
    """Status of a KPI: On track, At risk, Off track, Achieved, Missed, Not started or No data."""
    return office_value(cells.kpi_status(baseline, target, actual, start, deadline, as_of, kind, lang,
                                         on_track, at_risk))


@func
@_documented(cells.SMART_COLUMN_ARGS, goals={"ndim": 1})
def SMART_SCORES(goals, owners=None, metrics=None, directions=None, baselines=None, targets=None,
                 starts=None, deadlines=None, as_of=None, lang=None):
    """SMART score of every goal in a column, as one spilled column."""
    return office_value(cells.smart_scores(goals, owners, metrics, directions, baselines, targets, starts, deadlines,
                                           as_of, lang))


@func
@_documented(cells.KPI_COLUMN_ARGS, baselines={"ndim": 1})
def KPI_STATUSES(baselines, targets, actuals, starts, deadlines, as_of=None, kinds=None, lang=None):
    """Status of every KPI in a column, as one spilled column."""
    return office_value(cells.kpi_statuses(baselines, targets, actuals, starts, deadlines, as_of, kinds, lang))


@func
@_documented(cells.ROI_COLUMN_ARGS, revenues={"ndim": 1}, costs={"ndim": 1})
def ROIS(revenues, costs):
    """ROI of every row, as one spilled column (empty revenue -> empty cell)."""
    return office_value(cells.rois(revenues, costs))


SCALAR_FUNCTIONS: tuple[Callable[..., Any], ...] = (SMART_SCORE, SMART_GAPS, ROI, ROAS, KPI_STATUS)
COLUMN_FUNCTIONS: tuple[Callable[..., Any], ...] = (SMART_SCORES, KPI_STATUSES, ROIS)
