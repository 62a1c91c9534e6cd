"""The Validate and Clear colours scripts for xlwings Lite (its buttons, or F5 in its editor).

xlwings Lite calls a ``@script`` with the open workbook as an ``xlwings.Book`` whose cell values
were sent along; writes (values, fills, sheets) are queued and applied when the script returns.
The check itself is the command line's: the used range of each sheet the validator knows ->
:func:`~xlsmart.workbook.records.workbook_from_sheets` ->
:func:`~xlsmart.rules.engine.check_workbook` (``workers=1``: Pyodide starts no threads or
processes). The rows are coloured by the Windows ribbon's own policy
(:func:`xlsmart.excel.ribbon.planned_fills`, the same two fills) and the Findings sheet is the
ribbon's (:func:`xlsmart.excel.ribbon.write_findings`).

Fills are the one thing read differently: Office.js cannot hand over a range's colour
synchronously (xlwings Lite raises on ``Range.color``), so each table's fills are fetched with one
``await range.get_colors()`` per sheet. A row keeps a fill the user chose; only rows in exactly
our two colours are cleared or repainted, so clearing never removes a colour we did not set.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

import xlwings as xw
from xlwings import script

from xlsmart.errors import XlsmartError
from xlsmart.excel.ribbon import (
    MIXED,
    apply_fills,
    planned_fills,
    read_book,
    remove_findings_sheet,
    row_severities,
    sheet_inputs,
    tables,
    write_findings,
)
from xlsmart.excel.texts import TEXTS
from xlsmart.model import Report, SheetData
from xlsmart.rules.engine import check_workbook
from xlsmart.workbook.records import workbook_from_sheets

RGB = tuple[int, int, int]
# Office.js reports a cell without a fill as white (#FFFFFF), not as null: both mean "no fill".
NO_FILL = frozenset({None, (255, 255, 255)})


def hex_colour(rgb: RGB) -> str:
    """``(246, 201, 196)`` -> ``"#F6C9C4"``, the form Office.js takes.

    >>> hex_colour((246, 201, 196))
    '#F6C9C4'
    """
    return "#{:02X}{:02X}{:02X}".format(*rgb)


def _rgb(colour: Any) -> RGB | None:
    """A colour as xlwings gives it (an RGB tuple, or None), also from ``"#RRGGBB"`` text."""
    if colour is None:
        return None
    if isinstance(colour, str):
        text = colour.lstrip("#")
        return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)
    return (int(colour[0]), int(colour[1]), int(colour[2]))


def _row_fill(colours: list[Any]) -> Any:
    """One row's fill from its cells' colours: an RGB tuple, None (no fill) or MIXED."""
    fills = {None if (rgb := _rgb(c)) in NO_FILL else rgb for c in colours}
    return fills.pop() if len(fills) == 1 else MIXED


async def _grid(sheet: Any, first: int, last: int, first_col: int, last_col: int) -> list[list[Any]]:
    """The fills of a block of rows: one ``get_colors()`` read (xlwings 0.35+ in Lite); where a book
    offers only ``get_color()``, one read per row (a mixed row then reads as None)."""
    block = sheet.range((first, first_col), (last, last_col))
    if hasattr(block, "get_colors"):
        return list(await block.get_colors() or [])
    return [[await sheet.range((row, first_col), (row, last_col)).get_color()] for row in range(first, last + 1)]


async def row_fills(book: Any, sheets: Iterable[SheetData]) -> dict[tuple[str, int], Any]:
    """``(sheet, row) -> fill`` for every table row, header included (a missing column is reported
    there): one read from Excel per sheet."""
    fills: dict[tuple[str, int], Any] = {}
    for sheet, sheet_data, last in tables(book, sheets):
        first = sheet_data.header_row
        grid = await _grid(sheet, first, last, sheet_data.first_col, sheet_data.last_col)
        for offset, colours in enumerate(grid):
            fills[(sheet_data.name, first + offset)] = _row_fill(list(colours))
    return fills


async def validate_book(book: Any, *, as_of: date | None = None) -> Report:
    """Check the workbook, colour the failing rows, (re)write the Findings sheet; return the report.

    Running it twice gives the same colours and the same Findings sheet.
    """
    data = read_book(book)
    report = check_workbook(data, as_of=as_of, file=data.name, workers=1)
    fills = await row_fills(book, data.sheets.values())
    apply_fills(book, data.sheets.values(), planned_fills(fills, row_severities(report)), hex_colour)
    write_findings(book, report)
    return report


async def clear_book(book: Any) -> int:
    """Undo :func:`validate_book`: our fills and the Findings sheet go; return how many rows."""
    data = workbook_from_sheets(sheet_inputs(book), name=getattr(book, "name", "") or "")
    writes = planned_fills(await row_fills(book, data.sheets.values()), {})
    apply_fills(book, data.sheets.values(), writes, hex_colour)
    remove_findings_sheet(book)
    return len(writes)


def _lang(report_lang: str) -> str:
    return report_lang if report_lang in TEXTS else "en"


@script
async def validate(book: xw.Book) -> None:
    """Validate: check the goals, KPIs and budgets, colour failing rows, list why on Findings."""
    try:
        report = await validate_book(book)
    except XlsmartError as error:  # one line, as the command line says it; the workbook is untouched
        print(f"xlsmart: {error}")
        return
    print(TEXTS[_lang(report.lang)]["summary"].format(errors=report.errors, warnings=report.warnings,
                                                      rows=report.rows))


@script
async def clear_colours(book: xw.Book) -> None:
    """Clear colours: remove the colours Validate set and its Findings sheet."""
    await clear_book(book)
    lang = workbook_from_sheets(sheet_inputs(book)).lang
    print(TEXTS[_lang(lang)]["cleared"])
