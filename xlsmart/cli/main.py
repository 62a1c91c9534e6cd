"""The command line's entry: the parser of every command, and :func:`main`, which runs one.

Each command's ``--help`` ends with examples; each command is a function ``run_*(args, out)``
returning the exit code (see :mod:`xlsmart.cli`), in :mod:`.validate` and :mod:`.commands`.
"""

from __future__ import annotations

import argparse
import warnings
from collections.abc import Sequence
from datetime import date
from typing import Any

from .. import __version__
from ..errors import XlsmartError
from .commands import run_check, run_demo, run_rules, run_serve, run_template
from .output import EXIT_UNUSABLE, Output
from .validate import run_validate


def _date(text: str) -> date:
    """``--as-of`` takes the date forms a workbook cell takes."""
    from ..core.dates import parse_date

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
    validate.set_defaults(run=run_validate)

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
    check.set_defaults(run=run_check)

    rules = _command(commands, "rules", help="list every rule code with its severity and meaning",
                     description="List the rule codes validate reports: code, severity, sheet, what it means.",
                     examples="  xlsmart rules\n  xlsmart rules --format json")
    rules.add_argument("--format", choices=("text", "json"), default="text", help="output format (default text)")
    rules.set_defaults(run=run_rules)

    template = _command(commands, "template", help="write the xlsmart workbook template",
                        description="Write the template workbook (.xlsm) with example rows, functions and the ribbon.",
                        examples="  xlsmart template --lang nl -o plan.xlsm\n"
                                 "  xlsmart template --edition lite -o plan.xlsx")
    template.add_argument("--lang", choices=("en", "nl"), default="en", help="language of sheets and headers")
    template.add_argument("--edition", choices=("classic", "lite"), default="classic",
                          help="classic: .xlsm for xlwings on Windows (default); lite: .xlsx for xlwings Lite")
    template.add_argument("-o", "--output", required=True, metavar="PATH", help="where to write the .xlsm (.xlsx for lite)")
    template.set_defaults(run=run_template)

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
    serve.set_defaults(run=run_serve)

    demo = _command(commands, "demo", help="validate the bundled example workbooks",
                    description="Validate the example workbooks that ship with xlsmart and write coloured copies.",
                    examples="  xlsmart demo\n  xlsmart demo --out /tmp/xlsmart-demo")
    demo.add_argument("--out", default="demo-out", help="folder for the coloured copies (default demo-out)")
    demo.set_defaults(run=run_demo, validate_parser=validate)  # the demo validates each example
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
