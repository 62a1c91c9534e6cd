"""The wheel: it carries every module and both example workbooks, and `xlsmart demo` runs from it alone."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from xlsmart.bundled import example_workbooks

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = ["xlsmart_en.xlsm", "xlsmart_nl.xlsm"]
# What the build reads. The wheel is built from a copy of these, so that no stale build/ folder can
# slip old files into it and the repository gets no build/ of its own.
BUILD_INPUTS = ["pyproject.toml", "setup.py", "build_support", "README.md", "xlsmart", "workbook_templates"]


def test_example_workbooks_are_the_repository_templates_in_the_editable_install():
    paths = example_workbooks()
    assert [path.name for path in paths] == EXAMPLES
    assert all(path.is_file() for path in paths)
    # The editable install points at workbook_templates/ itself: no copy to go stale.
    assert [path.resolve() for path in paths] == [(REPO / "workbook_templates" / name).resolve() for name in EXAMPLES]


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("source")
    for name in BUILD_INPUTS:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, folder / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(REPO / name, folder / name)
    return folder


@pytest.fixture(scope="module")
def wheel(source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(out), "."],
        cwd=source, capture_output=True, text=True, timeout=300, check=False,
    )
    assert build.returncode == 0, f"building the wheel failed:\n{build.stdout}\n{build.stderr}"
    (built,) = out.glob("xlsmart-*.whl")
    return built


@pytest.fixture(scope="module")
def unpacked(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel's files in a folder of their own: what pip would put in site-packages."""
    folder = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(folder)
    return folder


def run_from(unpacked: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    """Run Python with the unpacked wheel first on the path, from a folder outside the repository.

    The editable install's finder comes after the path in sys.meta_path, so the unpacked xlsmart wins.
    """
    env = {**os.environ, "PYTHONPATH": str(unpacked)}
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300,
                          check=False)


@pytest.mark.e2e
def test_wheel_holds_every_module_and_data_file_and_both_examples(source, wheel):
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    package = source / "xlsmart"
    shipped = {f"xlsmart/{path.relative_to(package).as_posix()}" for path in package.rglob("*") if path.is_file()}
    assert shipped, "no files found under xlsmart/"
    assert sorted(shipped - names) == []  # every module of every subpackage, py.typed, excel/vba, web/static
    assert {f"xlsmart/workbook_templates/{name}" for name in EXAMPLES} <= names
    assert not any(name.startswith("workbook_templates/") for name in names)  # inside the package only


@pytest.mark.e2e
def test_the_default_wheel_is_pure_python_for_every_platform(wheel):
    # Pyodide (the Lite edition) and any machine without a C compiler install this one; only
    # XLSMART_COMPILE=1 adds the compiled core (make compiled, make test-compiled).
    assert wheel.name.endswith("-py3-none-any.whl")
    with zipfile.ZipFile(wheel) as archive:
        assert [name for name in archive.namelist() if name.endswith((".so", ".pyd", ".c"))] == []


# Run in the source folder, as pip's isolated build runs the backend: mypyc cannot be imported
# there until the backend has listed it, so listing must not need it.
LIST_REQUIREMENTS = """
import os, sys
sys.path.insert(0, "build_support")
class NoMypyc:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in ("mypy", "mypyc"):
            raise ImportError(f"{name} is not installed yet")
sys.meta_path.insert(0, NoMypyc())
import backend
print(backend.get_requires_for_build_wheel())
print(repr(os.environ.get("XLSMART_COMPILE")))
"""


@pytest.mark.parametrize("switch, asks_for_mypy", [("1", True), ("", False)])
def test_the_build_asks_for_mypyc_only_when_compiling_and_before_needing_it(source, switch, asks_for_mypy):
    env = {**os.environ, "XLSMART_COMPILE": switch}
    listed = subprocess.run([sys.executable, "-c", LIST_REQUIREMENTS], cwd=source, env=env, capture_output=True,
                            text=True, timeout=120, check=False)
    assert listed.returncode == 0, listed.stderr
    requirements, after = listed.stdout.strip().splitlines()[-2:]
    assert ("mypy==" in requirements) is asks_for_mypy
    assert after == repr(switch)  # the switch is back for the build itself


def test_the_compiler_the_build_asks_for_is_the_mypy_the_tests_check_with():
    # XLSMART_COMPILE=1 builds the core with mypyc from build_support/backend.py's pin; the test
    # extra's mypy (make typecheck, make compiled without build isolation) must be the same one.
    spec = importlib.util.spec_from_file_location("backend", REPO / "build_support" / "backend.py")
    backend = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(backend)
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    extras = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert backend.COMPILER in extras["test"]
    assert backend.COMPILER.startswith("mypy==")


@pytest.mark.e2e
def test_the_unpacked_wheel_is_what_gets_imported(unpacked, tmp_path):
    found = run_from(unpacked, tmp_path, "-c", "import xlsmart; print(xlsmart.__file__)")
    assert found.returncode == 0, found.stderr
    assert Path(found.stdout.strip()).resolve() == (unpacked / "xlsmart" / "__init__.py").resolve()


@pytest.mark.e2e
def test_example_workbooks_come_from_the_unpacked_wheel(unpacked, tmp_path):
    listed = run_from(unpacked, tmp_path, "-c",
                      "from xlsmart.bundled import example_workbooks; print(*example_workbooks(), sep='\\n')")
    assert listed.returncode == 0, listed.stderr
    paths = [Path(line) for line in listed.stdout.splitlines()]
    assert [path.name for path in paths] == EXAMPLES
    assert all(path.resolve().parent == (unpacked / "xlsmart" / "workbook_templates").resolve() for path in paths)


@pytest.mark.e2e
def test_demo_runs_from_the_unpacked_wheel(unpacked, tmp_path):
    """`xlsmart demo` validates what example_workbooks() finds in the installed package."""
    out = tmp_path / "out"
    demo = run_from(unpacked, tmp_path, "-m", "xlsmart", "demo", "--out", str(out))
    assert demo.returncode == 0, demo.stdout + demo.stderr
    for name in EXAMPLES:
        assert name in demo.stdout, f"the demo did not validate {name}:\n{demo.stdout}"
    assert sorted(path.name for path in out.iterdir()) == ["xlsmart_en-checked.xlsm", "xlsmart_nl-checked.xlsm"]
