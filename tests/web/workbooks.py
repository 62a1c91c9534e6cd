"""Workbooks for the web tests and the service benchmark, built with openpyxl from the schema.

``example_workbook()`` holds a few rows with known faults; ``large_workbook(n)`` repeats
realistic rows ``n`` times per sheet. Hostile files (bombs, OLE, CSV) are built here too.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date
from typing import Any

from openpyxl import Workbook

from xlsmart.schema import BUDGETS, GOALS, KPIS, SheetSpec

AS_OF = "2026-06-30"
XLSX_MAIN = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
XLSM_MAIN = b"application/vnd.ms-excel.sheet.macroEnabled.main+xml"

GOAL_ROWS: list[dict[str, Any]] = [
    {"id": "G1", "goal": "Increase qualified leads from 200 to 300 per month by 31-12-2026", "category": "output short-term",
     "metric": "qualified leads", "direction": "increase", "baseline": 200, "target": 300, "unit": "leads",
     "start": date(2026, 1, 1), "deadline": date(2026, 12, 31), "owner": "Anna"},
    {"id": "G2", "goal": "Be more visible", "category": "seeding", "owner": ""},  # vague: low SMART score
    {"id": "G3", "goal": "Raise NPS from 30 to 40 by 2026-03-01", "category": "customer", "metric": "NPS",
     "direction": "increase", "baseline": 30, "target": 40, "start": date(2026, 6, 1), "deadline": date(2026, 3, 1),
     "owner": "Bram"},  # deadline before start
    {"id": "G1", "goal": "Cut cost per lead from 50 to 40 euro by 31-12-2026", "category": "throughput"},  # duplicate ID
]
KPI_ROWS: list[dict[str, Any]] = [
    {"id": "K1", "goal_id": "G1", "kpi": "Qualified leads", "team": "Web", "owner": "Anna", "baseline": 200,
     "target": 300, "actual": 290, "start": date(2026, 1, 1), "deadline": date(2026, 12, 31), "review": "monthly"},
    {"id": "K2", "goal_id": "G1", "kpi": "Demo requests", "team": "Web", "owner": "Anna", "baseline": 0,
     "target": 100, "actual": 10, "start": date(2026, 1, 1), "deadline": date(2026, 12, 31), "review": "monthly"},
    {"id": "K3", "goal_id": "G3", "kpi": "NPS", "team": "Service", "owner": "Bram", "baseline": 30, "target": 40,
     "actual": 31, "start": date(2025, 1, 1), "deadline": date(2026, 3, 1), "review": "quarterly"},
    {"id": "K5", "goal_id": "G1", "kpi": "Newsletter sign-ups", "team": "Web", "owner": "Anna", "baseline": 0,
     "target": 100, "actual": 40, "start": date(2026, 1, 1), "deadline": date(2026, 12, 31), "review": "weekly"},
    {"id": "K4", "goal_id": "G9", "kpi": "Followers", "team": "Social"},  # unknown goal, no owner
    {"id": "K6", "goal_id": "G3", "kpi": "Five-star reviews", "team": "Service", "owner": "Bram", "baseline": 10,
     "target": 20, "actual": 25, "start": date(2026, 1, 1), "deadline": date(2026, 12, 31), "review": "monthly"},  # achieved
]
BUDGET_ROWS: list[dict[str, Any]] = [
    {"id": "B1", "budget_group": "external seeding", "campaign": "Spring", "channel": "LinkedIn", "goal_id": "G1",
     "planned": 1000, "actual": 1200, "revenue": 5000},  # overspent
    {"id": "B2", "budget_group": "internal handling", "campaign": "CRM", "goal_id": "G1", "planned": -50},
    {"id": "B3", "budget_group": "external seeding", "campaign": "Ads", "goal_id": "G3", "planned": 500,
     "actual": 400, "revenue": 100},  # negative ROI
]


def _sheet(book: Workbook, spec: SheetSpec, rows: list[dict[str, Any]]) -> None:
    sheet = book.create_sheet(spec.en)
    columns = [c for c in spec.columns if not c.formula]
    sheet.append([c.en for c in columns])
    for row in rows:
        sheet.append([row.get(c.key) for c in columns])


def _save(book: Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def example_workbook(repeat: int = 1) -> bytes:
    """An .xlsx with Goals, KPIs and Budgets sheets and a few faulty rows (``repeat`` copies)."""
    book = Workbook()
    book.remove(book.active)
    for spec, rows in ((GOALS, GOAL_ROWS), (KPIS, KPI_ROWS), (BUDGETS, BUDGET_ROWS)):
        copies = [dict(row, id=f"{row['id']}-{n}" if repeat > 1 else row["id"]) for n in range(repeat) for row in rows]
        _sheet(book, spec, copies)
    return _save(book)


HOSTILE = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'


def hostile_workbook() -> bytes:
    """The example with markup in a goal, a KPI's name, a campaign and a budget group."""
    book = Workbook()
    book.remove(book.active)
    goals = [dict(GOAL_ROWS[1], goal=f"Be more visible {HOSTILE}", id=f"G2{HOSTILE}")]
    kpis = [dict(KPI_ROWS[0], kpi=HOSTILE)]
    budgets = [dict(BUDGET_ROWS[0], campaign=HOSTILE, budget_group=HOSTILE)]
    for spec, rows in ((GOALS, goals), (KPIS, kpis), (BUDGETS, budgets)):
        _sheet(book, spec, rows)
    return _save(book)


def large_workbook(rows_per_sheet: int = 500) -> bytes:
    """A realistic workbook of about ``rows_per_sheet`` rows on each sheet."""
    return example_workbook(repeat=max(1, rows_per_sheet // 4))


def as_xlsm(workbook: bytes) -> bytes:
    """The same package declared macro-enabled, as Excel writes an .xlsm."""
    return replace_member(workbook, "[Content_Types].xml", lambda data: data.replace(XLSX_MAIN, XLSM_MAIN))


def replace_member(workbook: bytes, name: str, change: Any, extra: dict[str, bytes] | None = None) -> bytes:
    """A copy of the zip with member ``name`` passed through ``change`` and ``extra`` members added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(workbook)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info.filename, change(data) if info.filename == name else data)
        for extra_name, data in (extra or {}).items():
            target.writestr(extra_name, data)
    return out.getvalue()


def zip_bomb() -> bytes:
    """A real workbook carrying a 32 MB member of zeros that deflates ~1000x."""
    return replace_member(example_workbook(), "", lambda d: d, {"xl/media/image1.bin": bytes(32 * 2**20)})


def xml_bomb() -> bytes:
    """A workbook whose workbook part declares the billion-laughs entities."""
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                         for i in range(1, 10))
              + b"]>")
    return replace_member(example_workbook(), "xl/workbook.xml", lambda data: laughs + _without_declaration(data))


def _without_declaration(xml: bytes) -> bytes:
    return xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml


def password_protected() -> bytes:
    """The first bytes of an encrypted OOXML package: an OLE container holding EncryptedPackage."""
    return bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504) + "EncryptedPackage".encode("utf-16-le") + bytes(1024)
