"""Run every registered rule over a workbook's records: one path for every face.

The engine types each record once (numbers, dates, list values), reporting cells it cannot
read, then hands the typed rows to the rules. It imports no file format: records in, a
:class:`Report` out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from ..core import dates
from ..core.messages import say
from ..core.numbers import parse_quantity
from ..workbook import schema
from .model import CellError, Finding, Report, SheetData, Severity, WorkbookData
from .registry import RULES

NUMBER_KEYS = frozenset({"baseline", "target", "actual", "planned", "revenue"})
DATE_KEYS = frozenset({"start", "deadline"})
SHEET_ORDER = {"goals": 0, "kpis": 1, "budgets": 2}
FORMULA_KEYS = {spec.kind: frozenset(c.key for c in spec.columns if c.formula) for spec in schema.SHEETS}


class Row:
    """A record with its cells typed (numbers, dates, text) by canonical key.

    ``unreadable`` names the cells that held something the engine could not type (reported as
    W02-W04); ``percent`` the number cells written as percentages.
    """

    __slots__ = ("row", "cells", "index", "percent", "unreadable")

    def __init__(self, row: int, cells: tuple[Any, ...], index: dict[str, int],
                 percent: frozenset[str] = frozenset(), unreadable: frozenset[str] = frozenset()) -> None:
        self.row = row
        self.cells = cells
        self.index = index
        self.percent = percent
        self.unreadable = unreadable

    def get(self, key: str) -> Any:
        at = self.index.get(key)
        return None if at is None else self.cells[at]

    def text(self, key: str) -> str | None:
        value = self.get(key)
        if value is None:
            return None
        if value.__class__ is str:
            return value  # the reader stripped it and turned "" into None
        text = (f"{value:g}" if isinstance(value, float) else str(value)).strip()
        return text or None


@dataclass
class Settings:
    min_score: int = 5
    max_increase: float = 1.0
    max_decrease: float = 0.5
    on_track: float = 0.9
    at_risk: float = 0.7


@dataclass
class Context:
    """What every rule sees."""

    data: WorkbookData
    rows: dict[str, list[Row]]  # by sheet kind
    as_of: date
    lang: str
    settings: Settings
    memo: dict[str, Any] = field(default_factory=dict)  # results several rules share, computed once

    def sheet(self, kind: str) -> SheetData | None:
        return self.data.sheets.get(kind)

    def finding(self, code: str, kind: str, row: int, key: str | None, **fields: Any) -> Finding:
        """A finding located at ``key``'s cell on ``row`` with the message for ``code``."""
        sheet = self.data.sheets[kind]
        column_index = sheet.columns.get(key, 0) if key else 0
        header = sheet.headers.get(key, "") if key else ""
        return Finding(code, RULES[code].severity, sheet.name, row, header, column_index,
                       say(code, self.lang, **fields))

    def goal_ids(self) -> set[str]:
        """The goals' IDs, normalised; computed once for every rule that checks a link."""
        if "goal_ids" not in self.memo:
            self.memo["goal_ids"] = {_id_key(r.text("id")) for r in self.rows.get("goals", ()) if r.text("id")}
        return self.memo["goal_ids"]


def _id_key(value: str | None) -> str:
    return (value or "").strip().casefold()


def check_workbook(data: WorkbookData, *, as_of: object = None, lang: str | None = None,
                   min_score: int | None = None, file: str = "") -> Report:
    """Run all rules over ``data``; the one function behind the CLI, the page and the ribbon.

    >>> from xlsmart.rules.model import WorkbookData
    >>> check_workbook(WorkbookData(sheets={})).findings
    []
    """
    _load_rules()
    language = lang if lang in schema.LANGS else data.lang if data.lang in schema.LANGS else "en"
    settings = _settings(data.settings, min_score)
    day = dates.parse_date(as_of) or dates.parse_date(data.settings.get("as_of")) or dates.today()
    findings: list[Finding] = []
    rows: dict[str, list[Row]] = {}
    context = Context(data, rows, day, language, settings)
    for kind, sheet in data.sheets.items():
        findings.extend(_missing_columns(context, sheet))
        rows[kind] = _typed_rows(context, sheet, findings)
    active = [rule for rule in RULES.values() if rule.check is not None and rule.sheet in data.sheets]
    for rule in active:
        if rule.prepare is not None:
            rule.prepare(context)
    for rule in sorted(active, key=lambda r: r.prepare is not None):  # collect background work last
        findings.extend(rule.check(context))
    findings.sort(key=lambda f: (SHEET_ORDER.get(_kind_of(data, f.sheet), 9), f.row, f.column_index, f.code))
    layouts = {kind: replace(sheet, records=[]) for kind, sheet in data.sheets.items()}
    return Report(file or data.name, findings, sum(len(r) for r in rows.values()), language,
                  layouts, day)


