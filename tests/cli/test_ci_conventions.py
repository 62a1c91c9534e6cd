"""xlsmart in CI: many files, every exit written in every format, the switches validators have,
and output that survives closed pipes, full disks and the user's umask.

The reports are checked against the published schemas (tests/data/README.md says where from).
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import openpyxl
import pytest
from lxml import etree
from test_cli import write_workbook

from xlsmart.cli import build_parser, main

DATA = Path(__file__).resolve().parent.parent / "data"
SARIF_SCHEMA = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
JUNIT_SCHEMA = etree.XMLSchema(etree.parse(str(DATA / "junit-10.xsd")))
FAILING_DAY = "2027-07-01"  # write_workbook(faulty=True): errors and a warning
WARNING_DAY = "2027-06-30"  # write_workbook(faulty=False): one K06 warning, no error
CLEAN_DAY = "2027-05-01"  # write_workbook(faulty=False): no findings
FORMATS = ("text", "json", "junit", "sarif", "github")


def xlsmart(*args: str, cwd: Path, stdin: bytes | None = None, limit_file_bytes: int | None = None,
            umask: int | None = None) -> subprocess.CompletedProcess:
    """The installed command as CI runs it: a child process, bytes in and out."""

    def child() -> None:
        if limit_file_bytes is not None:  # a disk that is full after this many bytes
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_file_bytes, limit_file_bytes))
        if umask is not None:
            os.umask(umask)

    return subprocess.run([sys.executable, "-m", "xlsmart", *args], cwd=cwd, input=stdin, capture_output=True,
                          timeout=300, preexec_fn=child)


@pytest.fixture()
def plans(tmp_path: Path) -> Path:
    """A repository folder: a failing plan, a plan with only warnings on WARNING_DAY, an
    unreadable one in its own folder, and what a folder also holds (notes, lock files)."""
    folder = tmp_path / "plans"
    (folder / "2027").mkdir(parents=True)
    write_workbook(folder / "q1 plan.xlsx")
    write_workbook(folder / "2027" / "clean.xlsx", faulty=False)
    (folder / "notes.txt").write_text("not a workbook")
    (folder / "~$q1 plan.xlsx").write_bytes(b"\0" * 162)  # Excel's lock file while q1 is open
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "old.xlsx").write_bytes(b"")
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "empty.xlsx").write_bytes(b"")
    return tmp_path


# --- many files in one run ---------------------------------------------------------------------

def test_a_folder_is_searched_for_workbooks_and_the_run_ends_with_a_summary(plans):
    result = xlsmart("validate", "plans", "--as-of", FAILING_DAY, cwd=plans)
    assert result.returncode == 1, result.stderr
    out = result.stdout.decode()
    assert "plans/q1 plan.xlsx: 4 rows" in out and "plans/2027/clean.xlsx: 2 rows" in out
    assert "notes.txt" not in out and "~$" not in out and ".hidden" not in out
    assert out.strip().splitlines()[-1].startswith("2 files: 2 failing;")


def test_paths_globs_and_folders_together_each_file_once(plans):
    result = xlsmart("validate", "plans/q1 plan.xlsx", "plans/**/*.xlsx", "plans/2027", "--format", "json",
                     "--as-of", CLEAN_DAY, cwd=plans)
    document = json.loads(result.stdout)
    assert [f["file"] for f in document["files"]] == ["plans/q1 plan.xlsx", "plans/2027/clean.xlsx"]
    assert document["summary"]["files"] == 2 and document["summary"]["rows"] == 6
    assert result.returncode == 1


@pytest.mark.parametrize("argument, cause", [
    ("missing.xlsx", "no such file"),
    ("plans/*.xlsb", "no file matches"),
    ("broken", "empty"),
    ("plans/notes.txt", "not"),
])
def test_what_cannot_be_read_is_named_and_the_rest_still_checked(plans, argument, cause):
    result = xlsmart("validate", argument, "plans/2027/clean.xlsx", "--as-of", CLEAN_DAY, cwd=plans)
    assert result.returncode == 2
    errors = result.stderr.decode().strip().splitlines()
    assert len(errors) == 1 and cause in errors[0].lower() and "Traceback" not in result.stderr.decode()
    assert "plans/2027/clean.xlsx: 2 rows, no findings." in result.stdout.decode()
    assert "1 unreadable" in result.stdout.decode().splitlines()[-1]


def test_a_folder_without_workbooks_is_not_a_silent_pass(tmp_path):
    (tmp_path / "empty").mkdir()
    result = xlsmart("validate", "empty", cwd=tmp_path)
    assert result.returncode == 2
    assert "no .xlsx or .xlsm workbook" in result.stderr.decode()


def test_standard_input_is_a_workbook_named_as_told(plans):
    data = (plans / "plans" / "q1 plan.xlsx").read_bytes()
    result = xlsmart("validate", "-", "--stdin-filename", "uploads/plan.xlsx", "--format", "json",
                     "--as-of", FAILING_DAY, cwd=plans, stdin=data)
    document = json.loads(result.stdout)
    assert document["file"] == "uploads/plan.xlsx" and document["summary"]["errors"] == 4
    assert result.returncode == 1
    garbage = xlsmart("validate", "-", cwd=plans, stdin=b"ID;Goal\nG1;More leads\n")
    assert garbage.returncode == 2 and "csv" in garbage.stderr.decode().lower()


def test_several_copies_go_into_a_folder_mirroring_the_inputs(plans):
    result = xlsmart("validate", "plans", "-o", "checked", "--as-of", FAILING_DAY, cwd=plans)
    assert result.returncode == 1
    copies = sorted(p.relative_to(plans / "checked").as_posix() for p in (plans / "checked").rglob("*.xlsx"))
    assert copies == ["plans/2027/clean-checked.xlsx", "plans/q1 plan-checked.xlsx"]
    assert "Findings" in openpyxl.load_workbook(plans / "checked" / "plans" / "q1 plan-checked.xlsx").sheetnames
    (plans / "taken.xlsx").write_bytes(b"x")
    refused = xlsmart("validate", "plans", "-o", "taken.xlsx", cwd=plans)
    assert refused.returncode == 2 and "folder" in refused.stderr.decode()


# --- what fails a run ----------------------------------------------------------------------------

def test_warnings_pass_unless_the_run_fails_on_warnings(plans):
    path = "plans/2027/clean.xlsx"
    assert xlsmart("validate", path, "--as-of", WARNING_DAY, cwd=plans).returncode == 0
    assert xlsmart("validate", path, "--as-of", WARNING_DAY, "--fail-on", "warning", cwd=plans).returncode == 1
    assert xlsmart("validate", path, "--as-of", CLEAN_DAY, "--fail-on", "warning", cwd=plans).returncode == 0


def test_select_and_ignore_take_codes_and_their_starts(plans):
    def codes(*switches: str) -> set[str]:
        result = xlsmart("validate", "plans/q1 plan.xlsx", "--format", "json", "--as-of", FAILING_DAY, *switches, cwd=plans)
        return {f["code"] for f in json.loads(result.stdout)["findings"]}

    everything = codes()
    assert {"G01", "G04", "K04", "K07", "K08"} <= everything
    assert codes("--select", "K") == {c for c in everything if c.startswith("K")}
    assert codes("--select", "G04,K04") == {"G04", "K04"}
    assert codes("--ignore", "G", "--ignore", "k04") == everything - {"G01", "G04", "K04"}


def test_ignoring_every_error_makes_the_run_pass_and_the_copy_agrees(plans):
    result = xlsmart("validate", "plans/q1 plan.xlsx", "--ignore", "G,K07,K08", "--as-of", FAILING_DAY,
                     "-o", "copy.xlsx", cwd=plans)
    assert result.returncode == 0, result.stdout
    findings = openpyxl.load_workbook(plans / "copy.xlsx")["Findings"]
    cells = {str(value) for row in findings.iter_rows(values_only=True) for value in row}
    assert "K04" in cells and not cells & {"G01", "G04", "K07", "K08"}


@pytest.mark.parametrize("switch", ["--select", "--ignore"])
def test_a_mistyped_code_is_refused_before_any_work(plans, switch):
    result = xlsmart("validate", "plans", switch, "G4O", cwd=plans)
    assert result.returncode == 2
    assert result.stderr.decode().strip() == "xlsmart: no rule has the code G4O: `xlsmart rules` lists them all"


def test_max_findings_cuts_the_list_not_the_counts(plans):
    result = xlsmart("validate", "plans", "--format", "json", "--max-findings", "2", "--as-of", FAILING_DAY, cwd=plans)
    document = json.loads(result.stdout)
    listed = [f for report in document["files"] for f in report["findings"]]
    assert len(listed) == 2 and document["truncated"] is True
    assert document["summary"]["errors"] + document["summary"]["warnings"] > 2
    assert result.returncode == 1  # the exit code still counts every finding
    text = xlsmart("validate", "plans/q1 plan.xlsx", "--max-findings", "1", "--as-of", FAILING_DAY, cwd=plans)
    assert "(the first 1 listed: --max-findings)" in text.stdout.decode()


def test_quiet_prints_only_findings(plans):
    result = xlsmart("validate", "plans", "-q", "--as-of", WARNING_DAY, cwd=plans)
    out = result.stdout.decode()
    assert "q1 plan.xlsx" in out and "clean.xlsx" in out  # both have findings on this day
    quiet_clean = xlsmart("validate", "plans/2027/clean.xlsx", "plans/2027", "-q", "--as-of", CLEAN_DAY, cwd=plans)
    assert quiet_clean.returncode == 0 and quiet_clean.stdout == b""
    loud = xlsmart("validate", "plans/2027/clean.xlsx", "plans/2027", "--as-of", CLEAN_DAY, cwd=plans)
    assert b"no findings" in loud.stdout and b"1 file: 1 clean;" in loud.stdout


# --- every format, every exit ----------------------------------------------------------------------

def sarif_of(result: subprocess.CompletedProcess) -> dict:
    document = json.loads(result.stdout)
    jsonschema.validate(document, SARIF_SCHEMA, cls=jsonschema.Draft4Validator)
    return document


def junit_of(result: subprocess.CompletedProcess) -> etree._Element:
    tree = etree.fromstring(result.stdout)
    JUNIT_SCHEMA.assertValid(tree)
    return tree


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_unreadable_file_still_gets_a_report_in_the_chosen_format(plans, fmt):
    result = xlsmart("validate", "broken/empty.xlsx", "--format", fmt, cwd=plans)
    assert result.returncode == 2 and "Traceback" not in result.stderr.decode()
    assert b"broken/empty.xlsx" in result.stderr
    if fmt == "json":
        document = json.loads(result.stdout)
        assert document["file"] == "broken/empty.xlsx" and "empty" in document["error"]
        assert document["findings"] == []
    elif fmt == "sarif":
        run = sarif_of(result)["runs"][0]
        assert run["invocations"][0]["executionSuccessful"] is False
        notice = run["invocations"][0]["toolExecutionNotifications"][0]
        assert notice["level"] == "error" and "empty" in notice["message"]["text"]
    elif fmt == "junit":
        suite = junit_of(result).find("testsuite")
        assert suite.get("errors") == "1" and suite.find("testcase/error") is not None
    elif fmt == "github":
        assert result.stdout.decode().startswith("::error file=broken/empty.xlsx,title=unreadable::")
    else:
        assert result.stdout == b""  # text: the one line on stderr is the report


def test_sarif_lists_every_rule_and_paths_relative_to_the_working_folder(plans):
    result = xlsmart("validate", str(plans / "plans"), "--format", "sarif", "--as-of", FAILING_DAY, cwd=plans)
    run = sarif_of(result)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    listed = xlsmart("rules", "--format", "json", cwd=plans)
    assert [rule["id"] for rule in rules] == [rule["code"] for rule in json.loads(listed.stdout)]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
    assert uris == {"plans/q1%20plan.xlsx", "plans/2027/clean.xlsx"}  # typed absolute, shown relative
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in run["results"])
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == plans.as_uri() + "/"
    assert run["invocations"][0]["executionSuccessful"] is True


def test_sarif_of_a_file_outside_the_working_folder_is_an_absolute_uri(plans):
    elsewhere = plans / "elsewhere"
    elsewhere.mkdir()
    result = xlsmart("validate", "../plans/q1 plan.xlsx", "--format", "sarif", "--as-of", FAILING_DAY, cwd=elsewhere)
    location = sarif_of(result)["runs"][0]["artifacts"][0]["location"]
    assert location == {"uri": (plans / "plans" / "q1 plan.xlsx").as_uri()}


def test_junit_has_a_case_per_checked_row_and_warnings_fail_only_when_asked(plans):
    path = "plans/2027/clean.xlsx"  # 1 goal, 1 KPI; on WARNING_DAY one K06 warning
    tree = junit_of(xlsmart("validate", path, "--format", "junit", "--as-of", WARNING_DAY, cwd=plans))
    suite = tree.find("testsuite")
    names = [case.get("name") for case in suite.iter("testcase")]
    assert names == ["Goals sheet", "row 3 (G1)", "KPIs sheet", "row 2 (K1)"]
    assert suite.get("failures") == "0" and suite.get("timestamp") and float(suite.get("time")) >= 0
    assert "K06" in suite.find("testcase[@name='row 2 (K1)']/system-out").text
    strict = junit_of(xlsmart("validate", path, "--format", "junit", "--as-of", WARNING_DAY, "--fail-on", "warning", cwd=plans))
    assert strict.find("testsuite").get("failures") == "1"
    assert strict.find("testsuite/testcase[@name='row 2 (K1)']/failure").get("type") == "K06"


def test_junit_of_several_files_with_one_unreadable_is_valid(plans):
    tree = junit_of(xlsmart("validate", "plans", "broken", "--format", "junit", "--as-of", FAILING_DAY, cwd=plans))
    suites = tree.findall("testsuite")
    assert [s.get("name") for s in suites] == ["plans/q1 plan.xlsx", "plans/2027/clean.xlsx", "broken/empty.xlsx"]
    assert tree.get("errors") == "1" and int(tree.get("failures")) >= 3
    assert int(tree.get("tests")) == sum(int(s.get("tests")) for s in suites)


@pytest.mark.parametrize("escaped", ["_x001B_[2J", "_x0007_ bell", "_x000B_tab_x0000_", "two_x000A_lines"])
def test_control_characters_from_cells_reach_neither_xml_nor_terminal(tmp_path, escaped):
    """Excel writes a control character in a cell as _xHHHH_; the reader decodes it, and a
    duplicate ID puts it into a finding's message (G02) and a JUnit case's name."""
    book = openpyxl.Workbook()
    goals = book.active
    goals.title = "Goals"
    goals.append(["ID", "Goal", "Owner", "Start", "Deadline"])
    goals.append([f"G1{escaped}", "We raise leads from 100 to 120 by June 2027", "Ann", "2027-01-01", "2027-06-30"])
    goals.append([f"G1{escaped}", "We raise leads from 100 to 120 by June 2027", "Ann", "2027-01-01", "2027-06-30"])
    book.save(tmp_path / "odd.xlsx")
    junit = xlsmart("validate", "odd.xlsx", "--format", "junit", cwd=tmp_path)
    assert junit.returncode == 1, junit.stderr
    assert junit_of(junit).find("testsuite/testcase/failure").get("type") == "G02"  # well-formed and valid
    annotations = xlsmart("validate", "odd.xlsx", "--format", "github", cwd=tmp_path).stdout.decode()
    assert "G02" in annotations and not any(ch < " " for ch in annotations.replace("\n", ""))
    printed = xlsmart("validate", "odd.xlsx", cwd=tmp_path).stdout.decode()
    assert "G02" in printed
    assert not any(ch < " " for ch in printed.replace("\n", ""))
    assert all(line.startswith(("Goals", "  ", "odd.xlsx")) for line in printed.splitlines())


# --- output that survives its surroundings --------------------------------------------------------

def test_a_closed_pipe_stops_the_printing_not_the_checks(plans):
    for n in range(30):
        shutil.copy(plans / "plans" / "q1 plan.xlsx", plans / "plans" / f"copy{n:02}.xlsx")
    process = subprocess.Popen([sys.executable, "-m", "xlsmart", "validate", "plans", "--as-of", FAILING_DAY],
                               cwd=plans, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = process.stdout.readline()  # `| head -1`
    process.stdout.close()
    _, errors = process.communicate(timeout=300)
    assert first.strip() == b"Goals"
    assert process.returncode == 1  # every file was still checked: the exit code tells the truth
    assert errors == b""


def _long_plan(path: Path, rows: int = 1500) -> Path:
    """A Goals sheet whose every row draws findings: a text report of several hundred KB."""
    book = openpyxl.Workbook()
    goals = book.active
    goals.title = "Goals"
    goals.append(["ID", "Goal", "Owner", "Start", "Deadline"])
    for n in range(rows):
        goals.append([f"G{n}", "Generate more leads", None, "2027-06-01", "2027-03-01"])
    book.save(path)
    return path


def test_a_long_text_report_is_printed_as_made_and_reads_as_the_whole_report(tmp_path, monkeypatch):
    from xlsmart import validate
    from xlsmart.cli.text_report import to_text

    _long_plan(tmp_path / "long.xlsx")
    printed = xlsmart("validate", "long.xlsx", "--as-of", FAILING_DAY, cwd=tmp_path)
    monkeypatch.chdir(tmp_path)
    whole = to_text(validate("long.xlsx", as_of=FAILING_DAY)) + "\n"
    assert printed.returncode == 1 and printed.stderr == b""
    assert len(printed.stdout) > 256 * 1024 and printed.stdout == whole.encode()


def test_a_pipe_closed_early_in_one_long_report_stops_the_printing_not_the_exit_code(tmp_path):
    _long_plan(tmp_path / "long.xlsx")
    process = subprocess.Popen([sys.executable, "-m", "xlsmart", "validate", "long.xlsx", "--as-of", FAILING_DAY],
                               cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = process.stdout.readline()  # `| head -1`
    process.stdout.close()
    _, errors = process.communicate(timeout=300)
    assert first.strip() == b"Goals" and process.returncode == 1 and errors == b""


@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_a_full_disk_for_the_report_is_one_line_and_exit_2(plans, fmt):
    with open(plans / "report.out", "wb") as report:
        child = subprocess.run([sys.executable, "-m", "xlsmart", "validate", "plans", "--format", fmt, "--as-of", FAILING_DAY],
                               cwd=plans, stdout=report, stderr=subprocess.PIPE, timeout=300,
                               preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (300, 300)))
    assert child.returncode == 2
    assert child.stderr.decode().strip().splitlines() == [
        "xlsmart: cannot write the report to standard output: File too large"]


def test_a_full_disk_for_the_copy_is_one_line_exit_2_and_no_debris(plans):
    result = xlsmart("validate", "plans/q1 plan.xlsx", "-o", "out/copy.xlsx", "--as-of", FAILING_DAY, cwd=plans,
                     limit_file_bytes=4096)
    assert result.returncode == 2
    assert result.stderr.decode().strip().splitlines() == [
        "xlsmart: plans/q1 plan.xlsx: cannot write the coloured copy out/copy.xlsx: File too large"]
    assert list((plans / "out").iterdir()) == []  # neither a half copy nor its temporary file
    assert "G04" in result.stdout.decode()  # the findings are still reported


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_the_copy_gets_the_users_umask(plans, umask, mode):
    result = xlsmart("validate", "plans/q1 plan.xlsx", "-o", "copy.xlsx", "--as-of", FAILING_DAY, cwd=plans, umask=umask)
    assert result.returncode == 1
    assert (plans / "copy.xlsx").stat().st_mode & 0o777 == mode


# --- dates, rules, check, help ------------------------------------------------------------------------

@pytest.mark.parametrize("day", ["2027-07-01", "01-07-2027", "1 juli 2027", "July 1, 2027", "1 july 2027"])
def test_as_of_takes_the_date_forms_a_workbook_takes(plans, day):
    result = xlsmart("validate", "plans/q1 plan.xlsx", "--format", "json", "--as-of", day, cwd=plans)
    assert {f["code"] for f in json.loads(result.stdout)["findings"]} >= {"K07", "K08"}


@pytest.mark.parametrize("day", ["31-31-2027", "someday", "2027-02-30"])
def test_as_of_refuses_what_is_not_a_day(plans, day):
    result = xlsmart("validate", "plans", "--as-of", day, cwd=plans)
    assert result.returncode == 2 and "not a date" in result.stderr.decode()


def test_rules_lists_every_code_the_readme_documents(tmp_path):
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    documented = {line.split("`")[1]: line.split("|")[2].strip() for line in readme.splitlines()
                  if line.startswith("| `") and line.split("`")[1][:1] in "WGKB" and len(line.split("`")[1]) == 3}
    listed = {line.split()[0]: line.split()[1] for line in
              xlsmart("rules", cwd=tmp_path).stdout.decode().splitlines()}
    assert listed == documented


def test_check_judges_as_of_a_day_and_speaks_json(tmp_path):
    result = xlsmart("check", "We grow the email list from 2,000 to 3,000 within six months", "--as-of", "15-01-2027",
                     "--format", "json", cwd=tmp_path)
    document = json.loads(result.stdout)
    assert document["understood"]["deadline"] == "2027-07-15"
    assert document["score"] == 5 and result.returncode == 0
    assert set(document["criteria"]) == set("SMART") and all(c["passed"] for c in document["criteria"].values())
    later = json.loads(xlsmart("check", "We grow the email list from 2,000 to 3,000 within six months",
                               "--as-of", "2027-03-01", "--format", "json", cwd=tmp_path).stdout)
    assert later["understood"]["deadline"] == "2027-09-01"


def test_every_help_ends_with_an_example():
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # argparse keeps subcommands here
    for name, sub in [("xlsmart", parser), *commands.items()]:
        lines = [line for line in sub.format_help().splitlines() if line.strip()]
        assert "xlsmart " in lines[-1] and lines[-1].startswith("  "), name
        assert any(line == "examples:" for line in lines), name


def test_the_api_takes_select_and_ignore_as_the_command_line_does(tmp_path):
    from xlsmart import validate

    path = write_workbook(tmp_path / "plan.xlsx")
    assert {f.code for f in validate(path, as_of=FAILING_DAY, select=["K0"], ignore=["K08"]).findings} == {"K04", "K07"}
    with pytest.raises(ValueError, match="Z01"):
        validate(path, select=["Z01"])


def test_main_returns_the_run_exit_code_in_process(tmp_path, capsys):
    path = write_workbook(tmp_path / "plan.xlsx", faulty=False)
    assert main(["validate", str(path), "--as-of", WARNING_DAY, "--format", "github"]) == 0
    assert capsys.readouterr().out.startswith("::warning file=")
    assert main(["validate", str(path), "--as-of", WARNING_DAY, "--fail-on", "warning", "--format", "github"]) == 1
    assert capsys.readouterr().out.startswith("::error file=")  # a warning that fails the run is shown as one


@pytest.mark.parametrize("fmt", ["sarif", "github", "junit"])
def test_every_format_says_when_max_findings_cut_the_list(plans, fmt):
    result = xlsmart("validate", "plans", "--format", fmt, "--max-findings", "2", "--as-of", FAILING_DAY, cwd=plans)
    assert result.returncode == 1
    if fmt == "sarif":
        run = sarif_of(result)["runs"][0]
        assert len(run["results"]) == 2
        notes = [n for n in run["invocations"][0]["toolExecutionNotifications"] if n["level"] == "note"]
        assert "first 2 of" in notes[0]["message"]["text"]
        assert run["invocations"][0]["executionSuccessful"] is True  # cut on request, not failed
    elif fmt == "github":
        lines = result.stdout.decode().splitlines()
        assert len(lines) == 3 and lines[-1].startswith("::notice title=xlsmart::the first 2 of")
    else:
        tree = junit_of(result)
        assert "first 2 of" in "".join(tree.itertext())
        passing = [c for c in tree.iter("testcase") if not len(c)]
        assert passing == []  # a row whose findings were cut is not reported as passing


def test_a_clean_run_gives_github_no_line_at_all(plans):
    result = xlsmart("validate", "plans/2027/clean.xlsx", "--format", "github", "--as-of", CLEAN_DAY, cwd=plans)
    assert result.returncode == 0 and result.stdout == b""


def test_the_text_summary_counts_in_words_people_read(plans):
    result = xlsmart("validate", "plans/2027/clean.xlsx", "--as-of", WARNING_DAY, cwd=plans)
    assert result.stdout.decode().splitlines()[-1] == "plans/2027/clean.xlsx: 2 rows, 0 errors, 1 warning."


# --- our bugs are ours ------------------------------------------------------------------------------

def test_a_bug_in_xlsmart_is_exit_3_says_so_and_keeps_a_trace(tmp_path, monkeypatch, capsys):
    import tempfile

    import xlsmart.validation

    def broken_rule(*args, **kwargs):
        raise KeyError("typed_rows")

    monkeypatch.setattr(xlsmart.validation, "check_workbook", broken_rule)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    path = write_workbook(tmp_path / "plan.xlsx")
    assert main(["validate", str(path), "--format", "json"]) == 3
    [line] = capsys.readouterr().err.strip().splitlines()
    assert "internal error" in line and "not in your file" in line and "KeyError" in line
    [trace] = tmp_path.glob("xlsmart-error-*.txt")
    assert str(trace) in line and "broken_rule" in trace.read_text()


def test_a_library_choking_on_a_file_while_reading_is_the_files_one_line(tmp_path, monkeypatch, capsys):
    import xlsmart.workbook.reader

    def choke(*args, **kwargs):
        raise OverflowError("date value out of range")

    monkeypatch.setattr(xlsmart.workbook.reader, "_calamine_book", choke)
    path = write_workbook(tmp_path / "plan.xlsx")
    assert main(["validate", str(path)]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line.endswith("plan.xlsx: cannot read this workbook (OverflowError: date value out of range)")


def test_the_service_answers_a_bug_with_500_and_keeps_the_trace_on_the_server(tmp_path, monkeypatch, capsys):
    import multiprocessing
    import tempfile

    from xlsmart.web import jobs

    monkeypatch.setattr(jobs, "run_job", lambda job, scratch=None: {}["missing"])
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    receiving, sending = multiprocessing.Pipe(duplex=False)
    jobs._child(sending, jobs.Job(b"PK", "plan.xlsx"))
    status, code, message = receiving.recv()
    assert (status, code) == (500, "internal") and "not in your file" in message and str(tmp_path) not in message
    [trace] = tmp_path.glob("xlsmart-error-*.txt")
    assert "KeyError" in trace.read_text() and str(trace) in capsys.readouterr().err


def test_every_unreadable_line_names_its_file_whichever_layer_spoke(tmp_path, monkeypatch, capsys):
    from xlsmart.errors import UnreadableWorkbook
    from xlsmart.workbook.paint import painter

    def damaged(*args, **kwargs):
        raise UnreadableWorkbook("cannot read xl/worksheets/sheet1.xml: mismatched tag")  # names no file

    monkeypatch.setattr(painter, "paint", damaged)
    path = write_workbook(tmp_path / "q1 plan.xlsx")
    assert main(["validate", str(path), "-o", str(tmp_path / "copy.xlsx")]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line == f"xlsmart: {path}: cannot read xl/worksheets/sheet1.xml: mismatched tag"
