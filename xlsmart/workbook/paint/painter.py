"""Report -> a coloured copy of the workbook, changing only the parts that must change.

The promise: the input is never written, and every zip member the painter does not need to
change is copied as its original compressed bytes. Only ``xl/styles.xml`` (two fills and a few
clone cell formats, reused across runs), the worksheets whose rows change colour, the workbook's
sheet list and names, our Findings sheet and the notes of flagged cells are rewritten.
Worksheets are patched as streamed bytes by :mod:`xlsmart.workbook.paint.sheet_patch`, so a
100,000-row sheet is never built into a tree.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Union

from xlsmart import schema
from xlsmart.errors import OutputNotWritten
from xlsmart.model import Finding, Report
from xlsmart.runtime import Helpers
from xlsmart.workbook.ooxml.cells import cell_position, column_letter, quote_sheet, unquote_sheet
from xlsmart.workbook.ooxml.members import Deflated, copy_package, packed
from xlsmart.workbook.ooxml.names import CONTENT_TYPES
from xlsmart.workbook.ooxml.parts import rels_part_of
from xlsmart.workbook.ooxml.workbook import WorkbookParts
from xlsmart.workbook.ooxml.xml import parse_xml, to_bytes
from xlsmart.workbook.paint.findings_sheet import HEADINGS, clipped, findings_sheet_parts
from xlsmart.workbook.paint.notes import add_notes
from xlsmart.workbook.paint.sheet_jobs import SheetJob, patch_sheets
from xlsmart.workbook.paint.sheet_patch import clone_pattern, patch_sheet
from xlsmart.workbook.paint.styles import StylePalette, read_mapping

Source = Union[str, "os.PathLike[str]", bytes, bytearray, IO[bytes]]
Target = Union[str, "os.PathLike[str]", IO[bytes]]

_MERGE_CELL = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\sref="([A-Z]+\d+:[A-Z]+\d+)"')
NOTE_LIMIT = 1_000  # flagged cells on one sheet up to which each gets a note with its reasons
STYLES_NAME = "_xlsmart_styles"  # hidden defined name: our clone xf -> the user's original xf
FINDINGS_NAME = "_xlsmart_findings"  # hidden defined name pointing at our Findings sheet



def paint(source: Source, report: Report, out: Target, *, lang: str | None = None, workers: int | None = 1,
          helpers: Helpers | None = None) -> None:
    """Write a copy of ``source`` with flagged rows coloured and a Findings sheet.

    Errors colour a record's table cells red, warnings amber (an error wins). Painting the
    output again replaces the previous colours and Findings sheet instead of adding to them.
    ``workers`` > 1 (or None: one per core) lets big worksheets be patched in helper processes;
    the copy is the same either way (see :mod:`xlsmart.workbook.paint.sheet_jobs`). ``helpers``: ones
    the caller forked early, to use first.

    >>> paint("goals.xlsx", report, "goals.checked.xlsx")  # doctest: +SKIP
    """
    lang = lang if lang in schema.LANGS else (report.lang if report.lang in schema.LANGS else "en")
    _refuse_same_file(source, out)
    with _opened(source) as handle, _spool_folder() as spool:
        archive = zipfile.ZipFile(handle)
        changed = _changed_parts(archive, report, lang, source, workers, helpers, spool)
        _write(archive, handle, changed, out)


def row_severities(report: Report) -> dict[str, dict[int, str]]:
    """Sheet name -> data row -> "error"/"warning" (an error wins), for rows inside a table.

    >>> from xlsmart.model import Severity, SheetData
    >>> layout = SheetData("goals", "Goals", 3, {"id": 1}, {"id": "ID"})
    >>> report = Report("f", [Finding("X1", Severity.WARNING, "Goals", 5, "", 0, "m"),
    ...                       Finding("X2", Severity.ERROR, "Goals", 5, "", 0, "m")], 1, "en", {"goals": layout})
    >>> row_severities(report)
    {'Goals': {5: 'error'}}
    """
    tables = {sheet.name: sheet.header_row for sheet in report.sheets.values()}
    rows: dict[str, dict[int, str]] = {}
    for finding in report.findings:  # one pass over what may be 100,000s: no call a finding but the dict's
        header = tables.get(finding.sheet)
        if header is None or finding.row <= header:
            continue
        marks = rows.get(finding.sheet)
        if marks is None:
            marks = rows[finding.sheet] = {}
        if finding.severity == "error":  # Severity is a str: "==" compares in C
            marks[finding.row] = "error"
        elif finding.row not in marks:
            marks[finding.row] = "warning"
    return rows


def _changed_parts(archive: zipfile.ZipFile, report: Report, lang: str, source: Source,
                   workers: int | None, helpers: Helpers | None, spool: str | None) -> dict[str, bytes | Deflated]:
    """Part name -> its new bytes (or deflated member), for every part the copy changes."""
    book = WorkbookParts(archive)
    styles_part = book.linked_part("styles")
    styles_part = styles_part if styles_part in archive.NameToInfo else None
    palette = StylePalette(archive.read(styles_part), read_mapping(book.long_text(STYLES_NAME))) if styles_part else None
    findings_sheet = _our_findings_sheet(book, archive)
    changed: dict[str, bytes | Deflated] = {}
    streamed = _edit_sheets(archive, book, report, lang, palette, findings_sheet, changed)
    title, part = _place_findings_sheet(book, findings_sheet, lang)

    def write_findings_sheet() -> None:
        changed[part] = packed(findings_sheet_parts(report.findings, lang, book.ns), spool)

    if streamed and palette is not None:  # the Findings sheet is written while helpers patch
        changed.update(patch_sheets(archive, source, streamed, palette, workers, helpers, meanwhile=write_findings_sheet,
                                    spool=spool))
    else:
        write_findings_sheet()
    book.set_defined_name(FINDINGS_NAME, f"{quote_sheet(title, always=True)}!$A$1")
    if palette is not None and styles_part is not None:
        if palette.to_original:
            book.set_long_text(STYLES_NAME, palette.mapping_text())
        if palette.changed:
            changed[styles_part] = palette.to_bytes()
    for part_name, root in ((book.part, book.root), (book.rels_part, book.rels), (CONTENT_TYPES, book.types)):
        data = to_bytes(root)
        if part_name not in archive.NameToInfo or data != archive.read(part_name):
            changed[part_name] = data
    return changed


def _edit_sheets(archive: zipfile.ZipFile, book: WorkbookParts, report: Report, lang: str, palette: StylePalette | None,
                 findings_sheet: tuple[str, str] | None, changed: dict[str, bytes | Deflated]) -> list[SheetJob]:
    """Recolour, in sheet order, the worksheets that get notes or lose ours, and put their edits in
    ``changed``; the sheets left to stream (big ones without notes) are returned as jobs."""
    severities = row_severities(report) if palette else {}
    spans = {s.name: (s.first_col, s.last_col) for s in report.sheets.values()}
    clone_re = clone_pattern(palette)
    notes = cell_notes(report, lang)
    streamed: list[SheetJob] = []  # big sheets without notes: streamed, maybe in helper processes
    for name, part in book.sheets():
        if findings_sheet and part == findings_sheet[1]:
            continue
        marks = severities.get(name, {})
        span = spans.get(name, (1, 1))
        sheet_notes = notes.get(name, {})
        if sheet_notes or _has_comments(archive, part):  # notes to add or ours to remove: edit in memory
            data = archive.read(part)
            patched = patch_sheet(data, marks, span, palette) if palette and (marks or clone_re) else data
            sheet_notes = _onto_merged_anchors(sheet_notes, data)
            edit = add_notes(lambda n: _member(archive, changed, n), part, patched, sheet_notes, to_bytes(book.types))
            changed.update(edit.parts)
            if edit.content_types is not None:
                book.types = parse_xml(edit.content_types, CONTENT_TYPES)
            if edit.sheet_xml != data:
                changed[part] = edit.sheet_xml
        elif marks or clone_re is not None:
            streamed.append(SheetJob(part, marks, span))
    return streamed


def cell_notes(report: Report, lang: str) -> dict[str, dict[str, str]]:
    """Sheet name -> cell -> note text: the messages of the findings on that cell, one per line.

    A note helps someone walking through a few flagged cells; on a sheet with more than
    :data:`NOTE_LIMIT` of them the Findings sheet is the better guide, and that many notes
    would only weigh the file down, so such a sheet gets none.
    """
    tables = {sheet.name: sheet for sheet in report.sheets.values()}
    found: dict[str, dict[tuple[int, int], list[Finding]]] = {}  # by sheet and (column, row), for sheets that get notes
    too_many: set[str] = set()  # sheets past the limit: nothing is gathered for them
    for finding in report.findings:
        table = tables.get(finding.sheet)
        if table is None or finding.row <= table.header_row or finding.sheet in too_many:
            continue
        cells = found.setdefault(finding.sheet, {})
        key = (finding.column_index or table.first_col, finding.row)
        listed = cells.get(key)
        if listed is None:
            if len(cells) == NOTE_LIMIT:
                too_many.add(finding.sheet)
                del found[finding.sheet]
                continue
            listed = cells[key] = []
        listed.append(finding)
    return {sheet: {f"{column_letter(col)}{row}": clipped("\n".join(f"{f.code}: {f.message}" for f in listed))
                    for (col, row), listed in cells.items()}
            for sheet, cells in found.items()}


def _onto_merged_anchors(notes: dict[str, str], sheet_xml: bytes) -> dict[str, str]:
    """Notes on cells inside a merged range moved to its top-left cell, the only one Excel shows."""
    tail = sheet_xml[sheet_xml.rfind(b"sheetData>") :]  # mergeCells follow the rows
    ranges = [tuple(map(cell_position, ref.decode().split(":"))) for ref in _MERGE_CELL.findall(tail)]
    if not ranges:
        return notes
    moved: dict[str, list[str]] = {}
    for ref, text in sorted(notes.items(), key=lambda item: cell_position(item[0])):  # top to bottom
        row, col = cell_position(ref)  # 0-based
        anchor = next((f"{column_letter(c0 + 1)}{r0 + 1}" for (r0, c0), (r1, c1) in ranges
                       if r0 <= row <= r1 and c0 <= col <= c1), ref)
        if text not in moved.setdefault(anchor, []):
            moved[anchor].append(text)
    return {ref: clipped("\n".join(texts)) for ref, texts in moved.items()}


def _has_comments(archive: zipfile.ZipFile, sheet_part: str) -> bool:
    rels = rels_part_of(sheet_part)
    return rels in archive.NameToInfo and b"/comments" in archive.read(rels)


def _member(archive: zipfile.ZipFile, changed: dict[str, bytes | Deflated], name: str) -> bytes | None:
    """A member as the output will hold it so far: changed bytes first, else the original."""
    data = changed.get(name)
    if isinstance(data, bytes):
        return data
    return archive.read(name) if name in archive.NameToInfo else None


def _our_findings_sheet(book: WorkbookParts, archive: zipfile.ZipFile) -> tuple[str, str] | None:
    """Our Findings sheet from an earlier run: the sheet our hidden defined name points at, if
    its first row is the heading we write. A name alone proves nothing (anyone can define it),
    and the sheet it points at is replaced whole, so the sheet must be recognisably ours."""
    name = unquote_sheet((book.defined_name(FINDINGS_NAME) or "").rsplit("!", 1)[0])
    found = next(((n, p) for n, p in book.sheets() if n == name), None) if name else None
    if found is None or found[1] not in archive.NameToInfo:
        return None
    return found if _first_row_texts(archive, found[1], book.linked_part("sharedStrings")) in HEADINGS.values() else None


def _first_row_texts(archive: zipfile.ZipFile, part: str, shared: str | None) -> tuple[str, ...]:
    """The texts of a worksheet's first stored row: inline strings, or shared ones looked up."""
    with archive.open(part) as sheet:
        head = sheet.read(1 << 16)
    row = _FIRST_ROW.search(head)
    if row is None:
        return ()
    texts = []
    for cell in _CELL_TEXT.finditer(row.group(1)):
        kind, inline, value = cell.groups()
        if inline is not None:
            texts.append(inline.decode("utf-8", "replace"))
        elif kind == b"s" and value is not None and value.isdigit():
            texts.append(_shared_string(archive, shared, int(value)))
        else:
            texts.append("")
    return tuple(texts)


