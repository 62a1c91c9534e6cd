"""Rows of cell values -> :class:`WorkbookData`: header detection, records with real Excel rows.

Pure: imports only the standard library, :mod:`xlsmart.schema`,
:mod:`xlsmart.workbook.mapping` and :mod:`xlsmart.model`. The file reader, the Excel ribbon (values of each used range read
through xlwings) and ``validate(dataframes)`` all come through here, so every face finds the
same header row, the same columns and the same row numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from itertools import chain, islice
from typing import Any

from xlsmart import schema
from xlsmart.model import CellError, Record, SheetData, WorkbookData
from xlsmart.workbook.mapping import WorkbookMap

HEADER_SCAN_ROWS = schema.HEADER_SCAN_ROWS
MIN_HEADER_MATCHES = 2  # one matching word ("Start") in a title row is not a header
MIN_SIGNATURE_MATCHES = 3  # a sheet whose name says nothing is read when its header says this much
_INPUT_KEYS = {spec.kind: frozenset(c.key for c in spec.columns if not c.formula) for spec in schema.SHEETS}
_REQUIRED_KEYS = {spec.kind: frozenset(c.key for c in spec.required) for spec in schema.SHEETS}

ERROR_CODES = frozenset(
    ("#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA")
)
_ERROR_VALUES = {code: CellError(code) for code in ERROR_CODES}
_SETTING_LABELS = {
    schema.normalise_label(label): setting.key for setting in schema.SETTINGS for label in (setting.en, setting.nl)
}
_SETTINGS_NAMES = {schema.normalise_label(name) for name in schema.SETTINGS_SHEET.values()}

Rows = Iterable[Sequence[Any]]
Merged = Iterable[tuple[int, int, int, int]]  # (first_row, first_col, last_row, last_col), 1-based


@dataclass(frozen=True)
class SheetRows:
    """One sheet's cell values and where they sit: ``rows[0][0]`` is cell (first_row, first_col)."""

    name: str
    rows: Rows
    first_row: int = 1
    first_col: int = 1
    merged: Merged = ()


SheetsInput = Mapping[str, Rows] | Iterable[SheetRows | tuple[Any, ...]]


def sheet_role(name: str) -> str | None:
    """What a sheet name denotes: ``"goals"``, ``"kpis"``, ``"budgets"``, ``"settings"`` or None.

    >>> sheet_role(" instellingen "), sheet_role("Doelstellingen"), sheet_role("Notes")
    ('settings', 'goals', None)
    """
    if schema.normalise_label(name) in _SETTINGS_NAMES:
        return "settings"
    return schema.sheet_kind(name)


def choose_sheets(names: Iterable[str], told: WorkbookMap | None = None) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """Which sheets to read (name -> role) and why each other sheet is not read.

    Per kind, a sheet named as the template names it ("Goals", "Doelstellingen") wins over a
    name that only holds the kind's word ("Goals 2026"); among equals the first in the workbook
    wins. A sheet whose name says nothing is left for :func:`workbook_from_sheets` to recognise
    by its header row (role None here, reason "other" until then).

    >>> choose_sheets(["Goals 2026", "Goals", "Dashboard", "Settings"])
    ({'Goals': 'goals', 'Settings': 'settings'}, {'Goals 2026': ('second', 'Goals'), 'Dashboard': ('other', '')})
    """
    names = list(names)
    told = told or WorkbookMap()
    best: dict[str, tuple[int, str]] = {}  # role -> (rank: 2 told, 1 named exactly, 0 named loosely; sheet)
    for name in names:
        claim = _claim(name, told)
        if claim is not None and claim[0] != "ignore" and (claim[0] not in best or claim[1] > best[claim[0]][0]):
            best[claim[0]] = (claim[1], name)
    chosen = {name: role for role, (_, name) in best.items()}
    ignored = {}
    for name in names:
        if name not in chosen:
            role = told.role(name) or ("settings" if sheet_role(name) == "settings" else schema.sheet_kind(name))
            ignored[name] = ("told", "") if role == "ignore" else ("second", best[role][1]) if role else ("other", "")
    return {name: chosen[name] for name in names if name in chosen}, ignored


