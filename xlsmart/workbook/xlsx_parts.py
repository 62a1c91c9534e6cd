"""The small parts of an .xlsx the painter rewrites, and a zip copy that keeps the rest as is.

Members the painter does not change are copied as their raw compressed bytes (local header,
data and descriptor), so charts, images, VBA and everything else come out byte-identical.
The few small parts it must change (styles, workbook, relationships, content types) are edited
as trees; worksheets are patched as bytes by :mod:`xlsmart.workbook.paint.sheet_patch`.
"""

from __future__ import annotations

import copy
import io
import posixpath
import re
import struct
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

try:
    from lxml import etree
except ImportError:  # Pyodide, where lxml comes only from its CDN: reading needs none of it (the
    etree = None  # reader parses with defusedxml); writing a copy asks for it (xlsmart.extras)

from xlsmart import schema
from xlsmart.background import executor
from xlsmart.errors import UnreadableWorkbook
from xlsmart.workbook.inflate import compressor, crc32

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
WORKSHEET_TYPE = REL_NS + "/worksheet"
# "Strict Open XML" (Excel: Save As > Strict Open XML Spreadsheet) names the same parts otherwise.
STRICT_MAIN_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main"
STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships"


def rel_ns_of(main_ns: str) -> str:
    """The relationships namespace that goes with a part's main namespace (strict or transitional).

    >>> rel_ns_of(STRICT_MAIN_NS) == STRICT_REL_NS, rel_ns_of(MAIN_NS) == REL_NS
    (True, True)
    """
    return STRICT_REL_NS if main_ns == STRICT_MAIN_NS else REL_NS
WORKSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
STYLES_NAME = "_xlsmart_styles"  # hidden defined name: our clone xf -> the user's original xf
FINDINGS_NAME = "_xlsmart_findings"  # hidden defined name pointing at our Findings sheet
MAX_XFS = 64_000  # Excel refuses workbooks with more cell formats than about this
MAX_NAME_TEXT = 255  # characters in one string constant of a defined name, as Excel allows
MAX_CELL_TEXT = 32_767  # characters in one cell, as Excel allows
_PARSER = (etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=False)
           if etree is not None else None)
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")


def parse_xml(data: bytes, part: str) -> etree._Element:
    """Parse a part we will rewrite; DTDs are refused outright (billion laughs)."""
    if re.search(rb"<!(?:DOCTYPE|ENTITY)", data[:65536]):
        raise UnreadableWorkbook(f"{part} contains an XML DOCTYPE/ENTITY declaration: refused (unsafe XML)")
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise UnreadableWorkbook(f"cannot read {part}: {exc}") from None


def to_bytes(root: etree._Element) -> bytes:
    # Written like Excel writes it (double quotes): some consumers compare the prolog literally.
    return b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + etree.tostring(root, encoding="UTF-8")


def copy_raw(source: IO[bytes], info: zipfile.ZipInfo, target: zipfile.ZipFile) -> None:
    """Append one member to ``target`` exactly as its compressed bytes sit in ``source``."""
    source.seek(info.header_offset)
    header = source.read(_LOCAL_HEADER.size)
    fields = _LOCAL_HEADER.unpack(header)
    if fields[0] != b"PK\x03\x04":
        raise UnreadableWorkbook(f"damaged zip: bad local header for {info.filename}")
    rest = source.read(fields[-2] + fields[-1] + info.compress_size)
    descriptor = b""
    if info.flag_bits & 0x08:  # sizes follow the data in a descriptor, with or without a signature
        peek = source.read(4)
        big = info.file_size >= 0xFFFFFFFF or info.compress_size >= 0xFFFFFFFF
        size = (20 if big else 12) + (4 if peek == b"PK\x07\x08" else 0)
        descriptor = peek + source.read(size - 4)
    clone = copy.copy(info)
    clone.header_offset = target.fp.tell()
    target.fp.write(header + rest + descriptor)
    target.filelist.append(clone)
    target.NameToInfo[clone.filename] = clone
    target.start_dir = target.fp.tell()
    target._didModify = True


@dataclass(frozen=True)
class Deflated:
    """A member compressed ahead of writing: raw deflate bytes (as the compressor gave them, not
    joined: a worksheet's are megabytes), CRC-32 and inflated size."""

    pieces: tuple[bytes, ...]
    crc: int
    size: int

    @property
    def compressed_size(self) -> int:
        return sum(map(len, self.pieces))