def _shared_string(archive: zipfile.ZipFile, part: str | None, index: int) -> str:
    """The ``index``-th shared string (an Excel-saved Findings sheet keeps its heading there)."""
    if part is None or part not in archive.NameToInfo or index > 10_000:
        return ""
    with archive.open(part) as strings:
        for at, item in enumerate(_SHARED_ITEM.finditer(strings.read(4 << 20))):
            if at == index:
                return "".join(t.decode("utf-8", "replace") for t in _TEXT.findall(item.group(1)))
    return ""


_FIRST_ROW = re.compile(rb"<(?:\w+:)?row\b[^>]*>(.*?)</(?:\w+:)?row>", re.S)
_CELL_TEXT = re.compile(rb'<(?:\w+:)?c\b(?=[^>]*?\st="(\w+)")?[^>]*?(?:/>|>(?:.*?<(?:\w+:)?t[^>]*>([^<]*)</(?:\w+:)?t>'
                        rb"|.*?<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>)?.*?</(?:\w+:)?c>)", re.S)
_SHARED_ITEM = re.compile(rb"<(?:\w+:)?si>(.*?)</(?:\w+:)?si>", re.S)
_TEXT = re.compile(rb"<(?:\w+:)?t[^>]*>([^<]*)</(?:\w+:)?t>")


