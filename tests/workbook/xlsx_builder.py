"""Build minimal .xlsx files from raw sheet XML, for tests that need exact bytes on disk.

openpyxl normalises what it writes; these helpers let a test put a quirk (no ``r=``, an ``x:``
prefix, an inline string, a stray cell at XFD1048576) into the file exactly as written.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping
from pathlib import Path

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
WS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
STYLES_XML = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{MAIN_NS}">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


def sheet_xml(rows_xml: str, *, prefix: str = "", dimension: str | None = None) -> str:
    """Wrap ``<row>`` elements into a worksheet part; ``prefix="x"`` writes ``x:``-prefixed tags."""
    p = f"{prefix}:" if prefix else ""
    xmlns = f'xmlns:{prefix}="{MAIN_NS}"' if prefix else f'xmlns="{MAIN_NS}"'
    dim = f'<{p}dimension ref="{dimension}"/>' if dimension else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<{p}worksheet {xmlns}>'
        f"{dim}<{p}sheetData>{rows_xml}</{p}sheetData></{p}worksheet>"
    )


def row_xml(row: int | None, cells: list[tuple[str | None, object]]) -> str:
    """One ``<row>`` of inline strings / numbers; a ``None`` ref writes a cell without ``r=``."""
    parts = []
    for ref, value in cells:
        r = f' r="{ref}"' if ref else ""
        if isinstance(value, str):
            text = value.replace("&", "&amp;").replace("<", "&lt;")
            parts.append(f'<c{r} t="inlineStr"><is><t>{text}</t></is></c>')
        elif value is None:
            parts.append(f"<c{r}/>")
        else:
            parts.append(f"<c{r}><v>{value}</v></c>")
    rr = f' r="{row}"' if row else ""
    return f"<row{rr}>{''.join(parts)}</row>"


def build_xlsx(
    sheets: Mapping[str, str],
    *,
    extra: Mapping[str, bytes | str] | None = None,
    shared_strings: list[str] | None = None,
    compression: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    """A minimal valid .xlsx whose worksheets are the given XML strings, in order.

    >>> data = build_xlsx({"Goals": sheet_xml(row_xml(1, [("A1", "ID"), ("B1", "Goal")]))})
    >>> data[:2]
    b'PK'
    """
    overrides = [
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    ]
    sheet_entries, rels = [], []
    members: dict[str, bytes | str] = {}
    for i, (name, xml) in enumerate(sheets.items(), start=1):
        sheet_entries.append(f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>')
        rels.append(f'<Relationship Id="rId{i}" Type="{WS_TYPE}" Target="worksheets/sheet{i}.xml"/>')
        overrides.append(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        )
        members[f"xl/worksheets/sheet{i}.xml"] = xml
    n = len(sheets)
    rels.append(
        f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/styles" Target="styles.xml"/>'
    )
    if shared_strings is not None:
        rels.append(
            f'<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/sharedStrings" Target="sharedStrings.xml"/>'
        )
        overrides.append(
            '<Override PartName="/xl/sharedStrings.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        )
        items = "".join(f"<si><t>{s}</t></si>" for s in shared_strings)
        members["xl/sharedStrings.xml"] = (
            f'<sst xmlns="{MAIN_NS}" count="{len(shared_strings)}" uniqueCount="{len(shared_strings)}">{items}</sst>'
        )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>' + "".join(overrides) + "</Types>"
    )
    root_rels = (
        f'<Relationships xmlns="{PKG_REL_NS}"><Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'
    )
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{MAIN_NS}" '
        f'xmlns:r="{REL_NS}"><sheets>{"".join(sheet_entries)}</sheets></workbook>'
    )
    parts: dict[str, bytes | str] = {
        "[Content_Types].xml": content_types,
        "_rels/.rels": root_rels,
        "xl/workbook.xml": workbook,
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{PKG_REL_NS}">{"".join(rels)}</Relationships>',
        "xl/styles.xml": STYLES_XML,
        **members,
        **(extra or {}),
    }
    return zipped(parts, compression)


def zipped(parts: Mapping[str, bytes | str], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip file holding ``parts`` (name -> content), in order."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, content in parts.items():
            archive.writestr(name, content.encode() if isinstance(content, str) else content)
    return buffer.getvalue()


def unzipped(data: bytes) -> dict[str, bytes]:
    """Every member of a zip file, name -> bytes, in order."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def saved_workbook(path: Path, sheets: Mapping[str, list[list[object]]]) -> Path:
    """An openpyxl workbook with these sheets (name -> rows, in order) saved at ``path``."""
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path
