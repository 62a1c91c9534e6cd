"""The text report: one line a finding, naming the cell as the sheet shows it, safe for a terminal."""

from __future__ import annotations

import pytest

from xlsmart.cli.text_report import to_text
from xlsmart.model import Finding, Report, Severity


def _line(sheet: str, row: int, column_index: int, message: str = "Fill it in.") -> str:
    report = Report("plan.xlsx", [Finding("G02", Severity.ERROR, sheet, row, "Owner", column_index, message)], 5, "en")
    return to_text(report).splitlines()[1]


@pytest.mark.parametrize(("sheet", "row", "column", "cell"), [
    ("Goals", 7, 3, "C7"),
    ("Doelen 2027", 12, 28, "AB12"),
    ("Q1!plan", 4, 2, "B4"),  # a "!" in the sheet's name is not where the cell begins
    ("it's", 9, 0, "A9"),  # a whole-row finding points at the row's first cell
    ("KPIs", 100_001, 703, "AAA100001"),
])
def test_the_cell_is_named_as_the_sheet_shows_it(sheet, row, column, cell):
    assert _line(sheet, row, column).split()[0] == cell


@pytest.mark.parametrize(("message", "shown"), [
    ("Deadline 2027-06-30 is before the start.", "Deadline 2027-06-30 is before the start."),
    ("Goal 'Meer\nleads' has no owner.", "Goal 'Meer↵leads' has no owner."),
    ("Goal '\x1b[2Jgone' has no owner.", "Goal '\ufffd[2Jgone' has no owner."),
    ("Goal 'a\u00a0b' has no owner.", "Goal 'a\u00a0b' has no owner."),  # printable, though str.isprintable() says no
])
def test_messages_reach_the_terminal_without_control_characters(message, shown):
    assert _line("Goals", 5, 2, message).endswith("G02  " + shown)