def _place_findings_sheet(book: WorkbookParts, ours: tuple[str, str] | None, lang: str) -> tuple[str, str]:
    wanted = schema.FINDINGS_SHEET[lang]
    taken = {n.casefold() for n, _ in book.sheets()} - ({ours[0].casefold()} if ours else set())
    candidates = (wanted, f"{wanted} (xlsmart)", *(f"{wanted} (xlsmart {n})" for n in range(2, len(taken) + 3)))
    title = next(name for name in candidates if name.casefold() not in taken)  # sheet names are unique, case aside
    if ours is not None:
        if ours[0] != title:
            book.rename_sheet(ours[0], title)
        return title, ours[1]
    return title, book.add_sheet(title)


def _refuse_same_file(source: Source, out: Target) -> None:
    if not isinstance(source, (str, os.PathLike)) or not isinstance(out, (str, os.PathLike)):
        return
    if os.path.abspath(source) == os.path.abspath(out) or (os.path.exists(out) and os.path.samefile(source, out)):
        raise ValueError("paint() never overwrites its input: give another output path")


@contextmanager
def _opened(source: Source) -> Iterator[IO[bytes]]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        yield io.BytesIO(bytes(source))
    elif isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as handle:
            yield handle
    else:
        yield io.BytesIO(source.read())