def _claim(name: str, told: WorkbookMap) -> tuple[str, int] | None:
    """(role, rank) a sheet's name claims: 2 told by the user, 1 named exactly, 0 named loosely."""
    if role := told.role(name):
        return role, 2
    if sheet_role(name) == "settings":
        return "settings", 1
    match = schema.sheet_match(name)
    return (match[0], int(match[1])) if match else None


def no_known_sheets(label: str, found: Iterable[str]) -> str:
    """The one line for a workbook in which no goals, KPIs or budgets sheet could be read.

    >>> no_known_sheets("plan.xlsx", ["Sheet1", "Notes"])
    "plan.xlsx has no Goals, KPIs or Budgets sheet: no sheet is named like one (Goals/Doelstellingen, KPIs, Budgets/Budget, or a name holding such a word, as in 'Goals 2027') and no sheet's first 50 rows hold such a table's headers (found: Sheet1, Notes)"
    """
    names = ", ".join(found) or "no sheets"
    return (f"{label} has no Goals, KPIs or Budgets sheet: no sheet is named like one ({schema.expected_sheet_names()}, "
            f"or a name holding such a word, as in 'Goals 2027') and no sheet's first {HEADER_SCAN_ROWS} rows hold "
            f"such a table's headers (found: {names})")


def no_readable_sheet(label: str, data: WorkbookData) -> str | None:
    """The one line for a workbook whose goals/KPIs/budgets sheets all lack a header row, or None.

    >>> no_readable_sheet("plan.xlsx", WorkbookData({"goals": SheetData("goals", "Goals 2027", 0, {}, {})}))
    "plan.xlsx: no sheet could be read: 'Goals 2027' has no header row in its first 50 rows (a Goals table needs ID, Goal)"
    """
    if not data.sheets or any(sheet.header_row for sheet in data.sheets.values()):
        return None
    named = "; ".join(
        f"'{sheet.name}' has no header row in its first {HEADER_SCAN_ROWS} rows (a {schema.SHEET_BY_KIND[kind].en} table "
        f"needs {', '.join(c.en for c in schema.SHEET_BY_KIND[kind].required)})" for kind, sheet in data.sheets.items())
    return f"{label}: no sheet could be read: {named}"


def kind_by_header(head: Sequence[Sequence[Any]]) -> str | None:
    """The kind a sheet's header row names, for a sheet whose name says nothing: a row holding
    every required header of one kind and at least three of its input headers.

    >>> kind_by_header([["Q1 plan"], ["Nr", "Objective", "Responsible", "Due date"]])
    'goals'
    """
    found = []
    for kind, table in schema.HEADERS.items():
        for row in head:
            keys = {hit[0] for c in row if isinstance(c, str) and (hit := table.get(schema.header_label(c)))}
            keys &= _INPUT_KEYS[kind]
            if len(keys) >= MIN_SIGNATURE_MATCHES and _REQUIRED_KEYS[kind] <= keys:
                found.append((len(keys), kind))
                break
    found.sort(reverse=True)
    return found[0][1] if found and (len(found) == 1 or found[0][0] > found[1][0]) else None


def sheet_from_rows(
    name: str,
    kind: str,
    rows: Rows,
    *,
    first_row: int = 1,
    first_col: int = 1,
    merged: Merged = (),
    shared: tuple[dict[Any, Any], dict[float, float]] | None = None,
    told: Mapping[str, tuple[str, str | None]] | None = None,
) -> SheetData:
    """Find the header row of one sheet and turn the rows below it into records.

    ``shared`` holds the values already seen (text and dates; floats), so that equal values
    across the sheets of one workbook are one object each.

    ``rows`` may be lazy; it is consumed once. Row numbers in the result are real Excel rows.

    >>> sheet = sheet_from_rows("Goals", "goals", [["My goals"], [], ["ID", "Goal"], [1, " More leads "]])
    >>> sheet.header_row, sheet.columns, sheet.records[0]
    (3, {'id': 1, 'goal': 2}, Record(row=4, values={'id': 1, 'goal': 'More leads'}))
    """
    table = {**schema.HEADERS[kind], **told} if told else schema.HEADERS[kind]  # what the user told wins
    spec = schema.SHEET_BY_KIND[kind]
    lines = _fill_merged(iter(rows), first_row, first_col, merged)
    head = list(islice(lines, HEADER_SCAN_ROWS))
    found = _find_header(head, kind, table)
    if found is None:
        return SheetData(kind, name, 0, {}, {}, missing=tuple(c.key for c in spec.required))
    offset, header = found
    header_row = first_row + offset
    columns, headers, langs, extent, unused = _map_header(header, table, first_col)
    sheet = SheetData(
        kind,
        name,
        header_row,
        columns,
        headers,
        missing=tuple(c.key for c in spec.required if c.key not in columns),
        first_col=extent[0],
        last_col=extent[1],
        lang=_lang_of(langs),
        unused=unused,
    )
    body: Iterator[Sequence[Any]] = iter(head[offset + 1 :])
    text, numbers = shared if shared is not None else ({}, {})
    read = {key: at for key, at in columns.items() if not spec.column(key).formula}  # our outputs: never input
    distinct = {column.key for column in spec.columns if column.distinct}
    sheet.records = _records(body, lines, header_row + 1, read, first_col, (text, numbers), distinct)
    return sheet


