"""Build the template workbooks from code: classic ``xlsmart_en.xlsm`` / ``xlsmart_nl.xlsm`` and Lite
``xlsmart_lite_en.xlsx`` / ``xlsmart_lite_nl.xlsx``.

openpyxl lays out the sheets: Goals/KPIs/Budgets as Excel tables with the schema's headers,
dropdowns from the Lists sheet, formats, formula columns, conditional formats, a Settings sheet
with named values, a Dashboard with native charts, a "How to use" sheet and (classic) the
``xlwings.conf`` sheet. :mod:`xlsmart.excel.package` then turns that into a reproducible package:
macro-enabled with the VBA project and the ribbon (classic), or a plain .xlsx (Lite), both with
cached formula values and pinned dates.

The two editions differ in what runs the functions. Classic: xlwings' VBA and a local Python,
Excel for Windows. Lite: the xlwings Lite add-in (Pyodide in Excel's browser engine), Windows, Mac
and the web; there the formula columns hold values and the How to use sheet gives the formulas
to type (see :func:`_lite_note`).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.properties import CalcProperties
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableColumn, TableFormula, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from xlsmart import schema
from xlsmart.excel import examples, package
from xlsmart.excel.formulas import (
    LIST_NAMES,
    SETTING_NAMES,
    column_values,
    formulas,
    settings_values,
    table_name,
)
from xlsmart.excel.texts import HOW_TO, LITE_HOW_TO, STATUSES, TEXTS, XLWINGS_CONF_NOTE
from xlsmart.model import CellError
from xlsmart.workbook.ooxml.cells import column_letter, quote_sheet

EDITIONS = ("classic", "lite")
SPARE_ROWS = 500  # dropdowns, formats and conditional formats reach this far below the header
DATE_FORMAT = "yyyy-mm-dd"
AMOUNT_FORMAT = "#,##0"
PERCENT_FORMAT = "0%"
_DROPDOWNS = {"goals": {"category": "category", "direction": "direction"},
              "kpis": {"kind": "kind", "review": "review"},
              "budgets": {"budget_group": "budget_group"}}
_FORMATS = {"start": DATE_FORMAT, "deadline": DATE_FORMAT, "planned": AMOUNT_FORMAT, "actual": AMOUNT_FORMAT,
            "revenue": AMOUNT_FORMAT, "roi": PERCENT_FORMAT}
_KPI_AMOUNTS = ("baseline", "target", "actual")
_HEADER_FONT = Font(bold=True)
_TITLE_FONT = Font(bold=True, size=14)
_GREEN = PatternFill("solid", start_color="FFC6EFCE", end_color="FFC6EFCE")
_AMBER = PatternFill("solid", start_color="FFFFEB9C", end_color="FFFFEB9C")
_RED = PatternFill("solid", start_color="FFFFC7CE", end_color="FFFFC7CE")


@dataclass
class Built:
    """What the package step needs besides the openpyxl bytes: each formula cell's value."""

    lang: str
    edition: str = "classic"
    cached: dict[str, dict[str, Any]] = field(default_factory=dict)  # sheet title -> cell ref -> value


def _plain(value: Any) -> Any:
    """A function's result as a plain cell value: an error value as its code, empty text as no value."""
    if isinstance(value, CellError):
        return value.code
    return None if value == "" else value


def _data_sheet(wb: Workbook, kind: str, lang: str, built: Built) -> Worksheet:
    spec = schema.SHEET_BY_KIND[kind]
    ws = wb.create_sheet(spec.title(lang))
    headers = [c.header(lang) for c in spec.columns]
    ws.append(headers)
    rows = examples.ROWS[kind](lang)
    # Lite: values where classic has formulas (no formula whose stored form we cannot know).
    column_formulas = formulas(lang)[kind] if built.edition == "classic" else {}
    value_keys = set(formulas(lang)[kind])
    cache = built.cached.setdefault(ws.title, {})
    for r, row in enumerate(rows, start=2):
        values = column_values(kind, row, lang)
        for c, column in enumerate(spec.columns, start=1):
            if column.key in column_formulas:
                ws.cell(r, c, "=" + column_formulas[column.key])
                cache[f"{column_letter(c)}{r}"] = values[column.key]
            elif column.key in value_keys:
                ws.cell(r, c, _plain(values[column.key]))
            else:
                ws.cell(r, c, row.get(column.key))
    last = len(rows) + 1
    table = Table(displayName=table_name(kind, lang), ref=f"A1:{column_letter(len(headers))}{last}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    table.tableColumns = [
        TableColumn(id=i, name=h, calculatedColumnFormula=TableFormula(attr_text=column_formulas[c.key])
                    if c.key in column_formulas else None)
        for i, (h, c) in enumerate(zip(headers, spec.columns, strict=True), start=1)
    ]
    ws.add_table(table)
    _formats_and_checks(ws, kind, lang)
    ws.freeze_panes = "B2"
    for c, column in enumerate(spec.columns, start=1):
        wide = column.key in ("goal", "kpi", "smart_gaps", "notes", "campaign")
        ws.column_dimensions[column_letter(c)].width = 60 if wide else max(12, len(column.header(lang)) + 4)
    return ws


