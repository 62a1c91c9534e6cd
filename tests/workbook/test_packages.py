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
    with pytest.raises(UnreadableWorkbook, match="plan.xlsx: cannot read the workbook"):
        validate_file(source, tmp_path / "copy.xlsx")
    assert not (tmp_path / "copy.xlsx").exists()
