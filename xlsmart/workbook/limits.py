"""Safety limits for reading untrusted workbooks, and the checks that enforce them.

Every check here runs before a fast native reader sees the file: the file's first bytes name
what it really is (legacy .xls, a password-protected package, a CSV renamed .xlsx), the zip's
directory is weighed before anything is expanded, and each XML part we hand on is streamed
once to count its real size, refuse DTDs (billion laughs) and measure the sheet's used range.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field

from xlsmart.errors import UnreadableWorkbook, WorkbookTooLarge
from xlsmart.workbook.ooxml.cells import column_number
from xlsmart.workbook.ooxml.members import ERRORS, member_chunks

MB = 1024 * 1024
CHUNK = 1 * MB
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")


@dataclass(frozen=True)
class Limits:
    """What a workbook may weigh. Defaults suit a desktop or CI; a server may lower them.

    >>> Limits(max_rows=10_000).max_rows
    10000
    """

    max_file_bytes: int = 256 * MB  # the file as uploaded
    max_uncompressed_bytes: int = 1024 * MB  # all zip members, declared and actually expanded
    # Expanded/compressed per member. XML sheets are usually 5-20x, but LibreOffice writes runs of
    # identical empty rows that pass 200x (a sheet of identical styled rows: about 460x); a member
    # of zeros or one repeated byte, the zip bomb's stuffing, deflates about 1,030x.
    max_ratio: float = 600.0
    ratio_floor_bytes: int = 4 * MB  # members smaller than this may compress as well as they like
    max_members: int = 10_000  # entries in the zip
    max_rows: int = 1_048_576  # rows per read sheet (Excel's own maximum)
    max_columns: int = 16_384  # columns per read sheet (Excel's own maximum)
    max_grid_cells: int = 12_000_000  # a used range larger than this is streamed, not gridded


def sniff(head: bytes, *, label: str = "the file") -> None:
    """Refuse what is not an .xlsx by its first bytes, with one line naming what it is.

    >>> sniff(b"PK\\x03\\x04rest")
    >>> sniff(b"id;goal\\n1;more leads\\n")
    Traceback (most recent call last):
    ...
    xlsmart.errors.UnreadableWorkbook: the file is a text/CSV file, not an Excel workbook: open it in Excel and save it as .xlsx
    """
    if not head:
        raise UnreadableWorkbook(f"{label} is empty (0 bytes): not an Excel workbook")
    if head.startswith(ZIP_SIGNATURES):
        return
    if head.startswith(OLE_SIGNATURE):
        raise UnreadableWorkbook(_ole_cause(head, label), code="legacy_or_encrypted")
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] == b"<":
        raise UnreadableWorkbook(f"{label} is an HTML/XML file, not an Excel workbook: save it as .xlsx")
    if _looks_like_text(head):
        raise UnreadableWorkbook(
            f"{label} is a text/CSV file, not an Excel workbook: open it in Excel and save it as .xlsx"
        )
    raise UnreadableWorkbook(f"{label} is not an Excel workbook (.xlsx/.xlsm): unknown binary format")


def _ole_cause(head: bytes, label: str) -> str:
    # An OLE2 container is either a legacy .xls or an encrypted OOXML package; the latter holds
    # streams named EncryptionInfo/EncryptedPackage, stored as UTF-16LE in the directory.
    if "EncryptedPackage".encode("utf-16-le") in head or "EncryptionInfo".encode("utf-16-le") in head:
        return f"{label} is password-protected: remove the password in Excel (File > Info > Protect Workbook) and try again"
    return f"{label} is a legacy .xls workbook: open it in Excel and save it as .xlsx"


def _looks_like_text(head: bytes) -> bool:
    sample = head[:4096]
    if b"\x00" in sample:
        return False
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError:
        text = sample.decode("latin-1")
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t")
    return printable >= 0.95 * len(text)


def check_archive(archive: zipfile.ZipFile, limits: Limits, *, label: str = "the file") -> None:
    """Weigh the zip by its directory before expanding anything (zip bombs)."""
    infos = archive.infolist()
    if len(infos) > limits.max_members:
        raise WorkbookTooLarge(f"{label} has {len(infos):,} zip entries (limit {limits.max_members:,})")
    declared = sum(info.file_size for info in infos)
    if declared > limits.max_uncompressed_bytes:
        raise WorkbookTooLarge(
            f"{label} expands to {declared / MB:,.0f} MB (limit {limits.max_uncompressed_bytes / MB:,.0f} MB)"
        )
    seen: set[str] = set()
    for info in infos:
        if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise WorkbookTooLarge(
                f"{label} looks like a zip bomb: {info.filename} expands {info.file_size / max(info.compress_size, 1):,.0f}x "
                f"(limit {limits.max_ratio:,.0f}x)"
            )
        if info.filename in seen:
            raise UnreadableWorkbook(f"{label} is damaged: two zip entries are named {info.filename!r}; "
                                     "open it in Excel and save it again")
        seen.add(info.filename)
        if info.flag_bits & 0x1:
            raise UnreadableWorkbook(f"{label} has an encrypted zip entry ({info.filename}): Excel never writes one; "
                                     "if it has a password, remove it in Excel (File > Info > Protect Workbook)")
        if info.compress_type not in ZIP_METHODS:
            raise UnreadableWorkbook(f"{label} stores {info.filename} with a zip method Excel never uses "
                                     f"(number {info.compress_type}): open it in Excel and save it again")
        try:
            with archive.open(info):  # reads the entry's own header: its name must be the directory's
                pass
        except (zipfile.BadZipFile, RuntimeError, OSError, EOFError) as exc:
            raise UnreadableWorkbook(f"{label} is damaged ({info.filename}: {str(exc).splitlines()[0][:160]}): "
                                     "open it in Excel and save it again") from None
        if info.filename.lower().endswith("sharedstrings.xml"):
            _check_shared_strings(archive, info, label)


def _check_shared_strings(archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str) -> None:
    """Refuse a shared-strings part that declares more strings than its size can hold: the
    native reader reserves room for the declared count first (calamine#684: 4 billion strings
    ask for 96 GB and abort the process)."""
    with archive.open(info) as part:
        head = part.read(4096)
    declared = _UNIQUE_COUNT.search(head)
    if declared and int(declared[1]) > info.file_size // MIN_SHARED_STRING_BYTES + 1:
        raise UnreadableWorkbook(
            f"{label} is damaged: {info.filename} declares {int(declared[1]):,} strings in {info.file_size:,} bytes; "
            "open it in Excel and save it again")


ZIP_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)  # what Excel and LibreOffice write
MIN_SHARED_STRING_BYTES = 5  # "<si/>": the least one shared string takes
_UNIQUE_COUNT = re.compile(rb"""\buniqueCount\s*=\s*["'](\d+)""")


