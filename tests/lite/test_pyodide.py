"""xlsmart.lite inside real Pyodide (the engine xlwings Lite runs in), under Node.

One Pyodide session installs xlwings and the freshly built xlsmart wheel with micropip, loads
workbook_templates/lite/main.py as xlwings Lite loads it, registers it with xlwings' own
Office.js code (custom_functions_meta / custom_scripts_meta), calls every function through
xlwings' custom_functions_call and runs the scripts through custom_scripts_call on the recording
stand-in Book. Everything is compared with the same calls in this CPython.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pyodide_env import Offline, Pyodide, missing
from standin import Book, decode

import xlsmart
import xlsmart.lite
from xlsmart.excel import udfs

HERE = Path(__file__).resolve().parent
TEMPLATE = HERE.parents[1] / "workbook_templates" / "lite"
CORPUS = HERE.parents[1] / "tests" / "core" / "corpus"
WORKBOOKS = HERE.parents[1] / "workbook_templates"
FILES = [p.name for p in sorted(WORKBOOKS.glob("xlsmart_*.xls*"))]
GOOD = "We increase website leads from 100 to 150 by 30 June 2026"
JAN1, JUL1, DEC31 = 46023, 46204, 46387  # Excel serials: Office.js hands dates over as numbers
CALLS: list[tuple[str, list[Any]]] = [
    ("SMART_SCORE", [GOOD, "Sales", None, None, None, None, None, None, JAN1]),
    ("SMART_SCORE", ["Generate more leads", None, None, None, None, None, None, None, JAN1]),
    ("SMART_GAPS", ["Generate more leads", None, None, None, None, None, None, None, JAN1, "nl"]),
    ("SMART_GAPS", [GOOD, None, None, None, None, None, None, None, JAN1, "fr"]),
    ("ROI", [10000, 5000]),
    ("ROI", [[[4000], [6000]], [[2000], [3000]]]),
    ("ROI", [1, 0]),
    ("ROAS", [10000, 2500]),
    ("ROAS", [1, "x"]),
    ("KPI_STATUS", [100, 200, 150, JAN1, DEC31, JUL1]),
    ("KPI_STATUS", [100, 200, None, JAN1, DEC31, JUL1]),
    ("KPI_STATUS", [100, 120, 130, JAN1, DEC31, JUL1, "at most", "nl"]),
    ("SMART_SCORES", [[[GOOD], ["Generate more leads"], [None]], [["Sales"], [None], [None]], None, None, None, None,
                      None, None, JAN1]),
    ("KPI_STATUSES", [[[100], [100]], [[200], [200]], [[150], [None]], [[JAN1], [JAN1]], [[DEC31], [DEC31]], JUL1]),
    ("ROIS", [[[10000], [4000], [None]], [[5000], [0], [10]]]),
]
STEPS = ["validate", "validate", "clear_colours"]
ERROR_TYPES = {"#DIV/0!": "Div0", "#N/A": "NotAvailable", "#NAME?": "Name", "#NULL!": "Null", "#NUM!": "Num",
               "#REF!": "Ref", "#VALUE!": "Value"}


def _prepared(work: Path, extras: tuple[str, ...] = ()) -> Pyodide:
    """Pyodide with xlsmart (and ``extras``) ready, or a skip saying why not (a failure in CI)."""
    reason = missing()
    if reason:
        if os.environ.get("XLSMART_REQUIRE_PYODIDE"):
            pytest.fail(f"Pyodide tests required here, but {reason}")
        pytest.skip(reason)
    try:
        return Pyodide(work, extras=extras)
    except Offline as error:  # no network and nothing cached yet; a missing wheel still fails
        if os.environ.get("XLSMART_REQUIRE_PYODIDE"):
            raise
        pytest.skip(f"PyPI unreachable and wheels not cached in .cache/pyodide-wheels: {error}")


@pytest.fixture(scope="module")
def pyodide(tmp_path_factory: pytest.TempPathFactory) -> Pyodide:
    return _prepared(tmp_path_factory.mktemp("pyodide"))


@pytest.fixture(scope="module")
def run(pyodide: Pyodide, example_json: dict[str, Any]) -> dict[str, Any]:
    payload = {"main": "/template/main.py", "calls": CALLS, "book": example_json, "steps": STEPS,
               "goals": _real_goals(), "as_of": AS_OF.isoformat(), "kpis": KPIS, "real_book": True,
               "bench": [["ROI", [1, 2], 3], ["SMART_SCORES", [[["Generate more leads"]]], 2]],
               "files": [f"/workbooks/{name}" for name in FILES]}
    return pyodide.run(HERE / "lite_program.py", payload, mounts={"/template": TEMPLATE, "/workbooks": WORKBOOKS})


AS_OF = date(2026, 6, 30)
KPIS = [[100, 200, 150, "2026-01-01", "2026-12-31"], [100, 200, 110, "2026-01-01", "2026-12-31"],
        [100, 200, 250, "2026-01-01", "2026-06-01"], [100, 200, None, "2026-01-01", "2026-12-31"],
        [100, 80, 95, "1 januari 2026", "31 december 2026"]]


def _real_goals() -> list[str]:
    """Every goal of the real-sentence corpus (tests/core/corpus), en and nl."""
    return [json.loads(line)["text"] for path in sorted(CORPUS.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_core_reads_real_goals_as_cpython_does(run: dict[str, Any]) -> None:
    goals = _real_goals()
    assert len(run["goals"]) == len(goals) > 1000
    for text, there in zip(goals, run["goals"], strict=True):
        here = xlsmart.smart_check(text, today=AS_OF)
        assert there == [here.score, here.failed, here.gaps()], text
    assert run["kpi"] == [xlsmart.kpi_status(*args, as_of=AS_OF) for args in KPIS]


def _as_matrices(args: list[Any]) -> list[Any]:
    """What a Lite function sees in CPython for the arguments Office.js sends (a 1x1 matrix -> scalar)."""
    return [decode(a) for a in args]


def _office(value: Any) -> Any:
    """What xlwings' Office.js engine makes of a returned value: errors as entities, always a matrix."""
    def cell(v: Any) -> Any:
        return {"type": "Error", "errorType": ERROR_TYPES[v]} if isinstance(v, str) and v in ERROR_TYPES else v
    if isinstance(value, list):
        return [[cell(v) for v in row] for row in value]
    return [[cell(value)]]


