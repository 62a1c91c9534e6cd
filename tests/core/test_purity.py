"""The core imports nothing from the Excel, web or CLI faces, nor from heavy libraries."""

from __future__ import annotations

import subprocess
import sys

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