@dataclass
class PartScan:
    """What one streamed pass over an XML part learned: real size and the used range's extent."""

    size: int = 0
    errors: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col) -> "#DIV/0!"
    last_row: int = 0  # r= of the last row tag seen
    row_tags: int = 0
    bare_rows: int = 0  # rows without attributes, in chunks where some row or cell lacks r=
    unreferenced: int = 0  # the most cells in one row, in such chunks
    widest: int = 0  # the widest cell reference seen
    big: bool = False  # a value of 10^11 or more: as a date, past what calamine can convert

    @property
    def rows(self) -> int:
        """An upper bound of the last row number."""
        return max(self.last_row + self.bare_rows, self.row_tags)

    @property
    def columns(self) -> int:
        """An upper bound of the widest row."""
        return self.widest + self.unreferenced


_ROW_OPEN = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s>/]")
# Values of 10^11 or more either way: as dates (more than 270 million years), calamine panics on them.
_BIG_VALUE = re.compile(rb"v>-?\d{12}")
_BIG_EXPONENT = re.compile(rb"v>-?\d[\d.]*[eE]\+?(?:1[1-9]|[2-9]\d|\d{3})")
BIG_VALUES = re.compile(_BIG_VALUE.pattern + rb"|" + _BIG_EXPONENT.pattern)
# Built-in number formats that show a date or time (ECMA-376 18.8.30, with the East Asian ones).
DATE_FORMAT_IDS = frozenset([*range(14, 23), *range(27, 37), 45, 46, 47, *range(50, 59), *range(71, 82)])
_NUM_FMT = re.compile(rb"""<(?:[\w.-]+:)?numFmt\b[^>]*?\snumFmtId\s*=\s*["'](\d+)["'][^>]*?\sformatCode\s*=\s*["']([^"']*)""")
_CELL_XFS = re.compile(rb"<(?:[\w.-]+:)?cellXfs\b[^>]*>(.*?)</(?:[\w.-]+:)?cellXfs>", re.S)
_XF_FORMAT = re.compile(rb"""<(?:[\w.-]+:)?xf\b[^>]*?\snumFmtId\s*=\s*["'](\d+)|<(?:[\w.-]+:)?xf\b""")
_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


