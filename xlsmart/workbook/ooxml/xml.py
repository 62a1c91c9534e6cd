"""Parsing a package's XML parts safely, and writing one back the way Excel writes it.

Two parsers, for two jobs: :func:`parse_safely` (defusedxml, standard library trees) for what
the reader only reads, which must also work where lxml is absent (Pyodide); :func:`parse_xml`
(lxml, no entities, no network) for the parts the painter edits and writes back.
"""

from __future__ import annotations

import re
import zipfile
from typing import Any

from defusedxml import ElementTree as SafeET

from xlsmart.errors import UnreadableWorkbook, WorkbookTooLarge

try:
    from lxml import etree
except ImportError:  # Pyodide, where lxml comes only from its CDN: reading needs none of it (the
    etree = None  # reader parses with defusedxml); writing a copy asks for it (xlsmart.extras)

MAX_SMALL_PART = 64 << 20  # bytes: a workbook or relationships part larger than this is no honest one
_PARSER = (etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=False)
           if etree is not None else None)
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)")


def parse_xml(data: bytes, part: str) -> Any:
    """Parse a part we will rewrite (an lxml element); DTDs are refused outright (billion laughs)."""
    if _DECLARATION.search(data[:65536]):
        raise UnreadableWorkbook(f"{part} contains an XML DOCTYPE/ENTITY declaration: refused (unsafe XML)")
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise UnreadableWorkbook(f"cannot read {part}: {exc}") from None


def to_bytes(root: Any) -> bytes:
    """An lxml element as a part: written like Excel writes it (double quotes in the prolog),
    since some consumers compare the prolog literally."""
    return b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + etree.tostring(root, encoding="UTF-8")


def parse_safely(archive: zipfile.ZipFile, part: str, label: str) -> Any:
    """Parse a small part the reader only reads (workbook, relationships): DTDs and entities
    forbidden, size bounded; a standard library element. Errors name ``label``, the file."""
    info = archive.getinfo(part)
    if info.file_size > MAX_SMALL_PART:
        raise WorkbookTooLarge(f"{label}: {part} is {info.file_size / 2**20:,.0f} MB, too large for its kind")
    try:
        return SafeET.fromstring(archive.read(part), forbid_dtd=True)
    except Exception as exc:  # defusedxml raises several unrelated types; all mean "refuse"
        kind = "unsafe XML (DTD/entities)" if "DTD" in type(exc).__name__ or "Entit" in type(exc).__name__ else exc
        raise UnreadableWorkbook(f"{label}: cannot read {part}: {kind}") from None
