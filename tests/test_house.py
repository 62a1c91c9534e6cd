"""The shape of the house, checked from the source: every arrow points one way.

Layers, lowest first (docs/design.md draws them): the pure core; the shared vocabulary and the
platform helpers (model, schema, reports, runtime, errors, native, background, extras); rules and
workbook side by side, neither importing the other; validation and the worksheet functions; the
faces (cli, excel, lite, web) and the package's public API on top. A module may import its own
layer and the layers below, never above. No module takes another's private ``_name``, and no
module grows past the size one idea needs.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "xlsmart"
MAX_LINES = 450

# unit (the first one or two parts of a module's dotted name) -> layer
LAYERS = {
    "core": 0,
    "errors": 1, "native": 1, "background": 1, "extras": 1, "model": 1, "schema": 1, "runtime": 1,
    "reports": 2,
    "rules": 3, "workbook": 3,
    "validation": 4, "worksheet_functions": 4,
    "excel": 5, "lite": 5, "web": 5, "cli": 5, "bundled": 5, "__init__": 6, "__main__": 6,
}
SIBLINGS_APART = {frozenset({"rules", "workbook"})}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" and len(parts) > 1 else parts)


def _unit(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imported(path: Path, module: str) -> list[tuple[str, list[str]]]:
    """(absolute module, names) of every ``import``/``from`` in a file, lazy ones included."""
    is_package = path.name == "__init__.py"
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base if is_package else base[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            found.append((target, [alias.name for alias in node.names]))
    return found


SOURCES = sorted(PACKAGE.rglob("*.py"))
EDGES = [
    (_module_name(path), target, names, path)
    for path in SOURCES
    for target, names in _imported(path, _module_name(path))
    if target == "xlsmart" or target.startswith("xlsmart.")
]


def _targets(target: str, names: list[str]) -> list[str]:
    """``from xlsmart import schema`` names the module xlsmart.schema; ``from xlsmart import __version__`` the package."""
    if target != "xlsmart":
        return [target]
    return [f"xlsmart.{name}" for name in names]


def test_every_unit_of_the_package_has_a_layer():
    assert {_unit(_module_name(path)) for path in SOURCES} <= set(LAYERS)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_module_imports_only_its_own_layer_and_below(path: Path):
    module = _module_name(path)
    upward = []
    for source, target, names, _ in EDGES:
        if source != module:
            continue
        for imported in _targets(target, names):
            if imported == "xlsmart.__version__":
                continue  # the package's version string, read by the report formats and the faces
            here, there = _unit(module), _unit(imported)
            if LAYERS[there] > LAYERS[here] or frozenset({here, there}) in SIBLINGS_APART:
                upward.append(imported)
    assert upward == [], f"{module} imports above or beside its layer: {upward}"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_private_name_is_taken_from_another_module(path: Path):
    module = _module_name(path)
    taken = [f"{target}.{name}" for source, target, names, _ in EDGES if source == module for name in names
             if name.startswith("_") and not name.startswith("__")]
    assert taken == []


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_module_holds_one_idea(path: Path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(PACKAGE)}: {lines} lines; split it by what it does"


def test_the_layer_check_sees_an_upward_import(tmp_path: Path):
    """The walk above must catch the arrows it forbids, relative and absolute alike."""
    fake = tmp_path / "xlsmart" / "rules" / "bad.py"
    fake.parent.mkdir(parents=True)
    fake.write_text("from ..workbook import reader\nfrom xlsmart.web import app\nfrom . import _hidden\n")
    found = _imported(fake, "xlsmart.rules.bad")
    assert found == [("xlsmart.workbook", ["reader"]), ("xlsmart.web", ["app"]), ("xlsmart.rules", ["_hidden"])]
