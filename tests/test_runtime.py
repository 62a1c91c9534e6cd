"""Judging goals on every core: the same findings as in one process, whatever the children do."""

from __future__ import annotations

import os
from datetime import date

import pytest

from xlsmart import runtime
from xlsmart.rules.engine import check_workbook
from xlsmart.runtime import Pending
from xlsmart.workbook.records import workbook_from_sheets

pytestmark = pytest.mark.skipif(not runtime.CAN_FORK, reason="forking helpers run on Linux only")


@pytest.fixture(autouse=True)
def single_threaded(monkeypatch):
    """Other test modules may leave idle threads behind (an ASGI portal): fork as if alone."""
    monkeypatch.setattr(runtime, "other_threads", lambda: False)


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


PARENT = os.getpid()


def fragile(items):
    """Fails in a helper for the slice that starts at 0."""
    if os.getpid() != PARENT and items[0] == 0:
        raise RuntimeError("a child that dies")
    return squares(items)


def test_a_failing_child_has_its_slice_redone_here():
    pending = Pending(fragile, list(range(1_000)), workers=2, min_items=10)
    assert all(child is not None for child in pending.children)  # the work did go to helpers
    assert pending.result() == squares(range(1_000))


def test_work_that_cannot_be_sent_is_done_here():
    offset = 3
    pending = Pending(lambda items: [n + offset for n in items], list(range(100)), workers=2, min_items=10)
    assert pending.children == [None, None]  # a lambda does not pickle
    assert pending.result() == [n + 3 for n in range(100)]


def test_helpers_forked_early_take_the_work_and_the_rest_leave():
    with runtime.Helpers(3) as helpers:
        pids = [h.pid for h in helpers.idle]
        assert len(pids) == 3
        pending = Pending(squares, list(range(5_000)), workers=2, helpers=helpers, min_items=100)
        assert [c.pid for c in pending.children] == pids[:2] and [h.pid for h in helpers.idle] == pids[2:]
        assert pending.result() == squares(range(5_000))
    for pid in pids:  # every helper has been waited for: none is left running or a zombie
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)


def test_a_helper_that_died_before_its_work_came_is_replaced_by_this_process():
    with runtime.Helpers(2) as helpers:
        os.kill(helpers.idle[0].pid, 9)
        os.waitpid(helpers.idle[0].pid, 0)  # gone, and reaped here
        pending = Pending(squares, list(range(2_000)), helpers=helpers, min_items=100)
        assert pending.result() == squares(range(2_000))


def test_one_worker_or_many_the_report_is_the_same():
    rows = [["ID", "Goal", "Start", "Deadline", "Owner"]]
    for i in range(1, runtime.MIN_ITEMS + 500):
        text = "Grow the brand" if i % 7 == 0 else f"We increase website leads from {100 + i} to {150 + i} within six months"
        rows.append([f"G{i}", text, "2027-01-01", "2027-06-30", None if i % 5 == 0 else "Ann"])
    data = workbook_from_sheets({"Goals": rows})
    alone = check_workbook(data, as_of=date(2027, 3, 1), workers=1)
    spread = check_workbook(data, as_of=date(2027, 3, 1), workers=2)
    assert [f.to_dict() for f in spread.findings] == [f.to_dict() for f in alone.findings]
    assert sum(f.code == "G01" for f in alone.findings) > 500


def test_no_helpers_are_forked_while_other_threads_run(monkeypatch):
    import threading

    monkeypatch.undo()  # the real check
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        assert runtime.other_threads()
        assert runtime.Helpers(2).idle == []
        assert Pending(squares, list(range(5_000)), workers=2, min_items=10).result() == squares(range(5_000))
    finally:
        release.set()
        thread.join()


def tag_with_process(items):
    return [(os.getpid(), item if isinstance(item, int) else "other") for item in items]


def test_a_slice_whose_items_do_not_all_reach_the_helper_is_redone_here():
    """A batch that fails to pickle cuts the stream before its end mark: no partial result counts."""
    items = list(range(runtime.BATCH * 3)) + [lambda: None]  # the last batch of the second slice fails
    done = Pending(tag_with_process, items, workers=2, min_items=10).result()
    assert [item for _, item in done] == [*range(runtime.BATCH * 3), "other"]
    helper_pids = {pid for pid, _ in done[: len(items) // 2]}
    assert helper_pids and os.getpid() not in helper_pids  # the first slice was a helper's
    assert {pid for pid, _ in done[len(items) // 2 + 1 :]} == {os.getpid()}  # the second was redone here


def test_a_large_file_gives_the_same_report_and_copy_with_helpers_as_without(tmp_path, monkeypatch):
    """validate_file end to end: helpers forked before reading, goals judged while the other sheets
    are read, sheets patched side by side; the result must not depend on any of it."""
    import importlib.util
    import zipfile
    from pathlib import Path

    from xlsmart.validation import validate_file
    from xlsmart.workbook import sheet_jobs

    spec = importlib.util.spec_from_file_location("generate", Path(__file__).parents[1] / "benchmarks" / "generate.py")
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    source = tmp_path / "plan.xlsx"
    generate.generate(runtime.MIN_ITEMS + 1_000, str(source))
    monkeypatch.setattr(sheet_jobs, "PARALLEL_BYTES", 0)
    forked = []
    helpers_init = runtime.Helpers.__init__

    def counting(self, count):
        helpers_init(self, count)
        forked.append(len(self.idle))

    monkeypatch.setattr(runtime.Helpers, "__init__", counting)
    alone = validate_file(source, tmp_path / "alone.xlsx", as_of="2027-01-15", workers=1)
    assert forked == []
    helped = validate_file(source, tmp_path / "helped.xlsx", as_of="2027-01-15", workers=2)
    assert forked == [5]  # two to judge goals, one to scan half the first sheet, two to patch sheets
    assert helped.to_dict() == alone.to_dict() and len(alone.findings) > 500
    with zipfile.ZipFile(tmp_path / "alone.xlsx") as one, zipfile.ZipFile(tmp_path / "helped.xlsx") as many:
        assert one.namelist() == many.namelist()
        assert all(one.read(name) == many.read(name) for name in one.namelist())
