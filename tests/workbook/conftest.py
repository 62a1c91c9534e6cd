"""A rich workbook for the painter: every part a careless writer would lose."""

from __future__ import annotations

import base64
import io
import re
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table

from .xlsx_builder import unzipped, zipped

USER_GREEN = "FF00B050"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
VBA_BIN = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"fake vba project" * 64
CUSTOM_UI = (
    b'<customUI xmlns="http://schemas.microsoft.com/office/2009/07/customui"><ribbon><tabs>'
    b'<tab id="xlsmart" label="xlsmart"/></tabs></ribbon></customUI>'
)
PIC_ANCHOR = (
    '<xdr:oneCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>'
    '<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/><xdr:pic><xdr:nvPicPr>'
    '<xdr:cNvPr id="10" name="Logo"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill>'
    '<a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rIdImg"/>'
    '<a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"/></xdr:spPr>'
    "</xdr:pic><xdr:clientData/></xdr:oneCellAnchor>"
)

GOALS_HEADER = ["ID", "Goal", "Start", "Deadline", "Owner", "SMART score", "Remarks"]


def _openpyxl_book() -> bytes:
    book = openpyxl.Workbook()
    goals = book.active
    goals.title = "Goals"
    goals["A1"] = "Marketing goals 2026"
    goals.append(GOALS_HEADER)  # row 2
    for n in range(1, 11):  # rows 3..12
        goals.append([f"G{n}", f"Increase leads by {n * 10}%", date(2026, 1, n), date(2026, 12, n),
                      "Ann" if n % 3 else None, f"=LEN(B{n + 2})", "note" if n % 2 else None])
    for cell in goals[6]:  # the user coloured row 6 green
        cell.fill = PatternFill("solid", fgColor=USER_GREEN)
    goals["B3"].comment = Comment("Check with sales", "Ann")
    goals.conditional_formatting.add("C3:C12", CellIsRule(operator="lessThan", formula=["DATE(2026,1,5)"],
                                                          fill=PatternFill("solid", fgColor="FFFF0000")))
    kpis = book.create_sheet("KPIs")
    kpis.append(["ID", "Goal ID", "KPI", "Target", "Actual", "Review"])
    for n in range(1, 6):
        kpis.append([f"K{n}", f"G{n}", f"leads {n}", n * 100, n * 90, "monthly"])
    kpis.add_table(Table(displayName="KpiTable", ref="A1:F6"))
    review = DataValidation(type="list", formula1='"weekly,monthly,quarterly,yearly"')
    kpis.add_data_validation(review)
    review.add("F2:F6")
    chart = BarChart()
    chart.add_data(Reference(kpis, min_col=4, min_row=1, max_row=6), titles_from_data=True)
    kpis.add_chart(chart, "H2")
    book.defined_names["TargetTotal"] = DefinedName("TargetTotal", attr_text="KPIs!$D$2:$D$6")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _surgery(data: bytes) -> bytes:
    """Add what openpyxl cannot write: cached formula results, an image, VBA and a ribbon."""
    members = unzipped(data)
    sheet = members["xl/worksheets/sheet1.xml"].decode()
    sheet = re.sub(r"<f>LEN\(B(\d+)\)</f><v\s*/?>(?:</v>)?", lambda m: f"<f>LEN(B{m[1]})</f><v>{19 + (m[1] != '3')}</v>", sheet)
    members["xl/worksheets/sheet1.xml"] = sheet.encode()
    drawing = next(n for n in members if n.startswith("xl/drawings/drawing") and n.endswith(".xml"))
    members[drawing] = members[drawing].replace(b"</xdr:wsDr>", PIC_ANCHOR.encode() + b"</xdr:wsDr>")
    rels = drawing.replace("drawings/", "drawings/_rels/") + ".rels"
    members[rels] = members[rels].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" '
        b'Target="../media/image1.png"/></Relationships>',
    )
    members["xl/media/image1.png"] = PNG
    members["xl/vbaProject.bin"] = VBA_BIN
    members["customUI/customUI14.xml"] = CUSTOM_UI
    types = members["[Content_Types].xml"].decode()
    types = types.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                          "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
    types = types.replace("<Default ", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
                          '<Default Extension="png" ContentType="image/png"/><Default ', 1)
    members["[Content_Types].xml"] = types.encode()
    members["xl/_rels/workbook.xml.rels"] = members["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
        b'Target="vbaProject.bin"/></Relationships>',
    )
    members["_rels/.rels"] = members["_rels/.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdUi" Type="http://schemas.microsoft.com/office/2007/relationships/ui/extensibility" '
        b'Target="customUI/customUI14.xml"/></Relationships>',
    )
    return zipped(members)


@pytest.fixture(scope="session")
def rich_bytes() -> bytes:
    return _surgery(_openpyxl_book())


@pytest.fixture()
def rich_xlsm(tmp_path: Path, rich_bytes: bytes) -> Path:
    path = tmp_path / "plan.xlsm"
    path.write_bytes(rich_bytes)
    return path
