"""The command line: ``xlsmart validate | check | rules | template | serve | demo``.

A face only: it parses arguments, calls the same functions as the Python API, and formats the
report. Exit codes: 0 nothing fails, 1 findings at the ``--fail-on`` level, 2 a file cannot be
used (or a report or copy cannot be written), 3 an internal error: a bug in xlsmart, not in the
file (its trace is saved to a file named in the message).

The rooms: :mod:`.main` (the parser and :func:`main`), :mod:`.validate` (the validate command),
:mod:`.commands` (the others), :mod:`.output` (standard output and the exit codes).
"""

from __future__ import annotations

from .main import build_parser, main

__all__ = ["build_parser", "main"]