def test_it_is_the_python_xlwings_lite_runs(run: dict[str, Any]) -> None:
    assert run["python"].startswith("3.14.")
    assert run["xlwings"] == udfs.xw.__version__


def test_main_py_registers_every_function_with_the_classic_arguments(run: dict[str, Any]) -> None:
    expected = {name: list(inspect.signature(inspect.unwrap(getattr(udfs, name))).parameters)
                for name in udfs.function_names()}
    assert run["functions"] == expected
    assert run["scripts"] == ["clear_colours", "validate"]


@pytest.mark.parametrize("index", range(len(CALLS)), ids=[f"{n}-{i}" for i, (n, _) in enumerate(CALLS)])
def test_each_function_gives_cpythons_answer_and_excel_errors(run: dict[str, Any], index: int) -> None:
    name, args = CALLS[index]
    here = getattr(xlsmart.lite, name)(*_as_matrices(args))
    there = run["calls"][index]
    assert there["direct"] == here
    assert there["lite"] == _office(here)


def test_the_scripts_drive_the_book_as_they_do_in_cpython(run: dict[str, Any], example_json: dict[str, Any]) -> None:
    book = Book.from_json(example_json)
    for step, seen in zip(STEPS, run["steps"], strict=True):
        mark = len(book.actions)
        asyncio.run(getattr(xlsmart.lite, step)(book))
        assert seen["step"] == step
        assert seen["actions"] == [list(_jsonable(a)) for a in book.actions[mark:]]
        assert seen["state"] == book.state()
        assert seen["reads"] == book.reads
    painted = [a for a in run["steps"][0]["actions"] if a[0] == "setRangeColor"]
    assert painted and any(a[0] == "addSheet" for a in run["steps"][0]["actions"])
    assert run["steps"][-1]["state"] == Book.from_json(example_json).state()  # clear_colours undid it all


