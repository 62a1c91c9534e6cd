"""The command line: ``xlsmart validate | check | template | serve | demo``.

A face only: it parses arguments, calls the same functions as the Python API, and formats the
report. Exit codes: 0 no errors, 1 errors found, 2 the file cannot be used.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from . import __version__
from .errors import XlsmartError

EXIT_OK, EXIT_FINDINGS, EXIT_UNUSABLE = 0, 1, 2
ROOT = Path(__file__).resolve().parent.parent


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="xlsmart", description="Check marketing goals, KPIs and budgets in Excel workbooks.")
    parser.add_argument("--version", action="version", version=f"xlsmart {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    validate = commands.add_parser("validate", help="check a workbook and report its findings",
                                   description="Check every row of a goals/KPIs/budgets workbook. Exit 0: no errors; 1: errors; 2: file unusable.")
    validate.add_argument("path", help="the .xlsx or .xlsm workbook to check (never modified)")
    validate.add_argument("-o", "--output", metavar="OUT", help="write a colour-coded copy with a Findings sheet here")
    validate.add_argument("--format", choices=("text", "json", "junit", "sarif"), default="text", help="report format (default: text)")
    validate.add_argument("--as-of", type=_iso_date, metavar="YYYY-MM-DD", help="judge KPI status as on this day (default: Settings, else today)")
    validate.add_argument("--lang", choices=("en", "nl"), help="language of the messages (default: the workbook's headers)")
    validate.add_argument("--min-score", type=int, choices=range(0, 6), metavar="N", help="minimum SMART score 0-5 (default: Settings, else 5)")
    validate.add_argument("--jobs", type=int, metavar="N",
                          help="helper processes that judge goals and patch sheets (default: one per core; 1: none)")
    validate.set_defaults(run=_validate)

    check = commands.add_parser("check", help="judge one goal text criterion by criterion",
                                description="Print the SMART verdicts for one goal and what was understood of it (metric, direction, "
                                            "baseline, target, change, deadline, owner), e.g. "
                                            "xlsmart check \"Verhoog de omzet met 10% in 2027\".")
    check.add_argument("text", help="the goal, in Dutch or English")
    check.add_argument("--owner", help="who owns the goal")
    check.add_argument("--lang", choices=("en", "nl"), help="language of the reasons (default: the goal's)")
    check.set_defaults(run=_check)

    template = commands.add_parser("template", help="write the xlsmart workbook template",
                                   description="Write the template workbook (.xlsm) with example rows, functions and the ribbon.")
    template.add_argument("--lang", choices=("en", "nl"), default="en", help="language of sheets and headers")
    template.add_argument("-o", "--output", required=True, metavar="PATH", help="where to write the .xlsm")
    template.set_defaults(run=_template)

    serve = commands.add_parser("serve", help="start the upload page and API on this machine",
                                description="Serve the upload page and POST /api/validate (loopback by default).")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument("--max-upload-mb", type=float, default=25, help="largest upload accepted, in MB (default 25)")
    serve.add_argument("--workers", type=int, default=2, help="validations run at once (default 2)")
    serve.set_defaults(run=_serve)

    demo = commands.add_parser("demo", help="validate the bundled example workbooks",
                               description="Validate the bundled example workbooks and write coloured copies to ./demo-out.")
    demo.add_argument("--out", default="demo-out", help="folder for the coloured copies (default demo-out)")
    demo.set_defaults(run=_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except XlsmartError as error:
        print(f"xlsmart: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    except (FileNotFoundError, IsADirectoryError, PermissionError) as error:
        print(f"xlsmart: cannot open {error.filename or getattr(args, 'path', '')}: {error.strerror}", file=sys.stderr)
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        return 130


LARGE_FILE = 1 << 20  # bytes from which a terminal shows a progress bar
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


def _validate(args: argparse.Namespace) -> int:
    from .validation import validate_file
    from .workbook.reports import FORMATS, to_text

    source = Path(args.path)
    if not source.is_file():
        raise XlsmartError(f"{source}: no such file")
    if args.output and Path(args.output).resolve() == source.resolve():
        raise XlsmartError("the output must be a different file: xlsmart never changes its input")
    _progress(f"checking {source.name} …")
    large = sys.stderr.isatty() and source.stat().st_size >= LARGE_FILE
    try:
        report = validate_file(source, args.output, as_of=args.as_of, lang=args.lang, min_score=args.min_score,
                               name=str(source), progress=_progress_bar(source.name) if large else None,
                               workers=args.jobs)
    except XlsmartError:
        _progress("")
        raise
    except (MemoryError, RecursionError, ValueError, KeyError, IndexError, OSError) as error:
        _progress("")  # a file so malformed that a lower layer choked: still one line, exit 2
        raise XlsmartError(f"{source}: cannot read this workbook ({type(error).__name__}: {error})") from error
    _progress("")
    if args.format == "text":
        print(to_text(report, colour=sys.stdout.isatty() and "NO_COLOR" not in os.environ))
        if args.output:
            print(f"coloured copy: {args.output}")
    else:
        print(FORMATS[args.format](report))
    return EXIT_FINDINGS if report.errors else EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from .core.messages import say
    from .core.smart import LETTERS, smart_check

    result = smart_check(args.text, owner=args.owner, lang=args.lang)
    for letter in LETTERS:
        verdict = result.verdicts[letter]
        print(f"{letter} {'pass' if verdict.passed else 'FAIL'}  {verdict.reason}")
    print(f"score {result.score}/5")
    print(say("understood.title", result.lang))
    for label, value in result.understood():
        print(f"  {label:<13}{value}")
    return EXIT_OK if result.score == 5 else EXIT_FINDINGS


def _template(args: argparse.Namespace) -> int:
    from .excel.template import build_template

    build_template(args.lang, args.output)
    print(f"template written: {args.output}")
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    from .web.app import serve

    serve(host=args.host, port=args.port, max_upload_mb=args.max_upload_mb, workers=args.workers)
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    worst = EXIT_OK
    for example in sorted((ROOT / "workbook_templates").glob("*.xls[xm]")):
        target = out / f"{example.stem}-checked{example.suffix}"
        print(f"$ xlsmart validate {example.relative_to(ROOT)} -o {target}")
        code = main(["validate", str(example), "-o", str(target)])
        worst = max(worst, code)
        print()
    return EXIT_OK if worst < EXIT_UNUSABLE else worst


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
