"""Patch a workbook's big worksheets, side by side in helper processes where that pays.

Patching a worksheet is pure Python work, so two sheets patch at once only in two processes.
The catch is the palette: painting a cell whose style has no clone yet makes one, and its
number is the next free one, so two processes making clones would number them differently.
So the clones are planned first: the first rows of every sheet are patched as a rehearsal
(:meth:`SheetPatcher.rehearse`), which makes the clones they need in the order a one-process
run would. Helpers then patch whole sheets with that palette frozen. A sheet needing a clone
the rehearsal did not make (a style that first shows up further down) is handed back and
patched here after the others, in sheet order, so the copy is the same byte for byte whether
one process painted it or several.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from xlsmart.runtime import CAN_FORK, Helpers, Pending
from xlsmart.workbook.ooxml.members import Deflated, deflate, member_chunks
from xlsmart.workbook.paint.sheet_patch import CHUNK, SheetPatcher
from xlsmart.workbook.paint.styles import StylePalette, Unplanned

REHEARSAL = 256 << 10  # bytes at the head of each sheet whose rows plan the clone styles
PARALLEL_BYTES = 16 << 20  # worksheet XML the helpers must have between them to be worth starting
UNPLANNED = "unplanned"


@dataclass(frozen=True)
class SheetJob:
    """One worksheet to stream through the patcher."""

    part: str
    marks: dict[int, str]
    span: tuple[int, int]


Patched = Deflated | str | None  # the new member, None if nothing changed, or UNPLANNED


def patch_sheets(archive: zipfile.ZipFile, source: object, jobs: list[SheetJob], palette: StylePalette,
                 workers: int | None = 1, helpers: Helpers | None = None, *,
                 meanwhile: Callable[[], None] = lambda: None, spool: str | None = None) -> dict[str, Deflated]:
    """The patched members of ``jobs`` (unchanged sheets left out), by part name.

    ``source`` is the workbook's path when helpers may open it themselves; ``workers`` > 1 (or
    None: one per core) lets big sheets be patched in helper processes, one sheet a task:
    ``helpers`` forked early if given, else forked now. ``meanwhile()`` runs once this process
    has patched its own share, while the helpers may still be at theirs. A helper that fails
    leaves its sheet to be patched here. ``spool``: a folder where the patched members are
    written (see :func:`~xlsmart.workbook.ooxml.members.deflate`) instead of held in memory.
    """
    for job in jobs:
        SheetPatcher(job.marks, job.span, palette).rehearse(_head(archive, job.part))
    path = _path_for_helpers(archive, source, jobs, workers)
    helped = jobs[1:] if path is not None else []
    pending = None
    if path is not None:
        snapshot = (palette.to_bytes(), dict(palette.to_original))
        tasks = [(path, job, snapshot, spool) for job in helped]
        pending = Pending(_patch_in_helper, tasks, workers=min(workers or len(helped), len(helped)), helpers=helpers,
                          min_items=1)
    results: dict[str, Patched] = {}
    for job in jobs[: len(jobs) - len(helped)]:
        results[job.part] = patch_member(archive, job, palette, spool)
    meanwhile()
    if pending is not None:
        for job, patched in zip(helped, pending.result(), strict=True):
            # A sheet that needed a clone the rehearsal did not make is patched here, in order.
            results[job.part] = patch_member(archive, job, palette, spool) if patched == UNPLANNED else patched
    return {part: patched for part, patched in results.items() if isinstance(patched, Deflated)}


def patch_member(archive: zipfile.ZipFile, job: SheetJob, palette: StylePalette,
                 spool: str | None = None) -> Deflated | None:
    """Stream one worksheet through the patcher into a deflated member (spooled into the folder
    ``spool`` if given); None if nothing changed."""
    patcher = SheetPatcher(job.marks, job.span, palette)
    deflated = deflate(patcher.feed_all(member_chunks(archive, job.part, CHUNK)), spool)
    if patcher.changed:
        return deflated
    if deflated.spool is not None:
        os.unlink(deflated.spool)
    return None


def _patch_in_helper(tasks: Sequence[tuple[str, SheetJob, tuple[bytes, dict[int, int]], str | None]]) -> list[Patched]:
    """In a helper: each sheet patched with the planned palette, frozen; UNPLANNED if it falls short."""
    done: list[Patched] = []
    for path, job, (styles, mapping), spool in tasks:
        palette = StylePalette(styles, mapping)
        palette.frozen = True
        with zipfile.ZipFile(path) as archive:
            try:
                done.append(patch_member(archive, job, palette, spool))
            except Unplanned:
                done.append(UNPLANNED)
    return done


def _path_for_helpers(archive: zipfile.ZipFile, source: object, jobs: list[SheetJob], workers: int | None) -> str | None:
    """The workbook's path for helpers to open, where patching sheets in them pays; else None."""
    if workers == 1 or not CAN_FORK or len(jobs) < 2 or not isinstance(source, (str, os.PathLike)):
        return None
    helped_bytes = sum(archive.getinfo(job.part).file_size for job in jobs[1:])
    return os.fspath(source) if helped_bytes >= PARALLEL_BYTES else None


def _head(archive: zipfile.ZipFile, part: str) -> bytes:
    return next(member_chunks(archive, part, REHEARSAL), b"")