def deflate(chunks: Iterable[bytes]) -> Deflated:
    """Compress a stream of chunks as they come, at the fast level (big parts: speed wins).

    The codec releases the GIL, so each chunk is compressed on a worker thread while the caller's
    generator produces the next one: patching and deflating a worksheet overlap on two cores.
    """
    packer = compressor()
    out: list[bytes] = []
    crc = size = 0

    def take(chunk: bytes) -> None:
        nonlocal crc, size
        crc = crc32(chunk, crc)
        size += len(chunk)
        out.append(packer.compress(chunk))

    with executor(1, "xlsmart-deflate") as worker:  # inline where threads cannot start (Pyodide)
        previous = None
        for chunk in chunks:
            if chunk:
                if previous is not None:
                    previous.result()  # in order: one chunk in flight at a time
                previous = worker.submit(take, chunk)
        if previous is not None:
            previous.result()
    out.append(packer.flush())
    return Deflated(tuple(piece for piece in out if piece), crc, size)


def write_deflated(target: zipfile.ZipFile, name: str, member: Deflated, date_time: tuple[int, ...]) -> None:
    """Append a member compressed by :func:`deflate`: a local header, then its bytes."""
    info = zipfile.ZipInfo(name, date_time=date_time)  # type: ignore[arg-type]
    info.compress_type = zipfile.ZIP_DEFLATED
    info.CRC, info.file_size, info.compress_size = member.crc, member.size, member.compressed_size
    info.header_offset = target.fp.tell()
    zip64 = member.size >= zipfile.ZIP64_LIMIT or info.compress_size >= zipfile.ZIP64_LIMIT
    target.fp.write(info.FileHeader(zip64=zip64))
    target.fp.writelines(member.pieces)
    target.filelist.append(info)
    target.NameToInfo[name] = info
    target.start_dir = target.fp.tell()
    target._didModify = True


def quote_sheet(name: str) -> str:
    """A sheet name as a formula or defined name writes it: quoted, its quotes doubled.

    >>> quote_sheet("KPI's")
    "'KPI''s'"
    """
    return "'" + name.replace("'", "''") + "'"


def q(tag: str, ns: str = MAIN_NS) -> str:
    return f"{{{ns}}}{tag}"


class Unplanned(Exception):
    """A frozen palette was asked for a clone it does not have (see :mod:`sheet_jobs`)."""


