"""Goals judged while the rest of the workbook is read: the same report as judging afterwards."""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart.rules import parallel
from xlsmart.rules.engine import HeadStart, check_workbook
from xlsmart.workbook.records import workbook_from_sheets

AS_OF = date(2027, 3, 1)
GOALS_HEAD = ["ID", "Goal", "Start", "Deadline", "Owner"]
DUTCH_KPI_HEAD = ["ID", "Doel-ID", "KPI", "Team", "Eigenaar", "Doelwaarde", "Werkelijk"]


def goals(count: int) -> list[list[object]]:
    rows: list[list[object]] = [GOALS_HEAD]
    for i in range(1, count + 1):
        text = "Grow the brand" if i % 7 == 0 else f"We increase website leads from {100 + i} to {150 + i} within six months"
        rows.append([f"G{i}", text, "2027-01-01", "2027-06-30", None if i % 5 == 0 else "Ann"])
    return rows


def report(sheets: dict, head_start: HeadStart | None, **options: object):
    data = workbook_from_sheets(sheets, on_sheet=head_start.sheet_read if head_start else None)
    return check_workbook(data, as_of=AS_OF, head_start=head_start, **options)


@pytest.mark.parametrize("workers", [1, 2])
def test_started_early_or_not_the_findings_are_the_same(monkeypatch, workers):
    monkeypatch.setattr(parallel, "cores", lambda: workers)
    sheets = {"Goals": goals(parallel.MIN_ITEMS + 10)}
    early = report(sheets, HeadStart(as_of=AS_OF))
    late = report(sheets, None)
    assert [f.to_dict() for f in early.findings] == [f.to_dict() for f in late.findings]
    assert sum(f.code == "G01" for f in early.findings) > 500


def test_work_started_in_one_language_is_redone_in_the_workbooks(monkeypatch):
    """English goals read first look English; Dutch KPI headers make the workbook Dutch."""
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    sheets = {"Goals": goals(parallel.MIN_ITEMS + 10), "KPIs": [DUTCH_KPI_HEAD, ["K1", "G1", "Leads", "Web", "Bo", 10, 5]]}
    head_start = HeadStart(as_of=AS_OF)
    early = report(sheets, head_start)
    late = report(sheets, None)
    assert early.lang == "nl"
    assert [f.to_dict() for f in early.findings] == [f.to_dict() for f in late.findings]
    assert head_start.context is None  # the early work was let go


def test_a_minimum_score_given_later_than_the_start_is_honoured():
    sheets = {"Goals": goals(30)}
    head_start = HeadStart(as_of=AS_OF, min_score=5)
    data = workbook_from_sheets(sheets, on_sheet=head_start.sheet_read)
    strict = check_workbook(data, as_of=AS_OF, min_score=2, head_start=head_start)
    assert {f.code for f in strict.findings} <= {"G01", "G02", "G03"}
    assert [f.to_dict() for f in strict.findings] == [f.to_dict() for f in report(sheets, None, min_score=2).findings]
