"""The template workbook: reproducible, laid out by the schema, and readable by the validator."""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from xlsmart import schema
from xlsmart.excel import examples, udfs
from xlsmart.excel.formulas import SETTING_NAMES, TEMPLATE_AS_OF, formulas
from xlsmart.excel.package import XLWINGS_CONF, XLWINGS_CONF_OPTIONAL
from xlsmart.excel.template import build_template
from xlsmart.excel.texts import XLWINGS_CONF_NOTE
from xlsmart.workbook.records import workbook_from_sheets

from .conftest import COMMITTED
from .vba_reader import modules_of

LANGS = ["en", "nl"]


@pytest.mark.parametrize("lang", LANGS)
def test_committed_template_is_exactly_what_the_builder_makes(built: dict[str, Path], lang: str) -> None:
    assert built[lang].read_bytes() == (COMMITTED / f"xlsmart_{lang}.xlsm").read_bytes(), (
        "rebuild with: xlsmart template --lang " + lang
    )


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    build_template("nl", tmp_path / "a.xlsm")
    build_template("nl", tmp_path / "b.xlsm")
    assert (tmp_path / "a.xlsm").read_bytes() == (tmp_path / "b.xlsm").read_bytes()
    with zipfile.ZipFile(tmp_path / "a.xlsm") as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert core.count("2026-01-01T00:00:00Z") == 2


def test_unknown_language_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        build_template("fr", tmp_path / "x.xlsm")


@pytest.mark.parametrize("lang", LANGS)
def test_sheets_tables_and_headers_come_from_the_schema(built: dict[str, Path], lang: str) -> None:
    wb = openpyxl.load_workbook(built[lang])
    expected = {spec.title(lang) for spec in schema.SHEETS} | {
        schema.SETTINGS_SHEET[lang], schema.LISTS_SHEET[lang], "Dashboard", "xlwings.conf"}
    assert expected <= set(wb.sheetnames)
    for spec in schema.SHEETS:
        ws = wb[spec.title(lang)]
        (table,) = ws.tables.values()
        assert table.name == spec.title(lang)
        assert [c.name for c in table.tableColumns] == [c.header(lang) for c in spec.columns]
        assert [c.value for c in ws[1]] == [c.header(lang) for c in spec.columns]
        assert table.ref == f"A1:{table.ref.split(':')[1][0]}{len(examples.ROWS[spec.kind](lang)) + 1}"


@pytest.mark.parametrize("lang", LANGS)
def test_formula_columns_use_structured_references_and_setting_names(built: dict[str, Path], lang: str) -> None:
    wb = openpyxl.load_workbook(built[lang])
    for kind, columns in formulas(lang).items():
        spec = schema.SHEET_BY_KIND[kind]
        ws = wb[spec.title(lang)]
        (table,) = ws.tables.values()
        for key, formula in columns.items():
            index = [c.key for c in spec.columns].index(key)
            assert table.tableColumns[index].calculatedColumnFormula.attr_text == formula
            last = len(examples.ROWS[kind](lang)) + 1
            assert all(ws.cell(r, index + 1).value == "=" + formula for r in range(2, last + 1))
            assert "[#This Row]" in formula and "[@" not in formula  # the form Excel stores
    goals = formulas(lang)["goals"]["smart_score"]
    assert goals.startswith("SMART_SCORE(") and SETTING_NAMES["as_of"] in goals and SETTING_NAMES["language"] in goals
    names = set(wb.defined_names)
    assert set(SETTING_NAMES.values()) <= names


