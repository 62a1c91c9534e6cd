"""Write a goals/KPIs/budgets workbook of N rows per sheet, about 10 % of rows faulty.

    python benchmarks/generate.py 100000 /tmp/plan-100k.xlsx
    python benchmarks/generate.py 100000 /tmp/failing-100k.xlsx --faults 0.8   # mostly failing
    python benchmarks/generate.py 100000 /tmp/excel-like.xlsx --shared-strings   # text as Excel keeps it

Raw XML into a zip (inline strings, or with ``--shared-strings`` one table of shared strings as
Excel, LibreOffice and openpyxl write it; dates as serials with a date style): no dependency, and
~100k rows per sheet in a few seconds. About 10 % of the rows on each sheet (``--faults``) carry one fault
(deadline before start, a vague goal, a KPI naming no goal, without an owner or behind
schedule, a budget line over plan or in an unknown group); the rest pass every rule.
"""

from __future__ import annotations

import random
import sys
import zipfile
from datetime import date, timedelta
from xml.sax.saxutils import escape

from xlsmart import schema

EPOCH = date(1899, 12, 30)
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
METRICS = ["leads", "website visitors", "conversion rate", "revenue", "NPS", "newsletter sign-ups", "no-shows"]
OWNERS = ["Ann", "Bram", "Chen", "Dewi", "Eva", "Femke"]
CHANNELS = ["Search", "Social", "Email", "Events", "Print", "Display"]
GROUPS = [v[0] for v in schema.LISTS["budget_group"].values()]
CATEGORIES = [v[0] for v in schema.LISTS["category"].values()]
REVIEWS = [v[0] for v in schema.LISTS["review"].values()]


def serial(day: date) -> int:
    return (day - EPOCH).days


def cell(ref: str, value: object, strings: dict[str, int] | None = None) -> str:
    """One cell's XML; text inline, or as an index into ``strings`` (the shared strings, filled as met)."""
    if value is None:
        return ""
    if isinstance(value, date):
        return f'<c r="{ref}" s="1"><v>{serial(value)}</v></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    if strings is not None:
        return f'<c r="{ref}" t="s"><v>{strings.setdefault(str(value), len(strings))}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'


def sheet_xml(headers: list[str], rows: list[list[object]], strings: dict[str, int] | None = None) -> str:
    letters = [schema_letter(i) for i in range(1, len(headers) + 1)]
    out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}"><sheetData>']
    out.append('<row r="1">' + "".join(cell(f"{letter}1", h, strings) for letter, h in zip(letters, headers, strict=True))
               + "</row>")
    for number, row in enumerate(rows, start=2):
        out.append(f'<row r="{number}">' + "".join(cell(f"{letter}{number}", v, strings)
                                                    for letter, v in zip(letters, row, strict=True)) + "</row>")
    out.append("</sheetData></worksheet>")
    return "".join(out)


def shared_strings_xml(strings: dict[str, int]) -> str:
    items = "".join(f"<si><t>{escape(text)}</t></si>" for text in strings)  # a dict keeps the order of the indexes
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN}" count="{len(strings)}" '
            f'uniqueCount="{len(strings)}">{items}</sst>')


def schema_letter(index: int) -> str:
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


FAULT_RATE = 0.10  # share of rows on each sheet that carry one fault, unless told otherwise


def goal_rows(n: int, rnd: random.Random, today: date, faults: float = FAULT_RATE) -> list[list[object]]:
    """Distinct, SMART goals; faults: deadline before start, or a vague text."""
    rows = []
    for i in range(1, n + 1):
        metric = rnd.choice(METRICS)
        base = rnd.randint(50, 5000)
        target = int(base * rnd.uniform(1.05, 1.6))
        start = today - timedelta(days=rnd.randint(0, 150))
        deadline = start + timedelta(days=rnd.randint(120, 360))
        text = f"{rnd.choice(OWNERS)} will increase {metric} from {base} to {target} by {deadline:%d %B %Y}"
        fault = rnd.random() / faults
        if fault < 0.5:
            start, deadline = deadline, start
        elif fault < 1:
            text = "Grow the brand"
        rows.append([f"G{i}", text, "output short-term", metric, "increase", base, target, "",
                     start, deadline, rnd.choice(OWNERS), None, None, None, "generated"])
    return rows


