"""Rules for the KPIs sheet (DOMAIN.md, from the KPI article): a goal, an owner, a deadline, a
review rhythm, focus per team, and the status itself."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from operator import itemgetter
from typing import Any

from .. import schema
from ..core.kpi import KEEP_TOLERANCE, KpiJudgement, judge_figures, judge_kpi
from ..core.messages import format_number, format_percent, say
from ..model import Finding, Record, Severity
from .common import allowed_values, deadline_before_start, names_a_goal, without_text
from .context import Context
from .registry import rule

MAX_KPIS_PER_TEAM = 5


def _rows(context: Context):
    return context.rows.get("kpis", [])


@rule("K01", Severity.ERROR, "kpis", "Goal ID empty or naming no goal.", "KPI with Goal ID 'G-42' where no such goal exists.")
def kpi_without_goal(context: Context) -> Iterator[Finding]:
    known = names_a_goal(context) if "goals" in context.data.sheets else None
    for row in _rows(context):
        goal = row.text("goal_id")
        if not goal or (known is not None and not known(goal)):
            yield context.finding("K01", "kpis", row.row, "goal_id", value=goal or "")


@rule("K02", Severity.ERROR, "kpis", "KPI without an owner.", "Owner cell empty.")
def kpi_without_owner(context: Context) -> Iterator[Finding]:
    yield from without_text(context, "kpis", "owner", "K02")


@rule("K03", Severity.ERROR, "kpis", "KPI without a deadline.", "Deadline cell empty.")
def kpi_without_deadline(context: Context) -> Iterator[Finding]:
    yield from _empty(context, "deadline", "K03")


def _empty(context: Context, key: str, code: str) -> Iterator[Finding]:
    """Rows whose ``key`` cell is empty (an unreadable value is reported by W02-W04 instead)."""
    for row in _rows(context):
        if row.get(key) is None and key not in row.unreadable:
            yield context.finding(code, "kpis", row.row, key)


@rule("K04", Severity.WARNING, "kpis", "No review rhythm (weekly, monthly, …).", "Review cell empty.")
def kpi_without_review(context: Context) -> Iterator[Finding]:
    yield from without_text(context, "kpis", "review", "K04", allowed=allowed_values("review", context.lang))


@rule("K05", Severity.WARNING, "kpis", "A team with more than five KPIs (reported on the sixth and later).",
      "Six KPIs all with Team 'Online'.")
def too_many_kpis(context: Context) -> Iterator[Finding]:
    by_team: dict[str, list] = defaultdict(list)
    for row in _rows(context):
        team = row.text("team")
        if team:
            by_team[team.casefold()].append(row)
    for rows in by_team.values():
        if len(rows) > MAX_KPIS_PER_TEAM:
            for row in rows[MAX_KPIS_PER_TEAM:]:
                yield context.finding("K05", "kpis", row.row, "team", team=row.text("team"), count=len(rows))


@rule("K06", Severity.WARNING, "kpis", "Status At risk.", "Half the time passed, 40 % of the way to the target.")
def at_risk(context: Context) -> Iterator[Finding]:
    yield from _status_findings(context, "at_risk", "K06")


@rule("K07", Severity.ERROR, "kpis", "Status Off track.", "Half the time passed, 10 % of the way to the target.")
def off_track(context: Context) -> Iterator[Finding]:
    yield from _status_findings(context, "off_track", "K07")


@rule("K08", Severity.ERROR, "kpis", "Status Missed: deadline passed, target not reached.", "Deadline last month, 80 % reached.")
def missed(context: Context) -> Iterator[Finding]:
    yield from _status_findings(context, "missed", "K08")


@rule("K09", Severity.ERROR, "kpis", "Deadline before start.", "Start 2027-06-01, deadline 2027-03-01.")
def kpi_deadline_before_start(context: Context) -> Iterator[Finding]:
    yield from deadline_before_start(context, "kpis", "K09")


@rule("K10", Severity.ERROR, "kpis", "KPI without a target.", "Target cell empty.")
def kpi_without_target(context: Context) -> Iterator[Finding]:
    yield from _empty(context, "target", "K10")


def _status_findings(context: Context, wanted: str, code: str) -> Iterator[Finding]:
    """The findings for one status, quoting the figures the status was decided by."""
    lang = context.lang
    for row, judged in _statuses(context).get(wanted, ()):
        if judged.status == "missed":  # decided by the deadline and progress; no time to compare
            yield context.finding(code, "kpis", row.row, "actual", deadline=row.get("deadline").isoformat(),
                                  progress=_share(judged.progress, lang))
        else:
            yield context.finding(code, "kpis", row.row, "actual", why=_why(judged, row, lang))


def _why(judged: KpiJudgement, row: Record, lang: str) -> str:
    """What the status was decided by, in words: the figures of its basis and no others."""
    if judged.progress is None:  # ceiling, floor, keep, no_baseline: actual against target
        return say(f"kpi.{judged.basis}", lang, actual=_amount(row, "actual", judged.actual, lang),
                   target=_amount(row, "target", judged.target, lang),
                   tolerance=format_percent(KEEP_TOLERANCE, lang, signed=False))
    deadline = row.get("deadline")
    return say(f"kpi.{judged.basis}", lang, progress=_share(judged.progress, lang), elapsed=_share(judged.elapsed, lang),
               deadline=deadline.isoformat() if deadline else "")


def _share(fraction: float | None, lang: str) -> str:
    """40% as is; a minus sign only where progress went the wrong way (-0.01 % shows as 0%)."""
    if fraction is None:  # the status's basis had no such figure (judge_kpi sets every one it quotes)
        return ""
    return format_percent(fraction, lang, signed=None)


def _amount(row: Record, key: str, value: float | None, lang: str) -> str:
    if value is None:
        return ""
    return format_number(value, lang) + ("%" if key in row.percent else "")


REPORTED_STATUSES = ("at_risk", "off_track", "missed")
FIGURE_KEYS = ("baseline", "target", "actual", "start", "deadline", "kind")  # the cells a KPI is judged by


def _statuses(context: Context) -> dict[str, list[tuple[Record, KpiJudgement]]]:
    """The KPI rows at risk, off track or missed, by status, in row order, each with what it was
    judged by; computed once for the three status rules (rows on track are not kept: there may
    be 100,000 of them)."""
    if "kpi_status" not in context.memo:
        judged: dict[str, list[tuple[Record, KpiJudgement]]] = {status: [] for status in REPORTED_STATUSES}
        judge, make = _kpi_judge(context), KpiJudgement._make
        index: Mapping[str, int] | None = None
        figures_of: Callable[[tuple[Any, ...]], tuple[Any, ...]]
        for row in _rows(context):
            if row.index is not index:  # the rows of a sheet share one index
                index, figures_of = row.index, _figure_cells(row.index)
            baseline, target, actual, start, deadline, kind = figures_of(row.cells)
            if actual is None:
                continue
            figures = judge(baseline, target, actual, start, deadline, kind)
            if figures is not None and figures[0] in judged:
                judged[figures[0]].append((row, make(figures)))
        context.memo["kpi_status"] = judged
    return context.memo["kpi_status"]


def _figure_cells(index: Mapping[str, int]) -> Callable[[tuple[Any, ...]], tuple[Any, ...]]:
    """What gives a row's FIGURE_KEYS cells in one call (None for a column the sheet lacks)."""
    positions = [index.get(key) for key in FIGURE_KEYS]
    if None not in positions:
        return itemgetter(*positions)
    return lambda cells: tuple(None if at is None else cells[at] for at in positions)


