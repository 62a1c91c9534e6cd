"""A run's reports: JSON for scripts, JUnit XML, SARIF and GitHub annotations for CI (the text for
people is :mod:`xlsmart.cli.text_report`).

A run checks one workbook or many. Each workbook ends as an :class:`Outcome`: its report, or
the one line saying why it could not be read (or its copy not written). Every format writes
both kinds, so a CI step that expects ``report.sarif`` gets one even when a file is unreadable.
"""

from __future__ import annotations

import json
import os
import re
import socket
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import groupby
from pathlib import Path
from typing import Protocol
from urllib.parse import quote
from xml.sax.saxutils import escape, quoteattr

from . import __version__
from .model import Finding, Report, Severity

ANSI = {"error": "\033[31m", "warning": "\033[33m", "bold": "\033[1m", "dim": "\033[2m", "reset": "\033[0m", "green": "\033[32m"}


@dataclass(frozen=True)
class Outcome:
    """One workbook of a run: its report, or why it could not be checked.

    ``problem`` is the one line shown for a file that could not be read; a file that was read
    but whose coloured copy could not be written has both a report and a problem.
    """

    path: str  # as shown: relative to the working folder where it lies inside it
    report: Report | None = None
    problem: str | None = None
    started: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    seconds: float = 0.0
    internal: bool = False  # the problem is an xlsmart bug, not the file's

    @property
    def errors(self) -> int:
        return self.report.errors if self.report else 0

    @property
    def warnings(self) -> int:
        return self.report.warnings if self.report else 0


class RuleEntry(Protocol):
    """A rule as a report documents it (SARIF lists every rule): what the rules' registry holds."""

    @property
    def code(self) -> str: ...
    @property
    def severity(self) -> Severity: ...
    @property
    def sheet(self) -> str: ...
    @property
    def summary(self) -> str: ...
    @property
    def example(self) -> str: ...


@dataclass(frozen=True)
class Run:
    """What one ``xlsmart validate`` did, and how strict it is (``--fail-on``).

    ``rules`` is the catalogue of every rule (the caller's, from the rules' registry: this
    module sits below the rules and knows none); SARIF lists it, and links each result to it.
    """

    outcomes: list[Outcome]
    fail_on: Severity = Severity.ERROR
    several: bool = False  # several paths, a glob or a folder were named: report as a list
    rules: Sequence[RuleEntry] = ()

    def fails(self, outcome: Outcome) -> bool:
        return outcome.errors > 0 or (self.fail_on is Severity.WARNING and outcome.warnings > 0)

    def fails_on(self, finding: Finding) -> bool:
        return finding.severity is Severity.ERROR or self.fail_on is Severity.WARNING

    @property
    def exit_code(self) -> int:
        """0 nothing fails, 1 findings at the ``--fail-on`` level, 2 a file could not be used, 3 an
        xlsmart bug (an internal error)."""
        if any(outcome.internal for outcome in self.outcomes):
            return 3
        if any(outcome.problem for outcome in self.outcomes):
            return 2
        return 1 if any(self.fails(outcome) for outcome in self.outcomes) else 0

    def summary(self) -> dict[str, int]:
        outcomes = self.outcomes
        return {"files": len(outcomes), "unreadable": sum(1 for o in outcomes if o.report is None),
                "errors": sum(o.errors for o in outcomes), "warnings": sum(o.warnings for o in outcomes),
                "rows": sum(o.report.rows for o in outcomes if o.report)}


# --- text -----------------------------------------------------------------------------------

