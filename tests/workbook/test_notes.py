"""Cell notes: ours added and replaced, the user's kept, readable by openpyxl, calamine and LibreOffice."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import uuid
from datetime import date
from pathlib import Path

import openpyxl
import pytest
import python_calamine
from lxml import etree
from openpyxl.comments import Comment

from xlsmart.workbook.paint.notes import AUTHOR, NoteEdit, add_notes

from .xlsx_builder import MAIN_NS, REL_NS, build_xlsx, row_xml, unzipped, zipped

GOALS = "xl/worksheets/sheet1.xml"
NOTES = {"J7": "Deadline before start & <soon>\x01", "c3": "Owner missing"}


# ---------------------------------------------------------------- helpers


def apply(data: bytes, notes: dict[str, dict[str, str]]) -> bytes:
    """What the painter will do: call add_notes per sheet, then copy every other member as is."""
    original = unzipped(data)
    pending: dict[str, bytes] = {}
    types = original["[Content_Types].xml"]
    for sheet, cell_notes in notes.items():
        edit = add_notes(lambda name: pending.get(name, original.get(name)), sheet,
                         pending.get(sheet, original[sheet]), cell_notes, types)
        pending.update(edit.parts)
        pending[sheet] = edit.sheet_xml
        types = edit.content_types or types
    pending["[Content_Types].xml"] = types
    out = {name: pending.pop(name, content) for name, content in original.items()}
    return zipped({**out, **pending})


def save(tmp_path: Path, data: bytes, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def notes_seen(path: Path, sheet: str = "Goals") -> dict[str, tuple[str, str]]:
    """Cell -> (text, author) as openpyxl reads them."""
    book = openpyxl.load_workbook(path)
    return {c.coordinate: (c.comment.text, c.comment.author) for row in book[sheet].iter_rows()
            for c in row if c.comment is not None}


def values(path: Path, sheet: str = "Goals") -> list[list[object]]:
    return python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()


def vml_of(parts: dict[str, bytes], sheet: str = GOALS) -> bytes:
    rels = etree.fromstring(parts[sheet.replace("worksheets/", "worksheets/_rels/") + ".rels"])
    target = next(r.get("Target") for r in rels if r.get("Type").endswith("/vmlDrawing"))
    name = target.lstrip("/") if target.startswith("/") else "xl/" + target.replace("../", "")
    return parts[name]


def note_cells(vml: bytes) -> list[tuple[int, int]]:
    """(row, column) of every note shape in a VML drawing, 0-based as VML has them."""
    found = re.findall(rb"<(?:[\w]+:)?Row>(\d+)</(?:[\w]+:)?Row><(?:[\w]+:)?Column>(\d+)<", vml)
    return sorted((int(r), int(c)) for r, c in found)


def _goals_book(with_user_notes: bool, sheets: int = 1) -> bytes:
    book = openpyxl.Workbook()
    for number in range(sheets):
        sheet = book.active if number == 0 else book.create_sheet()
        sheet.title = "Goals" if number == 0 else f"Goals{number + 1}"
        sheet.append(["ID", "Goal", "Owner", "Start", "Deadline", "Budget", "Spent", "KPI", "Target", "Review"])
        for n in range(1, 8):
            sheet.append([f"G{n}", f"Grow leads {n * 10}%", "Ann" if n % 2 else None, date(2026, 1, n),
                          date(2026, 6, n), n * 1000, n * 750.5, f"leads {n}", n * 100, "monthly"])
    if with_user_notes:
        book["Goals"]["B2"].comment = Comment("Check with sales", "Ann")
        book["Goals"]["J7"].comment = Comment("User's own note", "Bob")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def plain() -> bytes:
    return _goals_book(with_user_notes=False)


@pytest.fixture(scope="module")
def with_user_notes() -> bytes:
    return _goals_book(with_user_notes=True)


TABLE_XML = (
    f'<table xmlns="{MAIN_NS}" id="1" name="Scores" displayName="Scores" ref="A1:B3" totalsRowShown="0">'
    '<autoFilter ref="A1:B3"/><tableColumns count="2"><tableColumn id="1" name="Name"/>'
    '<tableColumn id="2" name="Score"/></tableColumns><tableStyleInfo name="TableStyleMedium2" '
    'showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
)
X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"
BAR_ID = "{00000000-0000-0000-0000-000000000001}"
PREFIXED_SHEET = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<x:worksheet xmlns:x="{MAIN_NS}">'
    '<x:dimension ref="A1:B3"/><x:sheetData>'
    + row_xml(1, [("A1", "Name"), ("B1", "Score")]).replace("<", "<x:").replace("<x:/", "</x:")
    + row_xml(2, [("A2", "Ann"), ("B2", 7)]).replace("<", "<x:").replace("<x:/", "</x:")
    + row_xml(3, [("A3", "Bob"), ("B3", 9)]).replace("<", "<x:").replace("<x:/", "</x:")
    + '</x:sheetData><x:conditionalFormatting sqref="B2:B3"><x:cfRule type="dataBar" priority="1"><x:dataBar>'
    '<x:cfvo type="min"/><x:cfvo type="max"/><x:color rgb="FF638EC6"/></x:dataBar><x:extLst>'
    f'<x:ext uri="{{B025F937-C7B1-47D3-B67F-A62EFF666E3E}}" xmlns:x14="{X14}"><x14:id>{BAR_ID}</x14:id>'
    '</x:ext></x:extLst></x:cfRule></x:conditionalFormatting>'
    '<x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
    f'<x:tableParts count="1"><x:tablePart xmlns:r="{REL_NS}" r:id="rId1"/></x:tableParts>'
    f'<x:extLst><x:ext uri="{{78C0D931-6437-407d-A8EE-F0AAD7539E65}}" xmlns:x14="{X14}"><x14:conditionalFormattings>'
    '<x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
    f'<x14:cfRule type="dataBar" id="{BAR_ID}"><x14:dataBar minLength="0" maxLength="100">'
    '<x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/></x14:dataBar></x14:cfRule><xm:sqref>B2:B3</xm:sqref>'
    "</x14:conditionalFormatting></x14:conditionalFormattings></x:ext></x:extLst></x:worksheet>"
)


@pytest.fixture(scope="module")
def prefixed() -> bytes:
    """An x:-prefixed sheet with a table and extension lists, as some generators write it."""
    parts = unzipped(build_xlsx({"Goals": PREFIXED_SHEET}))
    parts["xl/tables/table1.xml"] = TABLE_XML.encode()
    parts["xl/worksheets/_rels/sheet1.xml.rels"] = (
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" '
        b'Target="../tables/table1.xml"/></Relationships>'
    )
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/xl/tables/table1.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>')
    return zipped(parts)


# ---------------------------------------------------------------- tests


def test_notes_on_a_sheet_without_comments(plain, tmp_path):
    out = apply(plain, {GOALS: NOTES})
    path = save(tmp_path, out, "out.xlsx")
    assert notes_seen(path) == {"J7": ("Deadline before start & <soon>", AUTHOR), "C3": ("Owner missing", AUTHOR)}
    assert values(path) == values(save(tmp_path, plain, "in.xlsx"))
    parts = unzipped(out)
    assert {"xl/comments1.xml", "xl/drawings/vmlDrawing1.vml", "xl/worksheets/_rels/sheet1.xml.rels"} <= set(parts)
    assert note_cells(parts["xl/drawings/vmlDrawing1.vml"]) == [(2, 2), (6, 9)]
    assert parts["xl/drawings/vmlDrawing1.vml"].count(b'id="_x0000_t202"') == 1
    types = parts["[Content_Types].xml"]
    assert b'Extension="vml"' in types and b'PartName="/xl/comments1.xml"' in types
    assert b"<legacyDrawing r:id=" in parts[GOALS]
    unchanged = set(unzipped(plain)) - {GOALS, "[Content_Types].xml"}
    assert all(parts[name] == unzipped(plain)[name] for name in unchanged)


def test_merge_keeps_the_users_notes_and_shapes(with_user_notes, tmp_path):
    original = unzipped(with_user_notes)
    user_vml = original["xl/drawings/commentsDrawing1.vml"]
    out = apply(with_user_notes, {GOALS: NOTES})
    seen = notes_seen(save(tmp_path, out, "out.xlsx"))
    assert seen["B2"] == ("Check with sales", "Ann")
    assert seen["J7"] == ("User's own note", "Bob")  # one note per cell: the user's wins
    assert seen["C3"] == ("Owner missing", AUTHOR)
    vml = vml_of(unzipped(out))
    assert vml.startswith(user_vml[: user_vml.rindex(b"</xml>")])  # user's shapes byte for byte
    assert note_cells(vml) == [(1, 1), (2, 2), (6, 9)]
    assert vml.count(b'id="_x0000_t202"') == 1  # the user's shapetype is reused
    assert values(save(tmp_path, out, "a.xlsx")) == values(save(tmp_path, with_user_notes, "b.xlsx"))


def test_users_note_on_the_same_cell_means_nothing_to_do(with_user_notes):
    parts = unzipped(with_user_notes)
    edit = add_notes(parts.get, GOALS, parts[GOALS], {"J7": "ours"}, parts["[Content_Types].xml"])
    assert edit.parts == {} and edit.content_types is None and edit.sheet_xml is parts[GOALS]


@pytest.mark.parametrize("book", ["plain", "with_user_notes", "prefixed"])
def test_applying_twice_equals_applying_once(book, request, tmp_path):
    data = request.getfixturevalue(book)
    once = apply(data, {GOALS: NOTES})
    twice = apply(once, {GOALS: NOTES})
    assert unzipped(twice) == unzipped(once)
    changed = apply(once, {GOALS: {"C3": "Owner still missing", "A2": "new"}})
    sheet = "Goals"
    seen = notes_seen(save(tmp_path, changed, "c.xlsx"), sheet)
    assert seen["C3"] == ("Owner still missing", AUTHOR) and seen["A2"] == ("new", AUTHOR)
    assert ("J7" in seen) == (book == "with_user_notes")  # ours on J7 is gone, the user's stays
    vml = vml_of(unzipped(changed))
    assert len(note_cells(vml)) == len(seen) == len(set(note_cells(vml)))


def test_empty_notes_remove_ours_and_keep_the_users(with_user_notes, plain, tmp_path):
    removed = apply(apply(with_user_notes, {GOALS: NOTES}), {GOALS: {}})
    assert notes_seen(save(tmp_path, removed, "r.xlsx")) == {
        "B2": ("Check with sales", "Ann"), "J7": ("User's own note", "Bob")}
    assert note_cells(vml_of(unzipped(removed))) == [(1, 1), (6, 9)]
    assert b"xlsmart" not in vml_of(unzipped(removed))
    cleared = apply(apply(plain, {GOALS: NOTES}), {GOALS: {}})
    path = save(tmp_path, cleared, "c.xlsx")
    assert notes_seen(path) == {} and values(path) == values(save(tmp_path, plain, "p.xlsx"))
    assert note_cells(vml_of(unzipped(cleared))) == []
    untouched = unzipped(plain)
    edit = add_notes(untouched.get, GOALS, untouched[GOALS], {}, untouched["[Content_Types].xml"])
    assert edit.parts == {} and edit.content_types is None  # nothing of ours: nothing created


def test_prefixed_sheet_gets_legacy_drawing_in_schema_order(prefixed, tmp_path):
    out = apply(prefixed, {GOALS: {"B2": "Score below target"}})
    parts = unzipped(out)
    root = etree.fromstring(parts[GOALS])
    assert [etree.QName(child).localname for child in root] == [
        "dimension", "sheetData", "conditionalFormatting", "pageMargins", "legacyDrawing", "tableParts", "extLst"]
    assert root.nsmap["r"] == REL_NS and root.nsmap["x"] == MAIN_NS
    legacy = root.find(f"{{{MAIN_NS}}}legacyDrawing")
    rels = {r.get("Id"): r for r in etree.fromstring(parts["xl/worksheets/_rels/sheet1.xml.rels"])}
    assert rels["rId1"].get("Target") == "../tables/table1.xml"  # the table's relationship is kept
    assert rels[legacy.get(f"{{{REL_NS}}}id")].get("Type").endswith("/vmlDrawing")
    path = save(tmp_path, out, "out.xlsx")
    assert notes_seen(path) == {"B2": ("Score below target", AUTHOR)}
    assert "Scores" in openpyxl.load_workbook(path)["Goals"].tables
    assert values(path) == [["Name", "Score"], ["Ann", 7.0], ["Bob", 9.0]]


def test_legacy_drawing_goes_before_alternate_content_and_respects_a_foreign_r():
    sheet = (
        f'<worksheet xmlns="{MAIN_NS}" xmlns:r="urn:not-relationships" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<sheetData/><drawing r:id="d"/><mc:AlternateContent><mc:Choice Requires="x14"><controls/></mc:Choice>'
        "</mc:AlternateContent></worksheet>"
    ).encode()
    types = b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
    edit = add_notes({}.get, GOALS, sheet, {"A1": "x"}, types)
    root = etree.fromstring(edit.sheet_xml)
    assert [etree.QName(child).localname for child in root] == [
        "sheetData", "drawing", "legacyDrawing", "AlternateContent"]
    assert root[2].get(f"{{{REL_NS}}}id") == "rId2" and root.nsmap["r"] == "urn:not-relationships"
    assert set(edit.parts) == {"xl/comments1.xml", "xl/drawings/vmlDrawing1.vml", "xl/worksheets/_rels/sheet1.xml.rels"}
    assert edit.content_types is not None and b'Extension="vml"' in edit.content_types


def test_a_legacy_drawing_pointing_nowhere_is_left_alone():
    sheet = f'<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><sheetData/><legacyDrawing r:id="rId9"/></worksheet>'
    types = b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
    assert add_notes({}.get, GOALS, sheet.encode(), {"A1": "x"}, types) == NoteEdit(sheet.encode(), {}, None)


def test_excel_vml_that_is_not_well_formed_is_kept(tmp_path):
    """Excel's own VML (here with an unclosed <br>) is edited as text, never parsed."""
    excel_shape = (
        '<v:shape id="_x0000_s1025" type="#_x0000_t202" style=\'position:absolute;visibility:hidden\' '
        'fillcolor="#ffffe1" o:insetmode="auto"><v:textbox><div style=\'text-align:left\'>Hi<br></div>'
        '</v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False'
        "</x:AutoFill><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape>"
    )
    vml = (
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" '
        'data="1,2"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
        f'o:connecttype="rect"/></v:shapetype>\r\n{excel_shape}</xml>'
    )
    comments = (f'<comments xmlns="{MAIN_NS}"><authors><author>Ann</author></authors><commentList>'
                '<comment ref="A1" authorId="0"><text><t>Hi</t></text></comment></commentList></comments>')
    sheet = (f'<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><sheetData>{row_xml(1, [("A1", "a"), ("B1", 1)])}'
             '</sheetData><legacyDrawing r:id="rId2"/></worksheet>')
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    parts = unzipped(build_xlsx({"Goals": sheet, "KPIs": sheet.replace('<legacyDrawing r:id="rId2"/>', "")}))
    parts["xl/comments1.xml"] = comments.encode()
    parts["xl/drawings/vmlDrawing1.vml"] = vml.encode()
    parts["xl/worksheets/_rels/sheet1.xml.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}comments" Target="../comments1.xml"/>'
        f'<Relationship Id="rId2" Type="{rel}vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>'
    ).encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'
        b'<Override PartName="/xl/comments1.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>')
    data = zipped(parts)
    out = unzipped(apply(data, {GOALS: {"B1": "ours", "A1": "skipped"}, "xl/worksheets/sheet2.xml": {"A1": "kpi"}}))
    assert out[GOALS] == parts[GOALS]
    new_vml = out["xl/drawings/vmlDrawing1.vml"]
    assert new_vml.startswith(vml[: vml.rindex("</xml>")].encode()) and new_vml.endswith(b"</xml>")
    assert re.findall(rb'id="_x0000_s(\d+)"', new_vml) == [b"1025", b"1026"]
    # Excel hands out shape ids per block of 1024: the KPIs drawing must not claim blocks 1 or 2.
    assert b'data="3"' in out["xl/drawings/vmlDrawing2.vml"]
    assert re.findall(rb'id="_x0000_s(\d+)"', out["xl/drawings/vmlDrawing2.vml"]) == [b"3073"]
    path = save(tmp_path, zipped(out), "o.xlsx")
    assert notes_seen(path) == {"A1": ("Hi", "Ann"), "B1": ("ours", AUTHOR)}
    assert notes_seen(path, "KPIs") == {"A1": ("kpi", AUTHOR)}


