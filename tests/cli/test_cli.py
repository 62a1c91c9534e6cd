"""The command line: exit codes, formats, one-line errors, and the input left untouched."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import openpyxl
import pytest

from xlsmart import validate
from xlsmart.cli import build_parser, main


def write_workbook(path: Path, *, faulty: bool = True, as_of: str | None = None) -> Path:
    """Goals and KPIs; faulty=True gives errors (G01, G04 on Goals row 4; K07, K08 after June
    2027) and a warning (K04); faulty=False gives nothing before June 2027 and one warning (K06,
    at risk) in its second half. ``as_of`` goes into a Settings sheet, so no result depends on today.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    book = openpyxl.Workbook()
    goals = book.active
    goals.title = "Goals"
    goals.append(["Plan 2027"])
    goals.append(["ID", "Goal", "Owner", "Start", "Deadline"])
    goals.append(["G1", "We increase website leads from 100 to 150 within six months", "Ann", "2027-01-01", "2027-06-30"])
    if faulty:
        goals.append(["G2", "Generate more leads", None, "2027-06-01", "2027-03-01"])
    kpis = book.create_sheet("KPIs")
    kpis.append(["ID", "Goal ID", "KPI", "Team", "Owner", "Baseline", "Target", "Actual", "Start", "Deadline", "Review"])
    kpis.append(["K1", "G1", "Leads", "Web", "Bo", 100, 150, 140, "2027-01-01", "2027-06-30", "monthly" if faulty else "weekly"])
    if faulty:
        kpis.append(["K2", "G1", "Visitors", "Web", "Bo", 100, 200, 120, "2027-01-01", "2027-12-31", None])
    if as_of is not None:
        settings = book.create_sheet("Settings")
        settings.append(["Setting", "Value"])
        settings.append(["As-of date", as_of])
    book.save(path)
    return path


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "xlsmart", *args], capture_output=True, text=True, timeout=120)


def test_errors_give_exit_1_and_text_grouped_by_sheet(tmp_path, capsys):
    path = write_workbook(tmp_path / "plan.xlsx")
    assert main(["validate", str(path), "--as-of", "2027-07-01"]) == 1
    out = capsys.readouterr().out
    assert out.index("Goals") < out.index("KPIs")
    assert "G04" in out and "B4" in out  # G2's deadline cell is on real row 4


def test_clean_workbook_gives_exit_0(tmp_path, capsys):
    path = write_workbook(tmp_path / "plan.xlsx", faulty=False)
    assert main(["validate", str(path), "--as-of", "2027-05-01"]) == 0
    assert "no findings" in capsys.readouterr().out


def test_json_matches_the_python_api(tmp_path, capsys):
    path = write_workbook(tmp_path / "plan.xlsx")
    main(["validate", str(path), "--format", "json", "--as-of", "2027-07-01"])
    document = json.loads(capsys.readouterr().out)
    assert set(document) >= {"file", "summary", "findings"}
    assert set(document["summary"]) == {"errors", "warnings", "rows"}
    expected = validate(path, as_of="2027-07-01")
    assert [(f["sheet"], f["row"], f["code"]) for f in document["findings"]] == [(f.sheet, f.row, f.code) for f in expected.findings]
    assert all(f["cell"].startswith(f["sheet"] + "!") for f in document["findings"])


def test_junit_and_sarif_are_well_formed(tmp_path, capsys):
    path = write_workbook(tmp_path / "plan.xlsx")
    main(["validate", str(path), "--format", "junit", "--as-of", "2027-07-01"])
    suite = ET.fromstring(capsys.readouterr().out.encode())
    failures = suite.findall(".//failure")
    assert failures and {f.get("type") for f in failures} >= {"G04", "K07"}
    assert "K04" not in {f.get("type") for f in failures}  # a warning: noted in system-out, not a failure
    assert any("K04" in (out.text or "") for out in suite.iter("system-out"))
    main(["validate", str(path), "--format", "sarif", "--as-of", "2027-07-01"])
    sarif = json.loads(capsys.readouterr().out)
    results = sarif["runs"][0]["results"]
    assert {r["ruleId"] for r in results} >= {"G04"}
    assert all(r["locations"][0]["physicalLocation"]["region"]["startLine"] >= 2 for r in results)


