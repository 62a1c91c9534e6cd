"""The one exception family xlsmart raises for a file it cannot use.

The CLI turns :class:`XlsmartError` into one line on stderr and exit code 2; the web service
into a 4xx JSON error. Data problems are never raised: they are findings.
"""

from __future__ import annotations


class XlsmartError(Exception):
    """Base class: a file or argument xlsmart cannot work with. ``code`` is a stable slug."""

    code = "unusable"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code:
            self.code = code


class UnreadableWorkbook(XlsmartError):
    """The file is not a workbook xlsmart can read (legacy .xls, password, not a zip, ...)."""

    code = "unreadable"


class WorkbookTooLarge(XlsmartError):
    """The file exceeds a configured safety limit (size, rows, uncompressed bytes)."""

    code = "too_large"


class NoKnownSheets(XlsmartError):
    """None of the Goals, KPIs or Budgets sheets was found."""

    code = "no_sheets"


class OutputNotWritten(XlsmartError):
    """The coloured copy could not be written (a full disk, no permission). ``report`` holds
    what the check found, so the findings are not lost with the copy."""

    code = "not_written"
    report: object = None
