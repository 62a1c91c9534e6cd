"""Hostile and odd files keep every promise: findings or one line naming the file and the cause,
exit 2, bounded time and memory, and nothing written where it must not be."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from xlsmart import validate
from xlsmart.errors import UnreadableWorkbook
from xlsmart.validation import validate_file

from .xlsx_builder import build_xlsx, row_xml, sheet_xml, unzipped, zipped

HEAD = row_xml(1, [("A1", "ID"), ("B1", "Goal"), ("C1", "Owner"), ("D1", "Start"), ("E1", "Deadline"),
                   ("F1", "Baseline"), ("G1", "Target")])
ROW = row_xml(2, [("A2", "G1"), ("B2", "We increase leads from 100 to 120 by June 2027"), ("C2", "Ann")])


def goals_workbook(rows: str = ROW, **kwargs) -> bytes:
    return build_xlsx({"Goals": sheet_xml(HEAD + rows)}, **kwargs)


def cli(path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "xlsmart", "validate", str(path), *args], capture_output=True, text=True,
                          timeout=120, cwd=path.parent)


def one_line(result: subprocess.CompletedProcess, *words: str) -> str:
    assert result.returncode == 2, result.stdout + result.stderr
    [line] = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr and all(word in line for word in words), line
    return line


@pytest.mark.parametrize("declared", ["4294967295", "100000"])
def test_a_shared_strings_count_beyond_its_size_is_refused_before_the_native_reader_reserves_it(tmp_path, declared):
    parts = unzipped(goals_workbook(shared_strings=["a", "b"]))
    parts["xl/sharedStrings.xml"] = parts["xl/sharedStrings.xml"].replace(b'uniqueCount="2"', f'uniqueCount="{declared}"'.encode())
    (tmp_path / "sst.xlsx").write_bytes(zipped(parts))
    one_line(cli(tmp_path / "sst.xlsx"), "sst.xlsx is damaged", f"declares {int(declared):,} strings")


def test_a_true_shared_strings_count_reads(tmp_path):
    report = validate(goals_workbook(shared_strings=[f"text {i}" for i in range(500)]))
    assert report.rows == 1


@pytest.mark.parametrize("parts, words", [
    ({"[Content_Types].xml": b"<Types/>", "_rels/.rels": b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
      b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
      b'officeDocument" Target="xl/workbook.bin"/></Relationships>', "xl/workbook.bin": b"\x83\x01\x00"},
     ("binary workbook (.xlsb)", "save it as .xlsx")),
    ({"Index/Document.iwa": b"\0" * 16, "Metadata/Properties.plist": b"bplist00"}, ("Apple Numbers", "export it")),
])
def test_other_spreadsheet_formats_are_named_with_what_to_do(tmp_path, parts, words):
    (tmp_path / "plan.xlsx").write_bytes(zipped(parts))
    one_line(cli(tmp_path / "plan.xlsx"), "plan.xlsx", *words)


def _flag_encrypted(data: bytes, member: str) -> bytes:
    """The same zip with one member's 'encrypted' flag set in its local header and in the central
    directory, as a hostile writer may (zipfile itself never writes the flag)."""
    buffer = bytearray(data)
    entry = int.from_bytes(buffer[buffer.rindex(b"PK\x05\x06") + 16:][:4], "little")  # the central directory
    while buffer[entry:entry + 4] == b"PK\x01\x02":
        name_size, extra, comment = (int.from_bytes(buffer[entry + at:entry + at + 2], "little") for at in (28, 30, 32))
        if buffer[entry + 46:entry + 46 + name_size] == member.encode():
            buffer[entry + 8] |= 1
            buffer[int.from_bytes(buffer[entry + 42:entry + 46], "little") + 6] |= 1  # its local header
        entry += 46 + name_size + extra + comment
    return bytes(buffer)


@pytest.mark.parametrize("damage, words", [
    (lambda data: _flag_encrypted(data, "xl/styles.xml"), ("encrypted zip entry (xl/styles.xml)",)),
    (lambda data: data.replace(b"xl/styles.xml", b"xl/stylez.xml", 1), ("is damaged (xl/styles.xml",)),
    (lambda data: zipped({**unzipped(data)}) + b"", ()),  # undamaged control: reads
])
def test_zip_oddities_are_one_line(tmp_path, damage, words):
    path = tmp_path / "odd.xlsx"
    path.write_bytes(damage(goals_workbook()))
    result = cli(path)
    if not words:
        assert result.returncode == 0, result.stderr
    else:
        one_line(result, "odd.xlsx", *words)


def test_two_zip_entries_with_one_name_are_refused(tmp_path):
    import warnings

    path = tmp_path / "twice.xlsx"
    path.write_bytes(goals_workbook())
    with warnings.catch_warnings(), zipfile.ZipFile(path, "a") as archive:
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate: that is the point
        archive.writestr("xl/worksheets/sheet1.xml", sheet_xml(HEAD))
    one_line(cli(path), "twice.xlsx is damaged", "two zip entries are named 'xl/worksheets/sheet1.xml'")


def test_a_sheet_of_repeated_empty_rows_as_libreoffice_writes_is_no_zip_bomb(tmp_path):
    rows = ('<row s="1" customFormat="1" ht="12.8">' + '<c s="1"/>' * 1000 + "</row>") * 600
    data = goals_workbook(ROW + rows)
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    assert info.file_size > 4 << 20 and info.file_size / info.compress_size > 200  # what the old limit refused
    assert validate(data).rows == 1


@pytest.mark.parametrize("cells", [
    [("D2", 1e300), ("E2", -1e300), ("F2", 1e300), ("G2", 1e-300)],
    [("D2", 9.99e307), ("E2", 5e-324), ("F2", -1.7e308), ("G2", 0)],
])
def test_numbers_of_any_size_give_findings_not_exceptions(tmp_path, cells):
    data = goals_workbook(row_xml(2, [("A2", "G1"), ("B2", "Increase leads"), ("C2", "Ann"), *cells]))
    report = validate(data)
    assert {f.code for f in report.findings} <= {"W03", "W04", "G01", "G04"} and report.findings
    (tmp_path / "big.xlsx").write_bytes(data)
    result = cli(tmp_path / "big.xlsx", "-o", "copy.xlsx", "--format", "json")
    assert result.returncode == 1 and "Traceback" not in result.stderr


@pytest.mark.parametrize("value", [-1e12, -1e15, 123456789012, 1e300])
def test_dates_beyond_any_calendar_are_findings_not_a_panic(tmp_path, value):
    """calamine panics making a date of such a value (and Rust prints its note): a sheet holding
    one in a date-formatted cell is read by the other reader, which gives the cell as an error."""
    cells = [("A2", "G1"), ("B2", "Increase leads by 20% by June 2027"), ("C2", "Ann"), ("D2", value), ("E2", value)]
    xml = sheet_xml(HEAD + row_xml(2, cells)).replace('<c r="D2">', '<c r="D2" s="1">').replace('<c r="E2">', '<c r="E2" s="1">')
    path = tmp_path / "dates.xlsx"
    path.write_bytes(build_xlsx({"Goals": xml}))
    result = cli(path)
    assert result.returncode == 1 and result.stderr == "", result.stderr
    assert "D2     error   W02" in result.stdout and "E2     error   W02" in result.stdout


def test_a_big_number_that_is_no_date_is_read_as_a_number(tmp_path):
    cells = [("A2", "G1"), ("B2", "Increase leads by 20% by June 2027"), ("C2", "Ann"), ("F2", 1.23456789e22), ("G2", -1e12)]
    path = tmp_path / "big.xlsx"
    path.write_bytes(build_xlsx({"Goals": sheet_xml(HEAD + row_xml(2, cells))}))
    result = cli(path, "--format", "json")
    assert result.returncode in (0, 1) and result.stderr == ""
    assert not {f["code"] for f in __import__("json").loads(result.stdout)["findings"]} & {"W02", "W03"}


def test_the_copy_is_written_through_a_symlink_and_never_into_a_pipe_or_folder(tmp_path):
    source = tmp_path / "plan.xlsx"
    source.write_bytes(goals_workbook())
    target = tmp_path / "real-copy.xlsx"
    target.write_bytes(b"old")
    link = tmp_path / "copy.xlsx"
    link.symlink_to(target)
    validate_file(source, link)
    assert link.is_symlink() and zipfile.is_zipfile(target)
    pipe = tmp_path / "pipe.xlsx"
    os.mkfifo(pipe)
    one_line(cli(source, "-o", str(pipe)), "not a regular file")  # refused at once: opening a pipe would hang
    with pytest.raises(UnreadableWorkbook.__mro__[1], match="not a regular file"):
        validate_file(source, tmp_path)  # a folder, from Python
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.xlsx", "pipe.xlsx", "plan.xlsx", "real-copy.xlsx"]


def test_a_copy_into_a_missing_folder_from_python_names_the_output_not_the_input(tmp_path):
    source = tmp_path / "plan.xlsx"
    source.write_bytes(goals_workbook())
    with pytest.raises(UnreadableWorkbook.__mro__[1], match=r"cannot write the coloured copy .*missing.*No such file"):
        validate_file(source, tmp_path / "missing" / "copy.xlsx")


def test_a_cell_or_note_never_passes_excels_32767_characters(tmp_path):
    import openpyxl

    long = "branding " * 5_000  # G08 quotes the category: a message of over 40,000 characters
    head = row_xml(1, [("A1", "ID"), ("B1", "Goal"), ("C1", "Owner"), ("D1", "Category")])
    source = tmp_path / "long.xlsx"
    source.write_bytes(build_xlsx({"Goals": sheet_xml(head + row_xml(2, [("A2", "G1"), ("B2", "Increase leads"),
                                                                          ("C2", "Ann"), ("D2", long)]))}))
    report = validate_file(source, tmp_path / "copy.xlsx")
    assert max(len(f.message) for f in report.findings) > 32_767  # the case this is about
    book = openpyxl.load_workbook(tmp_path / "copy.xlsx")
    findings = book.worksheets[-1]
    assert max(len(str(c.value or "")) for row in findings.iter_rows() for c in row) == 32_767
    notes = [c.comment.text for row in book["Goals"].iter_rows() for c in row if c.comment]
    assert notes and max(map(len, notes)) <= 32_767


def test_sheet_names_of_the_copy_stay_unique_whatever_the_user_called_theirs(tmp_path):
    import openpyxl

    rows = sheet_xml(HEAD + ROW)
    source = tmp_path / "plan.xlsx"
    source.write_bytes(build_xlsx({"Goals": rows, "Findings": sheet_xml(""), "Findings (xlsmart)": sheet_xml("")}))
    validate_file(source, tmp_path / "copy.xlsx")
    names = openpyxl.load_workbook(tmp_path / "copy.xlsx").sheetnames
    assert len({n.casefold() for n in names}) == len(names) == 4 and names[-1] == "Findings (xlsmart 2)"


def test_many_cloned_styles_keep_each_hidden_name_within_255_characters_and_repaint_alike(tmp_path):
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Goals"
    sheet.append(["ID", "Goal", "Owner", "Start", "Deadline"])
    for n in range(120):  # every row fails (no owner, no date), every row in its own font size
        sheet.append([f"G{n}", "More leads", None, None, None])
        for cell in sheet[n + 2]:
            cell.font = Font(size=6 + n / 10)
    book.save(tmp_path / "plan.xlsx")
    validate_file(tmp_path / "plan.xlsx", tmp_path / "copy.xlsx")
    with zipfile.ZipFile(tmp_path / "copy.xlsx") as copy:
        workbook = copy.read("xl/workbook.xml").decode()
        styles = copy.read("xl/styles.xml")
    constants = __import__("re").findall(r'<definedName name="_xlsmart_styles[^"]*"[^>]*>"([^"]*)"', workbook)
    assert len(constants) > 1 and max(map(len, constants)) <= 255
    validate_file(tmp_path / "copy.xlsx", tmp_path / "again.xlsx")
    with zipfile.ZipFile(tmp_path / "again.xlsx") as again:
        assert again.read("xl/styles.xml") == styles  # the mapping was read back whole: no new clones


def test_a_merge_over_a_million_rows_reads_as_the_rows_that_hold_something(tmp_path):
    rows = HEAD + ROW + row_xml(3, [("A3", "G2"), ("B3", "More leads")])
    xml = sheet_xml(rows, dimension="A1:L1048576").replace(
        "</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A3:L1048576"/></mergeCells>')
    report = validate(build_xlsx({"Goals": xml}))
    assert report.rows == 2 and len(report.findings) < 10  # not a million rows of G2


@pytest.mark.parametrize("hidden", [
    '<![CDATA[G9 <row r="9"><c r="A9"/></row>]]>',
    "<!-- <row r=\"5\"><c r=\"A5\"/></row> -->",
    '<?note <c r="B2"/> ?>',
])
def test_markup_inside_cdata_comments_and_instructions_is_text_the_painter_leaves_alone(tmp_path, hidden):
    cell = f'<c r="A2" t="inlineStr"><is><t>G1</t></is></c>{hidden}' if not hidden.startswith("<![") else \
        f'<c r="A2" t="inlineStr"><is><t>{hidden}</t></is></c>'
    row = f'<row r="2">{cell}<c r="B2" t="inlineStr"><is><t>Generate more leads</t></is></c></row>'
    source = tmp_path / "odd.xlsx"
    source.write_bytes(build_xlsx({"Goals": sheet_xml(HEAD + row)}))
    validate_file(source, tmp_path / "copy.xlsx")
    with zipfile.ZipFile(tmp_path / "copy.xlsx") as copy:
        sheet = copy.read("xl/worksheets/sheet1.xml").decode()
    assert hidden in sheet  # byte for byte
    assert __import__("re").search(r'<c r="B2"[^>]* s="\d+"', sheet)  # the real cells of the failing row painted


def _rows_left_open(count: int) -> bytes:
    return build_xlsx({"Goals": sheet_xml(HEAD + ROW).replace("</sheetData>", "<row>" * count + "</sheetData>")})


def _note_markers_without_a_cell(count: int) -> bytes:
    """One closed VML shape repeating the note marker ``count`` times and never naming its cell."""
    data = unzipped(_vml_shapes_left_open(1))
    data["xl/drawings/vmlDrawing1.vml"] = (b'<xml><v:shape id="x" type="#_x0000_t202">'
                                           + b'<x:ClientData ObjectType="Note">' * count + b"</v:shape></xml>")
    return zipped(data)


FAILING_ROW = row_xml(2, [("A2", "G1"), ("B2", "Generate more leads")])  # findings, so notes are written


def _vml_shapes_left_open(count: int) -> bytes:
    parts = unzipped(build_xlsx({"Goals": sheet_xml(HEAD + FAILING_ROW)}))
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
        b"</sheetData>", b'</sheetData><legacyDrawing r:id="rId9"/>').replace(b"<worksheet ", f'<worksheet xmlns:r="{rel}" '.encode())
    parts["xl/worksheets/_rels/sheet1.xml.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId9" Type="{rel}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>'
        f'<Relationship Id="rId8" Type="{rel}/comments" Target="../comments1.xml"/></Relationships>').encode()
    parts["xl/drawings/vmlDrawing1.vml"] = b"<xml>" + b'<v:shape id="x" type="#_x0000_t202">' * count + b"</xml>"
    parts["xl/comments1.xml"] = (b'<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                                 b"<authors><author>a</author></authors><commentList/></comments>")
    return zipped(parts)


@pytest.mark.parametrize("build, count", [(_rows_left_open, 100_000), (_vml_shapes_left_open, 50_000),
                                          (_note_markers_without_a_cell, 100_000)],
                         ids=["rows-left-open", "vml-shapes-left-open", "note-markers-without-a-cell"])
def test_painting_takes_one_pass_over_floods_of_unclosed_tags(tmp_path, build, count):
    """A walk that searched from each tag to the end took 9 s for a fifth of these floods and
    grows with their square; one pass takes well under a second. The timeout guards a hang."""
    source = tmp_path / "flood.xlsx"
    source.write_bytes(build(count))
    result = subprocess.run([sys.executable, "-c", "import sys; from xlsmart.validation import validate_file; "
                             "validate_file(sys.argv[1], sys.argv[2])", str(source), str(tmp_path / "copy.xlsx")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(tmp_path / "copy.xlsx") as copy:
        if build is not _rows_left_open:  # the notes were merged into the user's drawing
            assert b'alt="xlsmart"' in copy.read("xl/drawings/vmlDrawing1.vml")
        for name in original.namelist():
            if name.endswith(".vml"):
                ours = copy.read(name).count(b'alt="xlsmart"')
                assert copy.read(name).count(b"<v:shape ") - ours == original.read(name).count(b"<v:shape ")  # none lost


def test_a_forged_findings_name_never_makes_the_copy_overwrite_the_users_sheet(tmp_path):
    import openpyxl

    parts = unzipped(build_xlsx({"Goals": sheet_xml(HEAD + ROW), "Data": sheet_xml(row_xml(1, [("A1", "keep me")]))}))
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
        b"</sheets>", b'</sheets><definedNames><definedName name="_xlsmart_findings" hidden="1">Data!$A$1</definedName>'
                      b"</definedNames>")
    source = tmp_path / "forged.xlsx"
    source.write_bytes(zipped(parts))
    validate_file(source, tmp_path / "copy.xlsx")
    book = openpyxl.load_workbook(tmp_path / "copy.xlsx")
    assert book.sheetnames == ["Goals", "Data", "Findings"] and book["Data"]["A1"].value == "keep me"
    validate_file(tmp_path / "copy.xlsx", tmp_path / "again.xlsx")  # our own sheet, found again, is replaced
    assert openpyxl.load_workbook(tmp_path / "again.xlsx").sheetnames == ["Goals", "Data", "Findings"]


@pytest.mark.parametrize("method", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_a_zip_method_excel_never_uses_is_one_line(tmp_path, method):
    path = tmp_path / "packed.xlsx"
    path.write_bytes(zipped(unzipped(goals_workbook()), compression=method))
    one_line(cli(path), "packed.xlsx stores", "with a zip method Excel never uses")