class StylePalette:
    """styles.xml with our two fills and the clone xfs that carry them, reused across runs.

    ``target(s, severity)`` gives the xf to paint a cell whose style is ``s``; ``original(s)``
    gives the user's own xf behind one of our clones (or ``s`` itself). A ``frozen`` palette
    makes no new clones: it raises :class:`Unplanned` instead.
    """

    frozen = False

    def __init__(self, data: bytes, mapping: dict[int, int]) -> None:
        self.changed = False
        self.root = parse_xml(data, "xl/styles.xml")
        self.ns = self.root.nsmap.get(None, MAIN_NS)
        self.fills = self._child("fills", after=("numFmts", "fonts"))
        self.xfs = self._child("cellXfs", after=("numFmts", "fonts", "fills", "borders", "cellStyleXfs"))
        self.fill_ids = {sev: self._fill(rgb) for sev, rgb in schema.FILL_COLOURS.items()}
        ours = {str(i) for i in self.fill_ids.values()}
        self.to_original: dict[int, int] = {}
        for index, xf in enumerate(self.xfs):
            if xf.get("fillId") in ours:
                known = mapping.get(index)
                self.to_original[index] = known if known is not None and known < len(self.xfs) else self._plain(xf)
        self.clones = {(orig, self._severity(c)): c for c, orig in self.to_original.items()}
        self.memo: dict[tuple[int, str | None], int] = {}  # (style, severity or None) -> the style to write

    def original(self, style: int) -> int:
        return self.to_original.get(style, style)

    def target(self, style: int, severity: str) -> int:
        base = self.original(style)
        found = self.clones.get((base, severity))
        if found is not None:
            return found
        if len(self.xfs) >= MAX_XFS or base >= len(self.xfs):
            return style  # better an uncoloured row than a workbook Excel refuses to open
        if self.frozen:
            raise Unplanned(f"no clone of style {base} for {severity}")
        clone = copy.deepcopy(self.xfs[base])
        clone.set("fillId", str(self.fill_ids[severity]))
        clone.set("applyFill", "1")
        self.xfs.append(clone)
        index = len(self.xfs) - 1
        self.xfs.set("count", str(len(self.xfs)))
        self.clones[(base, severity)] = index
        self.to_original[index] = base
        self.changed = True
        return index

    def mapping_text(self) -> str:
        return ",".join(f"{c}={o}" for c, o in sorted(self.to_original.items()))

    def to_bytes(self) -> bytes:
        return to_bytes(self.root)

    def _child(self, tag: str, *, after: tuple[str, ...]) -> etree._Element:
        found = self.root.find(q(tag, self.ns))
        if found is not None:
            return found
        element = etree.Element(q(tag, self.ns), count="0")
        anchor = [self.root.find(q(t, self.ns)) for t in after]
        present = [a for a in anchor if a is not None]
        if present:
            present[-1].addnext(element)
        else:
            self.root.insert(0, element)
        self.changed = True
        return element

    def _fill(self, rgb: str) -> int:
        for index, fill in enumerate(self.fills):
            pattern = fill.find(q("patternFill", self.ns))
            colour = pattern.find(q("fgColor", self.ns)) if pattern is not None else None
            if pattern is not None and pattern.get("patternType") == "solid" and colour is not None:
                if (colour.get("rgb") or "").upper() == rgb:
                    return index
        while len(self.fills) < 2:  # Excel reserves fills 0 (none) and 1 (gray125)
            etree.SubElement(etree.SubElement(self.fills, q("fill", self.ns)), q("patternFill", self.ns), patternType="none")
        fill = etree.SubElement(self.fills, q("fill", self.ns))
        pattern = etree.SubElement(fill, q("patternFill", self.ns), patternType="solid")
        etree.SubElement(pattern, q("fgColor", self.ns), rgb=rgb)
        etree.SubElement(pattern, q("bgColor", self.ns), indexed="64")
        self.fills.set("count", str(len(self.fills)))
        self.changed = True
        return len(self.fills) - 1

    def _severity(self, index: int) -> str:
        fill = self.xfs[index].get("fillId")
        return next(sev for sev, i in self.fill_ids.items() if str(i) == fill)

    def _plain(self, xf: etree._Element) -> int:
        """The user's xf a clone came from when our map was lost: same xf, fill none."""
        wanted = {k: v for k, v in xf.attrib.items() if k not in ("fillId", "applyFill")}
        ours = {str(i) for i in self.fill_ids.values()}
        for index, other in enumerate(self.xfs):
            attrs = {k: v for k, v in other.attrib.items() if k not in ("fillId", "applyFill")}
            if other.get("fillId") not in ours and attrs == wanted and len(other) == len(xf):
                return index
        plain = copy.deepcopy(xf)
        plain.set("fillId", "0")
        plain.attrib.pop("applyFill", None)
        self.xfs.append(plain)
        self.xfs.set("count", str(len(self.xfs)))
        self.changed = True
        return len(self.xfs) - 1


def read_mapping(text: str | None) -> dict[int, int]:
    """Parse our ``_xlsmart_styles`` name: ``"12=3,13=5"`` -> {12: 3, 13: 5}."""
    pairs = re.findall(r"(\d+)=(\d+)", text or "")
    return {int(c): int(o) for c, o in pairs}


def main_part(package_rels: Iterable[Any] | None) -> str:
    """The workbook part the package's ``_rels/.rels`` points at (its officeDocument), in both
    the transitional and the strict flavour; ``xl/workbook.xml`` when there is no such link.

    >>> rels = etree.fromstring(b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    ...     b'<Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" '
    ...     b'Target="/workbook/book.xml"/></Relationships>')
    >>> main_part(rels), main_part(None)
    ('workbook/book.xml', 'xl/workbook.xml')
    """
    for rel in package_rels if package_rels is not None else ():
        if (rel.get("Type") or "").endswith("/officeDocument"):
            return resolve_target("", rel.get("Target", ""))
    return "xl/workbook.xml"


