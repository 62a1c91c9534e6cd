"""The plain registry of workbook rules: code -> rule. Codes are public API, never renamed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Finding, Severity

if TYPE_CHECKING:
    from .context import Context


@dataclass(frozen=True)
class Rule:
    code: str
    severity: Severity
    sheet: str  # kind the rule reads: "goals" | "kpis" | "budgets" | "any"
    summary: str  # one line for the README's table of codes
    example: str  # a row that triggers it, in words
    check: Callable[[Context], Iterator[Finding]] | None  # None: the engine reports it while typing cells
    prepare: Callable[[Context], None] | None = None  # starts heavy work in helpers before the other rules run


RULES: dict[str, Rule] = {}


def rule(code: str, severity: Severity, sheet: str, summary: str, example: str,
         prepare: Callable[[Context], None] | None = None):
    """Register a rule function under a stable code; the function is returned unchanged.

    ``prepare``, if given, runs before any rule checks, to start expensive work in the
    background, and keeps that work in ``context.memo`` under the rule's code; the engine then
    runs this rule's check after the others, to collect it.
    """

    def register(check: Callable[[Context], Iterator[Finding]]) -> Callable[[Context], Iterator[Finding]]:
        if code in RULES:
            raise ValueError(f"rule code {code} registered twice")
        RULES[code] = Rule(code, severity, sheet, summary, example, check, prepare)
        return check

    return register


def register_code(code: str, severity: Severity, sheet: str, summary: str, example: str) -> None:
    """Register a code that the engine itself reports (unreadable cells, missing columns)."""
    RULES[code] = Rule(code, severity, sheet, summary, example, None)


register_code("W01", Severity.ERROR, "any", "A required column is missing (reported on the header row).",
              "A KPIs sheet without a 'Goal ID' column.")
register_code("W02", Severity.ERROR, "any", "A cell holds an Excel error value.", "Target shows #N/A.")
register_code("W03", Severity.ERROR, "any", "A number column holds text that is not a number.", "Planned 'about 5k?'.")
register_code("W04", Severity.ERROR, "any", "A date column holds something that is not a real date.", "Deadline '31-31-2026'.")
register_code("W05", Severity.ERROR, "any", "A Goals, KPIs or Budgets sheet has no header row in its first 50 rows.",
              "A sheet named 'Goals 2027' whose table starts on row 60, or has no headers.")
