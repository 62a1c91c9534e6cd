"""The README's Python example runs, and what its comments promise is what the code returns."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def python_block() -> str:
    text = README.read_text(encoding="utf-8")
    return re.search(r"## From Python\n\n```python\n(.*?)```", text, re.S).group(1)


def test_readme_python_example_runs_and_its_comments_hold():
    block = python_block()
    checked = 0
    namespace: dict = {}
    for line in block.splitlines():
        code, _, comment = line.partition("#")
        code = code.rstrip()
        if not code or code.startswith("report"):
            continue  # the validate() lines need a file named plan.xlsx
        expected = comment.strip().split()[0] if comment.strip() else ""
        if code.startswith(("r =", "from")) or not expected or not re.match(r"^['\d]", expected):
            exec(code, namespace)
            continue
        value = eval(code, namespace)
        assert repr(value).startswith(expected.rstrip(":")), f"{code} gave {value!r}, README says {expected}"
        checked += 1
    assert checked >= 6
