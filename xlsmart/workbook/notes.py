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
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from xlsmart.errors import UnreadableWorkbook
from xlsmart.workbook.xlsx_parts import CT_NS, MAIN_NS, PKG_REL_NS, REL_NS, _join, parse_xml, q, to_bytes

AUTHOR = "xlsmart"
COMMENTS_TYPE = REL_NS + "/comments"
VML_TYPE = REL_NS + "/vmlDrawing"
COMMENTS_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"
VML_CT = "application/vnd.openxmlformats-officedocument.vmlDrawing"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_EMPTY_COMMENTS = f'<comments xmlns="{MAIN_NS}"><authors/><commentList/></comments>'.encode()
_VML_NS = (b'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           b'xmlns:x="urn:schemas-microsoft-com:office:excel"')
_MARK = b'alt="xlsmart"'  # a standard VML attribute (alternative text): Excel and LibreOffice accept it
_SHAPETYPE_XML = (b"<v:shapetype " + _VML_NS + b' id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                  b'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
                  b'<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')
# CT_Worksheet children that come after legacyDrawing; Excel wraps controls/oleObjects in mc:AlternateContent.
_AFTER_LEGACY = {b"legacyDrawingHF", b"drawingHF", b"picture", b"oleObjects", b"controls",
                 b"webPublishItems", b"tableParts", b"extLst", b"AlternateContent"}
_ATTRS = rb"""((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*"""
_ROOT = re.compile(rb"<([\w.-]+:)?worksheet\b" + _ATTRS + rb">")
_TAG = re.compile(rb"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<(/?)(?:[\w.-]+:)?([\w.-]+)" + _ATTRS + rb"(/?)>", re.S)
_REL_ID = re.compile(rb"""\s[\w.-]+:id\s*=\s*["']([^"']*)""")
_SHAPE = re.compile(rb"<((?:[\w.-]+:)?)shape\b[^>]*?(?:/>|>.*?</\1shape>)", re.S)
_SHAPE_ID = re.compile(rb"_x0000_s(\d+)")
_SHAPETYPE = re.compile(rb"""\sid\s*=\s*["']_x0000_t202["']""")
_IDMAP = re.compile(rb"""<(?:[\w.-]+:)?idmap\b[^>]*?\sdata\s*=\s*["'](\d+)""")
_NOTE_CELL = re.compile(rb"ObjectType\s*=\s*[\"']Note[\"'].*?<(?:[\w.-]+:)?Row>\s*(\d+)\s*<.*?"
                        rb"<(?:[\w.-]+:)?Column>\s*(\d+)\s*<", re.S)
_REF = re.compile(r"\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})")
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class NoteEdit:
    sheet_xml: bytes  # the worksheet XML, with a <legacyDrawing r:id="..."/> added if it needed one
    parts: dict[str, bytes]  # member name -> new bytes (comments, VML, sheet rels), only those that change
    content_types: bytes | None  # new [Content_Types].xml bytes, or None when unchanged


@dataclass(frozen=True)
class _Layout:
    """What we need to know about a worksheet, found without building it into a tree."""

    prefix: bytes  # b"x:" for <x:worksheet>, else b""
    root_end: int  # offset of the root start tag's ">"
    r_prefix: bytes | None  # the prefix the root binds to the relationships namespace
    r_taken: bool  # the root binds "r" to something else
    legacy_id: str | None  # r:id of an existing <legacyDrawing>
    insert_at: int  # where a <legacyDrawing> belongs


def add_notes(read_part: Callable[[str], bytes | None], sheet_part: str, sheet_xml: bytes,
              notes: dict[str, str], content_types: bytes) -> NoteEdit:
    """Put ``notes`` (cell reference -> text) on a sheet, replacing ours from an earlier run.

    ``read_part(name)`` gives a member's bytes or None. When notes go on several sheets before
    anything is written, it must also see the parts made by earlier calls, and each call must get
    the content types the previous one returned, so no part name is handed out twice. A sheet
    whose ``<legacyDrawing>`` points nowhere is left alone: notes are a convenience, not worth
    a broken workbook.
    """
    wanted = {_cell(ref): _BAD_CHARS.sub("", str(text)) for ref, text in notes.items()}
    rels_part = "{0}/_rels/{1}.rels".format(*sheet_part.rsplit("/", 1))
    rels_data = read_part(rels_part)
    rels = parse_xml(rels_data, rels_part) if rels_data else etree.Element(q("Relationships", PKG_REL_NS))
    targets = _targets(rels, sheet_part)
    comments_part = next((part for kind, part in targets.values() if kind == COMMENTS_TYPE), None)
    comments, removed, kept, added = _merge_comments(read_part(comments_part) if comments_part else None, wanted)
    layout = _layout(sheet_xml)
    if (not removed and not added) or (layout.legacy_id is not None and layout.legacy_id not in targets):
        return NoteEdit(sheet_xml, {}, None)
    types = parse_xml(content_types, "[Content_Types].xml")
    if comments_part is None:
        comments_part = _free_name(read_part, "xl/comments{}.xml")[0]
        _add_rel(rels, COMMENTS_TYPE, comments_part)
    if layout.legacy_id is not None:
        vml_part, vml = targets[layout.legacy_id][1], None
    else:
        vml_part, number = _free_name(read_part, "xl/drawings/vmlDrawing{}.vml")
        vml = _new_vml(number)
        sheet_xml = _with_legacy_drawing(sheet_xml, layout, _add_rel(rels, VML_TYPE, vml_part))
    vml = _merge_vml(vml or read_part(vml_part) or _new_vml(1), removed, kept, added)
    types_changed = _ensure_override(types, comments_part, COMMENTS_CT)
    types_changed = _ensure_vml_type(types, vml_part) or types_changed
    parts = {name: data for name, data in ((comments_part, comments), (vml_part, vml), (rels_part, to_bytes(rels)))
             if read_part(name) != data}
    return NoteEdit(sheet_xml, parts, to_bytes(types) if types_changed else None)


def _merge_comments(data: bytes | None, wanted: dict[str, str]) -> tuple[bytes, set[str], set[str], dict[str, str]]:
    """The comments part without our old notes and with the new ones, skipping cells the user has.

    Our author entry stays once added, so other authors' ``authorId`` never shifts.
    Returns (bytes, cells of our removed notes, cells of kept notes, notes added).
    """
    root = parse_xml(data or _EMPTY_COMMENTS, "comments part")
    ns = etree.QName(root).namespace or MAIN_NS
    authors = _child(root, "authors", ns, 0)
    comment_list = _child(root, "commentList", ns, 1)
    names = [author.text or "" for author in authors]
    ours = {str(index) for index, name in enumerate(names) if name == AUTHOR}
    removed: set[str] = set()
    for comment in list(comment_list):
        if isinstance(comment.tag, str) and comment.get("authorId") in ours:
            removed.add(_norm(comment.get("ref", "")))
            comment_list.remove(comment)
    kept = {_norm(c.get("ref", "")) for c in comment_list if isinstance(c.tag, str)}
    added = {ref: wanted[ref] for ref in sorted(wanted, key=_position) if ref not in kept}
    if added and AUTHOR not in names:
        etree.SubElement(authors, q("author", ns)).text = AUTHOR
        names.append(AUTHOR)
    for ref, text in added.items():
        comment = etree.SubElement(comment_list, q("comment", ns), ref=ref, authorId=str(names.index(AUTHOR)),
                                   shapeId="0")
        run = etree.SubElement(etree.SubElement(comment, q("text", ns)), q("t", ns))
        run.text = text
        run.set(_XML_SPACE, "preserve")
    return to_bytes(root), removed, kept, added


def _merge_vml(data: bytes, removed: set[str], kept: set[str], added: dict[str, str]) -> bytes:
    """The VML as text: our old note shapes cut out, new ones put before ``</xml>``.

    VML from Excel is often not well-formed XML, so every other byte is left as it was. A shape
    is ours if it is a note on a cell whose xlsmart comment we removed, or carries our mark
    (Excel may drop the mark when it saves) and no other note claims its cell.
    """

    def keep(shape: re.Match[bytes]) -> bytes:
        cell = _shape_cell(shape.group(0))
        mine = cell is not None and cell not in kept and (cell in removed or _MARK in shape.group(0))
        return b"" if mine else shape.group(0)

    text = _SHAPE.sub(keep, data)
    if not added:
        return text
    block = _IDMAP.search(text)
    first = max([int(n) for n in _SHAPE_ID.findall(text)] + [int(block.group(1) if block else 1) * 1024]) + 1
    shapes = b"".join(_shape(first + index, ref) for index, ref in enumerate(added))
    if not _SHAPETYPE.search(text):
        shapes = _SHAPETYPE_XML + shapes
    end = text.rfind(b"</xml>")
    end = len(text) if end < 0 else end
    return text[:end] + shapes + text[end:]


def _shape(number: int, ref: str) -> bytes:
    """One hidden note box the way Excel draws it, anchored next to its cell."""
    row, col = _position(ref)
    anchor = f"{col + 1}, 15, {max(row - 1, 0)}, 10, {col + 3}, 15, {row + 3}, 4".encode()
    return (b"<v:shape " + _VML_NS + b' id="_x0000_s%d" type="#_x0000_t202" ' % number + _MARK +
            b' style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:144pt;height:79pt;'
            b'z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/>'
            b'<v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>'
            b'<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>'
            b'<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>' + anchor +
            b"</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>%d</x:Row><x:Column>%d</x:Column>" % (row, col) +
            b"</x:ClientData></v:shape>")


def _new_vml(number: int) -> bytes:
    """An empty VML drawing; ``idmap`` gives its shapes their own block of ids, as Excel does."""
    return (b"<xml " + _VML_NS + b'><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="%d"/>' % number +
            b"</o:shapelayout></xml>")


def _shape_cell(shape: bytes) -> str | None:
    found = _NOTE_CELL.search(shape)
    return _ref(int(found.group(1)), int(found.group(2))) if found else None


def _layout(data: bytes) -> _Layout:
    """Scan only the root tag and what follows ``sheetData``, tracking depth to see top-level tags.

    Depth matters: a ``cfRule`` may hold its own ``<extLst>``, which is no place for us.
    """
    root = _ROOT.search(data, 0, 1 << 16)
    if root is None:
        raise UnreadableWorkbook("worksheet without a <worksheet> root element")
    prefix, attrs = root.group(1) or b"", root.group(2)
    bound = re.search(rb"""xmlns:([\w.-]+)\s*=\s*["']""" + re.escape(REL_NS.encode()) + rb"""["']""", attrs)
    depth, insert_at, legacy_id = 0, None, None
    for tag in _TAG.finditer(data, _after_sheet_data(data, prefix)):
        closing, name, tag_attrs, empty = tag.groups()
        if name is None:  # a comment, CDATA or processing instruction
            continue
        if closing:
            depth -= 1
            if depth < 0:  # </worksheet>
                return _Layout(prefix, root.end() - 1, bound.group(1) if bound else None,
                               re.search(rb"\sxmlns:r\s*=", attrs) is not None, legacy_id,
                               tag.start() if insert_at is None else insert_at)
            continue
        if depth == 0 and name == b"legacyDrawing":
            found = _REL_ID.search(tag_attrs)
            legacy_id = found.group(1).decode() if found else ""
        elif depth == 0 and name in _AFTER_LEGACY and insert_at is None:
            insert_at = tag.start()
        depth += 0 if empty else 1
    raise UnreadableWorkbook("worksheet ends before </worksheet>")


def _after_sheet_data(data: bytes, prefix: bytes) -> int:
    end = data.rfind(b"</" + prefix + b"sheetData>")
    if end >= 0:
        return end + len(prefix) + 12
    start = data.rfind(b"<" + prefix + b"sheetData")  # <sheetData/>
    if start < 0:
        raise UnreadableWorkbook("worksheet without sheetData")
    return data.index(b">", start) + 1


def _with_legacy_drawing(data: bytes, layout: _Layout, rel_id: str) -> bytes:
    """Insert ``<legacyDrawing>`` where the schema wants it, declaring the ``r`` namespace if needed."""
    declare = b' xmlns:r="' + REL_NS.encode() + b'"'
    root_decl, local_decl, r = b"", b"", layout.r_prefix or b"r"
    if layout.r_prefix is None and not layout.r_taken:
        root_decl = declare
    elif layout.r_prefix is None:  # "r" means something else here: declare it on our element only
        local_decl = declare
    element = b"<" + layout.prefix + b"legacyDrawing" + local_decl + b" " + r + b':id="' + rel_id.encode() + b'"/>'
    end, at = layout.root_end, layout.insert_at
    return data[:end] + root_decl + data[end:at] + element + data[at:]


def _targets(rels: etree._Element, sheet_part: str) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type, part name) for the sheet's internal relationships."""
    base = sheet_part.rsplit("/", 1)[0]
    found = {}
    for rel in rels:
        target = rel.get("Target", "")
        if isinstance(rel.tag, str) and rel.get("TargetMode") != "External" and target:
            found[rel.get("Id", "")] = (rel.get("Type", ""), target.lstrip("/") if target.startswith("/") else _join(base, target))
    return found