def test_lang_and_min_score_flags(tmp_path, capsys):
    path = write_workbook(tmp_path / "plan.xlsx")
    main(["validate", str(path), "--format", "json", "--lang", "nl", "--min-score", "0", "--as-of", "2027-07-01"])
    document = json.loads(capsys.readouterr().out)
    assert "G01" not in {f["code"] for f in document["findings"]}
    assert any("Deadline vóór de start" in f["message"] for f in document["findings"])


def test_output_copy_written_and_input_untouched(tmp_path):
    path = write_workbook(tmp_path / "plan.xlsx")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    out = tmp_path / "checked.xlsx"
    result = run("validate", str(path), "-o", str(out), "--as-of", "2027-07-01")
    assert result.returncode == 1, result.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert "Findings" in openpyxl.load_workbook(out).sheetnames


def test_output_onto_the_input_is_refused(tmp_path, capsys):
    path = write_workbook(tmp_path / "plan.xlsx")
    assert main(["validate", str(path), "-o", str(path)]) == 2
    assert "never changes its input" in capsys.readouterr().err


@pytest.mark.parametrize(
    "name, content, cause",
    [
        ("empty.xlsx", b"", "empty"),
        ("noise.xlsx", bytes(range(256)) * 40, "not"),
        ("table.xlsx", b"ID;Goal\nG1;More leads\n", "CSV"),
        ("legacy.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024, ".xls"),
    ],
)
def test_unusable_files_give_one_line_and_exit_2(tmp_path, name, content, cause):
    path = tmp_path / name
    path.write_bytes(content)
    result = run("validate", str(path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert cause.lower() in lines[0].lower()


def test_missing_file_is_exit_2(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nope.xlsx")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_workbook_without_known_sheets_names_what_is_expected(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Sheet1"
    book.save(tmp_path / "other.xlsx")
    result = run("validate", str(tmp_path / "other.xlsx"))
    assert result.returncode == 2
    assert "Goals" in result.stderr and "KPIs" in result.stderr


def test_check_command_prints_five_verdicts(capsys):
    assert main(["check", "We verhogen de omzet met 10% binnen zes maanden"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line[0] for line in lines[:5]] == list("SMART")
    assert lines[5] == "score 5/5"


@pytest.mark.parametrize("text, expected", [
    ("Grow our email list from 2,000 to 3,000 subscribers by June 2027",
     {"metric": "email list (subscribers)", "direction": "increase", "baseline": "2,000", "target": "3,000",
      "deadline": "2027-06-30", "owner": "our"}),
    ("Tegen 2030 wil De Lijn het aantal reizigers met 30 procent verhogen",
     {"maatstaf": "reizigers", "richting": "verhogen", "verandering": "+30%", "deadline": "2030-12-31",
      "eigenaar": "De Lijn", "streefwaarde": "-"}),
    ("Shorten the sales cycle from 90 to 60 days", {"metric": "sales cycle", "direction": "reduce", "owner": "-"}),
])
def test_check_command_prints_what_was_understood_under_the_verdicts(capsys, text, expected):
    main(["check", text])
    lines = capsys.readouterr().out.splitlines()
    assert lines[6] in ("understood:", "begrepen:")
    understood = dict(line.split(None, 1) for line in lines[7:])
    for label, value in expected.items():
        assert understood[label] == value, label


def test_every_command_has_help_text():
    parser = build_parser()
    commands = parser._subparsers._group_actions[0]  # argparse keeps subcommands here
    for name, sub in commands.choices.items():
        assert sub.description, f"{name} has no description"
        for action in sub._actions:
            if action.dest != "help":
                assert action.help, f"{name} {action.dest} has no help"


class FakeTerminal:
    """stderr as a terminal: what the progress bar wrote, frame by frame."""

    def __init__(self) -> None:
        self.frames: list[str] = []

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> None:
        self.frames.append(text)

    def flush(self) -> None:
        pass


def test_a_terminal_shows_a_progress_bar_on_large_files(tmp_path, monkeypatch, capsys):
    from xlsmart.cli import validate as validate_command

    path = write_workbook(tmp_path / "plan.xlsx")
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(validate_command, "PROGRESS_BAR_FROM", path.stat().st_size)  # this file counts as large
    assert main(["validate", str(path), "--as-of", "2027-07-01", "-o", str(tmp_path / "out.xlsx")]) == 1
    bars = [frame for frame in terminal.frames if "%" in frame]
    shown = [float(frame.split("]")[1].split("%")[0]) for frame in bars]
    assert shown == sorted(shown) and shown[0] == 0 and shown[-1] == 100  # it only moves forward, to the end
    assert any("read Goals" in frame for frame in bars) and any("writing the coloured copy" in frame for frame in bars)
    assert terminal.frames[-1] == "\r\033[2K"  # the line is cleared before the report is printed


def test_no_progress_bar_in_a_pipe_or_on_small_files(tmp_path, monkeypatch, capsys):
    path = write_workbook(tmp_path / "plan.xlsx")
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    main(["validate", str(path), "--as-of", "2027-07-01"])
    assert not any("%" in frame for frame in terminal.frames)  # a small file: one phase line only
    result = run("validate", str(path), "--as-of", "2027-07-01")
    assert result.stderr == ""  # not a terminal: nothing at all


def test_python_progress_runs_to_the_end_with_or_without_a_copy(tmp_path):
    path = write_workbook(tmp_path / "plan.xlsx")
    for out in (None, tmp_path / "out.xlsx"):
        seen: list[tuple[str, float]] = []
        from xlsmart.validation import validate_file

        validate_file(path, out, progress=lambda step, done, seen=seen: seen.append((step, done)))
        fractions = [done for _, done in seen]
        assert fractions == sorted(fractions) and fractions[0] == 0 and fractions[-1] == 1.0
        assert ("writing the coloured copy" in [step for step, _ in seen]) is (out is not None)


def test_the_cycle_collector_pauses_for_a_validation_and_comes_back_as_it_was(tmp_path):
    import gc

    from xlsmart.validation import validate, validate_file

    path = write_workbook(tmp_path / "plan.xlsx")
    for before in (True, False):
        (gc.enable if before else gc.disable)()
        during: list[bool] = []
        try:
            validate_file(path, tmp_path / "out.xlsx", progress=lambda step, done, during=during: during.append(gc.isenabled()))
            validate(path, progress=lambda step, done, during=during: during.append(gc.isenabled()))
            assert during and not any(during)
            assert gc.isenabled() is before
        finally:
            gc.enable()


@pytest.mark.parametrize("message", ['Plain.', 'A "quoted" }, {"sheet": "Fake"} inside.', "Two\nlines, é, 😀, \\ and \t."])
def test_json_holds_every_finding_on_its_own_line_whatever_its_message(message):
    from xlsmart.model import Finding, Report, Severity
    from xlsmart.reports import Outcome, Run, to_json

    findings = [Finding(f"G0{i}", Severity.ERROR, "Goals", i + 2, "Goal", 2, message) for i in range(3)]
    for report in (Report("plan.xlsx", findings, 3, "en"), Report("plan.xlsx", [], 3, "en")):
        text = to_json(Run([Outcome("plan.xlsx", report)]))
        assert json.loads(text) == report.to_dict()
        lines = text.splitlines()
        assert [json.loads(line.rstrip(",")) for line in lines if line.startswith("    {")] == report.to_dict()["findings"]
        several = json.loads(to_json(Run([Outcome("a.xlsx", report), Outcome("b.xlsx", report)], several=True)))
        assert [f["findings"] for f in several["files"]] == [report.to_dict()["findings"]] * 2
