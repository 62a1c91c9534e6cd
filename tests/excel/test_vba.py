"""The VBA project and the ribbon of the built templates, read back with independent tools."""

from __future__ import annotations

import importlib
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
import xlwings

from xlsmart.excel import XLWINGS_VERSION
from xlsmart.excel.package import CUSTOM_UI_PART, CUSTOM_UI_REL, vba_source
from xlsmart.workbook.ooxml.names import MACRO_WORKBOOK_CT as MACRO_WORKBOOK

from .vba_reader import modules_of

LANGS = ["en", "nl"]


def test_pinned_xlwings_version_is_the_installed_one() -> None:
    assert xlwings.__version__ == XLWINGS_VERSION


def test_repo_copy_of_the_xlwings_module_matches_the_installed_package() -> None:
    installed = (Path(xlwings.__file__).parent / "xlwings.bas").read_text(encoding="utf-8")
    assert vba_source("xlwings.bas") == installed.replace("\r\n", "\n").replace("\n", "\r\n")


@pytest.mark.parametrize("lang", LANGS)
def test_olevba_lists_our_modules(built: dict[str, Path], lang: str) -> None:
    modules = modules_of(built[lang])
    assert {"ThisWorkbook", "xlwings", "Dictionary", "xlwings_udfs", "xlsmart_ribbon"} <= set(modules)
    assert len([m for m in modules if m.startswith("Sheet")]) == 8  # one document module per sheet


@pytest.mark.parametrize("lang", LANGS)
def test_embedded_xlwings_module_has_the_pinned_version(built: dict[str, Path], lang: str) -> None:
    source = modules_of(built[lang])["xlwings"]
    assert re.search(r"'Version: (\S+)", source).group(1) == XLWINGS_VERSION
    assert f'XLWINGS_VERSION As String = "{XLWINGS_VERSION}"' in source
    assert f"xlwings64-{XLWINGS_VERSION}.dll" in source


def _ribbon_actions(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        root = ElementTree.fromstring(archive.read(CUSTOM_UI_PART))
    return [el.get("onAction") for el in root.iter() if el.get("onAction")]


@pytest.mark.parametrize("lang", LANGS)
def test_ribbon_callbacks_reach_callable_python(built: dict[str, Path], lang: str) -> None:
    actions = _ribbon_actions(built[lang])
    assert actions == ["XlsmartValidate", "XlsmartClear", "XlsmartHelp"]
    ribbon = modules_of(built[lang])["xlsmart_ribbon"]
    subs = dict(re.findall(r"Public Sub (\w+)\(control As IRibbonControl\)\s+RunPython \"([^\"]+)\"", ribbon))
    assert set(actions) == set(subs)
    for command in subs.values():
        match = re.fullmatch(r"import ([\w.]+) as (\w+); \2\.(\w+)\(\)", command)
        assert match, command
        function = getattr(importlib.import_module(match.group(1)), match.group(3))
        assert callable(function)


@pytest.mark.parametrize("lang", LANGS)
def test_package_is_macro_enabled_with_a_ribbon(built: dict[str, Path], lang: str) -> None:
    with zipfile.ZipFile(built[lang]) as archive:
        types = archive.read("[Content_Types].xml").decode()
        rels = archive.read("_rels/.rels").decode()
        book_rels = archive.read("xl/_rels/workbook.xml.rels").decode()
        names = archive.namelist()
    assert f'PartName="/xl/workbook.xml" ContentType="{MACRO_WORKBOOK}"' in types
    assert 'Extension="bin" ContentType="application/vnd.ms-office.vbaProject"' in types
    assert f'Type="{CUSTOM_UI_REL}" Target="{CUSTOM_UI_PART}"' in rels
    assert 'relationships/vbaProject" Target="vbaProject.bin"' in book_rels
    assert {"xl/vbaProject.bin", CUSTOM_UI_PART} <= set(names)


def test_ribbon_labels_follow_the_language(built: dict[str, Path]) -> None:
    labels = {}
    for lang in LANGS:
        with zipfile.ZipFile(built[lang]) as archive:
            root = ElementTree.fromstring(archive.read(CUSTOM_UI_PART))
        labels[lang] = [el.get("label") for el in root.iter() if el.get("onAction")]
    assert labels == {"en": ["Validate", "Clear colours", "Help"], "nl": ["Controleren", "Kleuren wissen", "Help"]}