def kpi_rows(n: int, rnd: random.Random, today: date, faults: float = FAULT_RATE) -> list[list[object]]:
    """On-track KPIs, at most five per team; faults: unknown goal, no owner, behind schedule."""
    rows = []
    for i in range(1, n + 1):
        base = rnd.randint(10, 1000)
        target = base + rnd.randint(10, 500)
        start, deadline = today - timedelta(days=180), today + timedelta(days=185)
        elapsed = 180 / 365
        actual = base + round((target - base) * min(1.0, elapsed * rnd.uniform(1.0, 1.3)))
        goal, owner = f"G{rnd.randint(1, n)}", rnd.choice(OWNERS)
        fault = rnd.random() / faults
        if fault < 0.4:
            goal = f"G{n + i}"
        elif fault < 0.7:
            owner = None
        elif fault < 1:
            actual = base + round((target - base) * elapsed * 0.5)
        rows.append([f"K{i}", goal, f"{rnd.choice(METRICS)} per week", f"Team {(i - 1) // 5 + 1}",
                     owner, base, target, actual, start, deadline, "auto", rnd.choice(REVIEWS), None])
    return rows


def budget_rows(n: int, rnd: random.Random, faults: float = FAULT_RATE) -> list[list[object]]:
    """Budget lines earning back more than they cost; faults: over plan, or an unknown group."""
    rows = []
    for i in range(1, n + 1):
        planned = rnd.randint(1, 200) * 100
        actual = int(planned * rnd.uniform(0.3, 1.0))
        group = rnd.choice(GROUPS)
        fault = rnd.random() / faults
        if fault < 0.7:
            actual = int(planned * rnd.uniform(1.05, 1.5))
        elif fault < 1:
            group = "misc"
        rows.append([f"B{i}", group, f"Campaign {rnd.randint(1, 500)}", rnd.choice(CHANNELS),
                     f"2026-Q{rnd.randint(1, 4)}", f"G{rnd.randint(1, n)}", planned, actual,
                     int(actual * rnd.uniform(1.1, 4)), None])
    return rows


def generate(n: int, path: str, *, seed: int = 7, faults: float = FAULT_RATE, shared_strings: bool = False) -> None:
    """Write the workbook; ``n`` rows on each of Goals, KPIs and Budgets, ``faults`` of them faulty;
    its text inline, or in one table of shared strings."""
    rnd = random.Random(seed)
    today = date.today()  # validate judges against today: keep the dates around it
    sheets = [
        (schema.GOALS, goal_rows(n, rnd, today, faults)),
        (schema.KPIS, kpi_rows(n, rnd, today, faults)),
        (schema.BUDGETS, budget_rows(n, rnd, faults)),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        strings: dict[str, int] | None = {} if shared_strings else None
        archive.writestr("[Content_Types].xml", content_types(len(sheets), shared_strings))
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", workbook_xml([s.en for s, _ in sheets]))
        archive.writestr("xl/_rels/workbook.xml.rels", workbook_rels(len(sheets), shared_strings))
        archive.writestr("xl/styles.xml", STYLES)
        for number, (spec, rows) in enumerate(sheets, start=1):
            headers = [c.en for c in spec.columns]
            archive.writestr(f"xl/worksheets/sheet{number}.xml", sheet_xml(headers, rows, strings))
        if strings is not None:
            archive.writestr("xl/sharedStrings.xml", shared_strings_xml(strings))


ROOT_RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
STYLES = (
    f'<styleSheet xmlns="{MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
    '</cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>'
)


def content_types(count: int, shared_strings: bool = False) -> str:
    strings = ('<Override PartName="/xl/sharedStrings.xml" '
               'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
               if shared_strings else "")
    sheets = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, count + 1)
    )
    return (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        f"{sheets}{strings}</Types>"
    )


def workbook_xml(names: list[str]) -> str:
    sheets = "".join(f'<sheet name="{n}" sheetId="{i}" r:id="rId{i}"/>' for i, n in enumerate(names, start=1))
    return (
        f'<workbook xmlns="{MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f"<sheets>{sheets}</sheets></workbook>"
    )


def workbook_rels(count: int, shared_strings: bool = False) -> str:
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        f'Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, count + 1)
    )
    styles = (
        f'<Relationship Id="rId{count + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
        'Target="styles.xml"/>'
    )
    strings = (f'<Relationship Id="rId{count + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
               'relationships/sharedStrings" Target="sharedStrings.xml"/>' if shared_strings else "")
    return (f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}{styles}'
            f"{strings}</Relationships>")


def main(argv: list[str]) -> int:
    faults = FAULT_RATE
    shared = "--shared-strings" in argv
    argv = [a for a in argv if a != "--shared-strings"]
    if len(argv) == 4 and argv[2] == "--faults":
        faults, argv = float(argv[3]), argv[:2]
    if len(argv) != 2 or not argv[0].isdigit() or not 0 < faults <= 1:
        print("usage: python benchmarks/generate.py N OUT.xlsx [--faults SHARE] [--shared-strings]", file=sys.stderr)
        return 2
    generate(int(argv[0]), argv[1], faults=faults, shared_strings=shared)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
