"""Work spread over helper processes: the same results as in one process, whatever the helpers
do, and no helper left behind once the work (or the process that started it) is over."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
import zipfile
from datetime import date
from pathlib import Path

import pytest

from xlsmart import runtime
from xlsmart.rules.engine import check_workbook
from xlsmart.runtime import Helpers, Pending
from xlsmart.workbook.records import workbook_from_sheets

pytestmark = pytest.mark.skipif(not runtime.CAN_FORK, reason="forking helpers run on Linux only")
PARENT = os.getpid()
GONE_WITHIN = 30  # seconds: a generous bound on a helper's leaving, not a measure of speed


@pytest.fixture(autouse=True)
def single_threaded(monkeypatch):
    """Other test modules may leave idle threads behind (an ASGI portal): fork as if alone."""
    monkeypatch.setattr(runtime, "other_threads", lambda: False)


def squares(items):
    return [n * n for n in items]


def where(items):
    """Each item with the process that handled it."""
    return [(os.getpid(), item if isinstance(item, int) else "other") for item in items]


def fragile(items):
    """Fails in a helper for the batch that starts at 0."""
    if os.getpid() != PARENT and items[0] == 0:
        raise RuntimeError("a bug that shows only in a helper")
    return where(items)


def dying(items):
    """A helper that dies outright (killed, out of memory) on the batch that starts at 0."""
    if os.getpid() != PARENT and items[0] == 0:
        os._exit(9)
    return where(items)


def alive(pid: int) -> bool:
    """Whether ``pid`` still runs (a zombie waiting for its reaper has ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def gone(pids) -> bool:
    stop = time.monotonic() + GONE_WITHIN
    while any(alive(pid) for pid in pids) and time.monotonic() < stop:
        time.sleep(0.05)
    return not any(alive(pid) for pid in pids)


def test_helpers_give_the_same_results_in_the_same_order():
    items = list(range(10_000))
    done = Pending(where, items, workers=3, min_items=100).result()
    assert [item for _, item in done] == items
    assert PARENT not in {pid for pid, _ in done}  # the work was done elsewhere


def test_a_small_job_is_done_here():
    assert Pending(where, list(range(50)), workers=2, min_items=100).result() == [(PARENT, n) for n in range(50)]


def test_helpers_started_early_serve_one_job_after_another_and_leave_after():
    with Helpers(2) as helpers:
        first = Pending(where, list(range(5_000)), workers=2, helpers=helpers, min_items=100).result()
        second = Pending(squares, list(range(3_000)), workers=2, helpers=helpers, min_items=100).result()
        pids = {pid for pid, _ in first}
        assert [item for _, item in first] == list(range(5_000)) and second == squares(range(3_000))
        assert PARENT not in pids and all(alive(pid) for pid in pids)
    assert not any(alive(pid) for pid in pids)  # closed: every helper has ended and been reaped


def test_helpers_started_for_one_job_leave_when_it_is_done():
    done = Pending(where, list(range(5_000)), workers=2, min_items=100).result()
    pids = {pid for pid, _ in done} - {PARENT}
    assert pids and not any(alive(pid) for pid in pids)


@pytest.mark.parametrize("fn", [fragile, dying], ids=["raises", "dies"])
def test_work_a_helper_fails_is_redone_here(fn):
    done = Pending(fn, list(range(5_000)), workers=2, min_items=10).result()
    assert [item for _, item in done] == list(range(5_000))
    assert done[0][0] == PARENT  # the failed batch came back here


def wrong(items):
    raise ValueError("a bug in the work")


def test_an_error_the_work_itself_raises_is_raised_here():
    with Helpers(2) as helpers, pytest.raises(ValueError, match="a bug in the work"):
        Pending(wrong, list(range(100)), helpers=helpers, min_items=10).result()


def test_work_that_cannot_be_sent_is_done_here():
    offset = 3
    done = Pending(lambda items: [n + offset for n in items], list(range(100)), workers=2, min_items=10).result()
    assert done == [n + 3 for n in range(100)]  # a lambda does not pickle


def test_a_batch_whose_items_cannot_be_sent_is_done_here():
    items = [*range(runtime.BATCH * 3), lambda: None]  # the last batch does not pickle
    done = Pending(where, items, workers=2, min_items=10).result()
    assert [item for _, item in done] == [*range(runtime.BATCH * 3), "other"]
    assert done[0][0] != PARENT and done[-1][0] == PARENT


def test_helpers_that_died_before_the_work_came_leave_it_to_this_process():
    with Helpers(2) as helpers:
        pids = {pid for pid, _ in Pending(where, list(range(100)), helpers=helpers, min_items=10).result()}
        for pid in pids:
            os.kill(pid, signal.SIGKILL)
        assert gone(pids)
        assert Pending(where, list(range(2_000)), helpers=helpers, min_items=100).result() == where(range(2_000))


def test_no_helpers_are_forked_while_other_threads_run(monkeypatch):
    monkeypatch.undo()  # the real check
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        assert runtime.other_threads()
        assert Pending(where, list(range(5_000)), workers=2, min_items=10).result() == where(range(5_000))
    finally:
        release.set()
        thread.join()


NO_THREADS_PROGRAM = textwrap.dedent("""
    import os, threading

    def refuse(self, *args, **kwargs):
        raise RuntimeError("can't start new thread")

    threading.Thread.start = refuse  # as in Pyodide, or a process out of threads
    from xlsmart.runtime import Pending

    def where(items):
        return [os.getpid() for _ in items]

    print(set(Pending(where, list(range(5_000)), workers=2, min_items=10).result()) == {os.getpid()})
""")


def test_where_no_thread_can_start_the_work_is_done_here_and_nothing_waits(tmp_path):
    program = tmp_path / "no_threads.py"
    program.write_text(NO_THREADS_PROGRAM)
    done = subprocess.run([sys.executable, str(program)], capture_output=True, text=True, timeout=GONE_WITHIN * 4)
    assert (done.returncode, done.stdout.strip()) == (0, "True"), done.stderr


PARENT_PROGRAM = textwrap.dedent("""
    import os, sys, time
    from xlsmart import runtime
    from xlsmart.runtime import Helpers, Pending

    def where(items):
        return [os.getpid() for _ in items]

    helpers = Helpers(2)
    pids = set(Pending(where, list(range(1_000)), helpers=helpers, min_items=10).result()) - {os.getpid()}
    print(*pids, flush=True)
    time.sleep(600)  # killed long before
""")


def test_helpers_end_when_the_process_that_started_them_is_killed(tmp_path):
    program = tmp_path / "parent.py"
    program.write_text(PARENT_PROGRAM)
    parent = subprocess.Popen([sys.executable, str(program)], stdout=subprocess.PIPE, text=True)
    try:
        pids = [int(pid) for pid in parent.stdout.readline().split()]
        assert pids and all(alive(pid) for pid in pids)
    finally:
        parent.kill()
        parent.wait(GONE_WITHIN)
        parent.stdout.close()
    assert gone(pids)


GOAL_ROWS = runtime.MIN_ITEMS + 500


def _goals():
    rows = [["ID", "Goal", "Start", "Deadline", "Owner"]]
    for i in range(1, GOAL_ROWS):
        text = "Grow the brand" if i % 7 == 0 else f"We increase website leads from {100 + i} to {150 + i} within six months"
        rows.append([f"G{i}", text, "2027-01-01", "2027-06-30", None if i % 5 == 0 else "Ann"])
    return workbook_from_sheets({"Goals": rows})


def test_one_worker_or_many_the_report_is_the_same():
    data = _goals()
    alone = check_workbook(data, as_of=date(2027, 3, 1), workers=1)
    spread = check_workbook(data, as_of=date(2027, 3, 1), workers=2)
    assert [f.to_dict() for f in spread.findings] == [f.to_dict() for f in alone.findings]
    assert sum(f.code == "G01" for f in alone.findings) > 500


def _generate(rows: int, path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("generate", Path(__file__).parents[1] / "benchmarks" / "generate.py")
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    generate.generate(rows, str(path))


def test_a_large_file_gives_the_same_report_and_copy_with_helpers_as_without(tmp_path, monkeypatch):
    """validate_file end to end: helpers forked before reading, goals judged while the other sheets
    are read, sheets patched side by side; the result must not depend on any of it."""
    from xlsmart.validation import validate_file
    from xlsmart.workbook.paint import sheet_jobs

    source = tmp_path / "plan.xlsx"
    _generate(runtime.MIN_ITEMS + 1_000, source)
    monkeypatch.setattr(sheet_jobs, "PARALLEL_BYTES", 0)
    alone = validate_file(source, tmp_path / "alone.xlsx", as_of="2027-01-15", workers=1)
    helped = validate_file(source, tmp_path / "helped.xlsx", as_of="2027-01-15", workers=2)
    assert multiprocessing.active_children() == []  # its helpers have ended with it
    assert helped.to_dict() == alone.to_dict() and len(alone.findings) > 500
    with zipfile.ZipFile(tmp_path / "alone.xlsx") as one, zipfile.ZipFile(tmp_path / "helped.xlsx") as many:
        assert one.namelist() == many.namelist()
        assert all(one.read(name) == many.read(name) for name in one.namelist())
