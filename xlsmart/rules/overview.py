"""Every row read, as the upload page shows it: ID, words, SMART letters, KPI status, amounts.

The rules report only what fails; a person reading the findings wants to know which goal
``Goals!B6`` is, and a picture of the KPIs needs the ones on track too. This walks the typed
rows once more, with the rules' own judgements (:func:`judge_goal`, :func:`judge_kpi_row`), so
the page never shows a verdict the rules did not reach. Only the upload page asks for it.
"""

from __future__ import annotations

from .. import schema
from ..core.smart import LETTERS
from ..model import Record, RowView
from .context import Context
from .goals import every_goal_judged
from .kpis import judge_kpi_row

TEXT_KEYS = {"goals": "goal", "kpis": "kpi", "budgets": "campaign"}
MAX_TEXT = 300  # characters of a row's words kept: enough to recognise it, not a whole essay


def overview(context: Context) -> list[RowView]:
    """One :class:`RowView` per row read, sheet by sheet in the engine's order, rows in order."""
    rows: list[RowView] = []
    for kind in ("goals", "kpis", "budgets"):
        sheet = context.sheet(kind)
        if sheet is None:
            continue
        if kind == "goals":
            rows += [_view(kind, sheet.name, row, smart=tuple((letter, result.verdicts[letter].passed,
                                                               result.verdicts[letter].reason) for letter in LETTERS))
                     for row, result in every_goal_judged(context)]
        elif kind == "kpis":
            for row in context.rows.get(kind, ()):
                judged = judge_kpi_row(context, row)
                rows.append(_view(kind, sheet.name, row, status=judged.status if judged else None))
        else:
            for row in context.rows.get(kind, ()):
                group = row.text("budget_group")
                known = schema.list_key("budget_group", group)
                rows.append(_view(kind, sheet.name, row, group=schema.list_label("budget_group", known, context.lang)
                                  if known else group, planned=row.get("planned"), actual=row.get("actual")))
    return rows


def _view(kind: str, sheet: str, row: Record, **judged: object) -> RowView:
    text = row.text(TEXT_KEYS[kind])
    if text is not None and len(text) > MAX_TEXT:
        text = text[: MAX_TEXT - 1] + "…"
    return RowView(kind, sheet, row.row, row.text("id"), text, **judged)  # type: ignore[arg-type]
