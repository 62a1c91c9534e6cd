"""File -> WorkbookData: real rows, odd-but-valid XML, and one clear line for every bad file."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime

import openpyxl
import pytest

from xlsmart.errors import NoKnownSheets, UnreadableWorkbook, WorkbookTooLarge, XlsmartError
from xlsmart.model import CellError
from xlsmart.workbook.limits import Limits
from xlsmart.workbook.reader import read_workbook

from .xlsx_builder import build_xlsx, row_xml, sheet_xml, unzipped, zipped

GOALS_HEADER = row_xml(1, [("A1", "ID"), ("B1", "Goal"), ("C1", "Owner")])


def goals_book(rows_xml: str, **kwargs) -> bytes:
    return build_xlsx({"Goals": sheet_xml(GOALS_HEADER + rows_xml, **kwargs)})


def test_openpyxl_workbook_with_titles_dates_and_settings(tmp_path):
    book = openpyxl.Workbook()
    goals = book.active
    goals.title = "Doelstellingen"
    goals["B2"] = "Onze doelen"
    goals.append([])
    goals.append([None, "ID", "Doelstelling", "Start", "Deadline", "Vrij veld"])
    goals.append([None, "G1", "Meer leads", date(2026, 1, 1), datetime(2026, 6, 30, 12, 0)])
    goals.append([])
    goals.append([None, "G2", "#N/A", None, None, "x"])
    goals.merge_cells("C9:C10")
    goals["B9"], goals["C9"] = "G3", "samen"
    goals["B10"] = "G4"  # a row of its own, its goal text the merge's
    settings = book.create_sheet("Instellingen")
    settings.append(["Instelling", "Waarde"])
    settings.append(["Minimale SMART-score", 4])
    book.create_sheet("Lijsten").append(["ID", "Goal"])
    path = tmp_path / "doelen.xlsx"
    book.save(path)

    data = read_workbook(path)
    sheet = data.sheets["goals"]
    assert (sheet.header_row, sheet.first_col, sheet.last_col) == (4, 2, 6)
    assert sheet.columns == {"id": 2, "goal": 3, "start": 4, "deadline": 5}
    assert [(r.row, r.get("id")) for r in sheet.records] == [(5, "G1"), (7, "G2"), (9, "G3"), (10, "G4")]
    assert sheet.records[0].get("start") == date(2026, 1, 1)
    assert sheet.records[0].get("deadline") == datetime(2026, 6, 30, 12, 0)
    assert sheet.records[1].get("goal") == CellError("#N/A")
    assert sheet.records[3].get("goal") == "samen"  # merged C9:C10
    assert data.settings == {"min_score": 4}
    assert data.lang == "nl" and data.name == "doelen.xlsx"


def test_settings_are_read_before_the_goals_wherever_the_sheet_sits(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Goals"
    book.active.append(["ID", "Goal"])
    book.active.append(["G1", "More leads"])
    book.create_sheet("KPIs").append(["ID", "Goal ID", "KPI"])
    book.create_sheet("Settings").append(["As-of date", "2027-02-01"])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    seen = []
    data = read_workbook(path, on_sheet=lambda d: seen.append((list(d.sheets), dict(d.settings))))
    assert seen[0] == (["goals"], {"as_of": "2027-02-01"})  # the day is known once the goals are read
    assert list(data.sheets) == ["goals", "kpis"]


@pytest.mark.parametrize("source", ["path", "bytes"])
def test_one_lane_or_two_read_the_same_records_from_every_sheet(tmp_path, source):
    book = openpyxl.Workbook()
    book.active.title = "Settings"
    book.active.append(["Minimum SMART score", 4])
    for title, header, prefix in (("Goals", ["ID", "Goal", "Owner"], "G"), ("KPIs", ["ID", "Goal ID", "KPI"], "K"),
                                  ("Budgets", ["ID", "Goal ID", "Planned"], "B"), ("Extra goals", ["ID", "Goal"], "X")):
        sheet = book.create_sheet(title)
        sheet.append(header)
        for n in range(1, 40):
            sheet.append([f"{prefix}{n}", f"G{n}" if prefix in "KB" else f"More leads {n}", n * 10 if prefix == "B" else "Ann"])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    given = path if source == "path" else path.read_bytes()
    one, two = read_workbook(given, lanes=1), read_workbook(given, lanes=2)
    assert list(one.sheets) == list(two.sheets) and len(one.sheets) >= 3
    for kind, sheet in one.sheets.items():
        assert sheet.records == two.sheets[kind].records and len(sheet.records) == 39
    assert one.settings == two.settings == {"min_score": 4}


def test_sources_bytes_and_file_objects_give_the_same_records():
    data = goals_book(row_xml(2, [("A2", "G1"), ("B2", "x")]))
    from_bytes = read_workbook(data, name="upload.xlsx")
    from_stream = read_workbook(io.BytesIO(data))
    assert from_bytes.sheets["goals"].records == from_stream.sheets["goals"].records
    assert from_bytes.name == "upload.xlsx"


def test_quirky_but_valid_xml():
    long_text = "lead " * 20_000  # 100,000 characters
    rows = (
        row_xml(None, [(None, "G1"), (None, long_text)])  # no r= on the row or its cells
        + '<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3"><f>1+1</f></c></row>'  # shared string; formula, no value
        + '<row r="4" spans="1:3" customHeight="1"><c t="inlineStr" r="A4"><is><t>G3</t></is></c>'
        '<c r="B4" t="str"><f t="shared" ref="B4:B5" si="0">A4</f><v>G3</v></c></row>'
        + '<row r="5"><c r="A5" t="e"><v>#REF!</v></c><c r="B5" t="str"><f t="shared" si="0"/><v>copied</v></c>'
        '<c r="C5" t="b"><v>1</v></c></row>'
    )
    data = build_xlsx({"Goals": sheet_xml(GOALS_HEADER + rows, prefix="x")}, shared_strings=["G2"])
    sheet = read_workbook(data).sheets["goals"]
    values = {r.row: r.values for r in sheet.records}
    assert values[2]["goal"] == long_text.strip() and values[2]["id"] == "G1"
    assert values[3] == {"id": "G2", "goal": None, "owner": None}
    assert values[4]["goal"] == "G3"
    assert values[5]["goal"] == "copied" and values[5]["owner"] is True


def test_stray_cell_at_the_last_cell_of_the_grid_is_read_without_building_the_grid():
    rows = row_xml(2, [("A2", "G1"), ("B2", "x")]) + row_xml(1048576, [("B1048576", "stray"), ("XFD1048576", "far")])
    sheet = read_workbook(goals_book(rows)).sheets["goals"]
    assert [(r.row, r.get("goal")) for r in sheet.records] == [(2, "x"), (1048576, "stray")]


def test_row_limit_is_enforced():
    rows = "".join(row_xml(n, [(f"A{n}", f"G{n}")]) for n in range(2, 40))
    with pytest.raises(WorkbookTooLarge, match="rows"):
        read_workbook(goals_book(rows), limits=Limits(max_rows=20))


def _ole(stream_names: list[str]) -> bytes:
    directory = b"".join(name.encode("utf-16-le").ljust(64, b"\0") + b"\0" * 64 for name in stream_names)
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + directory


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
    '<c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>'
)


@pytest.mark.parametrize(
    ("content", "error", "words"),
    [
        (b"", UnreadableWorkbook, "empty"),
        (bytes(range(256)) * 40, UnreadableWorkbook, "not an Excel workbook"),
        (b"ID;Goal\r\nG1;More leads\r\n", UnreadableWorkbook, "CSV"),
        (b"<html><table></table></html>", UnreadableWorkbook, "HTML"),
        (_ole(["Root Entry", "Workbook"]), UnreadableWorkbook, "legacy .xls"),
        (_ole(["Root Entry", "EncryptionInfo", "EncryptedPackage"]), UnreadableWorkbook, "password"),
        (zipped({"word/document.xml": b"<w/>"}), UnreadableWorkbook, "no xl/workbook.xml"),
        (zipped({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}), UnreadableWorkbook, ".ods"),
        (build_xlsx({"Goals": BILLION_LAUGHS}), UnreadableWorkbook, "DOCTYPE"),
        (build_xlsx({"Notes": sheet_xml(""), "Lists": sheet_xml(GOALS_HEADER)}), NoKnownSheets, "Goals/Doelstellingen"),
    ],
    ids=["empty", "random", "csv", "html", "xls", "encrypted", "docx-like", "ods", "billion-laughs", "no-sheets"],
)
def test_bad_files_get_one_clear_line(content, error, words):
    with pytest.raises(error) as caught:
        read_workbook(content)
    message = str(caught.value)
    assert words in message and "\n" not in message
    assert isinstance(caught.value, XlsmartError)


def test_truncated_zip():
    data = goals_book(row_xml(2, [("A2", "G1"), ("B2", "x")]))
    with pytest.raises(UnreadableWorkbook, match=r"damaged|truncated"):
        read_workbook(data[: len(data) // 2])


def test_no_known_sheets_names_what_it_found():
    with pytest.raises(NoKnownSheets, match="found: Notes"):
        read_workbook(build_xlsx({"Notes": sheet_xml("")}))


def test_doctype_in_workbook_xml_is_refused():
    data = build_xlsx({"Goals": sheet_xml(GOALS_HEADER)})
    members = unzipped(data)
    members["xl/workbook.xml"] = members["xl/workbook.xml"].replace(b"?>", b'?><!DOCTYPE x [<!ENTITY a "b">]>', 1)
    with pytest.raises(UnreadableWorkbook, match="unsafe XML"):
        read_workbook(zipped(members))


def test_zip_bomb_is_refused_before_expanding():
    bomb = build_xlsx({"Goals": sheet_xml(GOALS_HEADER)}, extra={"xl/media/pad.bin": b"\0" * (64 << 20)})
    assert len(bomb) < 1 << 20
    with pytest.raises(WorkbookTooLarge, match="zip bomb"):
        read_workbook(bomb)


def test_declared_total_and_file_size_limits():
    data = goals_book(row_xml(2, [("A2", "G1"), ("B2", "x")]))
    with pytest.raises(WorkbookTooLarge, match="expands"):
        read_workbook(data, limits=Limits(max_uncompressed_bytes=1000))
    with pytest.raises(WorkbookTooLarge, match="limit"):
        read_workbook(data, limits=Limits(max_file_bytes=100))


def test_lying_sizes_are_caught_while_reading():
    data = bytearray(goals_book(row_xml(2, [("A2", "G1"), ("B2", "x")])))
    name = b"xl/worksheets/sheet1.xml"
    entry = data.index(b"PK\x01\x02")  # first central directory entry
    while data[entry + 46 : entry + 46 + len(name)] != name:
        entry = data.index(b"PK\x01\x02", entry + 4)
    declared = int.from_bytes(data[entry + 24 : entry + 28], "little")
    # Halve the declared size: Python's reader stops there and the CRC no longer matches, so
    # the part is refused rather than silently truncated (or expanded beyond what was weighed).
    data[entry + 24 : entry + 28] = (declared // 2).to_bytes(4, "little")
    with pytest.raises(UnreadableWorkbook, match="damaged"):
        read_workbook(bytes(data))


def _quirky_goals(rows: int) -> bytes:
    """Rows with error values, rows and cells without r=, and one wide cell: every scan counter moves."""
    body = []
    for n in range(2, rows + 2):
        if n % 97 == 0:
            body.append(row_xml(None, [(None, f"G{n}"), (None, "text"), (None, "Ann")]))
        elif n % 89 == 0:
            body.append(f'<row r="{n}"><c r="A{n}" t="e"><v>#N/A</v></c><c r="AB{n}" t="inlineStr"><is><t>x</t></is></c></row>')
        else:
            body.append(row_xml(n, [(f"A{n}", f"G{n}"), (f"B{n}", "We increase leads " * 3), (f"C{n}", "Ann")]))
    return goals_book("".join(body))


def test_one_scan_of_a_quirky_worksheet_bounds_its_extent():
    from xlsmart.workbook.limits import ExpansionAllowance, scan_part

    archive = zipfile.ZipFile(io.BytesIO(_quirky_goals(40_000)))
    whole = scan_part(archive, "xl/worksheets/sheet1.xml", ExpansionAllowance(Limits(), "f"), worksheet=True)
    assert whole.size > 3 << 20 and whole.errors and whole.bare_rows and whole.widest == 28
    assert whole.rows >= 40_001 and whole.columns >= 28


def test_a_doctype_at_the_end_of_a_big_worksheet_is_refused_in_one_line():
    parts = unzipped(_quirky_goals(20_000))
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(b"</sheetData>", b'</sheetData><!DOCTYPE x [<!ENTITY a "b">]>')
    with pytest.raises(UnreadableWorkbook, match="DOCTYPE") as refused:
        read_workbook(zipped(parts), name="bad.xlsx")
    assert str(refused.value).startswith("bad.xlsx") and "\n" not in str(refused.value)


def _straddling(needle: bytes, cut: int, rows: int = 12_000) -> bytes:
    """A stored (so inflated in exact 1 MB chunks) goals workbook whose worksheet holds ``needle``
    between two rows, placed so that the scan's first chunk ends ``cut`` bytes into it."""
    body = "".join(row_xml(n, [(f"A{n}", f"G{n}"), (f"B{n}", "We increase leads " * 4), (f"C{n}", "Ann")])
                   for n in range(2, rows))
    parts = unzipped(goals_book(body))
    sheet = parts["xl/worksheets/sheet1.xml"]
    boundary = 1 << 20
    assert len(sheet) > boundary + 4096
    after_row = sheet.rfind(b"</row>", 0, boundary - len(needle) - 64) + len(b"</row>")
    padding = b" " * (boundary - cut - after_row)  # whitespace between rows is allowed
    parts["xl/worksheets/sheet1.xml"] = sheet[:after_row] + padding + needle + sheet[after_row:]
    return zipped(parts, compression=zipfile.ZIP_STORED)


