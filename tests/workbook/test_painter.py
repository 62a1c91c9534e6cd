"""Report -> coloured copy: bytes kept, rows coloured, idempotent, readable everywhere."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import shutil
import struct
import subprocess
import uuid
import zipfile
from pathlib import Path

import openpyxl
import pytest
import python_calamine
from hypothesis import given
from hypothesis import strategies as st

from xlsmart import schema
from xlsmart.model import Finding, Report, Severity
from xlsmart.workbook.paint.painter import paint
from xlsmart.workbook.paint.sheet_patch import patch_sheet
from xlsmart.workbook.paint.styles import StylePalette
from xlsmart.workbook.reader import read_workbook

from .conftest import USER_GREEN
from .xlsx_builder import STYLES_XML

RED, AMBER = schema.FILL_COLOURS["error"], schema.FILL_COLOURS["warning"]
REWRITTEN = {"xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
             "[Content_Types].xml"}


def make_report(path: Path, rows: dict[int, Severity]) -> Report:
    data = read_workbook(path)
    findings = [Finding(f"TEST_{sev.value.upper()}", sev, "Goals", row, "Start", 3, f"row {row} is {sev}")
                for row, sev in rows.items()]
    findings.append(Finding("TEST_KPI", Severity.WARNING, "KPIs", 3, "Review", 6, "no review rhythm"))
    sheets = {kind: sheet for kind, sheet in data.sheets.items()}
    return Report(str(path), findings, sum(len(s.records) for s in sheets.values()), data.lang, sheets)


def raw_members(path: Path) -> dict[str, bytes]:
    """Each member's local header + compressed data, exactly as stored."""
    found = {}
    with zipfile.ZipFile(path) as archive, open(path, "rb") as handle:
        for info in archive.infolist():
            handle.seek(info.header_offset)
            header = handle.read(30)
            name_len, extra_len = struct.unpack("<2H", header[26:30])
            found[info.filename] = header[4:] + handle.read(name_len + extra_len + info.compress_size)
    return found


def fills(path: Path, sheet: str = "Goals") -> dict[str, str]:
    book = openpyxl.load_workbook(path)
    return {c.coordinate: c.fill.fgColor.rgb for row in book[sheet].iter_rows() for c in row
            if c.fill.fill_type == "solid"}


def values(path: Path) -> dict[str, list[list[object]]]:
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in ("Goals", "KPIs")}


@pytest.fixture()
def painted(rich_xlsm: Path, tmp_path: Path) -> tuple[Path, Path, Report]:
    report = make_report(rich_xlsm, {4: Severity.ERROR, 6: Severity.WARNING, 8: Severity.WARNING})
    report.findings.append(Finding("TEST_ERROR", Severity.ERROR, "Goals", 8, "", 0, "error wins"))
    out = tmp_path / "plan.checked.xlsm"
    paint(rich_xlsm, report, out)
    return rich_xlsm, out, report


def test_input_is_never_modified(rich_xlsm, tmp_path):
    before = hashlib.sha256(rich_xlsm.read_bytes()).hexdigest()
    paint(rich_xlsm, make_report(rich_xlsm, {4: Severity.ERROR}), tmp_path / "out.xlsm")
    assert hashlib.sha256(rich_xlsm.read_bytes()).hexdigest() == before
    with pytest.raises(ValueError, match="never overwrites"):
        paint(rich_xlsm, make_report(rich_xlsm, {}), rich_xlsm)


def test_unchanged_members_are_byte_identical(painted):
    source, out, _report = painted
    before, after = raw_members(source), raw_members(out)
    notes = {name for name in set(after) - set(before) if "comments" in name or name.endswith(".vml")}
    notes |= {"xl/comments/comment1.xml", "xl/worksheets/_rels/sheet1.xml.rels", "xl/worksheets/_rels/sheet2.xml.rels"}
    notes |= {name for name in before if name.endswith(".vml")}
    kept = set(before) - REWRITTEN - notes  # the parts that carry cell notes are tested below
    assert {"xl/vbaProject.bin", "customUI/customUI14.xml", "xl/charts/chart1.xml", "xl/media/image1.png",
            "xl/tables/table1.xml", "xl/drawings/drawing1.xml"} <= kept
    assert {name: after[name] for name in kept} == {name: before[name] for name in kept}
    assert list(after)[: len(before)] == list(before)  # same order; the Findings sheet comes last
    with zipfile.ZipFile(out) as archive:
        types = archive.read("[Content_Types].xml").decode()
    assert "application/vnd.ms-excel.sheet.macroEnabled.main+xml" in types


