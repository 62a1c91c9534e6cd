"""Run every registered rule over a workbook's records: one path for every face.

The engine types each record once (numbers, dates, list values), reporting cells it cannot
read, then hands the typed rows to the rules. It imports no file format: records in, a
:class:`Report` out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime
from difflib import get_close_matches
from operator import itemgetter
from typing import Any

from .. import schema
from ..core import dates
from ..core.messages import say
from ..core.numbers import parse_quantity
from ..model import CellError, CheckedRows, Finding, Record, Report, Severity, SheetData, WorkbookData
from ..runtime import Helpers
from . import budgets, goals, kpis
from .context import Context, Row, Settings
from .overview import overview as every_row
from .registry import RULES, Rule

NUMBER_KEYS = frozenset({"baseline", "target", "actual", "planned", "revenue"})
DATE_KEYS = frozenset({"start", "deadline"})
SHEET_ORDER = {"goals": 0, "kpis": 1, "budgets": 2}
NEAR_MISS = 0.8  # difflib's ratio from which a header counts as a misspelling of a column's name
RULE_MODULES = (goals, kpis, budgets)  # importing a rule module registers its rules (registry.rule)
FORMULA_KEYS = {spec.kind: frozenset(c.key for c in spec.columns if c.formula) for spec in schema.SHEETS}


def check_workbook(data: WorkbookData, *, as_of: object = None, lang: str | None = None,
                   min_score: int | None = None, file: str = "", workers: int | None = None,
                   helpers: Helpers | None = None, overview: bool = False) -> Report:
    """Run all rules over ``data``; the one function behind the CLI, the page and the ribbon.

    ``workers``: processes that judge goals (default: one per core; 1 keeps it in this process,
    which costs time on a large workbook but no memory for helper processes). ``helpers``:
    processes the caller forked early for this (see :mod:`xlsmart.runtime`). ``overview``: the
    report also carries every row read (see :mod:`xlsmart.rules.overview`).

    >>> from xlsmart.model import WorkbookData
    >>> check_workbook(WorkbookData(sheets={})).findings
    []
    """
    context = _context(data, as_of, lang, min_score, workers, helpers)
    findings: list[Finding] = []
    checks = [(rule, rule.check) for rule in RULES.values() if rule.check is not None and rule.sheet in data.sheets]
    for kind, sheet in data.sheets.items():  # each sheet's rows typed once, with what typing its cells found
        findings.extend(_missing_columns(context, sheet))
        context.rows[kind] = _typed_rows(context, sheet, findings)
        for rule, _ in checks:
            if rule.prepare is not None and rule.sheet == kind:
                rule.prepare(context)  # heavy work begins in helpers as soon as its sheet is typed
    for _, check in sorted(checks, key=lambda pair: pair[0].prepare is not None):  # and is collected last
        findings.extend(check(context))
    order = {sheet.name: SHEET_ORDER.get(kind, 9) for kind, sheet in data.sheets.items()}
    findings.sort(key=lambda f: (order.get(f.sheet, 9), f.row, f.column_index, f.code))
    layouts = {kind: replace(sheet, records=[], checked=CheckedRows((r.row, r.text("id")) for r in context.rows.get(kind, ())))
               for kind, sheet in data.sheets.items()}
    rows = every_row(context) if overview else None
    return Report(file or data.name, findings, sum(len(r) for r in context.rows.values()), context.lang,
                  layouts, context.as_of, ignored=dict(data.ignored), overview=rows)


def _context(data: WorkbookData, as_of: object, lang: str | None, min_score: int | None,
             workers: int | None, helpers: Helpers | None = None) -> Context:
    """What the rules see: the language, the settings and the day to judge against."""
    language = lang if lang in schema.LANGS else data.lang if data.lang in schema.LANGS else "en"
    settings = _settings(data.settings, min_score)
    day = dates.parse_date(as_of) or dates.parse_date(data.settings.get("as_of")) or dates.today()
    return Context(data, {}, day, language, settings, workers=workers, helpers=helpers)


def registered_rules() -> list[Rule]:
    """Every rule, in the README's order: workbook codes, then goals, KPIs, budgets."""
    order = "WGKB"
    return sorted(RULES.values(), key=lambda rule: (order.index(rule.code[0]), rule.code))


