"""Spread one pure, CPU-heavy map over the machine's cores, in forked helper processes.

Judging 100,000 goal texts costs a second or more of pure Python; the other rules cost far
less. So the SMART judging runs in the background (one helper per core) while this process
reads the other sheets and runs the other rules; one helper scans half of the first worksheet,
and big worksheets are patched the same way.

Helpers are best forked early, while this process is still small (:class:`Helpers`, which
``validate()`` starts before it reads): a child forked after the records exist shares their
pages, and every page either side writes to afterwards (a reference count is enough) is
copied, which at 100,000 rows per sheet cost more memory than the helpers' own work. So a
helper's work arrives pickled through a pipe, in batches, and only its results come back.

Off Linux (no ``fork`` on Windows; not fork-safe on macOS), on one core, for a few rows, or in
a process running other threads (a notebook, a server), the work simply runs in this process.
A helper that fails has its slice redone here, so the outcome never depends on the helpers.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from .native import die_with_parent

T = TypeVar("T")
R = TypeVar("R")
MIN_ITEMS = 4_000  # below this a helper costs more than it saves
# Helpers yield the CPU to this process, whose work is the critical path: they take what it
# leaves idle. (At 3 x 100,000 rows, niceness 10 measured 0.1-0.3 s faster than 0 or 5.)
HELPER_NICENESS = 10
# Linux only: on macOS a forked process that has touched the system frameworks may crash, and
# Windows has no fork at all.
CAN_FORK = sys.platform.startswith("linux") and hasattr(os, "fork")


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


class Helper:
    """One forked process waiting for one piece of work: its pid and this side's pipe ends."""

    def __init__(self, pid: int, tasks: int, results: int) -> None:
        self.pid, self.tasks, self.results = pid, tasks, results
        self.feeder: threading.Thread | None = None

    def send(self, fn: Callable[[Sequence[T]], list[R]], items: Sequence[T]) -> bool:
        """Hand over the work; False if it cannot be (``fn`` does not pickle, the helper is gone).

        The items follow in batches from a thread of this process, each pickled straight into
        the pipe as the helper takes it: neither side ever holds all of them pickled, and the
        helper holds one batch at a time.
        """
        try:
            head = pickle.dumps(fn, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:
            self.dismiss()
            return False
        pipe = os.fdopen(self.tasks, "wb")
        self.tasks = -1
        self.feeder = threading.Thread(target=_feed, args=(pipe, head, items), name="xlsmart-feed", daemon=True)
        try:
            self.feeder.start()
        except RuntimeError:  # this interpreter cannot start threads: do this slice here
            self.feeder = None
            pipe.close()
            self.dismiss()
            return False
        return True

    def receive(self) -> tuple[bool, Any]:
        """(True, result) once the helper is done, or (False, None) if it failed."""
        with os.fdopen(self.results, "rb") as pipe:
            self.results = -1
            try:
                value, ok = pickle.load(pipe), True
            except Exception:
                value, ok = None, False
        if self.feeder is not None:
            self.feeder.join()
        return (True, value) if _reaped(self.pid) == 0 and ok else (False, None)

    def dismiss(self) -> None:
        """Let the helper go without work: it sees its task pipe close and leaves."""
        for fd in (self.tasks, self.results):
            if fd >= 0:
                os.close(fd)
        self.tasks = self.results = -1
        _reaped(self.pid)


class Helpers:
    """``count`` helper processes, forked now; use as a context manager so unused ones leave.

    >>> with Helpers(0) as helpers:
    ...     len(helpers.idle)
    0
    """

    def __init__(self, count: int) -> None:
        self.idle: list[Helper] = []
        if not CAN_FORK or other_threads():
            return
        for _ in range(count):
            helper = _fork([fd for h in self.idle for fd in (h.tasks, h.results)])
            if helper is None:
                break
            self.idle.append(helper)

    def take(self, count: int) -> list[Helper]:
        taken, self.idle = self.idle[:count], self.idle[count:]
        return taken

    def close(self) -> None:
        for helper in self.take(len(self.idle)):
            helper.dismiss()

    def __enter__(self) -> Helpers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def other_threads() -> bool:
    """Whether threads besides this one run: a fork copies only the calling thread, so a lock
    another thread holds at that moment would never open in the child."""
    return threading.active_count() > 1


def start_helpers(workers: int | None, *, extra: int = 0) -> Helpers | None:
    """Helpers for a job that may need them: one per core (or ``workers``), and ``extra`` more
    for a later step; None where one process is asked for or there is no fork."""
    count = cores() if workers is None else workers
    return Helpers(count + extra) if count >= 2 and CAN_FORK else None


class Pending(Generic[T, R]):
    """``fn`` over slices of ``items``, running in helpers; :meth:`result` waits and joins.

    Up to ``workers`` (default: one per core) of ``helpers`` are taken when given (forked
    early; even one helps, as this process goes on with other work meanwhile); otherwise
    ``workers`` helpers are forked now, if there are at least two. ``fn`` must be picklable
    (a module-level function, or a partial of one).
    """

    def __init__(self, fn: Callable[[Sequence[T]], list[R]], items: Sequence[T], *, workers: int | None = None,
                 helpers: Helpers | None = None, min_items: int = MIN_ITEMS) -> None:
        self.fn = fn
        workers = cores() if workers is None else workers
        self.slices: list[Sequence[T]] = []
        self.children: list[Helper | None] = []
        self.done: list[R] | None = None
        if (helpers is None and workers < 2) or len(items) < min_items or not CAN_FORK:
            self.done = fn(items)
            return
        chosen = helpers.take(workers) if helpers is not None else Helpers(workers).take(workers)
        if not chosen:
            self.done = fn(items)
            return
        size = -(-len(items) // len(chosen))
        for helper, start in zip(chosen, range(0, len(items), size)):
            part = items[start : start + size]
            self.slices.append(part)
            self.children.append(helper if helper.send(fn, part) else None)
        for helper in chosen[len(self.slices):]:
            helper.dismiss()

    def result(self) -> list[R]:
        """The results of every slice, in the order of ``items``."""
        if self.done is None:
            try:
                self.done = [item for child, part in zip(self.children, self.slices) for item in self._collect(child, part)]
            finally:
                self.slices, self.children = [], []  # let the items go as soon as they are judged
        return self.done

    def cancel(self) -> None:
        """Stop the helpers and forget the work: its results are not wanted any more."""
        for child in self.children:
            if child is not None:
                try:
                    os.kill(child.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                child.dismiss()
        self.slices, self.children, self.done = [], [], []

    def _collect(self, child: Helper | None, part: Sequence[T]) -> list[R]:
        if child is not None:
            ok, value = child.receive()
            if ok:
                return value  # type: ignore[no-any-return]
        return self.fn(part)


BATCH = 2_000  # items pickled into a helper's pipe at a time


def _feed(pipe: Any, head: bytes, items: Sequence[Any]) -> None:
    """Write ``fn``, the items in batches and an end mark; a helper that is gone ends it."""
    try:
        with pipe:
            pipe.write(head)
            for start in range(0, len(items), BATCH):
                pickle.dump(list(items[start : start + BATCH]), pipe, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(None, pipe)  # the end: a stream cut before it is refused by the helper
    except Exception:
        pass


def _reaped(pid: int) -> int:
    """Wait for a helper to end; its exit status (-1 if someone else already waited)."""
    try:
        return os.waitpid(pid, 0)[1]
    except ChildProcessError:
        return -1


def _fork(inherited: list[int]) -> Helper | None:
    """A child that waits for ``(fn, items)`` on its task pipe and answers ``fn(items)``."""
    try:
        task_read, task_write = os.pipe()
        result_read, result_write = os.pipe()
        pid = os.fork()
    except OSError:  # no processes left: the work is done in this process instead
        return None
    if pid:
        os.close(task_read)
        os.close(result_write)
        return Helper(pid, task_write, result_read)
    code = 1
    try:  # the child: leave without running the parent's exit handlers
        die_with_parent()  # a job killed at its time limit takes its helpers along
        os.nice(HELPER_NICENESS)
        gc.disable()  # short-lived: reference counting frees all it makes
        for fd in (task_write, result_read, *inherited):  # the other helpers' ends: theirs to close
            os.close(fd)
        with os.fdopen(task_read, "rb") as pipe:
            try:
                fn = pickle.load(pipe)
            except EOFError:  # dismissed without work
                fn = None
            result: list[Any] = []
            while fn is not None and (items := pickle.load(pipe)) is not None:  # a cut stream raises
                result += fn(items)
                del items  # one batch held at a time
        if fn is not None:
            with os.fdopen(result_write, "wb") as pipe:
                pickle.dump(result, pipe, protocol=pickle.HIGHEST_PROTOCOL)
        code = 0
    finally:
        os._exit(code)
