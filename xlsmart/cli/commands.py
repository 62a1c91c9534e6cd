"""The commands beside ``validate``: ``check`` (one goal's SMART verdicts), ``rules`` (every
code), ``template`` (the workbook template), ``serve`` (the upload page) and ``demo``.

Each imports what it needs when it runs, so ``xlsmart check`` never loads the workbook reader
and a bare install (no Excel or service extras) still answers every command it can.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from .output import EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, Output
from .validate import run_validate


def run_check(args: argparse.Namespace, out: Output) -> int:
    from ..core.messages import say
    from ..core.smart import LETTERS, smart_check

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


def run_rules(args: argparse.Namespace, out: Output) -> int:
    from ..rules.engine import registered_rules

    rules = registered_rules()
    if args.format == "json":
        out.print(json.dumps([{"code": r.code, "severity": r.severity.value, "sheet": r.sheet, "summary": r.summary,
                               "example": r.example} for r in rules], ensure_ascii=False, indent=2))
        return EXIT_OK
    for rule in rules:
        out.print(f"{rule.code}  {rule.severity.value:<7}  {rule.sheet:<7}  {rule.summary}")
    return EXIT_OK


def run_template(args: argparse.Namespace, out: Output) -> int:
    from ..extras import require

    if getattr(args, "edition", "classic") != "lite":  # the Lite template has no VBA to write
        require("excel")
    from ..excel.template import build_template

    build_template(args.lang, args.output, edition=args.edition)
    out.print(f"template written: {args.output}")
    return EXIT_OK


def run_serve(args: argparse.Namespace, out: Output) -> int:
    from ..extras import require

    require("service")
    from ..web.app import serve

    serve(host=args.host, port=args.port, max_upload_mb=args.max_upload_mb, workers=args.workers,
          job_memory_mb=args.job_memory_mb, read_timeout=args.read_timeout, max_connections=args.max_connections)
    return EXIT_OK


def run_demo(args: argparse.Namespace, out: Output) -> int:
    from ..bundled import example_workbooks

    folder = Path(args.out)
    worst = EXIT_OK
    for example in example_workbooks():
        target = folder / f"{example.stem}-checked{example.suffix}"
        out.print(f"$ xlsmart validate {example.name} -o {target}")
        code = run_validate(args.validate_parser.parse_args([str(example), "-o", str(target)]), out)
        worst = max(worst, code)
        out.print("")
    return EXIT_OK if worst < EXIT_UNUSABLE else worst
