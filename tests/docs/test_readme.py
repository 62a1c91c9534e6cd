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


def test_every_option_the_readme_lists_exists_and_every_validate_option_is_listed():
    from xlsmart.cli import build_parser

    text = README.read_text(encoding="utf-8")
    table = text[text.index("| Option | What it does |"):].split("\n\n", 1)[0]
    documented = set(re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", "\n".join(table.splitlines()[2:])))
    validate = build_parser()._subparsers._group_actions[0].choices["validate"]  # argparse keeps subcommands here
    options = {option for action in validate._actions for option in action.option_strings} - {"-h", "--help"}
    assert documented <= options, documented - options
    assert options - documented <= {"--lang", "--min-score", "--jobs", "--output"}, options - documented  # in the examples
