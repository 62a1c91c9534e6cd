"""Big worksheets patched in helper processes give the very copy one process gives."""

from __future__ import annotations

import zipfile
from datetime import date

import openpyxl
import pytest
from openpyxl.styles import Font

from xlsmart import runtime
from xlsmart.validation import validate
from xlsmart.workbook import sheet_jobs
from xlsmart.workbook.paint import painter
from xlsmart.workbook.paint.styles import StylePalette, Unplanned

from .xlsx_builder import STYLES_XML

pytestmark = pytest.mark.skipif(not runtime.CAN_FORK, reason="helper processes run on Linux only")
ROWS = 1_200


@pytest.fixture(autouse=True)
def single_threaded(monkeypatch):
    """Other test modules may leave idle threads behind (an ASGI portal): fork as if alone."""
    monkeypatch.setattr(runtime, "other_threads", lambda: False)


def _workbook(path, *, late_style: bool) -> None:
    book = openpyxl.Workbook()
    goals = book.active
    goals.title = "Goals"
    goals.append(["ID", "Goal", "Owner", "Start", "Deadline"])
    for i in range(1, ROWS):
        text = "More buzz" if i % 9 == 0 else f"Ann will increase leads from {100 + i} to {130 + i} by 30 June 2027"
        goals.append([f"G{i}", text, "Ann", date(2027, 1, 1), date(2027, 6, 30)])
    kpis = book.create_sheet("KPIs")
    kpis.append(["ID", "Goal ID", "KPI", "Owner"])
    for i in range(1, ROWS):
        kpis.append([f"K{i}", f"G{i if i % 7 else ROWS + i}", "Leads", "Ann"])
    budgets = book.create_sheet("Budgets")
    budgets.append(["ID", "Budget group", "Planned", "Actual"])
    for i in range(1, ROWS):
        budgets.append([f"B{i}" if i % 11 else None, "media", 1000, 900])
    if late_style:  # a format first used far below the rows that plan the clone styles
        for cell in budgets[ROWS - 100]:
            cell.font = Font(bold=True)
        budgets.cell(ROWS - 100, 1).value = None  # and the row is flagged (no ID)
    book.save(path)


@pytest.mark.parametrize("late_style", [False, True], ids=["planned", "a style the rehearsal missed"])
def test_helpers_paint_the_same_copy_as_one_process(tmp_path, monkeypatch, late_style):
    source = tmp_path / "plan.xlsx"
    _workbook(source, late_style=late_style)
    report = validate(source, as_of=date(2027, 3, 1), workers=1)
    assert {f.sheet for f in report.findings} == {"Goals", "KPIs", "Budgets"}
    monkeypatch.setattr(painter, "NOTE_LIMIT", 0)  # no notes: every sheet is streamed
    monkeypatch.setattr(sheet_jobs, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(sheet_jobs, "REHEARSAL", 4096)  # plan from the first few dozen rows only
    here = []
    patch_member = sheet_jobs.patch_member
    monkeypatch.setattr(sheet_jobs, "patch_member", lambda *a: here.append(a[1].part) or patch_member(*a))
    painter.paint(source, report, tmp_path / "one.xlsx", workers=1)
    assert len(here) == 3  # one process: every sheet here
    here.clear()
    painter.paint(source, report, tmp_path / "many.xlsx", workers=2)
    # Helpers patched KPIs and Budgets; a sheet that met an unplanned style came back to be redone.
    assert here == (["xl/worksheets/sheet1.xml", "xl/worksheets/sheet3.xml"] if late_style else ["xl/worksheets/sheet1.xml"])
    with zipfile.ZipFile(tmp_path / "one.xlsx") as one, zipfile.ZipFile(tmp_path / "many.xlsx") as many:
        assert one.namelist() == many.namelist()
        assert all(one.read(name) == many.read(name) for name in one.namelist())


def test_a_frozen_palette_makes_no_clone():
    palette = StylePalette(STYLES_XML.encode(), {})
    planned = palette.target(0, "error")
    palette.frozen = True
    assert palette.target(0, "error") == planned
    with pytest.raises(Unplanned):
        palette.target(1, "warning")
