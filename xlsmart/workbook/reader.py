"""An .xlsx/.xlsm file -> :class:`WorkbookData`, safely and fast.

The walk: sniff the first bytes (legacy .xls, password, CSV) -> weigh the zip directory (zip
bombs) -> stream every XML part we will hand on once (real size, no DTD, the used range of each
sheet) -> read the recognised sheets with python-calamine, which is ~10x faster than openpyxl.
calamine builds a dense grid of a sheet's used range, so a sheet whose range is huge (one stray
cell at XFD1048576) is streamed with openpyxl's read-only reader instead, columns capped.
"""

from __future__ import annotations

import io
import os
import re
import warnings
import zipfile
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, Future
from typing import IO, Any, Union

from xlsmart import schema
from xlsmart.background import executor, threads_start
from xlsmart.errors import NoKnownSheets, UnreadableWorkbook, WorkbookTooLarge, XlsmartError
from xlsmart.model import WorkbookData
from xlsmart.native import give_back_memory
from xlsmart.workbook.limits import (
    BIG_VALUES,
    ExpansionAllowance,
    Limits,
    check_archive,
    date_styles,
    scan_part,
    sniff,
)
from xlsmart.workbook.mapping import WorkbookMap
from xlsmart.workbook.ooxml.names import CONTENT_TYPES, PACKAGE_RELS
from xlsmart.workbook.ooxml.parts import main_part, rels_part_of
from xlsmart.workbook.ooxml.workbook import sheet_entries
from xlsmart.workbook.ooxml.xml import parse_safely
from xlsmart.workbook.records import (
    SheetRows,
    choose_sheets,
    no_known_sheets,
    no_readable_sheet,
    sheet_role,
    workbook_from_sheets,
)

Source = Union[str, "os.PathLike[str]", bytes, bytearray, IO[bytes]]

STREAMED_MAX_COLUMNS = 512  # a table wider than this is not a goals/KPIs/budgets table
MAX_SHEETS_BY_HEADER = 10  # sheets whose names say nothing, looked at for a goals/KPIs/budgets header
OUR_SHEETS = schema.OTHER_TEMPLATE_SHEETS
PACKAGE_PARTS = (CONTENT_TYPES, PACKAGE_RELS)
LOAD_LANES = 2  # sheets calamine loads at once, each on a book of its own
SHARED_PART_NAMES = ("sharedstrings.xml", "styles.xml")  # scanned (DTDs, size) before calamine reads them


def read_workbook(source: Source, *, limits: Limits | None = None, name: str | None = None,
                  on_sheet: Callable[[WorkbookData], None] | None = None,
                  told: WorkbookMap | None = None, lanes: int = LOAD_LANES) -> WorkbookData:
    """Read the Goals, KPIs, Budgets and Settings sheets of a workbook into records.

    ``on_sheet(data)`` is called after each sheet with the workbook as read so far. ``told``:
    the sheets and headers a user mapped (see :mod:`xlsmart.workbook.mapping`).

    Raises :class:`UnreadableWorkbook`, :class:`WorkbookTooLarge` or :class:`NoKnownSheets`
    with one line naming the cause; never anything else for a user's file.

    >>> data = read_workbook("workbook_templates/example-en.xlsx")  # doctest: +SKIP
    >>> data.sheets["goals"].records[0].row  # doctest: +SKIP
    5
    """
    label = name or (os.path.basename(os.fspath(source)) if isinstance(source, (str, os.PathLike)) else "the file")
    try:
        return _read_workbook(source, limits or Limits(), label, on_sheet, told or WorkbookMap(), lanes)
    except XlsmartError:
        raise
    except MemoryError:
        raise WorkbookTooLarge(f"{label} needs more memory to read than this machine has") from None
    except Exception as exc:  # a library choked on the file: still one line, naming it and the cause
        raise UnreadableWorkbook(_choked(label, exc)) from None
    except BaseException as exc:  # a Rust panic inside calamine is a BaseException
        if type(exc).__name__ != "PanicException":
            raise
        raise UnreadableWorkbook(_choked(label, exc)) from None


def _choked(label: str, exc: BaseException) -> str:
    cause = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
    return f"{label}: cannot read this workbook ({cause})"