def _formats_and_checks(ws: Worksheet, kind: str, lang: str) -> None:
    spec = schema.SHEET_BY_KIND[kind]
    bottom = SPARE_ROWS + 1
    for c, column in enumerate(spec.columns, start=1):
        letter = column_letter(c)
        fmt = _FORMATS.get(column.key)
        if kind == "kpis" and column.key in _KPI_AMOUNTS:
            fmt = None  # KPIs mix counts, amounts and rates: General shows each as typed
        if fmt:
            for r in range(2, bottom + 1):
                ws.cell(r, c).number_format = fmt
        if column.key in _DROPDOWNS[kind]:
            dv = DataValidation(type="list", formula1=LIST_NAMES[_DROPDOWNS[kind][column.key]], allow_blank=True,
                                showErrorMessage=False)
            dv.add(f"{letter}2:{letter}{bottom}")
            ws.add_data_validation(dv)
        if column.key == "status":
            for fill, key in ((_GREEN, "good"), (_AMBER, "watch"), (_RED, "bad")):
                texts = ",".join(f'${letter}2="{t}"' for t in STATUSES[key])
                ws.conditional_formatting.add(f"{letter}2:{letter}{bottom}", FormulaRule(formula=[f"OR({texts})"], fill=fill))
        if column.key == "smart_score":
            cell, minimum = f"${letter}2", SETTING_NAMES["min_score"]
            ws.conditional_formatting.add(f"{letter}2:{letter}{bottom}", FormulaRule(
                formula=[f"AND(ISNUMBER({cell}),{cell}<{minimum})"], fill=_RED))
            ws.conditional_formatting.add(f"{letter}2:{letter}{bottom}", FormulaRule(
                formula=[f"AND(ISNUMBER({cell}),{cell}>={minimum})"], fill=_GREEN))
        if column.key in ("goal", "smart_gaps", "notes"):
            for r in range(2, ws.max_row + 1):
                ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")


def _settings_sheet(wb: Workbook, lang: str) -> None:
    t = TEXTS[lang]
    ws = wb.create_sheet(schema.SETTINGS_SHEET[lang])
    ws.append([t["setting"], t["value"], t["meaning"]])
    for cell in ws[1]:
        cell.font = _HEADER_FONT
    values = settings_values(lang)
    for r, setting in enumerate(schema.SETTINGS, start=2):
        ws.cell(r, 1, setting.nl if lang == "nl" else setting.en)
        value_cell = ws.cell(r, 2, values[setting.key])
        ws.cell(r, 3, t["settings_help"][setting.key])
        if setting.key in ("max_increase", "max_decrease", "on_track", "at_risk"):
            value_cell.number_format = PERCENT_FORMAT
        if setting.key == "as_of":
            value_cell.number_format = DATE_FORMAT
        wb.defined_names[SETTING_NAMES[setting.key]] = DefinedName(
            SETTING_NAMES[setting.key], attr_text=f"{quote_sheet(ws.title)}!$B${r}")
    dv = DataValidation(type="list", formula1='"en,nl"', allow_blank=True)
    dv.add("B2")
    ws.add_data_validation(dv)
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width, ws.column_dimensions["C"].width = 34, 14, 80


def _lists_sheet(wb: Workbook, lang: str) -> None:
    ws = wb.create_sheet(schema.LISTS_SHEET[lang])
    for c, (name, values) in enumerate(schema.LISTS.items(), start=1):
        ws.cell(1, c, TEXTS[lang]["lists"][name]).font = _HEADER_FONT
        labels = [schema.list_label(name, key, lang) for key in values]
        for r, label in enumerate(labels, start=2):
            ws.cell(r, c, label)
        letter = column_letter(c)
        ref = f"{quote_sheet(ws.title)}!${letter}$2:${letter}${len(labels) + 1}"
        wb.defined_names[LIST_NAMES[name]] = DefinedName(LIST_NAMES[name], attr_text=ref)
        ws.column_dimensions[letter].width = 30


