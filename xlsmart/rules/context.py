"""What every rule sees: the typed rows by sheet kind, the day, the language and the settings.

The engine builds one :class:`Context` per workbook; the rule modules read it and make
findings through :meth:`Context.finding`, which takes each code's severity from the registry
and its message from the code's template.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..core.messages import template
from ..model import Finding, Record, Severity, SheetData, WorkbookData
from ..runtime import Helpers
from .registry import RULES


class Row(Record):
    """A record whose cells needed typing: the converted cells, and what converting found.

    ``unreadable`` names the cells that held something the engine could not type (reported as
    W02-W04); ``percent`` the number cells written as percentages. A record whose cells are all
    of their column's type is its own typed row.
    """

    __slots__ = ("percent", "unreadable")

    def __init__(self, row: int, cells: tuple[Any, ...], index: Mapping[str, int],
                 percent: frozenset[str] = frozenset(), unreadable: frozenset[str] = frozenset()) -> None:
        super().__init__(row, cells=cells, index=index)
        self.percent = percent
        self.unreadable = unreadable


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
    rows: dict[str, list[Record]]  # typed, by sheet kind
    as_of: date
    lang: str
    settings: Settings
    memo: dict[str, Any] = field(default_factory=dict)  # results several rules share, computed once
    workers: int | None = None  # processes for heavy rules (None: one per core)
    helpers: Helpers | None = None  # processes forked early for heavy rules, if the caller has them
    places: dict[tuple[str, str, str | None], tuple[Severity, str, str, int, str]] = field(default_factory=dict)

    def sheet(self, kind: str) -> SheetData | None:
        return self.data.sheets.get(kind)

    def finding(self, code: str, kind: str, row: int, key: str | None, **fields: Any) -> Finding:
        """A finding located at ``key``'s cell on ``row`` with the message for ``code``."""
        place = self.places.get((code, kind, key))
        if place is None:  # once per code and cell of a sheet: a failing workbook makes 100,000s
            place = self.places[(code, kind, key)] = self._place(code, kind, key)
        severity, sheet, header, column_index, message = place
        # ``row + 0`` is a new int, not the record's own: a finding outlives the records, and the
        # record's row number, read in among its cells, would keep their memory from the system
        # (~70 MB at 3 x 100,000 rows, most failing).
        return Finding(code, severity, sheet, row + 0, header, column_index, message.format(**fields))

    def _place(self, code: str, kind: str, key: str | None) -> tuple[Severity, str, str, int, str]:
        """What every finding of ``code`` at ``key``'s cell on ``kind``'s sheet shares."""
        sheet = self.data.sheets[kind]
        column_index = sheet.columns.get(key, 0) if key else 0
        header = sheet.headers.get(key, "") if key else ""
        return RULES[code].severity, sheet.name, header, column_index, template(code, self.lang)