def _kind_of(data: WorkbookData, sheet_name: str) -> str:
    for kind, sheet in data.sheets.items():
        if sheet.name == sheet_name:
            return kind
    return ""


def _load_rules() -> None:
    from . import budgets, goals, kpis  # noqa: F401  (registering is importing)


def _settings(raw: dict[str, Any], min_score: int | None) -> Settings:
    settings = Settings()
    for key in ("min_score", "max_increase", "max_decrease", "on_track", "at_risk"):
        quantity = parse_quantity(raw.get(key))
        if quantity is None:
            continue
        value = quantity.value / 100 if quantity.percent or (key != "min_score" and quantity.value > 5) else quantity.value
        setattr(settings, key, int(value) if key == "min_score" else value)
    if min_score is not None:
        settings.min_score = min_score
    return settings


def _missing_columns(context: Context, sheet: SheetData) -> Iterator[Finding]:
    spec = schema.SHEET_BY_KIND[sheet.kind]
    for key in sheet.missing:
        header = spec.column(key).header(context.lang)
        yield Finding("W01", Severity.ERROR, sheet.name, sheet.header_row or 1, header, 0,
                      say("W01", context.lang, column=header, sheet=sheet.name))


def _typed_rows(context: Context, sheet: SheetData, findings: list[Finding]) -> list[Row]:
    """Type a sheet column by column, adding a finding for each cell that holds no usable value.

    Column-wise, because almost every cell is already what its column wants (a float in a
    number column, a date in a date column): one quick pass per column keeps 100,000 rows cheap.
    """
    records = sheet.records
    if not records:
        return []
    index = records[0].index
    formulas = FORMULA_KEYS[sheet.kind]
    columns = list(zip(*(record.cells for record in records)))
    problems: dict[int, set[str]] = {}
    percents: dict[int, set[str]] = {}
    for key, at in index.items():
        if key in formulas:  # our own formula columns are outputs: never judged from their cached value
            columns[at] = (None,) * len(records)
            continue
        column = columns[at]
        convert = _NUMBER if key in NUMBER_KEYS else _DATE if key in DATE_KEYS else None
        quick = _QUICK[convert]
        if all(v is None or v.__class__ in quick for v in column):
            if convert is _NUMBER and int in set(map(type, column)):
                columns[at] = tuple(None if v is None else float(v) for v in column)
            elif convert is _DATE and datetime in set(map(type, column)):
                columns[at] = tuple(v.date() if isinstance(v, datetime) else v for v in column)
            continue
        typed = list(column)
        for position, raw in enumerate(column):
            if raw is None or raw.__class__ in quick:
                typed[position] = raw if convert is None else _convert_quick(raw, convert)
                continue
            value, code, percent = _convert(raw, convert, context.as_of)
            typed[position] = value
            row = records[position].row
            if code:
                findings.append(context.finding(code, sheet.kind, row, key,
                                                value=raw.code if code == "W02" else _clip(raw)))
                problems.setdefault(position, set()).add(key)
            elif percent:
                percents.setdefault(position, set()).add(key)
        columns[at] = tuple(typed)
    empty = frozenset()
    return [
        Row(record.row, cells, index, frozenset(percents[i]) if i in percents else empty,
            frozenset(problems[i]) if i in problems else empty)
        for i, (record, cells) in enumerate(zip(records, zip(*columns)))
    ]


_NUMBER, _DATE = "number", "date"
_QUICK = {None: frozenset({str, float, int, date, datetime, bool}), _NUMBER: frozenset({float, int}),
          _DATE: frozenset({date, datetime})}


def _convert_quick(raw: Any, convert: str) -> Any:
    if convert is _NUMBER:
        return float(raw)
    return raw.date() if isinstance(raw, datetime) else raw


def _convert(raw: Any, convert: str | None, as_of: date) -> tuple[Any, str | None, bool]:
    """(typed value, finding code or None, written as a percentage) for one unusual cell."""
    if isinstance(raw, CellError):
        return None, "W02", False
    if convert is _NUMBER:
        quantity = parse_quantity(raw)
        return (None, "W03", False) if quantity is None else (quantity.value, None, quantity.percent)
    if convert is _DATE:
        day = dates.parse_date(raw, reference=as_of)
        return (None, "W04", False) if day is None else (day, None, False)
    return raw, None, False


def _clip(value: object, width: int = 40) -> str:
    text = str(value)
    return text if len(text) <= width else text[: width - 1] + "…"