def date_styles(styles_xml: bytes) -> frozenset[int]:
    """Indexes of the cell formats (``s=``) that show a number as a date or time.

    >>> date_styles(b'<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd-mm-yyyy"/><numFmt numFmtId="165" '
    ...             b'formatCode="0.00&quot;d&quot;"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/>'
    ...             b'<xf numFmtId="165"/><xf numFmtId="14"/></cellXfs></styleSheet>')
    frozenset({1, 3})
    """
    custom = {int(n): code.decode("utf-8", "replace").replace("&quot;", '"') for n, code in _NUM_FMT.findall(styles_xml)}
    dated = {n for n, code in custom.items() if re.search(r"[dmyhs]", _QUOTED.sub("", code), re.I)}
    block = _CELL_XFS.search(styles_xml)
    formats = [int(n) if n else 0 for n in _XF_FORMAT.findall(block.group(1))] if block else []
    return frozenset(at for at, n in enumerate(formats) if n in DATE_FORMAT_IDS or n in dated)
_CELL_OPEN = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s>/]")
_TAG_ROW_REF = re.compile(rb'\sr="(\d+)"')
_WIDE_REF = re.compile(rb' r="([A-Z]{2,3})\d')
_ERROR_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c\s([^>]*?\bt=\"e\"[^>]*)>(.*?)</(?:[A-Za-z_][\w.-]*:)?c>", re.S)
_ERROR_REF = re.compile(rb"\br=\"([A-Z]{1,3})(\d+)\"")
_ERROR_VALUE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?v>([^<]*)<")


class ExpansionAllowance:
    """Bytes all parts of one workbook may still expand to (``Limits.max_uncompressed_bytes``
    at first); shared across parts so many small ones add up. ``spend`` refuses the file once
    it is used up."""

    def __init__(self, limits: Limits, label: str) -> None:
        self.left = limits.max_uncompressed_bytes
        self.limits = limits
        self.label = label

    def spend(self, n: int, part: str) -> None:
        self.left -= n
        if self.left < 0:
            raise WorkbookTooLarge(
                f"{self.label}: {part} expands beyond {self.limits.max_uncompressed_bytes / MB:,.0f} MB"
            )


