"""The package format in one place: what the reader, the painter and the template builder all
rely on — references, sheet lists, links and raw member copies — behaves the same for each."""

from __future__ import annotations

import doctest
import io
import struct
import zipfile

import pytest
from defusedxml import ElementTree
from hypothesis import given
from hypothesis import strategies as st

from xlsmart.workbook.ooxml import cells, names, parts
from xlsmart.workbook.ooxml.cells import cell_position, column_letter, column_number, quote_sheet, unquote_sheet
from xlsmart.workbook.ooxml.members import copy_package
from xlsmart.workbook.ooxml.parts import links, main_part, rels_part_of
from xlsmart.workbook.ooxml.workbook import WorkbookParts, sheet_entries

from .test_packages import ROWS, relocated, strict
from .xlsx_builder import build_xlsx, sheet_xml, unzipped


@pytest.mark.parametrize("module", [cells, names, parts], ids=lambda m: m.__name__)
def test_the_examples_in_the_docstrings_hold(module):
    failed, tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failed == 0 and tried > 0


@given(st.integers(1, cells.MAX_COLUMNS))
def test_column_letters_read_back_to_the_column_they_were_written_from(number):
    assert column_number(column_letter(number)) == number


@given(st.integers(1, cells.MAX_ROWS), st.integers(1, cells.MAX_COLUMNS), st.booleans())
def test_a_cell_reference_reads_back_to_its_position(row, column, absolute):
    ref = f"${column_letter(column)}${row}" if absolute else f"{column_letter(column)}{row}"
    assert cell_position(ref) == (row - 1, column - 1)


@given(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=31), st.booleans())
def test_a_quoted_sheet_name_reads_back_to_the_name(name, always):
    quoted = quote_sheet(name, always=always)
    plain = not always and name.replace("_", "").isalnum()  # letters, digits and _ go unquoted
    assert (quoted == name) if plain else (quoted.startswith("'") and unquote_sheet(quoted) == name)


def _three_views(data: bytes) -> tuple[list[tuple[str, str | None]], ...]:
    """The sheet list as the reader's trees, the painter's trees and the template builder read it."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        package = {name: archive.read(name) for name in archive.namelist()}
        book = WorkbookParts(archive)
    main = main_part(ElementTree.fromstring(package["_rels/.rels"]))
    safe = sheet_entries(ElementTree.fromstring(package[main]), ElementTree.fromstring(package[rels_part_of(main)]), main)
    edited = sheet_entries(book.root, book.rels, book.part)
    assert safe is not None and edited is not None
    return ([(e.name, e.worksheet) for e in safe], [(e.name, e.worksheet) for e in edited], book.sheets())


@pytest.mark.parametrize("flavour", ["transitional", "strict"])
@pytest.mark.parametrize("main", ["xl/workbook.xml", "spreadsheet/book.xml", "workbook.xml"])
def test_every_reader_of_workbook_xml_finds_the_same_sheets_wherever_the_part_sits(flavour, main):
    data = relocated(main) if main != "xl/workbook.xml" else build_xlsx({"Goals": sheet_xml(ROWS)})
    data = strict(data) if flavour == "strict" else data
    safe, edited, listed = _three_views(data)
    assert safe == edited == listed == [("Goals", "xl/worksheets/sheet1.xml")]


def test_external_links_and_chart_sheets_are_no_worksheets():
    rels = ElementTree.fromstring(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://x/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://x/chartsheet" Target="/xl/chartsheets/sheet1.xml"/>'
        '<Relationship Id="rId3" Type="http://x/worksheet" Target="http://elsewhere/x.xml" TargetMode="External"/>'
        "</Relationships>")
    book = ElementTree.fromstring(
        f'<workbook xmlns="{names.MAIN_NS}" xmlns:r="{names.REL_NS}"><sheets>'
        '<sheet name="Goals" r:id="rId1"/><sheet name="Chart" r:id="rId2"/><sheet name="Far" r:id="rId3"/>'
        "</sheets></workbook>")
    assert set(links(rels, "xl/workbook.xml")) == {"rId1", "rId2"}
    entries = sheet_entries(book, rels, "xl/workbook.xml")
    assert entries is not None
    assert [(e.name, e.worksheet) for e in entries] == [("Goals", "xl/worksheets/sheet1.xml"), ("Chart", None), ("Far", None)]
    assert entries[1].link is not None and entries[1].link.part == "xl/chartsheets/sheet1.xml"


def _streamed_zip() -> bytes:
    """A zip written to a stream that cannot seek: every member carries a data descriptor."""
    class Unseekable(io.RawIOBase):
        def __init__(self) -> None:
            self.data = bytearray()

        def writable(self) -> bool:
            return True

        def write(self, chunk) -> int:  # type: ignore[no-untyped-def]
            self.data += chunk
            return len(chunk)

    out = Unseekable()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.xml", b"<a>" + b"x" * 5000 + b"</a>")
        archive.writestr("b.bin", bytes(range(256)) * 10)
    return bytes(out.data)


@pytest.mark.parametrize("make", [lambda: build_xlsx({"Goals": sheet_xml(ROWS)}), _streamed_zip], ids=["plain", "descriptors"])
def test_a_copy_without_changes_holds_every_member_as_its_original_compressed_bytes(make):
    data = make()
    source = zipfile.ZipFile(io.BytesIO(data))
    target = io.BytesIO()
    copy_package(source, io.BytesIO(data), {}, target)
    copied = zipfile.ZipFile(io.BytesIO(target.getvalue()))
    assert copied.testzip() is None
    assert [i.filename for i in copied.infolist()] == [i.filename for i in source.infolist()]
    for old, new in zip(source.infolist(), copied.infolist(), strict=True):
        assert _stored(data, old) == _stored(target.getvalue(), new) and (old.CRC, old.flag_bits) == (new.CRC, new.flag_bits)


def _stored(data: bytes, info: zipfile.ZipInfo) -> bytes:
    """A member's local header, name, extra field and compressed bytes, as they sit in ``data``."""
    name_length, extra_length = struct.unpack_from("<2H", data, info.header_offset + 26)
    return data[info.header_offset : info.header_offset + 30 + name_length + extra_length + info.compress_size]


def test_changed_and_new_members_are_written_in_place_and_at_the_end():
    data = build_xlsx({"Goals": sheet_xml(ROWS)})
    big = b"<x>" + bytes(range(32, 127)) * 20_000 + b"</x>"  # past the size deflated ahead of writing
    target = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        copy_package(source, io.BytesIO(data), {"xl/worksheets/sheet1.xml": b"<new/>", "extra/big.xml": big}, target)
        order = source.namelist()
    copied = unzipped(target.getvalue())
    assert list(copied) == [*order, "extra/big.xml"]
    assert copied["xl/worksheets/sheet1.xml"] == b"<new/>" and copied["extra/big.xml"] == big
    assert zipfile.ZipFile(io.BytesIO(target.getvalue())).testzip() is None