def test_two_sheets_get_their_own_parts(tmp_path):
    data = _goals_book(with_user_notes=False, sheets=2)
    out = apply(data, {GOALS: {"A2": "one"}, "xl/worksheets/sheet2.xml": {"B3": "two"}})
    parts = unzipped(out)
    assert {"xl/comments1.xml", "xl/comments2.xml", "xl/drawings/vmlDrawing1.vml",
            "xl/drawings/vmlDrawing2.vml"} <= set(parts)
    assert b'data="1"' in parts["xl/drawings/vmlDrawing1.vml"] and b'data="2"' in parts["xl/drawings/vmlDrawing2.vml"]
    path = save(tmp_path, out, "two.xlsx")
    assert notes_seen(path) == {"A2": ("one", AUTHOR)}
    assert notes_seen(path, "Goals2") == {"B3": ("two", AUTHOR)}


def test_many_notes_reserve_enough_shape_id_blocks(plain, tmp_path):
    notes = {f"{column}{row}": f"note {column}{row}" for column in "ABCDEFGHIJKLMNO" for row in range(1, 101)}
    out = apply(plain, {GOALS: notes})
    vml = unzipped(out)["xl/drawings/vmlDrawing1.vml"]
    ids = [int(n) for n in re.findall(rb'id="_x0000_s(\d+)"', vml)]
    assert b'data="1,2"' in vml and len(ids) == len(set(ids)) == 1500 and min(ids) == 1025 and max(ids) < 3 * 1024
    seen = notes_seen(save(tmp_path, out, "many.xlsx"))
    assert len(seen) == 1500 and seen["O100"] == ("note O100", AUTHOR)


