"""What several rule modules share: how IDs compare, the values a list allows, and the checks
that goals, KPIs and budgets make alike (a duplicate ID, an empty cell, a deadline before the
start, a link to no goal, a value off its list), each given the sheet kind and the code to report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from .. import schema
from ..model import Finding
from .context import Context


def id_key(value: str | None) -> str:
    """An ID as IDs compare: trimmed and case-folded (``" g-7 "`` names goal ``G-7``).

    >>> id_key(" G-7 ") == id_key("g-7")
    True
    """
    return (value or "").strip().casefold()


def allowed_values(list_name: str, lang: str) -> str:
    """A list's values in ``lang``, as a message names them.

    >>> allowed_values("review", "en")
    'weekly, monthly, quarterly, yearly'
    """
    return ", ".join(schema.list_label(list_name, key, lang) for key in schema.LISTS[list_name])


def goal_ids(context: Context) -> set[str]:
    """The goals' IDs as :func:`id_key` gives them; computed once for every rule that checks a link."""
    if "goal_ids" not in context.memo:
        context.memo["goal_ids"] = {id_key(r.text("id")) for r in context.rows.get("goals", ()) if r.text("id")}
    ids: set[str] = context.memo["goal_ids"]
    return ids


def names_a_goal(context: Context) -> Callable[[str], bool]:
    """Whether a (non-empty) cell's text names a goal's ID as :func:`id_key` compares them. A link is
    mostly written as the goal's own ID is: that is found as it stands, and only other text is
    trimmed and case-folded (100,000 links, most of them to a goal: K01 0.08 -> 0.05 s CPU)."""
    if "goal_id_texts" not in context.memo:
        context.memo["goal_id_texts"] = {r.text("id") for r in context.rows.get("goals", ())} - {None}
    as_written: set[str] = context.memo["goal_id_texts"]
    ids = goal_ids(context)
    return lambda text: text in as_written or id_key(text) in ids


def duplicate_ids(context: Context, kind: str, code: str) -> Iterator[Finding]:
    """Rows whose ID an earlier row of the sheet already has (the message names that row)."""
    seen: dict[str, int] = {}
    for row in context.rows.get(kind, []):
        key = id_key(row.text("id"))
        if not key:
            continue
        if key in seen:
            yield context.finding(code, kind, row.row, "id", value=row.text("id"), other=seen[key])
        else:
            seen[key] = row.row


def without_text(context: Context, kind: str, key: str, code: str, **fields: object) -> Iterator[Finding]:
    """Rows whose ``key`` cell is empty."""
    for row in context.rows.get(kind, []):
        if not row.text(key):
            yield context.finding(code, kind, row.row, key, **fields)


def deadline_before_start(context: Context, kind: str, code: str) -> Iterator[Finding]:
    """Rows whose deadline falls before their start."""
    for row in context.rows.get(kind, []):
        start, deadline = row.get("start"), row.get("deadline")
        if start and deadline and deadline < start:
            yield context.finding(code, kind, row.row, "deadline", deadline=deadline.isoformat(), start=start.isoformat())


def unknown_goal(context: Context, kind: str, key: str, code: str) -> Iterator[Finding]:
    """Rows whose ``key`` cell names a goal ID that no goal has (an empty cell is left alone)."""
    known = names_a_goal(context)
    for row in context.rows.get(kind, []):
        value = row.text(key)
        if value and not known(value):
            yield context.finding(code, kind, row.row, key, value=value)


def off_list(context: Context, kind: str, key: str, list_name: str, code: str) -> Iterator[Finding]:
    """Rows whose ``key`` cell holds a value not on ``list_name`` (in English or Dutch)."""
    allowed = allowed_values(list_name, context.lang)
    on_list: dict[str, bool] = {}  # a column holds a few values, each in many rows: each looked up once
    for row in context.rows.get(kind, []):
        value = row.text(key)
        if not value:
            continue
        known = on_list.get(value)
        if known is None:
            known = on_list[value] = schema.list_key(list_name, value) is not None
        if not known:
            yield context.finding(code, kind, row.row, key, value=value, allowed=allowed)
