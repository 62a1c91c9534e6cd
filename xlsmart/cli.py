"""The command line: ``xlsmart validate | check | rules | template | serve | demo``.

A face only: it parses arguments, calls the same functions as the Python API, and formats the
report. Exit codes: 0 nothing fails, 1 findings at the ``--fail-on`` level, 2 a file cannot be
used (or a report or copy cannot be written), 3 an internal error: a bug in xlsmart, not in the
file (its trace is saved to a file named in the message).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from . import __version__
from .errors import OutputNotWritten, XlsmartError, internal_error

EXIT_OK, EXIT_FINDINGS, EXIT_UNUSABLE = 0, 1, 2  # and 3: an internal error (see Run.exit_code)
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
STDIN = "-"


def _date(text: str) -> date:
    """``--as-of`` takes the date forms a workbook cell takes."""
    from .core.dates import parse_date

    day = parse_date(text, reference=date.today())
    if day is None:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (write e.g. 2027-06-30, 30-06-2027 or 30 juni 2027)")
    return day


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"not a whole number of 0 or more: {text!r}")
    return int(text)


def _codes(text: str) -> list[str]:
    return [code for code in text.replace(" ", ",").split(",") if code]


def _command(commands: Any, name: str, *, help: str, description: str, examples: str) -> argparse.ArgumentParser:
    """A subcommand whose ``--help`` ends with examples (as sqlite-utils' do)."""
    return commands.add_parser(name, help=help, description=description, epilog="examples:\n" + examples,
                               formatter_class=argparse.RawDescriptionHelpFormatter)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="xlsmart", description="Check marketing goals, KPIs and budgets in Excel workbooks.",
        epilog="examples:\n  xlsmart validate plan.xlsx\n  xlsmart check \"Increase leads by 20% by June 2027\"\n"
               "  xlsmart COMMAND --help      (each command's options)",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"xlsmart {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    validate = _command(
        commands, "validate", help="check workbooks and report their findings",
        description="Check every row of goals/KPIs/budgets workbooks; the inputs are never modified.\n"
                    "Exit 0: nothing fails; 1: findings at the --fail-on level; 2: a file could not be used;\n"
                    "3: an internal error (a bug in xlsmart, not in the file).",
        examples="  xlsmart validate plan.xlsx\n"
                 "  xlsmart validate plans/ 'archive/**/*.xlsm' --format sarif > xlsmart.sarif\n"
                 "  xlsmart validate plan.xlsx -o plan-checked.xlsx --as-of 30-06-2027 --lang nl\n"
                 "  xlsmart validate --fail-on warning --ignore G08,G09 --max-findings 50 *.xlsx\n"
                 "  xlsmart validate plan.xlsx --map 'Plan FY27=goals' --map 'Wie=owner'\n"
                 "  cat plan.xlsx | xlsmart validate - --stdin-filename plan.xlsx --format json")
    validate.add_argument("paths", nargs="+", metavar="PATH",
                          help="workbooks (.xlsx, .xlsm), folders (searched for workbooks), globs, or - for standard input")
    validate.add_argument("-o", "--output", metavar="OUT",
                          help="write a colour-coded copy with a Findings sheet: a file for one input, "
                               "a folder (name-checked.xlsx) for several")
    validate.add_argument("--format", choices=("text", "json", "junit", "sarif", "github"), default="text",
                          help="report format (default text; github: annotations for GitHub Actions)")
    validate.add_argument("--fail-on", choices=("error", "warning"), default="error",
                          help="the findings that make the exit code 1 (default error)")
    validate.add_argument("--select", type=_codes, action="extend", default=[], metavar="CODES",
                          help="report only these codes (G05, or G for every goal rule; comma-separated, repeatable)")
    validate.add_argument("--ignore", type=_codes, action="extend", default=[], metavar="CODES",
                          help="do not report these codes (as --select)")
    validate.add_argument("--max-findings", type=_count, metavar="N",
                          help="list at most N findings in all (the summary still counts all; JSON says truncated)")
    validate.add_argument("-q", "--quiet", action="store_true",
                          help="text: print only the files with findings (no clean files, no run summary, no copy paths)")
    validate.add_argument("--as-of", type=_date, metavar="DATE",
                          help="judge KPI status as on this day, e.g. 2027-06-30 or 30-06-2027 (default: Settings, else today)")
    validate.add_argument("--lang", choices=("en", "nl"), help="language of the messages (default: the workbook's headers)")
    validate.add_argument("--min-score", type=int, choices=range(0, 6), metavar="N", help="minimum SMART score 0-5 (default: Settings, else 5)")
    validate.add_argument("--stdin-filename", metavar="NAME", help="the name to report for - (default stdin.xlsx)")
    validate.add_argument("--map", action="append", default=[], metavar="ENTRY",
                          help="what cannot be guessed: 'Sheet=goals' (kpis, budgets, settings, ignore), 'Header=owner' "
                               "or 'Sheet/Header=owner'; repeatable; adds to xlsmart.toml or [tool.xlsmart]")
    validate.add_argument("--config", metavar="FILE",
                          help="read the mapping from this TOML file (default: ./xlsmart.toml, else ./pyproject.toml)")
    validate.add_argument("--jobs", type=int, metavar="N",
                          help="helper processes that judge goals and patch sheets (default: one per core; 1: none)")
    validate.set_defaults(run=_validate)

    check = _command(
        commands, "check", help="judge one goal text criterion by criterion",
        description="Print the SMART verdicts for one goal and what was understood of it (metric, direction, "
                    "baseline, target, change, deadline, owner). Exit 0: score 5; 1: a criterion fails.",
        examples="  xlsmart check \"Verhoog de omzet met 10% in 2027\"\n"
                 "  xlsmart check \"Grow the email list from 2,000 to 3,000 by June\" --owner Ann --as-of 2027-01-15\n"
                 "  xlsmart check \"Generate more leads\" --format json")
    check.add_argument("text", help="the goal, in Dutch or English")
    check.add_argument("--owner", help="who owns the goal")
    check.add_argument("--lang", choices=("en", "nl"), help="language of the reasons (default: the goal's)")
    check.add_argument("--as-of", type=_date, metavar="DATE", help="judge as on this day (default today), e.g. 2027-01-15")
    check.add_argument("--format", choices=("text", "json"), default="text", help="output format (default text)")
    check.set_defaults(run=_check)

    rules = _command(commands, "rules", help="list every rule code with its severity and meaning",
                     description="List the rule codes validate reports: code, severity, sheet, what it means.",
                     examples="  xlsmart rules\n  xlsmart rules --format json")
    rules.add_argument("--format", choices=("text", "json"), default="text", help="output format (default text)")
    rules.set_defaults(run=_rules)

    template = _command(commands, "template", help="write the xlsmart workbook template",
                        description="Write the template workbook (.xlsm) with example rows, functions and the ribbon.",
                        examples="  xlsmart template --lang nl -o plan.xlsm\n"
                                 "  xlsmart template --edition lite -o plan.xlsx")
    template.add_argument("--lang", choices=("en", "nl"), default="en", help="language of sheets and headers")
    template.add_argument("--edition", choices=("classic", "lite"), default="classic",
                          help="classic: .xlsm for xlwings on Windows (default); lite: .xlsx for xlwings Lite")
    template.add_argument("-o", "--output", required=True, metavar="PATH", help="where to write the .xlsm (.xlsx for lite)")
    template.set_defaults(run=_template)

    serve = _command(commands, "serve", help="start the upload page and API on this machine",
                     description="Serve the upload page and POST /api/validate (loopback by default).",
                     examples="  xlsmart serve\n  xlsmart serve --port 8080 --max-upload-mb 10 --workers 2\n"
                              "  xlsmart serve --job-memory-mb 2048 --read-timeout 60 --max-connections 1000")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument("--max-upload-mb", type=float, default=25, help="largest upload accepted, in MB (default 25)")
    serve.add_argument("--workers", type=int, default=2, help="validations run at once (default 2)")
    serve.add_argument("--job-memory-mb", type=_memory_mb, default=1024, metavar="MB",
                       help="memory one validation may use, at least 256; 0 for no cap (default 1024)")
    serve.add_argument("--read-timeout", type=_positive_seconds, default=30, metavar="SECONDS",
                       help="time a client has to send a request, plus 1 s per 16 KB sent (default 30)")
    serve.add_argument("--max-connections", type=_positive_int, default=500, metavar="N",
                       help="open connections; past it the longest-silent one is closed, or else the new "
                            "one answered 503 (default 500)")
    serve.set_defaults(run=_serve)

    demo = _command(commands, "demo", help="validate the bundled example workbooks",
                    description="Validate the example workbooks that ship with xlsmart and write coloured copies.",
                    examples="  xlsmart demo\n  xlsmart demo --out /tmp/xlsmart-demo")
    demo.add_argument("--out", default="demo-out", help="folder for the coloured copies (default demo-out)")
    demo.set_defaults(run=_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    warnings.filterwarnings("ignore", module="openpyxl")  # its notes on files it reads are not findings
    args = build_parser().parse_args(argv)
    out = Output()
    try:
        code = args.run(args, out)
    except XlsmartError as error:
        out.error(str(error))
        code = EXIT_UNUSABLE
    except KeyboardInterrupt:
        return 130
    return max(code, EXIT_UNUSABLE) if out.failed else code


class Output:
    """Standard output that survives its reader: a closed pipe (``| head``) stops the printing
    but not the checks, so the exit code still tells the truth; a full disk is one line on
    stderr and exit 2, never a traceback."""

    def __init__(self) -> None:
        self.closed = False
        self.failed = False

    def print(self, text: str) -> None:
        if self.closed:
            return
        try:
            self._write(text + "\n")
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
            print(f"xlsmart: {_printable(line)}", file=sys.stderr, flush=True)
        except OSError:
            pass  # stderr is gone too: the exit code is all that is left

    def _silence(self) -> None:
        self.closed = True
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # what is still buffered goes nowhere, quietly
        except (OSError, ValueError):
            pass


def _printable(text: str) -> str:
    from .reports import printable

    return printable(text)


# --- validate ---------------------------------------------------------------------------------

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
    from .reports import shown_path

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


def _validate(args: argparse.Namespace, out: Output) -> int:
    from .model import Severity
    from .reports import FORMATS, Run, run_summary, to_text
    from .rules.engine import code_filter, registered_rules

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
            out.print(to_text(outcome.report, colour=colour))
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
    from .extras import require_files

    if copy is not None:  # reading needs no lxml; writing the coloured copy does
        require_files()
    from .reports import Outcome
    from .validation import validate_file

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
    from .workbook.mapping import load_config, parse_entries, read_config

    told = read_config(Path(args.config)) if args.config else load_config(Path.cwd())
    return told | parse_entries(args.map)


def _with_report(outcome: Any, report: Any) -> Any:
    return replace(outcome, report=report)


def _read_stdin() -> bytes:
    from .workbook.limits import Limits

    limit = Limits().max_file_bytes
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise XlsmartError(f"standard input is over {limit >> 20} MB: save the workbook to a file and name it")
    return data


# --- the other commands -----------------------------------------------------------------------

def _check(args: argparse.Namespace, out: Output) -> int:
    from .core.messages import say
    from .core.smart import LETTERS, smart_check

    result = smart_check(args.text, owner=args.owner, lang=args.lang, today=args.as_of)
    if args.format == "json":
        out.print(json.dumps({
            "text": args.text, "lang": result.lang, "score": result.score, "failed": result.failed,
            "criteria": {letter: {"passed": result.verdicts[letter].passed, "reason": result.verdicts[letter].reason}
                         for letter in LETTERS},
            "understood": result.facts(),
        }, ensure_ascii=False, indent=2))
    else:
        for letter in LETTERS:
            verdict = result.verdicts[letter]
            out.print(f"{letter} {'pass' if verdict.passed else 'FAIL'}  {verdict.reason}")
        out.print(f"score {result.score}/5")
        out.print(say("understood.title", result.lang))
        for label, value in result.understood():
            out.print(f"  {label:<13}{value}")
    return EXIT_OK if result.score == 5 else EXIT_FINDINGS


def _rules(args: argparse.Namespace, out: Output) -> int:
    from .rules.engine import registered_rules

    rules = registered_rules()
    if args.format == "json":
        out.print(json.dumps([{"code": r.code, "severity": r.severity.value, "sheet": r.sheet, "summary": r.summary,
                               "example": r.example} for r in rules], ensure_ascii=False, indent=2))
        return EXIT_OK
    for rule in rules:
        out.print(f"{rule.code}  {rule.severity.value:<7}  {rule.sheet:<7}  {rule.summary}")
    return EXIT_OK


def _template(args: argparse.Namespace, out: Output) -> int:
    from .extras import require

    if getattr(args, "edition", "classic") != "lite":  # the Lite template has no VBA to write
        require("excel")
    from .excel.template import build_template

    build_template(args.lang, args.output, edition=args.edition)
    out.print(f"template written: {args.output}")
    return EXIT_OK


def _serve(args: argparse.Namespace, out: Output) -> int:
    from .extras import require

    require("service")
    from .web.app import serve

    serve(host=args.host, port=args.port, max_upload_mb=args.max_upload_mb, workers=args.workers,
          job_memory_mb=args.job_memory_mb, read_timeout=args.read_timeout, max_connections=args.max_connections)
    return EXIT_OK


def _memory_mb(text: str) -> int:
    # An idle validation process already maps about 170 MB: a smaller cap would refuse every file.
    value = int(text)
    if value != 0 and value < 256:
        raise argparse.ArgumentTypeError("must be 0 (no cap) or at least 256")
    return value


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _positive_seconds(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError("must be more than 0 seconds")
    return value


def _demo(args: argparse.Namespace, out: Output) -> int:
    from .bundled import example_workbooks

    folder = Path(args.out)
    worst = EXIT_OK
    for example in example_workbooks():
        target = folder / f"{example.stem}-checked{example.suffix}"
        out.print(f"$ xlsmart validate {example.name} -o {target}")
        code = _validate(build_parser().parse_args(["validate", str(example), "-o", str(target)]), out)
        worst = max(worst, code)
        out.print("")
    return EXIT_OK if worst < EXIT_UNUSABLE else worst


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
