"""The report as text for people on a terminal: findings grouped by sheet, one line each, what
was read and what was not, and a summary line; printed as it is made (:func:`text_lines`).

Cell text is made :func:`~xlsmart.reports.printable` first, so no workbook can send escape
sequences to the terminal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import groupby
from operator import attrgetter

from ..model import Report, Severity, column_letter
from ..reports import ANSI, Run, printable


def to_text(report: Report, *, colour: bool = False) -> str:
    """Findings grouped by sheet, one line each, and a summary line.

    >>> to_text(Report("plan.xlsx", [], 3, "en"))
    'plan.xlsx: 3 rows, no findings.'
    """
    return "\n".join(text_lines(report, colour=colour))


def text_lines(report: Report, *, colour: bool = False) -> Iterator[str]:
    """The lines of :func:`to_text`, one at a time: a report of 300,000 findings is printed as
    it is made, never held as one string."""
    paint: Callable[[str, str], str] = (lambda text, style: f"{ANSI[style]}{text}{ANSI['reset']}") if colour else (lambda text, style: text)
    name = printable(report.file or "workbook")
    read = _read_lines(report)
    if not report.findings and not report.truncated:
        yield from read
        yield f"{name}: {_many(report.rows, 'row')}, no findings."
        return
    labels = {severity: paint(f"{severity.value:<7}", severity.value) for severity in Severity}
    letters: dict[int, str] = {0: "A"}  # a whole-row finding points at the row's first cell
    for sheet, findings in groupby(report.findings, key=attrgetter("sheet")):
        yield paint(printable(sheet), "bold")
        for finding in findings:  # a line each: 300,000 of them in a workbook where most rows fail
            column = finding.column_index
            cell = f"{letters.get(column) or letters.setdefault(column, column_letter(column))}{finding.row}"
            message = finding.message
            if not message.isprintable():  # in C: only a message quoting odd cell text needs the scrub
                message = printable(message)
            yield f"  {cell:<6} {labels[finding.severity]} {finding.code}  {message}"
    yield from read
    summary = f"{name}: {_many(report.rows, 'row')}, {_many(report.errors, 'error')}, {_many(report.warnings, 'warning')}"
    if report.truncated:
        summary += f" (the first {len(report.findings)} listed: --max-findings)"
    yield paint(summary + ".", "error" if report.errors else "warning")


def _read_lines(report: Report) -> list[str]:
    """What was read and what was not, so that nothing passes in silence:

      read: 'Goals 2027' as goals (header row 2; not used: Remarks), 'KPI-overzicht' as kpis (header row 1)
      not read: 'Dashboard' (neither its name nor ...)
    """
    read = []
    for sheet in report.sheets_read():
        about = f"header row {sheet['header_row']}" if sheet["header_row"] else "no header row"
        if sheet["found_by"] == "header":
            about = "found by its headers, " + about
        if sheet["unused_columns"]:
            about += f"; not used: {', '.join(sheet['unused_columns'])}"
        read.append(f"'{sheet['name']}' as {sheet['kind']} ({about})")
    lines = [printable("  read: " + ", ".join(read))] if read else []
    kinds = {sheet.name: sheet.kind for sheet in report.sheets.values()}
    others = [f"'{name}'" for name, (why, _) in report.ignored.items() if why == "other"]
    ignored = [f"{', '.join(others)} (no goals, KPIs, budgets or settings by name or header row)"] if others else []
    ignored += [f"'{name}' (another {kinds.get(first, 'such')} sheet, '{first}', was read)"
                for name, (why, first) in report.ignored.items() if why == "second"]
    told = [f"'{name}'" for name, (why, _) in report.ignored.items() if why == "told"]
    ignored += [f"{', '.join(told)} (set aside by the mapping)"] if told else []
    if ignored:
        lines.append(printable("  not read: " + "; ".join(ignored)))
    return lines


def run_summary(run: Run) -> str:
    """The closing line of a run over several files.

    >>> from xlsmart.reports import Outcome
    >>> run_summary(Run([Outcome("a.xlsx", Report("a.xlsx", [], 4, "en")), Outcome("b.xlsx", problem="b.xlsx: empty")]))
    '2 files: 1 clean, 1 unreadable; 0 errors, 0 warnings in 4 rows.'
    """
    counts = run.summary()
    failing = sum(1 for o in run.outcomes if o.report and run.fails(o))
    warned = sum(1 for o in run.outcomes if o.report and not run.fails(o) and o.warnings)
    clean = sum(1 for o in run.outcomes if o.report and not o.errors and not o.warnings)
    parts = [f"{failing} failing"] if failing else []
    parts += [f"{warned} with warnings only"] if warned else []
    parts += [f"{clean} clean"] if clean else []
    parts += [f"{counts['unreadable']} unreadable"] if counts["unreadable"] else []
    return (f"{_many(counts['files'], 'file')}: {', '.join(parts) or 'none checked'}; {_many(counts['errors'], 'error')}, "
            f"{_many(counts['warnings'], 'warning')} in {_many(counts['rows'], 'row')}.")


def _many(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