def scan_part(archive: zipfile.ZipFile, part: str, allowance: ExpansionAllowance, *, worksheet: bool = False) -> PartScan:
    """Stream one member once: count real bytes, refuse DTDs, and bound a worksheet's extent."""
    scan = PartScan()
    tail = b""
    last_row = row_tags = bare_rows = unreferenced = widest = 0
    try:
        for chunk in member_chunks(archive, part, CHUNK):
            allowance.spend(len(chunk), part)
            scan.size += len(chunk)
            window = tail + chunk  # a tag split across two chunks is whole in the window
            tail = chunk[-64:]
            # One pass per question, each at memory speed: a single byte ("!") is a memchr, and a
            # question that needs a regex has a literal prefix re finds like a substring.
            if b"!" in window and (b"<!DOCTYPE" in window or b"<!ENTITY" in window):
                raise UnreadableWorkbook(
                    f"{allowance.label} contains an XML DOCTYPE/ENTITY declaration in {part}: refused (unsafe XML)"
                )
            if not worksheet:
                continue
            # Regexes run in full only where a quirk shows up ("<c" also counts <col> and
            # <cfRule>: that only costs the exact check).
            rows = chunk.count(b"<row") or len(_ROW_OPEN.findall(chunk))
            row_tags += rows
            last_row = max(last_row, _last_row_ref(window))
            widest = max(widest, _widest_column(window))
            if b't="e"' in window:
                _collect_errors(window, scan.errors)
            if not scan.big:
                scan.big = bool(_BIG_VALUE.search(window) or (b"+" in window and (b"E+" in window or b"e+" in window)
                                                          and _BIG_EXPONENT.search(window)))
            refs = chunk.count(b' r="')
            if (chunk.count(b"<c") + rows > refs + 2 or (rows and b"<c" not in chunk)) and (
                    len(_CELL_OPEN.findall(chunk)) + rows > refs + 2 or (rows and b"<c" not in chunk)):
                # Rows or cells without r= (or prefixed tags) sit right after their neighbour:
                # bound rows by counting and columns by the longest row. (The quick count takes
                # <col> and <cfRule> for cells; the exact one, run only then, does not.)
                bare_rows += chunk.count(b"<row>")
                longest = max(len(_CELL_OPEN.findall(seg)) for seg in _ROW_OPEN.split(chunk))
                unreferenced = max(unreferenced, longest)
    except ERRORS as exc:
        raise UnreadableWorkbook(f"{allowance.label} is damaged ({part}: {exc}): not a readable workbook") from None
    if worksheet:
        scan.last_row, scan.row_tags, scan.bare_rows, scan.unreferenced, scan.widest = (
            last_row, row_tags, bare_rows, unreferenced, widest)
    return scan


def _last_row_ref(window: bytes) -> int:
    """r= of the last row tag in the window that holds cells (rows are stored in ascending order;
    an empty ``<row r="1048576"/>``, as some writers leave, holds nothing to read)."""
    end = len(window)
    while True:
        at = window.rfind(b"<row ", 0, end)
        at = max(at, window.rfind(b":row ", max(at, 0), end))  # a prefixed tag after it, if any (rare: no full pass)
        if at < 0:
            return 0
        close = window.find(b">", at)
        if close < 0 or window[close - 1] != 47:  # not "/>": a row that may hold cells
            found = _TAG_ROW_REF.search(window, at, close + 1 if close >= 0 else len(window))
            return int(found.group(1)) if found else 0
        end = at


def _widest_column(window: bytes) -> int:
    """Widest cell reference in the window; one regex pass, cheap when every column is A..Z."""
    letters = set(_WIDE_REF.findall(window))
    if letters:
        return column_number(max(letters, key=lambda ref: (len(ref), ref)).decode())
    return 26 if b' r="' in window else 0


def _collect_errors(window: bytes, errors: dict[tuple[int, int], str]) -> None:
    """Cached error values (t="e"): the fast reader returns them as empty cells."""
    for cell in _ERROR_CELL.finditer(window):
        ref, value = _ERROR_REF.search(cell.group(1)), _ERROR_VALUE.search(cell.group(2))
        if ref and value:
            errors[(int(ref.group(2)), column_number(ref.group(1).decode()))] = value.group(1).decode()
