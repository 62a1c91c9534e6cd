"""Turn the sheets openpyxl wrote into the reproducible template package (.xlsm, or .xlsx for Lite).

openpyxl writes an .xlsx package and no cached values for formulas. This module:

1. puts a cached value into every formula cell (computed by our worksheet functions, i.e. the
   core), so readers that do not calculate (calamine, LibreOffice, a preview, Excel before
   "Enable Content", Excel on a Mac) show results;
2. writes the workbook part (``xl/workbook.xml``) as Excel does: a ``<fileVersion>``, and ``<calcPr>`` with the calcId
   of current Excel and no ``fullCalcOnLoad`` (which would throw those cached values away on
   every open); ``Workbook_Open`` recalculates instead, once macros run;
3. (classic) adds the VBA project (``xl/vbaProject.bin``) with pyOpenVBA: the xlwings module and
   its Dictionary class (as xlwings' standalone quickstart has them), the pre-generated UDF
   wrappers, the ribbon callbacks, the Insert Function help (:mod:`.registration`) and the
   ``ThisWorkbook`` code, all from ``xlsmart/excel/vba``; its ``_VBA_PROJECT`` stream is
   written as MS-OVBA tells a writer to (see :data:`VBA_PROJECT_STREAM`);
4. (classic) marks the workbook part macro-enabled, adds the ribbon twice, ``customUI.xml`` for
   Office 2007 and ``customUI14.xml`` for 2010 and later, each with its relationship from
   ``_rels/.rels``;
5. pins the document dates and the zip entries' timestamps, so one build equals the next byte
   for byte.
"""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
from pathlib import Path
from string import Template
from typing import Any
from xml.sax.saxutils import escape

from defusedxml import ElementTree

from xlsmart.excel import registration
from xlsmart.excel.texts import TEXTS
from xlsmart.model import CellError
from xlsmart.workbook.ooxml.names import CONTENT_TYPES, MACRO_WORKBOOK_CT, PACKAGE_RELS, PLAIN_WORKBOOK_CT
from xlsmart.workbook.ooxml.parts import links, main_part, rels_part_of
from xlsmart.workbook.ooxml.workbook import sheet_entries

VBA_DIR = Path(__file__).with_name("vba")
# (module name, file in vba/, is a class module), in the order they are added to the project
VBA_MODULES: tuple[tuple[str, str, bool], ...] = (
    ("xlwings", "xlwings.bas", False),
    ("Dictionary", "Dictionary.cls", True),
    ("xlwings_udfs", "xlwings_udfs.bas", False),
    ("xlsmart_ribbon", "xlsmart_ribbon.bas", False),
)
THIS_WORKBOOK = "ThisWorkbook.cls"  # the body of the workbook's document module (Workbook_Open)
# The ribbon, once per customUI schema: Office 2010+ reads the 2009/07 part through the 2007
# relationship type and ignores the other; Office 2007 knows only the 2006 pair. Both parts come
# from the one template vba/customUI.xml. (part, relationship type, customUI namespace, rel Id)
CUSTOM_UI_PART = "customUI/customUI14.xml"
CUSTOM_UI_REL = "http://schemas.microsoft.com/office/2007/relationships/ui/extensibility"
CUSTOM_UI_2006_PART = "customUI/customUI.xml"
CUSTOM_UI_2006_REL = "http://schemas.microsoft.com/office/2006/relationships/ui/extensibility"
CUSTOM_UI: tuple[tuple[str, str, str, str], ...] = (
    (CUSTOM_UI_2006_PART, CUSTOM_UI_2006_REL, "http://schemas.microsoft.com/office/2006/01/customui", "rIdXlsmartUI12"),
    (CUSTOM_UI_PART, CUSTOM_UI_REL, "http://schemas.microsoft.com/office/2009/07/customui", "rIdXlsmartUI"),
)
# MS-OVBA 2.3.4.1 _VBA_PROJECT stream, as a writer must write it: Reserved1 0x61CC, Version
# 0xFFFF ("MUST be 0xFFFF on write": Office then compiles from the source and ignores any cache),
# Reserved2 0x00, Reserved3 (undefined; 0x0001 as in xlwings' own quickstart_standalone.xlsm),
# and no PerformanceCache ("MUST NOT be written"). pyOpenVBA keeps the version of the Office
# build its blank project came from (0x00B5) and zeroes the cache, which is neither.
VBA_PROJECT_STREAM = bytes.fromhex("cc61" "ffff" "00" "0100")
# workbook.xml as current Excel (Microsoft 365, calculation engine 191029) writes it.
CALC_ID = 191029
FILE_VERSION = '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="28112"/>'
PINNED_DATE = "2026-01-01T00:00:00Z"
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
# The xlwings.conf sheet. xlwings 0.37.8's VBA (vba/xlwings.bas, GetConfigFromSheet) reads the
# keys of column A from A1 down to the last cell before the first empty one
# (Range("A1").End(xlDown)), upper-cased, with the values of column B; GetConfig then returns the
# sheet's value for any key it finds there, even "", before it looks at the directory's or the
# user's ~/.xlwings/xlwings.conf. So the block holds only keys with a value; the interpreter
# keys, which only the user can fill in, sit below an empty row (template._xlwings_conf).
XLWINGS_CONF: tuple[tuple[str, Any], ...] = (
    ("UDF Modules", "xlsmart.excel.udfs"),
    ("Debug UDFs", False),
    ("Use UDF Server", False),
    ("Show Console", False),
)
XLWINGS_CONF_OPTIONAL: tuple[str, ...] = ("Interpreter_Win", "Interpreter_Mac", "PYTHONPATH", "Conda Path", "Conda Env")