def _read_workbook(source: Source, limits: Limits, label: str, on_sheet: Callable[[WorkbookData], None] | None,
                   told: WorkbookMap, lanes: int) -> WorkbookData:
    handle = _open_source(source, limits, label)
    try:
        archive = _open_zip(handle, label)
        with archive:
            check_archive(archive, limits, label=label)
            sheets, ignored = _recognised_parts(archive, label, told)
            # Settings first: the day and thresholds are known once the Goals sheet is read, so
            # judging goals can start while the other sheets are read. Sheets whose names say
            # nothing come last: a kind found by name is not taken by a header lookalike.
            role = {sheet: told.role(sheet) or sheet_role(sheet) for sheet in sheets}
            sheets = dict(sorted(sheets.items(), key=lambda item: (role[item[0]] != "settings", role[item[0]] is None)))
            allowance = ExpansionAllowance(limits, label)
            for part in archive.NameToInfo:
                if part in PACKAGE_PARTS or part.rpartition("/")[2].lower() in SHARED_PART_NAMES:  # wherever they sit
                    scan_part(archive, part, allowance)
            lanes = max(1, lanes) if threads_start() else 1
            with executor(lanes, "xlsmart-read") as loader:  # inline where threads cannot start (Pyodide)
                shapes, errors, refused, dated = {}, {}, False, _DatedCells(archive)
                books: list[Any] = []  # calamine's workbook, one per lane
                queue: deque[Future[Any]] = deque()  # sheets loading; popped, never held, once read
                for sheet_name, part in sheets.items():
                    scan = scan_part(archive, part, allowance, worksheet=True)
                    _check_shape(scan.rows, scan.columns, sheet_name, limits, label)
                    shapes[sheet_name] = scan.rows * max(scan.columns, 1)
                    errors[sheet_name] = scan.errors
                    if scan.big and dated.beyond_dates(part):
                        shapes[sheet_name] = limits.max_grid_cells + 1  # calamine would panic: stream it
                    if len(queue) < lanes and not refused and shapes[sheet_name] <= limits.max_grid_cells:
                        # the first sheets load while the rest are scanned, each lane on a book of its own
                        book = _calamine_book(handle, source, label)
                        refused = book is None
                        if book is not None:
                            books.append(book)
                            queue.append(loader.submit(_load_sheet, book, sheet_name, label))
                        del book  # only ``books`` holds a book, so that each can go once no sheet is left for it
                # calamine refuses some workbooks Excel writes whole (an Excel 4 macro sheet, a
                # sheet entry without a link): then every sheet is streamed instead.
                gridded = [n for n in sheets if shapes[n] <= limits.max_grid_cells and not refused]
                loads = _loads_ahead(loader, books, gridded, queue, label)
                inputs = (
                    _calamine_sheet(next(loads), n, errors[n]) if n in gridded
                    else SheetRows(n, _streamed_rows(handle, n, label))
                    for n in sheets
                )
                try:
                    data = workbook_from_sheets(inputs, name=label, on_sheet=on_sheet, told=told)
                    data.ignored = {**{n: why for n, why in ignored.items() if n not in sheets}, **data.ignored}
                    if not data.sheets:
                        raise NoKnownSheets(no_known_sheets(label, data.ignored))
                    if problem := no_readable_sheet(label, data):
                        raise NoKnownSheets(problem)
                    return data
                except XlsmartError:
                    raise
                except Exception as exc:  # a value the native reader cannot convert: one line, no traceback
                    raise UnreadableWorkbook(f"{label}: cannot read a sheet: {exc}".splitlines()[0]) from None
    finally:
        handle.close()


