"""Two small services of the C library that Python does not wrap, used where they exist.

* :func:`give_back_memory`: calamine builds each sheet's cells in native memory; once the sheet
  is read into records that memory is freed, but glibc keeps freed blocks mapped for reuse, so
  the process would carry each sheet's peak into the next step. ``malloc_trim`` returns them.
* :func:`die_with_parent`: a forked helper process should not outlive the job that started it
  (the web service kills a job at its time limit); ``prctl(PR_SET_PDEATHSIG)`` ties them.

Elsewhere (macOS, Windows, musl) both are no-ops.
"""

from __future__ import annotations

import ctypes
import signal
import sys
from functools import cache
from typing import Any

PR_SET_PDEATHSIG = 1


def give_back_memory() -> None:
    """Return freed heap memory to the system, where the C library offers a way to."""
    trim = _libc_function("malloc_trim")
    if trim is not None:
        trim(0)


def die_with_parent() -> None:
    """Have the kernel kill this process when its parent ends (Linux)."""
    prctl = _libc_function("prctl")
    if prctl is not None:
        prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


@cache
def _libc_function(name: str) -> Any:
    if not sys.platform.startswith("linux"):
        return None
    # The process's own symbols first: ctypes.util.find_library would run ldconfig in a child
    # process, a fork of this one, while its memory is at its largest.
    for library in (None, "libc.so.6"):
        try:
            return getattr(ctypes.CDLL(library), name)
        except (OSError, AttributeError):  # not glibc: no such symbol
            continue
    return None
