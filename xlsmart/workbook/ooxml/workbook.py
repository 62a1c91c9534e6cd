"""``workbook.xml``, read once: its sheets (name, relationship id, the part each links to) and
its defined names; and, for the painter, edited in place and written back.

:func:`sheet_entries` reads the sheet list from parsed trees of either kind (the reader's
standard library trees, the painter's lxml ones), in either flavour, so every caller finds the
same sheets the same way. The workbook part is the one the package's links name
(:func:`~xlsmart.workbook.ooxml.parts.main_part`), not a fixed path.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from xlsmart.errors import UnreadableWorkbook
from xlsmart.workbook.ooxml.names import (
    CONTENT_TYPES,
    MAIN_NS,
    PACKAGE_RELS,
    WORKSHEET_CT,
    local_name,
    q,
    rel_id,
    rel_ns_of,
)
from xlsmart.workbook.ooxml.parts import (
    Link,
    add_override,
    add_relationship,
    links,
    main_part,
    relative_target,
    rels_part_of,
)
from xlsmart.workbook.ooxml.xml import etree, parse_xml

MAX_NAME_TEXT = 255  # characters in one string constant of a defined name, as Excel allows


@dataclass(frozen=True)
class SheetEntry:
    """One ``<sheet>`` of the workbook: its name, its ``r:id`` and the link that id names (None
    for a broken one). Chart sheets are entries too: their link is no worksheet."""

    name: str
    rel_id: str
    link: Link | None

    @property
    def worksheet(self) -> str | None:
        """The worksheet part, or None for a chart or dialog sheet or a broken link."""
        return self.link.part if self.link is not None and self.link.is_a("worksheet") else None


def sheet_entries(workbook: Any, rels: Iterable[Any], workbook_part: str) -> list[SheetEntry] | None:
    """The sheets of a parsed workbook part in workbook order, with their links resolved from the
    parsed ``rels`` of ``workbook_part``; None when the workbook has no ``<sheets>`` at all."""
    targets = links(rels, workbook_part)
    sheets = next((child for child in workbook if local_name(child.tag) == "sheets"), None)
    if sheets is None:
        return None
    entries = []
    for sheet in sheets:
        if local_name(sheet.tag) == "sheet":
            found = rel_id(sheet) or ""
            entries.append(SheetEntry(sheet.get("name", ""), found, targets.get(found)))
    return entries


def workbook_part_of(archive: zipfile.ZipFile) -> str:
    """The workbook part the package's links name (``xl/workbook.xml`` where Excel puts it)."""
    rels = parse_xml(archive.read(PACKAGE_RELS), PACKAGE_RELS) if PACKAGE_RELS in archive.NameToInfo else None
    return main_part(rels)


class WorkbookParts:
    """workbook.xml, its relationships and [Content_Types].xml, as lxml trees to edit: sheets,
    defined names, new sheets. The painter writes the three back with
    :func:`~xlsmart.workbook.ooxml.xml.to_bytes` when they changed."""

    def __init__(self, archive: zipfile.ZipFile, workbook_part: str | None = None) -> None:
        self.part = workbook_part or workbook_part_of(archive)
        self.rels_part = rels_part_of(self.part)
        self.root = parse_xml(archive.read(self.part), self.part)
        self.rels = parse_xml(archive.read(self.rels_part), self.rels_part)
        self.types = parse_xml(archive.read(CONTENT_TYPES), CONTENT_TYPES)
        self.ns = self.root.nsmap.get(None, MAIN_NS)
        self.rel_ns = rel_ns_of(self.ns)
        self.sheets_element = self.root.find(q("sheets", self.ns))
        if self.sheets_element is None:
            raise UnreadableWorkbook(f"{self.part} lists no sheets: not a readable workbook")
        self.names = set(archive.NameToInfo)

    def linked_part(self, kind: str) -> str | None:
        """The part of ``kind`` (``"styles"``, ``"sharedStrings"``) the workbook links to."""
        return next((link.part for link in links(self.rels, self.part).values() if link.is_a(kind)), None)

    def sheets(self) -> list[tuple[str, str]]:
        """(sheet name, worksheet part) in workbook order; chart sheets and broken links skipped."""
        entries = sheet_entries(self.root, self.rels, self.part) or []
        return [(entry.name, entry.worksheet) for entry in entries if entry.worksheet]

    def defined_name(self, name: str) -> str | None:
        for element in self._defined_names(create=False):
            if element.get("name") == name:
                text: str | None = element.text
                return text
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
        link = add_relationship(self.rels, self.rel_ns + "/worksheet", relative_target(self.part, part))
        sheet_ids = [int(s.get("sheetId", "0")) for s in self.sheets_element]
        entry = etree.SubElement(self.sheets_element, q("sheet", self.ns), name=name,
                                 sheetId=str(max(sheet_ids, default=0) + 1))
        entry.set(q("id", self.rel_ns), link)
        add_override(self.types, part, WORKSHEET_CT)
        return part

    def _defined_names(self, *, create: bool) -> Any:
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
