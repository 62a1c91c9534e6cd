"""Patch one worksheet's XML as bytes: paint marked rows, undo our old paint, stream as you go.

A worksheet may hold 100,000 rows, so it is never parsed into a tree: :class:`SheetPatcher`
takes the inflated XML in chunks, cuts each at the last row that starts in it, and rewrites
only the rows it must change. Where every row opens as ``<row r="N"`` (what Excel,
LibreOffice and openpyxl write), it jumps to those rows with ``bytes.find``; anything else
(rows without ``r=``, prefixed tags such as ``x:row``) goes through the general row walk.
Cell styles come from the :class:`~xlsmart.workbook.paint.styles.StylePalette`: a clone of the
cell's own format with our fill, and back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from xlsmart.model import column_letter
from xlsmart.workbook.paint.row_patch import (
    COLUMNS_SEEN,
    SPANS_ATTR,
    STYLE_ATTR,
    column_index,
    column_styles,
    new_row,
    patch_row,
    plain_row,
    rows_in,
)
from xlsmart.workbook.paint.styles import StylePalette
from xlsmart.workbook.paint.xml_aside import put_back, set_aside

_NAME = rb"(?:[A-Za-z_][\w.-]*:)?"
_SHEET_DATA = re.compile(rb"<(" + _NAME + rb")sheetData\b[^>]*?(/?)>")
# The common layout split into the pieces a row template needs: letters (1), row digits (2), the
# s= value (3) and the other attributes (4); the tag's end stays with the contents that follow it
# (one piece fewer a cell to make); see :meth:`SheetPatcher._templated`.
_SPLIT_CELL = re.compile(rb'<c r="([A-Z]{1,3})(\d*)"(?: s="(\d+)")?((?: (?!s=)[\w:.-]+="[^"]*")*)(?=\s*/?>)')
_ROW_NO = b"\0R\0"  # where a template puts the row number of a new cell (NUL never occurs in XML)
PLANS = 4_096  # row templates kept per sheet; rows of one sheet mostly share a handful of shapes
_OTHER_ROW = re.compile(rb'<row(?! r=")')  # a row tag that does not open with r=
_R = re.compile(rb'\sr="([A-Z]*)(\d*)"')
# Worksheets are patched as they are inflated, this many bytes at a time (at 3 x 100,000 rows,
# most failing: 4 MiB chunks held ~38 MB a sheet, 1 MiB ~21 MB, in the same CPU time).
CHUNK = 1 << 20


def clone_pattern(palette: StylePalette | None) -> re.Pattern[bytes] | None:
    """A pattern for ``s="N"`` with N one of our clone styles; see :func:`clone_positions` for its use.

    It starts with a literal so that ``re`` can jump from one ``s="`` to the next: the same
    pattern led by ``\\s`` is tried at every byte, six times slower over a large sheet.
    """
    if palette is None or not palette.to_original:
        return None
    ids = b"|".join(str(i).encode() for i in sorted(palette.to_original))
    return re.compile(rb's="(?:' + ids + rb')"')


_SPACE = frozenset(b" \t\n\r\x0b\x0c")  # what \s matches in a bytes pattern


def clone_positions(pattern: re.Pattern[bytes], data: bytes, start: int = 0, end: int = -1) -> Iterator[int]:
    """Where an ``s=`` attribute naming a clone style starts in ``data[start:end]``.

    A match counts only after whitespace, so that ``spans="…"`` or ``cs="…"`` never does.
    """
    for found in pattern.finditer(data, start, len(data) if end < 0 else end):
        at = found.start()
        if at > start and data[at - 1] in _SPACE:
            yield at


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
        self.clone_re = clone_pattern(palette)
        self.changed = False
        self.plans: dict[tuple[object, ...], tuple[bytes, bool, bool]] = {}  # row shape -> template

    def feed_all(self, chunks: Iterator[bytes] | list[bytes]) -> Iterator[bytes]:
        """Yield the patched document for the document given in ``chunks``.

        CDATA sections, comments and processing instructions are set aside first and put back
        last, so that no ``<row`` or ``<c`` written inside them is ever taken for markup.
        """
        kept: list[bytes] = []
        yield from put_back(self._feed_all(set_aside(chunks, kept)), kept)

    def _feed_all(self, chunks: Iterator[bytes]) -> Iterator[bytes]:
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
        self.col_styles = column_styles(buffer[: found.start()])
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

    def rehearse(self, head: bytes) -> None:
        """Patch the complete rows among a document's first bytes and drop the result.

        The clone styles those rows need are made now, in the order a full patch makes them,
        so that other processes can patch the rest of the sheet with the palette as it is.
        """
        head = b"".join(set_aside([head], []))
        found = _SHEET_DATA.search(head)
        if found is None or found.group(2):
            return
        self.prefix = found.group(1)
        self.col_styles = column_styles(head[: found.start()])
        self.context = (self.prefix, self.span, self.palette, self.col_styles)
        rows = head[found.end():]
        end = rows.find(b"</" + self.prefix + b"sheetData>")
        self._rows(rows[:end] if end >= 0 else rows[: max(rows.rfind(b"<" + self.prefix + b"row"), 0)])

    def _rest(self) -> bytes:
        """New rows for the marked rows that lie beyond the last stored row."""
        rest = [new_row(n, self.marks[n], self.context) for n in self.flagged[self.next_flag:]]
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
        # Inside sheetData only rows open with "<row": one search finds any written otherwise.
        if not segment.startswith(b'<row r="') or _OTHER_ROW.search(segment, 1):
            return None
        first = int(segment[8 : segment.index(b'"', 8)])
        last_at = segment.rindex(b'<row r="')
        last = int(segment[last_at + 8 : segment.index(b'"', last_at + 8)])
        if first <= self.row_no or last < first:
            return None
        if self.next_flag < len(self.flagged) and self.flagged[self.next_flag] < first:
            return None  # a marked row missing before this segment: the walk inserts it
        targets = set()
        while self.next_flag < len(self.flagged) and self.flagged[self.next_flag] <= last:
            targets.add(self.flagged[self.next_flag])
            self.next_flag += 1
        if self.clone_re is not None:
            for clone in clone_positions(self.clone_re, segment):
                at = segment.rfind(b'<row r="', 0, clone)
                targets.add(int(segment[at + 8 : segment.index(b'"', at + 8)]))
        out: list[bytes] = []
        pos = 0
        for number in sorted(targets):
            at = segment.find(b'<row r="%d"' % number, pos)
            row = plain_row(segment, at) if at >= 0 else None
            if row is None:  # a marked row that is not stored: walk this segment instead
                return self._walk_from(segment, out, pos, number)
            attrs, body, end = row
            out += [segment[pos:at], self._patched(attrs, body, segment[at:end], number)]
            pos = end
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
        for row in rows_in(segment):
            ref = _R.search(row.attrs)
            self.row_no = row_no = int(ref.group(2)) if ref and ref.group(2) else self.row_no + 1
            missing = []
            while self.next_flag < len(flagged) and flagged[self.next_flag] < row_no:
                missing.append(new_row(flagged[self.next_flag], marks[flagged[self.next_flag]], self.context))
                self.next_flag += 1
            if missing:
                self.changed = True
            if marks.get(row_no):
                self.next_flag += 1
            elif not (self.clone_re and next(clone_positions(self.clone_re, segment, row.start, row.end), None) is not None):
                if missing:
                    out += [segment[pos : row.start], *missing]
                    pos = row.start
                continue
            out += [segment[pos : row.start], *missing,
                    self._patched(row.attrs, row.body, segment[row.start : row.end], row_no)]
            pos = row.end
        out.append(segment[pos:])
        return b"".join(out)

    def _patched(self, attrs: bytes, body: bytes | None, whole: bytes, row_no: int) -> bytes:
        severity = self.marks.get(row_no)
        patched = self._templated(attrs, body, whole, row_no, severity) if not self.prefix and body else None
        if patched is None:
            patched = patch_row(attrs, body or b"", whole, row_no, severity, self.context)
        if patched is not whole:
            self.changed = True
        return patched


    def _templated(self, attrs: bytes, body: bytes, whole: bytes, row_no: int, severity: str | None) -> bytes | None:
        """:func:`patch_row`'s result for a row of plain cells, from a template per row shape.

        Most rows of a sheet have the same cells with the same styles: one split in C gives the
        row's shape (letters, styles) and the pieces that vary (row digits, other attributes, cell
        contents); the shape's template, made once by :meth:`_plan`, puts them back with one
        ``%``. None when some cell is written otherwise (the general path then takes it).
        """
        parts = _SPLIT_CELL.split(body)
        if len(parts) // 5 != body.count(b"<c"):
            return None
        row_style = STYLE_ATTR.search(attrs) if b'customFormat="1"' in attrs else None
        key = (tuple(parts[1::5]), tuple(parts[3::5]), severity, int(row_style.group(1)) if row_style else None)
        plan = self.plans.get(key)
        if plan is None:
            plan = self._plan(*key)
            if len(self.plans) < PLANS:
                self.plans[key] = plan
        template, changes, new_cells = plan
        if not changes:
            return whole
        del parts[1::5]  # the letters and the styles are the template's; the rest goes in
        del parts[2::4]
        new_body = template % tuple(parts)
        if new_cells:
            new_body = new_body.replace(_ROW_NO, b"%d" % row_no)
        if len(new_body) != len(body) and SPANS_ATTR.search(attrs):  # spans is a hint; a stale one misleads
            attrs = SPANS_ATTR.sub(b"", attrs)
        return b"<row" + attrs + b">" + new_body + b"</row>"

    def _plan(self, letters: tuple[bytes, ...], styles: tuple[bytes | None, ...], severity: str | None,
              base_style: int | None) -> tuple[bytes, bool, bool]:
        """(template, whether it changes the row, whether it adds cells) for one row shape: the
        decisions of :func:`patch_row`, taken in its order, so that clones are made as it makes them."""
        _prefix, (first, last), palette, col_styles = self.context
        pieces, changes, new_cells = [b"%s"], False, False
        want = first

        def new_cell(col: int, severity: str) -> bytes:
            base = base_style if base_style is not None else col_styles.get(col, 0)
            return b'<c r="' + column_letter(col).encode() + _ROW_NO + b'" s="%d"/>' % palette.target(base, severity)

        for cell_letters, digits in zip(letters, styles, strict=True):
            col = COLUMNS_SEEN.get(cell_letters) or column_index(cell_letters)
            if severity and want < col and want <= last:
                pieces += [new_cell(c, severity) for c in range(want, min(col, last + 1))]
                new_cells = True
            if severity:
                want = max(want, col + 1)
            current = int(digits) if digits else 0
            painted = severity if severity and first <= col <= last else None
            wanted = palette.wanted(current, painted)
            head = b'<c r="' + cell_letters + b'%s"'
            if wanted == current:
                pieces.append(head + (b' s="' + digits + b'"' if digits is not None else b"") + b"%s%s")
            elif digits is not None:
                pieces.append(head + b' s="%d"' % wanted + b"%s%s")
            else:
                pieces.append(head + b'%s s="%d"' % (b"%s", wanted) + b"%s")
            changes = changes or wanted != current
        if severity and want <= last:
            pieces += [new_cell(c, severity) for c in range(want, last + 1)]
            new_cells = True
        return b"".join(pieces), changes or new_cells, new_cells