class WorkbookParts:
    """workbook.xml, its relationships and [Content_Types].xml: sheets, names, new parts."""

    def __init__(self, archive: zipfile.ZipFile, workbook_part: str | None = None) -> None:
        if workbook_part is None:
            rels = "_rels/.rels"
            workbook_part = main_part(parse_xml(archive.read(rels), rels) if rels in archive.NameToInfo else None)
        self.part = workbook_part
        self.rels_part = rels_part_of(workbook_part)
        self.root = parse_xml(archive.read(workbook_part), workbook_part)
        self.rels = parse_xml(archive.read(self.rels_part), self.rels_part)
        self.types = parse_xml(archive.read("[Content_Types].xml"), "[Content_Types].xml")
        self.ns = self.root.nsmap.get(None, MAIN_NS)
        self.rel_ns = rel_ns_of(self.ns)
        self.sheets_element = self.root.find(q("sheets", self.ns))
        if self.sheets_element is None:
            raise UnreadableWorkbook(f"{workbook_part} lists no sheets: not a readable workbook")
        self.names = set(archive.NameToInfo)

    @property
    def styles_part(self) -> str | None:
        """The styles part the workbook links to (``xl/styles.xml`` where Excel puts it)."""
        for rel in self.rels:
            if rel.get("Type", "").endswith("/styles") and rel.get("TargetMode") != "External":
                return resolve_target(self.part, rel.get("Target", ""))
        return None

    def sheets(self) -> list[tuple[str, str]]:
        """(sheet name, worksheet part) in workbook order; chart sheets and broken links skipped."""
        targets = {}
        for rel in self.rels:
            if rel.get("Type", "").endswith("/worksheet"):  # either flavour's type
                targets[rel.get("Id")] = resolve_target(self.part, rel.get("Target", ""))
        found = []
        for sheet in self.sheets_element:
            part = targets.get(sheet.get(q("id", self.rel_ns)) or sheet.get(q("id", REL_NS)))
            if part:
                found.append((sheet.get("name", ""), part))
        return found

    def defined_name(self, name: str) -> str | None:
        for element in self._defined_names(create=False):
            if element.get("name") == name:
                return element.text
        return None

    def set_defined_name(self, name: str, value: str) -> None:
        names = self._defined_names(create=True)
        for element in list(names):
            if element.get("name") == name:
                names.remove(element)
        element = etree.SubElement(names, q("definedName", self.ns), name=name, hidden="1")
        element.text = value

    def long_text(self, name: str) -> str:
        """Text kept in hidden names ``name``, ``name_2``, ...: see :meth:`set_long_text`."""
        parts, number = [], 1
        while (value := self.defined_name(name if number == 1 else f"{name}_{number}")) is not None:
            parts.append(value.strip('"'))
            number += 1
        return "".join(parts)

    def set_long_text(self, name: str, text: str) -> None:
        """Keep ``text`` in hidden names as string constants, split where Excel's limit of
        255 characters per constant requires (``name``, ``name_2``, ...); older pieces go."""
        number = 2
        while self.defined_name(f"{name}_{number}") is not None:
            self.remove_defined_name(f"{name}_{number}")
            number += 1
        pieces = [text[at:at + MAX_NAME_TEXT] for at in range(0, len(text), MAX_NAME_TEXT)] or [""]
        for number, piece in enumerate(pieces, start=1):
            self.set_defined_name(name if number == 1 else f"{name}_{number}", f'"{piece}"')

    def remove_defined_name(self, name: str) -> None:
        names = self._defined_names(create=False)
        for element in list(names):
            if element.get("name") == name:
                names.remove(element)

    def rename_sheet(self, old: str, new: str) -> None:
        for sheet in self.sheets_element:
            if sheet.get("name") == old:
                sheet.set("name", new)

    def add_sheet(self, name: str) -> str:
        """Append a worksheet entry, relationship and content type; return its new part name.

        The part goes beside the workbook's other worksheets (``xl/worksheets/`` where Excel puts
        them), under a name no part has in any letter case, linked the way Excel links: relative.
        """
        sheets = [part for _, part in self.sheets()]
        folder = sheets[0].rpartition("/")[0] if sheets else "xl/worksheets"
        taken = {name.casefold() for name in self.names}  # part names are one whatever their case
        number = 1
        while f"{folder}/sheet{number}.xml".lstrip("/").casefold() in taken:
            number += 1
        part = f"{folder}/sheet{number}.xml".lstrip("/")
        self.names.add(part)
        ids = {rel.get("Id") for rel in self.rels}
        rel_number = len(ids) + 1
        while f"rId{rel_number}" in ids:
            rel_number += 1
        rel_id = f"rId{rel_number}"
        etree.SubElement(self.rels, q("Relationship", PKG_REL_NS), Id=rel_id, Type=self.rel_ns + "/worksheet",
                         Target=posixpath.relpath(part, self.part.rpartition("/")[0] or "."))
        sheet_ids = [int(s.get("sheetId", "0")) for s in self.sheets_element]
        entry = etree.SubElement(self.sheets_element, q("sheet", self.ns), name=name,
                                 sheetId=str(max(sheet_ids, default=0) + 1))
        entry.set(q("id", self.rel_ns), rel_id)
        etree.SubElement(self.types, q("Override", CT_NS), PartName="/" + part, ContentType=WORKSHEET_CT)
        return part

    def _defined_names(self, *, create: bool) -> etree._Element:
        names = self.root.find(q("definedNames", self.ns))
        if names is None:
            names = etree.Element(q("definedNames", self.ns))
            if not create:
                return names
            # CT_Workbook order: ... sheets, functionGroups, externalReferences, definedNames ...
            anchor = self.sheets_element
            for tag in ("functionGroups", "externalReferences"):
                found = self.root.find(q(tag, self.ns))
                anchor = found if found is not None else anchor
            anchor.addnext(names)
        return names


