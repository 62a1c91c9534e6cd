"""The Python behind the xlsmart ribbon tab: Validate, Clear colours, Help.

The VBA callbacks (``vba/xlsmart_ribbon.bas``) call ``validate_button()`` and friends through
xlwings' ``RunPython``; those get the workbook from ``xw.Book.caller()`` and hand it to the
testable functions below, which use only a few xlwings calls (``book.sheets``, ``sheet.name``,
``sheet.used_range``, ``sheet.range(...).value``/``.color``, ``sheets.add``, ``sheet.delete``).

Validation takes the same path as the command line: cell values ->
:func:`xlsmart.workbook.records.workbook_from_sheets` -> :func:`xlsmart.rules.engine.check_workbook`.
Nothing here judges a row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from xlsmart import schema
from xlsmart.errors import NoKnownSheets, XlsmartError
from xlsmart.excel.texts import HOW_TO, TEXTS
from xlsmart.model import Report, Severity, SheetData, WorkbookData
from xlsmart.rules.engine import check_workbook
from xlsmart.workbook.records import (
    SheetRows,
    no_known_sheets,
    no_readable_sheet,
    workbook_from_sheets,
)

RGB = tuple[int, int, int]
MIXED = "mixed"  # a row whose cells do not share one fill: the user's, never touched


def argb_to_rgb(argb: str) -> RGB:
    """``"FFF6C9C4"`` -> ``(246, 201, 196)``: schema colours as xlwings' ``Range.color`` gives them.

    >>> argb_to_rgb("FFF6C9C4")
    (246, 201, 196)
    """
    hex6 = argb[-6:]
    return int(hex6[0:2], 16), int(hex6[2:4], 16), int(hex6[4:6], 16)


OUR_COLOURS: dict[str, RGB] = {severity: argb_to_rgb(argb) for severity, argb in schema.FILL_COLOURS.items()}


def _findings_names() -> set[str]:
    return {schema.normalise_label(name) for name in schema.FINDINGS_SHEET.values()}


def sheet_inputs(book: Any) -> list[SheetRows]:
    """Cell values of every sheet that may hold goals, KPIs, budgets or settings, with where its
    used range starts: all but the template's own Lists, Dashboard, xlwings.conf and Findings.

    Which of them are read is :func:`workbook_from_sheets`'s call, by name or by header row, as
    for a file: a goals table on a sheet named "Plan FY27" is checked here as on the command line.
    Shared with the xlwings Lite face (:mod:`xlsmart.lite`).
    """
    inputs = []
    for sheet in book.sheets:
        if schema.normalise_label(sheet.name) in _NOT_INPUTS:
            continue
        used = sheet.used_range
        rows = used.options(ndim=2).value or []
        inputs.append(SheetRows(sheet.name, rows, first_row=used.row, first_col=used.column))
    return inputs


_NOT_INPUTS = frozenset(schema.normalise_label(name) for name in schema.OTHER_TEMPLATE_SHEETS)


def read_book(book: Any) -> WorkbookData:
    """The open workbook's goals, KPIs, budgets and settings, read as the command line reads a file.

    A workbook with none of them, or with none that can be read, raises :class:`NoKnownSheets`
    with the command line's one line for it; nothing in the workbook has been touched then.
    """
    name = getattr(book, "name", "") or "this workbook"
    inputs = sheet_inputs(book)
    data = workbook_from_sheets(inputs, name=name)
    if not data.sheets:
        raise NoKnownSheets(no_known_sheets(name, [item.name for item in inputs]))
    if problem := no_readable_sheet(name, data):
        raise NoKnownSheets(problem)
    return data


def _row_colour(rng: Any) -> Any:
    try:
        colour = rng.color
    except Exception:
        return MIXED
    return tuple(colour) if colour is not None else None


def tables(book: Any, data_sheets: Iterable[SheetData]) -> list[tuple[Any, SheetData, int]]:
    """(xlwings sheet, its records, last used row) for every sheet with a table under a header.

    Shared with the xlwings Lite face (:mod:`xlsmart.lite`).
    """
    out = []
    for sheet_data in data_sheets:
        if not sheet_data.header_row:
            continue
        sheet = book.sheets[sheet_data.name]
        used = sheet.used_range
        last = used.row + len(used.options(ndim=2).value or []) - 1
        if last >= sheet_data.header_row:
            out.append((sheet, sheet_data, last))
    return out


def _table_rows(book: Any, data_sheets: Iterable[SheetData]) -> Iterable[tuple[Any, SheetData, int]]:
    """(sheet, SheetData, row) for every row of each recognised table, its header included (a
    missing column is reported, and so painted, there)."""
    for sheet, sheet_data, last in tables(book, data_sheets):
        for row in range(sheet_data.header_row, last + 1):
            yield sheet, sheet_data, row


def _row_colours(book: Any, data_sheets: Iterable[SheetData]) -> dict[tuple[str, int], Any]:
    """``(sheet, row) -> fill`` of every table row, read through COM one row at a time."""
    return {(sheet_data.name, row): _row_colour(sheet.range((row, sheet_data.first_col), (row, sheet_data.last_col)))
            for sheet, sheet_data, row in _table_rows(book, data_sheets)}


def row_severities(report: Report) -> dict[tuple[str, int], str]:
    """``(sheet, row) -> "error" | "warning"``: the worst finding of each row, i.e. its colour.

    Shared with the xlwings Lite face (:mod:`xlsmart.lite`), which reads fills differently.
    """
    worst: dict[tuple[str, int], str] = {}
    for finding in report.findings:
        key = (finding.sheet, finding.row)
        if finding.severity is Severity.ERROR or key not in worst:
            worst[key] = finding.severity.value
    return worst


def planned_fills(fills: dict[tuple[str, int], Any],
                  severities: dict[tuple[str, int], str]) -> dict[tuple[str, int], RGB | None]:
    """What to write, ``(sheet, row) -> RGB`` or None (clear), given each table row's fill now.

    The one colouring policy of both Excel faces: a row in a colour the user chose (or in
    several colours) is never touched, so clearing can never remove a colour we did not set; a
    row in one of our fills is cleared unless a finding keeps it; a finding paints a row with no
    fill or one of ours. Rows already right are left alone (no write).

    >>> planned_fills({("Goals", 2): (246, 201, 196), ("Goals", 3): None}, {("Goals", 3): "warning"})
    {('Goals', 2): None, ('Goals', 3): (252, 227, 169)}
    """
    ours = set(OUR_COLOURS.values())
    writes: dict[tuple[str, int], RGB | None] = {}
    for key, fill in fills.items():
        if fill is MIXED or (fill is not None and fill not in ours):
            continue  # the user's colour
        wanted = OUR_COLOURS[severities[key]] if key in severities else None
        if wanted != fill:
            writes[key] = wanted
    return writes


def apply_fills(book: Any, data_sheets: Iterable[SheetData], writes: dict[tuple[str, int], Any],
                colour: Callable[[RGB], Any] | None = None) -> None:
    """Set each planned row's fill across its table's width; ``colour`` gives the form Excel takes
    where it is not an RGB tuple (Office.js: ``"#RRGGBB"``)."""
    sheets = {sheet_data.name: sheet_data for sheet_data in data_sheets}
    for (sheet_name, row), rgb in sorted(writes.items()):
        sheet_data = sheets[sheet_name]
        book.sheets[sheet_name].range((row, sheet_data.first_col), (row, sheet_data.last_col)).color = (
            colour(rgb) if colour is not None and rgb is not None else rgb)


def remove_findings_sheet(book: Any) -> None:
    """Delete our Findings/Bevindingen sheet if there is one."""
    names = _findings_names()
    for sheet in list(book.sheets):
        if schema.normalise_label(sheet.name) in names:
            sheet.delete()


def write_findings(book: Any, report: Report) -> Any:
    """Replace the Findings sheet with one line per finding (or one line saying there are none)."""
    remove_findings_sheet(book)
    t = TEXTS[report.lang if report.lang in TEXTS else "en"]
    sheets = list(book.sheets)
    sheet = book.sheets.add(schema.FINDINGS_SHEET[report.lang if report.lang in TEXTS else "en"], after=sheets[-1])
    rows: list[list[Any]] = [list(t["findings_headers"])]
    rows += [[f.sheet, f.row, f.cell, f.column, f.code, f.severity.value, f.message] for f in report.findings]
    if not report.findings:
        rows.append([t["no_findings"], None, None, None, None, None, None])
    sheet.range("A1").value = rows
    return sheet


def validate_book(book: Any, *, as_of: date | None = None) -> Report:
    """Check the open workbook, colour failing rows and (re)write the Findings sheet.

    Running it twice gives the same colours and the same Findings sheet.

    Example (in Excel, from Python)::

        report = validate_book(xw.books.active)
        print(report.errors, report.warnings)   # 9 5 on the English template
    """
    data = read_book(book)
    # workers=1: never fork inside Excel's Python server (on macOS a forked process that has used
    # the system frameworks may crash); workbooks kept in Excel are small enough for one process.
    report = check_workbook(data, as_of=as_of, file=data.name, workers=1)
    apply_fills(book, data.sheets.values(), planned_fills(_row_colours(book, data.sheets.values()),
                                                          row_severities(report)))
    write_findings(book, report)
    return report


def clear_book(book: Any) -> int:
    """Undo :func:`validate_book`: remove our colours and the Findings sheet; return rows cleared."""
    data = workbook_from_sheets(sheet_inputs(book), name=getattr(book, "name", ""))
    writes = planned_fills(_row_colours(book, data.sheets.values()), {})
    apply_fills(book, data.sheets.values(), writes)
    remove_findings_sheet(book)
    return len(writes)


def _status(book: Any, text: str) -> None:
    try:
        book.app.status_bar = text
    except Exception:
        pass


def _caller() -> Any:
    import xlwings as xw

    return xw.Book.caller()


def validate_button() -> None:
    """Ribbon "Validate": check the calling workbook (via ``xw.Book.caller()``)."""
    book = _caller()
    try:
        report = validate_book(book)
    except XlsmartError as error:  # one line, as the command line says it; the workbook is untouched
        _status(book, f"xlsmart: {error}")
        return
    lang = report.lang if report.lang in TEXTS else "en"
    _status(book, TEXTS[lang]["summary"].format(errors=report.errors, warnings=report.warnings, rows=report.rows))


def clear_button() -> None:
    """Ribbon "Clear colours": remove our colours and the Findings sheet."""
    book = _caller()
    clear_book(book)
    lang = workbook_from_sheets(sheet_inputs(book)).lang
    _status(book, TEXTS[lang]["cleared"])


def help_text(lang: str) -> str:
    """The help the Help button shows, in ``lang``.

    >>> help_text("en").splitlines()[0]
    'xlsmart: plan goals, KPIs and budgets, and let Excel check them'
    """
    return "\n\n".join(HOW_TO[lang if lang in HOW_TO else "en"])


def help_button() -> None:
    """Ribbon "Help": show what the functions and buttons do."""
    book = _caller()
    lang = workbook_from_sheets(sheet_inputs(book)).lang
    try:
        book.app.alert(help_text(lang), title="xlsmart")
    except Exception:
        sheet_name = TEXTS[lang]["how_to"]
        if sheet_name in [s.name for s in book.sheets]:
            book.sheets[sheet_name].activate()