def _dashboard(wb: Workbook, lang: str, built: Built) -> None:
    t = TEXTS[lang]
    ws = wb.create_sheet(t["dashboard"])
    ws["A1"], ws["A1"].font = t["dashboard_title"], _TITLE_FONT
    cache = built.cached.setdefault(ws.title, {})
    kpis, budgets = table_name("kpis", lang), table_name("budgets", lang)
    status_col = schema.KPIS.column("status").header(lang)
    statuses = STATUSES["all_" + lang]
    kpi_values = [column_values("kpis", row, lang)["status"] for row in examples.kpi_rows(lang)]
    ws["A3"], ws["B3"] = t["status"], t["kpis"]
    for r, status in enumerate(statuses, start=4):
        ws.cell(r, 1, status)
        ws.cell(r, 2, f'=COUNTIF({kpis}[{status_col}],A{r})')
        cache[f"B{r}"] = sum(1 for v in kpi_values if v == status)
    last_status = 3 + len(statuses)
    group_col, planned_col, actual_col = (schema.BUDGETS.column(k).header(lang) for k in ("budget_group", "planned", "actual"))
    ws["D3"], ws["E3"], ws["F3"] = t["budget_group"], planned_col, actual_col
    lines = examples.budget_rows(lang)
    groups = [schema.list_label("budget_group", key, lang) for key in schema.LISTS["budget_group"]]
    for r, group in enumerate(groups, start=4):
        ws.cell(r, 4, group)
        for c, (key, header) in enumerate((("planned", planned_col), ("actual", actual_col)), start=5):
            ws.cell(r, c, f"=SUMIF({budgets}[{group_col}],D{r},{budgets}[{header}])").number_format = AMOUNT_FORMAT
            cache[f"{column_letter(c)}{r}"] = sum(x[key] or 0 for x in lines if x["budget_group"] == group)
    last_group = 3 + len(groups)
    for cell in (*ws[3],):
        cell.font = _HEADER_FONT
    ws.column_dimensions["A"].width, ws.column_dimensions["D"].width = 18, 32
    ws.column_dimensions["E"].width = ws.column_dimensions["F"].width = 14

    chart = BarChart()
    chart.title, chart.y_axis.title = t["chart_status"], t["kpis"]
    chart.add_data(Reference(ws, min_col=2, min_row=3, max_row=last_status), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=4, max_row=last_status))
    chart.legend = None
    ws.add_chart(chart, "H3")

    spend = BarChart()
    spend.title = t["chart_spend"]
    spend.add_data(Reference(ws, min_col=5, max_col=6, min_row=3, max_row=last_group), titles_from_data=True)
    spend.set_categories(Reference(ws, min_col=4, min_row=4, max_row=last_group))
    ws.add_chart(spend, "H20")

    sheet = wb[schema.BUDGETS.title(lang)]
    campaign = [c.key for c in schema.BUDGETS.columns].index("campaign") + 1
    roi = [c.key for c in schema.BUDGETS.columns].index("roi") + 1
    chart_roi = BarChart()
    chart_roi.type, chart_roi.title = "bar", t["chart_roi"]
    chart_roi.add_data(Reference(sheet, min_col=roi, min_row=1, max_row=len(lines) + 1), titles_from_data=True)
    chart_roi.set_categories(Reference(sheet, min_col=campaign, min_row=2, max_row=len(lines) + 1))
    chart_roi.y_axis.number_format = PERCENT_FORMAT
    chart_roi.legend = None
    ws.add_chart(chart_roi, "H37")


def _lite_note(lang: str) -> list[str]:
    """The How to use lines of the Lite edition: its set-up, and the formula of each formula column.

    The Lite template holds values, not formulas, in those columns. xlwings Lite registers its
    functions as Office.js custom functions, and Excel stores a call to one in the file under a
    name of its own making (files from other add-ins show ``_xldudf_...`` names), which also
    depends on the namespace in xlwings Lite's add-in manifest. Neither is documented; a formula
    stored in the wrong form would show #NAME? even with xlwings Lite loaded. What the user types
    (``=SMART_SCORE([@Goal],...)``, as xlwings Lite's documentation types ``=HELLO("World")``)
    Excel stores correctly itself.
    """
    t = LITE_HOW_TO[lang]
    lines = [t["setup"], t["values"]]
    for kind, columns in formulas(lang, typed=True).items():
        spec = schema.SHEET_BY_KIND[kind]
        for key, formula in columns.items():
            lines.append(f"{spec.title(lang)} > {spec.column(key).header(lang)}:  ={formula}")
    return lines


