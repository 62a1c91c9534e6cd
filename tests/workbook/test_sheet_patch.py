"""Rows painted from a template per row shape, and Findings sheet rows from a template per kind of
finding, are what the row-by-row code writes."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xlsmart.model import Finding, Severity
from xlsmart.workbook.paint import sheet_patch
from xlsmart.workbook.paint.sheet_patch import patch_sheet
from xlsmart.workbook.paint.styles import StylePalette

from .xlsx_builder import STYLES_XML

HEAD = (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<cols><col min="2" max="2" style="1"/></cols><sheetData>')
TAIL = b"</sheetData></worksheet>"

# A cell as workbooks write it: its column, its style (none, a plain one, one with a leading zero,
# one of our clones from an earlier run), other attributes before or after s=, empty or with a value.
_CELL = st.tuples(
    st.sampled_from([b"A", b"B", b"C", b"D", b"F", b"AA"]),
    st.sampled_from([None, b"0", b"1", b"01", b"2", b"3"]),
    st.sampled_from([b"", b' t="s"', b' t="inlineStr"', b' t="n" cm="1"']),
    st.booleans(),  # s= written after the other attributes (the general path's case)
    st.sampled_from([b"/>", b"><v>7</v></c>", b"><is><t>a &lt; b</t></is></c>", b" />"]),
)
_ROW = st.tuples(st.lists(_CELL, max_size=6), st.sampled_from([b"", b' spans="1:4"', b' s="1" customFormat="1"']))


def _row(number: int, cells: list, attrs: bytes) -> bytes:
    body = []
    by_column = {cell[0]: cell for cell in cells}  # one cell a column, left to right
    for letters, style, others, late, end in sorted(by_column.values(), key=lambda c: (len(c[0]), c[0])):
        s = b' s="%s"' % style if style is not None else b""
        body.append(b'<c r="%s%d"' % (letters, number) + (others + s if late else s + others) + end)
    return b'<row r="%d"%s>' % (number, attrs) + b"".join(body) + b"</row>"


def _palette() -> StylePalette:
    palette = StylePalette(STYLES_XML.encode(), {})
    palette.target(1, "error")  # style 2 is our red clone of 1, style 3 our amber clone of 0: as painted before
    palette.target(0, "warning")
    return palette


@settings(max_examples=150, deadline=None)
@given(st.lists(_ROW, min_size=1, max_size=8), st.integers(1, 3), st.lists(st.sampled_from([None, "error", "warning"]), min_size=24, max_size=24))
def test_rows_patched_from_templates_match_the_cell_by_cell_patch(shapes, repeats, severities):
    # Each shape comes back on later rows, so that templates made once are used again.
    rows = [shape for shape in shapes for _ in range(repeats)]
    data = HEAD + b"".join(_row(n, cells, attrs) for n, (cells, attrs) in enumerate(rows, start=2)) + TAIL
    marks = {n: sev for n, sev in zip(range(2, len(rows) + 2), severities, strict=False) if sev}  # rows <= severities
    templated = patch_sheet(data, marks, (1, 4), _palette())
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sheet_patch, "_SPLIT_CELL", re.compile(rb"(?!)()()()()()"))  # the template path never applies
        general = patch_sheet(data, marks, (1, 4), _palette())
    assert templated == general


def test_a_mostly_failing_sheet_is_painted_like_the_cell_by_cell_patch():
    cells = b'<c r="A%d" t="inlineStr"><is><t>G%d</t></is></c><c r="C%d" s="1"><v>46000</v></c><c r="E%d"><v>5</v></c>'
    data = HEAD + b"".join(b'<row r="%d">' % n + cells % (n, n, n, n) + b"</row>" for n in range(2, 3002)) + TAIL
    marks = {n: "error" if n % 3 else "warning" for n in range(2, 3002) if n % 10}  # 90 % of the rows
    templated = patch_sheet(data, marks, (1, 5), _palette())
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sheet_patch, "_SPLIT_CELL", re.compile(rb"(?!)()()()()()"))
        general = patch_sheet(data, marks, (1, 5), _palette())
    assert templated == general
    assert templated.count(b'<c r="B') == len(marks)  # the missing cells of every flagged row were added
    again = patch_sheet(templated, marks, (1, 5), _palette())
    assert again == templated  # painting the copy again changes nothing


_TEXT = st.lists(st.sampled_from([*"aZ9 '\"{}&<>!_\x01\ue000\ue001\n", "9187310007", "{0}", "{1}"]),
                 max_size=12).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["Goals", "KPI's", 'Bud"gets {1}', "a&b", "9187310011"]),
                          st.integers(-1, 40), st.integers(0, 30), st.sampled_from(["G04", "K{2}", "B&1"]),
                          st.sampled_from(list(Severity)), _TEXT), max_size=30),
       st.sampled_from(["en", "nl"]))
def test_findings_sheet_rows_from_templates_match_the_row_by_row_writer(found, lang):
    from xlsmart.workbook.paint import findings_sheet

    findings = [Finding(code, severity, sheet, row, "Col", column, message)
                for sheet, row, column, code, severity, message in found]
    quick = b"".join(findings_sheet.findings_sheet_parts(findings, lang))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(findings_sheet, "_finding_template", lambda finding, words: None)  # every row written on its own
        one_by_one = b"".join(findings_sheet.findings_sheet_parts(findings, lang))
    assert quick == one_by_one


_PIECE = st.sampled_from([b"<row>", b"a", b"!", b"?", b"<", b"<!-- <row> -->", b"<![CDATA[<c r='A1'/>]]>", b"<?pi x?>",
                          b"<!DOCTYPE x>", b"!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!", b"<!-", b"]]>", b"?>"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECE, max_size=40), st.integers(1, 50))
def test_markup_hidden_in_comments_cdata_and_instructions_is_found_as_a_plain_search_finds_it(pieces, size):
    from xlsmart.workbook.paint import xml_aside

    def plain_search(buffer: bytes, pos: int) -> int:
        starts = [at for at in (buffer.find(b"<!", pos), buffer.find(b"<?", pos)) if at >= 0]
        return min(starts, default=-1)

    document = b"".join(pieces)
    chunks = [document[i : i + size] for i in range(0, len(document), size)]
    kept: list[bytes] = []
    hidden = list(xml_aside.set_aside(chunks, kept))
    assert b"".join(xml_aside.put_back(iter(hidden), kept)) == document
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(xml_aside, "_next_opener", plain_search)
        plain_kept: list[bytes] = []
        assert list(xml_aside.set_aside(chunks, plain_kept)) == hidden and plain_kept == kept
    if b"<!-- <row> -->" in document and b"<![CDATA[" not in document and b"<?" not in document:
        assert b"<row> -->" not in b"".join(hidden)  # what a comment holds is never seen by the row patterns
