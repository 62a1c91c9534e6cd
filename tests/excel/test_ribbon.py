"""The ribbon's Python against a stand-in for xlwings: colours, the Findings sheet, idempotence."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from xlsmart import schema
from xlsmart.excel import ribbon
from xlsmart.excel.ribbon import OUR_COLOURS, clear_book, validate_book

from .fakes import FakeBook

AS_OF = date(2026, 6, 30)
RED, AMBER = OUR_COLOURS["error"], OUR_COLOURS["warning"]
USER_BLUE = (189, 215, 238)


def _row_fills(book: FakeBook, sheet: str) -> dict[int, tuple[int, int, int]]:
    fills = book.sheets[sheet].fills
    out = {}
    for (row, _col), rgb in fills.items():
        out[row] = rgb
    return out


@pytest.fixture()
def book(built: dict[str, Path]) -> FakeBook:
    return FakeBook.from_file(built["en"])


def test_failing_example_rows_turn_red_or_amber(book: FakeBook) -> None:
    report = validate_book(book, as_of=AS_OF)
    assert report.errors > 0 and report.warnings > 0
    goals, kpis, budgets = (_row_fills(book, s) for s in ("Goals", "KPIs", "Budgets"))
    assert goals[6] == RED and goals[8] == RED  # G5 vague; G7 vague and its parent is unknown
    assert 2 not in goals and 3 not in goals  # G1, G2 pass
    assert kpis[7] == RED  # K6 names goal G12, which does not exist
    assert budgets[4] == RED  # B3 spent more than planned
    assert budgets[3] == AMBER  # B2 only has a negative ROI (a warning)
    expected = {(f.sheet, f.row) for f in report.findings}
    painted = {(s, r) for s in ("Goals", "KPIs", "Budgets") for r in _row_fills(book, s)}
    assert painted == expected


def test_a_painted_row_covers_the_table_width_only(book: FakeBook) -> None:
    validate_book(book, as_of=AS_OF)
    cols = sorted(c for (r, c) in book.sheets["Goals"].fills if r == 6)
    assert cols == list(range(1, len(schema.GOALS.columns) + 1))


def test_findings_sheet_lists_every_finding_with_its_real_row(book: FakeBook) -> None:
    report = validate_book(book, as_of=AS_OF)
    rows = book.sheets["Findings"].rows()
    assert rows[0] == ["Sheet", "Row", "Cell", "Column", "Code", "Severity", "Message"]
    assert [(r[0], r[1], r[4]) for r in rows[1:]] == [(f.sheet, f.row, f.code) for f in report.findings]
    assert ("Budgets", 4, "Budgets!H4") in {(r[0], r[1], r[2]) for r in rows[1:]}


def test_second_run_is_idempotent(book: FakeBook) -> None:
    validate_book(book, as_of=AS_OF)
    first = {s.name: dict(s.fills) for s in book.sheets}
    first_findings = book.sheets["Findings"].rows()
    validate_book(book, as_of=AS_OF)
    assert {s.name: dict(s.fills) for s in book.sheets} == first
    assert book.sheets["Findings"].rows() == first_findings
    assert [s.name for s in book.sheets].count("Findings") == 1


def test_user_colours_survive_validate_and_clear(book: FakeBook) -> None:
    goals = book.sheets["Goals"]
    goals.range((2, 1), (2, 15)).color = USER_BLUE  # a passing row the user coloured
    goals.range((6, 1), (6, 15)).color = USER_BLUE  # a failing row the user coloured
    goals.range((20, 3)).color = USER_BLUE  # a cell outside the table
    validate_book(book, as_of=AS_OF)
    assert goals.fills[(2, 1)] == USER_BLUE and goals.fills[(6, 1)] == USER_BLUE
    assert goals.fills[(20, 3)] == USER_BLUE
    clear_book(book)
    assert goals.fills[(2, 1)] == USER_BLUE and goals.fills[(6, 1)] == USER_BLUE
    assert goals.fills[(20, 3)] == USER_BLUE


def test_fixed_rows_lose_their_colour_on_the_next_run(book: FakeBook) -> None:
    validate_book(book, as_of=AS_OF)
    budgets = book.sheets["Budgets"]
    assert _row_fills(book, "Budgets")[4] == RED
    budgets.range("H4").value = 19000  # B3 now spends less than planned
    validate_book(book, as_of=AS_OF)
    assert 4 not in _row_fills(book, "Budgets")


def test_clear_removes_our_colours_and_the_findings_sheet(book: FakeBook) -> None:
    validate_book(book, as_of=AS_OF)
    cleared = clear_book(book)
    assert cleared > 0
    assert all(not s.fills for s in book.sheets)
    assert "Findings" not in [s.name for s in book.sheets]


def test_dutch_workbook_gets_a_dutch_findings_sheet(built: dict[str, Path]) -> None:
    book = FakeBook.from_file(built["nl"])
    report = validate_book(book, as_of=AS_OF)
    assert report.lang == "nl"
    rows = book.sheets["Bevindingen"].rows()
    assert rows[0][:3] == ["Blad", "Rij", "Cel"]
    assert rows[1][0] in {"Doelstellingen", "KPIs", "Budget"}


def test_rows_below_a_title_keep_their_real_row_numbers() -> None:
    book = FakeBook({"Goals": [["My goals"], [], ["ID", "Goal", "Owner"], ["G1", "Generate more leads", None]]})
    report = validate_book(book, as_of=AS_OF)
    assert {f.row for f in report.findings} == {4}
    assert _row_fills(book, "Goals") == {4: RED}
    assert sorted(c for (_r, c) in book.sheets["Goals"].fills) == [1, 2, 3]


def test_clean_workbook_says_so() -> None:
    good = "Our webshop team grows newsletter sign-ups from 2,000 to 3,000 by 31 December 2026."
    book = FakeBook({"Goals": [["ID", "Goal", "Owner", "Start"], ["G1", good, "Webshop", date(2026, 1, 1)]]})
    report = validate_book(book, as_of=AS_OF)
    assert report.findings == []
    assert book.sheets["Findings"].rows()[1][0] == "No findings: every row passes."


def test_buttons_use_the_calling_book(monkeypatch: pytest.MonkeyPatch, built: dict[str, Path]) -> None:
    book = FakeBook.from_file(built["en"])
    monkeypatch.setattr(ribbon, "_caller", lambda: book)
    ribbon.validate_button()
    assert book.app.status_bar.startswith("xlsmart: ") and "errors" in book.app.status_bar
    ribbon.help_button()
    assert book.app.alerts and book.app.alerts[0][0] == "xlsmart"
    ribbon.clear_button()
    assert "Findings" not in [s.name for s in book.sheets]
    assert book.app.status_bar == "xlsmart: colours and findings removed."


@pytest.mark.parametrize("sheet_name", ["Plan FY27", "Q3 marketing", "Blad1"])
def test_a_table_found_by_its_header_is_checked_as_the_command_line_checks_it(tmp_path: Path,
                                                                               sheet_name: str) -> None:
    from xlsmart import validate
    from xlsmart.workbook.records import HEADER_SCAN_ROWS

    rows = [["Plan for the year"], [], ["ID", "Goal", "Owner", "Deadline"],
            ["G1", "Generate more leads", None, None],
            ["G2", "Our webshop team grows newsletter sign-ups from 2,000 to 3,000 by 31 December 2026.",
             "Webshop", date(2026, 12, 31)]]
    assert len(rows) < HEADER_SCAN_ROWS
    book = FakeBook({"Notes": [["Read me first"]], sheet_name: rows})
    report = validate_book(book, as_of=AS_OF)

    import openpyxl  # the same cells as a file, checked by the command line's path

    workbook = openpyxl.Workbook()
    workbook.active.title = "Notes"
    workbook.active.append(["Read me first"])
    sheet = workbook.create_sheet(sheet_name)
    for row in rows:
        sheet.append(row)
    path = tmp_path / "plan.xlsx"
    workbook.save(path)
    from_file = validate(path, as_of=AS_OF)

    assert [(f.sheet, f.row, f.code) for f in report.findings] == [(f.sheet, f.row, f.code) for f in from_file.findings]
    assert {f.row for f in report.findings} == {4}
    assert _row_fills(book, sheet_name) == {4: RED}


def test_a_workbook_without_goals_kpis_or_budgets_is_left_untouched_with_one_line(
        monkeypatch: pytest.MonkeyPatch) -> None:
    book = FakeBook({"Notes": [["Shopping list"], ["milk", 2]], "Sheet2": [[1, 2, 3]]})
    monkeypatch.setattr(ribbon, "_caller", lambda: book)
    ribbon.validate_button()
    assert book.app.status_bar.startswith("xlsmart: ") and "\n" not in book.app.status_bar
    assert "Notes" in book.app.status_bar  # names what it saw, as the command line does
    assert [s.name for s in book.sheets] == ["Notes", "Sheet2"]
    assert all(not s.fills for s in book.sheets)
    assert book.log == []  # no colour set, no sheet added or deleted


def test_a_header_painted_for_a_missing_column_is_cleared_again() -> None:
    book = FakeBook({"Goals": [["ID", "Owner"], ["G1", "Sales"]]})  # no Goal column
    report = validate_book(book, as_of=AS_OF)
    header_findings = [f for f in report.findings if f.row == 1]
    assert header_findings, "a missing required column is reported on the header row"
    assert _row_fills(book, "Goals")[1] in (RED, AMBER)
    clear_book(book)
    assert _row_fills(book, "Goals") == {}
