"""Judging goals on every core: the same findings as in one process, whatever the children do."""

from __future__ import annotations

import os
from datetime import date

import pytest

from xlsmart.rules import parallel
from xlsmart.rules.engine import check_workbook
from xlsmart.rules.parallel import Pending
from xlsmart.workbook.records import workbook_from_sheets

pytestmark = pytest.mark.skipif(not parallel.CAN_FORK, reason="forking helpers run on Linux only")


def squares(items):
    return [n * n for n in items]


def test_children_split_the_work_and_keep_its_order():
    items = list(range(10_000))
    pending = Pending(squares, items, workers=3, min_items=100)
    assert len(pending.children) == 3 and all(child is not None for child in pending.children)
    assert pending.result() == squares(items)


def test_a_small_job_stays_in_this_process():
    pending = Pending(squares, list(range(50)), workers=2, min_items=100)
    assert pending.children == [] and pending.result() == squares(range(50))


def test_a_failing_child_has_its_slice_redone_here():
    parent = os.getpid()

    def fragile(items):
        if os.getpid() != parent and items[0] == 0:
            raise RuntimeError("a child that dies")
        return squares(items)

    assert Pending(fragile, list(range(1_000)), workers=2, min_items=10).result() == squares(range(1_000))


def test_one_worker_or_many_the_report_is_the_same():
    rows = [["ID", "Goal", "Start", "Deadline", "Owner"]]
    for i in range(1, parallel.MIN_ITEMS + 500):
        text = "Grow the brand" if i % 7 == 0 else f"We increase website leads from {100 + i} to {150 + i} within six months"
        rows.append([f"G{i}", text, "2027-01-01", "2027-06-30", None if i % 5 == 0 else "Ann"])
    data = workbook_from_sheets({"Goals": rows})
    alone = check_workbook(data, as_of=date(2027, 3, 1), workers=1)
    spread = check_workbook(data, as_of=date(2027, 3, 1), workers=2)
    assert [f.to_dict() for f in spread.findings] == [f.to_dict() for f in alone.findings]
    assert sum(f.code == "G01" for f in alone.findings) > 500