def _open_source(source: Source, limits: Limits, label: str) -> IO[bytes]:
    """A seekable binary handle on the source, refused early if it is too large or not a zip."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        handle: IO[bytes] = io.BytesIO(bytes(source))
    elif isinstance(source, (str, os.PathLike)):
        try:
            handle = open(source, "rb")  # noqa: SIM115 - closed by read_workbook
        except OSError as exc:
            raise UnreadableWorkbook(f"cannot open {label}: {exc.strerror or exc}") from None
    else:
        data = source.read(limits.max_file_bytes + 1)
        handle = io.BytesIO(data)
    size = handle.seek(0, io.SEEK_END)
    if size > limits.max_file_bytes:
        handle.close()
        raise WorkbookTooLarge(f"{label} is {size / 2**20:,.0f} MB (limit {limits.max_file_bytes / 2**20:,.0f} MB)")
    handle.seek(0)
    # An OLE directory can sit anywhere in the first sectors: give sniff enough to find it.
    head = handle.read(min(size, 1 << 20))
    handle.seek(0)
    try:
        sniff(head, label=label)
    except UnreadableWorkbook:
        handle.close()
        raise
    return handle


def _open_zip(handle: IO[bytes], label: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise UnreadableWorkbook(f"{label} is a damaged or truncated zip ({exc}): not a readable workbook") from None


def _recognised_parts(archive: zipfile.ZipFile, label: str,
                      told: WorkbookMap) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """Sheet name -> worksheet part, for the sheets we read (Goals/KPIs/Budgets/Settings)."""
    names = archive.NameToInfo
    if "mimetype" in names and b"opendocument" in archive.read("mimetype"):
        raise UnreadableWorkbook(f"{label} is an OpenDocument spreadsheet (.ods): save it as .xlsx")
    package_rels = parse_safely(archive, PACKAGE_RELS, label) if PACKAGE_RELS in names else None
    workbook_part = main_part(package_rels)
    if workbook_part.lower().endswith(".bin"):
        raise UnreadableWorkbook(f"{label} is a binary workbook (.xlsb): open it in Excel and save it as .xlsx or .xlsm")
    if workbook_part not in names:
        if "Index/Document.iwa" in names or any(n.startswith("Index/") and n.endswith(".iwa") for n in names):
            raise UnreadableWorkbook(f"{label} is an Apple Numbers file: export it from Numbers as Excel (.xlsx)")
        raise UnreadableWorkbook(f"{label} is a zip file but not an Excel workbook (no xl/workbook.xml)")
    workbook = parse_safely(archive, workbook_part, label)
    rels_part = rels_part_of(workbook_part)
    if rels_part not in names:
        raise UnreadableWorkbook(f"{label} is damaged: {rels_part} is missing")
    entries = sheet_entries(workbook, parse_safely(archive, rels_part, label), workbook_part) or []
    located = {entry.name: entry.link.part for entry in entries  # sheet name -> the part it links to
               if entry.link is not None and entry.link.part in names}
    chosen, ignored = choose_sheets(located, told)
    parts = {name: located[name] for name in chosen}
    if not set(chosen.values()) >= set(schema.SHEET_BY_KIND):  # a kind not found by name: perhaps by header
        others = [name for name, (why, _) in ignored.items() if why == "other" and name not in OUR_SHEETS]
        parts.update((name, located[name]) for name in others[:MAX_SHEETS_BY_HEADER])
    if not parts:
        raise NoKnownSheets(no_known_sheets(label, located))
    return parts, ignored


class _DatedCells:
    """Whether a worksheet holds a date-formatted value beyond any date (10^11 days and more):
    calamine panics converting one, where openpyxl gives the cell as an error. Looked at only
    for a sheet whose scan saw such a large value at all, so the styles are read only then."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self._styles: frozenset[int] | None = None

    def beyond_dates(self, part: str) -> bool:
        styles = self.styles
        if not styles:
            return False
        data = self.archive.read(part)
        for value in BIG_VALUES.finditer(data):
            at = max(data.rfind(b"<c ", 0, value.start()), data.rfind(b":c ", 0, value.start()))  # its cell's tag
            style = _STYLE.search(data, at, data.find(b">", at)) if at >= 0 else None
            if style and int(style.group(1)) in styles:
                return True
        return False

    @property
    def styles(self) -> frozenset[int]:
        if self._styles is None:
            parts = [n for n in self.archive.NameToInfo if n.rpartition("/")[2].lower() == "styles.xml"]
            self._styles = date_styles(self.archive.read(parts[0])) if parts else frozenset()
        return self._styles


_STYLE = re.compile(rb"""\ss\s*=\s*["'](\d+)""")


def _check_shape(rows: int, columns: int, sheet: str, limits: Limits, label: str) -> None:
    if rows > limits.max_rows:
        raise WorkbookTooLarge(f"{label}: sheet {sheet!r} has {rows:,} rows (limit {limits.max_rows:,})")
    if columns > limits.max_columns:
        raise WorkbookTooLarge(f"{label}: sheet {sheet!r} has {columns:,} columns (limit {limits.max_columns:,})")


def _calamine_book(handle: IO[bytes], source: Source, label: str) -> Any:
    """calamine's workbook: on the path when there is one (no copy of the file in memory); None
    when calamine refuses a workbook only it cannot read, or is not installed (the ``fast`` extra):
    the sheets are then streamed through openpyxl, with the same records."""
    try:
        import python_calamine
    except ImportError:
        return None

    try:
        if isinstance(source, (str, os.PathLike)):
            return python_calamine.CalamineWorkbook.from_path(os.fspath(source))
        handle.seek(0)
        return python_calamine.CalamineWorkbook.from_filelike(handle)
    except python_calamine.PasswordError:
        raise UnreadableWorkbook(f"{label} is password-protected: remove the password and try again") from None
    except Exception as exc:  # calamine's errors share no base class
        if _CALAMINE_ONLY.search(str(exc)):
            return None  # the other reader decides
        raise UnreadableWorkbook(f"{label}: cannot read the workbook: {exc}".splitlines()[0]) from None