def test_a_range_is_not_a_cell(plain):
    parts = unzipped(plain)
    for bad in ("A1:B2", "XFE1", "A0", "Goals!A1"):
        with pytest.raises(ValueError):
            add_notes(parts.get, GOALS, parts[GOALS], {bad: "x"}, parts["[Content_Types].xml"])


def _soffice() -> str | None:
    return shutil.which("libreoffice") or shutil.which("soffice")


def _convert(path: Path, to: str, tmp_path: Path) -> Path:
    folder = tmp_path / f"lo-{path.stem}-{to}"
    subprocess.run(
        [_soffice(), f"-env:UserInstallation=file://{tmp_path / ('profile-' + uuid.uuid4().hex)}", "--headless",
         "--convert-to", to, "--outdir", str(folder), str(path)],
        check=True, timeout=180, capture_output=True, env={**os.environ, "HOME": str(tmp_path)},
    )
    return folder / f"{path.stem}.{to}"


@pytest.mark.e2e
@pytest.mark.parametrize("book", ["with_user_notes", "prefixed"])
def test_libreoffice_reads_values_and_notes(book, request, tmp_path):
    if _soffice() is None:
        pytest.skip("LibreOffice is not installed")
    data = request.getfixturevalue(book)
    # Inside the data range: a note on an empty cell would rightly widen LibreOffice's CSV.
    notes = {"C3": "Owner missing", "B2": "Score below target", "J7": "ours"} if book != "prefixed" else {
        "B2": "Score below target", "A3": "Bob's row"}
    before = save(tmp_path, data, "before.xlsx")
    after = save(tmp_path, apply(data, {GOALS: notes}), "after.xlsx")
    rows = [list(csv.reader(_convert(p, "csv", tmp_path).open(encoding="utf-8"))) for p in (before, after)]
    assert rows[0] == rows[1] and len(rows[1]) >= 3
    seen = notes_seen(_convert(after, "xlsx", tmp_path))  # LibreOffice's own save: it parsed our notes
    if book == "prefixed":
        assert {c: t for c, (t, _a) in seen.items()} == notes
    else:
        assert seen["C3"][0] == "Owner missing" and seen["B2"][0] == "Check with sales"
