"""Turn the sheets openpyxl wrote into the macro-enabled, reproducible template package.

openpyxl writes an .xlsx package and no cached values for formulas. This module:

1. puts a cached value into every formula cell (computed by our worksheet functions), so
   readers that do not calculate (calamine, LibreOffice, a preview) show results;
2. adds the VBA project (``xl/vbaProject.bin``) with pyOpenVBA: the xlwings module and its
   Dictionary class (as xlwings' standalone quickstart has them), the pre-generated UDF wrappers
   and the ribbon callbacks, all from ``xlsmart/excel/vba``;
3. marks the workbook part macro-enabled, adds the ribbon (``customUI/customUI14.xml``) with its
   relationship from ``_rels/.rels``;
4. pins the document dates and the zip entries' timestamps, so one build equals the next byte
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

from xlsmart.excel.texts import TEXTS
from xlsmart.rules.model import CellError

VBA_DIR = Path(__file__).with_name("vba")
# (module name, file in vba/, is a class module), in the order they are added to the project
VBA_MODULES: tuple[tuple[str, str, bool], ...] = (
    ("xlwings", "xlwings.bas", False),
    ("Dictionary", "Dictionary.cls", True),
    ("xlwings_udfs", "xlwings_udfs.bas", False),
    ("xlsmart_ribbon", "xlsmart_ribbon.bas", False),
)
CUSTOM_UI_PART = "customUI/customUI14.xml"
CUSTOM_UI_REL = "http://schemas.microsoft.com/office/2007/relationships/ui/extensibility"
MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
PLAIN_WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
PINNED_DATE = "2026-01-01T00:00:00Z"
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
# The xlwings.conf sheet: xlwings' VBA reads keys from A1 down (upper-cased) and values in B.
XLWINGS_CONF: tuple[tuple[str, Any], ...] = (
    ("Interpreter_Win", ""),
    ("Interpreter_Mac", ""),
    ("PYTHONPATH", ""),
    ("Conda Path", ""),
    ("Conda Env", ""),
    ("UDF Modules", "xlsmart.excel.udfs"),
    ("Debug UDFs", False),
    ("Use UDF Server", False),
    ("Show Console", False),
)


def vba_source(file_name: str) -> str:
    """A VBA file from ``xlsmart/excel/vba`` with the CRLF line ends VBA stores."""
    text = (VBA_DIR / file_name).read_text(encoding="utf-8")
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def custom_ui(lang: str) -> str:
    """The ribbon XML (tab "xlsmart": Validate, Clear colours, Help) with labels in ``lang``.

    >>> 'onAction="XlsmartValidate"' in custom_ui("en")
    True
    """
    labels = {k: escape(v, {'"': "&quot;"}) for k, v in TEXTS[lang]["ribbon"].items()}
    return Template((VBA_DIR / "customUI14.xml").read_text(encoding="utf-8")).substitute(labels)


def _sheet_parts(parts: dict[str, bytes]) -> dict[str, str]:
    """Sheet title -> its part name, from workbook.xml and its relationships."""
    workbook = parts["xl/workbook.xml"].decode("utf-8")
    rels = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
    targets = {}
    for rel in re.findall(r"<Relationship\b[^>]*>", rels):
        rid, target = re.search(r'Id="([^"]+)"', rel), re.search(r'Target="([^"]+)"', rel)
        if rid and target:
            path = target.group(1)
            targets[rid.group(1)] = path.lstrip("/") if path.startswith("/") else "xl/" + path
    out = {}
    for sheet in re.findall(r"<sheet\b[^>]*>", workbook):
        name, rid = re.search(r'name="([^"]*)"', sheet), re.search(r'r:id="([^"]+)"', sheet)
        if name and rid:
            title = name.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            out[title] = targets[rid.group(1)]
    return out


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


def _with_vba(data: bytes) -> bytes:
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
            book.save()
        return path.read_bytes()


def _patch_parts(parts: dict[str, bytes], lang: str) -> dict[str, bytes]:
    types = parts["[Content_Types].xml"].decode("utf-8")
    types = types.replace(f'PartName="/xl/workbook.xml" ContentType="{PLAIN_WORKBOOK}"',
                          f'PartName="/xl/workbook.xml" ContentType="{MACRO_WORKBOOK}"')
    parts["[Content_Types].xml"] = types.encode("utf-8")
    rels = parts["_rels/.rels"].decode("utf-8")
    if CUSTOM_UI_REL not in rels:
        rel = f'<Relationship Id="rIdXlsmartUI" Type="{CUSTOM_UI_REL}" Target="{CUSTOM_UI_PART}"/>'
        rels = rels.replace("</Relationships>", rel + "</Relationships>")
    parts["_rels/.rels"] = rels.encode("utf-8")
    parts[CUSTOM_UI_PART] = custom_ui(lang).encode("utf-8")
    core = parts["docProps/core.xml"].decode("utf-8")
    core = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)", rf"\g<1>{PINNED_DATE}\g<3>", core)
    parts["docProps/core.xml"] = core.encode("utf-8")
    return parts


def _zip(parts: dict[str, bytes]) -> bytes:
    first = ["[Content_Types].xml", "_rels/.rels"]
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


def make_xlsm(data: bytes, cached: dict[str, dict[str, Any]], lang: str) -> bytes:
    """The finished template package from openpyxl's bytes and the formula cells' values.

    ``cached`` maps sheet title -> cell ref -> value (a number, text, or a ``CellError``).
    """
    parts = read_parts(data)
    for title, part in _sheet_parts(parts).items():
        if cached.get(title):
            parts[part] = add_cached_values(parts[part].decode("utf-8"), cached[title]).encode("utf-8")
    parts = read_parts(_with_vba(_zip(parts)))
    return _zip(_patch_parts(parts, lang))
