"""Spread one pure, CPU-heavy map over the machine's cores, in forked children.

Judging 100,000 goal texts costs seconds of pure Python; the other rules cost far less. So
the engine starts the SMART judging in the background (one forked child per core, each
handed a slice of the rows it already holds, nothing pickled on the way in), runs the other
rules meanwhile, and then collects. A child sends back only its findings.

Off Linux (no ``fork`` on Windows; not fork-safe on macOS), on one core, or for a few rows,
the work simply runs in this process. A child that fails has its slice redone here, so
the outcome never depends on the children.
"""

from __future__ import annotations

import gc
import os
import pickle
import sys
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from ..native import die_with_parent

T = TypeVar("T")
R = TypeVar("R")
MIN_ITEMS = 4_000  # below this a fork costs more than it saves
# Linux only: on macOS a forked process that has touched the system frameworks may crash, and
# Windows has no fork at all.
CAN_FORK = sys.platform.startswith("linux") and hasattr(os, "fork")


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


class Pending(Generic[T, R]):
    """``fn`` over slices of ``items``, running in children; :meth:`result` waits and joins."""

    def __init__(self, fn: Callable[[Sequence[T]], list[R]], items: Sequence[T], *, workers: int | None = None,
                 min_items: int = MIN_ITEMS) -> None:
        self.fn = fn
        workers = cores() if workers is None else workers
        self.slices: list[Sequence[T]] = []
        self.children: list[tuple[int, int] | None] = []
        self.done: list[R] | None = None
        if workers < 2 or len(items) < min_items or not CAN_FORK:
            self.done = fn(items)
            return
        size = -(-len(items) // workers)
        for start in range(0, len(items), size):
            self.slices.append(items[start : start + size])
            self.children.append(_fork(fn, self.slices[-1]))

    def result(self) -> list[R]:
        """The results of every slice, in the order of ``items``."""
        if self.done is None:
            self.done = [item for child, part in zip(self.children, self.slices) for item in self._collect(child, part)]
            self.slices, self.children = [], []  # let the items go as soon as they are judged
        return self.done

    def _collect(self, child: tuple[int, int] | None, part: Sequence[T]) -> list[R]:
        if child is None:
            return self.fn(part)
        pid, fd = child
        with os.fdopen(fd, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(pid, 0)
        if status == 0 and data:
            try:
                return pickle.loads(data)
            except Exception:  # a torn message: redo the slice here
                pass
        return self.fn(part)


def _fork(fn: Callable[[Sequence[T]], list[R]], part: Sequence[T]) -> tuple[int, int] | None:
    try:
        read_end, write_end = os.pipe()
        pid = os.fork()
    except OSError:  # no processes left: the slice is done in this process instead
        return None
    if pid == 0:  # the child: compute, send, leave without running the parent's exit handlers
        code = 1
        try:
            die_with_parent()  # a job killed at its time limit takes its helpers along
            gc.disable()  # short-lived: reference counting frees all it makes
            os.close(read_end)
            data = pickle.dumps(fn(part), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(data)
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    return pid, read_end
