"""The xlwings Lite edition's cost: each worksheet function per call in Pyodide next to CPython,
and the Validate script on the example workbook in Pyodide.

Run: ``python benchmarks/bench_lite.py`` (``make bench`` runs it). Needs node and
``node_modules/pyodide`` (``make`` installs both); prints why and stops otherwise. Pyodide runs
under Node here, as in Excel's browser engine but without Office.js: "via xlwings" adds xlwings'
own argument and result conversion (``custom_functions_call``), not the hop between Excel and the
add-in, which only real Excel has.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "lite"))

from pyodide_env import Pyodide, missing, pyodide_version  # noqa: E402
from standin import Book, book_json, decode  # noqa: E402

import xlsmart.lite  # noqa: E402
from xlsmart.bundled import example_workbooks  # noqa: E402

GOAL = "Our webshop team grows newsletter sign-ups from 2,000 to 3,000 by 31 December 2026."
JAN1, JUL1, DEC31 = 46023, 46204, 46387
ROWS = 200  # rows of each whole-column call
CASES: list[tuple[str, list[Any], int]] = [
    ("SMART_SCORE", [GOAL, "Team", None, None, None, None, None, None, JAN1], 300),
    ("SMART_GAPS", ["Generate more leads", None, None, None, None, None, None, None, JAN1], 300),
    ("KPI_STATUS", [100, 200, 150, JAN1, DEC31, JUL1], 2000),
    ("ROI", [10000, 5000], 5000),
    ("ROAS", [10000, 2500], 5000),
    ("SMART_SCORES", [[[GOAL]] * ROWS, [["Team"]] * ROWS, None, None, None, None, None, None, JAN1], 3),
    ("KPI_STATUSES", [[[100]] * ROWS, [[200]] * ROWS, [[150]] * ROWS, [[JAN1]] * ROWS, [[DEC31]] * ROWS, JUL1], 20),
    ("ROIS", [[[10000.0 + i] for i in range(ROWS)], [[5000.0]] * ROWS], 50),
]
VALIDATE_RUNS = 5


def _cpython_per_call(function: Callable[..., Any], args: list[Any], repeat: int) -> float:
    values = [decode(a) for a in args]
    function(*values)  # warm, as in Pyodide
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(repeat):
            function(*values)
        best = min(best, (time.perf_counter() - start) / repeat)
    return best


def main() -> int:
    reason = missing()
    if reason:
        print(f"bench_lite: skipped: {reason}")
        return 0
    example = next(p for p in example_workbooks() if p.name.endswith("_en.xlsm"))
    book = book_json(str(example))
    work = REPO / "bench-out" / "lite"
    started = time.perf_counter()
    pyodide = Pyodide(work)
    prepared = time.perf_counter() - started
    payload = {"main": "/template/main.py", "bench": CASES, "book": book, "steps": ["validate"] * VALIDATE_RUNS}
    result = pyodide.run(REPO / "tests" / "lite" / "lite_program.py", payload,
                         mounts={"/template": REPO / "workbook_templates" / "lite"})

    print(f"Pyodide {pyodide_version()} (Python {result['python']}) under Node; xlwings {result['xlwings']}; "
          f"wheels ready in {prepared:.1f} s")
    print(pyodide.log.strip().splitlines()[-1])
    print(f"\n{'function':<13} {'CPython µs':>11} {'Pyodide µs':>11} {'ratio':>6} {'via xlwings µs':>15}   (per call;"
          f" the *S forms: {ROWS} rows a call)")
    for name, args, repeat in CASES:
        here = _cpython_per_call(getattr(xlsmart.lite, name), args, repeat) * 1e6
        there = result["bench"][name]
        print(f"{name:<13} {here:>11.1f} {there['direct'] * 1e6:>11.1f} {there['direct'] * 1e6 / here:>6.1f} "
              f"{there['lite'] * 1e6:>15.1f}")

    local = Book.from_json(book)
    cpython = []
    for _ in range(VALIDATE_RUNS):
        start = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):  # its one summary line per run
            asyncio.run(xlsmart.lite.validate(local))
        cpython.append(time.perf_counter() - start)
    seconds = result["script_seconds"]
    rows = sum(len(s["values"]) for s in local.state().values())
    print(f"\nvalidate script on {example.name} ({rows} sheet rows incl. Findings): Pyodide first "
          f"{seconds[0] * 1e3:.1f} ms, best {min(seconds) * 1e3:.1f} ms; CPython best {min(cpython) * 1e3:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
