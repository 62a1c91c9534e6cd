"""The memory of a process and everything it starts, sampled from /proc (Linux).

``VmRSS`` counts a page in every process that maps it: right for independent processes
(the web service's jobs). Forked helpers share the parent's pages, so for a job that forks,
the honest sum is ``Pss`` (each shared page split between its sharers).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path


def memory_kb(pid: int, field: str = "VmRSS") -> int:
    """``VmRSS`` (from status) or ``Pss`` (from smaps_rollup) of one process, in kB; 0 if gone."""
    source = "smaps_rollup" if field == "Pss" else "status"
    try:
        for line in Path(f"/proc/{pid}/{source}").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:  # the process has just ended
        return found
    for task in tasks:
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def tree(pid: int) -> list[int]:
    """``pid`` and all its descendants, read from /proc."""
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        todo.extend(_children(current))
    return pids


class MemorySampler(threading.Thread):
    """Peak summed memory (``field``) of a process tree, sampled until stopped."""

    def __init__(self, pid: int, every_s: float = 0.01, field: str = "VmRSS") -> None:
        super().__init__(daemon=True)
        self.pid, self.every_s, self.field = pid, every_s, field
        self.peak_kb = self.peak_processes = 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            pids = tree(self.pid)
            total = sum(memory_kb(p, self.field) for p in pids)
            if total > self.peak_kb:
                self.peak_kb, self.peak_processes = total, len(pids)
            time.sleep(self.every_s)