@pytest.mark.parametrize("lang", LANGS)
def test_cached_values_are_what_the_functions_compute(built: dict[str, Path], lang: str) -> None:
    book = CalamineWorkbook.from_path(str(built[lang]))
    goals = book.get_sheet_by_name(schema.GOALS.title(lang)).to_python()
    header = goals[0]
    score_col = header.index(schema.GOALS.column("smart_score").header(lang))
    keys = ("goal", "owner", "metric", "direction", "baseline", "target", "start", "deadline")
    for row, example in zip(goals[1:], examples.goal_rows(lang), strict=True):
        args = [example[k] for k in keys]
        assert row[score_col] == udfs.SMART_SCORE(*args, TEMPLATE_AS_OF, lang)
    kpis = book.get_sheet_by_name(schema.KPIS.title(lang)).to_python()
    statuses = [row[-1] for row in kpis[1:]]
    assert set(statuses) <= set(udfs_statuses(lang)) and len(set(statuses)) >= 3
    budgets = book.get_sheet_by_name(schema.BUDGETS.title(lang)).to_python()
    rois = {row[0]: row[-1] for row in budgets[1:]}
    assert rois["B4"] == pytest.approx((18000 - 4200) / 4200) and rois["B1"] == ""


def udfs_statuses(lang: str) -> tuple[str, ...]:
    from xlsmart.excel.texts import STATUSES

    return STATUSES["all_" + lang]


@pytest.mark.parametrize("lang", LANGS)
def test_dropdowns_point_at_the_lists_sheet(built: dict[str, Path], lang: str) -> None:
    wb = openpyxl.load_workbook(built[lang])
    lists = wb[schema.LISTS_SHEET[lang]]
    for kind, dropdowns in {"goals": ("category", "direction"), "kpis": ("review", "kind"),
                            "budgets": ("budget_group",)}.items():
        ws = wb[schema.SHEET_BY_KIND[kind].title(lang)]
        formulas_used = {dv.formula1 for dv in ws.data_validations.dataValidation if dv.type == "list"}
        assert {f"xlsmart_list_{name}" for name in dropdowns} == formulas_used
    for name, values in schema.LISTS.items():
        destination = wb.defined_names[f"xlsmart_list_{name}"].attr_text
        sheet, ref = destination.split("!")
        cells = [c.value for row in wb[sheet.strip("'")][ref.replace("$", "")] for c in row]
        assert cells == [schema.list_label(name, key, lang) for key in values]
    assert lists.title == schema.LISTS_SHEET[lang]


@pytest.mark.parametrize("lang", LANGS)
def test_example_rows_use_list_values_except_the_deliberate_mistake(lang: str) -> None:
    groups = [r["budget_group"] for r in examples.budget_rows(lang)]
    assert [g for g in groups if schema.list_key("budget_group", g) is None] == ["social media"]
    parents = {r["parent"] for r in examples.goal_rows(lang)} - {None}
    ids = {r["id"] for r in examples.goal_rows(lang)}
    assert parents & ids and parents - ids  # one parent that exists, one that does not


@pytest.mark.parametrize("lang", LANGS)
def test_the_validator_reads_what_the_template_writes(built: dict[str, Path], lang: str) -> None:
    wb = openpyxl.load_workbook(built[lang], data_only=True)
    data = workbook_from_sheets({ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets})
    assert data.lang == lang
    assert set(data.sheets) == {"goals", "kpis", "budgets"}
    for kind, sheet in data.sheets.items():
        assert sheet.header_row == 1 and not sheet.missing
        assert set(sheet.columns) == {c.key for c in schema.SHEET_BY_KIND[kind].columns}
        assert [r.row for r in sheet.records] == list(range(2, 2 + len(examples.ROWS[kind](lang))))
    assert data.settings["language"] == lang
    assert data.settings["min_score"] == 5


