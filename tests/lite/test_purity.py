"""xlsmart.lite runs where xlwings Lite runs it: no pandas, numpy, lxml (or other non-pure
packages) and no thread, proven in a fresh interpreter where those cannot be had."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEAVY = ["numpy", "pandas", "lxml", "openpyxl", "python_calamine", "isal", "fastapi", "uvicorn", "pyopenvba"]

PROGRAM = f"""
import asyncio, importlib.abc, json, sys, threading
sys.path.insert(0, {str(HERE)!r})
import xlwings  # the Lite runtime has it; it tries numpy and pandas itself, which is its business
HEAVY = {HEAVY!r}
tried = []

class Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in HEAVY:
            tried.append(name)
            raise ImportError(name + " is not available here")
        return None

sys.meta_path.insert(0, Refuse())
loaded_before = {{m.split(".")[0] for m in sys.modules}}
starts = []
def refuse_thread(self, *args, **kwargs):
    starts.append(self.name)
    raise RuntimeError("can't start new thread")
threading.Thread.start = refuse_thread

import xlsmart.lite
from standin import Book, book_json
book = Book.from_json(json.loads(sys.stdin.read()))
roi = xlsmart.lite.ROI(1, 0)
scores = xlsmart.lite.SMART_SCORES(["Generate more leads"], None)
asyncio.run(xlsmart.lite.validate(book))
new = sorted({{m.split(".")[0] for m in sys.modules}} - loaded_before)
print(json.dumps({{"tried": tried, "new_heavy": [m for m in new if m in HEAVY], "starts": starts,
                  "threads": threading.active_count(), "roi": roi, "scores": scores,
                  "findings": len(book.sheets["Findings"].rows())}}))
"""


def test_lite_imports_and_runs_without_heavy_packages_or_threads(example_json: dict) -> None:
    done = subprocess.run([sys.executable, "-c", PROGRAM], input=json.dumps(example_json), capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["tried"] == [] and result["new_heavy"] == []
    assert result["starts"] == [] and result["threads"] == 1
    assert result["roi"] == "#DIV/0!" and result["scores"] == [[1]]
    assert result["findings"] > 1  # the script ran through to the Findings sheet


def test_the_check_catches_a_heavy_import(example_json: dict) -> None:
    """The same program notices when something it runs does import one of them."""
    program = PROGRAM.replace("import xlsmart.lite\n", "import xlsmart.lite\ntry:\n    import lxml\nexcept ImportError:\n    pass\n")
    done = subprocess.run([sys.executable, "-c", program], input=json.dumps(example_json), capture_output=True,
                          text=True, timeout=120)
    assert json.loads(done.stdout.strip().splitlines()[-1])["tried"] == ["lxml"]
