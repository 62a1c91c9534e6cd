"""The names the package format uses: XML namespaces in both flavours, relationship and content
types, and the parts every package has at fixed places.

"Strict Open XML" (Excel: Save As > Strict Open XML Spreadsheet) names the same things in other
namespaces; code that reads accepts both, code that writes writes the flavour it found.
"""

from __future__ import annotations

from typing import Any

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
STRICT_MAIN_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main"
STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships"

CONTENT_TYPES = "[Content_Types].xml"  # the package's content types, always at the root
PACKAGE_RELS = "_rels/.rels"  # the package's own links: the main part (the workbook) among them
USUAL_WORKBOOK = "xl/workbook.xml"  # where Excel puts the workbook part: only when no link names one

WORKSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
COMMENTS_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"
VML_CT = "application/vnd.openxmlformats-officedocument.vmlDrawing"
PLAIN_WORKBOOK_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
MACRO_WORKBOOK_CT = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"


def rel_ns_of(main_ns: str) -> str:
    """The relationships namespace that goes with a part's main namespace (strict or transitional).

    >>> rel_ns_of(STRICT_MAIN_NS) == STRICT_REL_NS, rel_ns_of(MAIN_NS) == REL_NS
    (True, True)
    """
    return STRICT_REL_NS if main_ns == STRICT_MAIN_NS else REL_NS


def q(tag: str, ns: str = MAIN_NS) -> str:
    """A tag or attribute name in Clark notation, as ElementTree and lxml spell it.

    >>> q("sheet")
    '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}sheet'
    """
    return f"{{{ns}}}{tag}"


def local_name(tag: object) -> str:
    """A tag without its namespace (``""`` for comments and processing instructions).

    >>> local_name(q("sheet", STRICT_MAIN_NS)), local_name("sheet")
    ('sheet', 'sheet')
    """
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def rel_id(element: Any) -> str | None:
    """The ``r:id`` of an element (an ElementTree or lxml one), in either flavour's namespace."""
    found: str | None = element.get(q("id", REL_NS)) or element.get(q("id", STRICT_REL_NS))
    return found
