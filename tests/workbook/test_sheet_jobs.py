"""Big worksheets patched in helper processes give the very copy one process gives."""

from __future__ import annotations

import os
import zipfile
from datetime import date

import openpyxl
import pytest
from openpyxl.styles import Font

from xlsmart import runtime
from xlsmart.validation import validate
from xlsmart.workbook.paint import painter, sheet_jobs
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


def _painted(tmp_path, name, report, **kwargs) -> dict[str, bytes]:
    painter.paint(tmp_path / "plan.xlsx", report, tmp_path / name, **kwargs)
    with zipfile.ZipFile(tmp_path / name) as copy:
        return {member: copy.read(member) for member in copy.namelist()}


PARENT = os.getpid()


def failing_in_a_helper(archive, job, palette, spool=None):
    """Patches a sheet here, and breaks in a helper."""
    if os.getpid() != PARENT:
        raise RuntimeError("a helper that breaks")
    return patch_member(archive, job, palette, spool)


patch_member = sheet_jobs.patch_member


@pytest.fixture
def streamed(monkeypatch):
    """Every sheet streamed through the patcher, and even small sheets worth helpers."""
    monkeypatch.setattr(painter, "NOTE_LIMIT", 0)  # no notes: every sheet is streamed
    monkeypatch.setattr(sheet_jobs, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(sheet_jobs, "REHEARSAL", 4096)  # plan from the first few dozen rows only


@pytest.mark.parametrize("late_style", [False, True], ids=["planned", "a style the rehearsal missed"])
def test_helpers_paint_the_same_copy_as_one_process(tmp_path, streamed, late_style):
    _workbook(tmp_path / "plan.xlsx", late_style=late_style)
    report = validate(tmp_path / "plan.xlsx", as_of=date(2027, 3, 1), workers=1)
    assert {f.sheet for f in report.findings} == {"Goals", "KPIs", "Budgets"}
    one = _painted(tmp_path, "one.xlsx", report, workers=1)
    assert _painted(tmp_path, "many.xlsx", report, workers=2) == one
    with runtime.Helpers(2) as helpers:  # forked early, as validate_file does
        assert _painted(tmp_path, "early.xlsx", report, workers=2, helpers=helpers) == one


def test_a_helper_that_fails_leaves_its_sheets_to_be_patched_here(tmp_path, streamed, monkeypatch):
    _workbook(tmp_path / "plan.xlsx", late_style=False)
    report = validate(tmp_path / "plan.xlsx", as_of=date(2027, 3, 1), workers=1)
    one = _painted(tmp_path, "one.xlsx", report, workers=1)
    monkeypatch.setattr(sheet_jobs, "patch_member", failing_in_a_helper)
    assert _painted(tmp_path, "many.xlsx", report, workers=2) == one


def test_a_frozen_palette_makes_no_clone():
    palette = StylePalette(STYLES_XML.encode(), {})
    planned = palette.target(0, "error")
    palette.frozen = True
    assert palette.target(0, "error") == planned
    with pytest.raises(Unplanned):
        palette.target(1, "warning")


@pytest.mark.parametrize("workers", [1, 2])
def test_spooled_members_make_the_same_copy_and_leave_no_file_behind(tmp_path, streamed, monkeypatch, workers):
    """Big new members wait in a private temporary folder, not in memory; where none can be
    made they wait in memory: the copy is the same byte for byte, and no spool file is left."""
    _workbook(tmp_path / "plan.xlsx", late_style=True)
    report = validate(tmp_path / "plan.xlsx", as_of=date(2027, 3, 1), workers=1)
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(temp))
    monkeypatch.setattr("xlsmart.workbook.ooxml.members.BIG_PART", 1024)  # the Findings sheet too
    spooled = _painted(tmp_path, "spooled.xlsx", report, workers=workers)
    assert list(temp.iterdir()) == []

    def no_folder(*args, **kwargs):
        raise OSError("read-only file system")

    monkeypatch.setattr("tempfile.TemporaryDirectory", no_folder)
    assert _painted(tmp_path, "in-memory.xlsx", report, workers=workers) == spooled
