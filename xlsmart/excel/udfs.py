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
  Excel error values instead (:class:`~xlsmart.rules.model.CellError`, turned into a COM error
  variant on Windows): ``#DIV/0!`` for a zero cost, ``#VALUE!`` for text where a number or date
  belongs. Anything else is a bug and is left to show.

Whole-column forms (``SMART_SCORES``, ``KPI_STATUSES``, ``ROIS``) take ranges and return one
column that spills (Excel's dynamic arrays): one Python call for a thousand rows.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import xlwings as xw

import xlsmart
from xlsmart.errors import XlsmartError
from xlsmart.rules.model import CellError
from xlsmart.workbook import schema

CATEGORY = "xlsmart"
DIV0 = CellError("#DIV/0!")
VALUE = CellError("#VALUE!")

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
        import pythoncom  # type: ignore[import-not-found]
        from win32com.client import VARIANT  # type: ignore[import-not-found]
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


def cell_error(exc: BaseException) -> CellError | None:
    """The Excel error value that stands for an exception raised by the core, or None.

    >>> cell_error(ZeroDivisionError()), cell_error(ValueError("not a number"))
    (CellError(code='#DIV/0!'), CellError(code='#VALUE!'))
    """
    if isinstance(exc, ZeroDivisionError):
        return DIV0
    if isinstance(exc, (ValueError, TypeError, OverflowError, XlsmartError)):
        return VALUE
    return None


def _guard(compute: Callable[[], Any]) -> Any:
    """Run one cell's computation; known input problems become an Excel error value."""
    try:
        return compute()
    except Exception as exc:  # noqa: BLE001 - mapped or re-raised, never swallowed
        error = cell_error(exc)
        if error is None:
            raise
        return error


def excel_face(function: Callable[..., Any]) -> Callable[..., Any]:
    """Decorator (innermost, below ``@xw.func``): convert error values for COM on the way out.

    ``functools.wraps`` keeps the name, the docstring and ``__wrapped__``, which is where
    xlwings reads the signature from.
    """

    @functools.wraps(function)
    def wrapper(*args: Any) -> Any:
        return to_excel(function(*args))

    return wrapper


# ---------------------------------------------------------------- argument clean-up


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _opt(value: Any) -> Any:
    """Empty cell or empty text -> None, so the core applies its default."""
    return None if _blank(value) else value


def _number(value: Any, default: float) -> Any:
    return default if _blank(value) else value


def _lang(value: Any) -> str | None:
    if _blank(value):
        return None
    text = str(value).strip().lower()
    if text not in schema.LANGS:
        raise ValueError(f"language must be en or nl, not {value!r}")
    return text


def _kind(value: Any) -> str:
    if _blank(value):
        return "auto"
    key = schema.list_key("kind", value)
    if key is None:
        raise ValueError(f"kind must be auto, at most or at least, not {value!r}")
    return schema.list_label("kind", key, "en")


def _flat(value: Any) -> list[Any]:
    """A cell or a range (list or list of lists) as a flat list of its non-empty values."""
    if isinstance(value, (list, tuple)):
        out: list[Any] = []
        for item in value:
            out.extend(_flat(item))
        return out
    return [] if _blank(value) else [value]


def _column(value: Any, length: int) -> list[Any]:
    """One argument of a whole-column form as ``length`` values: a range, a single value or None."""
    if isinstance(value, (list, tuple)):
        items = [row[0] if isinstance(row, (list, tuple)) and row else row for row in value]
        return (list(items) + [None] * length)[:length]
    return [value] * length


def _rows_of(goals: Any) -> list[Any]:
    if isinstance(goals, (list, tuple)):
        return [row[0] if isinstance(row, (list, tuple)) and row else row for row in goals]
    return [goals]


# ---------------------------------------------------------------- scalar functions


def _smart(goal, owner, metric, direction, baseline, target, start, deadline, as_of, lang, max_increase, max_decrease):  # noqa: ANN001, ANN202
    return xlsmart.smart_check(
        "" if goal is None else str(goal),
        owner=_opt(owner),
        metric=_opt(metric),
        direction=_opt(direction),
        baseline=_opt(baseline),
        target=_opt(target),
        start=_opt(start),
        deadline=_opt(deadline),
        today=_opt(as_of),
        lang=_lang(lang),
        max_increase=float(_number(max_increase, 1.0)),
        max_decrease=float(_number(max_decrease, 0.5)),
    )


_SMART_ARGS: tuple[tuple[str, str], ...] = (
    ("goal", "The goal as one sentence, e.g. 'Increase leads from 100 to 150 by 30 June'."),
    ("owner", "Who owns the goal (optional)."),
    ("metric", "What is measured, e.g. leads (optional; the text fills it when empty)."),
    ("direction", "increase, decrease, keep, at most, at least (optional)."),
    ("baseline", "The value today (optional)."),
    ("target", "The value to reach (optional)."),
    ("start", "Start date (optional)."),
    ("deadline", "Deadline date (optional)."),
    ("as_of", "Date to judge against; empty = today."),
    ("lang", "en or nl for the reasons; empty = the goal's language."),
    ("max_increase", "Largest realistic rise as a fraction (default 1 = +100%)."),
    ("max_decrease", "Largest realistic fall as a fraction (default 0.5 = -50%)."),
)


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
def SMART_SCORE(goal, owner=None, metric=None, direction=None, baseline=None, target=None, start=None,  # noqa: N802, ANN001, ANN201
                deadline=None, as_of=None, lang=None, max_increase=1.0, max_decrease=0.5):
    """How many of the five SMART criteria a goal meets, 0 to 5.

    Example: =SMART_SCORE("We increase website leads from 100 to 150 by 30 June 2026", "Sales") -> 5
    """
    if _blank(goal):
        return ""
    return _guard(lambda: _smart(goal, owner, metric, direction, baseline, target, start, deadline,
                                 as_of, lang, max_increase, max_decrease).score)


@xw.func(category=CATEGORY)
@_arg_docs(_SMART_ARGS)
@excel_face
def SMART_GAPS(goal, owner=None, metric=None, direction=None, baseline=None, target=None, start=None,  # noqa: N802, ANN001, ANN201
               deadline=None, as_of=None, lang=None, max_increase=1.0, max_decrease=0.5):
    """The SMART criteria a goal misses and why, e.g. "T: no deadline"; empty when all pass.

    Example: =SMART_GAPS("Generate more leads") -> "M: ...; R: ...; T: ..."
    """
    if _blank(goal):
        return ""
    return _guard(lambda: _smart(goal, owner, metric, direction, baseline, target, start, deadline,
                                 as_of, lang, max_increase, max_decrease).gaps())


@xw.func(category=CATEGORY)
@xw.arg("revenue", doc="Revenue: a cell or a range (summed).")
@xw.arg("cost", doc="Cost: a cell or a range (summed); 0 gives #DIV/0!.")
@excel_face
def ROI(revenue, cost):  # noqa: N802, ANN001, ANN201
    """Return on investment as a fraction: (revenue - cost) / cost; format the cell as %.

    Example: =ROI(10000, 5000) -> 1 (100%). Empty revenue gives an empty cell.
    """
    revenues = _flat(revenue)
    if not revenues:
        return ""
    return _guard(lambda: xlsmart.roi(revenues, _flat(cost)))


@xw.func(category=CATEGORY)
@xw.arg("revenue", doc="Revenue: a cell or a range (summed).")
@xw.arg("cost", doc="Ad spend: a cell or a range (summed); 0 gives #DIV/0!.")
@excel_face
def ROAS(revenue, cost):  # noqa: N802, ANN001, ANN201
    """Return on ad spend: revenue / cost.

    Example: =ROAS(10000, 2500) -> 4
    """
    revenues = _flat(revenue)
    if not revenues:
        return ""
    return _guard(lambda: xlsmart.roas(revenues, _flat(cost)))


def _status(baseline, target, actual, start, deadline, as_of, kind, lang, on_track, at_risk):  # noqa: ANN001, ANN202
    return xlsmart.kpi_status(
        _opt(baseline), _opt(target), _opt(actual), _opt(start), _opt(deadline),
        as_of=_opt(as_of), kind=_kind(kind), lang=_lang(lang) or "en",
        on_track=float(_number(on_track, 0.9)), at_risk=float(_number(at_risk, 0.7)),
    )


_KPI_ARGS: tuple[tuple[str, str], ...] = (
    ("baseline", "The value at the start."),
    ("target", "The value to reach by the deadline."),
    ("actual", "The value now; empty gives No data."),
    ("start", "Start date."),
    ("deadline", "Deadline date."),
    ("as_of", "Date to judge against; empty = today."),
    ("kind", "auto, at most (a ceiling) or at least (a floor); empty = auto."),
    ("lang", "en or nl; empty = en."),
    ("on_track", "Share of the expected progress that counts as on track (default 0.9)."),
    ("at_risk", "Share below which the KPI is off track (default 0.7)."),
)


@xw.func(category=CATEGORY)
@_arg_docs(_KPI_ARGS)
@excel_face
def KPI_STATUS(baseline, target, actual, start, deadline, as_of=None, kind=None, lang=None,  # noqa: N802, ANN001, ANN201
               on_track=0.9, at_risk=0.7):
    """Status of a KPI: On track, At risk, Off track, Achieved, Missed, Not started or No data.

    Example: =KPI_STATUS(100, 200, 150, "2026-01-01", "2026-12-31", "2026-07-01") -> "On track"
    """
    return _guard(lambda: _status(baseline, target, actual, start, deadline, as_of, kind, lang, on_track, at_risk))


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
def SMART_SCORES(goals, owners=None, metrics=None, directions=None, baselines=None, targets=None,  # noqa: N802, ANN001, ANN201
                 starts=None, deadlines=None, as_of=None, lang=None):
    """SMART score of every goal in a column, as one spilled column.

    Example: =SMART_SCORES(Goals[Goal], Goals[Owner]) -> {5; 2; ...}
    """
    texts = _rows_of(goals)
    n = len(texts)
    columns = [_column(c, n) for c in (owners, metrics, directions, baselines, targets, starts, deadlines)]
    out: list[list[Any]] = []
    for i, text in enumerate(texts):
        row = [c[i] for c in columns]
        out.append([SMART_SCORE.__wrapped__(text, *row, as_of, lang)])  # type: ignore[attr-defined]
    return out


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
def KPI_STATUSES(baselines, targets, actuals, starts, deadlines, as_of=None, kinds=None, lang=None):  # noqa: N802, ANN001, ANN201
    """Status of every KPI in a column, as one spilled column.

    Example: =KPI_STATUSES(KPIs[Baseline], KPIs[Target], KPIs[Actual], KPIs[Start], KPIs[Deadline])
    """
    first = _rows_of(baselines)
    n = len(first)
    cols = [first] + [_column(c, n) for c in (targets, actuals, starts, deadlines)]
    kind_col = _column(kinds, n)
    return [[KPI_STATUS.__wrapped__(*(c[i] for c in cols), as_of, kind_col[i], lang)]  # type: ignore[attr-defined]
            for i in range(n)]


@xw.func(category=CATEGORY)
@xw.arg("revenues", ndim=1, doc="The Revenue column (a range).")
@xw.arg("costs", ndim=1, doc="The Actual (cost) column, same height.")
@excel_face
def ROIS(revenues, costs):  # noqa: N802, ANN001, ANN201
    """ROI of every row, as one spilled column (empty revenue -> empty cell).

    Example: =ROIS(Budgets[Revenue], Budgets[Actual]) -> {1; -0.2; ...}
    """
    revs = _rows_of(revenues)
    costs_col = _column(costs, len(revs))
    return [[ROI.__wrapped__(r, c)] for r, c in zip(revs, costs_col)]  # type: ignore[attr-defined]


SCALAR_FUNCTIONS: tuple[Callable[..., Any], ...] = (SMART_SCORE, SMART_GAPS, ROI, ROAS, KPI_STATUS)
COLUMN_FUNCTIONS: tuple[Callable[..., Any], ...] = (SMART_SCORES, KPI_STATUSES, ROIS)


def function_names() -> list[str]:
    """Names of every worksheet function this module offers, in alphabetical order.

    >>> function_names()[:2]
    ['KPI_STATUS', 'KPI_STATUSES']
    """
    return sorted(f.__name__ for f in (*SCALAR_FUNCTIONS, *COLUMN_FUNCTIONS))

