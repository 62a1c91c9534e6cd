"""One worksheet row patched cell by cell: the general walk under :mod:`.sheet_patch`'s fast paths.

A row is rewritten only where a cell's format must change: our fill added to a flagged row's
table cells (and a cell made for a table column the row lacks), our fill undone elsewhere.
Cell contents are copied as slices between the start tags; no row is parsed into a tree.
:class:`~xlsmart.workbook.paint.sheet_patch.SheetPatcher` calls it for rows its templates do
not cover (prefixed tags, attributes in another order) and as the reference its templates are
tested against.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from xlsmart.model import column_letter
from xlsmart.workbook.ooxml.cells import column_number
from xlsmart.workbook.paint.styles import StylePalette

_NAME = rb"(?:[A-Za-z_][\w.-]*:)?"
ROW_TAG = re.compile(rb"<(" + _NAME + rb")row\b([^<>]*?)(/?)>")  # a row's start tag: prefix, attributes, "/"
# A cell's start tag (its contents hold no "<c"): column letters of r= (1), the s= value (2), the
# attributes (3); the lookaheads read r= and s= wherever they sit among the attributes.
_CELL_TAG = re.compile(rb"<" + _NAME + rb'c\b(?=[^>]*?\sr="([A-Z]*)\d*")?(?=[^>]*?\ss="(\d+)")?([^>]*?)/?>')
# The same groups for the common layout (r= first, s= right after it, no prefix, whole tag matched
# so no s= hides further on): column letters (1), the s= value (2), and where an s= goes when
# there is none: after the last attribute (3). About three times faster.
_PLAIN_CELL_TAG = re.compile(rb'<c r="([A-Z]{1,3})\d*"(?: s="(\d+)")?(?: (?!s=)[\w:.-]+="[^"]*")*()\s*/?>')
_COL = re.compile(rb"<" + _NAME + rb"col\b([^>]*?)/?>")
STYLE_ATTR = re.compile(rb'\ss="(\d+)"')
SPANS_ATTR = re.compile(rb'\sspans="[^"]*"')
_ATTR = re.compile(rb'\s(min|max|style)="(\d+)"')


RowContext = tuple[bytes, tuple[int, int], StylePalette, dict[int, int]]


@dataclass(frozen=True)
class Row:
    start: int
    end: int
    attrs: bytes
    body: bytes | None  # None for <row/>


def rows_in(segment: bytes) -> Iterator[Row]:
    """Every row of a segment in one pass: each search starts where the last row ended, so a
    flood of rows that never close costs one pass, not one pass per row (a row left open ends
    the walk, and the rest is kept as it is)."""
    pos = 0
    while (tag := ROW_TAG.search(segment, pos)) is not None:
        if tag.group(3):
            yield Row(tag.start(), tag.end(), tag.group(2), None)
            pos = tag.end()
            continue
        close = b"</" + tag.group(1) + b"row>"
        end = segment.find(close, tag.end())
        if end < 0:
            return
        yield Row(tag.start(), end + len(close), tag.group(2), segment[tag.end() : end])
        pos = end + len(close)


def plain_row(segment: bytes, at: int) -> tuple[bytes, bytes | None, int] | None:
    """(attributes, contents or None, end) of the unprefixed row whose tag starts at ``at``."""
    close = segment.find(b">", at)
    if close < 0:
        return None
    if segment[close - 1] == 47:  # "/>": a row without cells
        return segment[at + 4 : close - 1], None, close + 1
    end = segment.find(b"</row>", close)
    return None if end < 0 else (segment[at + 4 : close], segment[close + 1 : end], end + 6)


def patch_row(attrs: bytes, body: bytes, whole: bytes, row_no: int, severity: str | None, context: RowContext) -> bytes:
    """One row with its table cells given ``severity``'s fill and our fill elsewhere undone.

    Only cell start tags are visited; cell contents are copied as slices between them.
    Returns ``whole`` itself when nothing changes.
    """
    prefix, (first, last), palette, _col_styles = context
    base_row_style = STYLE_ATTR.search(attrs) if b'customFormat="1"' in attrs else None
    out: list[bytes] = []
    pos, col, want = 0, 0, first  # want: the next table column that still needs a cell
    memo = palette.memo
    tags = None if prefix else list(_PLAIN_CELL_TAG.finditer(body))
    if tags is None or len(tags) != body.count(b"<c"):  # some cell is written otherwise
        tags = list(_CELL_TAG.finditer(body))
    columns = COLUMNS_SEEN
    for tag in tags:
        letters, digits = tag.group(1, 2)
        col = (columns.get(letters) or column_index(letters)) if letters else col + 1
        if severity and want < col and want <= last:
            out += [body[pos : tag.start()],
                    *(new_cell(prefix, c, row_no, severity, base_row_style, context) for c in range(want, min(col, last + 1)))]
            pos = tag.start()
        if severity:
            want = max(want, col + 1)
        current = int(digits) if digits else 0
        painted = severity if severity and first <= col <= last else None
        wanted = memo.get((current, painted))
        if wanted is None:  # the call only for a pair not met yet: this loop runs once a cell
            wanted = palette.wanted(current, painted)
        if wanted != current:
            if digits:
                out += [body[pos : tag.start(2)], b"%d" % wanted]
                pos = tag.end(2)
            else:
                out += [body[pos : tag.end(3)], b' s="%d"' % wanted]
                pos = tag.end(3)
    if severity and want <= last:
        out += [body[pos:], *(new_cell(prefix, c, row_no, severity, base_row_style, context) for c in range(want, last + 1))]
        pos = len(body)
    if not out:
        return whole
    out.append(body[pos:])
    new_body = b"".join(out)
    if len(new_body) != len(body) and SPANS_ATTR.search(attrs):  # spans is a hint; a stale one misleads
        attrs = SPANS_ATTR.sub(b"", attrs)
    return b"<" + prefix + b"row" + attrs + b">" + new_body + b"</" + prefix + b"row>"


def new_cell(prefix: bytes, col: int, row_no: int, severity: str, row_style: re.Match[bytes] | None, context: RowContext) -> bytes:
    _p, _span, palette, col_styles = context
    base = int(row_style.group(1)) if row_style else col_styles.get(col, 0)
    ref = f"{column_letter(col)}{row_no}".encode()
    return b"<" + prefix + b'c r="' + ref + b'" s="%d"/>' % palette.target(base, severity)


def new_row(row_no: int, severity: str, context: RowContext) -> bytes:
    prefix, (first, last), _palette, _cols = context
    cells = b"".join(new_cell(prefix, c, row_no, severity, None, context) for c in range(first, last + 1))
    return b"<" + prefix + b'row r="%d">' % row_no + cells + b"</" + prefix + b"row>"


def column_styles(head: bytes) -> dict[int, int]:
    styles: dict[int, int] = {}
    for col in _COL.finditer(head):
        attrs = dict(_ATTR.findall(col.group(1)))
        if b"style" in attrs:
            for index in range(int(attrs.get(b"min", b"1")), min(int(attrs.get(b"max", b"1")), 16384) + 1):
                styles[index] = int(attrs[b"style"])
    return styles


def column_index(letters: bytes) -> int:
    """Column letters as bytes to the 1-based column, remembered: a sheet names few columns."""
    index = column_number(letters.decode("ascii"))
    if len(COLUMNS_SEEN) < 20_000:
        COLUMNS_SEEN[letters] = index
    return index


COLUMNS_SEEN: dict[bytes, int] = {}  # column letters -> index, filled as letters are met
