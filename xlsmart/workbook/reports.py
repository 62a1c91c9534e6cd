"""A report as text for people, JSON for scripts, JUnit XML and SARIF for CI systems."""

from __future__ import annotations

import json
from collections.abc import Callable
from itertools import groupby
from xml.sax.saxutils import escape, quoteattr

from ..rules.model import Finding, Report, Severity
from ..rules.registry import RULES

ANSI = {"error": "\033[31m", "warning": "\033[33m", "bold": "\033[1m", "dim": "\033[2m", "reset": "\033[0m", "green": "\033[32m"}


def to_json(report: Report) -> str:
    """The report as the JSON documented in the README (``xlsmart validate --format json``).

    One key of the report a line, then one finding a line: readable, diffable, and written by
    json's C encoder (``indent`` would make json fall back to its Python one, 5x slower).

    >>> print(to_json(Report("plan.xlsx", [Finding("G04", Severity.ERROR, "Goals", 7, "Deadline", 10, "Move it.")], 1, "en")))
    {
      "file": "plan.xlsx",
      "summary": {"errors": 1, "warnings": 0, "rows": 1},
      "truncated": false,
      "findings": [
        {"sheet": "Goals", "row": 7, "column": "Deadline", "cell": "Goals!J7", "code": "G04", "severity": "error", "message": "Move it."}
      ]
    }
    """
    data = report.to_dict()
    findings = _ENCODE(data.pop("findings"))[1:-1]
    # Inside a JSON string a quote is always escaped, so '}, {"' can only join two findings.
    findings = findings.replace('}, {"', '},\n    {"')
    lines = [f"  {_ENCODE(key)}: {_ENCODE(value)}," for key, value in data.items()]
    listed = f'  "findings": [\n    {findings}\n  ]' if findings else '  "findings": []'
    return "{\n" + "\n".join(lines) + "\n" + listed + "\n}"


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def to_text(report: Report, *, colour: bool = False) -> str:
    """Findings grouped by sheet, one line each, and a summary line.

    >>> from xlsmart.rules.model import Report
    >>> to_text(Report("plan.xlsx", [], 3, "en"))
    'plan.xlsx: 3 rows, no findings.'
    """
    paint: Callable[[str, str], str] = (lambda text, style: f"{ANSI[style]}{text}{ANSI['reset']}") if colour else (lambda text, style: text)
    lines: list[str] = []
    for sheet, findings in groupby(report.findings, key=lambda f: f.sheet):
        lines.append(paint(sheet, "bold"))
        for finding in findings:
            cell = finding.cell.split("!", 1)[1]
            severity = paint(f"{finding.severity.value:<7}", finding.severity.value)
            lines.append(f"  {cell:<6} {severity} {finding.code}  {finding.message}")
    if not report.findings:
        return f"{report.file or 'workbook'}: {report.rows} rows, no findings."
    summary = f"{report.file or 'workbook'}: {report.rows} rows, {report.errors} errors, {report.warnings} warnings"
    if report.truncated:
        summary += " (list cut at the finding limit)"
    lines.append(paint(summary + ".", "error" if report.errors else "warning"))
    return "\n".join(lines)


def to_junit(report: Report) -> str:
    """One test case per sheet and row checked with findings; each error or warning a failure."""
    cases: list[str] = []
    for (sheet, row), findings in groupby(report.findings, key=lambda f: (f.sheet, f.row)):
        items = list(findings)
        body = "".join(
            f"<failure type={quoteattr(f.code)} message={quoteattr(f.message)}>"
            f"{escape(f.cell)} {escape(f.severity.value)}: {escape(f.message)}</failure>"
            for f in items
        )
        cases.append(f'    <testcase classname={quoteattr("xlsmart." + sheet)} name={quoteattr(f"row {row}")}>{body}</testcase>')
    if not cases:
        cases.append('    <testcase classname="xlsmart" name="workbook"/>')
    failures = len({(f.sheet, f.row) for f in report.findings})
    name = quoteattr(report.file or "workbook")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<testsuites><testsuite name={name} tests=\"{max(1, len(cases))}\" failures=\"{failures}\" errors=\"0\">\n"
        + "\n".join(cases)
        + "\n</testsuite></testsuites>\n"
    )


def to_sarif(report: Report) -> str:
    """SARIF 2.1.0: one result per finding, located by sheet and cell."""
    used = sorted({f.code for f in report.findings})
    rules = [
        {"id": code, "shortDescription": {"text": RULES[code].summary},
         "defaultConfiguration": {"level": _level(RULES[code].severity)}}
        for code in used if code in RULES
    ]
    results = [_sarif_result(report, f) for f in report.findings]
    document = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "xlsmart", "informationUri": "https://pypi.org/project/xlsmart/", "rules": rules}},
                  "results": results}],
    }
    # On one line: SARIF is for machines, and json's fast encoder only writes without indent
    # (30,000 findings: 0.1 s instead of 0.9 s, and half the bytes).
    return json.dumps(document, ensure_ascii=False)


def _level(severity: Severity) -> str:
    return "error" if severity is Severity.ERROR else "warning"


def _sarif_result(report: Report, finding: Finding) -> dict[str, object]:
    return {
        "ruleId": finding.code,
        "level": _level(finding.severity),
        "message": {"text": f"{finding.cell}: {finding.message}"},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": {"uri": report.file or "workbook.xlsx"},
                "region": {"startLine": finding.row, "startColumn": max(1, finding.column_index)},
            },
            "logicalLocations": [{"name": finding.cell, "kind": "cell"}],
        }],
    }


FORMATS: dict[str, Callable[[Report], str]] = {"json": to_json, "junit": to_junit, "sarif": to_sarif}
