"""Report -> a coloured copy of the workbook, changing only the parts that must change.

The promise: the input is never written, and every zip member the painter does not need to
change is copied as its original compressed bytes. Only ``xl/styles.xml`` (two fills and a few
clone cell formats, reused across runs), the worksheets whose rows change colour, the workbook's
sheet list and names, and our Findings sheet are rewritten. Worksheets are patched as bytes,
one ``<row>`` at a time, so a 100,000-row sheet is never built into a tree.
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

from xlsmart.rules.model import Finding, Report, column_letter
from xlsmart.workbook import schema
from xlsmart.workbook.notes import add_notes
from xlsmart.workbook.xlsx_parts import (
    FINDINGS_NAME,
    STYLES_NAME,
    StylePalette,
    WorkbookParts,
    Deflated,
    copy_raw,
    deflate,
    parse_xml,
    write_deflated,
    read_mapping,
    to_bytes,
)

Source = Union[str, "os.PathLike[str]", bytes, bytearray, IO[bytes]]
Target = Union[str, "os.PathLike[str]", IO[bytes]]

_NAME = rb"(?:[A-Za-z_][\w.-]*:)?"
_SHEET_DATA = re.compile(rb"<(" + _NAME + rb")sheetData\b[^>]*?(/?)>")
_ROW = re.compile(rb"<" + _NAME + rb"row\b([^>]*?)(?:/>|>(.*?)</" + _NAME + rb"row>)", re.S)
# A cell's start tag (its contents hold no "<c"): column letters of r= (1), the s= value (2), the
# attributes (3); the lookaheads read r= and s= wherever they sit among the attributes.
_CELL_TAG = re.compile(rb"<" + _NAME + rb'c\b(?=[^>]*?\sr="([A-Z]*)\d*")?(?=[^>]*?\ss="(\d+)")?([^>]*?)/?>')
_COL = re.compile(rb"<" + _NAME + rb"col\b([^>]*?)/?>")
_R = re.compile(rb'\sr="([A-Z]*)(\d*)"')
_S = re.compile(rb'\ss="(\d+)"')
_SPANS = re.compile(rb'\sspans="[^"]*"')
_ATTR = re.compile(rb'\s(min|max|style)="(\d+)"')
_BAD_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
BIG_PART = 1 << 20  # parts larger than this are deflated at level 1: deflate dominates the time
CHUNK = 4 << 20  # worksheets are patched as they are inflated, this many bytes at a time
NOTE_LIMIT = 1_000  # flagged cells on one sheet up to which each gets a note with its reasons

HEADINGS = {
    "en": ("Sheet", "Cell", "Code", "Severity", "Message"),
    "nl": ("Blad", "Cel", "Code", "Ernst", "Melding"),
}
SEVERITY_WORDS = {"en": {"error": "error", "warning": "warning"}, "nl": {"error": "fout", "warning": "waarschuwing"}}


def paint(source: Source, report: Report, out: Target, *, lang: str | None = None) -> None:
    """Write a copy of ``source`` with flagged rows coloured and a Findings sheet.

    Errors colour a record's table cells red, warnings amber (an error wins). Painting the
    output again replaces the previous colours and Findings sheet instead of adding to them.

    >>> paint("goals.xlsx", report, "goals.checked.xlsx")  # doctest: +SKIP
    """
    lang = lang if lang in schema.LANGS else (report.lang if report.lang in schema.LANGS else "en")
    _refuse_same_file(source, out)
    with _opened(source) as handle:
        archive = zipfile.ZipFile(handle)
        changed = _changed_parts(archive, report, lang)
        _write(archive, handle, changed, out)


def row_severities(report: Report) -> dict[str, dict[int, str]]:
    """Sheet name -> data row -> "error"/"warning" (an error wins), for rows inside a table.

    >>> from xlsmart.rules.model import Severity, SheetData
    >>> layout = SheetData("goals", "Goals", 3, {"id": 1}, {"id": "ID"})
    >>> report = Report("f", [Finding("X1", Severity.WARNING, "Goals", 5, "", 0, "m"),
    ...                       Finding("X2", Severity.ERROR, "Goals", 5, "", 0, "m")], 1, "en", {"goals": layout})
    >>> row_severities(report)
    {'Goals': {5: 'error'}}
    """
    tables = {sheet.name: sheet.header_row for sheet in report.sheets.values()}
    rows: dict[str, dict[int, str]] = {}
    for finding in report.findings:
        header = tables.get(finding.sheet)
        if header is None or finding.row <= header:
            continue
        marks = rows.setdefault(finding.sheet, {})
        if marks.get(finding.row) != "error":
            marks[finding.row] = str(finding.severity)
    return rows


def _changed_parts(archive: zipfile.ZipFile, report: Report, lang: str) -> dict[str, bytes | Deflated]:
    book = WorkbookParts(archive)
    styles_part = "xl/styles.xml" if "xl/styles.xml" in archive.NameToInfo else None
    palette = StylePalette(archive.read(styles_part), read_mapping(book.defined_name(STYLES_NAME))) if styles_part else None
    severities = row_severities(report) if palette else {}
    spans = {s.name: (s.first_col, s.last_col) for s in report.sheets.values()}
    findings_sheet = _our_findings_sheet(book)
    changed: dict[str, bytes | Deflated] = {}
    clone_re = _clone_pattern(palette)
    notes = cell_notes(report, lang)
    for name, part in book.sheets():
        if findings_sheet and part == findings_sheet[1]:
            continue
        marks = severities.get(name, {})
        span = spans.get(name, (1, 1))
        sheet_notes = notes.get(name, {})
        if sheet_notes or _has_comments(archive, part):  # notes to add or ours to remove: edit in memory
            data = archive.read(part)
            patched = patch_sheet(data, marks, span, palette) if palette and (marks or clone_re) else data
            edit = add_notes(lambda n: _member(archive, changed, n), part, patched, sheet_notes, to_bytes(book.types))
            changed.update(edit.parts)
            if edit.content_types is not None:
                book.types = parse_xml(edit.content_types, "[Content_Types].xml")
            if edit.sheet_xml != data:
                changed[part] = edit.sheet_xml
        elif marks or clone_re is not None:
            streamed = _patch_part(archive, part, marks, span, palette)  # type: ignore[arg-type]
            if streamed is not None:
                changed[part] = streamed
    title, part = _place_findings_sheet(book, findings_sheet, lang)
    changed[part] = findings_sheet_xml(report.findings, lang)
    book.set_defined_name(FINDINGS_NAME, f"{_quote_sheet(title)}!$A$1")
    if palette is not None:
        if palette.to_original:
            book.set_defined_name(STYLES_NAME, f'"{palette.mapping_text()}"')
        if palette.changed:
            changed[styles_part] = palette.to_bytes()  # type: ignore[index]
    for part_name, root in ((book.part, book.root), (book.rels_part, book.rels), ("[Content_Types].xml", book.types)):
        data = to_bytes(root)
        if part_name not in archive.NameToInfo or data != archive.read(part_name):
            changed[part_name] = data
    return changed


def cell_notes(report: Report, lang: str) -> dict[str, dict[str, str]]:
    """Sheet name -> cell -> note text: the messages of the findings on that cell, one per line.

    A note helps someone walking through a few flagged cells; on a sheet with more than
    :data:`NOTE_LIMIT` of them the Findings sheet is the better guide, and that many notes
    would only weigh the file down, so such a sheet gets none.
    """
    tables = {sheet.name: sheet for sheet in report.sheets.values()}
    notes: dict[str, dict[str, list[str]]] = {}
    for finding in report.findings:
        table = tables.get(finding.sheet)
        if table is None or finding.row <= table.header_row:
            continue
        ref = f"{column_letter(finding.column_index or table.first_col)}{finding.row}"
        notes.setdefault(finding.sheet, {}).setdefault(ref, []).append(f"{finding.code}: {finding.message}")
    return {sheet: {ref: "\n".join(lines) for ref, lines in cells.items()}
            for sheet, cells in notes.items() if len(cells) <= NOTE_LIMIT}


def _has_comments(archive: zipfile.ZipFile, sheet_part: str) -> bool:
    rels = "{0}/_rels/{1}.rels".format(*sheet_part.rsplit("/", 1))
    return rels in archive.NameToInfo and b"/comments" in archive.read(rels)


def _member(archive: zipfile.ZipFile, changed: dict[str, bytes | Deflated], name: str) -> bytes | None:
    """A member as the output will hold it so far: changed bytes first, else the original."""
    data = changed.get(name)
    if isinstance(data, bytes):
        return data
    return archive.read(name) if name in archive.NameToInfo else None


def _our_findings_sheet(book: WorkbookParts) -> tuple[str, str] | None:
    """Our Findings sheet from an earlier run, found through our hidden defined name."""
    ref = book.defined_name(FINDINGS_NAME) or ""
    name = ref.rsplit("!", 1)[0]
    if name.startswith("'"):
        name = name[1:-1].replace("''", "'")
    return next(((n, p) for n, p in book.sheets() if n == name), None) if name else None


def _place_findings_sheet(book: WorkbookParts, ours: tuple[str, str] | None, lang: str) -> tuple[str, str]:
    wanted = schema.FINDINGS_SHEET[lang]
    taken = {n.casefold() for n, _ in book.sheets()} - ({ours[0].casefold()} if ours else set())
    title = wanted if wanted.casefold() not in taken else f"{wanted} (xlsmart)"
    if ours is not None:
        if ours[0] != title:
            book.rename_sheet(ours[0], title)
        return title, ours[1]
    return title, book.add_sheet(title)


def _patch_part(archive: zipfile.ZipFile, part: str, marks: dict[int, str], span: tuple[int, int],
                palette: StylePalette) -> Deflated | None:
    """Stream one worksheet through the patcher into a deflated member; None if nothing changed."""
    patcher = SheetPatcher(marks, span, palette)
    with archive.open(part) as stream:
        deflated = deflate(patcher.feed_all(iter(lambda: stream.read(CHUNK), b"")))
    return deflated if patcher.changed else None


def _clone_pattern(palette: StylePalette | None) -> re.Pattern[bytes] | None:
    if palette is None or not palette.to_original:
        return None
    ids = b"|".join(str(i).encode() for i in sorted(palette.to_original))
    return re.compile(rb'\ss="(?:' + ids + rb')"')


def patch_sheet(
    data: bytes,
    marks: dict[int, str],
    span: tuple[int, int],
    palette: StylePalette,
) -> bytes:
    """Worksheet XML with marked rows painted within ``span`` and our old paint elsewhere undone.

    Only rows that are marked or carry one of our clone styles are rewritten; every other byte
    is kept. Rows and cells without ``r=`` and prefixed tags (``x:row``) are understood.
    """
    return b"".join(SheetPatcher(marks, span, palette).feed_all([data]))


class SheetPatcher:
    """Patch a worksheet streamed in chunks, so a 100,000-row sheet is never held whole.

    Each chunk is cut at the last row that starts in it; the complete rows before the cut are
    patched. Where every row opens as ``<row r="N"`` (what Excel, LibreOffice and openpyxl
    write), the patcher jumps to the rows it must change with ``bytes.find``; anything else
    goes through the general row-by-row walk.
    """

    def __init__(self, marks: dict[int, str], span: tuple[int, int], palette: StylePalette) -> None:
        self.marks, self.span, self.palette = marks, span, palette
        self.flagged = sorted(marks)
        self.next_flag = 0  # index into flagged of the first flag not yet written
        self.row_no = 0  # number of the last row seen
        self.clone_re = _clone_pattern(palette)
        self.changed = False

    def feed_all(self, chunks: Iterator[bytes] | list[bytes]) -> Iterator[bytes]:
        """Yield the patched document for the document given in ``chunks``."""
        buffer, found = b"", None
        chunks = iter(chunks)
        for chunk in chunks:  # the head: everything up to and including <sheetData>
            buffer += chunk
            found = _SHEET_DATA.search(buffer)
            if found:
                break
        if found is None:  # no sheetData at all: nothing to paint
            yield buffer
            return
        self.prefix = found.group(1)
        self.col_styles = _column_styles(buffer[: found.start()])
        self.context = (self.prefix, self.span, self.palette, self.col_styles)
        close = b"</" + self.prefix + b"sheetData>"
        if found.group(2):  # <sheetData/>: nothing stored yet
            yield buffer[: found.start()] + b"<" + self.prefix + b"sheetData>"
            yield self._rest()
            yield close + buffer[found.end():]
            yield from chunks
            return
        yield buffer[: found.end()]
        buffer = buffer[found.end():]
        row_open = b"<" + self.prefix + b"row"
        for chunk in chunks:
            buffer += chunk
            end = buffer.find(close)
            if end >= 0:
                break
            cut = buffer.rfind(row_open)
            if cut > 0:
                yield self._rows(buffer[:cut])
                buffer = buffer[cut:]
        end = buffer.find(close)
        if end < 0:
            raise ValueError("worksheet XML ends inside <sheetData>")
        yield self._rows(buffer[:end])
        yield self._rest()
        yield buffer[end:]
        yield from chunks

    def _rest(self) -> bytes:
        """New rows for the marked rows that lie beyond the last stored row."""
        rest = [_new_row(n, self.marks[n], self.context) for n in self.flagged[self.next_flag:]]
        self.next_flag = len(self.flagged)
        self.changed = self.changed or bool(rest)
        return b"".join(rest)

    def _rows(self, segment: bytes) -> bytes:
        if not segment:
            return segment
        fast = self._rows_fast(segment) if not self.prefix else None
        return fast if fast is not None else self._rows_walk(segment)

    def _rows_fast(self, segment: bytes) -> bytes | None:
        """Patch by jumping to the rows that change; None when the rows are not all ``<row r="N"``."""
        rows = segment.count(b"<row")  # inside sheetData only rows open with it
        if rows == 0 or rows != segment.count(b'<row r="'):
            return None
        first = int(segment[8 : segment.index(b'"', 8)]) if segment.startswith(b'<row r="') else None
        last_at = segment.rindex(b'<row r="')
        last = int(segment[last_at + 8 : segment.index(b'"', last_at + 8)])
        if first is None or first <= self.row_no or last < first:
            return None
        if self.next_flag < len(self.flagged) and self.flagged[self.next_flag] < first:
            return None  # a marked row missing before this segment: the walk inserts it
        targets = set()
        while self.next_flag < len(self.flagged) and self.flagged[self.next_flag] <= last:
            targets.add(self.flagged[self.next_flag])
            self.next_flag += 1
        if self.clone_re is not None:
            for clone in self.clone_re.finditer(segment):
                at = segment.rfind(b'<row r="', 0, clone.start())
                targets.add(int(segment[at + 8 : segment.index(b'"', at + 8)]))
        out, pos = [], 0
        for number in sorted(targets):
            at = segment.find(b'<row r="%d"' % number, pos)
            row = _ROW.match(segment, at) if at >= 0 else None
            if row is None:  # a marked row that is not stored: walk this segment instead
                return self._walk_from(segment, out, pos, number)
            out += [segment[pos:at], self._patched(row, number)]
            pos = row.end()
        self.row_no = last
        out.append(segment[pos:])
        return b"".join(out)

    def _walk_from(self, segment: bytes, out: list[bytes], pos: int, number: int) -> bytes:
        self.next_flag = next((i for i, n in enumerate(self.flagged) if n >= number), len(self.flagged))
        prior = segment.rfind(b'<row r="', 0, pos) if pos else -1
        self.row_no = int(segment[prior + 8 : segment.index(b'"', prior + 8)]) if prior >= 0 else self.row_no
        return b"".join(out) + self._rows_walk(segment[pos:])

    def _rows_walk(self, segment: bytes) -> bytes:
        """The general walk: every row, with or without ``r=``, prefixed or not."""
        flagged, marks = self.flagged, self.marks
        out: list[bytes] = []
        pos = 0
        for row in _ROW.finditer(segment):
            ref = _R.search(row.group(1))
            self.row_no = row_no = int(ref.group(2)) if ref and ref.group(2) else self.row_no + 1
            missing = []
            while self.next_flag < len(flagged) and flagged[self.next_flag] < row_no:
                missing.append(_new_row(flagged[self.next_flag], marks[flagged[self.next_flag]], self.context))
                self.next_flag += 1
            if missing:
                self.changed = True
            if marks.get(row_no):
                self.next_flag += 1
            elif not (self.clone_re and self.clone_re.search(segment, row.start(), row.end())):
                if missing:
                    out += [segment[pos : row.start()], *missing]
                    pos = row.start()
                continue
            out += [segment[pos : row.start()], *missing, self._patched(row, row_no)]
            pos = row.end()
        out.append(segment[pos:])
        return b"".join(out)

    def _patched(self, row: re.Match[bytes], row_no: int) -> bytes:
        patched = _patch_row(row, row_no, self.marks.get(row_no), self.context)
        if patched is not row.group(0):
            self.changed = True
        return patched


_Context = tuple[bytes, tuple[int, int], StylePalette, dict[int, int]]


def _patch_row(row: re.Match[bytes], row_no: int, severity: str | None, context: _Context) -> bytes:
    """One row with its table cells given ``severity``'s fill and our fill elsewhere undone.

    Only cell start tags are visited; cell contents are copied as slices between them.
    """
    prefix, (first, last), palette, col_styles = context
    attrs, body = row.group(1), row.group(2) or b""
    base_row_style = _S.search(attrs) if b'customFormat="1"' in attrs else None
    out: list[bytes] = []
    pos, col, want = 0, 0, first  # want: the next table column that still needs a cell
    memo = palette.memo
    for tag in _CELL_TAG.finditer(body):
        letters, digits = tag.group(1, 2)
        col = _column_index(letters) if letters else col + 1
        if severity and want < col and want <= last:
            out += [body[pos : tag.start()],
                    *(_new_cell(prefix, c, row_no, severity, base_row_style, context) for c in range(want, min(col, last + 1)))]
            pos = tag.start()
        if severity:
            want = max(want, col + 1)
        current = int(digits) if digits else 0
        key = (current, severity if severity and first <= col <= last else None)
        wanted = memo.get(key)
        if wanted is None:
            wanted = memo[key] = palette.target(current, severity) if key[1] else palette.original(current)
        if wanted != current:
            if digits:
                out += [body[pos : tag.start(2)], b"%d" % wanted]
                pos = tag.end(2)
            else:
                out += [body[pos : tag.end(3)], b' s="%d"' % wanted]
                pos = tag.end(3)
    if severity and want <= last:
        out += [body[pos:], *(_new_cell(prefix, c, row_no, severity, base_row_style, context) for c in range(want, last + 1))]
        pos = len(body)
    if not out:
        return row.group(0)
    out.append(body[pos:])
    new_body = b"".join(out)
    if len(new_body) != len(body) and _SPANS.search(attrs):  # spans is a hint; a stale one misleads
        attrs = _SPANS.sub(b"", attrs)
    return b"<" + prefix + b"row" + attrs + b">" + new_body + b"</" + prefix + b"row>"


def _new_cell(prefix: bytes, col: int, row_no: int, severity: str, row_style: re.Match[bytes] | None, context: _Context) -> bytes:
    _p, _span, palette, col_styles = context
    base = int(row_style.group(1)) if row_style else col_styles.get(col, 0)
    ref = f"{column_letter(col)}{row_no}".encode()
    return b"<" + prefix + b'c r="' + ref + b'" s="%d"/>' % palette.target(base, severity)


def _new_row(row_no: int, severity: str, context: _Context) -> bytes:
    prefix, (first, last), _palette, _cols = context
    cells = b"".join(_new_cell(prefix, c, row_no, severity, None, context) for c in range(first, last + 1))
    return b"<" + prefix + b'row r="%d">' % row_no + cells + b"</" + prefix + b"row>"


def _column_styles(head: bytes) -> dict[int, int]:
    styles: dict[int, int] = {}
    for col in _COL.finditer(head):
        attrs = dict(_ATTR.findall(col.group(1)))
        if b"style" in attrs:
            for index in range(int(attrs.get(b"min", b"1")), min(int(attrs.get(b"max", b"1")), 16384) + 1):
                styles[index] = int(attrs[b"style"])
    return styles


def _column_index(letters: bytes) -> int:
    index = 0
    for byte in letters:
        index = index * 26 + byte - 64
    return index


def findings_sheet_xml(findings: list[Finding], lang: str) -> bytes:
    """The Findings sheet: one row per finding, the cell a link to the cell it names.

    Inline strings and cached formula results keep sharedStrings.xml untouched and let
    readers that do not calculate (pandas, calamine) see the text.
    """
    words = SEVERITY_WORDS[lang]
    rows = [_text_row(1, HEADINGS[lang])]
    for number, finding in enumerate(findings, start=2):
        target = f"{_quote_sheet(finding.sheet)}!{column_letter(finding.column_index or 1)}{max(finding.row, 1)}"
        shown = finding.cell if finding.row >= 1 else f"{finding.sheet}"
        link = 'HYPERLINK("#{}","{}")'.format(target.replace('"', '""'), shown.replace('"', '""'))
        cells = [
            _text_cell(f"A{number}", finding.sheet),
            f'<c r="B{number}" t="str"><f>{_esc(link)}</f><v>{_esc(shown)}</v></c>',
            _text_cell(f"C{number}", finding.code),
            _text_cell(f"D{number}", words.get(str(finding.severity), str(finding.severity))),
            _text_cell(f"E{number}", finding.message),
        ]
        rows.append(f'<row r="{number}">{"".join(cells)}</row>')
    last = len(findings) + 1
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<dimension ref="A1:E{last}"/>'
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
        'state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
        '<cols><col min="1" max="1" width="18" customWidth="1"/><col min="2" max="2" width="16" customWidth="1"/>'
        '<col min="3" max="3" width="24" customWidth="1"/><col min="4" max="4" width="12" customWidth="1"/>'
        '<col min="5" max="5" width="100" customWidth="1"/></cols>'
        f'<sheetData>{"".join(rows)}</sheetData></worksheet>'
    )
    return xml.encode("utf-8")


def _text_row(number: int, texts: tuple[str, ...]) -> str:
    cells = "".join(_text_cell(f"{column_letter(i)}{number}", t) for i, t in enumerate(texts, start=1))
    return f'<row r="{number}">{cells}</row>'


def _text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_esc(text)}</t></is></c>'


def _esc(text: str) -> str:
    text = _BAD_XML_CHARS.sub("", str(text))
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _quote_sheet(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def _refuse_same_file(source: Source, out: Target) -> None:
    if isinstance(source, (str, os.PathLike)) and isinstance(out, (str, os.PathLike)):
        if os.path.abspath(source) == os.path.abspath(out) or (
            os.path.exists(out) and os.path.samefile(source, out)
        ):
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


def _write(archive: zipfile.ZipFile, handle: IO[bytes], changed: dict[str, bytes], out: Target) -> None:
    """Copy every member in order: raw bytes for unchanged ones, new bytes for the rest."""
    if not isinstance(out, (str, os.PathLike)):
        _write_zip(archive, handle, changed, out)
        return
    directory = os.path.dirname(os.path.abspath(out))
    fd, temp = tempfile.mkstemp(suffix=".xlsx.part", dir=directory)
    try:
        with os.fdopen(fd, "wb") as target:
            _write_zip(archive, handle, changed, target)
        os.replace(temp, out)  # readers never see a half-written workbook
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise


def _write_zip(archive: zipfile.ZipFile, handle: IO[bytes], changed: dict[str, bytes | Deflated],
               target: IO[bytes]) -> None:
    pending = dict(changed)
    with zipfile.ZipFile(target, "w", allowZip64=True) as output:
        for info in archive.infolist():
            data = pending.pop(info.filename, None)
            if data is None:
                copy_raw(handle, info, output)
            else:
                _write_member(output, info.filename, data, info.date_time)
        for name, data in pending.items():
            _write_member(output, name, data, (1980, 1, 1, 0, 0, 0))


def _write_member(output: zipfile.ZipFile, name: str, data: bytes | Deflated, date_time: tuple[int, ...]) -> None:
    if isinstance(data, Deflated):
        write_deflated(output, name, data, date_time)
        return
    info = zipfile.ZipInfo(name, date_time=date_time)  # type: ignore[arg-type]
    info.compress_type = zipfile.ZIP_DEFLATED
    output.writestr(info, data, compresslevel=1 if len(data) > BIG_PART else 6)
