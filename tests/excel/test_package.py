"""The built classic template's package parts, read back: what Excel needs to open it cleanly.

Each test opens the file that ``build_template`` wrote with an independent reader (olefile and
oletools for the VBA project, ElementTree for the XML, calamine for the cached values).
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import olefile
import pytest
import xlwings
from python_calamine import CalamineWorkbook

import xlsmart
from xlsmart import schema
from xlsmart.excel import examples
from xlsmart.excel.formulas import TEMPLATE_AS_OF
from xlsmart.excel.package import (
    CUSTOM_UI,
    CUSTOM_UI_2006_PART,
    CUSTOM_UI_2006_REL,
    CUSTOM_UI_PART,
    CUSTOM_UI_REL,
    VBA_MODULES,
    vba_source,
)
from xlsmart.model import CellError

from .vba_reader import modules_of

LANGS = ["en", "nl"]
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _vba_project_stream(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        project = olefile.OleFileIO(io.BytesIO(archive.read("xl/vbaProject.bin")))
    try:
        return project.openstream("VBA/_VBA_PROJECT").read()
    finally:
        project.close()


@pytest.mark.parametrize("lang", LANGS)
def test_vba_project_stream_is_what_ms_ovba_tells_a_writer_to_write(built: dict[str, Path], lang: str) -> None:
    stream = _vba_project_stream(built[lang])
    # MS-OVBA 2.3.4.1: Reserved1 (2) = 0x61CC, Version (2) = 0xFFFF on write, Reserved2 (1) = 0x00,
    # Reserved3 (2, any), and no PerformanceCache after it.
    assert len(stream) == 7
    reserved1, version, reserved2 = struct.unpack("<HHB", stream[:5])
    assert (reserved1, version, reserved2) == (0x61CC, 0xFFFF, 0x00)


def test_vba_project_stream_is_the_one_xlwings_own_standalone_file_has(built: dict[str, Path]) -> None:
    standalone = Path(xlwings.__file__).parent / "quickstart_standalone.xlsm"
    assert _vba_project_stream(built["en"]) == _vba_project_stream(standalone)


@pytest.mark.parametrize("lang", LANGS)
def test_modules_still_decompress_to_our_sources(built: dict[str, Path], lang: str) -> None:
    modules = modules_of(built[lang])
    for name, file_name, is_class in VBA_MODULES:
        if is_class:  # a class keeps its body; its VERSION/BEGIN preamble becomes stream attributes
            body = vba_source(file_name).split("Option Explicit", 1)[1]
            assert modules[name].endswith(body), name
        else:
            assert modules[name] == vba_source(file_name), name
    assert modules["ThisWorkbook"].endswith(vba_source("ThisWorkbook.cls"))
    assert modules["xlsmart_functions"].startswith('Attribute VB_Name = "xlsmart_functions"')


def _workbook_root(path: Path) -> ElementTree.Element:
    with zipfile.ZipFile(path) as archive:
        return ElementTree.fromstring(archive.read("xl/workbook.xml"))


@pytest.mark.parametrize("lang", LANGS)
def test_workbook_xml_has_excels_file_version_and_no_full_calc_on_load(built: dict[str, Path], lang: str) -> None:
    root = _workbook_root(built[lang])
    children = [child.tag.removeprefix(MAIN) for child in root]
    assert children[0] == "fileVersion"  # first, as CT_Workbook orders it
    assert children.index("fileVersion") < children.index("workbookPr")
    assert root.find(f"{MAIN}fileVersion").get("appName") == "xl"
    assert "workbookProtection" not in children  # openpyxl's empty one: Excel writes none unprotected
    (calc,) = root.findall(f"{MAIN}calcPr")
    assert calc.attrib == {"calcId": "191029"}  # no fullCalcOnLoad, no forced full calculation
    assert root.find(f"{MAIN}workbookPr").get("codeName") == "ThisWorkbook"  # Workbook_Open's module


@pytest.mark.parametrize("lang", LANGS)
def test_workbook_open_registers_help_and_recalculates_on_windows_only(built: dict[str, Path], lang: str) -> None:
    code = modules_of(built[lang])["ThisWorkbook"]
    body = re.search(r"Private Sub Workbook_Open\(\)\r\n(.*?)\r\nEnd Sub", code, re.S).group(1)
    assert "XlsmartRegisterFunctions" in body
    assert body.count("Application.CalculateFull") == 1
    mac, windows = re.search(r"#If Mac Then(.*?)#Else(.*?)#End If", body, re.S).groups()
    assert "Calculate" not in mac
    assert re.search(r'If InStr\(1, Application\.OperatingSystem, "Windows", vbTextCompare\) > 0 Then\s+'
                     r"(?:.*\n)*?\s+Application\.CalculateFull", windows)
    assert body.index("wasSaved = ThisWorkbook.Saved") < body.index("ThisWorkbook.Saved = wasSaved")
    assert "fullCalcOnLoad" not in _workbook_root(built[lang]).find(f"{MAIN}calcPr").attrib


def _ribbon_parts(path: Path) -> tuple[dict[str, str], dict[str, ElementTree.Element]]:
    with zipfile.ZipFile(path) as archive:
        rels = ElementTree.fromstring(archive.read("_rels/.rels"))
        types = {rel.get("Type"): rel.get("Target") for rel in rels.iter(f"{RELS}Relationship")}
        parts = {part: ElementTree.fromstring(archive.read(part)) for part, *_ in CUSTOM_UI}
    return types, parts


@pytest.mark.parametrize("lang", LANGS)
def test_both_ribbon_parts_are_linked_with_their_own_relationship_type(built: dict[str, Path], lang: str) -> None:
    types, parts = _ribbon_parts(built[lang])
    assert types[CUSTOM_UI_2006_REL] == CUSTOM_UI_2006_PART  # Office 2007
    assert types[CUSTOM_UI_REL] == CUSTOM_UI_PART  # Office 2010 and later
    assert parts[CUSTOM_UI_2006_PART].tag == "{http://schemas.microsoft.com/office/2006/01/customui}customUI"
    assert parts[CUSTOM_UI_PART].tag == "{http://schemas.microsoft.com/office/2009/07/customui}customUI"


@pytest.mark.parametrize("lang", LANGS)
def test_both_ribbons_call_callbacks_the_vba_has(built: dict[str, Path], lang: str) -> None:
    _, parts = _ribbon_parts(built[lang])
    ribbon_module = modules_of(built[lang])["xlsmart_ribbon"]
    subs = set(re.findall(r"^Public Sub (\w+)\(control As IRibbonControl\)", ribbon_module, re.M))
    buttons = {}
    for part, root in parts.items():
        buttons[part] = [(el.get("id"), el.get("label"), el.get("onAction")) for el in root.iter() if el.get("onAction")]
        assert {action for _, _, action in buttons[part]} == subs
    assert buttons[CUSTOM_UI_2006_PART] == buttons[CUSTOM_UI_PART]


def _formula_cells(path: Path) -> dict[str, list[tuple[str, str | None]]]:
    """Part name -> (cell ref, cached <v> text, "" for an empty one, or None without <v>) of every formula cell."""
    out = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet"):
                root = ElementTree.fromstring(archive.read(name))
                out[name] = [(c.get("r"), None if c.find(f"{MAIN}v") is None else c.find(f"{MAIN}v").text or "")
                             for c in root.iter(f"{MAIN}c") if c.find(f"{MAIN}f") is not None]
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_every_formula_cell_carries_a_cached_value(built: dict[str, Path], lang: str) -> None:
    cells = _formula_cells(built[lang])
    assert sum(len(v) for v in cells.values()) > 30
    for part, refs in cells.items():
        for ref, value in refs:
            assert value is not None, f"{part} {ref} has no cached value"


def _setting(key: str) -> object:
    return next(s.default for s in schema.SETTINGS if s.key == key)


def _core_values(kind: str, row: dict, lang: str) -> dict[str, object]:
    """What xlsmart's core says for one example row, as of the template's date, with the default settings."""
    if kind == "goals":
        result = xlsmart.smart_check(row["goal"], owner=row["owner"], metric=row["metric"], direction=row["direction"],
                                     baseline=row["baseline"], target=row["target"], start=row["start"],
                                     deadline=row["deadline"], today=TEMPLATE_AS_OF, lang=lang,
                                     max_increase=_setting("max_increase"), max_decrease=_setting("max_decrease"))
        return {"smart_score": result.score, "smart_gaps": result.gaps()}
    if kind == "kpis":
        kind_label = schema.list_label("kind", schema.list_key("kind", row["kind"]), "en")
        return {"status": xlsmart.kpi_status(row["baseline"], row["target"], row["actual"], row["start"],
                                             row["deadline"], as_of=TEMPLATE_AS_OF, kind=kind_label, lang=lang,
                                             on_track=_setting("on_track"), at_risk=_setting("at_risk"))}
    return {"roi": xlsmart.roi([row["revenue"]], [row["actual"]]) if row["revenue"] is not None else ""}


def _shown(value: object) -> object:
    """A core result as calamine reads it back from a cached value."""
    if isinstance(value, CellError):
        return value.code
    return float(value) if isinstance(value, int) and not isinstance(value, bool) else value


def assert_cached_values_are_the_cores(path: Path, lang: str) -> int:
    """Every formula column of every example row holds what the core computes; returns cells checked."""
    book = CalamineWorkbook.from_path(str(path))
    checked = 0
    for kind in ("goals", "kpis", "budgets"):
        spec = schema.SHEET_BY_KIND[kind]
        rows = book.get_sheet_by_name(spec.title(lang)).to_python()
        header = rows[0]
        for cells, example in zip(rows[1:], examples.ROWS[kind](lang), strict=True):
            for key, expected in _core_values(kind, example, lang).items():
                got = cells[header.index(spec.column(key).header(lang))]
                assert got == pytest.approx(_shown(expected)) if isinstance(expected, float) else got == _shown(expected), (
                    kind, example["id"], key)
                checked += 1
    statuses = [_core_values("kpis", row, lang)["status"] for row in examples.kpi_rows(lang)]
    dashboard = book.get_sheet_by_name("Dashboard").to_python()
    counts = {row[0]: row[1] for row in dashboard[3:] if row and row[0]}
    assert counts == {s: float(statuses.count(s)) for s in counts} and sum(counts.values()) == len(statuses)
    return checked


@pytest.mark.parametrize("lang", LANGS)
def test_cached_values_are_what_xlsmarts_core_computes(built: dict[str, Path], lang: str) -> None:
    checked = assert_cached_values_are_the_cores(built[lang], lang)
    assert checked == 2 * len(examples.goal_rows(lang)) + len(examples.kpi_rows(lang)) + len(examples.budget_rows(lang))
