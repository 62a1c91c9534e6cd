"""Hand freed memory back to the operating system between the big steps of a validation.

calamine builds each sheet's cells in native memory; once the sheet is read into records that
memory is freed, but glibc keeps freed blocks mapped for reuse, so the process would carry
each sheet's peak into the next step. ``malloc_trim`` returns them. Elsewhere (macOS, Windows,
musl) this is a no-op: their allocators return memory on their own terms.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from collections.abc import Callable
from functools import lru_cache


def give_back() -> None:
    """Return freed heap memory to the system, where the C library offers a way to."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc.malloc_trim  # glibc only; musl has no such symbol
    except (OSError, AttributeError):
        return None
