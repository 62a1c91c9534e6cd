"""The Excel face of xlsmart: worksheet functions, the ribbon and the template workbook.

Everything here is a thin adapter over :mod:`xlsmart` (the core) and
:mod:`xlsmart.rules.engine` (the workbook rules). ``XLWINGS_VERSION`` is the xlwings release
whose VBA module is embedded in the template; it must equal the installed xlwings, because the
VBA module and the Python package talk through a DLL named after that version.
"""

from __future__ import annotations

XLWINGS_VERSION = "0.37.8"

__all__ = ["XLWINGS_VERSION"]