@pytest.mark.parametrize("lang", LANGS)
def test_formats_conditional_formats_and_charts(built: dict[str, Path], lang: str) -> None:
    wb = openpyxl.load_workbook(built[lang])
    kpis = wb[schema.KPIS.title(lang)]
    assert kpis["I2"].number_format == "yyyy-mm-dd"
    assert isinstance(kpis["I2"].value, datetime)
    budgets = wb[schema.BUDGETS.title(lang)]
    assert budgets["J2"].number_format == "0%" and budgets["G2"].number_format == "#,##0"
    status_rules = [rule for cf in kpis.conditional_formatting for rule in cf.rules]
    assert len(status_rules) == 3
    assert any("Off track" in f and "Uit koers" in f for rule in status_rules for f in rule.formula)
    goals = wb[schema.GOALS.title(lang)]
    score_rules = [f for cf in goals.conditional_formatting for rule in cf.rules for f in rule.formula]
    assert any("xlsmart_min_score" in f for f in score_rules)
    with zipfile.ZipFile(built[lang]) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        dashboard = wb["Dashboard"]
    assert len(charts) == 3
    countifs = [c.value for c in dashboard["B"] if isinstance(c.value, str) and c.value.startswith("=COUNTIF(")]
    assert len(countifs) == 7 and all("[Status]" in f for f in countifs)


def _config_block(ws) -> dict[str, object]:
    """The keys and values xlwings' GetConfigFromSheet reads: column A from A1 to the first empty cell."""
    out = {}
    for key, value in ws.iter_rows(min_col=1, max_col=2, values_only=True):
        if key is None or key == "":
            break
        out[str(key).upper()] = value
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_xlwings_conf_sheet_holds_only_keys_with_a_value_where_xlwings_reads(built: dict[str, Path], lang: str) -> None:
    ws = openpyxl.load_workbook(built[lang])["xlwings.conf"]
    block = _config_block(ws)
    assert block == {key.upper(): value for key, value in XLWINGS_CONF}
    assert block["UDF MODULES"] == "xlsmart.excel.udfs"
    assert all(value not in (None, "") for value in block.values())  # "" would beat ~/.xlwings/xlwings.conf
    assert not {key.upper() for key in XLWINGS_CONF_OPTIONAL} & set(block)


@pytest.mark.parametrize("lang", LANGS)
def test_optional_interpreter_rows_wait_below_an_empty_row_with_a_note(built: dict[str, Path], lang: str) -> None:
    ws = openpyxl.load_workbook(built[lang])["xlwings.conf"]
    rows = [(r[0], r[1]) for r in ws.iter_rows(values_only=True)]
    empty = rows.index((None, None))
    assert empty == len(XLWINGS_CONF)
    below = rows[empty + 1:]
    keys = [key for key, _ in below if key in XLWINGS_CONF_OPTIONAL]
    assert keys == list(XLWINGS_CONF_OPTIONAL)
    assert all(value is None for key, value in below if key in XLWINGS_CONF_OPTIONAL)
    notes = [key for key, _ in below if key not in XLWINGS_CONF_OPTIONAL]
    assert notes == list(XLWINGS_CONF_NOTE[lang])
    assert below.index((notes[0], None)) < below.index(("Interpreter_Win", None))  # the note comes first


def test_the_embedded_xlwings_module_reads_the_sheet_as_the_layout_assumes(built: dict[str, Path]) -> None:
    """xlwings 0.37.8's GetConfigFromSheet stops at the first empty cell and GetConfig lets a found key win."""
    source = modules_of(built["en"])["xlwings"]
    reader = re.search(r"Function GetConfigFromSheet\(wb As Workbook\)(.*?)End Function", source, re.S).group(1)
    assert 'Set lastCell = sht.Range("A1").End(xlDown)' in reader
    assert "For Each cell In Range(sht.Range(\"A1\"), lastCell)" in reader
    assert "d.Add UCase(cell.Value), cell.Offset(0, 1).Value" in reader
    lookup = re.search(r"Function GetConfig\(configKey As String.*?End Function", source, re.S).group(0)
    sheet_first = lookup.index("GetConfigFromSheet(ThisWorkbook).Exists(configKey) = True")
    assert sheet_first < lookup.index("GetConfigFilePath()")  # the sheet is asked before ~/.xlwings
    assert "Exit Function" in lookup[sheet_first:lookup.index("GetConfigFilePath()")]
