"""The report's overview (every row read) agrees with the rules' own findings and changes nothing else."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.web.workbooks import AS_OF, example_workbook
from xlsmart.core.kpi import STATUSES
from xlsmart.core.smart import LETTERS
from xlsmart.reports import Outcome, Run, to_json
from xlsmart.validation import validate


@pytest.fixture(scope="module")
def content() -> bytes:
    return example_workbook(repeat=3)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_row_is_listed_once_with_its_id_and_words(content: bytes, lang: str) -> None:
    report = validate(content, as_of=AS_OF, lang=lang, overview=True)
    rows = report.to_dict()["overview"]
    assert len(rows) == report.rows
    assert len({(row["sheet"], row["row"]) for row in rows}) == len(rows)
    goals = [row for row in rows if row["kind"] == "goals"]
    assert goals[1]["id"] == "G2-0" and goals[1]["text"] == "Be more visible"
    assert all([mark["letter"] for mark in row["smart"]] == list(LETTERS) for row in goals)
    assert all(mark["reason"] for row in goals for mark in row["smart"])
    assert all(row["score"] == sum(mark["passed"] for mark in row["smart"]) for row in goals)


def test_the_overview_agrees_with_the_findings(content: bytes) -> None:
    report = validate(content, as_of=AS_OF, overview=True)
    rows = report.to_dict()["overview"]
    found = {(f.sheet, f.row, f.code) for f in report.findings}
    # a goal below the minimum (5) is exactly a goal with a G01 finding
    assert {("Goals", r["row"]) for r in rows if r["kind"] == "goals" and r["score"] < 5} == {
        (sheet, row) for sheet, row, code in found if code == "G01"}
    # the statuses the rules report are exactly those the overview gives
    for status, code in (("at_risk", "K06"), ("off_track", "K07"), ("missed", "K08")):
        assert {r["row"] for r in rows if r.get("status") == status} == {row for _, row, c in found if c == code}
    statuses = Counter(r["status"] for r in rows if r["kind"] == "kpis")
    assert set(statuses) <= set(STATUSES) and statuses["on_track"] == 3 and statuses["achieved"] == 3
    assert statuses["no_data"] == 3
    budgets = [r for r in rows if r["kind"] == "budgets"]
    assert (budgets[0]["group"], budgets[0]["planned"], budgets[0]["actual"]) == ("external seeding", 1000, 1200)


def test_without_asking_the_report_is_as_before(content: bytes) -> None:
    plain = validate(content, as_of=AS_OF)
    full = validate(content, as_of=AS_OF, overview=True)
    assert plain.overview is None and "overview" not in plain.to_dict()
    without = full.to_dict()
    without.pop("overview")
    assert without == plain.to_dict()
    text = to_json(Run([Outcome("plan.xlsx", full)]))
    assert text.count('\n    {"kind": ') == len(full.overview)  # one row a line, as the findings
