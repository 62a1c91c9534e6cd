"""Spread one pure, CPU-heavy map over the machine's cores, in forked helper processes.

Judging 100,000 goal texts costs a second or more of pure Python; the other rules cost far
less. So the SMART judging runs in the background (one helper per core) while this process
reads the other sheets and runs the other rules; big worksheets are patched the same way.

The helpers are a :class:`concurrent.futures.ProcessPoolExecutor` with the ``fork`` context,
best started early, while this process is still small (:class:`Helpers`, which ``validate()``
starts before it reads): a child forked after the records exist shares their pages, and every
page either side writes to afterwards (a reference count is enough) is copied, which at 100,000
rows per sheet cost more memory than the helpers' own work. So the work goes to them pickled,
in batches, and only its results come back.

Off Linux (no ``fork`` on Windows; not fork-safe on macOS), on one core, for a few rows, in a
process running other threads (a notebook, a server) or one that cannot start a thread, the work
simply runs in this process.
A batch that fails in a helper (or cannot be sent there) is redone here, so the outcome never
depends on the helpers.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Generic, TypeVar

from .background import threads_start
from .native import die_with_parent, give_back_memory

T = TypeVar("T")
R = TypeVar("R")
MIN_ITEMS = 4_000  # below this a helper costs more than it saves
BATCH = 2_000  # items pickled into one task: a helper holds one batch at a time
# Helpers yield the CPU to this process, whose work is the critical path: they take what it
# leaves idle. (At 3 x 100,000 rows, niceness 10 measured 0.1-0.3 s faster than 0 or 5.)
HELPER_NICENESS = 10
# Linux only: on macOS a forked process that has touched the system frameworks may crash, and
# Windows has no fork at all.
CAN_FORK = sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def other_threads() -> bool:
    """Whether threads besides this one run: a fork copies only the calling thread, so a lock
    another thread holds at that moment would never open in the child."""
    return threading.active_count() > 1


def _start_helper() -> None:
    """In each helper as it starts."""
    die_with_parent()  # a job killed at its time limit takes its helpers along
    os.nice(HELPER_NICENESS)
    gc.freeze()  # collections skip what came from the parent: no page is copied just to be scanned


def _work(fn: Callable[[Sequence[T]], list[R]], batch: Sequence[T]) -> list[R]:
    """In a helper: one batch; the memory it freed goes back to the system before the next."""
    try:
        return fn(batch)
    finally:
        give_back_memory()


class Helpers:
    """``count`` helper processes, forked now; use as a context manager so they leave after.

    >>> with Helpers(0) as helpers:
    ...     helpers.count
    0
    """

    def __init__(self, count: int) -> None:
        self.pool: ProcessPoolExecutor | None = None
        self.count = 0
        # The pool runs a thread of its own in this process: where none can start (Pyodide, or
        # a process out of threads), its processes would be forked and then wait forever.
        if count < 1 or not CAN_FORK or other_threads() or not threads_start():
            return
        pool = ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("fork"), initializer=_start_helper)
        try:
            pool.submit(int)  # with fork, the first task starts every process, here and now
        except OSError:  # no processes left: the work is done in this process instead
            pool.shutdown(wait=False, cancel_futures=True)
            return
        self.pool, self.count = pool, count

    def submit(self, fn: Callable[[Sequence[T]], list[R]], batch: Sequence[T]) -> Future[list[R]] | None:
        """``fn(batch)`` in a helper, or None if none will take it (closed, or the pool is broken)."""
        if self.pool is None:
            return None
        try:
            return self.pool.submit(_work, fn, batch)
        except RuntimeError:  # BrokenProcessPool, or shut down
            return None

    def close(self) -> None:
        """Drop the work not begun, and wait for every helper to end."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool, self.count = None, 0

    def __enter__(self) -> Helpers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def start_helpers(workers: int | None) -> Helpers | None:
    """Helpers for a job that may need them: one per core (or ``workers``); None where one
    process is asked for or there is no fork. They take every step's work in turn."""
    count = cores() if workers is None else workers
    return Helpers(count) if count >= 2 and CAN_FORK else None


class Pending(Generic[T, R]):
    """``fn`` over batches of ``items``, running in helpers; :meth:`result` waits and joins.

    The ``helpers`` given (forked early; even one helps, as this process goes on with other
    work meanwhile) take the work; without them, ``workers`` helpers (default: one per core)
    are forked now if there are at least two, and leave once the work is done. ``fn`` must be
    picklable (a module-level function, or a partial of one), else it runs here.
    """

    def __init__(self, fn: Callable[[Sequence[T]], list[R]], items: Sequence[T], *, workers: int | None = None,
                 helpers: Helpers | None = None, min_items: int = MIN_ITEMS) -> None:
        self.fn = fn
        self.batches: list[Sequence[T]] = []
        self.futures: list[Future[list[R]] | None] = []
        self.done: list[R] | None = None
        self.own: Helpers | None = None
        workers = cores() if workers is None else workers
        if (helpers is None and workers < 2) or len(items) < min_items or not CAN_FORK:
            self.done = fn(items)
            return
        if helpers is None:
            helpers = self.own = Helpers(workers)
        if not helpers.count:
            self._let_go()
            self.done = fn(items)
            return
        # At least one batch per helper, so that a few big items (whole sheets) go side by side.
        size = max(1, min(BATCH, -(-len(items) // max(1, min(workers, helpers.count)))))
        for start in range(0, len(items), size):
            self.batches.append(items[start : start + size])
            self.futures.append(helpers.submit(fn, self.batches[-1]))

    def result(self) -> list[R]:
        """The results of every batch, in the order of ``items``."""
        if self.done is None:
            try:
                self.done = [item for future, batch in zip(self.futures, self.batches, strict=True) for item in self._collect(future, batch)]
            finally:
                self.batches, self.futures = [], []  # let the items go as soon as they are judged
                self._let_go()
        return self.done

    def _collect(self, future: Future[list[R]] | None, batch: Sequence[T]) -> list[R]:
        if future is not None:
            try:
                return future.result()
            except Exception:  # failed, died or never sent: done here, raising what it met if it does
                pass
        return self.fn(batch)

    def _let_go(self) -> None:
        if self.own is not None:
            self.own.close()
            self.own = None
