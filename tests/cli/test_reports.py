"""The report formats (xlsmart.reports): JSON stays JSON whatever a cell holds, and SARIF lists the
rule catalogue its caller gives it (the reports sit below the rules and import none of them)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xlsmart.model import Finding, Report, Severity
from xlsmart.reports import Outcome, Run, outcome_dict, to_json, to_sarif


def finding(message: str, sheet: str = "Goals", column: str = "Goal", row: int = 7) -> Finding:
    return Finding("G04", Severity.ERROR, sheet, row, column, 3, message)


def expected(run: Run) -> object:
    """What the JSON must decode to: the outcomes' dicts, alone or in the list of several."""
    files = [json.loads(json.dumps(outcome_dict(o))) for o in run.outcomes]
    if not run.several and len(files) == 1:
        return files[0]
    return {"summary": run.summary(), "truncated": any(o.report and o.report.truncated for o in run.outcomes),
            "files": files}


SEAMS = ["Move it. }, {", "}, {", '"}, {"sheet": "Fake"', "]\n}", "},\n    {", "\\", "\u2028 \u2029 \x00 \x1b[2J"]


@pytest.mark.parametrize("several", [False, True])
@pytest.mark.parametrize("seam", SEAMS)
def test_a_message_that_looks_like_the_seam_between_findings_keeps_the_json_valid(seam, several):
    report = Report("plan.xlsx", [finding(seam), finding("Plain.", row=8), finding(seam, sheet=seam, column=seam, row=9)],
                    3, "en")
    run = Run([Outcome(seam + ".xlsx", report, problem=seam), Outcome("b.xlsx", problem=seam)][: 1 + several],
              several=several)
    text = to_json(run)
    assert json.loads(text) == expected(run)
    per_line = [json.loads(line.strip().rstrip(",")) for line in text.split("\n") if line.strip().startswith('{"sheet"')]
    assert per_line == [f.to_dict() for f in report.findings]  # one finding a line, in order


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.lists(st.text(), max_size=3), st.text(), st.text(), st.booleans()), max_size=3),
       st.booleans())
def test_any_text_in_any_cell_or_name_gives_the_document_it_stands_for(files, several):
    outcomes = [Outcome(name, Report(name, [finding(m, sheet=name) for m in messages], len(messages), "en")
                        if readable else None, problem=None if readable else name or "unreadable")
                for messages, name, _, readable in files]
    run = Run(outcomes, several=several)
    assert json.loads(to_json(run)) == expected(run)


@dataclass(frozen=True)
class Entry:
    code: str
    severity: Severity
    sheet: str
    summary: str
    example: str


def test_sarif_lists_the_rule_catalogue_the_run_carries_and_links_each_result_to_it():
    catalogue = (Entry("G01", Severity.ERROR, "goals", "SMART below the minimum.", "a goal"),
                 Entry("G04", Severity.ERROR, "goals", "Deadline before start.", "a deadline"))
    run = Run([Outcome("plan.xlsx", Report("plan.xlsx", [finding("Move it.")], 1, "en"))], rules=catalogue)
    sarif = json.loads(to_sarif(run))["runs"][0]
    assert [rule["id"] for rule in sarif["tool"]["driver"]["rules"]] == ["G01", "G04"]
    assert [(r["ruleId"], r["ruleIndex"]) for r in sarif["results"]] == [("G04", 1)]
    bare = json.loads(to_sarif(Run(run.outcomes)))["runs"][0]
    assert bare["tool"]["driver"]["rules"] == [] and bare["results"][0]["ruleIndex"] == -1


def test_the_report_formats_import_no_rule_even_to_write_sarif():
    code = ("import sys\nfrom xlsmart.reports import FORMATS, Run\nfor write in FORMATS.values(): write(Run([]))\n"
            "print(sorted(m for m in sys.modules if m.startswith('xlsmart.rules')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_junit_names_each_checked_row_with_its_id_if_it_has_one():
    from xml.etree import ElementTree

    from xlsmart.model import CheckedRows, SheetData
    from xlsmart.reports import to_junit

    checked = CheckedRows([(2, "G1"), (3, None), (4, "Ünïcode-Ω"), (1_048_576, "G4")])
    layout = SheetData("goals", "Goals", 1, {"id": 1}, {"id": "ID"}, checked=checked)
    report = Report("plan.xlsx", [finding("Vague.", row=3)], 4, "en", {"goals": layout})
    suite = ElementTree.fromstring(to_junit(Run([Outcome("plan.xlsx", report)])))
    names = [case.get("name") for case in suite.iter("testcase")]
    assert names == ["Goals sheet", "row 2 (G1)", "row 3", "row 4 (Ünïcode-Ω)", "row 1048576 (G4)"]
    assert report.sheets_read()[0]["rows"] == 4
    assert [c.get("name") for c in suite.iter("testcase") if c.find("failure") is not None] == ["row 3"]
