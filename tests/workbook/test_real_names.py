"""Workbooks named the way people name things: sheets with years, quarters and compounds, headers
in their own words, tables found by their headers, and a report that says what was read."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from xlsmart import validate
from xlsmart.errors import NoKnownSheets
from xlsmart.schema import sheet_kind

from .xlsx_builder import saved_workbook

AS_OF = "2027-07-01"
GOAL = "We increase website leads from 100 to 150 within six months"


@pytest.mark.parametrize("name, kind", [
    ("Goals 2027", "goals"), ("Doelen Q1", "goals"), ("Marketingdoelen", "goals"), ("FY27 Objectives", "goals"),
    ("OKRs Q3", "goals"), ("Doelstellingen 2027-2028", "goals"), ("goals_2027_v2", "goals"), ("Doelenoverzicht", "goals"),
    ("KPI's", "kpis"), ("KPI-overzicht", "kpis"), ("kpi’s 2027", "kpis"), ("Team KPIs", "kpis"), ("Kengetallen", "kpis"),
    ("Budget 2027", "budgets"), ("Marketing budget H2", "budgets"), ("Begroting 2027", "budgets"), ("Budgetplanning", "budgets"),
])
def test_a_sheet_name_with_more_words_still_names_its_kind(name, kind):
    assert sheet_kind(name) == kind


@pytest.mark.parametrize("name", [
    "Notes", "Sheet1", "Blad1", "Dashboard", "Goals & KPIs", "Doelgroepen", "Budgetgroepen", "Lijsten", "Goalkeeper stats",
])
def test_a_name_that_names_no_kind_or_two_kinds_names_none(name):
    assert sheet_kind(name) is None


def test_own_sheet_names_and_own_headers_are_read_as_meant(tmp_path):
    path = saved_workbook(tmp_path / "plan.xlsx", {
        "Goals 2027": [["Marketing plan 2027"], ["Nr.", "Objective", "Responsible", "Start date", "Due date (dd-mm-yyyy)", "Budget code"],
                       ["G1", GOAL, "Ann", "2027-01-01", "2027-06-30", "ok"],
                       ["G2", "Generate more leads", None, "2027-06-01", "2027-03-01", None]],
        "KPI-overzicht": [["KPI nr", "Goal ref", "Indicator", "Accountable", "Baseline", "Target value", "Actual value",
                           "Begin", "End date", "Frequency"],
                          ["K1", "G1", "Leads", "Bo", 100, 150, 110, "2027-01-01", "2027-06-30", "monthly"]],
        "Budget 2027": [["ID", "Group", "Planned budget (€)", "Spent", "Revenue"],
                        ["B1", "external seeding", 1000, 1200, 3000]],
    })
    report = validate(path, as_of=AS_OF)
    found = {(f.sheet, f.row, f.code) for f in report.findings}
    assert ("Goals 2027", 4, "G04") in found and ("KPI-overzicht", 2, "K08") in found and ("Budget 2027", 2, "B02") in found
    assert not {code for _, _, code in found} & {"W01", "W05", "K02", "K03", "K10"}  # owner, deadline, target all read
    sheets = {sheet["name"]: sheet for sheet in report.to_dict()["sheets"]}
    assert sheets["Goals 2027"]["columns"]["owner"] == "Responsible"
    assert sheets["Goals 2027"]["unused_columns"] == ["Budget code"] and sheets["Goals 2027"]["header_row"] == 2
    assert sheets["KPI-overzicht"]["columns"]["review"] == "Frequency"


@pytest.mark.parametrize("sheet_name, header, kind", [
    ("Sheet1", ["ID", "Objective", "Owner", "Deadline"], "goals"),
    ("Blad1", ["ID", "Doel-ID", "KPI", "Eigenaar", "Streefwaarde", "Einddatum"], "kpis"),
    ("Q3", ["Nr", "Budget group", "Planned", "Spent"], "budgets"),
])
def test_a_table_whose_name_says_nothing_is_found_by_its_headers(tmp_path, sheet_name, header, kind):
    row = {"goals": ["G1", GOAL, "Ann", "2027-06-30"], "kpis": ["K1", "G1", "Leads", "Bo", 150, "2027-06-30"],
           "budgets": ["B1", "external seeding", 1000, 800]}[kind]
    path = saved_workbook(tmp_path / "plan.xlsx", {"Notes": [["Read me first"]], sheet_name: [header, row]})
    report = validate(path, as_of=AS_OF)
    [read] = report.to_dict()["sheets"]
    assert (read["name"], read["kind"], read["found_by"], read["rows"]) == (sheet_name, kind, "header", 1)
    assert [item["name"] for item in report.to_dict()["ignored_sheets"]] == ["Notes"]


def test_a_kind_found_by_name_is_not_taken_by_a_lookalike_table(tmp_path):
    path = saved_workbook(tmp_path / "plan.xlsx", {"Sheet1": [["ID", "Goal", "Owner", "Deadline"], ["X1", GOAL, "Ann", "2027-06-30"]],
                                         "Goals": [["ID", "Goal", "Owner", "Deadline"], ["G1", GOAL, "Ann", "2027-06-30"]]})
    report = validate(path, as_of=AS_OF)
    assert [sheet["name"] for sheet in report.to_dict()["sheets"]] == ["Goals"]
    assert report.to_dict()["ignored_sheets"][0]["name"] == "Sheet1"


@pytest.mark.parametrize("order", [("Goals 2026", "Goals"), ("Goals", "Goals 2026")])
def test_the_sheet_named_as_the_template_names_it_wins_whatever_the_order(tmp_path, order):
    rows = [["ID", "Goal", "Owner", "Deadline"], ["G1", GOAL, "Ann", "2027-06-30"]]
    path = saved_workbook(tmp_path / "plan.xlsx", {name: rows for name in order})
    report = validate(path, as_of=AS_OF)
    assert [sheet["name"] for sheet in report.to_dict()["sheets"]] == ["Goals"]
    [ignored] = report.to_dict()["ignored_sheets"]
    assert ignored == {"name": "Goals 2026", "reason": "another Goals sheet, 'Goals', was read"}


def test_two_sheets_with_year_names_read_the_first_and_say_so(tmp_path):
    rows = [["ID", "Goal", "Owner", "Deadline"], ["G1", GOAL, "Ann", "2027-06-30"]]
    path = saved_workbook(tmp_path / "plan.xlsx", {"Goals 2026": rows, "Goals 2027": rows})
    report = validate(path, as_of=AS_OF)
    assert [sheet["name"] for sheet in report.to_dict()["sheets"]] == ["Goals 2026"]
    assert report.ignored == {"Goals 2027": ("second", "Goals 2026")}


def test_a_workbook_where_nothing_can_be_read_is_refused_naming_what_it_found(tmp_path):
    path = saved_workbook(tmp_path / "plan.xlsx", {"Goals 2027": [["Our goals"], ["More leads, soon"]], "Notes": [["x"]]})
    with pytest.raises(NoKnownSheets, match=r"'Goals 2027' has no header row in its first 50 rows"):
        validate(path)
    other = saved_workbook(tmp_path / "other.xlsx", {"Sheet1": [["Name", "Amount"], ["x", 1]], "Notes": [["x"]]})
    with pytest.raises(NoKnownSheets, match=r"found: Sheet1, Notes"):
        validate(other)


def test_the_text_and_sarif_reports_say_what_was_read_and_what_not(tmp_path):
    saved_workbook(tmp_path / "plan.xlsx", {
        "Goals 2027": [["ID", "Goal", "Owner", "Deadline", "Budget code"], ["G1", GOAL, "Ann", "2027-06-30", "M-1"]],
        "Goals 2026": [["ID", "Goal", "Owner", "Deadline"], ["G0", GOAL, "Ann", "2026-06-30"]],
        "Dashboard": [["Charts"]],
    })

    def run(*args: str) -> str:
        return subprocess.run([sys.executable, "-m", "xlsmart", "validate", "plan.xlsx", "--as-of", AS_OF, *args],
                              cwd=tmp_path, capture_output=True, text=True, timeout=120).stdout

    text = run()
    assert "  read: 'Goals 2027' as goals (header row 1; not used: Budget code)" in text
    assert "'Dashboard' (no goals, KPIs, budgets or settings by name or header row)" in text
    assert "'Goals 2026' (another goals sheet, 'Goals 2027', was read)" in text
    properties = json.loads(run("--format", "sarif"))["runs"][0]["artifacts"][0]["properties"]
    assert [s["name"] for s in properties["sheets"]] == ["Goals 2027"]
    assert {s["name"] for s in properties["ignoredSheets"]} == {"Goals 2026", "Dashboard"}


def test_dataframes_are_chosen_and_reported_as_files_are(tmp_path):
    import pandas as pd

    frames = {"Doelen 2027": pd.DataFrame({"Nr": ["D1"], "Doel": [GOAL], "Verantwoordelijke": ["Els"], "Einddatum": ["2027-06-30"]}),
              "Overzicht": pd.DataFrame({"Tekst": ["x"]})}
    report = validate(frames, as_of=AS_OF)
    assert [(s["name"], s["columns"]["owner"]) for s in report.to_dict()["sheets"]] == [("Doelen 2027", "Verantwoordelijke")]
    assert report.ignored == {"Overzicht": ("other", "")}
