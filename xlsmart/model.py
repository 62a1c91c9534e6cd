"""What flows between the reader, the rules and the faces: records in, findings out.

Pure data classes; nothing here reads or writes a file.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum
from typing import Any

from .core.messages import say
from .schema import SHEET_BY_KIND


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class CellError:
    """An Excel error value in a cell, such as ``#N/A`` or ``#DIV/0!``."""

    code: str

    def __str__(self) -> str:
        return self.code


def column_letter(index: int) -> str:
    """1-based column index to Excel letters: 1 -> A, 28 -> AB."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def quote_sheet(name: str, *, always: bool = False) -> str:
    """A sheet name as a reference writes it before the ``!``: in quotes (its quotes doubled)
    unless it is letters, digits and underscores only, or whatever it is with ``always``.

    >>> quote_sheet("Goals"), quote_sheet("KPI's"), quote_sheet("Goals", always=True)
    ('Goals', "'KPI''s'", "'Goals'")
    """
    if not always and name.replace("_", "").isalnum():
        return name
    return "'" + name.replace("'", "''") + "'"


class Record:
    """One data row of a sheet: its real Excel row and its values by canonical column key.

    Rows are many (a sheet may hold 100,000), so a record is a slotted object around a tuple of
    cells plus the sheet's shared ``index`` (key -> position), not a dict per row.

    >>> record = Record(4, {"id": "G1", "goal": "More leads"})
    >>> record.get("goal"), record.get("owner"), record
    ('More leads', None, Record(row=4, values={'id': 'G1', 'goal': 'More leads'}))
    """

    __slots__ = ("cells", "index", "row")
    # As the engine sees a record: no cell written as a percentage, none unreadable (its typed
    # rows override these where a cell needed converting).
    percent: frozenset[str] = frozenset()
    unreadable: frozenset[str] = frozenset()

    def __init__(self, row: int, values: Mapping[str, Any] | None = None, *,
                 cells: tuple[Any, ...] = (), index: Mapping[str, int] | None = None) -> None:
        if values is not None:
            index = {key: at for at, key in enumerate(values)}
            cells = tuple(values.values())
        self.row = row
        self.cells = cells
        self.index = index or {}

    def get(self, key: str) -> Any:
        at = self.index.get(key)
        return None if at is None else self.cells[at]

    def text(self, key: str) -> str | None:
        """The cell as text (numbers as Excel shows them), None when empty."""
        at = self.index.get(key)  # get() written out: the rules ask ~2 million times at 3 x 100,000 rows
        if at is None:
            return None
        value = self.cells[at]
        if value.__class__ is str or value is None:
            return value  # the reader stripped it and turned "" into None
        text = (f"{value:g}" if isinstance(value, float) else str(value)).strip()
        return text or None

    @property
    def values(self) -> dict[str, Any]:
        return {key: self.cells[at] for key, at in self.index.items()}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Record) and (self.row, self.values) == (other.row, other.values)

    def __repr__(self) -> str:
        return f"Record(row={self.row}, values={self.values!r})"


class CheckedRows:
    """(row, ID) of each row checked, kept compact: the rows in one array of ints and the IDs in
    one string (at 300,000 rows a list of pairs took ~44 MB, this takes ~5 MB).

    >>> checked = CheckedRows([(2, "G1"), (3, None), (5, "G3")])
    >>> len(checked), list(checked)
    (3, [(2, 'G1'), (3, None), (5, 'G3')])
    """

    __slots__ = ("ends", "ids", "rows")

    def __init__(self, pairs: Iterable[tuple[int, str | None]] = ()) -> None:
        self.rows, self.ends = array("i"), array("q")  # ends[k]: where row k's ID ends in ids
        parts: list[str] = []
        end = 0
        for row, ident in pairs:
            self.rows.append(row)
            if ident:  # an ID is never "" (Record.text gives None): an empty slice stands for None
                parts.append(ident)
                end += len(ident)
            self.ends.append(end)
        self.ids = "".join(parts)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[tuple[int, str | None]]:
        start = 0
        for row, end in zip(self.rows, self.ends, strict=True):
            yield row, self.ids[start:end] or None
            start = end

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CheckedRows) and (self.rows, self.ends, self.ids) == (other.rows, other.ends, other.ids)

    def __repr__(self) -> str:
        return f"CheckedRows({list(self)!r})"


@dataclass
class SheetData:
    """A recognised sheet: where its table sits and the records in it."""

    kind: str  # "goals" | "kpis" | "budgets"
    name: str  # the sheet's name in the workbook, as written
    header_row: int  # 1-based Excel row of the header
    columns: dict[str, int]  # canonical key -> 1-based column index
    headers: dict[str, str]  # canonical key -> header text as written
    records: list[Record] = field(default_factory=list)
    missing: tuple[str, ...] = ()  # required column keys not found
    first_col: int = 1  # leftmost and rightmost column of the table (the header's extent)
    last_col: int = 1
    lang: str | None = None  # language the headers identify, if any
    checked: CheckedRows = field(default_factory=CheckedRows)  # (row, ID) of each row checked
    unused: tuple[str, ...] = ()  # headers of the table that name no column xlsmart reads
    by_header: bool = False  # recognised by its header row, its name saying nothing

    def letter(self, key: str) -> str | None:
        index = self.columns.get(key)
        return column_letter(index) if index else None


@dataclass
class WorkbookData:
    """Everything the rules need from one workbook."""

    sheets: dict[str, SheetData]  # by kind
    settings: dict[str, Any] = field(default_factory=dict)  # by Setting.key, as typed
    lang: str = "en"  # language of the headers (Dutch wins where any Dutch header is found)
    name: str = ""
    ignored: dict[str, tuple[str, str]] = field(default_factory=dict)  # sheet not read -> (why, detail)


@dataclass(frozen=True, slots=True)
class Finding:
    """One data problem, located at a cell. ``code`` is public API: never renamed.

    Slotted: a workbook where most rows fail carries hundreds of thousands of findings, and a
    slotted one weighs 72 bytes instead of 184 (a __dict__ per finding).
    """

    code: str
    severity: Severity
    sheet: str
    row: int
    column: str  # header text as written in the workbook ("" for a whole-row finding)
    column_index: int  # 1-based; 0 when no single column applies
    message: str

    @property
    def cell(self) -> str:
        col = column_letter(self.column_index) if self.column_index else "A"
        return f"{quote_sheet(self.sheet)}!{col}{self.row}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "cell": self.cell,
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
        }


@dataclass(frozen=True)
class RowView:
    """One row read, as a person looks it up: its ID and words, and how it was judged.

    What a face shows beside a finding (``Goals!B6`` is "G2, Be more visible"), and what its
    pictures count: every goal's SMART letters, every KPI's status, every budget line's amounts,
    not only the rows that failed. Only asked for by the upload page (``overview=True``).
    """

    kind: str  # "goals" | "kpis" | "budgets"
    sheet: str
    row: int
    id: str | None
    text: str | None  # the goal, the KPI's name, the budget line's campaign
    smart: tuple[tuple[str, bool, str], ...] | None = None  # goals: (letter, passed, reason) for S, M, A, R, T
    status: str | None = None  # KPIs: the status key ("on_track", "no_data", ...); None when it cannot be judged
    group: str | None = None  # budgets: the budget group, in the report's language where it is on the list
    planned: float | None = None
    actual: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """The row as JSON: the fields every row has, and those of its kind.

        >>> RowView("kpis", "KPIs", 3, "K1", "Leads", status="on_track").to_dict()
        {'kind': 'kpis', 'sheet': 'KPIs', 'row': 3, 'id': 'K1', 'text': 'Leads', 'status': 'on_track'}
        """
        data: dict[str, Any] = {"kind": self.kind, "sheet": self.sheet, "row": self.row, "id": self.id, "text": self.text}
        if self.kind == "goals":
            marks = self.smart or ()
            data["score"] = sum(passed for _, passed, _ in marks) if self.smart is not None else None
            data["smart"] = [{"letter": letter, "passed": passed, "reason": reason} for letter, passed, reason in marks]
        elif self.kind == "kpis":
            data["status"] = self.status
        elif self.kind == "budgets":
            data.update(group=self.group, planned=self.planned, actual=self.actual)
        return data


@dataclass
class Report:
    """The outcome of one validation: findings plus what the painter needs to colour rows."""

    file: str
    findings: list[Finding]
    rows: int  # data records read across all sheets
    lang: str
    sheets: dict[str, SheetData] = field(default_factory=dict)  # by kind, without records
    as_of: date | None = None
    truncated: bool = False  # a finding limit (--max-findings, see capped) cut the list
    counts: tuple[int, int] | None = None  # (errors, warnings) before the list was cut
    ignored: dict[str, tuple[str, str]] = field(default_factory=dict)  # sheets not read -> (why, detail)
    overview: list[RowView] | None = None  # every row read, when asked for (the upload page)

    @property
    def errors(self) -> int:
        if self.counts is not None:
            return self.counts[0]
        return sum(1 for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        if self.counts is not None:
            return self.counts[1]
        return sum(1 for f in self.findings if f.severity is Severity.WARNING)

    def only(self, wanted: Callable[[str], bool]) -> Report:
        """This report with only the findings whose code is ``wanted`` (``--select``/``--ignore``)."""
        return replace(self, findings=[f for f in self.findings if wanted(f.code)], counts=None)

    def capped(self, limit: int) -> Report:
        """This report listing at most ``limit`` findings; its summary still counts them all.

        >>> report = Report("plan.xlsx", [Finding("G03", Severity.ERROR, "Goals", r, "ID", 1, "Add an ID.") for r in (3, 4)], 2, "en")
        >>> cut = report.capped(1)
        >>> len(cut.findings), cut.errors, cut.truncated
        (1, 2, True)
        """
        if len(self.findings) <= limit:
            return self
        return replace(self, findings=self.findings[:limit], truncated=True, counts=(self.errors, self.warnings))

    def to_dict(self) -> dict[str, Any]:
        """The JSON report; ``overview`` (every row read) only when the report carries it."""
        data = {
            "file": self.file,
            "summary": {"errors": self.errors, "warnings": self.warnings, "rows": self.rows},
            "truncated": self.truncated,
            "sheets": self.sheets_read(),
            "ignored_sheets": self.sheets_ignored(),
            "findings": [f.to_dict() for f in self.findings],
        }
        if self.overview is not None:
            data["overview"] = [row.to_dict() for row in self.overview]
        return data

    def sheets_read(self) -> list[dict[str, Any]]:
        """Each sheet read: as what, found how, its header row, rows, and the columns read and not.

        >>> layout = SheetData("goals", "Goals 2027", 2, {"id": 1}, {"id": "Nr"}, unused=("Remarks",))
        >>> Report("plan.xlsx", [], 0, "en", {"goals": layout}).sheets_read()[0]["columns"]
        {'id': 'Nr'}
        """
        return [{"name": sheet.name, "kind": sheet.kind, "found_by": "header" if sheet.by_header else "name",
                 "header_row": sheet.header_row or None, "rows": len(sheet.checked), "columns": dict(sheet.headers),
                 "unused_columns": list(sheet.unused)} for sheet in self.sheets.values()]

    def sheets_ignored(self) -> list[dict[str, str]]:
        """Each sheet not read, and why, in the report's language."""

        def kind_of(name: str) -> str:
            sheet = next((s for s in self.sheets.values() if s.name == name), None)
            return SHEET_BY_KIND[sheet.kind].title(self.lang) if sheet else name

        return [{"name": name, "reason": say(f"sheet.{why}", self.lang, first=detail, kind=kind_of(detail))}
                for name, (why, detail) in self.ignored.items()]
