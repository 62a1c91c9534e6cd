"""The Python face of the validator: any workbook source in, a :class:`Report` out.

``validate`` reads (a path, bytes, a file object, or DataFrames by sheet name) and runs the
rules; ``validate_file`` also writes the colour-coded copy. The CLI, the web service and the
ribbon all end up in :func:`xlsmart.rules.engine.check_workbook`.
"""

from __future__ import annotations

import gc
import io
import math
import os
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any, BinaryIO

from .errors import NoKnownSheets, OutputNotWritten
from .model import Report, WorkbookData
from .rules.engine import check_workbook, code_filter
from .runtime import Helpers, start_helpers
from .workbook.limits import Limits, check_archive
from .workbook.mapping import WorkbookMap, from_config, parse_entries
from .workbook.ooxml.parts import misnamed_parts, renamed_package
from .workbook.records import no_known_sheets, no_readable_sheet, workbook_from_sheets

Source = "str | os.PathLike[str] | bytes | BinaryIO | Mapping[str, pandas.DataFrame]"


def read(source: Any, *, name: str | None = None, limits: Limits | None = None,
         on_sheet: Callable[[WorkbookData], None] | None = None,
         mapping: Any = None, workers: int | None = None) -> WorkbookData:
    """Read a workbook source into records. Raises :class:`XlsmartError` for unusable files.

    ``limits`` bounds what a file may weigh (see :class:`xlsmart.workbook.limits.Limits`); a
    service taking uploads from strangers sets tighter ones than the defaults. ``mapping``: see
    :func:`validate`. ``workers=1`` reads one sheet at a time (else two load side by side).
    """
    told = as_mapping(mapping)
    if isinstance(source, Mapping):
        data = workbook_from_sheets({sheet: _frame_rows(frame) for sheet, frame in source.items()}, name=name or "",
                                    on_sheet=on_sheet, told=told)
        if not data.sheets:
            raise NoKnownSheets(no_known_sheets(name or "the data", source))
        if problem := no_readable_sheet(name or "the data", data):
            raise NoKnownSheets(problem)
        return data
    from .workbook.reader import LOAD_LANES, read_workbook

    # One worker asked for (the service: uploads side by side, each bounded): one sheet loads at a time.
    lanes = 1 if workers == 1 else LOAD_LANES
    return read_workbook(source, name=name, limits=limits, on_sheet=on_sheet, told=told, lanes=lanes)


Progress = Callable[[str, float], None]  # (what is happening, fraction done 0..1)
READ_SHARE = 0.7  # of validate()'s work, roughly, done once the sheets are read
PAINT_SHARE = 0.15  # of validate_file()'s work, roughly, spent writing the coloured copy
HELPERS_FROM = 256 << 10  # bytes: a workbook this large (thousands of goals) gets helper processes


def validate(source: Any, *, as_of: Any = None, lang: str | None = None, min_score: int | None = None,
             name: str | None = None, limits: Limits | None = None, progress: Progress | None = None,
             workers: int | None = None, select: Iterable[str] = (), ignore: Iterable[str] = (),
             mapping: Any = None, overview: bool = False) -> Report:
    """Validate a workbook and return its report; ``progress`` hears of each step.

    ``workers`` processes judge the goals (default: one per core; see :func:`check_workbook`).
    ``select``/``ignore``: report only these codes, or all but these (``"G05"``, or ``"K"`` for
    every KPI rule). ``mapping``: what cannot be guessed, as ``--map`` entries
    (``["Plan FY27=goals", "Wie=owner"]``), a config table (``{"sheets": {...}, "columns":
    {...}}``) or a :class:`~xlsmart.workbook.mapping.WorkbookMap`. ``overview``: the report also
    carries every row read, with its ID, words, SMART letters, KPI status or amounts.

    >>> import pandas as pd
    >>> report = validate({"KPIs": pd.DataFrame({"ID": ["K1"], "Goal ID": ["G9"], "KPI": ["Leads"]})})
    >>> sorted({f.code for f in report.findings})[:2]
    ['K02', 'K03']
    """
    wanted, told = code_filter(select, ignore), as_mapping(mapping)  # mistakes fail before any work
    source = _named_as_linked(source)
    with _job(source, workers) as helpers:
        return _validate(source, as_of=as_of, lang=lang, min_score=min_score, name=name, limits=limits,
                         progress=progress, workers=workers, helpers=helpers, told=told,
                         overview=overview).only(wanted)


def _validate(source: Any, *, as_of: Any, lang: str | None, min_score: int | None, name: str | None,
              limits: Limits | None, progress: Progress | None, workers: int | None,
              helpers: Helpers | None, told: WorkbookMap, overview: bool = False) -> Report:
    label = name or _label(source)
    tell = progress or (lambda step, done: None)

    def sheet_read(data: WorkbookData) -> None:
        tell(f"read {', '.join(s.name for s in data.sheets.values())}", READ_SHARE * len(data.sheets) / 3)

    tell("reading", 0.0)
    data = read(source, name=label, limits=limits, on_sheet=sheet_read, mapping=told, workers=workers)
    tell("checking every row", READ_SHARE)
    report = check_workbook(data, as_of=as_of, lang=lang, min_score=min_score, file=label, workers=workers,
                            helpers=helpers, overview=overview)
    tell("checked", 1.0)
    return report


