"""What each worksheet function computes, for every Excel face that offers it.

The classic Windows functions (:mod:`xlsmart.excel.udfs`, through xlwings' COM server) and the
xlwings Lite functions (:mod:`xlsmart.lite`, through Office.js) take the same arguments and must
give the same answer for the same cells. So the cell-level work lives here once: turning empty
cells into defaults, calling the core, and mapping known input problems to an Excel error value
(:class:`~xlsmart.model.CellError`). Each face only decorates these functions for its
runtime and turns a ``CellError`` into what its Excel shows as an error (a COM error variant,
an Office.js error entity).

Pure: the standard library and the core only. No xlwings, so both faces (and the tests) can
import it anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import xlsmart
from xlsmart import schema
from xlsmart.errors import XlsmartError
from xlsmart.model import CellError

DIV0 = CellError("#DIV/0!")
VALUE = CellError("#VALUE!")


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


def guard(compute: Callable[[], Any]) -> Any:
    """Run one cell's computation; known input problems become an Excel error value.

    Anything else is a bug and is raised, never hidden behind ``#VALUE!``.
    """
    try:
        return compute()
    except Exception as exc:
        error = cell_error(exc)
        if error is None:
            raise
        return error


# ---------------------------------------------------------------- argument clean-up


def blank(value: Any) -> bool:
    """An empty cell or empty text."""
    return value is None or (isinstance(value, str) and not value.strip())


def optional(value: Any) -> Any:
    """Empty cell or empty text -> None, so the core applies its default."""
    return None if blank(value) else value


def number_or(value: Any, default: float) -> Any:
    return default if blank(value) else value


def language(value: Any) -> str | None:
    if blank(value):
        return None
    text = str(value).strip().lower()
    if text not in schema.LANGS:
        raise ValueError(f"language must be en or nl, not {value!r}")
    return text


def kpi_kind(value: Any) -> str:
    if blank(value):
        return "auto"
    key = schema.list_key("kind", value)
    if key is None:
        raise ValueError(f"kind must be auto, at most or at least, not {value!r}")
    return schema.list_label("kind", key, "en")


def flat(value: Any) -> list[Any]:
    """A cell or a range (list or list of lists) as a flat list of its non-empty values."""
    if isinstance(value, (list, tuple)):
        out: list[Any] = []
        for item in value:
            out.extend(flat(item))
        return out
    return [] if blank(value) else [value]


def column(value: Any, length: int) -> list[Any]:
    """One argument of a whole-column form as ``length`` values: a range, a single value or None."""
    if isinstance(value, (list, tuple)):
        items = [row[0] if isinstance(row, (list, tuple)) and row else row for row in value]
        return (list(items) + [None] * length)[:length]
    return [value] * length


def rows_of(first: Any) -> list[Any]:
    """The cells of a whole-column form's first argument, one per row."""
    if isinstance(first, (list, tuple)):
        return [row[0] if isinstance(row, (list, tuple)) and row else row for row in first]
    return [first]


# ---------------------------------------------------------------- argument help (both faces show it)