def test_flagged_cells_get_notes_and_the_users_note_stays(painted, tmp_path):
    _source, out, report = painted
    book = openpyxl.load_workbook(out)
    goals, kpis = book["Goals"], book["KPIs"]
    assert goals["B3"].comment.text == "Check with sales" and goals["B3"].comment.author == "Ann"
    start = goals["C4"].comment  # TEST_ERROR on row 4, located at column 3 ("Start")
    assert start is not None and start.author == "xlsmart" and start.text == "TEST_ERROR: row 4 is error"
    assert goals["A8"].comment.text == "TEST_ERROR: error wins"  # a whole-row finding: the table's first cell
    assert kpis["F3"].comment.text == "TEST_KPI: no review rhythm"
    again = tmp_path / "again.xlsm"
    paint(out, report, again)
    book = openpyxl.load_workbook(again)
    assert book["Goals"]["C4"].comment.text == "TEST_ERROR: row 4 is error"  # replaced, not doubled
    assert book["Goals"]["B3"].comment.text == "Check with sales"
    cleared = tmp_path / "cleared.xlsm"
    paint(again, Report(report.file, [], report.rows, report.lang, report.sheets), cleared)
    book = openpyxl.load_workbook(cleared)
    assert book["Goals"]["C4"].comment is None and book["KPIs"]["F3"].comment is None
    assert book["Goals"]["B3"].comment.text == "Check with sales"


def test_a_sheet_with_very_many_flagged_cells_gets_no_notes(rich_xlsm, tmp_path, monkeypatch):
    from xlsmart.workbook.paint import painter

    monkeypatch.setattr(painter, "NOTE_LIMIT", 2)
    out = tmp_path / "many.xlsm"
    paint(rich_xlsm, make_report(rich_xlsm, {4: Severity.ERROR, 6: Severity.WARNING, 8: Severity.WARNING}), out)
    book = openpyxl.load_workbook(out)
    assert [c.coordinate for row in book["Goals"].iter_rows() for c in row if c.comment] == ["B3"]
    assert fills(out)["A4"] == RED  # still coloured
    assert book["KPIs"]["F3"].comment.text == "TEST_KPI: no review rhythm"  # one flagged cell: under the limit


def test_rows_coloured_within_the_table(painted):
    source, out, _report = painted
    coloured = fills(out)
    for col in "ABCDEFG":  # the whole table width, including the empty cells of row 4
        assert coloured[f"{col}4"] == RED
        assert coloured[f"{col}6"] == AMBER  # the user's green row is flagged: ours wins for now
        assert coloured[f"{col}8"] == RED  # an error and a warning on one row: red
    assert "H4" not in coloured and "A5" not in coloured and "A3" not in coloured
    assert fills(out, "KPIs")["A3"] == AMBER
    assert fills(source)["A6"] == USER_GREEN


def test_values_are_the_same_in_calamine_and_openpyxl(painted):
    source, out, _report = painted
    assert values(out) == values(source)
    old, new = openpyxl.load_workbook(source), openpyxl.load_workbook(out)
    for name in ("Goals", "KPIs"):
        assert [[c.value for c in r] for r in new[name].iter_rows()] == [[c.value for c in r] for r in old[name].iter_rows()]
    assert new["Goals"]["F3"].value == "=LEN(B3)"
    assert python_calamine.CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Goals").to_python()[2][5] == 19


def test_findings_sheet_lists_every_finding_with_a_link(painted):
    _source, out, report = painted
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Goals", "KPIs", "Findings"]
    rows = list(book["Findings"].iter_rows(values_only=True))
    assert rows[0] == ("Sheet", "Cell", "Code", "Severity", "Message")
    assert len(rows) == len(report.findings) + 1
    assert rows[1][1] == "=HYPERLINK(\"#'Goals'!C4\",\"Goals!C4\")"
    cached = python_calamine.CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Findings").to_python()
    assert cached[1][:4] == ["Goals", "Goals!C4", "TEST_ERROR", "error"]


