"""Rules for the KPIs sheet (DOMAIN.md, from the KPI article): a goal, an owner, a deadline, a
review rhythm, focus per team, and the status itself."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from .. import schema
from ..core.kpi import KEEP_TOLERANCE, KpiJudgement, judge_kpi
from ..core.messages import format_number, format_percent, say
from ..model import Finding, Record, Severity
from .common import allowed_values, deadline_before_start, goal_ids, id_key, without_text
from .context import Context
from .registry import rule

MAX_KPIS_PER_TEAM = 5


def _rows(context: Context):
    return context.rows.get("kpis", [])


@rule("K01", Severity.ERROR, "kpis", "Goal ID empty or naming no goal.", "KPI with Goal ID 'G-42' where no such goal exists.")
def kpi_without_goal(context: Context) -> Iterator[Finding]:
    ids = goal_ids(context) if "goals" in context.data.sheets else None
    for row in _rows(context):
        goal = row.text("goal_id")
        if not goal or (ids is not None and id_key(goal) not in ids):
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
    return format_percent(fraction, lang, signed=round(fraction * 100, 1) < 0)


def _amount(row: Record, key: str, value: float | None, lang: str) -> str:
    if value is None:
        return ""
    return format_number(value, lang) + ("%" if key in row.percent else "")


REPORTED_STATUSES = ("at_risk", "off_track", "missed")


def _statuses(context: Context) -> dict[str, list[tuple[Record, KpiJudgement]]]:
    """The KPI rows at risk, off track or missed, by status, in row order, each with what it was
    judged by; computed once for the three status rules (rows on track are not kept: there may
    be 100,000 of them)."""
    if "kpi_status" not in context.memo:
        judged: dict[str, list[tuple[Record, KpiJudgement]]] = {status: [] for status in REPORTED_STATUSES}
        for row in _rows(context):
            if row.get("actual") is None:
                continue
            judgement = judge_kpi_row(context, row)
            if judgement is not None and judgement.status in judged:
                judged[judgement.status].append((row, judgement))
        context.memo["kpi_status"] = judged
    return context.memo["kpi_status"]


def judge_kpi_row(context: Context, row: Record) -> KpiJudgement | None:
    """A KPI row's status and the figures it was decided by; None without a target (K10 says so)."""
    target, actual = row.get("target"), row.get("actual")
    if target is None and actual is not None:
        return None
    settings = context.settings
    kind = schema.list_key("kind", row.get("kind")) or "auto"
    return judge_kpi(row.get("baseline"), target, actual, row.get("start"), row.get("deadline"),
                     as_of=context.as_of, kind=kind, on_track=settings.on_track, at_risk=settings.at_risk)
