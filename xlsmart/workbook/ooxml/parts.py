"""How the parts of a package find each other: relationships and content types.

A part's links sit in its ``.rels`` part (``xl/_rels/workbook.xml.rels`` for
``xl/workbook.xml``); a link's target is relative to the part it is from, or absolute from the
package root. The package's own links (``_rels/.rels``) name the main part, the workbook, which
need not be ``xl/workbook.xml``. Part names are case-insensitive, and some writers use
backslashes: :func:`misnamed_parts` finds members named unlike their links.
"""

from __future__ import annotations

import copy
import io
import posixpath
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from xlsmart.workbook.ooxml.names import CONTENT_TYPES, CT_NS, PACKAGE_RELS, PKG_REL_NS, USUAL_WORKBOOK, q


def rels_part_of(part: str) -> str:
    """The relationships part of a part, wherever the part sits (the package root included).

    >>> rels_part_of("xl/worksheets/sheet1.xml"), rels_part_of("sheet1.xml"), rels_part_of("")
    ('xl/worksheets/_rels/sheet1.xml.rels', '_rels/sheet1.xml.rels', '_rels/.rels')
    """
    folder, _, file = part.rpartition("/")
    return (folder + "/" if folder else "") + "_rels/" + file + ".rels"


def source_of(rels_part: str) -> str:
    """The part whose links a ``.rels`` part holds (``""``: the package): :func:`rels_part_of` undone.

    >>> source_of("xl/worksheets/_rels/sheet1.xml.rels"), source_of("_rels/.rels")
    ('xl/worksheets/sheet1.xml', '')
    """
    folder, _, name = rels_part.rpartition("_rels/")
    return folder + name.removesuffix(".rels")


def resolve_target(source_part: str, target: str) -> str:
    """The part a relationship's ``Target`` names, seen from the part whose rels hold it: an
    absolute target from the package root, a relative one from that part's folder.

    >>> resolve_target("xl/workbook.xml", "worksheets/sheet1.xml"), resolve_target("xl/workbook.xml", "/xl/s.xml")
    ('xl/worksheets/sheet1.xml', 'xl/s.xml')
    >>> resolve_target("xl/worksheets/sheet1.xml", "../comments1.xml"), resolve_target("book.xml", "sheet1.xml")
    ('xl/comments1.xml', 'sheet1.xml')
    """
    base = "" if target.startswith("/") else source_part.rpartition("/")[0]
    parts: list[str] = []
    for piece in (base + "/" + target).split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts)


def relative_target(source_part: str, part: str) -> str:
    """The ``Target`` that links ``source_part`` to ``part`` the way Excel writes it: relative.

    >>> relative_target("xl/workbook.xml", "xl/worksheets/sheet2.xml"), relative_target("book.xml", "s.xml")
    ('worksheets/sheet2.xml', 's.xml')
    """
    return posixpath.relpath(part, source_part.rpartition("/")[0] or ".")


@dataclass(frozen=True)
class Link:
    """One internal relationship: its type (a URI in either flavour) and the part it names."""

    type: str
    part: str

    def is_a(self, kind: str) -> bool:
        """Whether the link is of ``kind`` (``"worksheet"``, ``"styles"``...), in either flavour."""
        return self.type.endswith("/" + kind)


def links(rels: Iterable[Any], source_part: str) -> dict[str, Link]:
    """Relationship id -> :class:`Link`, for the internal links of a parsed ``.rels`` part (an
    ElementTree or lxml element) of ``source_part``; external targets and comments are skipped."""
    return {rel.get("Id", ""): Link(rel.get("Type", ""), resolve_target(source_part, rel.get("Target", "")))
            for rel in rels if isinstance(rel.tag, str) and rel.get("TargetMode") != "External"}