def judge_kpi_row(context: Context, row: Record) -> KpiJudgement | None:
    """A KPI row's status and the figures it was decided by; None without a target (K10 says so)."""
    figures = _kpi_judge(context)(*map(row.get, FIGURE_KEYS))
    return None if figures is None else KpiJudgement._make(figures)


def _kpi_judge(context: Context) -> RowJudge:
    """The context's RowJudge, made once (again should the day or a threshold change)."""
    settings = context.settings
    judge: RowJudge | None = context.memo.get("kpi_judge")
    if judge is None or (judge.today, judge.on_track, judge.at_risk) != (context.as_of, settings.on_track, settings.at_risk):
        judge = context.memo["kpi_judge"] = RowJudge(context.as_of, settings.on_track, settings.at_risk)
    return judge


class RowJudge:
    """:func:`judge_kpi` for the typed cells of one workbook's KPI rows, as a tuple.

    A typed row's numbers are floats and its dates dates: those are judged as they are
    (:func:`judge_figures`), not read again, and each Kind cell's mode is looked up once. Anything
    else takes :func:`judge_kpi`'s way, so either way the answer is the same (100,000 KPIs:
    K06 0.29 -> 0.12 s CPU).
    """

    __slots__ = ("at_risk", "modes", "on_track", "today", "typed_day")

    def __init__(self, today: date, on_track: float, at_risk: float) -> None:
        self.today, self.on_track, self.at_risk = today, on_track, at_risk
        self.typed_day = today.__class__ is date  # (judge_kpi would turn a datetime into its date)
        self.modes: dict[str | None, str] = {}  # a Kind cell as written -> KINDS value

    def __call__(self, baseline: Any, target: Any, actual: Any, start: Any, deadline: Any,
                 kind: Any) -> tuple | None:
        """judge_kpi's fields, or None for a row with an actual and no target (K10 reports it)."""
        if target is None and actual is not None:
            return None
        if kind is None or kind.__class__ is str:
            mode = self.modes.get(kind)
            if mode is None:
                mode = self.modes[kind] = schema.list_key("kind", kind) or "auto"
        else:
            mode = schema.list_key("kind", kind) or "auto"
        if (actual.__class__ is float and actual - actual == 0.0 and target.__class__ is float and target - target == 0.0
                and (baseline is None or (baseline.__class__ is float and baseline - baseline == 0.0))
                and (start is None or start.__class__ is date) and (deadline is None or deadline.__class__ is date)
                and self.typed_day):  # finite floats (x - x is NaN for infinity) and dates, as typing leaves them
            return judge_figures(baseline, target, actual, start, deadline, self.today, mode, self.on_track, self.at_risk)
        return tuple(judge_kpi(baseline, target, actual, start, deadline, as_of=self.today, kind=mode,
                               on_track=self.on_track, at_risk=self.at_risk))