def misnamed_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Member name -> the name the package's links use, for members that differ from it only in
    letter case or in backslashes (part names are case-insensitive in OPC; some writers use
    ``\\``). Empty for a package whose names are as its links say, as Excel writes them.

    >>> import io
    >>> buffer = io.BytesIO()
    >>> with zipfile.ZipFile(buffer, "w") as z:
    ...     z.writestr("[Content_Types].xml", "<Types/>"); z.writestr("_rels\\.rels", "<Relationships/>")
    >>> list(misnamed_parts(zipfile.ZipFile(buffer)).values())
    ['_rels/.rels']
    """
    names = {info.filename: info.filename.replace("\\", "/") for info in archive.infolist()}
    linked = {"[Content_Types].xml", "_rels/.rels"}  # the names links use, found from the root down
    followed: set[str] = set()  # rels parts already read: each is read once
    for _ in range(3):  # the package's links, then the workbook's, then the sheets'
        expected = {name.casefold(): name for name in linked | set(_rels_parts(linked))}
        names = {original: expected.get(name.casefold(), name) for original, name in names.items()}
        for original, name in names.items():
            if name.endswith(".rels") and name.casefold() in expected and original not in followed:
                followed.add(original)
                with archive.open(original) as rels:
                    linked |= _link_targets(rels.read(1 << 20), name)
    return {original: name for original, name in names.items() if original != name}


def rels_part_of(part: str) -> str:
    """The relationships part of a part, wherever the part sits (the package root included).

    >>> rels_part_of("xl/worksheets/sheet1.xml"), rels_part_of("sheet1.xml")
    ('xl/worksheets/_rels/sheet1.xml.rels', '_rels/sheet1.xml.rels')
    """
    folder, _, file = part.rpartition("/")
    return (folder + "/" if folder else "") + "_rels/" + file + ".rels"


def _rels_parts(parts: Iterable[str]) -> Iterator[str]:
    return map(rels_part_of, parts)


def _link_targets(rels: bytes, rels_part: str) -> set[str]:
    """The internal parts a ``.rels`` part links to, as package paths."""
    folder, _, name = rels_part.rpartition("_rels/")
    source_part = folder + name.removesuffix(".rels")  # the part these links are from
    return {resolve_target(source_part, found.group(1).decode("utf-8", "replace"))
            for found in _LINK.finditer(rels) if b"External" not in found.group(0)}


_LINK = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*?\sTarget\s*=\s*[\"']([^\"']*)[\"'][^>]*>")


def renamed_package(data: bytes, names: dict[str, str]) -> bytes:
    """A copy of the package ``data`` with members renamed by ``names``; contents unchanged."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            renamed = copy.copy(info)
            renamed.filename = names.get(info.filename, info.filename)
            target.writestr(renamed, source.read(info))
    return buffer.getvalue()


def resolve_target(source_part: str, target: str) -> str:
    """The part a relationship's ``Target`` names, seen from the part whose rels hold it: an
    absolute target from the package root, a relative one from that part's folder.

    >>> resolve_target("xl/workbook.xml", "worksheets/sheet1.xml"), resolve_target("xl/workbook.xml", "/xl/s.xml")
    ('xl/worksheets/sheet1.xml', 'xl/s.xml')
    >>> resolve_target("xl/worksheets/sheet1.xml", "../comments1.xml"), resolve_target("book.xml", "sheet1.xml")
    ('xl/comments1.xml', 'sheet1.xml')
    """
    return _join("" if target.startswith("/") else source_part.rpartition("/")[0], target)


def _join(base: str, target: str) -> str:
    parts: list[str] = []
    for piece in (base + "/" + target).split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts)
