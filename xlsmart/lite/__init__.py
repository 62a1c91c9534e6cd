"""The xlwings Lite face: the worksheet functions and the Validate / Clear colours scripts in
Excel on a Mac, on the web and on Windows without a Python install.

xlwings Lite is an Excel add-in that runs Python in the browser engine Office add-ins use
(Pyodide, WebAssembly). It registers every ``@func`` and ``@script`` it finds in the ``main.py``
kept in the workbook, imported ones included, so ``workbook_templates/lite/main.py`` only imports
them from here:

    from xlsmart.lite import SMART_SCORE, SMART_GAPS, KPI_STATUS, ROI, ROAS, validate, ...

What runs there shapes this package:

* **Only what PyPI has for Pyodide** (pure-Python wheels, and xlwings' own Pyodide wheel):
  Pyodide's builds of numpy, pandas or lxml come from its CDN and slow the start. This package
  and everything it imports use the standard library, xlwings, the core, the rules and the record
  builder; no pandas, numpy, lxml, openpyxl or calamine. ``tests/lite/test_purity.py`` proves it
  in a fresh interpreter, ``tests/lite/test_pyodide.py`` in Pyodide itself.
* **No threads or processes**: the validation runs with ``workers=1``.
* **Office.js, not COM**: an Excel error value is returned as its text (``"#DIV/0!"``), which
  xlwings' Office.js engine turns into a real error value in the cell; a fill is read with
  ``await range.get_colors()`` (reading ``Range.color`` synchronously raises there) and written as
  ``"#RRGGBB"``.

Every function computes exactly what the classic one does (:mod:`xlsmart.worksheet_functions`)
and the scripts take the same path as the command line
(:func:`xlsmart.workbook.records.workbook_from_sheets` ->
:func:`xlsmart.rules.engine.check_workbook`).
"""

from __future__ import annotations

from .functions import KPI_STATUS, KPI_STATUSES, ROAS, ROI, ROIS, SMART_GAPS, SMART_SCORE, SMART_SCORES
from .scripts import clear_book, clear_colours, validate, validate_book  # noqa: F401 - *_book: plain coroutines for Python

__all__ = [
           "KPI_STATUS",
           "KPI_STATUSES",
           "ROAS",
           "ROI",
           "ROIS",
           "SMART_GAPS",
           "SMART_SCORE",
           "SMART_SCORES",
           "clear_colours",
           "validate",
]
