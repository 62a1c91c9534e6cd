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


class InternalError(Exception):
    """Not the user's file: an xlsmart bug. Carries the one line to show and where the trace is."""

    def __init__(self, message: str, trace: str) -> None:
        super().__init__(message)
        self.trace = trace


def internal_error(error: BaseException, during: str) -> InternalError:
    """Save a short trace of an unexpected ``error`` to a file and say so in one line.

    The line says plainly that this is xlsmart's fault, not the file's, so nobody goes looking
    for a problem in a workbook that has none.
    """
    import os
    import tempfile
    import traceback

    from . import __version__

    fd, path = tempfile.mkstemp(prefix="xlsmart-error-", suffix=".txt")
    with os.fdopen(fd, "w", encoding="utf-8") as trace:
        trace.write(f"xlsmart {__version__}: internal error while {during}\n")
        trace.write("".join(traceback.format_exception(type(error), error, error.__traceback__, limit=-15)))
    cause = f"{type(error).__name__}: {error}".splitlines()[0][:200]
    return InternalError(f"internal error while {during} ({cause}): a bug in xlsmart, not in your file; "
                         f"please report it with {path}", path)