@contextmanager
def _spool_folder() -> Iterator[str | None]:
    """A private folder, removed after, where big new members wait to be written (the Findings
    sheet, patched worksheets: a process holds none of them whole); None where no temporary
    folder can be made, and they wait in memory."""
    try:
        folder = tempfile.TemporaryDirectory(prefix="xlsmart-")
    except OSError:
        yield None
        return
    with folder as path:
        yield path


def _write(archive: zipfile.ZipFile, handle: IO[bytes], changed: dict[str, bytes | Deflated], out: Target) -> None:
    """Copy every member in order: raw bytes for unchanged ones, new bytes for the rest."""
    if not isinstance(out, (str, os.PathLike)):
        copy_package(archive, handle, changed, out)
        return
    shown, out = os.fspath(out), os.path.realpath(out)  # through a symlink: the link stays, its file gets the copy
    if os.path.exists(out) and not os.path.isfile(out):
        raise OutputNotWritten(f"cannot write the coloured copy to {shown}: not a regular file (a folder, device or pipe)")
    directory = os.path.dirname(out)
    temp = None
    try:
        fd, temp = tempfile.mkstemp(suffix=".xlsx.part", dir=directory)
        os.chmod(temp, 0o666 & ~_umask())  # mkstemp's 0600 is for secrets; a copy is a normal file
        with os.fdopen(fd, "wb") as target:
            copy_package(archive, handle, changed, target)
        os.replace(temp, out)  # readers never see a half-written workbook
    except OSError as error:
        raise OutputNotWritten(f"cannot write the coloured copy {shown}: {error.strerror or error}") from error
    finally:
        if temp is not None and os.path.exists(temp):
            os.unlink(temp)


def _umask() -> int:
    """The process's file-creation mask (reading it means setting it: set it straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
