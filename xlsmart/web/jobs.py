"""Run one validation per upload in its own short-lived process, a bounded number at a time.

Why a process per job and not a thread pool: a thread cannot be stopped, so a workbook that
takes too long (or grows too large in memory) would keep a thread and its memory until it
finished on its own. A child process can be killed at the time limit, and all its memory goes
back to the system when it ends. Children are forked from a ``forkserver`` that has already
imported the reader, the rules and the painter, so a job starts in milliseconds, and forking from
that single-threaded server is safe where forking the threaded web server would not be.
``ProcessPoolExecutor`` was the other candidate; it cannot kill one running task without
breaking the whole pool.

The web face calls :meth:`JobRunner.run`; the child calls :func:`run_job`, which is the same
:func:`xlsmart.validation.validate_file` the CLI uses.
"""

from __future__ import annotations

import asyncio
import io
import multiprocessing
import sys
import zipfile
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

import anyio

from xlsmart.errors import WorkbookTooLarge, XlsmartError, internal_error
from xlsmart.workbook.limits import Limits

PRELOAD = [
    "xlsmart.validation",
    "xlsmart.rules.engine",
    "xlsmart.rules.goals",
    "xlsmart.rules.kpis",
    "xlsmart.rules.budgets",
    "xlsmart.workbook.reader",
    "xlsmart.workbook.painter",
    "python_calamine",
    "openpyxl",
]


@dataclass(frozen=True)
class Job:
    """One upload to validate; ``name`` is the sanitised display name, never a path."""

    payload: bytes
    name: str
    as_of: str | None = None
    lang: str | None = None
    paint: bool = False
    limits: Limits | None = None  # what the reader accepts; the service's, tighter than the CLI's
    overview: bool = False  # the report also carries every row read (the upload page asks for it)


@dataclass(frozen=True)
class Outcome:
    """What a job returns: the JSON report and, when asked, the coloured workbook."""

    report: dict[str, Any]
    workbook: bytes | None = None
    macro_enabled: bool = False


class JobFailed(Exception):
    """A job that produced no report: carries the HTTP status and the error code/message."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def run_job(job: Job) -> Outcome:
    """Validate (and maybe paint) one upload in this process.

    >>> run_job(Job(b"not a workbook", "x.xlsx"))  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    xlsmart.errors.UnreadableWorkbook: x.xlsx is a text/CSV file, not an Excel workbook: ...
    """
    from xlsmart.validation import validate_file

    out = io.BytesIO() if job.paint else None
    # workers=1: the service runs uploads side by side; one process per upload bounds its memory
    report = validate_file(job.payload, out, as_of=job.as_of, lang=job.lang, name=job.name, limits=job.limits,
                           workers=1, overview=job.overview)
    if out is None:
        return Outcome(report.to_dict())
    painted = out.getvalue()
    return Outcome(report.to_dict(), painted, is_macro_enabled(painted))


def is_macro_enabled(workbook: bytes) -> bool:
    """Whether a workbook package declares the macro-enabled (.xlsm) main part."""
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        return b"macroEnabled" in archive.read("[Content_Types].xml")


def status_for(error: XlsmartError) -> int:
    """413 for a file over a size limit, 422 for any other file xlsmart cannot use."""
    return 413 if isinstance(error, WorkbookTooLarge) else 422


def _child(conn: Connection, job: Job) -> None:
    """Entry point of the job process: send back an Outcome or a (status, code, message)."""
    try:
        conn.send(run_job(job))
    except XlsmartError as exc:
        conn.send((status_for(exc), exc.code, str(exc).splitlines()[0] if str(exc) else exc.code))
    except MemoryError:
        conn.send((413, "too_large", f"{job.name} needs more memory than the service allows"))
    except Exception as exc:  # a bug, not the user's file: say so without a traceback, keep the trace here
        trace = internal_error(exc, f"checking the upload {job.name}").trace
        print(f"xlsmart: internal error checking an upload; trace saved to {trace}", file=sys.stderr, flush=True)
        conn.send((500, "internal", f"validation failed unexpectedly ({type(exc).__name__}): a bug in xlsmart, "
                                    "not in your file; the server kept a report for its maintainers"))
    finally:
        conn.close()


class JobRunner:
    """At most ``workers`` jobs run at once and ``queue`` more wait; beyond that, 503.

    Each job gets ``timeout_s`` seconds to finish before its process is killed (504); a job
    waits at most ``timeout_s`` for a free slot (503).
    """

    def __init__(self, workers: int = 2, timeout_s: float = 60, queue: int = 16) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers = workers
        self.timeout_s = timeout_s
        self.capacity = workers + queue
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(PRELOAD)
        self._slots: asyncio.Semaphore | None = None
        self._slots_loop: asyncio.AbstractEventLoop | None = None
        self._admitted = 0

    async def run(self, job: Job) -> Outcome:
        """Run ``job`` in a child process; raise :class:`JobFailed` with an HTTP status."""
        if self._admitted >= self.capacity:
            raise JobFailed(503, "busy", "the service is busy: try again in a minute")
        self._admitted += 1
        try:
            slots = self._semaphore()
            try:
                if slots.locked():  # only a real wait is timed: a free slot is taken at once
                    await asyncio.wait_for(slots.acquire(), self.timeout_s)
                else:
                    await slots.acquire()
            except asyncio.TimeoutError:
                raise JobFailed(503, "busy", "the service is busy: try again in a minute") from None
            try:
                return await anyio.to_thread.run_sync(self._run_blocking, job)
            finally:
                slots.release()
        finally:
            self._admitted -= 1

    def _semaphore(self) -> asyncio.Semaphore:
        # Created inside the running loop; a new loop (a test client's) gets its own.
        loop = asyncio.get_running_loop()
        if self._slots is None or self._slots_loop is not loop:
            self._slots, self._slots_loop = asyncio.Semaphore(self.workers), loop
        return self._slots

    def _run_blocking(self, job: Job) -> Outcome:
        receiver, sender = self._context.Pipe(duplex=False)
        process = self._context.Process(target=_child, args=(sender, job), daemon=True)
        try:
            process.start()
            sender.close()
            # Receive before joining: a large workbook fills the pipe and would block the child.
            if not receiver.poll(self.timeout_s):
                raise JobFailed(504, "timeout", f"checking {job.name} took longer than {self.timeout_s:g} s: "
                                                "split the workbook or remove unused rows")
            try:
                answer = receiver.recv()
            except EOFError:
                raise JobFailed(500, "worker_died", f"the validator stopped while checking {job.name} "
                                                    "(out of memory?)") from None
        finally:
            receiver.close()
            sender.close()
            if process.pid is not None:  # started: never leave a job process behind
                if process.is_alive():
                    process.kill()
                process.join(5)
        if isinstance(answer, Outcome):
            return answer
        status, code, message = answer
        raise JobFailed(status, code, message)