def workbook_from_sheets(sheets: SheetsInput, *, name: str = "",
                         on_sheet: Callable[[WorkbookData], None] | None = None,
                         told: WorkbookMap | None = None) -> WorkbookData:
    """Recognise the Goals/KPIs/Budgets (and Settings) sheets among ``sheets`` and read them.

    ``sheets`` is a mapping of sheet name -> rows (origin A1), or an iterable of
    :class:`SheetRows` / ``(name, rows)`` / ``(name, rows, (first_row, first_col))`` /
    ``(name, rows, (first_row, first_col), merged)``. Sheets with other names are skipped; the
    first sheet of each kind wins. ``told``: the sheets and headers a user mapped. No known sheet gives a WorkbookData without sheets (the
    caller decides whether that is an error). ``on_sheet(data)`` is called after each sheet is
    read, with the workbook as read so far.

    >>> data = workbook_from_sheets({"Doelstellingen": [["ID", "Doelstelling"], ["G1", "Meer leads"]],
    ...                              "Instellingen": [["Taal", "nl"], ["Onbekend", 1]]})
    >>> data.lang, data.settings, data.sheets["goals"].records[0].row
    ('nl', {'language': 'nl'}, 2)
    """
    data = WorkbookData(sheets={}, name=name)
    dutch = False
    shared: tuple[dict[Any, Any], dict[float, float]] = ({}, {})
    told = told or WorkbookMap()
    if isinstance(sheets, Mapping):  # all names known: choose as the file reader does
        chosen, data.ignored = choose_sheets(sheets, told)
        others = [sheet for sheet, (why, _) in data.ignored.items() if why == "other"]
        sheets = {sheet: sheets[sheet] for sheet in [*chosen, *others]}  # named sheets first, then the rest
    for item in _sheet_inputs(sheets):
        role = told.role(item.name) or sheet_role(item.name)
        if role == "ignore":
            data.ignored.setdefault(item.name, ("told", ""))
            continue
        by_header = False
        rows: Rows = item.rows
        if role is None:  # a name that says nothing: perhaps its header row does
            rows = iter(rows)
            head = list(islice(rows, HEADER_SCAN_ROWS))
            role, by_header = kind_by_header(head), True
            rows = chain(head, rows)
        if role == "settings":
            if not data.settings:
                data.settings = settings_from_rows(rows)
            continue
        if role is None or role in data.sheets:
            first = data.sheets[role].name if role else ""
            data.ignored.setdefault(item.name, ("second", first) if role else ("other", ""))
            continue
        data.ignored.pop(item.name, None)
        sheet = sheet_from_rows(
            item.name, role, rows, first_row=item.first_row, first_col=item.first_col, merged=item.merged,
            shared=shared, told=told.headers(item.name, role),
        )
        sheet.by_header = by_header
        data.sheets[role] = sheet
        spec = schema.SHEET_BY_KIND[role]
        named_dutch = spec.nl != spec.en and schema.normalise_label(item.name) == schema.normalise_label(spec.nl)
        dutch = dutch or sheet.lang == "nl" or named_dutch
        data.lang = "nl" if dutch else "en"
        if on_sheet is not None:
            on_sheet(data)  # e.g. start judging goals while the next sheet is read
    data.lang = "nl" if dutch else "en"
    return data


