"""Where the command line writes: standard output that survives its reader, one-line errors on
standard error, and the exit codes every command shares."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable

from ..reports import printable

EXIT_OK, EXIT_FINDINGS, EXIT_UNUSABLE = 0, 1, 2  # and 3: an internal error (see reports.Run.exit_code)
BLOCK_CHARS = 64 * 1024  # a long report reaches the descriptor in writes of about this size


class Output:
    """Standard output that survives its reader: a closed pipe (``| head``) stops the printing
    but not the checks, so the exit code still tells the truth; a full disk is one line on
    stderr and exit 2, never a traceback."""

    def __init__(self) -> None:
        self.closed = False
        self.failed = False

    def print(self, text: str) -> None:
        self.print_lines((text,))

    def print_lines(self, lines: Iterable[str]) -> None:
        """Each line and a newline, written in blocks of about 64 KB as the lines are made."""
        block: list[str] = []
        size = 0
        for line in lines:
            if self.closed:
                return
            block.append(line)
            size += len(line) + 1
            if size >= BLOCK_CHARS:
                self._send(block)
                block, size = [], 0
        if block and not self.closed:
            self._send(block)

    def _send(self, block: list[str]) -> None:
        try:
            self._write("\n".join(block) + "\n")
        except BrokenPipeError:
            self._silence()
        except OSError as error:
            self._silence()
            self.error(f"cannot write the report to standard output: {error.strerror or error}")
            self.failed = True

    @staticmethod
    def _write(text: str) -> None:
        """To a file or pipe straight through the descriptor: a buffered writer can drop the
        error of a partial write (a disk that fills up mid-report) and report success."""
        stream = sys.stdout
        try:
            fd = -1 if stream.isatty() else stream.fileno()
        except (AttributeError, OSError, ValueError):  # a stream without a descriptor (tests, IDEs)
            fd = -1
        if fd < 0:
            stream.write(text)
            stream.flush()
            return
        stream.flush()
        data = memoryview(text.encode(stream.encoding or "utf-8", "replace"))
        while data:
            data = data[os.write(fd, data):]

    def error(self, line: str) -> None:
        try:
            print(f"xlsmart: {printable(line)}", file=sys.stderr, flush=True)
        except OSError:
            pass  # stderr is gone too: the exit code is all that is left

    def _silence(self) -> None:
        self.closed = True
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # what is still buffered goes nowhere, quietly
        except (OSError, ValueError):
            pass
