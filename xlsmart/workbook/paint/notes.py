"""Legacy cell notes (Excel's yellow "comments") that carry xlsmart's reasons on flagged cells.

A note lives in three parts: the sheet's comments part (text and author), a VML drawing (the
note's box: Excel shows no note without one) and the sheet's relationships, while the sheet
points at the VML through ``<legacyDrawing>``. :func:`add_notes` only computes those parts as
bytes; the painter writes them, like its other edits.

Our notes are recognised by their author (:data:`AUTHOR`) and their VML shapes by the cell they
sit on (plus an ``alt="xlsmart"`` mark), so a new run replaces them instead of piling up.
Notes of other authors and their shapes are kept byte for byte. Excel allows one note per
cell: where the user already has one, ours is skipped (the Findings sheet still has it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from lxml import etree

from xlsmart.errors import UnreadableWorkbook
from xlsmart.workbook.ooxml.cells import MAX_COLUMNS, MAX_ROWS, cell_position
from xlsmart.workbook.ooxml.names import (
    COMMENTS_CT,
    CONTENT_TYPES,
    MAIN_NS,
    PKG_REL_NS,
    REL_NS,
    STRICT_MAIN_NS,
    VML_CT,
    q,
    rel_ns_of,
)
from xlsmart.workbook.ooxml.parts import add_relationship, ensure_content_type, links, rels_part_of
from xlsmart.workbook.ooxml.xml import parse_xml, to_bytes

AUTHOR = "xlsmart"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_EMPTY_COMMENTS = '<comments xmlns="{}"><authors/><commentList/></comments>'
# Our VML elements declare their namespaces themselves: the file they join may use other prefixes.
_VML_NS = (b'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           b'xmlns:x="urn:schemas-microsoft-com:office:excel"')
_EMPTY_VML = (b"<xml " + _VML_NS + b'><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="%s"/>'
              b"</o:shapelayout></xml>")
_SHAPETYPE_XML = (b"<v:shapetype " + _VML_NS + b' id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                  b'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
                  b'<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')
_MARK = b'alt="xlsmart"'  # a standard VML attribute (alternative text): Excel and LibreOffice accept it
# CT_Worksheet children that come after legacyDrawing; Excel wraps controls/oleObjects in mc:AlternateContent.
_AFTER_LEGACY = {b"legacyDrawingHF", b"drawingHF", b"picture", b"oleObjects", b"controls",
                 b"webPublishItems", b"tableParts", b"extLst", b"AlternateContent"}
_ATTRS = rb"""((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*"""
_ROOT = re.compile(rb"<([\w.-]+:)?worksheet\b" + _ATTRS + rb">")
_TAG = re.compile(rb"<(/?)(?:[\w.-]+:)?([\w.-]+)" + _ATTRS + rb"(/?)>")
_NOT_TAGS = ((b"<!--", b"-->"), (b"<![CDATA[", b"]]>"), (b"<?", b"?>"))  # text that may look like tags
_REL_ID = re.compile(rb"""\s[\w.-]+:id\s*=\s*["']([^"']*)""")
_SHAPE_TAG = re.compile(rb"<((?:[\w.-]+:)?)shape\b")
_SHAPE_ID = re.compile(rb"_x0000_s(\d+)")
_SHAPETYPE = re.compile(rb"""\sid\s*=\s*["']_x0000_t202["']""")
_IDMAP = re.compile(rb"""<(?:[\w.-]+:)?idmap\b[^>]*?\sdata\s*=\s*["']([\d,\s]*)""")
_NOTE_TYPE = re.compile(rb"ObjectType\s*=\s*[\"']Note[\"']")
_NOTE_ROW = re.compile(rb"<(?:[\w.-]+:)?Row>\s*(\d+)\s*<")
_NOTE_COLUMN = re.compile(rb"<(?:[\w.-]+:)?Column>\s*(\d+)\s*<")
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_Cells = set[tuple[int, int]]


@dataclass(frozen=True)
class NoteEdit:
    sheet_xml: bytes  # the worksheet XML, with a <legacyDrawing r:id="..."/> added if it needed one
    parts: dict[str, bytes]  # member name -> new bytes (comments, VML, sheet rels), only those that change
    content_types: bytes | None  # new [Content_Types].xml bytes, or None when unchanged


def add_notes(read_part: Callable[[str], bytes | None], sheet_part: str, sheet_xml: bytes,
              notes: dict[str, str], content_types: bytes) -> NoteEdit:
    """Put ``notes`` (cell reference -> text) on a sheet, replacing ours from an earlier run.

    ``read_part(name)`` gives a member's bytes or None. When notes go on several sheets before
    anything is written, it must also see the parts made by earlier calls, and each call must get
    the content types the previous one returned, so no part name is handed out twice. Nothing
    changes when there is nothing to add or remove, or when the sheet's ``<legacyDrawing>``
    points nowhere: notes are a convenience, not worth a broken workbook.
    """
    wanted = {_cell(ref): _BAD_CHARS.sub("", str(text)) for ref, text in notes.items()}
    flavour = _Flavour.of(sheet_xml)
    rels_part = rels_part_of(sheet_part)
    rels_data = read_part(rels_part)
    rels = parse_xml(rels_data, rels_part) if rels_data else etree.Element(q("Relationships", PKG_REL_NS))
    targets = links(rels, sheet_part)
    comments_part = next((link.part for link in targets.values() if link.is_a("comments")), None)
    comments, removed, kept, added = _merge_comments(read_part(comments_part) if comments_part else None, wanted,
                                                     flavour.main_ns)
    root, legacy_id, insert_at = _layout(sheet_xml)
    if (not removed and not added) or (legacy_id is not None and legacy_id not in targets):
        return NoteEdit(sheet_xml, {}, None)
    if comments_part is None:
        comments_part = _free_name(read_part, "xl/comments{}.xml")
        add_relationship(rels, flavour.rel_ns + "/comments", "/" + comments_part)
    if legacy_id is not None:
        vml_part = targets[legacy_id].part
        vml = read_part(vml_part) or _EMPTY_VML % b"1"
    else:
        vml_part, vml = _new_vml(read_part, len(added))
        drawing = add_relationship(rels, flavour.rel_ns + "/vmlDrawing", "/" + vml_part)
        sheet_xml = _with_legacy_drawing(sheet_xml, root, insert_at, drawing, flavour.rel_ns)
    vml = _merge_vml(vml, removed, kept, added)
    types = parse_xml(content_types, CONTENT_TYPES)
    types_changed = ensure_content_type(types, comments_part, COMMENTS_CT)
    types_changed = ensure_content_type(types, vml_part, VML_CT, "vml") or types_changed
    parts = {name: data for name, data in ((comments_part, comments), (vml_part, vml), (rels_part, to_bytes(rels)))
             if read_part(name) != data}
    return NoteEdit(sheet_xml, parts, to_bytes(types) if types_changed else None)


@dataclass(frozen=True)
class _Flavour:
    """The namespaces a worksheet is written in: transitional, or strict ("Strict Open XML")."""

    main_ns: str
    rel_ns: str

    @classmethod
    def of(cls, sheet_xml: bytes) -> _Flavour:
        strict = STRICT_MAIN_NS.encode() in sheet_xml[: 1 << 12]
        return cls(STRICT_MAIN_NS if strict else MAIN_NS, rel_ns_of(STRICT_MAIN_NS if strict else MAIN_NS))


def _merge_comments(data: bytes | None, wanted: dict[str, str],
                    main_ns: str = MAIN_NS) -> tuple[bytes, _Cells, _Cells, dict[str, str]]:
    """The comments part without our old notes and with the new ones, skipping cells the user has.

    Our author entry stays once added, so other authors' ``authorId`` never shifts.
    Returns (bytes, cells of our removed notes, cells of kept notes, notes added).
    """
    root = parse_xml(data or _EMPTY_COMMENTS.format(main_ns).encode(), "comments part")
    ns = etree.QName(root).namespace or MAIN_NS
    authors, comment_list = _child(root, "authors", ns, 0), _child(root, "commentList", ns, 1)
    names = [author.text or "" for author in authors]
    ours = {str(index) for index, name in enumerate(names) if name == AUTHOR}
    removed: _Cells = set()
    for comment in list(comment_list):
        if isinstance(comment.tag, str) and comment.get("authorId") in ours:
            removed.add(cell_position(comment.get("ref", "")))
            comment_list.remove(comment)
    kept = {cell_position(c.get("ref", "")) for c in comment_list if isinstance(c.tag, str)}
    added = {ref: wanted[ref] for ref in sorted(wanted, key=cell_position) if cell_position(ref) not in kept}
    if added and AUTHOR not in names:
        etree.SubElement(authors, q("author", ns)).text = AUTHOR
        names.append(AUTHOR)
    for ref, text in added.items():
        comment = etree.SubElement(comment_list, q("comment", ns), ref=ref, authorId=str(names.index(AUTHOR)),
                                   shapeId="0")
        run = etree.SubElement(etree.SubElement(comment, q("text", ns)), q("t", ns), {_XML_SPACE: "preserve"})
        run.text = text
    return to_bytes(root), removed, kept, added


def _merge_vml(data: bytes, removed: _Cells, kept: _Cells, added: dict[str, str]) -> bytes:
    """The VML as text: our old note shapes cut out, new ones put before ``</xml>``.

    VML from Excel is often not well-formed XML, so every other byte is left as it was. A shape
    is ours if it is a note on a cell whose xlsmart comment we removed, or carries our mark
    (Excel may drop the mark when it saves) and no other note claims its cell.
    """

    def mine(shape: bytes) -> bool:
        cell = _note_cell(shape)
        return cell is not None and cell not in kept and (cell in removed or _MARK in shape)

    pieces, pos = [], 0
    for start, end in _shapes(data):
        if mine(data[start:end]):
            pieces.append(data[pos:start])
            pos = end
    text = b"".join(pieces) + data[pos:]
    if not added:
        return text
    block = min(_blocks(text) or {1})
    first = max([int(n) for n in _SHAPE_ID.findall(text)] + [block * 1024]) + 1
    shapes = b"".join(_shape(first + index, ref) for index, ref in enumerate(added))
    if not _SHAPETYPE.search(text):
        shapes = _SHAPETYPE_XML + shapes
    end = text.rfind(b"</xml>")
    end = len(text) if end < 0 else end
    return text[:end] + shapes + text[end:]


def _note_cell(shape: bytes) -> tuple[int, int] | None:
    """(row, column), 0-based, of the cell a VML note shape sits on, or None for another shape.
    Each search starts where the last ended: one pass, however many markers a shape repeats."""
    note = _NOTE_TYPE.search(shape)
    row = _NOTE_ROW.search(shape, note.end()) if note else None
    column = _NOTE_COLUMN.search(shape, row.end()) if row else None
    return (int(row.group(1)), int(column.group(1))) if row and column else None


def _shapes(vml: bytes) -> Iterator[tuple[int, int]]:
    """(start, end) of each complete ``<v:shape>`` element, in one pass: a shape's end is looked
    for only up to the next shape's start, so shapes that never close cost one pass, not one per
    shape (such a shape is left as it is)."""
    tags = list(_SHAPE_TAG.finditer(vml))
    for index, tag in enumerate(tags):
        limit = tags[index + 1].start() if index + 1 < len(tags) else len(vml)
        close = vml.find(b">", tag.end(), limit)
        if close < 0:
            continue
        if vml[close - 1] == 47:  # "/>"
            yield tag.start(), close + 1
            continue
        end_tag = b"</" + tag.group(1) + b"shape>"
        end = vml.find(end_tag, close, limit)
        if end >= 0:
            yield tag.start(), end + len(end_tag)


def _shape(number: int, ref: str) -> bytes:
    """One hidden note box the way Excel draws it, anchored to the right of its cell."""
    row, col = cell_position(ref)
    anchor = f"{col + 1}, 15, {max(row - 1, 0)}, 10, {col + 3}, 15, {row + 3}, 4".encode()
    return (b"<v:shape " + _VML_NS + b' id="_x0000_s%d" type="#_x0000_t202" ' % number + _MARK +
            b' style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:144pt;height:79pt;'
            b'z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/>'
            b'<v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>'
            b'<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>'
            b'<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>' + anchor +
            b"</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>%d</x:Row><x:Column>%d</x:Column>" % (row, col) +
            b"</x:ClientData></v:shape>")


def _new_vml(read_part: Callable[[str], bytes | None], shapes: int) -> tuple[str, bytes]:
    """A free ``vmlDrawing{n}.vml`` name and an empty drawing whose ``idmap`` blocks are its own.

    Excel hands out VML shape ids workbook-wide, 1024 to a block, and is reported to "repair" a
    workbook whose drawings claim the same block: so skip the blocks other ``vmlDrawing{n}.vml`` claim.
    """
    used: set[int] = set()
    number = 1
    while (other := read_part(f"xl/drawings/vmlDrawing{number}.vml")) is not None:
        used |= _blocks(other)
        number += 1
    count = shapes // 1024 + 1  # block b holds ids b * 1024 .. b * 1024 + 1023
    first = next(b for b in range(1, max(used, default=0) + 2) if used.isdisjoint(range(b, b + count)))
    data = ",".join(str(block) for block in range(first, first + count)).encode()
    return f"xl/drawings/vmlDrawing{number}.vml", _EMPTY_VML % data


def _blocks(vml: bytes) -> set[int]:
    found = _IDMAP.search(vml)
    return {int(n) for n in re.findall(rb"\d+", found.group(1))} if found else set()


def _layout(data: bytes) -> tuple[re.Match[bytes], str | None, int]:
    """The root tag, the ``r:id`` of a ``<legacyDrawing>`` and where one belongs, without a tree.

    Only the root tag and what follows ``sheetData`` are scanned. Depth is tracked to see
    top-level tags only: a ``cfRule`` may hold its own ``<extLst>``, which is no place for us.
    """
    root = _ROOT.search(data, 0, 1 << 16)
    if root is None:
        raise UnreadableWorkbook("worksheet without a <worksheet> root element")
    depth, insert_at, legacy_id = 0, None, None
    for tag in _tags(data, _after_sheet_data(data, root.group(1) or b"")):
        closing, name, attrs, empty = tag.groups()
        if closing:
            depth -= 1
            if depth < 0:  # </worksheet>
                return root, legacy_id, tag.start() if insert_at is None else insert_at
        elif depth == 0 and name == b"legacyDrawing":
            found = _REL_ID.search(attrs)
            legacy_id = found.group(1).decode() if found else ""
        elif depth == 0 and name in _AFTER_LEGACY and insert_at is None:
            insert_at = tag.start()
        depth += 1 if not closing and not empty else 0
    raise UnreadableWorkbook("worksheet ends before </worksheet>")


def _tags(data: bytes, pos: int) -> Iterator[re.Match[bytes]]:
    """The tags from ``pos`` on, in one pass, passing over comments, CDATA and processing
    instructions (one that never closes ends the walk: the rest is inside it)."""
    while (at := data.find(b"<", pos)) >= 0:
        hidden = next(((opener, closer) for opener, closer in _NOT_TAGS if data.startswith(opener, at)), None)
        if hidden is not None:
            end = data.find(hidden[1], at + len(hidden[0]))
            if end < 0:
                return
            pos = end + len(hidden[1])
            continue
        tag = _TAG.match(data, at)
        if tag is not None:
            yield tag
        pos = tag.end() if tag is not None else at + 1


def _after_sheet_data(data: bytes, prefix: bytes) -> int:
    """Where ``sheetData`` ends, searched from the end: everything after it is small."""
    end = data.rfind(b"</" + prefix + b"sheetData>")
    if end >= 0:
        return end + len(prefix) + 12
    start = data.rfind(b"<" + prefix + b"sheetData")  # <sheetData/>
    if start < 0:
        raise UnreadableWorkbook("worksheet without sheetData")
    return data.index(b">", start) + 1


def _with_legacy_drawing(data: bytes, root: re.Match[bytes], at: int, rel_id: str, rel_ns: str = REL_NS) -> bytes:
    """Insert ``<legacyDrawing>`` at ``at``, declaring the relationships namespace if the root does not."""
    prefix, attrs = root.group(1) or b"", root.group(2)
    declare = b' xmlns:r="' + rel_ns.encode() + b'"'
    bound = re.search(rb"""xmlns:([\w.-]+)\s*=\s*["']""" + re.escape(rel_ns.encode()) + rb"""["']""", attrs)
    if bound:
        return data[:at] + b'<%slegacyDrawing %s:id="%s"/>' % (prefix, bound.group(1), rel_id.encode()) + data[at:]
    element = b'<%slegacyDrawing r:id="%s"/>' % (prefix, rel_id.encode())
    if re.search(rb"\sxmlns:r\s*=", attrs):  # "r" means something else here: declare it on our element
        return data[:at] + element.replace(b" r:id", declare + b" r:id") + data[at:]
    end = root.end() - 1
    return data[:end] + declare + data[end:at] + element + data[at:]


def _free_name(read_part: Callable[[str], bytes | None], pattern: str) -> str:
    number = 1
    while read_part(pattern.format(number)) is not None:
        number += 1
    return pattern.format(number)


def _child(root: etree._Element, tag: str, ns: str, index: int) -> etree._Element:
    found = root.find(q(tag, ns))
    if found is None:
        found = etree.Element(q(tag, ns))
        root.insert(index, found)
    return found


def _cell(ref: str) -> str:
    """``"$j$7"`` -> ``"J7"``; anything that is not a single cell is the caller's mistake."""
    row, col = cell_position(ref)
    if not (0 <= row < MAX_ROWS and 0 <= col < MAX_COLUMNS):
        raise ValueError(f"not a cell reference: {ref!r}")
    return ref.strip().upper().replace("$", "")
