"""What cannot be guessed, told: sheet roles and header meanings from xlsmart.toml,
[tool.xlsmart] in pyproject.toml, --config and --map, the same from Python."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from xlsmart import validate
from xlsmart.workbook.mapping import WorkbookMap, parse_entries

from .xlsx_builder import saved_workbook

AS_OF = "2027-07-01"
GOAL = "We increase website leads from 100 to 150 within six months"


@pytest.fixture()
def plan(tmp_path: Path) -> Path:
    """A plan whose goals sheet and owner and deadline headers no rule could guess."""
    return saved_workbook(tmp_path / "plan.xlsx", {
        "Plan FY27": [["Sleutel", "Ambitie", "Aan zet", "Start", "Klaar op"], ["G1", GOAL, "Ann", "2027-01-01", "2027-06-30"],
                      ["G2", GOAL, None, "2027-06-01", "2027-03-01"]],
        "Archief": [["ID", "Goal", "Owner"], ["G0", GOAL, "Bo"]],
    })


def xlsmart(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "xlsmart", "validate", *args, "--as-of", AS_OF, "--format", "json"],
                          cwd=cwd, capture_output=True, text=True, timeout=120)


TOLD = ["Plan FY27=goals", "Sleutel=id", "Ambitie=goal", "Aan zet=owner", "Plan FY27/Klaar op=deadline"]


@pytest.mark.parametrize("mapping", [
    TOLD,
    {"sheets": {"Plan FY27": "goals"},
     "columns": {"Sleutel": "id", "Ambitie": "goal", "Aan zet": "owner", "Plan FY27/Klaar op": "deadline"}},
    parse_entries(TOLD),
])
def test_a_told_sheet_and_told_headers_are_read_as_told(plan, mapping):
    report = validate(plan, as_of=AS_OF, mapping=mapping)
    [sheet] = report.to_dict()["sheets"]
    assert (sheet["name"], sheet["kind"]) == ("Plan FY27", "goals")
    assert sheet["columns"]["owner"] == "Aan zet" and sheet["columns"]["deadline"] == "Klaar op"
    assert {(f.row, f.code) for f in report.findings} >= {(3, "G04")}
    assert "W01" not in {f.code for f in report.findings}


def test_without_the_mapping_the_archive_would_be_taken_for_the_goals(plan):
    report = validate(plan, as_of=AS_OF)
    assert [(s["name"], s["found_by"]) for s in report.to_dict()["sheets"]] == [("Archief", "header")]
    told = validate(plan, as_of=AS_OF, mapping=TOLD)
    assert told.ignored["Archief"] == ("second", "Plan FY27")


def test_ignore_sets_a_sheet_aside_and_the_report_says_so(tmp_path):
    rows = [["ID", "Goal", "Owner", "Deadline"], ["G1", GOAL, "Ann", "2027-06-30"]]
    path = saved_workbook(tmp_path / "plan.xlsx", {"Goals 2026": rows, "Goals 2027": rows})
    report = validate(path, as_of=AS_OF, mapping=["Goals 2026=ignore"])
    assert [s["name"] for s in report.to_dict()["sheets"]] == ["Goals 2027"]
    assert report.ignored == {"Goals 2026": ("told", "")}


def test_a_told_role_wins_over_a_name(tmp_path):
    rows = [["ID", "Goal ID", "KPI", "Owner", "Target", "Deadline"], ["K1", "G1", "Leads", "Bo", 150, "2027-06-30"]]
    path = saved_workbook(tmp_path / "plan.xlsx", {"KPIs": rows, "Cijfers": rows})
    report = validate(path, as_of=AS_OF, mapping=["Cijfers=kpis"])
    assert [s["name"] for s in report.to_dict()["sheets"]] == ["Cijfers"]
    assert report.ignored == {"KPIs": ("second", "Cijfers")}


@pytest.mark.parametrize("config_file, text", [
    ("xlsmart.toml", '[sheets]\n"Plan FY27" = "goals"\n[columns]\n"Sleutel" = "id"\n"Ambitie" = "goal"\n"Aan zet" = "owner"\n"Plan FY27/Klaar op" = "deadline"\n'),
    ("pyproject.toml", '[project]\nname = "plans"\n' + '[sheets]\n"Plan FY27" = "goals"\n[columns]\n"Sleutel" = "id"\n"Ambitie" = "goal"\n"Aan zet" = "owner"\n"Plan FY27/Klaar op" = "deadline"\n'.replace("[sheets]", "[tool.xlsmart.sheets]")
     .replace("[columns]", "[tool.xlsmart.columns]")),
])
def test_the_command_line_finds_the_mapping_in_the_working_folder(plan, config_file, text):
    (plan.parent / config_file).write_text(text, encoding="utf-8")
    result = xlsmart("plan.xlsx", cwd=plan.parent)
    [sheet] = json.loads(result.stdout)["sheets"]
    assert sheet["name"] == "Plan FY27" and sheet["columns"]["owner"] == "Aan zet"


def test_config_and_map_add_up_and_map_wins(plan):
    (plan.parent / "elsewhere.toml").write_text('[sheets]\n"Plan FY27" = "goals"\n[columns]\n"Sleutel" = "id"\n"Ambitie" = "goal"\n"Aan zet" = "owner"\n"Plan FY27/Klaar op" = "deadline"\n'.replace('"Aan zet" = "owner"', '"Aan zet" = "notes"'))
    result = xlsmart("plan.xlsx", "--config", "elsewhere.toml", "--map", "Aan zet=owner", cwd=plan.parent)
    [sheet] = json.loads(result.stdout)["sheets"]
    assert sheet["columns"]["owner"] == "Aan zet" and "notes" not in sheet["columns"]


@pytest.mark.parametrize("args, config, words", [
    (["--map", "Wie=ownr"], None, "'ownr' is no column"),
    (["--map", "Plan FY27"], None, "write Sheet=goals"),
    ([], '[sheets]\n"Plan FY27" = "goalz"\n', "is no column"),
    ([], '[sheet]\n"Plan FY27" = "goals"\n', "unknown key sheet"),
    ([], '[sheets\n', "not valid TOML"),
])
def test_a_wrong_mapping_is_one_line_naming_it_before_any_work(plan, args, config, words):
    if config is not None:
        (plan.parent / "xlsmart.toml").write_text(config)
    result = xlsmart("plan.xlsx", *args, cwd=plan.parent)
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert words in line and "Traceback" not in result.stderr
    if config is not None:
        assert "xlsmart.toml" in line


def test_an_empty_mapping_changes_nothing(plan):
    assert not WorkbookMap() and validate(plan, as_of=AS_OF, mapping=[]).to_dict() == validate(plan, as_of=AS_OF).to_dict()
