"""The base install and its extras: a command whose extra is missing names it in one line (exit 2),
and the validation path works without the speed-ups (calamine, isal) and without threads."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from xlsmart.bundled import example_workbooks
from xlsmart.extras import EXTRAS, MissingExtra, require

REPO = Path(__file__).resolve().parents[2]


def _run(code: str, *, blocked: tuple[str, ...] = (), cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter where the ``blocked`` modules cannot be imported."""
    prelude = "import sys\n" + "".join(f"sys.modules[{name!r}] = None\n" for name in blocked)
    return subprocess.run([sys.executable, "-c", prelude + code], capture_output=True, text=True, timeout=300, cwd=cwd)


@pytest.mark.parametrize(("argv", "blocked", "extra"), [
    (["serve", "--port", "0"], ("fastapi",), "service"),
    (["serve", "--port", "0"], ("uvicorn",), "service"),
    (["template", "-o", "{tmp}/t.xlsm"], ("pyopenvba",), "excel"),
])
def test_a_command_without_its_extra_names_it(argv: list[str], blocked: tuple[str, ...], extra: str,
                                              tmp_path: Path) -> None:
    argv = [a.format(tmp=tmp_path) for a in argv]
    done = _run(f"from xlsmart.cli import main\nsys.exit(main({argv!r}))", blocked=blocked)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    assert f"pip install 'xlsmart[{extra}]'" in lines[0] and blocked[0] in lines[0]
    assert not list(tmp_path.iterdir())  # nothing half-written


def test_without_lxml_files_are_read_and_the_copy_asks_for_it(tmp_path: Path) -> None:
    """As in Pyodide: the reader needs no lxml (defusedxml, zipfile); the painter does."""
    book = str(example_workbooks()[0])
    plain = _run(FINDINGS.format(book=book))
    read = _run(FINDINGS.format(book=book), blocked=("lxml", "lxml.etree"))
    assert read.returncode == 0, read.stderr
    assert json.loads(read.stdout) == json.loads(plain.stdout)
    copy = tmp_path / "copy.xlsm"
    done = _run(f"from xlsmart.cli import main\nsys.exit(main(['validate', {book!r}, '-o', {str(copy)!r}]))",
                blocked=("lxml", "lxml.etree"))
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "pip install lxml" in done.stderr
    assert not copy.exists()


def test_require_passes_when_installed_and_names_the_extra_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    for extra in EXTRAS:
        require(extra)  # the test environment installs xlsmart[all]
    monkeypatch.setitem(sys.modules, "python_calamine", None)
    with pytest.raises(MissingExtra, match=r"xlsmart\[fast\]"):
        require("fast")


FINDINGS = (
    "import json, xlsmart\n"
    "from datetime import date\n"
    "report = xlsmart.validate({book!r}, as_of=date(2026, 6, 30))\n"
    "print(json.dumps([[f.sheet, f.row, f.code, f.message] for f in report.findings]))\n"
)


def test_without_the_fast_extra_the_findings_are_the_same() -> None:
    book = str(example_workbooks()[0])
    fast = _run(FINDINGS.format(book=book))
    slow = _run(FINDINGS.format(book=book), blocked=("python_calamine", "isal", "isal.isal_zlib"))
    assert fast.returncode == 0 and slow.returncode == 0, fast.stderr + slow.stderr
    assert json.loads(slow.stdout) == json.loads(fast.stdout) and json.loads(fast.stdout)


def test_the_validation_runs_where_threads_cannot_start() -> None:
    """As in Pyodide: Thread.start raises. The file path (reader, rules) still gives its report."""
    book = str(example_workbooks()[0])
    no_threads = (
        "import threading\n"
        "def refuse(self, *a, **k):\n"
        "    raise RuntimeError(\"can't start new thread\")\n"
        "threading.Thread.start = refuse\n"
    )
    plain = _run(FINDINGS.format(book=book))
    done = _run(no_threads + FINDINGS.format(book=book))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == json.loads(plain.stdout)


