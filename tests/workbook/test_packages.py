"""Packages laid out otherwise than Excel's default: the reader and the painter follow the same
links (``_rels/.rels`` to the workbook part, its rels to the sheets), so what reads also paints."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from xlsmart.validation import validate_file

from .xlsx_builder import build_xlsx, row_xml, sheet_xml, unzipped, zipped

HEAD = row_xml(1, [("A1", "ID"), ("B1", "Goal"), ("C1", "Owner"), ("D1", "Start"), ("E1", "Deadline")])
ROWS = HEAD + row_xml(2, [("A2", "G1"), ("B2", "Generate more leads"), ("C2", "Ann"), ("D2", "2027-06-01"), ("E2", "2027-03-01")])


def relocated(main: str) -> bytes:
    """The builder's workbook with its main part (and that part's rels) moved to ``main``."""
    parts = unzipped(build_xlsx({"Goals": sheet_xml(ROWS)}))
    folder, _, name = main.rpartition("/")
    workbook_rels = parts.pop("xl/_rels/workbook.xml.rels").replace(b'Target="worksheets/', b'Target="/xl/worksheets/')
    workbook_rels = workbook_rels.replace(b'Target="styles.xml"', b'Target="/xl/styles.xml"')
    moved = {main: parts.pop("xl/workbook.xml"), f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels": workbook_rels}
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(b'Target="xl/workbook.xml"', f'Target="/{main}"'.encode())
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b'PartName="/xl/workbook.xml"', f'PartName="/{main}"'.encode())
    return zipped({**parts, **moved})


@pytest.mark.parametrize("main", ["spreadsheet/workbook.xml", "workbook.xml", "a/b/workbook.xml"])
def test_a_main_part_anywhere_reads_and_paints(tmp_path, main):
    source = tmp_path / "plan.xlsx"
    source.write_bytes(relocated(main))
    report = validate_file(source, tmp_path / "copy.xlsx")
    assert {f.code for f in report.findings} >= {"G04"}
    with zipfile.ZipFile(tmp_path / "copy.xlsx") as copy:
        assert main in copy.namelist() and "xl/workbook.xml" not in copy.namelist()
    assert openpyxl.load_workbook(io.BytesIO((tmp_path / "copy.xlsx").read_bytes())).sheetnames[-1] == "Findings"


def test_a_main_part_calamine_cannot_find_is_one_line_naming_the_file(tmp_path):
    from xlsmart.errors import UnreadableWorkbook

    source = tmp_path / "plan.xlsx"
    source.write_bytes(relocated("xl/book.xml"))  # calamine looks for <folder>/_rels/workbook.xml.rels
    with pytest.raises(UnreadableWorkbook, match=r"plan\.xlsx: cannot read the workbook"):
        validate_file(source, tmp_path / "copy.xlsx")
    assert not (tmp_path / "copy.xlsx").exists()


TRANSITIONAL = {b"http://schemas.openxmlformats.org/spreadsheetml/2006/main": b"http://purl.oclc.org/ooxml/spreadsheetml/main",
                b"http://schemas.openxmlformats.org/officeDocument/2006/relationships":
                    b"http://purl.oclc.org/ooxml/officeDocument/relationships"}


def strict(data: bytes) -> bytes:
    """The same workbook as Excel's "Strict Open XML Spreadsheet" names its parts' namespaces."""
    parts = unzipped(data)
    for name, content in parts.items():
        for old, new in TRANSITIONAL.items():
            content = content.replace(old, new)
        parts[name] = content
    return zipped(parts)


def test_a_strict_open_xml_workbook_reads_and_paints_in_its_own_flavour(tmp_path):
    source = tmp_path / "strict.xlsx"
    source.write_bytes(strict(build_xlsx({"Goals": sheet_xml(ROWS), "Notes": sheet_xml("")})))
    report = validate_file(source, tmp_path / "copy.xlsx")
    assert [s["name"] for s in report.to_dict()["sheets"]] == ["Goals"]
    assert {(f.row, f.code) for f in report.findings} >= {(2, "G04")}
    with zipfile.ZipFile(tmp_path / "copy.xlsx") as copy:
        for name in copy.namelist():
            if name.endswith((".xml", ".rels")):
                for transitional in TRANSITIONAL:  # nothing written in the other flavour
                    assert transitional not in copy.read(name), name
        assert b"http://purl.oclc.org/ooxml/officeDocument/relationships/comments" in copy.read(
            "xl/worksheets/_rels/sheet1.xml.rels")
    again = validate_file(tmp_path / "copy.xlsx", tmp_path / "again.xlsx")  # our sheet found again, not doubled
    assert [(f.row, f.code) for f in again.findings] == [(f.row, f.code) for f in report.findings]
    with zipfile.ZipFile(tmp_path / "again.xlsx") as copy:
        assert copy.read("xl/workbook.xml").count(b"<sheet ") == 3


@pytest.mark.parametrize("rename", [
    lambda name: name.replace("/", "\\"),  # a writer that used the Windows separator
    lambda name: name.upper() if name.startswith("xl/") else name,  # part names in another case than their links
    lambda name: "XL/Workbook.xml" if name == "xl/workbook.xml" else name,
])
def test_part_names_differing_from_their_links_in_case_or_separator_read_and_paint(tmp_path, rename):
    parts = unzipped(build_xlsx({"Goals": sheet_xml(ROWS)}))
    source = tmp_path / "odd names.xlsx"
    source.write_bytes(zipped({rename(name): data for name, data in parts.items()}))
    report = validate_file(source, tmp_path / "copy.xlsx")
    assert {(f.row, f.code) for f in report.findings} >= {(2, "G04")}
    assert openpyxl.load_workbook(tmp_path / "copy.xlsx").sheetnames == ["Goals", "Findings"]
    with zipfile.ZipFile(tmp_path / "copy.xlsx") as copy:
        assert {name.casefold() for name in copy.namelist()} >= {name.casefold() for name in parts}
