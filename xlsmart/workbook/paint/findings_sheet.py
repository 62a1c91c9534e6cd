"""The Findings sheet the painter adds: one row per finding, the cell a link to the cell it names.

Inline strings and cached formula results keep sharedStrings.xml untouched and let readers
that do not calculate (pandas, calamine) see the text. Rows are written from a ``str.format``
template per (sheet, column, code, severity) and the messages escaped in one pass, so a sheet
of a hundred thousand findings costs a few µs a row.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from xlsmart.model import Finding
from xlsmart.workbook.ooxml.cells import MAX_CELL_TEXT, column_letter, quote_sheet
from xlsmart.workbook.ooxml.names import MAIN_NS, rel_ns_of

HEADINGS = {
    "en": ("Sheet", "Cell", "Code", "Severity", "Message"),
    "nl": ("Blad", "Cel", "Code", "Ernst", "Melding"),
}
SEVERITY_WORDS = {"en": {"error": "error", "warning": "warning"}, "nl": {"error": "fout", "warning": "waarschuwing"}}
_BAD_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def findings_sheet_parts(findings: list[Finding], lang: str, main_ns: str = MAIN_NS) -> Iterator[bytes]:
    """The Findings sheet's XML, a few thousand rows at a time, so a long list is never held as
    text whole; in the namespaces of the workbook's flavour (``main_ns``: strict or transitional)."""
    last = len(findings) + 1
    yield (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<worksheet xmlns="{main_ns}" xmlns:r="{rel_ns_of(main_ns)}">'
        f'<dimension ref="A1:E{last}"/>'
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
        'state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
        '<cols><col min="1" max="1" width="18" customWidth="1"/><col min="2" max="2" width="16" customWidth="1"/>'
        '<col min="3" max="3" width="24" customWidth="1"/><col min="4" max="4" width="12" customWidth="1"/>'
        '<col min="5" max="5" width="100" customWidth="1"/></cols>'
        f'<sheetData>{_text_row(1, HEADINGS[lang])}'
    ).encode()
    words = SEVERITY_WORDS[lang]
    templates: dict[tuple[str, int, str, str], str | None] = {}
    for first in range(0, len(findings), FINDINGS_PART_ROWS):
        part = findings[first : first + FINDINGS_PART_ROWS]
        messages = _escaped_messages([finding.message for finding in part])
        rows = []
        for number, finding, message in zip(range(first + 2, first + 2 + len(part)), part, messages, strict=True):
            if finding.row < 1:  # the link goes to the sheet: no template for that
                rows.append(_finding_row(number, finding, words))
                continue
            key = (finding.sheet, finding.column_index, finding.code, finding.severity)
            template = templates.get(key, "")
            if template == "":
                template = templates[key] = _finding_template(finding, words)
            rows.append(template.format(number, finding.row, message) if template is not None
                        else _finding_row(number, finding, words))
        yield "".join(rows).encode("utf-8")
    yield b"</sheetData></worksheet>"


FINDINGS_PART_ROWS = 2_000
_APART = "\ue000"  # between messages escaped as one text (a private-use character: never escaped or dropped)


def _escaped_messages(messages: list[str]) -> list[str]:
    """Each message clipped and escaped for the sheet, the whole list in one pass of C."""
    if any(len(message) > MAX_CELL_TEXT for message in messages):
        messages = [clipped(message) for message in messages]
    escaped = _esc(_APART.join(messages)).split(_APART)
    return escaped if len(escaped) == len(messages) else [_esc(message) for message in messages]


def _finding_template(finding: Finding, words: dict[str, str]) -> str | None:
    """:func:`_finding_row` for every finding with this one's sheet, column, code and severity, as
    a ``str.format`` template: {0} the Findings sheet's row, {1} the finding's row, {2} the message
    escaped. Built from :func:`_finding_row` itself, by writing a row with markers in those places;
    None if a sample row from the template is not what :func:`_finding_row` writes (a sheet name
    holding a marker, say)."""
    def row(number: int, at: int, message: str) -> str:
        return _finding_row(number, replace(finding, row=at, message=message), words)

    template = row(_NUMBER_MARK, _ROW_MARK, _MESSAGE_MARK).replace("{", "{{").replace("}", "}}")
    template = template.replace(str(_NUMBER_MARK), "{0}").replace(str(_ROW_MARK), "{1}").replace(_MESSAGE_MARK, "{2}")
    try:
        sample = template.format(17, 23, "m&amp;")
    except (IndexError, KeyError, ValueError):
        return None
    return template if sample == row(17, 23, "m&") else None


_NUMBER_MARK, _ROW_MARK, _MESSAGE_MARK = 9_187_310_007, 9_187_310_011, "\ue001"  # what no sheet name holds


def _finding_row(number: int, finding: Finding, words: dict[str, str]) -> str:
    target = f"{quote_sheet(finding.sheet, always=True)}!{column_letter(finding.column_index or 1)}{max(finding.row, 1)}"
    shown = finding.cell if finding.row >= 1 else f"{finding.sheet}"
    link = 'HYPERLINK("#{}","{}")'.format(target.replace('"', '""'), shown.replace('"', '""'))
    cells = (
        _text_cell(f"A{number}", finding.sheet),
        f'<c r="B{number}" t="str"><f>{_esc(link)}</f><v>{_esc(shown)}</v></c>',
        _text_cell(f"C{number}", finding.code),
        _text_cell(f"D{number}", words.get(str(finding.severity), str(finding.severity))),
        _text_cell(f"E{number}", finding.message),
    )
    return f'<row r="{number}">{"".join(cells)}</row>'


def _text_row(number: int, texts: tuple[str, ...]) -> str:
    cells = "".join(_text_cell(f"{column_letter(i)}{number}", t) for i, t in enumerate(texts, start=1))
    return f'<row r="{number}">{cells}</row>'


def _text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_esc(clipped(text))}</t></is></c>'


def clipped(text: str, limit: int = MAX_CELL_TEXT) -> str:
    """Text that fits one Excel cell (or note): cut with an ellipsis past ``limit`` characters.

    >>> len(clipped("x" * 40_000)), clipped("short")
    (32767, 'short')
    """
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _esc(text: str) -> str:
    text = _BAD_XML_CHARS.sub("", str(text))
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
