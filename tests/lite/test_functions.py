"""The Lite worksheet functions give what the classic ones give, with errors as Office.js text."""

from __future__ import annotations

import ast
import inspect
from datetime import date
from pathlib import Path

import pytest

import xlsmart.lite
from xlsmart.excel import udfs
from xlsmart.lite import functions as lite
from xlsmart.model import CellError

AS_OF = date(2026, 1, 1)
GOOD = "We increase website leads from 100 to 150 by 30 June 2026"
TEMPLATE = Path(__file__).resolve().parents[2] / "workbook_templates" / "lite"

CALLS = [
    ("SMART_SCORE", (GOOD, "Sales", None, None, None, None, None, None, AS_OF)),
    ("SMART_SCORE", ("Generate more leads", None, None, None, None, None, None, None, AS_OF)),
    ("SMART_SCORE", ("", None)),
    ("SMART_SCORE", (GOOD, None, None, None, None, None, None, None, AS_OF, "fr")),
    ("SMART_GAPS", ("Generate more leads", None, None, None, None, None, None, None, AS_OF, "nl")),
    ("SMART_GAPS", (GOOD, "Sales", None, None, None, None, None, None, AS_OF)),
    ("ROI", (10000, 5000)),
    ("ROI", ([[4000], [6000]], [[2000], [3000]])),
    ("ROI", (1, 0)),
    ("ROI", (None, 5)),
    ("ROAS", (10000, 2500)),
    ("ROAS", (1, "x")),
    ("KPI_STATUS", (100, 200, 150, 46023, 46387, 46204)),
    ("KPI_STATUS", (100, 200, None, 46023, 46387, 46204)),
    ("KPI_STATUS", (100, 200, 150, 46023, 46387, 46204, "sometimes")),
    ("KPI_STATUS", (100, 120, 130, 46023, 46387, 46204, "at most", "nl")),
    ("SMART_SCORES", ([GOOD, "Generate more leads", None], ["Sales", None, None], None, None, None, None, None, None,
                      AS_OF)),
    ("KPI_STATUSES", ([100, 100], [200, 200], [150, None], [46023, 46023], [46387, 46387], 46204)),
    ("ROIS", ([10000, 4000, None], [5000, 0, 10])),
]


def _classic_as_office(value: object) -> object:
    if isinstance(value, CellError):
        return value.code
    if isinstance(value, list):
        return [_classic_as_office(v) for v in value]
    return value


@pytest.mark.parametrize(("name", "args"), CALLS, ids=[f"{n}-{i}" for i, (n, _) in enumerate(CALLS)])
def test_lite_gives_what_the_classic_function_gives(name: str, args: tuple) -> None:
    assert getattr(lite, name)(*args) == _classic_as_office(getattr(udfs, name)(*args))


def test_errors_travel_as_their_excel_text() -> None:
    assert lite.ROI(1, 0) == "#DIV/0!"
    assert lite.KPI_STATUS(100, 200, 150, 1, 2, 3, "sometimes") == "#VALUE!"
    assert lite.ROIS([1, 3], [0, 1]) == [["#DIV/0!"], [2.0]]


@pytest.mark.parametrize("name", sorted(f.__name__ for f in (*udfs.SCALAR_FUNCTIONS, *udfs.COLUMN_FUNCTIONS)))
def test_same_names_and_arguments_as_the_classic_functions(name: str) -> None:
    classic = inspect.signature(inspect.unwrap(getattr(udfs, name)))
    ours = inspect.signature(getattr(lite, name))
    assert list(ours.parameters) == list(classic.parameters)
    assert [p.default for p in ours.parameters.values()] == [p.default for p in classic.parameters.values()]
    assert all(p.annotation is inspect.Parameter.empty for p in ours.parameters.values())  # no converters


def test_main_py_imports_every_function_and_script() -> None:
    tree = ast.parse((TEMPLATE / "main.py").read_text())
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                and node.module == "xlsmart.lite" for alias in node.names}
    assert imported == set(xlsmart.lite.__all__)
    namespace: dict[str, object] = {}
    exec(compile((TEMPLATE / "main.py").read_text(), "main.py", "exec"), namespace)
    assert all(namespace[name] is getattr(xlsmart.lite, name) for name in xlsmart.lite.__all__)


def test_requirements_name_xlsmart_and_the_xlwings_it_pins() -> None:
    lines = [line.strip() for line in (TEMPLATE / "requirements.txt").read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text()
    pin = next(line for line in lines if line.startswith("xlwings"))
    assert f'"{pin}"' in pyproject  # the base dependency, same pin
    assert "xlsmart" in lines