def vba_source(file_name: str) -> str:
    """A VBA file from ``xlsmart/excel/vba`` with the CRLF line ends VBA stores."""
    text = (VBA_DIR / file_name).read_text(encoding="utf-8")
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def custom_ui(lang: str, namespace: str = CUSTOM_UI[1][2]) -> str:
    """The ribbon XML (tab "xlsmart": Validate, Clear colours, Help) with labels in ``lang``.

    ``namespace`` picks the customUI schema (2009/07 by default, 2006/01 for ``customUI.xml``).

    >>> 'onAction="XlsmartValidate"' in custom_ui("en")
    True
    """
    values = {k: escape(v, {'"': "&quot;"}) for k, v in TEXTS[lang]["ribbon"].items()}
    values["namespace"] = namespace
    return Template((VBA_DIR / "customUI.xml").read_text(encoding="utf-8")).substitute(values)


def _workbook_part(parts: dict[str, bytes]) -> str:
    """The workbook part the package's links name (``xl/workbook.xml`` where openpyxl puts it)."""
    return main_part(ElementTree.fromstring(parts[PACKAGE_RELS]) if PACKAGE_RELS in parts else None)


def _linked_part(parts: dict[str, bytes], source: str, kind: str) -> str:
    """The part of ``kind`` (``"vbaProject"``, ``"core-properties"``) that ``source`` links to
    (``""``: the package itself)."""
    rels = ElementTree.fromstring(parts[rels_part_of(source)])
    return next(link.part for link in links(rels, source).values() if link.is_a(kind))


def _sheet_parts(parts: dict[str, bytes]) -> dict[str, str]:
    """Sheet title -> its part name, from the workbook part and its relationships."""
    book = _workbook_part(parts)
    workbook, rels = ElementTree.fromstring(parts[book]), ElementTree.fromstring(parts[rels_part_of(book)])
    return {entry.name: entry.link.part for entry in sheet_entries(workbook, rels, book) or [] if entry.link is not None}


def _cell_value(value: Any) -> tuple[str, str]:
    """(type attribute, <v> text) of a cached value."""
    if isinstance(value, CellError):
        return ' t="e"', escape(value.code)
    if isinstance(value, bool):
        return ' t="b"', "1" if value else "0"
    if isinstance(value, (int, float)):
        return "", repr(float(value)) if isinstance(value, float) else str(value)
    return ' t="str"', escape("" if value is None else str(value))


def add_cached_values(xml: str, values: dict[str, Any]) -> str:
    """Fill the empty ``<v>`` of each formula cell named in ``values`` (cell ref -> value).

    >>> add_cached_values('<c r="B2" s="1"><f>ROI(A2,A3)</f><v></v></c>', {"B2": 0.5})
    '<c r="B2" s="1"><f>ROI(A2,A3)</f><v>0.5</v></c>'
    """
    def fill(match: re.Match[str]) -> str:
        ref, attrs, formula = match.group(1), match.group(2), match.group(3)
        if ref not in values:
            return match.group(0)
        kind, text = _cell_value(values[ref])
        attrs = re.sub(r'\s+t="[^"]*"', "", attrs)
        return f'<c r="{ref}"{attrs}{kind}><f>{formula}</f><v>{text}</v></c>'

    return re.sub(r'<c r="([A-Z]+[0-9]+)"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>', fill, xml)


def spec_vba_project(project_bin: bytes) -> bytes:
    """``vbaProject.bin`` with its ``_VBA_PROJECT`` stream as MS-OVBA 2.3.4.1 says a writer writes it.

    Written through pyOpenVBA's compound-file API, which rewrites the one stream in place.
    """
    from pyopenvba.cfb import CFB

    cfb = CFB.from_bytes(project_bin)
    cfb.write_stream_in_storage("VBA", "_VBA_PROJECT", VBA_PROJECT_STREAM)
    return cfb.to_bytes()