def settings_from_rows(rows: Rows) -> dict[str, Any]:
    """Settings by :class:`schema.Setting` key from rows of (label, value); unknown labels ignored.

    >>> settings_from_rows([["Setting", "Value"], ["Minimale SMART-score", 4], ["As-of date", None]])
    {'min_score': 4}
    """
    settings: dict[str, Any] = {}
    for row in rows:
        cells = list(row)
        for at, cell in enumerate(cells):
            if not isinstance(cell, str):
                continue
            key = _SETTING_LABELS.get(schema.normalise_label(cell))
            if key is None:
                continue
            value = next((v for v in (clean_value(c) for c in cells[at + 1 :]) if v is not None), None)
            if value is not None and key not in settings:
                settings[key] = value
            break
    return settings


def clean_value(value: Any) -> Any:
    """The value a rule sees: strings stripped, ``""`` -> None, ``"#N/A"`` -> ``CellError``.

    >>> clean_value("  x "), clean_value("   "), clean_value("#DIV/0!"), clean_value(3.0)
    ('x', None, CellError(code='#DIV/0!'), 3.0)
    """
    if isinstance(value, str):
        value = value.strip()
        return _ERROR_VALUES.get(value, value) if value else None
    return value


def _sheet_inputs(sheets: SheetsInput) -> Iterator[SheetRows]:
    items: Iterable[Any] = sheets.items() if isinstance(sheets, Mapping) else sheets
    for item in items:
        if isinstance(item, SheetRows):
            yield item
            continue
        sheet_name, rows, *rest = item
        origin = rest[0] if rest else (1, 1)
        merged = rest[1] if len(rest) > 1 else ()
        yield SheetRows(sheet_name, rows, origin[0], origin[1], merged)


def _fill_merged(rows: Iterator[Sequence[Any]], first_row: int, first_col: int, merged: Merged) -> Iterator[Sequence[Any]]:
    """Give every cell of a merged range the value of its top-left cell, lazily, in the rows that
    hold something of their own (a row that only a merge reaches stays blank)."""
    ranges = sorted(merged)
    return _filled(rows, first_row, first_col, ranges) if ranges else rows  # no layer where nothing is merged


def _filled(rows: Iterator[Sequence[Any]], first_row: int, first_col: int,
            ranges: list[tuple[int, int, int, int]]) -> Iterator[Sequence[Any]]:
    active: list[tuple[int, int, int, Any]] = []  # (last_row, first_col, last_col, value)
    pending = 0
    row_number = first_row - 1
    for row_number, row in enumerate(rows, start=first_row):
        while pending < len(ranges) and ranges[pending][0] <= row_number:
            top, left, bottom, right = ranges[pending]
            pending += 1
            if top == row_number and 0 <= left - first_col < len(row):
                active.append((bottom, left, right, row[left - first_col]))
        active = [a for a in active if a[0] >= row_number]
        if not active or not any(value is not None and value != "" for value in row):
            yield row  # a row holding nothing but a merge's reach stays blank: it is not a record
            continue
        filled = list(row)
        for _bottom, left, right, value in active:
            stop = right - first_col + 1
            if stop > len(filled):
                filled.extend([None] * (stop - len(filled)))
            filled[max(left - first_col, 0) : stop] = [value] * (stop - max(left - first_col, 0))
        yield filled
    # Rows below the last stored one hold nothing of their own, however far a merge reaches
    # (A3:L1048576 is a formatting habit, not a million records).


def _find_header(head: list[Sequence[Any]], kind: str,
                 table: Mapping[str, tuple[str, str | None]]) -> tuple[int, Sequence[Any]] | None:
    """The first row naming at least two distinct columns that are read (not only our formula
    columns): a title row repeating a header word twice is not a header."""
    inputs = _INPUT_KEYS[kind]
    for offset, row in enumerate(head):
        keys = {hit[0] for c in row if isinstance(c, str) and (hit := table.get(schema.header_label(c)))}
        if len(keys & inputs) >= MIN_HEADER_MATCHES:
            return offset, row
    return None


