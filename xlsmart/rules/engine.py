"""Run every registered rule over a workbook's records: one path for every face.

The engine types each record once (numbers, dates, list values), reporting cells it cannot
read, then hands the typed rows to the rules. It imports no file format: records in, a
:class:`Report` out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from ..core import dates
from ..core.messages import say
from ..core.numbers import parse_quantity
from ..workbook import schema
from .model import CellError, Finding, Record, Report, SheetData, Severity, WorkbookData
from .registry import RULES

NUMBER_KEYS = frozenset({"baseline", "target", "actual", "planned", "revenue"})
DATE_KEYS = frozenset({"start", "deadline"})
SHEET_ORDER = {"goals": 0, "kpis": 1, "budgets": 2}
FORMULA_KEYS = {spec.kind: frozenset(c.key for c in spec.columns if c.formula) for spec in schema.SHEETS}


@dataclass
class Row:
    """A record with its cells typed: numbers, dates and text, by canonical key."""

    record: Record
    values: dict[str, Any]  # typed; None where empty or unreadable
    percent: set[str] = field(default_factory=set)  # number keys written as percentages

    @property
    def row(self) -> int:
        return self.record.row

    def get(self, key: str) -> Any:
        return self.values.get(key)

    def text(self, key: str) -> str | None:
        value = self.values.get(key)
        if value is None:
            return None
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
        return {_id_key(r.text("id")) for r in self.rows.get("goals", ()) if r.text("id")}


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
        rows[kind] = [_typed(context, sheet, record, findings) for record in sheet.records]
    for rule in RULES.values():
        if rule.check is not None and rule.sheet in data.sheets:
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


def _typed(context: Context, sheet: SheetData, record: Record, findings: list[Finding]) -> Row:
    """Type one record's cells, adding a finding for each cell that holds no usable value."""
    formulas = FORMULA_KEYS[sheet.kind]
    values: dict[str, Any] = {}
    percent: set[str] = set()
    for key, raw in record.values.items():
        if raw is None or key in formulas:
            continue  # our own formula columns are outputs: never judged from their cached value
        if isinstance(raw, CellError):
            findings.append(context.finding("W02", sheet.kind, record.row, key, value=raw.code))
        elif key in NUMBER_KEYS:
            quantity = parse_quantity(raw)
            if quantity is None:
                findings.append(context.finding("W03", sheet.kind, record.row, key, value=_clip(raw)))
            else:
                values[key] = quantity.value
                if quantity.percent:
                    percent.add(key)
        elif key in DATE_KEYS:
            day = dates.parse_date(raw, reference=context.as_of)
            if day is None:
                findings.append(context.finding("W04", sheet.kind, record.row, key, value=_clip(raw)))
            else:
                values[key] = day
        else:
            values[key] = raw
    return Row(record, values, percent)


def _clip(value: object, width: int = 40) -> str:
    text = str(value)
    return text if len(text) <= width else text[: width - 1] + "…"