SMART_ARGS: tuple[tuple[str, str], ...] = (
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

KPI_ARGS: tuple[tuple[str, str], ...] = (
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

ROI_ARGS: tuple[tuple[str, str], ...] = (
    ("revenue", "Revenue: a cell or a range (summed)."),
    ("cost", "Cost: a cell or a range (summed); 0 gives #DIV/0!."),
)

ROAS_ARGS: tuple[tuple[str, str], ...] = (
    ("revenue", "Revenue: a cell or a range (summed)."),
    ("cost", "Ad spend: a cell or a range (summed); 0 gives #DIV/0!."),
)

SMART_COLUMN_ARGS: tuple[tuple[str, str], ...] = (
    ("goals", "The Goal column (a range)."),
    ("owners", "The Owner column, same height (optional)."),
    ("metrics", "The Metric column (optional)."),
    ("directions", "The Direction column (optional)."),
    ("baselines", "The Baseline column (optional)."),
    ("targets", "The Target column (optional)."),
    ("starts", "The Start column (optional)."),
    ("deadlines", "The Deadline column (optional)."),
    ("as_of", "Date to judge against; empty = today."),
    ("lang", "en or nl; empty = each goal's language."),
)

KPI_COLUMN_ARGS: tuple[tuple[str, str], ...] = (
    ("baselines", "The Baseline column (a range)."),
    ("targets", "The Target column."),
    ("actuals", "The Actual column."),
    ("starts", "The Start column."),
    ("deadlines", "The Deadline column."),
    ("as_of", "Date to judge against; empty = today."),
    ("kinds", "The Kind column or one kind for all (optional)."),
    ("lang", "en or nl; empty = en."),
)

ROI_COLUMN_ARGS: tuple[tuple[str, str], ...] = (
    ("revenues", "The Revenue column (a range)."),
    ("costs", "The Actual (cost) column, same height."),
)


# ---------------------------------------------------------------- one cell


def _smart(goal: Any, owner: Any, metric: Any, direction: Any, baseline: Any, target: Any, start: Any,
           deadline: Any, as_of: Any, lang: Any, max_increase: Any, max_decrease: Any) -> xlsmart.SmartResult:
    return xlsmart.smart_check(
        "" if goal is None else str(goal),
        owner=optional(owner),
        metric=optional(metric),
        direction=optional(direction),
        baseline=optional(baseline),
        target=optional(target),
        start=optional(start),
        deadline=optional(deadline),
        today=optional(as_of),
        lang=language(lang),
        max_increase=float(number_or(max_increase, 1.0)),
        max_decrease=float(number_or(max_decrease, 0.5)),
    )


def smart_score(goal: Any, owner: Any = None, metric: Any = None, direction: Any = None, baseline: Any = None,
                target: Any = None, start: Any = None, deadline: Any = None, as_of: Any = None, lang: Any = None,
                max_increase: Any = 1.0, max_decrease: Any = 0.5) -> Any:
    """How many SMART criteria a goal meets (0-5); "" for an empty goal; a CellError for bad input.

    >>> smart_score("Generate more leads", as_of="2026-01-01")
    1
    """
    if blank(goal):
        return ""
    return guard(lambda: _smart(goal, owner, metric, direction, baseline, target, start, deadline,
                                as_of, lang, max_increase, max_decrease).score)


def smart_gaps(goal: Any, owner: Any = None, metric: Any = None, direction: Any = None, baseline: Any = None,
               target: Any = None, start: Any = None, deadline: Any = None, as_of: Any = None, lang: Any = None,
               max_increase: Any = 1.0, max_decrease: Any = 0.5) -> Any:
    """The SMART criteria a goal misses and why; "" when all pass or the goal is empty.

    >>> smart_gaps("Generate more leads", as_of="2026-01-01")[:2]
    'M:'
    """
    if blank(goal):
        return ""
    return guard(lambda: _smart(goal, owner, metric, direction, baseline, target, start, deadline,
                                as_of, lang, max_increase, max_decrease).gaps())


def roi(revenue: Any, cost: Any) -> Any:
    """(revenue - cost) / cost over cells or ranges; "" without revenue; #DIV/0! for a zero cost.

    >>> roi(10000, 5000), roi(1, 0)
    (1.0, CellError(code='#DIV/0!'))
    """
    revenues = flat(revenue)
    if not revenues:
        return ""
    return guard(lambda: xlsmart.roi(revenues, flat(cost)))


def roas(revenue: Any, cost: Any) -> Any:
    """revenue / cost over cells or ranges; "" without revenue; #DIV/0! for a zero cost.

    >>> roas(10000, 2500)
    4.0
    """
    revenues = flat(revenue)
    if not revenues:
        return ""
    return guard(lambda: xlsmart.roas(revenues, flat(cost)))


def kpi_status(baseline: Any, target: Any, actual: Any, start: Any, deadline: Any, as_of: Any = None,
               kind: Any = None, lang: Any = None, on_track: Any = 0.9, at_risk: Any = 0.7) -> Any:
    """A KPI's status text (On track, At risk, ...) or a CellError for bad input.

    >>> kpi_status(100, 200, 150, "2026-01-01", "2026-12-31", "2026-07-01")
    'On track'
    """
    return guard(lambda: xlsmart.kpi_status(
        optional(baseline), optional(target), optional(actual), optional(start), optional(deadline),
        as_of=optional(as_of), kind=kpi_kind(kind), lang=language(lang) or "en",
        on_track=float(number_or(on_track, 0.9)), at_risk=float(number_or(at_risk, 0.7)),
    ))


# ---------------------------------------------------------------- whole columns (one call, one spilled column)


def smart_scores(goals: Any, owners: Any = None, metrics: Any = None, directions: Any = None, baselines: Any = None,
                 targets: Any = None, starts: Any = None, deadlines: Any = None, as_of: Any = None,
                 lang: Any = None) -> list[list[Any]]:
    """:func:`smart_score` of every row, as one column (a list of one-item rows).

    >>> smart_scores(["Generate more leads", None], as_of="2026-01-01")
    [[1], ['']]
    """
    texts = rows_of(goals)
    n = len(texts)
    owner, metric, direction, baseline, target, start, deadline = (
        column(c, n) for c in (owners, metrics, directions, baselines, targets, starts, deadlines))
    return [[smart_score(text, owner[i], metric[i], direction[i], baseline[i], target[i], start[i], deadline[i], as_of, lang)]
            for i, text in enumerate(texts)]


def kpi_statuses(baselines: Any, targets: Any, actuals: Any, starts: Any, deadlines: Any, as_of: Any = None,
                 kinds: Any = None, lang: Any = None) -> list[list[Any]]:
    """:func:`kpi_status` of every row, as one column."""
    first = rows_of(baselines)
    n = len(first)
    target, actual, start, deadline, kind = (column(c, n) for c in (targets, actuals, starts, deadlines, kinds))
    return [[kpi_status(first[i], target[i], actual[i], start[i], deadline[i], as_of, kind[i], lang)] for i in range(n)]


def rois(revenues: Any, costs: Any) -> list[list[Any]]:
    """:func:`roi` of every row, as one column (empty revenue -> empty cell).

    >>> rois([10000, None], [5000, 1])
    [[1.0], ['']]
    """
    revs = rows_of(revenues)
    costs_col = column(costs, len(revs))
    return [[roi(r, c)] for r, c in zip(revs, costs_col, strict=True)]