def main_part(package_rels: Iterable[Any] | None) -> str:
    """The workbook part the package's ``_rels/.rels`` points at (its officeDocument), in both
    the transitional and the strict flavour; ``xl/workbook.xml`` when there is no such link.

    >>> from xml.etree import ElementTree
    >>> rels = ElementTree.fromstring('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    ...     'relationships"><Relationship Id="rId1" Target="/workbook/book.xml" '
    ...     'Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"/></Relationships>')
    >>> main_part(rels), main_part(None)
    ('workbook/book.xml', 'xl/workbook.xml')
    """
    for rel in package_rels if package_rels is not None else ():
        if (rel.get("Type") or "").endswith("/officeDocument"):
            return resolve_target("", rel.get("Target", ""))
    return USUAL_WORKBOOK


def add_relationship(rels: Any, kind: str, target: str) -> str:
    """Link a new target from an lxml ``.rels`` element, under the first free ``rId{n}``; its id."""
    from xlsmart.workbook.ooxml.xml import etree

    ids = {rel.get("Id") for rel in rels if isinstance(rel.tag, str)}
    number = len(ids) + 1
    while f"rId{number}" in ids:
        number += 1
    etree.SubElement(rels, q("Relationship", PKG_REL_NS), Id=f"rId{number}", Type=kind, Target=target)
    return f"rId{number}"


def add_override(types: Any, part: str, content_type: str) -> None:
    """Give ``part`` its content type in an lxml ``[Content_Types].xml`` element."""
    from xlsmart.workbook.ooxml.xml import etree

    etree.SubElement(types, q("Override", CT_NS), PartName="/" + part, ContentType=content_type)


def ensure_content_type(types: Any, part: str, content_type: str, extension: str | None = None) -> bool:
    """Give ``part`` a content type unless it has one: an Override, or a Default for ``extension``.
    Whether anything was added."""
    from xlsmart.workbook.ooxml.xml import etree

    if any((o.get("PartName") or "").lower() == "/" + part.lower() for o in types.iter(q("Override", CT_NS))):
        return False
    if extension is None:
        add_override(types, part, content_type)
    elif all((d.get("Extension") or "").lower() != extension for d in types.iter(q("Default", CT_NS))):
        types.insert(0, etree.Element(q("Default", CT_NS), Extension=extension, ContentType=content_type))
    else:
        return False
    return True


def misnamed_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Member name -> the name the package's links use, for members that differ from it only in
    letter case or in backslashes (part names are case-insensitive in OPC; some writers use
    ``\\``). Empty for a package whose names are as its links say, as Excel writes them.

    >>> buffer = io.BytesIO()
    >>> with zipfile.ZipFile(buffer, "w") as z:
    ...     z.writestr("[Content_Types].xml", "<Types/>"); z.writestr("_rels\\.rels", "<Relationships/>")
    >>> list(misnamed_parts(zipfile.ZipFile(buffer)).values())
    ['_rels/.rels']
    """
    names = {info.filename: info.filename.replace("\\", "/") for info in archive.infolist()}
    linked = {CONTENT_TYPES, PACKAGE_RELS}  # the names links use, found from the root down
    followed: set[str] = set()  # rels parts already read: each is read once
    for _ in range(3):  # the package's links, then the workbook's, then the sheets'
        expected = {name.casefold(): name for name in linked | {rels_part_of(part) for part in linked}}
        names = {original: expected.get(name.casefold(), name) for original, name in names.items()}
        for original, name in names.items():
            if name.endswith(".rels") and name.casefold() in expected and original not in followed:
                followed.add(original)
                with archive.open(original) as rels:
                    linked |= _link_targets(rels.read(1 << 20), name)
    return {original: name for original, name in names.items() if original != name}


def _link_targets(rels: bytes, rels_part: str) -> set[str]:
    """The internal parts a ``.rels`` part links to, as package paths (read by a pattern: the
    part may be anything, and only the targets matter)."""
    source = source_of(rels_part)
    return {resolve_target(source, found.group(1).decode("utf-8", "replace"))
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