def code_filter(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> Callable[[str], bool]:
    """Which codes to report: those a ``select`` entry names (all when none), less those an
    ``ignore`` entry names. An entry is a code (``G05``) or its start (``G``: every goal rule).
    An entry that names no rule raises ``ValueError``: a typo must not silence a check.

    >>> wanted = code_filter(select=["G", "K06"], ignore=["G05"])
    >>> [code for code in ("G01", "G05", "K06", "K07") if wanted(code)]
    ['G01', 'K06']
    """
    codes = [rule.code for rule in registered_rules()]

    def prefixes(entries: Iterable[str]) -> tuple[str, ...]:
        found = tuple(entry.strip().upper() for entry in entries if entry.strip())
        unknown = [entry for entry in found if not any(code.startswith(entry) for code in codes)]
        if unknown:
            raise ValueError(f"no rule has the code {', '.join(unknown)}: `xlsmart rules` lists them all")
        return found

    chosen, dropped = prefixes(select), prefixes(ignore)
    return lambda code: (not chosen or code.startswith(chosen)) and not (dropped and code.startswith(dropped))


def _settings(raw: dict[str, Any], min_score: int | None) -> Settings:
    """The Settings sheet's values (see :class:`xlsmart.schema.Setting` for how a share is
    written), defaults where a value is missing or no number; ``min_score`` wins when given.

    >>> _settings({"on_track": 0.8, "at_risk": "60%", "max_decrease": 40, "max_increase": 3}, None)
    Settings(min_score=5, max_increase=3.0, max_decrease=0.4, on_track=0.8, at_risk=0.6)
    """
    settings = Settings()
    for key in ("min_score", "max_increase", "max_decrease", "on_track", "at_risk"):
        quantity = parse_quantity(raw.get(key))
        if quantity is None:
            continue
        setting = schema.SETTING_BY_KEY[key]
        if setting.share:
            setattr(settings, key, _share(quantity.value, quantity.percent, setting.most_share))
        else:
            settings.min_score = int(quantity.value / 100 if quantity.percent else quantity.value)
    if min_score is not None:
        settings.min_score = min_score
    return settings


def _share(value: float, percent: bool, most: float | None) -> float:
    """A share from a Settings cell: a percentage when written with its sign or when no share
    the setting can mean is that large; else the fraction as written."""
    return value / 100 if percent or (most is not None and value > most) else value


def _missing_columns(context: Context, sheet: SheetData) -> Iterator[Finding]:
    spec = schema.SHEET_BY_KIND[sheet.kind]
    if not sheet.header_row:  # no row of its first 50 names two of its columns: one finding, not one a column
        headers = ", ".join(column.header(context.lang) for column in spec.columns if column.required)
        yield Finding("W05", Severity.ERROR, sheet.name, 1, "", 0,
                      say("W05", context.lang, sheet=sheet.name, rows=schema.HEADER_SCAN_ROWS, headers=headers))
        return
    for key in sheet.missing:
        column = spec.column(key)
        header = column.header(context.lang)
        message = say("W01", context.lang, column=header, sheet=sheet.name)
        if near := _near_miss(column, sheet.unused):
            message += " " + say("W01.near", context.lang, near=near, column=header)
        yield Finding("W01", Severity.ERROR, sheet.name, sheet.header_row, header, 0, message)


def _near_miss(column: schema.Column, headers: Iterable[str]) -> str | None:
    """A header of the table that looks like a misspelling of ``column`` ("Goal IDs", "Owenr")."""
    names = {schema.header_label(name) for name in (column.en, column.nl, *column.aliases)}
    by_label = {schema.header_label(header): header for header in headers}
    for name in sorted(names):
        close = get_close_matches(name, list(by_label), n=1, cutoff=NEAR_MISS)
        if close:
            return by_label[close[0]]
    return None


def _typed_rows(context: Context, sheet: SheetData, findings: list[Finding]) -> list[Record]:
    """Type a sheet's records, adding a finding for each cell that holds no usable value.

    Almost every cell already is what its column wants (a float in a number column, a date in
    a date column), so each column is first weighed by the set of its value types, at C speed;
    only the cells of a column that holds something else are converted one by one, and only
    the rows holding such a cell get a new tuple. Every other row shares its record's cells.
    """
    records = sheet.records
    if not records:
        return []
    formulas = FORMULA_KEYS[sheet.kind]
    # our own formula columns are outputs: never judged from their cached value
    index = {key: at for key, at in records[0].index.items() if key not in formulas}
    cells = [record.cells for record in records]
    fixes: dict[int, dict[int, Any]] = {}
    problems: dict[int, set[str]] = {}
    percents: dict[int, set[str]] = {}
    for key, at in index.items():
        convert = _NUMBER if key in NUMBER_KEYS else _DATE if key in DATE_KEYS else None
        quick = _QUICK[convert]
        if set(map(type, map(itemgetter(at), cells))) <= quick:
            continue
        for position, row_cells in enumerate(cells):
            raw = row_cells[at]
            if raw.__class__ in quick:
                continue
            value, code, percent = _convert(raw, convert, context.as_of)
            fixes.setdefault(position, {})[at] = value
            if code:
                findings.append(context.finding(code, sheet.kind, records[position].row, key,
                                                value=raw.code if code == "W02" else _clip(raw)))
                problems.setdefault(position, set()).add(key)
            elif percent:
                percents.setdefault(position, set()).add(key)
    # Records are their own typed rows, unless they carry one of our formula columns' values.
    rows: list[Record] = list(records) if records[0].index == index else [
        Row(record.row, record.cells, index) for record in records]
    for position, fix in fixes.items():
        typed = list(cells[position])
        for at, value in fix.items():
            typed[at] = value
        rows[position] = Row(records[position].row, tuple(typed), index, frozenset(percents.get(position, ())),
                             frozenset(problems.get(position, ())))
    return rows


_NUMBER, _DATE = "number", "date"
_NONE = type(None)
_QUICK = {None: frozenset({_NONE, str, float, int, date, datetime, bool}), _NUMBER: frozenset({_NONE, float, int}),
          _DATE: frozenset({_NONE, date})}


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