_UNPRINTABLE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Text from a cell made safe for a terminal: no escape sequences, one line.

    >>> printable("Line one\\nline two \\x1b[2J")
    'Line one↵line two �[2J'
    """
    return _UNPRINTABLE.sub(lambda m: "↵" if m[0] == "\n" else "" if m[0] == "\r" else "\ufffd", text)


def _cut(run: Run) -> str | None:
    """What a report says when ``--max-findings`` cut its list, or None."""
    listed = sum(len(o.report.findings) for o in run.outcomes if o.report)
    if not any(o.report.truncated for o in run.outcomes if o.report):
        return None
    total = sum(o.errors + o.warnings for o in run.outcomes)
    return f"the first {listed} of {total} findings are listed (--max-findings); the summary counts them all"


# --- JSON -----------------------------------------------------------------------------------

def to_json(run: Run) -> str:
    """The JSON documented in the README (``xlsmart validate --format json``).

    One file named: that file's report object (the upload service answers the same). Several
    paths, a glob or a folder: ``{"summary", "truncated", "files": [report, ...]}``. A file
    that could not be read is a report with an ``"error"`` line and no findings.

    >>> print(to_json(Run([Outcome("plan.xlsx", Report("plan.xlsx", [Finding("G04", Severity.ERROR, "Goals", 7, "Deadline", 10, "Move it.")], 1, "en"))])))
    {
      "file": "plan.xlsx",
      "summary": {"errors": 1, "warnings": 0, "rows": 1},
      "truncated": false,
      "sheets": [],
      "ignored_sheets": [],
      "findings": [
        {"sheet": "Goals", "row": 7, "column": "Deadline", "cell": "Goals!J7", "code": "G04", "severity": "error", "message": "Move it."}
      ]
    }
    """
    if not run.several and len(run.outcomes) == 1:
        return _json_object(outcome_dict(run.outcomes[0]), "")
    document = {"summary": run.summary(), "truncated": any(o.report is not None and o.report.truncated for o in run.outcomes),
                "files": [outcome_dict(o) for o in run.outcomes]}
    return _json_object(document, "")


def outcome_dict(outcome: Outcome) -> dict[str, object]:
    """One file's part of the JSON: the report's dict, or an ``error`` for a file not read.

    The keys in the README's order: an ``error`` comes before the ``findings`` (and the
    ``overview``), so a reader of a long report sees it at the top.
    """
    if outcome.report is None:
        return {"file": outcome.path, "error": outcome.problem,
                "summary": {"errors": 0, "warnings": 0, "rows": 0}, "truncated": False, "findings": []}
    data = outcome.report.to_dict()
    data["file"] = outcome.path
    if outcome.problem:
        lists = {key: data.pop(key) for key in LISTED_A_LINE if key in data}
        data["error"] = outcome.problem
        data.update(lists)
    return data


LISTED_A_LINE = ("files", "findings", "overview")  # lists written one item a line; all else on its key's line


def _json_object(data: dict[str, object], at: str) -> str:
    """``data`` as JSON: one key a line, and one item a line of the lists in ``LISTED_A_LINE``
    (readable, diffable, greppable). Every key and value is written by json's encoder and the
    layout only joins what it wrote, so no text of a cell can change the document's shape.
    json's own ``indent=`` would put every field of every finding on a line of its own, and
    write it with json's Python encoder instead of its C one (see benchmarks in the commit).
    """
    inner = at + "  "
    lines = []
    for key, value in data.items():
        if key in LISTED_A_LINE and isinstance(value, list) and value:
            item = inner + "  "
            each = ",\n".join(item + (_json_object(v, item) if isinstance(v, dict) and key == "files" else _ENCODE(v))
                              for v in value)
            lines.append(f"{inner}{_ENCODE(key)}: [\n{each}\n{inner}]")
        else:
            lines.append(f"{inner}{_ENCODE(key)}: {_ENCODE(value)}")
    return "{\n" + ",\n".join(lines) + "\n" + at + "}"


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


# --- JUnit XML --------------------------------------------------------------------------------

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(text: str) -> str:
    return escape(_NOT_XML.sub("\ufffd", text))


def _xml_attr(text: str) -> str:
    return quoteattr(_NOT_XML.sub("\ufffd", text))


def to_junit(run: Run) -> str:
    """One test suite per file, one test case per sheet and per row checked.

    A row's errors are failures; its warnings are printed in ``system-out`` and fail it only
    with ``--fail-on warning``, as the exit code does. A file that could not be read is a
    suite with one error.
    """
    suites = [_junit_suite(run, outcome) for outcome in run.outcomes]
    tests = sum(count for _, count, _, _ in suites)
    failures = sum(count for _, _, count, _ in suites)
    errors = sum(count for _, _, _, count in suites)
    seconds = sum(o.seconds for o in run.outcomes)
    cut = _cut(run)
    note = (f'  <testsuite name="xlsmart" tests="0" failures="0" errors="0"><system-out>{_xml_text(cut)}</system-out></testsuite>\n'
            if cut else "")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<testsuites name="xlsmart" tests="{tests}" failures="{failures}" errors="{errors}" time="{seconds:.3f}">\n'
            + "".join(text for text, _, _, _ in suites) + note
            + "</testsuites>\n")


def _junit_suite(run: Run, outcome: Outcome) -> tuple[str, int, int, int]:
    """(XML, tests, failures, errors) of one file's suite."""
    cases: list[str] = []
    failures = 0
    if outcome.report is not None:
        for classname, name, findings in _junit_cases(outcome.report):
            if outcome.report.truncated and not findings:
                continue  # its findings may have been cut: it cannot be reported as passing
            failing = [f for f in findings if run.fails_on(f)]
            failures += bool(failing)
            body = "".join(f"<failure type={_xml_attr(f.code)} message={_xml_attr(f.message)}>"
                           f"{_xml_text(f'{f.cell} {f.severity.value} {f.code}: {f.message}')}</failure>" for f in failing)
            noted = [f for f in findings if not run.fails_on(f)]
            if noted:
                body += "<system-out>" + _xml_text("\n".join(f"{f.cell} warning {f.code}: {f.message}" for f in noted)) + "</system-out>"
            cases.append(f"    <testcase classname={_xml_attr(classname)} name={_xml_attr(name)} time=\"0\""
                         + (f">{body}</testcase>\n" if body else "/>\n"))
    problem = outcome.problem
    if problem:
        cases.append(f'    <testcase classname="xlsmart" name={_xml_attr(outcome.path)} time="0">'
                     f"<error type=\"unreadable\" message={_xml_attr(problem)}>{_xml_text(problem)}</error></testcase>\n")
    stamp = outcome.started.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
    head = (f"  <testsuite name={_xml_attr(outcome.path)} tests=\"{len(cases)}\" failures=\"{failures}\" "
            f"errors=\"{int(bool(problem))}\" skipped=\"0\" time=\"{outcome.seconds:.3f}\" timestamp=\"{stamp}\" "
            f"hostname={_xml_attr(socket.gethostname())}>\n")
    return head + "".join(cases) + "  </testsuite>\n", len(cases), failures, int(bool(problem))