def test_painting_twice_changes_nothing(painted, tmp_path):
    _source, out, report = painted
    again = tmp_path / "again.xlsm"
    paint(out, report, again)
    with zipfile.ZipFile(out) as first, zipfile.ZipFile(again) as second:
        assert first.namelist() == second.namelist()
        for name in first.namelist():
            assert first.read(name) == second.read(name), name
    assert openpyxl.load_workbook(again).sheetnames.count("Findings") == 1


def test_a_fixed_row_loses_its_colour_and_user_colours_come_back(painted, tmp_path):
    source, out, _report = painted
    fixed = make_report(source, {4: Severity.ERROR})  # rows 6 and 8 were fixed
    again = tmp_path / "fixed.xlsm"
    paint(out, fixed, again)
    coloured = fills(again)
    assert all(coloured[f"{c}4"] == RED for c in "ABCDEFG")
    assert all(coloured[f"{c}6"] == USER_GREEN for c in "ABCDEFG")  # the user's own colour returns
    assert not any(k.endswith("8") for k in coloured)
    assert values(again) == values(source)


def test_style_count_does_not_grow_across_runs(painted, tmp_path):
    _source, out, report = painted
    counts = []
    current = out
    for n in range(3):
        nxt = tmp_path / f"run{n}.xlsm"
        paint(current, report, nxt)
        counts.append(len(openpyxl.load_workbook(nxt)._cell_styles))
        current = nxt
    assert counts[0] == counts[1] == counts[2]


def test_dutch_findings_sheet_replaces_the_english_one(painted, tmp_path):
    _source, out, report = painted
    dutch = tmp_path / "nl.xlsm"
    paint(out, report, dutch, lang="nl")
    book = openpyxl.load_workbook(dutch)
    assert book.sheetnames == ["Goals", "KPIs", "Bevindingen"]
    assert book["Bevindingen"]["D2"].value == "fout"


def test_file_objects_in_and_out(rich_bytes):
    buffer = io.BytesIO()
    data = read_workbook(rich_bytes)
    report = Report("x", [Finding("T", Severity.ERROR, "Goals", 5, "", 0, "m")], 15, "en", data.sheets)
    paint(io.BytesIO(rich_bytes), report, buffer)
    assert zipfile.ZipFile(io.BytesIO(buffer.getvalue())).testzip() is None


PREFIXED = (
    b'<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<x:cols><x:col min="2" max="2" width="9" style="1"/></x:cols><x:sheetData>'
    b'<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>ID</x:t></x:is></x:c></x:row>'
    b"<x:row><x:c><x:v>1</x:v></x:c></x:row>"  # row 2: no r= anywhere
    b'<x:row spans="1:3" r="3"><x:c t="n" s="1" r="C3"><x:v>5</x:v></x:c></x:row>'  # r= late in the tag
    b'<x:row r="7"/>'
    b"</x:sheetData></x:worksheet>"
)


def test_patch_sheet_handles_prefixes_missing_refs_and_new_cells():
    palette = StylePalette(STYLES_XML.encode(), {})
    patched = patch_sheet(PREFIXED, {2: "error", 3: "warning", 5: "error", 7: "warning"}, (1, 3), palette)
    red0, red1 = palette.target(0, "error"), palette.target(1, "error")
    amber0, amber1 = palette.target(0, "warning"), palette.target(1, "warning")
    assert b'<x:row><x:c s="%d"><x:v>1</x:v></x:c><x:c r="B2" s="%d"/><x:c r="C2" s="%d"/></x:row>' % (red0, red1, red0) in patched
    assert b'<x:row r="3"><x:c r="A3" s="%d"/><x:c r="B3" s="%d"/><x:c t="n" s="%d" r="C3">' % (amber0, amber1, amber1) in patched
    assert b'<x:row r="5"><x:c r="A5" s="%d"/>' % red0 in patched  # a row that did not exist
    assert patched.index(b'<x:row r="5">') < patched.index(b'<x:row r="7">')
    assert b'<x:row r="7"><x:c r="A7"' in patched
    assert b"spans" not in patched  # a stale hint is dropped
    assert patched.startswith(PREFIXED[:150])
    # Undo: with no marks, every clone goes back to the original style.
    undone = patch_sheet(patched, {}, (1, 3), palette)
    assert b's="%d"' % red0 not in undone and b's="%d"' % amber1 not in undone
    assert b'<x:c t="n" s="1" r="C3">' in undone and b'<x:c r="B3" s="1"/>' in undone


