"""The xlsx edge: read a workbook into records, paint a report back onto a copy.

``records`` is pure (rows -> WorkbookData) and shared by every face; ``reader`` and
``paint.painter`` touch files; ``ooxml`` is the one place that knows the package format (parts,
relationships, content types, cell references, zip members). Imports are lazy so that
``import xlsmart.schema`` stays cheap.

>>> from xlsmart.workbook import read_workbook, paint  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

__all__ = ["Limits", "paint", "read_workbook", "sheet_from_rows", "workbook_from_sheets"]

_HOMES = {
    "Limits": "xlsmart.workbook.limits",
    "paint": "xlsmart.workbook.paint.painter",
    "read_workbook": "xlsmart.workbook.reader",
    "sheet_from_rows": "xlsmart.workbook.records",
    "workbook_from_sheets": "xlsmart.workbook.records",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        import importlib

        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(name)
