"""A stand-in for the few xlwings objects the ribbon uses: a book of sheets of cells and fills.

It records every colour write and sheet add/delete in ``book.log``, so tests can check what the
ribbon did, and reads the example template into cells the way ``used_range.value`` would.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

RGB = tuple[int, int, int]


def _address(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"([A-Z]+)(\d+)", text.upper())
    assert match, text
    col = 0
    for ch in match.group(1):
        col = col * 26 + ord(ch) - 64
    return int(match.group(2)), col


class FakeRange:
    def __init__(self, sheet: FakeSheet, first: tuple[int, int], last: tuple[int, int]) -> None:
        self.sheet, self.first, self.last = sheet, first, last

    @property
    def row(self) -> int:
        return self.first[0]

    @property
    def column(self) -> int:
        return self.first[1]

    def options(self, ndim: int | None = None) -> FakeRange:
        assert ndim == 2, "the ribbon always asks for 2-D values"
        return self

    def _cells(self) -> list[tuple[int, int]]:
        return [(r, c) for r in range(self.first[0], self.last[0] + 1) for c in range(self.first[1], self.last[1] + 1)]

    @property
    def value(self) -> list[list[Any]]:
        return [[self.sheet.cells.get((r, c)) for c in range(self.first[1], self.last[1] + 1)]
                for r in range(self.first[0], self.last[0] + 1)]

    @value.setter
    def value(self, rows: Any) -> None:
        if not isinstance(rows, list):
            rows = [[rows]]  # a scalar written to one cell
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                self.sheet.cells[(self.first[0] + i, self.first[1] + j)] = v

    @property
    def color(self) -> RGB | None:
        fills = {self.sheet.fills.get(cell) for cell in self._cells()}
        if len(fills) > 1:
            raise TypeError("mixed fills: Excel's Interior.Color is Null")  # as pywin32 gives it
        return fills.pop()

    @color.setter
    def color(self, rgb: RGB | None) -> None:
        self.sheet.book.log.append(("color", self.sheet.name, self.first[0], rgb))
        for cell in self._cells():
            if rgb is None:
                self.sheet.fills.pop(cell, None)
            else:
                self.sheet.fills[cell] = tuple(rgb)


class FakeSheet:
    def __init__(self, book: FakeBook, name: str, cells: dict[tuple[int, int], Any] | None = None) -> None:
        self.book, self.name = book, name
        self.cells: dict[tuple[int, int], Any] = dict(cells or {})
        self.fills: dict[tuple[int, int], RGB] = {}

    @property
    def used_range(self) -> FakeRange:
        filled = [k for k, v in self.cells.items() if v is not None] + list(self.fills)
        if not filled:
            return FakeRange(self, (1, 1), (1, 1))
        rows, cols = [r for r, _ in filled], [c for _, c in filled]
        return FakeRange(self, (min(rows), min(cols)), (max(rows), max(cols)))

    def range(self, first: Any, last: Any = None) -> FakeRange:
        a = _address(first) if isinstance(first, str) else tuple(first)
        b = a if last is None else (_address(last) if isinstance(last, str) else tuple(last))
        return FakeRange(self, a, b)

    def delete(self) -> None:
        self.book.log.append(("delete", self.name))
        self.book.sheets._items.remove(self)

    def activate(self) -> None:
        self.book.log.append(("activate", self.name))

    def rows(self) -> list[list[Any]]:
        """All values from A1 to the last used cell (for assertions)."""
        used = self.used_range
        return FakeRange(self, (1, 1), used.last).value


class FakeSheets:
    def __init__(self, book: FakeBook) -> None:
        self.book, self._items = book, []

    def __iter__(self):
        return iter(list(self._items))

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, key: int | str) -> FakeSheet:
        if isinstance(key, int):
            return self._items[key]
        for sheet in self._items:
            if sheet.name.lower() == key.lower():
                return sheet
        raise KeyError(key)

    def add(self, name: str, after: FakeSheet | None = None) -> FakeSheet:
        assert name.lower() not in [s.name.lower() for s in self._items], f"sheet {name} exists"
        sheet = FakeSheet(self.book, name)
        at = self._items.index(after) + 1 if after is not None else 0
        self._items.insert(at, sheet)
        self.book.log.append(("add", name))
        return sheet


class FakeApp:
    def __init__(self) -> None:
        self.status_bar: str | None = None
        self.alerts: list[tuple[str, str]] = []

    def alert(self, prompt: str, title: str = "") -> None:
        self.alerts.append((title, prompt))


class FakeBook:
    """``FakeBook({"Goals": [["ID", "Goal"], ["G1", "More leads"]]})``: sheets of rows from A1."""

    def __init__(self, sheets: dict[str, list[list[Any]]] | None = None, name: str = "book.xlsm") -> None:
        self.name, self.log, self.app = name, [], FakeApp()
        self.sheets = FakeSheets(self)
        for title, rows in (sheets or {}).items():
            cells = {(r, c): v for r, row in enumerate(rows, 1) for c, v in enumerate(row, 1) if v is not None}
            self.sheets._items.append(FakeSheet(self, title, cells))

    @classmethod
    def from_file(cls, path: Path) -> FakeBook:
        """The values (cached values for formulas) of a workbook file, as Excel would show them."""
        import openpyxl

        wb = openpyxl.load_workbook(path, data_only=True)
        return cls({ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets},
                   name=Path(path).name)
