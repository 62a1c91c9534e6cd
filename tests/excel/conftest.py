"""Templates built once per test session into a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from xlsmart.excel.template import build_template

REPO = Path(__file__).resolve().parents[2]
COMMITTED = REPO / "workbook_templates"


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """{"en": path, "nl": path} of freshly built classic templates."""
    folder = tmp_path_factory.mktemp("templates")
    paths = {}
    for lang in ("en", "nl"):
        paths[lang] = folder / f"xlsmart_{lang}.xlsm"
        build_template(lang, paths[lang])
    return paths


@pytest.fixture(scope="session")
def built_lite(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """{"en": path, "nl": path} of freshly built Lite templates (.xlsx)."""
    folder = tmp_path_factory.mktemp("lite_templates")
    paths = {}
    for lang in ("en", "nl"):
        paths[lang] = folder / f"xlsmart_lite_{lang}.xlsx"
        build_template(lang, paths[lang], edition="lite")
    return paths