def test_on_xlwings_own_lite_book_the_script_queues_the_same_writes(run: dict[str, Any]) -> None:
    """xlwings' remote Book (what xlwings Lite really hands a script), built from the JSON Excel
    sends: the actions it queues for Excel are the stand-in's, one fills read per sheet."""
    real, ours = run["real_book"], run["steps"][0]
    colours = [(real["sheets"][a["sheet_position"]], a["start_row"] + 1, a["start_column"] + 1, a["row_count"],
                a["column_count"], a["args"][0]) for a in real["actions"] if a["func"] == "setRangeColor"]
    expected = [(a[1], a[2][0], a[2][1], a[3][0] - a[2][0] + 1, a[3][1] - a[2][1] + 1, a[4])
                for a in ours["actions"] if a[0] == "setRangeColor"]
    assert colours == expected and colours
    added = [a["args"][1] for a in real["actions"] if a["func"] == "addSheet"]
    assert added == [a[1] for a in ours["actions"] if a[0] == "addSheet"] == ["Findings"]
    written = [a["values"] for a in real["actions"] if a["func"] == "setValues"]
    assert written == [a[3] for a in ours["actions"] if a[0] == "setValues"]
    assert real["reads"] == ours["reads"]


def _jsonable(action: tuple[Any, ...]) -> list[Any]:
    return [list(x) if isinstance(x, tuple) else x for x in action]


def test_the_command_lines_file_path_runs_in_pyodide_without_threads(run: dict[str, Any]) -> None:
    """xlsmart.validate on workbook files inside Pyodide (no calamine, no lxml, no threads: the
    reader streams through openpyxl, its loader runs inline) finds what CPython finds."""
    assert FILES and set(run["files"]) == {f"/workbooks/{name}" for name in FILES}
    for name in FILES:
        here = xlsmart.validate(str(WORKBOOKS / name), as_of=AS_OF)
        assert run["files"][f"/workbooks/{name}"] == [[f.sheet, f.row, f.code, f.message] for f in here.findings]
    assert run["file_threads_started"] == ["xlsmart-probe"]  # asked once; Pyodide refused; all ran inline
    assert "pip install lxml" in run["copy"]  # the coloured copy needs lxml, which only Pyodide's CDN has


def test_the_fast_extra_installs_in_pyodide_and_reads_alike(tmp_path_factory: pytest.TempPathFactory) -> None:
    """xlsmart[fast] in Pyodide: PyPI's Pyodide wheel of python-calamine (isal is skipped there by
    its marker); the reader then takes calamine's path, with CPython's findings."""
    fast = _prepared(tmp_path_factory.mktemp("pyodide-fast"), extras=("fast",))
    assert any(name.startswith("python_calamine-") for name in fast.dependencies)
    assert not any(name.startswith("isal-") for name in fast.dependencies)
    program = tmp_path_factory.mktemp("program") / "fast.py"
    program.write_text(
        "import datetime, json, sys\n"
        "from xlsmart import validation\n"
        "report = validation.validate('/workbooks/xlsmart_en.xlsm', as_of=datetime.date(2026, 6, 30))\n"
        "json.dumps({'calamine': 'python_calamine' in sys.modules,\n"
        "            'findings': [[f.sheet, f.row, f.code, f.message] for f in report.findings]})\n")
    result = fast.run(program, {}, mounts={"/workbooks": WORKBOOKS})
    here = xlsmart.validate(str(WORKBOOKS / "xlsmart_en.xlsm"), as_of=AS_OF)
    assert result["calamine"] is True
    assert result["findings"] == [[f.sheet, f.row, f.code, f.message] for f in here.findings]


def test_the_benchmark_program_runs(run: dict[str, Any]) -> None:
    """benchmarks/bench_lite.py runs this same program; its timing branch must not rot."""
    assert set(run["bench"]) == {"ROI", "SMART_SCORES"}
    assert all(t["direct"] > 0 and t["lite"] > 0 for t in run["bench"].values())


def test_no_heavy_package_and_no_thread_in_pyodide(run: dict[str, Any]) -> None:
    assert run["heavy_loaded"] == [] and run["heavy_loaded_by_xlsmart"] == []
    assert run["threads_started"] == [] and run["threads_alive"] == 1
