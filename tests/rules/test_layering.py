"""The rules are pure and point one way: records in, findings out.

They import no file format (``xlsmart.workbook``) and no face; the rule modules import the
engine's vocabulary (context, common, registry), never the engine. (No private ``_name`` taken across modules, and the layers of the whole package:
tests/test_house.py.)
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

RULES = Path(__file__).resolve().parents[2] / "xlsmart" / "rules"
ABOVE_THE_RULES = ["xlsmart.workbook", "xlsmart.validation", "xlsmart.reports", "xlsmart.cli", "xlsmart.web",
                   "xlsmart.excel", "xlsmart.lite", "openpyxl", "python_calamine", "lxml"]
RULE_MODULES = sorted(p.stem for p in RULES.glob("*.py") if p.stem != "__init__")


def _imports(path: Path) -> list[ast.ImportFrom]:
    return [node for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(node, ast.ImportFrom)]


def test_importing_every_rule_module_loads_nothing_above_the_rules():
    modules = ", ".join(repr(f"xlsmart.rules.{name}") for name in RULE_MODULES)
    code = (f"import sys, importlib\nfor m in ({modules},): importlib.import_module(m)\n"
            f"print(' '.join(m for m in {ABOVE_THE_RULES!r} if any(k == m or k.startswith(m + '.') for k in sys.modules)))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


@pytest.mark.parametrize("name", [n for n in RULE_MODULES if n != "engine"])
def test_a_rule_module_does_not_import_the_engine(name):
    sources = {node.module for node in _imports(RULES / f"{name}.py")}
    assert "engine" not in sources and "xlsmart.rules.engine" not in sources


def test_the_registry_lists_every_rule_once_the_engine_is_imported():
    code = ("import xlsmart.rules.engine as engine\n"
            "print(' '.join(rule.code for rule in engine.registered_rules()))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    codes = done.stdout.split()
    assert done.returncode == 0, done.stderr
    assert {"W01", "G01", "G09", "K01", "K10", "B01", "B06"} <= set(codes) and len(codes) == len(set(codes))