def test_a_large_workbook_and_its_coloured_copy_without_threads(tmp_path: Path) -> None:
    """Large enough for helper processes (whose feeders are threads) and for the painter's
    background compression: where threads cannot start, both run here, with the same results."""
    book = tmp_path / "big.xlsx"
    made = subprocess.run([sys.executable, str(REPO / "benchmarks" / "generate.py"), "4000", str(book)],
                          capture_output=True, text=True, timeout=300, cwd=REPO)
    assert made.returncode == 0, made.stderr
    assert book.stat().st_size >= 256 << 10  # xlsmart.validation.HELPERS_FROM: helpers are started
    program = (
        "import json\n"
        "from datetime import date\n"
        "from xlsmart.validation import validate_file\n"
        "report = validate_file({book!r}, {out!r}, as_of=date(2026, 6, 30))\n"
        "print(json.dumps([[f.sheet, f.row, f.code] for f in report.findings]))\n"
    )
    no_threads = (
        "import threading\n"
        "def refuse(self, *a, **k):\n"
        "    raise RuntimeError(\"can't start new thread\")\n"
        "threading.Thread.start = refuse\n"
    )
    plain = _run(program.format(book=str(book), out=str(tmp_path / "plain.xlsx")))
    done = _run(no_threads + program.format(book=str(book), out=str(tmp_path / "single.xlsx")))
    assert plain.returncode == 0 and done.returncode == 0, plain.stderr + done.stderr
    assert json.loads(done.stdout) == json.loads(plain.stdout) and len(json.loads(plain.stdout)) > 100
    check = "import json, xlsmart\nr = xlsmart.validate({p!r})\nprint(len(r.findings))\n"
    copies = [_run(check.format(p=str(tmp_path / name))).stdout for name in ("plain.xlsx", "single.xlsx")]
    assert copies[0] == copies[1] and copies[0].strip()  # the copy made without threads reads back alike


@pytest.mark.e2e
def test_the_base_install_for_real(tmp_path: Path) -> None:
    """A fresh venv with the wheel and no extras: it validates and colours (openpyxl and zlib
    instead of calamine and isal), builds the Lite template, and names the extra for the rest."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from pyodide_env import OFFLINE, build_xlsmart_wheel

    wheel = build_xlsmart_wheel(tmp_path / "dist")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python, xlsmart_cli = venv / "bin" / "python", venv / "bin" / "xlsmart"
    done = subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], capture_output=True, text=True,
                          timeout=600)
    if done.returncode != 0 and OFFLINE.search(done.stderr):
        pytest.skip(f"PyPI unreachable: {done.stderr.strip()[-300:]}")
    assert done.returncode == 0, done.stderr
    listed = subprocess.run([str(python), "-m", "pip", "list", "--format=json"], capture_output=True, text=True,
                            timeout=120)
    names = {p["name"].lower() for p in json.loads(listed.stdout)}
    assert not names & {"fastapi", "uvicorn", "python-multipart", "pyopenvba", "python-calamine", "isal", "pandas"}
    demo = subprocess.run([str(xlsmart_cli), "demo", "--out", str(tmp_path / "out")], capture_output=True, text=True,
                          timeout=300)
    assert demo.returncode in (0, 1), demo.stderr  # 1: the examples have findings
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["xlsmart_en-checked.xlsm", "xlsmart_nl-checked.xlsm"]
    lite = subprocess.run([str(xlsmart_cli), "template", "--edition", "lite", "-o", str(tmp_path / "lite.xlsx")],
                          capture_output=True, text=True, timeout=300)
    assert lite.returncode == 0 and (tmp_path / "lite.xlsx").exists(), lite.stderr
    for argv, extra in ((["serve"], "service"), (["template", "-o", str(tmp_path / "t.xlsm")], "excel")):
        refused = subprocess.run([str(xlsmart_cli), *argv], capture_output=True, text=True, timeout=300)
        assert refused.returncode == 2 and f"xlsmart[{extra}]" in refused.stderr, refused.stderr