def _how_to_lines(lang: str, edition: str) -> list[str]:
    lines = list(HOW_TO[lang])
    if edition == "classic":
        return lines
    # Lite: the Validate step runs as a script, and Python needs no set-up; the rest is the same.
    lines = [LITE_HOW_TO[lang]["validate"] if line.startswith("5. ") else line for line in lines
             if "Interpreter_Win" not in line]
    return lines[:-1] + _lite_note(lang) + lines[-1:]


def _how_to(wb: Workbook, lang: str, edition: str) -> None:
    ws = wb.create_sheet(TEXTS[lang]["how_to"], 0)
    ws.column_dimensions["A"].width = 110
    for r, line in enumerate(_how_to_lines(lang, edition), start=1):
        cell = ws.cell(r, 1, line)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if r == 1:
            cell.font = _TITLE_FONT


def _xlwings_conf(wb: Workbook, lang: str) -> None:
    """The xlwings.conf sheet: the keys xlwings reads, an empty row, then the optional keys and their note.

    xlwings reads column A from A1 to the first empty cell and lets any key it finds there, even
    with an empty value, win over ~/.xlwings/xlwings.conf (see package.XLWINGS_CONF), so the
    interpreter keys wait below the empty row until the user fills one in and moves it up.
    """
    ws = wb.create_sheet("xlwings.conf")
    for key, value in package.XLWINGS_CONF:
        ws.append([key, value])
    ws.append([])
    for line in XLWINGS_CONF_NOTE[lang]:
        ws.append([line])
        ws.cell(ws.max_row, 1).font = Font(italic=True)
    for key in package.XLWINGS_CONF_OPTIONAL:
        ws.append([key, None])
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 24, 40


def build_sheets(lang: str, edition: str = "classic") -> tuple[bytes, Built]:
    """The template as openpyxl writes it (an .xlsx package without VBA), plus the cached values.

    >>> data, built = build_sheets("en")
    >>> data[:2], sorted(built.cached)[:2]
    (b'PK', ['Budgets', 'Dashboard'])
    """
    if lang not in schema.LANGS:
        raise ValueError(f"lang must be one of {schema.LANGS}, not {lang!r}")
    if edition not in EDITIONS:
        raise ValueError(f"edition must be one of {EDITIONS}, not {edition!r}")
    built = Built(lang, edition)
    wb = Workbook()
    wb.remove(wb.active)
    for kind in ("goals", "kpis", "budgets"):
        _data_sheet(wb, kind, lang, built)
    _dashboard(wb, lang, built)
    _settings_sheet(wb, lang)
    _lists_sheet(wb, lang)
    _how_to(wb, lang, edition)
    if edition == "classic":
        _xlwings_conf(wb, lang)
    # No fullCalcOnLoad (openpyxl's default): the cached values stay until Excel has a reason to
    # recalculate. package.workbook_xml writes the calcId of current Excel.
    wb.calculation = CalcProperties(calcId=package.CALC_ID, fullCalcOnLoad=False)
    wb.active = 0
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue(), built


def build_template(lang: str, path: str | Path, edition: str = "classic") -> None:
    """Write the template workbook in ``lang`` ("en" or "nl") to ``path``.

    ``edition="classic"`` (default) writes the macro-enabled .xlsm for xlwings on Windows;
    ``edition="lite"`` an .xlsx for xlwings Lite (no VBA, no ribbon, no xlwings.conf sheet).
    The same code and the same xlwings version always give the same bytes.

    >>> import tempfile, os
    >>> target = os.path.join(tempfile.mkdtemp(), "xlsmart_en.xlsm")
    >>> build_template("en", target); open(target, "rb").read(2)
    b'PK'
    """
    data, built = build_sheets(lang, edition)
    if edition == "lite":
        Path(path).write_bytes(package.make_xlsx(data, built.cached))
    else:
        Path(path).write_bytes(package.make_xlsm(data, built.cached, lang))
