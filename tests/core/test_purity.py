"""The core imports nothing from the Excel, web or CLI faces, nor from heavy libraries."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

FORBIDDEN = ["openpyxl", "xlwings", "fastapi", "starlette", "uvicorn", "python_calamine", "pandas",
             "xlsmart.cli", "xlsmart.web", "xlsmart.excel"]


@pytest.mark.parametrize("module", ["xlsmart.core", "xlsmart.rules", "xlsmart"])
def test_importing_loads_no_adapter(module: str) -> None:
    code = (
        f"import sys, importlib; importlib.import_module({module!r}); "
        "import xlsmart.core.smart, xlsmart.core.kpi, xlsmart.core.finance; "
        f"print(' '.join(m for m in {FORBIDDEN!r} if m in sys.modules or any(k.startswith(m + '.') for k in sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"{module} loaded: {done.stdout.strip()}"


def test_the_check_really_sees_a_loaded_module() -> None:
    code = "import sys, json; print('json' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "True"


CORE = Path(__file__).resolve().parents[2] / "xlsmart" / "core"


def _imports(path: Path) -> list[tuple[int, str]]:
    """(level, module) of every import in a file: level 0 is absolute, 1 is ``from .``, 2 ``from ..``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(0, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append((node.level, node.module or ""))
    return found


@pytest.mark.parametrize("path", sorted(CORE.rglob("*.py")), ids=lambda path: str(path.relative_to(CORE)))
def test_the_core_imports_only_the_standard_library_and_itself(path: Path) -> None:
    depth = len(path.relative_to(CORE).parts) - 1  # 0 in core/, 1 in core/goals/ and core/lexicon/
    for level, module in _imports(path):
        if level == 0:
            assert module.split(".")[0] in sys.stdlib_module_names or module == "__future__", f"{path.name}: {module}"
        else:
            assert level <= depth + 1, f"{path.name} reaches above the core: {'.' * level}{module}"
