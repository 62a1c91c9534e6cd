"""``xlsmart validate``: the workbooks the arguments name, each checked as the Python API checks
it (:func:`xlsmart.validation.validate_file`), the reports written in the format asked for.

Every input ends as an :class:`~xlsmart.reports.Outcome`, read or not: a name that matches
nothing, a file that cannot be read or a copy that cannot be written is one line naming the
file (exit 2), never a traceback; anything else unexpected is an xlsmart bug (exit 3).
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..errors import OutputNotWritten, XlsmartError, internal_error
from .output import Output

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
STDIN = "-"


@dataclass(frozen=True)
class Input:
    """One workbook to check: as named (or found) by the user, or why it cannot be."""

    shown: str
    path: Path | None = None  # None: standard input
    problem: str | None = None


def _inputs(names: Sequence[str], stdin_name: str | None) -> tuple[list[Input], bool]:
    """The workbooks the arguments name, and whether they are several (a list report).

    Folders are searched (recursively, skipping hidden folders and Excel's ``~$`` lock files)
    for .xlsx and .xlsm; an argument that does not exist but holds ``*``, ``?`` or ``[`` is a
    glob (quoted globs work on Windows' shell too). A name that matches nothing is an input
    with a problem: reported, never skipped in silence.
    """
    from ..reports import shown_path

    several = len(names) > 1
    found: list[Input] = []
    for name in names:
        if name == STDIN:
            found.append(Input(stdin_name or "stdin.xlsx"))
            continue
        path = Path(name)
        if path.is_dir():
            several = True
            workbooks = _workbooks_in(path)
            found += [Input(shown_path(p), p) for p in workbooks] or [
                Input(name, problem=f"{name}: no .xlsx or .xlsm workbook in this folder")]
        elif path.exists() or not glob.has_magic(name):
            found.append(Input(shown_path(path), path, None if path.exists() else f"{name}: no such file"))
        else:
            several = True
            matches = sorted(Path(p) for p in glob.glob(name, recursive=True) if not Path(p).name.startswith("~$"))
            files = [w for p in matches for w in (_workbooks_in(p) if p.is_dir() else [p])]
            found += [Input(shown_path(p), p) for p in files] or [Input(name, problem=f"{name}: no file matches")]
    unique: dict[str, Input] = {}
    for item in found:
        key = str(item.path.resolve()) if item.path is not None and item.problem is None else f"{item.shown}\0{item.problem}"
        unique.setdefault(key, item)
    return list(unique.values()), several


def _workbooks_in(folder: Path) -> list[Path]:
    found = []
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        found += [Path(root, f) for f in sorted(files)
                  if f.lower().endswith(WORKBOOK_SUFFIXES) and not f.startswith(("~$", "."))]
    return found


def _copy_path(item: Input, output: str | None, into_folder: bool) -> Path | None:
    if output is None:
        return None
    if not into_folder:
        return Path(output)
    name = Path(item.shown)
    suffix = name.suffix if name.suffix.lower() in WORKBOOK_SUFFIXES else ".xlsx"
    parent = name.parent if not name.is_absolute() and ".." not in name.parts else Path()
    return Path(output) / parent / f"{name.stem}-checked{suffix}"


PROGRESS_BAR_FROM = 1 << 20  # bytes: a file this large shows a progress bar on a terminal
BAR_WIDTH = 24


def _progress(step: str) -> None:
    """A one-line phase indicator on a terminal; silent in pipes and CI logs."""
    if sys.stderr.isatty():
        sys.stderr.write(f"\r\033[2K{step}")
        sys.stderr.flush()


def _progress_bar(name: str) -> Callable[[str, float], None]:
    """A progress bar on one terminal line: ``[█████░░░░░]  52 % plan.xlsx: checking every row``."""

    def show(step: str, done: float) -> None:
        filled = round(BAR_WIDTH * max(0.0, min(done, 1.0)))
        _progress(f"[{'█' * filled}{'░' * (BAR_WIDTH - filled)}] {done:4.0%} {name}: {step}")

    return show


def run_validate(args: argparse.Namespace, out: Output) -> int:
    from ..model import Severity
    from ..reports import FORMATS, Run
    from ..rules.engine import code_filter, registered_rules
    from .text_report import run_summary, text_lines

    try:
        code_filter(args.select, args.ignore)  # a mistyped code or mapping is refused before any work
        args.told = _told(args)
    except ValueError as error:
        raise XlsmartError(str(error)) from None
    inputs, several = _inputs(args.paths, args.stdin_filename)
    if sum(1 for item in inputs if item.path is None) > 1:
        raise XlsmartError("- (standard input) can be named only once")
    into_folder = args.output is not None and (several or Path(args.output).is_dir())
    if args.output is not None and into_folder and Path(args.output).exists() and not Path(args.output).is_dir():
        raise XlsmartError(f"{args.output} is a file: with several workbooks, -o names a folder for the copies")
    colour = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    outcomes = []
    budget = args.max_findings
    for item in inputs:
        outcome = _check_one(item, args, _copy_path(item, args.output, into_folder))
        if outcome.report is not None and budget is not None:
            report = outcome.report.capped(budget)
            budget -= len(report.findings)
            outcome = _with_report(outcome, report)
        outcomes.append(outcome)
        if outcome.problem:
            out.error(outcome.problem)
        if args.format == "text" and outcome.report is not None and not (args.quiet and not outcome.report.findings):
            out.print_lines(text_lines(outcome.report, colour=colour))
            if outcome.problem is None and args.output and not args.quiet:
                out.print(f"coloured copy: {_copy_path(item, args.output, into_folder)}")
    run = Run(outcomes, Severity(args.fail_on), several, rules=registered_rules())
    if args.format != "text":
        if report := FORMATS[args.format](run):  # GitHub annotations of a clean run: no line at all
            out.print(report)
    elif several and not args.quiet:
        out.print(run_summary(run))
    return run.exit_code


def _check_one(item: Input, args: argparse.Namespace, copy: Path | None) -> Any:
    from ..extras import require_files

    if copy is not None:  # reading needs no lxml; writing the coloured copy does
        require_files()
    from ..reports import Outcome
    from ..validation import validate_file

    started, clock = datetime.now(timezone.utc), time.perf_counter()

    def ended(report: Any = None, problem: str | None = None) -> Outcome:
        if problem and item.shown not in problem:  # every line names its file, whichever layer spoke
            problem = f"{item.shown}: {problem}"
        return Outcome(item.shown, report, problem, started, time.perf_counter() - clock)

    if item.problem:
        return ended(problem=item.problem)
    if copy is not None and item.path is not None and copy.resolve() == item.path.resolve():
        return ended(problem=f"{item.shown}: the copy would overwrite the input (xlsmart never changes its input): "
                             "give -o another path")
    try:
        source: Any = item.path if item.path is not None else _read_stdin()
        if copy is not None:
            copy.parent.mkdir(parents=True, exist_ok=True)
        _progress(f"checking {item.shown} …")
        large = item.path is not None and sys.stderr.isatty() and item.path.stat().st_size >= PROGRESS_BAR_FROM
        report = validate_file(source, copy, as_of=args.as_of, lang=args.lang, min_score=args.min_score,
                               name=item.shown, progress=_progress_bar(item.path.name) if large and item.path else None,
                               workers=args.jobs, select=args.select, ignore=args.ignore, mapping=args.told)
    except OutputNotWritten as error:
        return ended(error.report, str(error))
    except XlsmartError as error:
        return ended(problem=str(error))
    except (FileNotFoundError, IsADirectoryError, PermissionError) as error:
        return ended(problem=f"{item.shown}: cannot open: {error.strerror}")
    except MemoryError:
        return ended(problem=f"{item.shown}: needs more memory than this machine has")
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as error:
        return replace(ended(problem=f"{item.shown}: {internal_error(error, f'checking {item.shown}')}"), internal=True)
    finally:
        _progress("")
    return ended(report)


def _told(args: argparse.Namespace) -> Any:
    """The mapping: the config file's (``--config``, or found in the working folder), then ``--map``."""
    from ..workbook.mapping import load_config, parse_entries, read_config

    told = read_config(Path(args.config)) if args.config else load_config(Path.cwd())
    return told | parse_entries(args.map)


def _with_report(outcome: Any, report: Any) -> Any:
    return replace(outcome, report=report)


def _read_stdin() -> bytes:
    from ..workbook.limits import Limits

    limit = Limits().max_file_bytes
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise XlsmartError(f"standard input is over {limit >> 20} MB: save the workbook to a file and name it")
    return data