def test_lost_style_map_is_recovered_from_the_fill():
    palette = StylePalette(STYLES_XML.encode(), {})
    clone = palette.target(1, "error")
    recovered = StylePalette(palette.to_bytes(), {})  # e.g. the hidden name was deleted
    assert recovered.original(clone) == 1
    assert recovered.target(1, "error") == clone


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.e2e
@pytest.mark.skipif(_soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_painted_copy(painted, tmp_path):
    source, out, _report = painted
    profile = tmp_path / f"lo-{uuid.uuid4().hex}"
    for path, folder in ((source, "before"), (out, "after")):
        xlsx = tmp_path / f"{folder}.xlsx"
        xlsx.write_bytes(path.read_bytes())
        subprocess.run(
            [_soffice(), f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "csv",
             "--outdir", str(tmp_path / folder), str(xlsx)],
            check=True, timeout=180, capture_output=True, env={**os.environ, "HOME": str(tmp_path)},
        )
    before = list(csv.reader((tmp_path / "before" / "before.csv").open(encoding="utf-8", errors="replace")))
    after = list(csv.reader((tmp_path / "after" / "after.csv").open(encoding="utf-8", errors="replace")))
    assert after == before and len(after) >= 12


def _plain_sheet() -> bytes:
    """A sheet as Excel writes it, with the quirks a stream must survive: gaps, a row without r=,
    a self-closed row, long inline text, and cells already carrying a clone style (id 3)."""
    rows = []
    for number in range(1, 301):
        if number % 37 == 0:
            continue  # a gap: no row stored
        if number == 150:
            rows.append(b'<row spans="1:3"><c t="inlineStr"><is><t>no r=</t></is></c></row>')  # row 150 by counting
            continue
        if number == 200:
            rows.append(b'<row r="200"/>')
            continue
        style = b' s="3"' if number % 11 == 0 else b""
        rows.append(b'<row r="%d"><c r="A%d"%s t="inlineStr"><is><t>%s</t></is></c><c r="C%d"><v>%d</v></c></row>'
                    % (number, number, style, b"x" * (number % 50), number, number))
    return (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b"<sheetData>" + b"".join(rows) + b"</sheetData><pageMargins/></worksheet>")


@pytest.mark.parametrize("size", [1, 7, 64, 999, 1 << 20])
def test_streaming_in_any_chunks_patches_like_the_whole_walk(monkeypatch, size):
    """Chunk edges fall inside tags, rows and </sheetData>; jumps and walks must agree."""
    from xlsmart.workbook.paint.sheet_patch import SheetPatcher

    data = _plain_sheet()
    marks = {5: "error", 11: "warning", 37: "error", 150: "warning", 200: "error", 299: "warning", 320: "error"}
    palette = StylePalette(STYLES_XML.encode(), {})
    palette.target(0, "error")  # makes style 3 one of our clones, as if painted before
    palette.to_original[3] = palette.to_original.pop(next(iter(palette.to_original)))
    chunks = [data[i : i + size] for i in range(0, len(data), size)]
    streamed = b"".join(SheetPatcher(marks, (1, 3), palette).feed_all(chunks))
    monkeypatch.setattr(SheetPatcher, "_rows_fast", lambda self, segment: None)
    walked = b"".join(SheetPatcher(marks, (1, 3), palette).feed_all([data]))
    assert streamed == walked
    assert b'<row r="37">' in streamed and streamed.index(b'<row r="36"') < streamed.index(b'<row r="37">')
    assert streamed.index(b'<row r="320">') < streamed.index(b"</sheetData>")
    assert b'<c r="A22" s="0"' in streamed and b'<c r="A22" s="3"' in data  # our old paint undone


def test_a_note_on_a_merged_cell_goes_to_the_ranges_first_cell(tmp_path):
    book = openpyxl.Workbook()
    goals = book.active
    goals.title = "Goals"
    goals.append(["ID", "Goal", "Owner"])
    goals.append(["G1", "More leads", "Ann"])
    goals.append(["G2", None, "Bo"])
    goals.merge_cells("B2:B3")  # one goal text for two rows
    source = tmp_path / "merged.xlsx"
    book.save(source)
    data = read_workbook(source)
    findings = [Finding("X1", Severity.ERROR, "Goals", 3, "Goal", 2, "row 3 says so"),
                Finding("X2", Severity.WARNING, "Goals", 2, "Goal", 2, "row 2 says so")]
    out = tmp_path / "merged.checked.xlsx"
    paint(source, Report(str(source), findings, 2, "en", data.sheets), out)
    notes = {c.coordinate: c.comment.text for row in openpyxl.load_workbook(out)["Goals"].iter_rows() for c in row if c.comment}
    assert notes == {"B2": "X2: row 2 says so\nX1: row 3 says so"}


def test_cell_tags_in_any_attribute_order_are_painted_like_the_general_walk(monkeypatch):
    """The quick cell pattern takes only tags it reads whole; any other row takes the general one."""
    import re

    from xlsmart.workbook.paint import row_patch

    rows = (
        b'<row r="2"><c r="A2" s="1" t="s"><v>0</v></c><c r="B2" t="s" s="1"><v>1</v></c><c r="C2"/></row>'  # s= late
        b'<row r="3"><c r="A3" t="n" cm="1"><v>2</v></c><c r="B3" s="1" vm="1"><v>3</v></c></row>'  # no s=, other attributes
        b'<row r="4"><c r="A4"><v>4</v></c><c r="C4" s="1" t="inlineStr"><is><t>x</t></is></c></row>'  # B4 is missing
    )
    data = (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b"<sheetData>" + rows + b"</sheetData></worksheet>")
    marks = {2: "error", 3: "warning", 4: "error"}
    quick = patch_sheet(data, marks, (1, 3), StylePalette(STYLES_XML.encode(), {}))
    monkeypatch.setattr(row_patch, "_PLAIN_CELL_TAG", re.compile(rb"(?!)()()()"))  # never matches
    general = patch_sheet(data, marks, (1, 3), StylePalette(STYLES_XML.encode(), {}))
    assert quick == general
    tags = re.findall(rb"<c [^>]*>", quick)
    assert len(tags) == 9 and all(tag.count(b' s="') == 1 for tag in tags)  # every cell painted, none twice


_ATTRIBUTE = st.tuples(st.sampled_from([b" ", b"\t", b"\n", b"c", b"n", b"", b"<c"]), st.just(b's="'),
                      st.sampled_from([b"7", b"12", b"1", b"70", b"127"]), st.sampled_from([b'"', b"", b'" ']))


@given(st.lists(_ATTRIBUTE, max_size=12), st.integers(0, 80), st.integers(0, 120))
def test_clone_styles_are_found_exactly_where_a_whitespace_led_pattern_finds_them(attributes, start, end):
    # The painter looks for s="<clone>" with a literal-led pattern and checks the byte before it
    # itself (six times faster over a large sheet); it must find what \s s="<clone>" finds.
    from xlsmart.workbook.paint.sheet_patch import clone_pattern, clone_positions

    palette = StylePalette(STYLES_XML.encode(), {})
    palette.to_original.update({7: 0, 12: 1})
    data = b"".join(b"".join(attribute) for attribute in attributes)
    end = min(end, len(data))
    reference = re.compile(rb'\ss="(?:7|12)"')
    assert list(clone_positions(clone_pattern(palette), data, start, end)) == [
        found.start() + 1 for found in reference.finditer(data, start, end)]


def test_clone_styles_count_only_as_an_attribute_of_their_own():
    from xlsmart.workbook.paint.sheet_patch import clone_pattern, clone_positions

    palette = StylePalette(STYLES_XML.encode(), {})
    palette.to_original.update({7: 0})
    data = b'<c r="A1" s="7"/><c r="B1"\ts="7"/><c r="C1" cs="7"/><c r="D1" s="70"/>'
    assert [data[at - 7 : at - 2] for at in clone_positions(clone_pattern(palette), data)] == [b'r="A1', b'r="B1']
    # Searching from the first s= itself, the space before it lies outside: only B1's counts.
    assert list(clone_positions(clone_pattern(palette), data, data.index(b"s="))) == [data.index(b"\ts=") + 1]