def _junit_cases(report: Report) -> Iterator[tuple[str, str, list[Finding]]]:
    """(classname, name, findings) for each sheet and each row checked, in sheet order: the
    sheet's own case holds what is not about one checked row (a missing column, the header)."""
    found = {key: list(group) for key, group in groupby(report.findings, key=lambda f: (f.sheet, f.row))}
    listed: set[tuple[str, int]] = set()
    for sheet in report.sheets.values():
        listed.update((sheet.name, row) for row, _ in sheet.checked)
        loose = [f for (name, row), group in found.items() if name == sheet.name and (name, row) not in listed for f in group]
        yield f"xlsmart.{sheet.name}", f"{sheet.name} sheet", loose
        for row, ident in sheet.checked:
            yield f"xlsmart.{sheet.name}", f"row {row}" + (f" ({ident})" if ident else ""), found.get((sheet.name, row), [])
    known = {sheet.name for sheet in report.sheets.values()}
    for (name, row), group in found.items():
        if name not in known:  # a finding on a sheet the layouts do not describe
            yield f"xlsmart.{name}", f"row {row}", group


# --- SARIF ------------------------------------------------------------------------------------

def to_sarif(run: Run) -> str:
    """SARIF 2.1.0: every rule, one result per finding, every file as an artifact, and a
    notification for each file that could not be read (the run then did not succeed).

    Paths inside the working folder are relative to it (``%SRCROOT%``), as code scanning
    expects; others are absolute ``file:`` URIs.
    """
    rules = run.rules
    index = {rule.code: at for at, rule in enumerate(rules)}
    locations = [_artifact(o.path) for o in run.outcomes]
    artifacts = [{"location": location,
                  **({"properties": {"sheets": o.report.sheets_read(), "ignoredSheets": o.report.sheets_ignored()}}
                     if o.report else {})} for location, o in zip(locations, run.outcomes, strict=True)]
    results = [_sarif_result(f, at, locations[at], index, run)
               for at, o in enumerate(run.outcomes) if o.report is not None for f in o.report.findings]
    notices = [{"level": "error", "message": {"text": o.problem},
                "locations": [{"physicalLocation": {"artifactLocation": locations[at]}}]}
               for at, o in enumerate(run.outcomes) if o.problem]
    cut = _cut(run)
    document = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "xlsmart", "version": __version__,
                "rules": [{"id": rule.code, "name": rule.code,
                           "shortDescription": {"text": rule.summary},
                           "fullDescription": {"text": f"{rule.summary} Example: {rule.example}"},
                           "defaultConfiguration": {"level": _level(rule.severity, run)},
                           "properties": {"sheet": rule.sheet, "severity": rule.severity.value}}
                          for rule in rules]}},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().as_uri() + "/"}},
            "invocations": [{"executionSuccessful": not notices,
                             "toolExecutionNotifications": notices + ([{"level": "note", "message": {"text": cut}}] if cut else [])}],
            "artifacts": artifacts,
            "results": results,
        }],
    }
    # On one line: SARIF is for machines, and json's fast encoder only writes without indent
    # (30,000 findings: 0.1 s instead of 0.9 s, and half the bytes).
    return json.dumps(document, ensure_ascii=False)


