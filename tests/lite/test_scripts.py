"""The Validate and Clear colours scripts on a recording stand-in of the Book xlwings Lite hands them."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

import pytest
from standin import Book

import xlsmart
from xlsmart.bundled import example_workbooks
from xlsmart.excel.ribbon import OUR_COLOURS
from xlsmart.lite import clear_colours, validate
from xlsmart.lite.scripts import clear_book, validate_book

AS_OF = date(2026, 6, 30)
RED, AMBER = OUR_COLOURS["error"], OUR_COLOURS["warning"]
USER_BLUE = "#BDD7EE"


def _run(coro: Any) -> Any:
    return asyncio.run(coro)


def _painted_rows(book: Book) -> dict[tuple[str, int], tuple[int, int, int]]:
    return {(s.name, r): rgb for s in book.sheets for (r, _c), rgb in s.fills.items()}


def test_the_findings_are_the_command_lines_findings(book: Book) -> None:
    report = _run(validate_book(book, as_of=AS_OF))
    cli = xlsmart.validate(str(example_workbooks()[0]), as_of=AS_OF)
    assert [(f.sheet, f.row, f.code, f.message) for f in report.findings] == \
        [(f.sheet, f.row, f.code, f.message) for f in cli.findings]
    assert report.errors > 0 and report.warnings > 0


def test_failing_rows_are_painted_across_the_table_in_the_ribbons_colours(book: Book) -> None:
    report = _run(validate_book(book, as_of=AS_OF))
    painted = _painted_rows(book)
    assert set(painted) == {(f.sheet, f.row) for f in report.findings}
    assert painted[("Goals", 6)] == RED and painted[("Budgets", 3)] == AMBER
    goals = report.sheets["goals"]
    assert sorted(c for (r, c) in book.sheets["Goals"].fills if r == 6) == list(range(goals.first_col, goals.last_col + 1))
    writes = [a for a in book.actions if a[0] == "setRangeColor"]
    assert all(isinstance(a[4], str) and a[4].startswith("#") for a in writes)  # "#RRGGBB", as Office.js takes


def test_fills_are_read_once_per_sheet_never_through_range_color(book: Book) -> None:
    report = _run(validate_book(book, as_of=AS_OF))
    assert book.reads == len([s for s in report.sheets.values() if s.header_row])


def test_the_findings_sheet_lists_every_finding(book: Book) -> None:
    report = _run(validate_book(book, as_of=AS_OF))
    rows = book.sheets["Findings"].rows()
    assert rows[0] == ["Sheet", "Row", "Cell", "Column", "Code", "Severity", "Message"]
    assert [(r[0], r[1], r[4]) for r in rows[1:]] == [(f.sheet, f.row, f.code) for f in report.findings]


def test_a_second_run_changes_nothing_but_the_findings_sheet(book: Book) -> None:
    _run(validate_book(book, as_of=AS_OF))
    first = book.state()
    mark = len(book.actions)
    _run(validate_book(book, as_of=AS_OF))
    assert book.state() == first
    assert [a[0] for a in book.actions[mark:]] == ["deleteSheet", "addSheet", "setValues"]


def test_user_colours_survive_validate_and_clear(book: Book) -> None:
    goals = book.sheets["Goals"]
    goals.range((2, 1), (2, 15)).color = USER_BLUE  # a passing row the user coloured
    goals.range((6, 1), (6, 15)).color = USER_BLUE  # a failing row the user coloured
    goals.range((6, 3)).color = "#FFFFFF"  # ...with one white cell: a mixed row
    _run(validate_book(book, as_of=AS_OF))
    assert goals.fills[(2, 1)] == (189, 215, 238) and goals.fills[(6, 1)] == (189, 215, 238)
    assert goals.fills[(6, 3)] == (255, 255, 255)
    _run(clear_book(book))
    assert goals.fills[(2, 1)] == (189, 215, 238) and goals.fills[(6, 1)] == (189, 215, 238)


def test_white_is_no_fill_as_office_js_reports_it(book: Book) -> None:
    book.sheets["Goals"].range((6, 1), (6, 15)).color = "#FFFFFF"
    _run(validate_book(book, as_of=AS_OF))
    assert book.sheets["Goals"].fills[(6, 1)] == RED


def test_clear_removes_our_colours_and_the_findings_sheet(book: Book) -> None:
    before = book.state()
    _run(validate_book(book, as_of=AS_OF))
    painted = set(_painted_rows(book))
    assert _run(clear_book(book)) == len(painted) > 0
    assert book.state() == before


@pytest.mark.parametrize("script", [validate, clear_colours])
def test_the_scripts_take_the_book_lite_injects(script: Any, book: Book, capsys: pytest.CaptureFixture[str]) -> None:
    _run(script(book))  # outside Lite, xlwings' @script leaves the function as it is
    assert "xlsmart:" in capsys.readouterr().out


@pytest.mark.parametrize("name", ["xlsmart_en.xlsm", "xlsmart_nl.xlsm", "xlsmart_lite_en.xlsx", "xlsmart_lite_nl.xlsx"])
def test_every_template_gives_the_command_lines_findings(name: str) -> None:
    from pathlib import Path

    from standin import book_json

    path = Path(__file__).resolve().parents[2] / "workbook_templates" / name
    if not path.exists():
        pytest.skip(f"{name} is not built in this tree")
    book = Book.from_json(book_json(str(path)))
    report = _run(validate_book(book, as_of=AS_OF))
    cli = xlsmart.validate(str(path), as_of=AS_OF)
    assert [(f.sheet, f.row, f.code, f.message) for f in report.findings] == \
        [(f.sheet, f.row, f.code, f.message) for f in cli.findings]
    assert report.findings and book.sheets[-1].name in ("Findings", "Bevindingen")


class _OneColourAtATime:
    """A book whose ranges offer only ``await get_color()`` (one colour per range), as older Lite did."""

    def __init__(self, book: Book) -> None:
        self._book = book
        self.name = book.name
        self.sheets = _Sheets(book)


class _Sheets:
    def __init__(self, book: Book) -> None:
        self._sheets = book.sheets

    def __iter__(self):
        return (_Sheet(s) for s in self._sheets)

    def __getitem__(self, key: Any) -> Any:
        return _Sheet(self._sheets[key])

    def add(self, *args: Any, **kwargs: Any) -> Any:
        if isinstance(kwargs.get("after"), _Sheet):
            kwargs["after"] = kwargs["after"]._sheet
        return self._sheets.add(*args, **kwargs)


class _Sheet:
    def __init__(self, sheet: Any) -> None:
        self._sheet = sheet
        self.name = sheet.name
        self.used_range = sheet.used_range

    def range(self, *args: Any) -> Any:
        return _Range(self._sheet.range(*args))

    def delete(self) -> None:
        self._sheet.delete()


class _Range:
    def __init__(self, rng: Any) -> None:
        self._rng = rng

    async def get_color(self) -> Any:
        grid = await self._rng.get_colors()
        fills = {c for row in grid for c in row}
        return "#{:02X}{:02X}{:02X}".format(*fills.pop()) if len(fills) == 1 and None not in fills else None

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "color":
            self._rng.color = value
        else:
            object.__setattr__(self, name, value)


def test_a_book_with_only_get_color_gets_the_same_colours(example_json: dict[str, Any]) -> None:
    plain, wrapped = Book.from_json(example_json), Book.from_json(example_json)
    _run(validate_book(plain, as_of=AS_OF))
    _run(validate_book(_OneColourAtATime(wrapped), as_of=AS_OF))
    assert wrapped.state() == plain.state()


def _xlsx(path: Any, sheets: dict[str, list[list[Any]]]) -> Any:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def test_a_table_found_by_its_header_alone_is_checked_as_the_command_line_checks_it(tmp_path: Any) -> None:
    from standin import book_json

    header = ["Nr", "Objective", "Responsible", "Due date"]  # a goals table, by its headers alone
    rows = [["G1", "Grow leads from 100 to 150 by 30 June 2026", "Sales", date(2026, 6, 30)],
            ["G2", "Generate more leads", None, None]]
    path = _xlsx(tmp_path / "plan.xlsx", {"Notes": [["read me"]], "Plan FY27": [["Marketing plan"], [], header, *rows]})
    book = Book.from_json(book_json(str(path)))
    report = _run(validate_book(book, as_of=AS_OF))
    cli = xlsmart.validate(str(path), as_of=AS_OF)
    assert [(f.sheet, f.row, f.code) for f in report.findings] == [(f.sheet, f.row, f.code) for f in cli.findings]
    assert ("Plan FY27", 5) in _painted_rows(book)  # G2, below the title and the header on row 3


def test_a_workbook_without_goals_kpis_or_budgets_gets_the_command_lines_one_line(
        tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    from standin import book_json

    path = _xlsx(tmp_path / "notes.xlsx", {"Notes": [["nothing to check"]]})
    book = Book.from_json(book_json(str(path)))
    _run(validate(book))
    said = capsys.readouterr().out.strip()
    with pytest.raises(xlsmart.XlsmartError) as cli:
        xlsmart.validate(str(path))
    assert said == f"xlsmart: {cli.value}".replace(str(path), "notes.xlsx")
    assert book.actions == []  # nothing painted, no Findings sheet