def _map_header(
    header: Sequence[Any], table: Mapping[str, tuple[str, str | None]], first_col: int
) -> tuple[dict[str, int], dict[str, str], set[str], tuple[int, int], tuple[str, ...]]:
    columns: dict[str, int] = {}
    headers: dict[str, str] = {}
    langs: set[str] = set()
    filled: list[int] = []
    unused: list[str] = []
    for offset, cell in enumerate(header):
        if cell is None or (isinstance(cell, str) and not cell.strip()):
            continue
        filled.append(first_col + offset)
        hit = table.get(schema.header_label(cell)) if isinstance(cell, str) else None
        if hit is None or hit[0] in columns:  # a repeated header: the leftmost column wins
            unused.append(str(cell).strip())
            continue
        columns[hit[0]] = first_col + offset
        headers[hit[0]] = cell.strip()
        if hit[1]:
            langs.add(hit[1])
    return columns, headers, langs, (min(filled), max(filled)), tuple(unused)


def _lang_of(langs: set[str]) -> str | None:
    return next(iter(langs)) if len(langs) == 1 else None


def _records(
    buffered: Iterator[Sequence[Any]],
    rest: Iterator[Sequence[Any]],
    first_row: int,
    columns: dict[str, int],
    first_col: int,
    shared: tuple[dict[Any, Any], dict[float, float]],
    distinct: set[str],
) -> list[Record]:
    """The hot loop, column by column: rows are read in batches and each column is cleaned at once.

    Text is stripped, and equal values share one object: owners, channels, dates and amounts
    repeat, goal IDs recur as KPIs' and budgets' Goal IDs, and 100,000 rows of copies add up.
    Text in ``distinct`` columns (goal texts, a KPI's own ID) rarely repeats, so it is not
    pooled: a pool entry would cost more than it saves. A column holding one kind of value
    (all text, all numbers) is cleaned by ``map`` at C speed; any other by one comprehension.
    """
    keys = tuple(columns)
    index = {key: at for at, key in enumerate(keys)}  # shared by every record of the sheet
    picks = tuple(columns[k] - first_col for k in keys)
    width = max(picks) + 1
    blank = (None,) * len(keys)
    text_pool, number_pool = shared
    text_pool.update(_TEXT_SEEDS)  # "" is no value and "#N/A" an error: the pools say so themselves
    keep = _TEXT_SEEDS.get  # (text, text) -> text, but "" -> None and "#N/A" -> CellError: pools nothing
    cleaners = [partial(_clean_column, keep if key in distinct else text_pool.setdefault, text_pool.setdefault,
                        number_pool.setdefault) for key in keys]
    records: list[Record] = []
    append = records.append
    row_number = first_row
    rows = chain(buffered, rest)
    while batch := list(islice(rows, _BATCH)):
        if min(map(len, batch)) < width:
            batch = [raw if len(raw) >= width else [*raw, *([None] * (width - len(raw)))] for raw in batch]
        transposed = list(zip(*batch, strict=False))  # cells right of the table: cut where the shortest row ends
        cleaned = [clean(transposed[at]) for at, clean in zip(picks, cleaners, strict=True)]
        for number, cells in enumerate(zip(*cleaned, strict=True), start=row_number):
            if cells != blank:
                append(Record(number, cells=cells, index=index))
        row_number += len(batch)
    return records


_BATCH = 4096  # rows cleaned at a time
_TEXT_SEEDS: dict[str, Any] = {"": None, **_ERROR_VALUES}
_NONE = type(None)


def _clean_column(pool: Callable[[str, str], Any], share: Callable[[Any, Any], Any],
                  share_number: Callable[[float, float], float], values: Sequence[Any]) -> list[Any]:
    """One column's values as records hold them: text stripped and pooled ("" -> None, error
    text -> CellError), dates pooled, floats pooled apart (1 == 1.0 == True would mix types)."""
    kinds = set(map(type, values))
    if kinds == {str}:
        stripped = list(map(str.strip, values))
        return list(map(pool, stripped, stripped))
    if kinds <= {float, _NONE}:
        return list(map(share_number, values, values))
    if kinds <= {date, _NONE}:
        return list(map(share, values, values))
    tidied: list[Any] = [value.strip() if value.__class__ is str else value for value in values]
    return [
        pool(value, value) if (kind := value.__class__) is str
        else share(value, value) if kind is date
        else share_number(value, value) if kind is float
        else value
        for value in tidied
    ]
