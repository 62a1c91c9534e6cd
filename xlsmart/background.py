"""A background thread where threads can start, the same work inline where they cannot.

The reader loads the next sheet while this one becomes records, and the painter compresses the
next chunk while this one is written: one helper thread each, for speed only. Pyodide (xlwings
Lite, Excel on the web) cannot start a thread at all (``Thread.start`` raises RuntimeError), so
there :func:`executor` hands back an executor that runs each task as it is submitted: the same
results, in the same order, one after the other.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def threads_start() -> bool:
    """Whether this interpreter can start a thread (asked once: a thread that does nothing)."""
    try:
        probe = threading.Thread(target=lambda: None, name="xlsmart-probe", daemon=True)
        probe.start()
    except RuntimeError:
        return False
    probe.join()
    return True


class InlineExecutor(Executor):
    """Runs each task when it is submitted; its future is already done."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:
            future.set_exception(exc)
        return future


def executor(workers: int, name: str) -> Executor:
    """``ThreadPoolExecutor(workers)`` where threads start, else an :class:`InlineExecutor`.

    >>> with executor(1, "xlsmart-doc") as run:
    ...     run.submit(sum, [1, 2]).result()
    3
    """
    if threads_start():
        return ThreadPoolExecutor(workers, thread_name_prefix=name)
    return InlineExecutor()
