"""A recording stand-in for the ``xlwings.Book`` xlwings Lite hands a script, pure Python.

It runs unchanged in CPython and inside Pyodide (``run_pyodide.mjs`` copies it there), and
behaves where it matters as xlwings Lite's remote book does (``xlwings/pro/_xlremote.py``):

* cell values come preloaded (``used_range``, ``.options(ndim=2).value``); dates as ``datetime``;
* reading ``Range.color`` raises ``NotImplementedError``; fills are read with
  ``await range.get_colors()`` (a grid of RGB tuples or None), and each such read is counted;
* every write is recorded in ``book.actions`` in the order the script made it, like the
  action list Lite sends back to Excel (``setRangeColor``, ``setValues``, ``addSheet``,
  ``deleteSheet``), and applied, so a second run sees the first one's result.

``Book.from_json`` takes what ``book_json`` (CPython, openpyxl) made of a workbook file.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

RGB = tuple[int, int, int]


def _address(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\$?([A-Z]+)\$?(\d+)", text.upper())
    if not match:
        raise ValueError(text)
    col = 0
    for ch in match.group(1):
        col = col * 26 + ord(ch) - 64
    return int(match.group(2)), col


def _hex_to_rgb(text: str) -> RGB:
    text = text.lstrip("#")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def decode(value: Any) -> Any:
    if isinstance(value, dict) and "$date" in value:
        return datetime.fromisoformat(value["$date"])
    return value


def encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"$date": value.isoformat()}
    if hasattr(value, "isoformat") and not isinstance(value, str):  # a date or a time
        return {"$date": datetime(value.year, value.month, value.day).isoformat()}
    return value


class Range:
    def __init__(self, sheet: Sheet, first: tuple[int, int], last: tuple[int, int]) -> None:
        self.sheet, self.first, self.last = sheet, first, last
        self._ndim: int | None = None

    @property
    def row(self) -> int:
        return self.first[0]

    @property
    def column(self) -> int:
        return self.first[1]

    @property
    def address(self) -> str:
        return f"R{self.first[0]}C{self.first[1]}:R{self.last[0]}C{self.last[1]}"

    def options(self, ndim: int | None = None, **_: Any) -> Range:
        out = Range(self.sheet, self.first, self.last)
        out._ndim = ndim
        return out

    @property
    def value(self) -> Any:
        grid = [[self.sheet.cells.get((r, c)) for c in range(self.first[1], self.last[1] + 1)]
                for r in range(self.first[0], self.last[0] + 1)]
        if self._ndim == 2:
            return grid
        if len(grid) == 1 and len(grid[0]) == 1:
            return grid[0][0]
        return grid

    @value.setter
    def value(self, rows: Any) -> None:
        if not isinstance(rows, list):
            rows = [[rows]]
        self.sheet.book.actions.append(("setValues", self.sheet.name, self.first, [[encode(v) for v in r] for r in rows]))
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                self.sheet.cells[(self.first[0] + i, self.first[1] + j)] = v

    @property
    def color(self) -> Any:
        raise NotImplementedError("Reading the fill color synchronously isn't supported on this engine. "
                                  "Use 'await myrange.get_color()' to fetch it on demand.")

    @color.setter
    def color(self, value: Any) -> None:
        if isinstance(value, tuple):
            raise AssertionError("the Lite face writes colours as '#RRGGBB'")
        self.sheet.book.actions.append(("setRangeColor", self.sheet.name, self.first, self.last, value))
        for r in range(self.first[0], self.last[0] + 1):
            for c in range(self.first[1], self.last[1] + 1):
                if value is None:
                    self.sheet.fills.pop((r, c), None)
                else:
                    self.sheet.fills[(r, c)] = _hex_to_rgb(value)

    async def get_colors(self) -> list[list[RGB | None]]:
        self.sheet.book.reads += 1
        return [[self.sheet.fills.get((r, c)) for c in range(self.first[1], self.last[1] + 1)]
                for r in range(self.first[0], self.last[0] + 1)]


class Sheet:
    def __init__(self, book: Book, name: str) -> None:
        self.book, self.name = book, name
        self.cells: dict[tuple[int, int], Any] = {}
        self.fills: dict[tuple[int, int], RGB] = {}

    @property
    def used_range(self) -> Range:
        filled = [k for k, v in self.cells.items() if v is not None] + list(self.fills)
        if not filled:
            return Range(self, (1, 1), (1, 1))
        rows, cols = [r for r, _ in filled], [c for _, c in filled]
        return Range(self, (min(rows), min(cols)), (max(rows), max(cols)))

    def range(self, first: Any, last: Any = None) -> Range:
        a = _address(first) if isinstance(first, str) else tuple(first)
        b = a if last is None else (_address(last) if isinstance(last, str) else tuple(last))
        return Range(self, a, b)

    def __getitem__(self, address: str) -> Range:
        return self.range(address)

    def delete(self) -> None:
        self.book.actions.append(("deleteSheet", self.name))
        self.book.sheets._items.remove(self)

    def rows(self) -> list[list[Any]]:
        """Every value from A1 to the last used cell (for assertions)."""
        used = self.used_range
        return Range(self, (1, 1), used.last).options(ndim=2).value


class Sheets:
    def __init__(self, book: Book) -> None:
        self.book, self._items = book, []

    def __iter__(self):
        return iter(list(self._items))

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, key: int | str) -> Sheet:
        if isinstance(key, int):
            return self._items[key]
        for sheet in self._items:
            if sheet.name.lower() == key.lower():
                return sheet
        raise KeyError(key)

    def add(self, name: str | None = None, before: Sheet | None = None, after: Sheet | None = None) -> Sheet:
        if name is None or name.lower() in [s.name.lower() for s in self._items]:
            raise ValueError(f"a sheet named {name!r} exists")
        sheet = Sheet(self.book, name)
        at = self._items.index(after) + 1 if after is not None else (self._items.index(before) if before else 0)
        self._items.insert(at, sheet)
        self.book.actions.append(("addSheet", name))
        return sheet


class Book:
    def __init__(self, name: str = "Book1") -> None:
        self.name = name
        self.sheets = Sheets(self)
        self.actions: list[tuple[Any, ...]] = []
        self.reads = 0

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Book:
        book = cls(data["name"])
        for spec in data["sheets"]:
            sheet = Sheet(book, spec["name"])
            for i, row in enumerate(spec["values"]):
                for j, v in enumerate(row):
                    if v is not None:
                        sheet.cells[(spec["first_row"] + i, spec["first_col"] + j)] = decode(v)
            book.sheets._items.append(sheet)
        return book

    def state(self) -> dict[str, Any]:
        """Every sheet's values and fills, JSON-able (what tests compare across interpreters)."""
        return {s.name: {"values": [[encode(v) for v in row] for row in s.rows()],
                         "fills": sorted([r, c, list(rgb)] for (r, c), rgb in s.fills.items())}
                for s in self.sheets}


def book_json(path: str) -> dict[str, Any]:
    """A workbook file's cell values (cached formula results) as ``Book.from_json`` takes them.

    CPython only (openpyxl); the result crosses into Pyodide as JSON.
    """
    import openpyxl

    workbook = openpyxl.load_workbook(path, data_only=True)
    sheets = []
    for ws in workbook.worksheets:
        rows = [list(r) for r in ws.iter_rows(min_row=1, min_col=1, values_only=True)]
        sheets.append({"name": ws.title, "first_row": 1, "first_col": 1,
                       "values": [[encode(v) for v in r] for r in rows]})
    from pathlib import Path

    return {"name": Path(path).name, "sheets": sheets}
