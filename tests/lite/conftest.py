"""Shared fixtures for the xlwings Lite tests: the stand-in book of the bundled example workbook."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # standin.py and pyodide_env.py also run as plain modules (Pyodide, benchmarks)

from standin import Book, book_json  # noqa: E402

from xlsmart.bundled import example_workbooks  # noqa: E402


@pytest.fixture(scope="session")
def example_json() -> dict[str, Any]:
    """The English example workbook's cell values, as xlwings Lite would send them."""
    return book_json(str(next(p for p in example_workbooks() if p.name.endswith("_en.xlsm"))))


@pytest.fixture()
def book(example_json: dict[str, Any]) -> Book:
    return Book.from_json(example_json)