def _artifact(path: str) -> dict[str, str]:
    where = Path(path)
    if where.is_absolute() or path.startswith(".."):
        return {"uri": where.resolve().as_uri()}
    return {"uri": quote(where.as_posix()), "uriBaseId": "%SRCROOT%"}


def _level(severity: Severity, run: Run) -> str:
    return "error" if severity is Severity.ERROR or run.fail_on is Severity.WARNING else "warning"


def _sarif_result(finding: Finding, artifact: int, location: dict[str, str], index: dict[str, int],
                  run: Run) -> dict[str, object]:
    return {
        "ruleId": finding.code,
        "ruleIndex": index.get(finding.code, -1),
        "level": _level(finding.severity, run),
        "message": {"text": f"{finding.cell}: {finding.message}"},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": {**location, "index": artifact},
                "region": {"startLine": max(1, finding.row), "startColumn": max(1, finding.column_index)},
            },
            "logicalLocations": [{"name": finding.cell, "kind": "cell"}],
        }],
    }


# --- GitHub Actions annotations ---------------------------------------------------------------

def to_github(run: Run) -> str:
    """One workflow command a finding (``::error file=…,line=…,title=G04::…``): GitHub shows
    them as annotations on the run and the pull request. See the workflow-commands docs."""
    lines: list[str] = []
    for outcome in run.outcomes:
        if outcome.problem:
            lines.append(f"::error file={_github_property(outcome.path)},title=unreadable::{_github_data(outcome.problem)}")
        for finding in outcome.report.findings if outcome.report else ():
            level = "error" if run.fails_on(finding) else "warning"
            properties = ",".join(f"{key}={_github_property(value)}" for key, value in (
                ("file", outcome.path), ("line", str(finding.row)), ("col", str(max(1, finding.column_index))),
                ("title", f"xlsmart {finding.code}")))
            lines.append(f"::{level} {properties}::{_github_data(f'{finding.cell}: {finding.message}')}")
    if cut := _cut(run):
        lines.append(f"::notice title=xlsmart::{_github_data(cut)}")
    return "\n".join(lines)


def _github_data(text: str) -> str:
    """Text for a workflow command: its own escapes for %, CR and LF; other control characters
    (GitHub's log renders ANSI sequences) replaced as on a terminal."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return printable(text)


def _github_property(text: str) -> str:
    return _github_data(text).replace(":", "%3A").replace(",", "%2C")


FORMATS: dict[str, Callable[[Run], str]] = {"json": to_json, "junit": to_junit, "sarif": to_sarif, "github": to_github}


def shown_path(path: str | os.PathLike[str]) -> str:
    """A path as reports show it: relative to the working folder when inside it, else as given.

    >>> shown_path(Path.cwd() / "plans" / "q1.xlsx") == str(Path("plans", "q1.xlsx"))
    True
    """
    text = os.fspath(path)
    try:
        relative = Path(text).resolve().relative_to(Path.cwd().resolve())
    except (ValueError, OSError):
        return text
    return str(relative) if str(relative) != "." else text