@pytest.mark.parametrize("cut", [1, 2, 5, 8])
def test_a_doctype_split_between_two_chunks_of_the_scan_is_refused(cut):
    data = _straddling(b"<!DOCTYPE x>", cut)
    with pytest.raises(UnreadableWorkbook, match="DOCTYPE"):
        read_workbook(data, name="bad.xlsx")


@pytest.mark.parametrize("value", [b"123456789012345", b"1E+300", b"-2.5e+20"])
@pytest.mark.parametrize("cut", [-1, 2, 4])
def test_a_date_beyond_any_calendar_split_between_two_chunks_is_read_as_an_error(value, cut):
    """Such a value in a date cell makes the fast reader panic: the scan must see it wherever
    the chunks cut it, and the sheet is then read by the other reader (the cell an error)."""
    row = b'<row r="20000"><c r="A20000" t="inlineStr"><is><t>G0</t></is></c><c r="C20000" s="1"><v>'
    data = _straddling(row + value + b"</v></c></row>", len(row) + cut)
    records = {r.row: r for r in read_workbook(data).sheets["goals"].records}
    assert isinstance(records[20000].values["owner"], CellError)
    assert records[2].values["id"] == "G2"


def test_a_prefixed_row_after_plain_ones_still_bounds_the_rows():
    rows = "".join(row_xml(n, [(f"A{n}", f"G{n}")]) for n in range(2, 30))
    rows += '<x:row xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" r="900"><x:c r="A900"/></x:row>'
    with pytest.raises(WorkbookTooLarge, match="rows"):
        read_workbook(goals_book(rows), limits=Limits(max_rows=500))
    assert len(read_workbook(goals_book(rows), limits=Limits(max_rows=1000)).sheets["goals"].records) == 28