def _add_rel(rels: etree._Element, kind: str, part: str) -> str:
    ids = {rel.get("Id") for rel in rels if isinstance(rel.tag, str)}
    number = len(ids) + 1
    while f"rId{number}" in ids:
        number += 1
    etree.SubElement(rels, q("Relationship", PKG_REL_NS), Id=f"rId{number}", Type=kind, Target="/" + part)
    return f"rId{number}"


def _ensure_override(types: etree._Element, part: str, content_type: str) -> bool:
    name = "/" + part.lower()
    if any((o.get("PartName") or "").lower() == name for o in types.iter(q("Override", CT_NS))):
        return False
    etree.SubElement(types, q("Override", CT_NS), PartName="/" + part, ContentType=content_type)
    return True


def _ensure_vml_type(types: etree._Element, part: str) -> bool:
    name = "/" + part.lower()
    if any((d.get("Extension") or "").lower() == "vml" for d in types.iter(q("Default", CT_NS))) or any(
        (o.get("PartName") or "").lower() == name for o in types.iter(q("Override", CT_NS))
    ):
        return False
    types.insert(0, etree.Element(q("Default", CT_NS), Extension="vml", ContentType=VML_CT))
    return True


def _free_name(read_part: Callable[[str], bytes | None], pattern: str) -> tuple[str, int]:
    number = 1
    while read_part(pattern.format(number)) is not None:
        number += 1
    return pattern.format(number), number


def _child(root: etree._Element, tag: str, ns: str, index: int) -> etree._Element:
    found = root.find(q(tag, ns))
    if found is None:
        found = etree.Element(q(tag, ns))
        root.insert(index, found)
    return found


def _cell(ref: str) -> str:
    """``"$j$7"`` -> ``"J7"``; anything that is not a single cell is a caller's mistake."""
    found = _REF.fullmatch(ref.strip().upper())
    if found is None:
        raise ValueError(f"not a cell reference: {ref!r}")
    return found.group(1) + found.group(2)


def _norm(ref: str) -> str:
    return ref.replace("$", "").upper()


def _position(ref: str) -> tuple[int, int]:
    """``"J7"`` -> (6, 9): the 0-based row and column VML wants."""
    letters = ref.rstrip("0123456789")
    col = 0
    for letter in letters:
        col = col * 26 + ord(letter) - 64
    return int(ref[len(letters):]) - 1, col - 1


def _ref(row: int, col: int) -> str:
    letters, col = "", col + 1
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row + 1}"
