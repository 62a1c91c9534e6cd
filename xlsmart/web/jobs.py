"""Run one validation per upload in its own short-lived process, a bounded number at a time.

Why a process per job and not a thread pool: a thread cannot be stopped, so a workbook that
takes too long (or grows too large in memory) would keep a thread and its memory until it
finished on its own. A child process can be killed at the time limit, and all its memory goes
back to the system when it ends. Each child caps its own address space (``RLIMIT_AS``, 1 GB by
default) before it reads a byte of the upload, so a small workbook that expands into gigabytes of
cells (a cell bomb) fails inside its own process and is answered 413, while the server and the
other jobs go on. Children are forked from a ``forkserver`` that has already
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
import shutil
import signal
import sys
import tempfile
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
    "xlsmart.workbook.paint.painter",
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


MB = 2**20
DEFAULT_MEMORY_MB = 1024
# How a job process dies when an allocation fails outside Python: Rust (calamine) and the C runtime
# abort (SIGABRT) where Python would raise MemoryError; the kernel's OOM killer sends SIGKILL.
MEMORY_DEATHS = (-signal.SIGABRT, -signal.SIGKILL)


class JobFailed(Exception):
    """A job that produced no report: carries the HTTP status and the error code/message."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def run_job(job: Job, scratch: str | None = None) -> Outcome:
    """Validate (and maybe paint) one upload in this process; the coloured copy's big parts wait
    in the folder ``scratch`` if given (the server's, removed whatever becomes of this process).

    >>> run_job(Job(b"not a workbook", "x.xlsx"))  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    xlsmart.errors.UnreadableWorkbook: x.xlsx is a text/CSV file, not an Excel workbook: ...
    """
    from xlsmart.validation import validate_file

    out = io.BytesIO() if job.paint else None
    previous, tempfile.tempdir = tempfile.tempdir, scratch or tempfile.tempdir
    try:
        # workers=1: the service runs uploads side by side; one process per upload bounds its memory
        report = validate_file(job.payload, out, as_of=job.as_of, lang=job.lang, name=job.name, limits=job.limits,
                               workers=1, overview=job.overview)
    finally:
        tempfile.tempdir = previous  # a trace of our own bug must outlive the job's folder
    if out is None:
        return Outcome(report.to_dict())
    painted = out.getvalue()
    return Outcome(report.to_dict(), painted, is_macro_enabled(painted))


def is_macro_enabled(workbook: bytes) -> bool:
    """Whether a workbook package declares the macro-enabled (.xlsm) main part."""
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        return b"macroEnabled" in archive.read("[Content_Types].xml")


def needs_more_memory(name: str, memory_mb: int | None) -> JobFailed:
    """The answer to a job that ran out of the memory it may use: 413, saying how much that is."""
    allowed = f" ({memory_mb:,} MB a workbook)" if memory_mb else ""
    return JobFailed(413, "too_large", f"{name} needs more memory than the service allows{allowed}: "
                                       "split the workbook or remove unused rows")


def limit_memory(memory_mb: int | None) -> None:
    """Cap this process's address space at ``memory_mb`` (None or 0: no cap; not on Windows).

    ``RLIMIT_AS`` and not a cgroup: it needs no privileges and no systemd delegation, and it
    applies to this one process only. It counts reserved address space, a little more than the
    memory actually touched: an idle job process already holds about 170 MB.
    """
    if not memory_mb:
        return
    try:
        import resource
    except ImportError:  # Windows: no rlimits; the time limit still bounds a job
        return
    cap = memory_mb * MB
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ValueError, OSError):  # a platform that refuses the cap: the time limit still bounds the job
        return


def _ran_out_of_memory(exc: BaseException) -> bool:
    """Whether ``exc`` is, or was raised while handling, a MemoryError (the reader turns some
    into a one-line UnreadableWorkbook, keeping the MemoryError as its context)."""
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return False
        if isinstance(seen, MemoryError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def status_for(error: XlsmartError) -> int:
    """413 for a file over a size limit, 422 for any other file xlsmart cannot use."""
    return 413 if isinstance(error, WorkbookTooLarge) else 422


def _child(conn: Connection, job: Job, memory_mb: int | None = None, scratch: str | None = None) -> None:
    """Entry point of the job process: send back an Outcome or a (status, code, message)."""
    try:
        limit_memory(memory_mb)
        conn.send(run_job(job, scratch))
    except MemoryError:
        refusal = needs_more_memory(job.name, memory_mb)
        conn.send((refusal.status, refusal.code, refusal.message))
    except XlsmartError as exc:
        if _ran_out_of_memory(exc):
            refusal = needs_more_memory(job.name, memory_mb)
            conn.send((refusal.status, refusal.code, refusal.message))
        else:
            conn.send((status_for(exc), exc.code, str(exc).splitlines()[0] if str(exc) else exc.code))
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
    waits at most ``timeout_s`` for a free slot (503). Each job process may use ``memory_mb`` of
    address space (None or 0: no cap); one that needs more is answered 413.
    """

    def __init__(self, workers: int = 2, timeout_s: float = 60, queue: int = 16,
                 memory_mb: int | None = DEFAULT_MEMORY_MB) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers = workers
        self.timeout_s = timeout_s
        self.memory_mb = memory_mb
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
        # The job's temporary files go in a folder of its own that is removed here, after the job,
        # even when it was killed at the time limit or by the memory cap before it could clean up.
        scratch = tempfile.mkdtemp(prefix="xlsmart-job-")
        process = self._context.Process(target=_child, args=(sender, job, self.memory_mb, scratch), daemon=True)
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
                answer = None  # the process died without an answer: its exit code says why, below
        finally:
            receiver.close()
            sender.close()
            if process.pid is not None:  # started: never leave a job process behind
                if process.is_alive():
                    process.kill()
                process.join(5)
            shutil.rmtree(scratch, ignore_errors=True)
        if isinstance(answer, Outcome):
            return answer
        if answer is None:
            if self.memory_mb and process.exitcode in MEMORY_DEATHS:
                raise needs_more_memory(job.name, self.memory_mb)
            print(f"xlsmart: the job process checking an upload died (exit code {process.exitcode})",
                  file=sys.stderr, flush=True)
            raise JobFailed(500, "worker_died", f"the validator stopped while checking {job.name}: a bug in "
                                                "xlsmart, not in your file")
        status, code, message = answer
        raise JobFailed(status, code, message)
