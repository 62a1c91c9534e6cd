"""Rules for the Goals sheet: SMART enough, unique IDs, sane dates, horizons, parents."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from .. import schema
from ..core.smart import SmartResult, smart_check
from ..model import Finding, Record, Severity
from ..runtime import Pending
from .common import deadline_before_start, duplicate_ids, off_list, unknown_goal, without_text
from .context import Context, Row, Settings
from .registry import rule

YEAR_DAYS = 366


def _goal_rows(context: Context) -> list[Record]:
    return context.rows.get("goals", [])


def _start_smart(context: Context) -> None:
    """Judge every goal in the background (one helper per core) while the other rules run."""
    context.memo["G01"] = _judging(context, workers=context.workers)


def _judge(context: Context) -> GoalJudge:
    rows = _goal_rows(context)
    return GoalJudge(rows[0].index if rows else {}, context.settings, context.as_of, context.lang)


def _judging(context: Context, *, workers: int | None) -> Pending[GoalCells, Scored]:
    cells = [(row.row, row.cells, row.percent) for row in _goal_rows(context)]  # what a helper needs, pickled fast
    return Pending(partial(_judge_goals, _judge(context)), cells, workers=workers, helpers=context.helpers)


@rule("G01", Severity.ERROR, "goals", "SMART score below the minimum (Settings, default 5); names the failing letters and why.",
      "Goal 'Generate more leads' with no owner, number or deadline: score 1.", prepare=_start_smart)
def smart_below_minimum(context: Context) -> Iterator[Finding]:
    pending = context.memo.pop("G01", None) or _judging(context, workers=1)
    minimum = context.settings.min_score
    for row, score, gaps in pending.result():
        yield context.finding("G01", "goals", row, "goal", score=score, minimum=minimum, gaps=gaps)


GoalCells = tuple[int, tuple[Any, ...], frozenset[str]]  # a goal row's number, typed cells, percent keys
Scored = tuple[int, int, str]  # row, SMART score, the failing letters and why


@dataclass(frozen=True)
class GoalJudge:
    """What judging a goal needs from the context: small, so a helper process gets it cheaply."""

    index: Mapping[str, int]
    settings: Settings
    as_of: date
    lang: str


def _judge_goals(judge: GoalJudge, goals: Sequence[GoalCells]) -> list[Scored]:
    """The goals scoring below the minimum, as (row, score, gaps)."""
    minimum = judge.settings.min_score
    failing = []
    for number, cells, percent in goals:
        result = judge_goal(judge, Row(number, cells, judge.index, percent))
        if result.score < minimum:
            failing.append((number, result.score, result.gaps()))
    return failing


def judge_goal(judge: GoalJudge, row: Record) -> SmartResult:
    """One goal row's five SMART verdicts, from its typed cells, as G01 judges it."""
    settings = judge.settings
    percent = row.percent
    unit_percent = (row.text("unit") or "").strip() in ("%", "procent", "percent")
    baseline, target = row.get("baseline"), row.get("target")
    if unit_percent and all(v is None or abs(v) <= 1 for v in (baseline, target)):
        baseline = None if baseline is None else baseline * 100
        target = None if target is None else target * 100
    return smart_check(
        row.text("goal"), owner=row.text("owner"), metric=row.text("metric"),
        direction=row.text("direction"), baseline=_pct(baseline, unit_percent or "baseline" in percent),
        target=_pct(target, unit_percent or "target" in percent), start=row.get("start"),
        deadline=row.get("deadline"), today=judge.as_of, lang=judge.lang,
        max_increase=settings.max_increase, max_decrease=settings.max_decrease,
    )


def every_goal_judged(context: Context) -> Iterator[tuple[Record, SmartResult]]:
    """Each goal row with its SMART verdicts, passing or not (the upload page shows them all)."""
    judge = _judge(context)
    for row in _goal_rows(context):
        yield row, judge_goal(judge, row)


def _pct(value: float | None, percent: bool) -> object:
    if value is None:
        return None
    return f"{value!r}%" if percent else value


@rule("G02", Severity.ERROR, "goals", "Duplicate goal ID.", "Two goals both with ID G-07.")
def duplicate_goal_id(context: Context) -> Iterator[Finding]:
    yield from duplicate_ids(context, "goals", "G02")


@rule("G03", Severity.ERROR, "goals", "Goal without an ID.", "A goal row whose ID cell is empty.")
def missing_goal_id(context: Context) -> Iterator[Finding]:
    yield from without_text(context, "goals", "id", "G03")


@rule("G04", Severity.ERROR, "goals", "Deadline before start.", "Start 2027-06-01, deadline 2027-03-01.")
def goal_deadline_before_start(context: Context) -> Iterator[Finding]:
    yield from deadline_before_start(context, "goals", "G04")


def _horizon(row: Record, context: Context) -> int | None:
    start, deadline = row.get("start"), row.get("deadline")
    if deadline is None:
        return None
    return (deadline - (start or context.as_of)).days


@rule("G05", Severity.WARNING, "goals", "Short-term output goal with a horizon over a year.",
      "Category 'output short-term', start 2027-01-01, deadline 2028-06-30.")
def short_term_too_long(context: Context) -> Iterator[Finding]:
    for row in _goal_rows(context):
        days = _horizon(row, context)
        if days is not None and days > YEAR_DAYS and schema.list_key("category", row.get("category")) == "output_short":
            yield context.finding("G05", "goals", row.row, "deadline", days=days)


@rule("G06", Severity.WARNING, "goals", "Long-term output goal with a horizon under a year.",
      "Category 'output lange termijn', start 2027-01-01, deadline 2027-04-01.")
def long_term_too_short(context: Context) -> Iterator[Finding]:
    for row in _goal_rows(context):
        days = _horizon(row, context)
        if days is not None and 0 <= days < 365 and schema.list_key("category", row.get("category")) == "output_long":
            yield context.finding("G06", "goals", row.row, "deadline", days=days)


@rule("G07", Severity.ERROR, "goals", "Parent names no goal.", "Parent 'G-99' where no goal has ID G-99.")
def unknown_parent(context: Context) -> Iterator[Finding]:
    yield from unknown_goal(context, "goals", "parent", "G07")


@rule("G08", Severity.WARNING, "goals", "Category not on the list (English or Dutch values).", "Category 'branding'.")
def unknown_category(context: Context) -> Iterator[Finding]:
    yield from off_list(context, "goals", "category", "category", "G08")


@rule("G09", Severity.WARNING, "goals", "Direction not on the list.", "Direction 'sideways'.")
def unknown_direction(context: Context) -> Iterator[Finding]:
    yield from off_list(context, "goals", "direction", "direction", "G09")