def validate_file(source: str | os.PathLike[str] | bytes | BinaryIO, out: str | os.PathLike[str] | BinaryIO | None = None,
                  *, as_of: Any = None, lang: str | None = None, min_score: int | None = None,
                  name: str | None = None, limits: Limits | None = None, progress: Progress | None = None,
                  workers: int | None = None, select: Iterable[str] = (), ignore: Iterable[str] = (),
                  mapping: Any = None, overview: bool = False) -> Report:
    """Validate a workbook file and, given ``out``, write the colour-coded copy there (coloured
    by the findings ``select`` and ``ignore`` leave, as the report lists them); the arguments
    are :func:`validate`'s."""
    wanted, told = code_filter(select, ignore), as_mapping(mapping)
    payload = _named_as_linked(_bytes_of(source) if out is not None else source)
    checking = progress
    if progress is not None and out is not None:  # validating is the first part of the job

        def checking(step: str, done: float) -> None:
            progress(step, done * (1 - PAINT_SHARE))

    with _job(payload, workers) as helpers:
        report = _validate(payload, as_of=as_of, lang=lang, min_score=min_score, name=name or _label(source),
                           limits=limits, progress=checking, workers=workers, helpers=helpers, told=told,
                           overview=overview).only(wanted)
        if out is not None:
            from .extras import require_files
            from .native import give_back_memory

            require_files()  # the painter writes XML with lxml
            from .workbook.paint.painter import paint

            give_back_memory()  # the records are gone: start the copy from a lean process
            if progress:
                progress("writing the coloured copy", 1 - PAINT_SHARE)
            try:
                paint(payload, report, out, lang=report.lang, workers=workers, helpers=helpers)
            except OutputNotWritten as error:
                error.report = report  # the findings stand though the copy could not be written
                raise
            if progress:
                progress("done", 1.0)
    return report


@contextmanager
def _job(source: Any, workers: int | None) -> Iterator[Helpers | None]:
    """What one validation runs in: its helpers, and Python's cycle collector paused.

    Helpers are forked now, while this process is still small, and only for a file large
    enough to need them (see :mod:`xlsmart.runtime`): one per core, to judge goals and
    patch sheets in turn. The collector
    is paused because building records allocates millions of objects and each burst set off
    another collection walking all of them (0.7 s of CPU at 3 x 100,000 rows) for nothing:
    records hold no reference cycles. Cycles made meanwhile are collected once it runs again.
    """
    helpers = start_helpers(workers) if _large(source) else None
    collecting = gc.isenabled()
    gc.disable()
    try:
        with helpers or nullcontext():
            yield helpers
    finally:
        if collecting:
            gc.enable()


def as_mapping(mapping: Any) -> WorkbookMap:
    """A :class:`WorkbookMap` from what :func:`validate` takes as ``mapping``; a wrong entry raises
    ``ValueError`` naming it."""
    if mapping is None or isinstance(mapping, WorkbookMap):
        return mapping or WorkbookMap()
    if isinstance(mapping, Mapping):
        return from_config(mapping, "mapping")
    return parse_entries([mapping] if isinstance(mapping, str) else mapping)


def _large(source: Any) -> bool:
    """A file big enough to hold thousands of goals (helpers are forked only then)."""
    try:
        size = len(source) if isinstance(source, (bytes, bytearray)) else os.path.getsize(source)
    except (TypeError, OSError):
        return False
    return size >= HELPERS_FROM


def _named_as_linked(source: Any) -> Any:
    """The source, or a renamed copy of it when its part names differ from its links only in
    case or backslashes: the reader, calamine and the painter then all find every part."""
    if not isinstance(source, (str, os.PathLike, bytes, bytearray)):
        return source
    try:
        with zipfile.ZipFile(source if not isinstance(source, (bytes, bytearray)) else io.BytesIO(source)) as archive:
            names = misnamed_parts(archive)
            if names:
                check_archive(archive, Limits())  # renaming expands every part: weigh them first
        if not names:
            return source
        data = bytes(source) if isinstance(source, (bytes, bytearray)) else Path(source).read_bytes()
        return renamed_package(data, names)
    except Exception:
        return source


def _bytes_of(source: Any) -> Any:
    """Read a file object once so the reader and the painter can both use its bytes."""
    if hasattr(source, "read"):
        return source.read()
    return source


def _label(source: Any) -> str:
    if isinstance(source, (str, os.PathLike)):
        return os.fspath(source)
    return getattr(source, "name", "") if not isinstance(source, (bytes, Mapping)) else ""


def _frame_rows(frame: Any) -> list[list[Any]]:
    """A DataFrame as rows with its header first; NaN/NaT become empty cells."""
    rows: list[list[Any]] = [list(map(str, frame.columns))]
    for values in frame.itertuples(index=False, name=None):
        rows.append([None if _missing(v) else (v.to_pydatetime() if hasattr(v, "to_pydatetime") else v) for v in values])
    return rows


def _missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(isinstance(value, float) and math.isnan(value)) or str(value) in ("NaT", "nan")
    except (TypeError, ValueError):
        return False