def _with_vba(data: bytes, lang: str) -> bytes:
    """The package with a VBA project holding our modules (pyOpenVBA works on a file)."""
    from pyopenvba import ExcelFile, VBAModuleKind

    with tempfile.TemporaryDirectory(prefix="xlsmart-") as tmp:
        path = Path(tmp) / "template.xlsm"
        path.write_bytes(data)
        with ExcelFile(path) as book:
            project = book.add_vba_project()
            for name, file_name, is_class in VBA_MODULES:
                kind = VBAModuleKind.other if is_class else VBAModuleKind.standard
                project.add_module(name, vba_source(file_name), kind=kind)
            project.add_module(registration.VBA_MODULE, registration.register_module(lang))
            project.get_module("ThisWorkbook").body = vba_source(THIS_WORKBOOK)
            book.save()
        return path.read_bytes()


def workbook_xml(xml: str) -> str:
    """The workbook part's XML with Excel's ``<fileVersion>`` and ``<calcPr calcId=...>`` (no full calc on
    load), without the empty ``<workbookProtection/>`` openpyxl writes (Excel writes none unprotected).

    >>> workbook_xml('<workbook x="1"><workbookProtection/><sheets/><calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>')
    '<workbook x="1"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="28112"/><sheets/><calcPr calcId="191029"/></workbook>'
    """
    xml = re.sub(r"<fileVersion\b[^>]*/>|<workbookProtection\s*/>", "", xml)
    xml = re.sub(r"(<workbook\b[^>]*>)", lambda m: m.group(1) + FILE_VERSION, xml, count=1)
    return re.sub(r"<calcPr\b[^>]*/>", f'<calcPr calcId="{CALC_ID}"/>', xml, count=1)


def _macro_parts(parts: dict[str, bytes], lang: str) -> dict[str, bytes]:
    """Mark the workbook macro-enabled, add both ribbon parts, and write ``_VBA_PROJECT`` per MS-OVBA."""
    book = _workbook_part(parts)
    types = parts[CONTENT_TYPES].decode("utf-8")
    types = types.replace(f'PartName="/{book}" ContentType="{PLAIN_WORKBOOK_CT}"',
                          f'PartName="/{book}" ContentType="{MACRO_WORKBOOK_CT}"')
    parts[CONTENT_TYPES] = types.encode("utf-8")
    rels = parts[PACKAGE_RELS].decode("utf-8")
    for part, rel_type, namespace, rel_id in CUSTOM_UI:
        if f'Type="{rel_type}"' not in rels:
            rel = f'<Relationship Id="{rel_id}" Type="{rel_type}" Target="{part}"/>'
            rels = rels.replace("</Relationships>", rel + "</Relationships>")
        parts[part] = custom_ui(lang, namespace).encode("utf-8")
    parts[PACKAGE_RELS] = rels.encode("utf-8")
    project = _linked_part(parts, book, "vbaProject")
    parts[project] = spec_vba_project(parts[project])
    return parts


def _pin_dates(parts: dict[str, bytes]) -> dict[str, bytes]:
    core_part = _linked_part(parts, "", "core-properties")
    core = parts[core_part].decode("utf-8")
    core = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)", rf"\g<1>{PINNED_DATE}\g<3>", core)
    parts[core_part] = core.encode("utf-8")
    return parts


def _zip(parts: dict[str, bytes]) -> bytes:
    first = [CONTENT_TYPES, PACKAGE_RELS]
    order = first + [name for name in parts if name not in first]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            archive.writestr(info, parts[name], compresslevel=9)
    return out.getvalue()


def read_parts(data: bytes) -> dict[str, bytes]:
    """Every member of a zip package, by name, in stored order."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _with_values(data: bytes, cached: dict[str, dict[str, Any]]) -> dict[str, bytes]:
    """openpyxl's parts with each formula cell's cached value and Excel's workbook.xml."""
    parts = read_parts(data)
    for title, part in _sheet_parts(parts).items():
        if cached.get(title):
            parts[part] = add_cached_values(parts[part].decode("utf-8"), cached[title]).encode("utf-8")
    book = _workbook_part(parts)
    parts[book] = workbook_xml(parts[book].decode("utf-8")).encode("utf-8")
    return parts


def make_xlsm(data: bytes, cached: dict[str, dict[str, Any]], lang: str) -> bytes:
    """The finished classic template package from openpyxl's bytes and the formula cells' values.

    ``cached`` maps sheet title -> cell ref -> value (a number, text, or a ``CellError``).
    """
    parts = read_parts(_with_vba(_zip(_with_values(data, cached)), lang))
    return _zip(_pin_dates(_macro_parts(parts, lang)))


def make_xlsx(data: bytes, cached: dict[str, dict[str, Any]]) -> bytes:
    """The finished Lite template package (.xlsx: no VBA, no ribbon) from openpyxl's bytes."""
    return _zip(_pin_dates(_with_values(data, cached)))
