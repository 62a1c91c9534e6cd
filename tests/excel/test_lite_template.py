"""The Lite edition of the template (.xlsx for xlwings Lite), read back from the built file."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from xlsmart import schema
from xlsmart.cli import main
from xlsmart.excel import examples
from xlsmart.excel.formulas import formulas
from xlsmart.excel.template import build_template
from xlsmart.excel.texts import TEXTS
from xlsmart.workbook.ooxml.names import PLAIN_WORKBOOK_CT as PLAIN_WORKBOOK
from xlsmart.workbook.records import workbook_from_sheets

from .conftest import COMMITTED
from .test_package import MAIN, _workbook_root, assert_cached_values_are_the_cores

LANGS = ["en", "nl"]
LITE_FUNCTIONS = ("SMART_SCORE", "SMART_GAPS", "KPI_STATUS", "ROI")


@pytest.mark.parametrize("lang", LANGS)
def test_committed_lite_template_is_exactly_what_the_builder_makes(built_lite: dict[str, Path], lang: str) -> None:
    assert built_lite[lang].read_bytes() == (COMMITTED / f"xlsmart_lite_{lang}.xlsx").read_bytes(), (
        f"rebuild with: xlsmart template --edition lite --lang {lang}"
    )


def test_the_command_line_writes_the_same_lite_file(built_lite: dict[str, Path], tmp_path: Path) -> None:
    target = tmp_path / "plan.xlsx"
    assert main(["template", "--edition", "lite", "--lang", "nl", "-o", str(target)]) == 0
    assert target.read_bytes() == built_lite["nl"].read_bytes()
    build_template("nl", tmp_path / "again.xlsx", edition="lite")
    assert (tmp_path / "again.xlsx").read_bytes() == target.read_bytes()


def test_unknown_edition_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        build_template("en", tmp_path / "x.xlsx", edition="server")


@pytest.mark.parametrize("lang", LANGS)
def test_lite_package_has_no_macros_no_ribbon_and_no_xlwings_conf(built_lite: dict[str, Path], lang: str) -> None:
    with zipfile.ZipFile(built_lite[lang]) as archive:
        names = archive.namelist()
        types = archive.read("[Content_Types].xml").decode()
        rels = archive.read("_rels/.rels").decode()
    assert not [n for n in names if "vbaProject" in n or n.startswith("customUI")]
    assert f'PartName="/xl/workbook.xml" ContentType="{PLAIN_WORKBOOK}"' in types
    assert "macroEnabled" not in types and "vbaProject" not in types and "ui/extensibility" not in rels
    wb = openpyxl.load_workbook(built_lite[lang])
    assert "xlwings.conf" not in wb.sheetnames
    assert {spec.title(lang) for spec in schema.SHEETS} | {"Dashboard", TEXTS[lang]["how_to"]} <= set(wb.sheetnames)


@pytest.mark.parametrize("lang", LANGS)
def test_lite_workbook_xml_is_written_as_excel_writes_it(built_lite: dict[str, Path], lang: str) -> None:
    root = _workbook_root(built_lite[lang])
    assert root[0].tag == f"{MAIN}fileVersion"
    assert root.find(f"{MAIN}calcPr").attrib == {"calcId": "191029"}


@pytest.mark.parametrize("lang", LANGS)
def test_formula_columns_hold_the_values_the_core_computes(built_lite: dict[str, Path], lang: str) -> None:
    wb = openpyxl.load_workbook(built_lite[lang])
    for kind, columns in formulas(lang).items():
        spec = schema.SHEET_BY_KIND[kind]
        ws = wb[spec.title(lang)]
        (table,) = ws.tables.values()
        for key in columns:
            index = [c.key for c in spec.columns].index(key)
            assert table.tableColumns[index].calculatedColumnFormula is None
            cells = [ws.cell(r, index + 1).value for r in range(2, len(examples.ROWS[kind](lang)) + 2)]
            assert not any(isinstance(v, str) and v.startswith("=") for v in cells), (kind, key)
    assert_cached_values_are_the_cores(built_lite[lang], lang)


@pytest.mark.parametrize("lang", LANGS)
def test_how_to_use_gives_the_formula_to_type_for_each_formula_column(built_lite: dict[str, Path], lang: str) -> None:
    wb = openpyxl.load_workbook(built_lite[lang])
    lines = [row[0] for row in wb[TEXTS[lang]["how_to"]].iter_rows(values_only=True) if row[0]]
    typed = {}
    for line in lines:
        match = re.fullmatch(r"(.+) > (.+):  =(.+)", line)
        if match:
            typed[(match.group(1), match.group(2))] = match.group(3)
    expected = {(schema.SHEET_BY_KIND[kind].title(lang), schema.SHEET_BY_KIND[kind].column(key).header(lang)): formula
                for kind, columns in formulas(lang, typed=True).items() for key, formula in columns.items()}
    assert typed == expected
    for (sheet, _), formula in typed.items():
        assert formula.split("(")[0] in LITE_FUNCTIONS
        headers = [c.value for c in wb[sheet][1]]
        assert set(re.findall(r"\[@\[?([^\]]+)\]?\]", formula)) <= set(headers)
        assert ("; " not in formula) and (";" in formula) == (lang == "nl")  # Dutch Excel separates with ;
    assert not any("Interpreter_Win" in line or "xlsmart tab" in line for line in lines)


@pytest.mark.parametrize("lang", LANGS)
def test_the_validator_reads_the_lite_template(built_lite: dict[str, Path], lang: str) -> None:
    wb = openpyxl.load_workbook(built_lite[lang], data_only=True)
    data = workbook_from_sheets({ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets})
    assert data.lang == lang and set(data.sheets) == {"goals", "kpis", "budgets"}
    for kind, sheet in data.sheets.items():
        assert [r.row for r in sheet.records] == list(range(2, 2 + len(examples.ROWS[kind](lang))))