# What calamine refuses in a workbook that is otherwise fine (openpyxl reads these).
_CALAMINE_ONLY = re.compile(r"Unrecognized sheet|Relationship not found|sheet:type", re.I)


def _loads_ahead(loader: Executor, books: list[Any], names: list[str], queue: deque[Future[Any]],
                 label: str) -> Iterator[Any]:
    """Each sheet loaded by calamine, the next ones loading while this one becomes records.

    calamine parses a sheet without holding the GIL, so on other cores the next sheets' parse
    costs no wall time. ``queue`` holds the loads already started, one per book (a calamine
    book serves one thread at a time). With one book the next sheet loads while this one
    becomes records; with more, a sheet's book takes the next sheet once the sheet has become
    records. Either way at most two loaded sheets are alive, which bounds memory. Futures are
    popped, never kept in a variable: a Future holds its result, and a sheet's native memory
    must go as soon as its last row is read.
    """
    following = len(queue)
    while queue:
        if len(books) == 1 and len(queue) == 1 and following < len(names):  # queued behind this one
            queue.append(loader.submit(_load_sheet, books[0], names[following], label))
            following += 1
        if following >= len(names) and books:
            # No book takes another sheet: each goes as soon as its last load is done, and with it
            # its copy of the shared strings (27 MB a book for 300,000 texts), handed back at once.
            books.clear()
            give_back_memory()
        yield queue.popleft().result()
        if len(books) > 1 and following < len(names):  # the sheet just read is records now: its book loads the next
            queue.append(loader.submit(_load_sheet, books[following % len(books)], names[following], label))
            following += 1


def _load_sheet(book: Any, sheet: str, label: str) -> Any:
    try:
        return book.get_sheet_by_name(sheet)
    except Exception as exc:  # calamine's errors share no base class; each means "cannot read"
        raise UnreadableWorkbook(f"{label}: cannot read sheet {sheet!r}: {exc}".splitlines()[0]) from None


def _calamine_sheet(data: Any, sheet: str, errors: dict[tuple[int, int], str]) -> SheetRows:
    if data.start is None:
        return SheetRows(sheet, [])
    merged = [(r0 + 1, c0 + 1, r1 + 1, c1 + 1) for (r0, c0), (r1, c1) in (data.merged_cell_ranges or [])]
    # iter_rows yields rows from row 1 but columns from the used range's first column (0.9).
    first_col = data.start[1] + 1
    rows = _released(data.iter_rows())
    return SheetRows(sheet, _with_errors(rows, errors, first_col) if errors else rows, 1, first_col, merged)


def _released(rows: Iterator[Sequence[Any]]) -> Iterator[Sequence[Any]]:
    """A calamine sheet's rows; its native memory goes back to the system after the last one."""
    yield from rows
    del rows
    give_back_memory()


def _with_errors(rows: Iterator[Sequence[Any]], errors: dict[tuple[int, int], str], first_col: int) -> Iterator[Sequence[Any]]:
    """Put cached error values back where calamine left an empty cell."""
    by_row: dict[int, list[tuple[int, str]]] = {}
    for (at, col), code in errors.items():
        by_row.setdefault(at, []).append((col - first_col, code))
    for number, row in enumerate(rows, start=1):
        fixes = by_row.get(number)
        if not fixes:
            yield row
            continue
        fixed = list(row)
        for offset, code in fixes:
            if 0 <= offset < len(fixed) and fixed[offset] in ("", None):
                fixed[offset] = code
        yield fixed


def _streamed_rows(handle: IO[bytes], sheet: str, label: str) -> Iterator[Sequence[Any]]:
    """Rows of a sheet whose used range is too large to grid: stream, columns capped."""
    import openpyxl

    handle.seek(0)
    try:
        with warnings.catch_warnings():  # openpyxl's notes on what it drops are not the user's business
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        try:
            rows = book[sheet]
            rows.reset_dimensions()  # the stored <dimension> may be stale: read every row there is
            yield from rows.iter_rows(values_only=True, max_col=STREAMED_MAX_COLUMNS)
        finally:
            book.close()
    except (UnreadableWorkbook, WorkbookTooLarge):
        raise
    except Exception as exc:
        raise UnreadableWorkbook(f"{label}: cannot read sheet {sheet!r}: {exc}".splitlines()[0]) from None
