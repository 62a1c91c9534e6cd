"""Workbooks saved by other programs: findings or one clear line, in bounded time and memory,
and a coloured copy that loses nothing.

The files in ``tests/data/real`` were written by Excel (Windows, Mac, Online), LibreOffice,
Google Sheets, WPS, Hancom Office, gnumeric and a few writers of odd packages; their origins
and licences are in its README. None of them holds a goals table, so each is also turned into a
goals-shaped *variant* by byte surgery (:func:`goals_variant`): the first worksheet is renamed
and its cells replaced by a small goals table, and every other member stays as that program
wrote it. The variants are what prove the copy keeps every chart, image, note, macro, pivot
table and formula of a real file.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import posixpath
import re
import signal
import subprocess
import sys
import threading
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest

from xlsmart.schema import FILL_COLOURS

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
WORKBOOKS = sorted(p.name for p in REAL.iterdir() if p.suffix in (".xlsx", ".xlsm"))
MEMORY_LIMIT = 2 << 30  # bytes: peak resident memory of xlsmart and its helper processes
KILL_AFTER = 120.0  # seconds: a run still going by then hangs; it is stopped and fails (speed: benchmarks/)

GOALS_SHEET = "Goals 2027"
AS_OF = "2027-01-15"
GOALS_ROWS = (
    ("ID", "Goal", "Owner", "Start", "Deadline"),
    ("G1", "Increase newsletter sign-ups from 2,000 to 3,000 by 30 June 2027", "Ann", "2027-01-01", "2027-06-30"),
    ("G2", "Generate more leads", "", "2027-06-01", "2027-03-01"),  # no owner, deadline before start
)
FORMULA_HEADER = "Characters"  # =LEN(Goal) beside each goal
EXPECTED = {(GOALS_SHEET, 3, "G01"), (GOALS_SHEET, 3, "G04")}  # row 2 is a sound goal: no finding

# Bugs the real files show, each with its reproduction in the reason; strict, so a fix is noticed.
KNOWN_BUGS: dict[str, str] = {}  # file -> why its goals variant fails (none left)

# openpyxl itself cannot read these (nothing xlsmart did): the copy's openpyxl check is left out.
# Styles outside xl/styles.xml, which openpyxl never reads (openpyxl.styles.stylesheet.apply_stylesheet
# reads ARC_STYLE only): it loads the input, whose cells use the first styles, not a copy with our fills.
OPENPYXL_MISSES_STYLES = {"exceldatareader_Test_git_issue_629.xlsx": "styles.xml at the package root",
                          "sheetjs_wtf_path.xlsx": "wtf/styles.xml"}
OPENPYXL_CANNOT_LOAD = {
    "exceldatareader_strict_TestOpen.xlsx": "Strict Open XML (it loads, and sees no sheet)",
    "closedxml_universal-content-strict.xlsx": "Strict Open XML (it loads, and sees no sheet)",
    "calamine_pivots.xlsx": "its pivot cache (TypeError in Nested.from_tree)",
    "sheetjs_xlsx-stream-d-date-cell.xlsx": "its styles (IndexError)",
    "poi_style-alternate-content.xlsx": "Hancom's nameless cell style (TypeError)",
}


# --- running the command line as a user does -----------------------------------------------------

@dataclass(frozen=True)
class Ran:
    code: int
    stdout: str
    stderr: str
    peak_bytes: int  # of the process and the helpers it waited for (Linux's wait4 reports both)


def xlsmart(*args: str, cwd: Path) -> Ran:
    """``python -m xlsmart ARGS`` in ``cwd``, with its peak resident memory; killed if it hangs."""
    out, err = cwd / "stdout.txt", cwd / "stderr.txt"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        process = subprocess.Popen([sys.executable, "-m", "xlsmart", *args], cwd=cwd, stdout=stdout, stderr=stderr)
    watchdog = threading.Timer(KILL_AFTER, process.kill)
    watchdog.start()
    try:
        _, status, usage = os.wait4(process.pid, 0)
    finally:
        watchdog.cancel()
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait again
    return Ran(process.returncode, out.read_text("utf-8"), err.read_text("utf-8"), usage.ru_maxrss * 1024)


def assert_within_limits(ran: Ran) -> None:
    assert ran.code != -signal.SIGKILL, f"still running after {KILL_AFTER:.0f} s: stopped"
    assert ran.peak_bytes < MEMORY_LIMIT, f"peaked at {ran.peak_bytes >> 20} MB"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- reading a package, independently of xlsmart ------------------------------------------------

def local(tag: str) -> str:
    return tag.rpartition("}")[2]


def attribute(element: ElementTree.Element, name: str) -> str | None:
    """An attribute by local name, whatever namespace (transitional or strict) it is in."""
    return next((value for key, value in element.attrib.items() if local(key) == name), None)


def rels_part(part: str) -> str:
    folder, _, name = part.rpartition("/")
    return f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"


def relationships(members: dict[str, bytes], part: str) -> dict[str, tuple[str, str]]:
    """Id -> (type's last word, target part) of a part's relationships; {} when it has none."""
    data = members.get(rels_part(part))
    if data is None:
        return {}
    base = posixpath.dirname(part)
    found = {}
    for rel in ElementTree.fromstring(data):
        target = rel.get("Target", "")
        if rel.get("TargetMode") != "External":
            target = target[1:] if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
        found[rel.get("Id", "")] = (rel.get("Type", "").rpartition("/")[2], target)
    return found


@dataclass(frozen=True)
class Package:
    members: dict[str, bytes]
    compressed: dict[str, int]  # member -> compressed size, to see it was copied as it was
    workbook: str
    sheets: list[tuple[str, str, str]]  # (name, r:id, part or "" for a relationship that is no worksheet)
    styles: str | None

    @classmethod
    def read(cls, source: Path | bytes) -> Package:
        with zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source) as archive:
            members = {info.filename: archive.read(info) for info in archive.infolist()}
            compressed = {info.filename: info.compress_size for info in archive.infolist()}
        office = next(target for kind, target in relationships(members, "").values() if kind == "officeDocument")
        links = relationships(members, office)
        sheets = []
        for element in ElementTree.fromstring(members[office]).iter():
            if local(element.tag) == "sheet":
                rel_id = attribute(element, "id") or ""
                kind, target = links.get(rel_id, ("", ""))
                sheets.append((element.get("name", ""), rel_id, target if kind == "worksheet" else ""))
        styles = next((target for kind, target in links.values() if kind == "styles"), None)
        return cls(members, compressed, office, sheets, styles)

    def worksheet(self, name: str) -> str:
        return next(part for sheet, _, part in self.sheets if sheet == name)

    def notes_parts(self, sheet_part: str) -> set[str]:
        """The sheet's relationships part and the legacy notes (comments and VML) it points at."""
        links = relationships(self.members, sheet_part).values()
        return {rels_part(sheet_part)} | {target for kind, target in links if kind in ("comments", "vmlDrawing")}

    def xml(self, part: str) -> ElementTree.Element:
        return ElementTree.fromstring(self.members[part])


FORMULA = re.compile(rb"<(?:[\w.-]+:)?f[\s>/]")
VML_SHAPE = re.compile(rb"<((?:[\w.-]+:)?)shape\b.*?</\1shape>", re.DOTALL)


def notes_of(package: Package, sheet_part: str) -> set[tuple[str, str, str]]:
    """(cell, author, text) of each legacy note on a sheet, as a reader sees them."""
    found = set()
    for part in package.notes_parts(sheet_part):
        if part.endswith(".rels") or not part.endswith(".xml"):
            continue
        root = package.xml(part)
        authors = [a.text or "" for a in root.iter() if local(a.tag) == "author"]
        for comment in (c for c in root.iter() if local(c.tag) == "comment"):
            text = "".join(t.text or "" for t in comment.iter() if local(t.tag) == "t")
            found.add((comment.get("ref", ""), authors[int(comment.get("authorId", "0"))], text))
    return found


def sheet_content(package: Package, part: str) -> tuple[list[bytes], dict[str | None, tuple]]:
    """A worksheet as a reader sees it: its elements beside the cells (columns, merges, formatting
    rules, validations, links, drawings, ...), and each cell's type, value and formula, its
    style left out (the one thing the painter changes in a cell)."""
    root = package.xml(part)
    children = []
    for child in root:
        child.tail = None
        if local(child.tag) != "sheetData":
            children.append(ElementTree.tostring(child))
    cells = {cell.get("r"): (cell.get("t"), [(local(e.tag), e.text, sorted(e.attrib.items())) for e in cell.iter()][1:])
             for cell in root.iter() if local(cell.tag) == "c"}
    return children, cells


def defined_names(package: Package) -> set[tuple[str | None, str | None, str]]:
    return {(n.get("name"), n.get("localSheetId"), n.text or "") for n in package.xml(package.workbook).iter()
            if local(n.tag) == "definedName"}


def content_types(package: Package) -> set[tuple[str, ...]]:
    return {tuple(sorted(t.attrib.items())) for t in package.xml("[Content_Types].xml")}


def fill_of(package: Package, sheet: str, ref: str) -> str | None:
    """The solid fill colour (ARGB) of one cell, read from the sheet and styles.xml."""
    cells = (c for c in package.xml(package.worksheet(sheet)).iter() if local(c.tag) == "c")
    cell = next((c for c in cells if c.get("r") == ref), None)
    if cell is None or package.styles not in package.members:
        return None
    styles = package.xml(package.styles)
    xfs = [x for group in styles if local(group.tag) == "cellXfs" for x in group]
    fills = [f for group in styles if local(group.tag) == "fills" for f in group]
    fill = fills[int(xfs[int(cell.get("s", "0"))].get("fillId", "0"))]
    colour = next((c for c in fill.iter() if local(c.tag) == "fgColor"), None)
    return None if colour is None else colour.get("rgb")


def openpyxl_sheetnames(path: Path) -> list[str] | None:
    """The sheet names openpyxl sees, or None when openpyxl cannot load the file at all."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about every extension it drops
        try:
            return openpyxl.load_workbook(path).sheetnames
        except Exception:
            return None


# --- what the coloured copy may change --------------------------------------------------------

def opc_name(member: str) -> str:
    """A part name as OPC compares them: case-insensitively (and some writers use backslashes)."""
    return member.replace("\\", "/").casefold()


def assert_copy_keeps_everything(source: Path, copy: Path, report: dict) -> Package:
    """The copy holds every member of ``source``; only the parts the painter's docstring names
    differ: styles, the workbook part, its rels, [Content_Types].xml, the worksheets it read and
    their notes (comments, VML, sheet rels); new are only our Findings sheet and notes parts.
    Formulas, defined names, sheets, content types and the users' own notes are all still there."""
    before, after = Package.read(source), Package.read(copy)
    read = [before.worksheet(sheet["name"]) for sheet in report["sheets"]]
    may_change = {"[Content_Types].xml", before.workbook, rels_part(before.workbook), before.styles or ""}
    for part in read:
        may_change |= {part} | before.notes_parts(part) | after.notes_parts(part)
    findings_name, _, findings_part = after.sheets[-1]
    assert after.sheets[:-1] == before.sheets and findings_name.startswith(("Findings", "Bevindingen"))

    in_copy = {opc_name(member): member for member in after.members}
    assert len(in_copy) == len(after.members), "two members whose names differ only in case: one part to Excel"
    found = {member: in_copy.get(opc_name(member)) for member in before.members}
    assert [member for member, copied in found.items() if copied is None] == [], "members lost"
    new = set(after.members) - set(found.values())
    assert {opc_name(m) for m in new} <= {opc_name(m) for m in may_change | {findings_part}}
    kept = [m for m in before.members if opc_name(m) not in {opc_name(c) for c in may_change}]
    assert [m for m in kept if after.members[found[m]] != before.members[m]] == []
    if all(found[m] == m for m in kept):  # a package renamed to its links' names is re-deflated whole
        assert [m for m in kept if after.compressed[m] != before.compressed[m]] == []  # copied, not recompressed

    for _, _, part in before.sheets:
        if part:
            assert len(FORMULA.findall(after.members[found[part]])) == len(FORMULA.findall(before.members[part])), part
    assert defined_names(before) <= defined_names(after)
    assert content_types(before) <= content_types(after)
    for part in read:
        children, cells = sheet_content(before, part)
        children_now, cells_now = sheet_content(after, found[part])
        assert [child for child in children if child not in children_now] == []
        assert {ref: cell for ref, cell in cells.items() if cells_now.get(ref) != cell} == {}
        assert notes_of(before, part) <= notes_of(after, part)
        for vml in before.notes_parts(part) & set(before.members):
            if vml.endswith(".vml"):
                assert all(shape.group(0) in after.members[vml] for shape in VML_SHAPE.finditer(before.members[vml]))
    return after


def read_sheets(report: dict) -> list[tuple[str, str]]:
    return [(sheet["name"], sheet["kind"]) for sheet in report["sheets"]]


# --- the real files as they are ---------------------------------------------------------------

@pytest.mark.parametrize("name", WORKBOOKS)
def test_a_real_workbook_gets_findings_or_one_clear_line_and_its_copy_loses_nothing(name, tmp_path):
    workbook = REAL / name
    before = sha256(workbook)
    copy = tmp_path / f"copy{workbook.suffix}"
    ran = xlsmart("validate", str(workbook), "-o", str(copy), "--format", "json", cwd=tmp_path)
    assert sha256(workbook) == before, "the input was changed"
    assert ran.code in (0, 1, 2) and "Traceback" not in ran.stderr, ran.stderr
    assert_within_limits(ran)
    report = json.loads(ran.stdout)
    if ran.code == 2:
        [line] = ran.stderr.splitlines()
        assert name in line and report["error"] in line
        assert not copy.exists()
    else:
        assert ran.stderr == "" and report["sheets"]
        assert_copy_keeps_everything(workbook, copy, report)


def test_every_real_workbook_has_its_origin_and_licence_listed():
    rows = [line.split("|") for line in (REAL / "README.md").read_text("utf-8").splitlines() if line.startswith("| `")]
    listed = {cells[1].strip().strip("`"): cells for cells in rows}
    assert sorted(listed) == WORKBOOKS
    for cells in listed.values():
        commit, licence = cells[5].strip().strip("`"), cells[6].strip()
        assert re.fullmatch(r"[0-9a-f]{40}", commit) and licence in ("MIT", "BSD-2-Clause", "Apache-2.0")


# --- goals-shaped variants made by surgery ------------------------------------------------------

_OFFICE_DOCUMENT = re.compile(rb'<(?:[\w.-]+:)?Relationship\b[^>]*\bType="[^"]*/officeDocument"[^>]*>')
_RELATIONSHIP = re.compile(rb"<(?:[\w.-]+:)?Relationship\b[^>]*>")
_SHEET = re.compile(rb"<(?:[\w.-]+:)?sheet\b[^>]*>")
_SHEET_NAME = re.compile(rb'(\sname=")[^"]*(")')
_SHEET_DATA = re.compile(rb"<((?:[\w.-]+:)?)sheetData\b[^>]*?(?:/>|>.*?</\1sheetData>)", re.DOTALL)
_EMPTY_ROW = re.compile(rb'<(?:[\w.-]+:)?row\b[^>]*?\sr="(\d+)"[^>]*/>')
_MERGE = re.compile(rb"""<(?:[\w.-]+:)?mergeCell\b[^>]*?\sref=["']([A-Z]+)(\d+):([A-Z]+)(\d+)["'][^>]*/>""")
_MERGES = re.compile(rb"<((?:[\w.-]+:)?)mergeCells\b[^>]*>(.*?)</\1mergeCells>", re.DOTALL)


def _attr(element: bytes, name: bytes) -> str:
    return re.search(rb"\s" + name + rb'="([^"]*)"', element).group(1).decode()


def first_worksheet(members: dict[str, bytes]) -> tuple[str, bytes, str]:
    """(workbook part, the first <sheet> element that is a worksheet, its part), found by bytes."""
    office = _attr(_OFFICE_DOCUMENT.search(members["_rels/.rels"]).group(0), b"Target")
    workbook = office.lstrip("/")
    worksheets = {}
    for rel in _RELATIONSHIP.findall(members[rels_part(workbook)]):
        if _attr(rel, b"Type").endswith("/worksheet"):
            target = _attr(rel, b"Target")
            folder = "" if target.startswith("/") else posixpath.dirname(workbook)
            worksheets[_attr(rel, b"Id")] = posixpath.normpath(posixpath.join(folder, target.lstrip("/")))
    for element in _SHEET.findall(members[workbook]):
        rel_id = re.search(rb'\s[\w.-]+:id="([^"]*)"', element)
        if rel_id and rel_id.group(1).decode() in worksheets:
            return workbook, element, worksheets[rel_id.group(1).decode()]
    raise LookupError("no worksheet")


def _column(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _goals_rows(prefix: str) -> bytes:
    """The goals table, and beside it a formula with its cached value (a column xlsmart does not
    read), so the coloured copy is seen to keep the formulas of the rows it paints."""
    p = prefix

    def text(ref: str, value: str) -> str:
        return f'<{p}c r="{ref}" t="inlineStr"><{p}is><{p}t>{value}</{p}t></{p}is></{p}c>'

    def length(number: int, goal: str) -> str:
        return f'<{p}c r="F{number}"><{p}f>LEN(B{number})</{p}f><{p}v>{len(goal)}</{p}v></{p}c>'

    rows = []
    for number, values in enumerate(GOALS_ROWS, start=1):
        cells = [text(f"{'ABCDE'[i]}{number}", value) for i, value in enumerate(values) if value]
        cells.append(text(f"F{number}", FORMULA_HEADER) if number == 1 else length(number, values[1]))
        rows.append(f'<{p}row r="{number}">{"".join(cells)}</{p}row>')
    return "".join(rows).encode()


def _without_merges_over_the_goals(sheet: bytes) -> bytes:
    """Merged ranges that reach A1:F3 would hide goals cells: those (and only those) go."""
    def over_goals(merge: re.Match[bytes]) -> bool:
        first_col, first_row = merge.group(1), merge.group(2)
        return _column(first_col) <= len(GOALS_ROWS[0]) + 1 and int(first_row) <= len(GOALS_ROWS)

    def kept(block: re.Match[bytes]) -> bytes:
        merges = [m.group(0) for m in _MERGE.finditer(block.group(2)) if not over_goals(m)]
        if not merges:
            return b""
        prefix = block.group(1)
        return b"<%smergeCells count=\"%d\">%s</%smergeCells>" % (prefix, len(merges), b"".join(merges), prefix)

    return _MERGES.sub(kept, sheet)


def _rezipped(infos: list[zipfile.ZipInfo], members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in infos:
            target.writestr(info, members[info.filename])
    return out.getvalue()


def goals_variant(data: bytes) -> bytes:
    """The package with its first worksheet renamed :data:`GOALS_SHEET` and its cells replaced by
    :data:`GOALS_ROWS` (inline strings, in the sheet's own namespace prefix). Edited as bytes, not
    re-serialised: the sheet's columns, views, formatting rules, validations, drawings and the
    empty formatted rows below the table stay; only merged ranges over A1:F3 go. Every other
    member is byte-identical."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        infos = source.infolist()
        members = {info.filename: source.read(info) for info in infos}
    workbook, element, sheet = first_worksheet(members)
    renamed = _SHEET_NAME.sub(lambda m: m.group(1) + GOALS_SHEET.encode() + m.group(2), element, count=1)
    members[workbook] = members[workbook].replace(element, renamed, 1)

    def goals_data(old: re.Match[bytes]) -> bytes:
        prefix = old.group(1)
        rows = _EMPTY_ROW.finditer(old.group(0))
        below = b"".join(row.group(0) for row in rows if int(row.group(1)) > len(GOALS_ROWS))
        return b"<%ssheetData>%s%s</%ssheetData>" % (prefix, _goals_rows(prefix.decode()), below, prefix)

    members[sheet] = _without_merges_over_the_goals(_SHEET_DATA.sub(goals_data, members[sheet], count=1))
    return _rezipped(infos, members)


@pytest.mark.parametrize("name", WORKBOOKS)
def test_the_surgery_changes_only_the_first_worksheet_and_its_name(name):
    original = (REAL / name).read_bytes()
    before, after = Package.read(original), Package.read(goals_variant(original))
    first = next(i for i, (_, _, part) in enumerate(before.sheets) if part)
    sheet = before.sheets[first][2]
    renamed = [GOALS_SHEET if i == first else name for i, (name, _, _) in enumerate(before.sheets)]
    assert [name for name, _, _ in after.sheets] == renamed
    assert list(after.members) == list(before.members)
    assert {m for m in before.members if after.members[m] != before.members[m]} == {before.workbook, sheet}
    cells = re.findall(rb"<(?:[\w.-]+:)?c\s[^>]*>", after.members[sheet])
    assert len(cells) == sum(1 for row in GOALS_ROWS for text in row if text) + len(GOALS_ROWS)
    assert len(FORMULA.findall(_SHEET_DATA.search(after.members[sheet]).group(0))) == len(GOALS_ROWS) - 1


VARIANTS = [pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[name]))
            if name in KNOWN_BUGS else name for name in WORKBOOKS]


@pytest.mark.parametrize("name", VARIANTS)
def test_a_goals_variant_of_a_real_workbook_is_checked_coloured_and_kept_whole(name, tmp_path):
    variant = tmp_path / f"goals{Path(name).suffix}"
    variant.write_bytes(goals_variant((REAL / name).read_bytes()))
    before = sha256(variant)
    copy = tmp_path / f"goals-checked{variant.suffix}"
    ran = xlsmart("validate", str(variant), "-o", str(copy), "--format", "json", "--as-of", AS_OF, cwd=tmp_path)
    assert ran.code == 1, ran.stderr
    assert sha256(variant) == before, "the input was changed"
    assert_within_limits(ran)
    report = json.loads(ran.stdout)
    assert read_sheets(report) == [(GOALS_SHEET, "goals")]
    assert {(f["sheet"], f["row"], f["code"]) for f in report["findings"]} == EXPECTED

    after = assert_copy_keeps_everything(variant, copy, report)
    assert fill_of(after, GOALS_SHEET, "A3") == FILL_COLOURS["error"]
    assert fill_of(after, GOALS_SHEET, "A2") not in FILL_COLOURS.values()
    flagged = {f["cell"].rpartition("!")[2] for f in report["findings"]}
    given = Package.read(variant)
    users = {ref for ref, _, _ in notes_of(given, given.worksheet(GOALS_SHEET))}
    ours = {ref for ref, author, _ in notes_of(after, after.worksheet(GOALS_SHEET)) if author == "xlsmart"}
    assert ours == flagged - users  # one note per flagged cell, none over a note the user wrote
    seen = openpyxl_sheetnames(variant)
    if name in OPENPYXL_CANNOT_LOAD:
        assert not seen  # the exemption is openpyxl's own limit, not ours
    elif name in OPENPYXL_MISSES_STYLES:  # openpyxl reads styles from xl/styles.xml only: our fills' styles
        import python_calamine  # are elsewhere, so it cannot place them; calamine reads the copy instead

        assert python_calamine.CalamineWorkbook.from_path(str(copy)).sheet_names == [*seen, "Findings"]
    else:
        assert openpyxl_sheetnames(copy) == [*seen, "Findings"]


COLUMNS_COUNTED_TWICE = (
    "limits.scan_part bounds a sheet's columns by its widest cell reference plus the most cells in one row once "
    "a chunk looks quirky, and <col>/<cfRule> tags count as '<c': Excel's column widths make an ordinary chunk "
    "look quirky, so one stray cell at XFD1048576 gives 16,384 + 6: exit 2 \"sheet 'Goals 2027' has 16,390 "
    "columns (limit 16,384)\" (gnumeric's calamine_issue_174.xlsx is refused as '32,768 columns' likewise)")


def test_a_stray_cell_in_column_xfd_of_a_real_excel_sheet_is_read_not_refused(tmp_path):
    variant = goals_variant((REAL / "poi_simple-monthly-budget.xlsx").read_bytes())  # seven <col> widths
    with zipfile.ZipFile(io.BytesIO(variant)) as source:
        infos = source.infolist()
        members = {info.filename: source.read(info) for info in infos}
    _, _, sheet = first_worksheet(members)
    stray = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
    members[sheet] = members[sheet].replace(b"</sheetData>", stray, 1)
    (tmp_path / "goals.xlsx").write_bytes(_rezipped(infos, members))
    ran = xlsmart("validate", "goals.xlsx", "--format", "json", "--as-of", AS_OF, cwd=tmp_path)
    assert ran.code == 1, ran.stderr
    assert {(f["sheet"], f["row"], f["code"]) for f in json.loads(ran.stdout)["findings"]} == EXPECTED
