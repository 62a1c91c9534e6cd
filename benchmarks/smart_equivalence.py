"""Prove that smart_check gives exactly the same results before and after a change.

Runs ``smart_check`` over a large, fixed, varied corpus and writes one canonical line per call:
the input, then the score, the failing letters, the language, ``gaps()``, every verdict's
``passed`` and ``reason``, and the ``repr`` of every field of the parsed goal (or the
exception raised). Two dumps from two versions of the code must be identical.

    python benchmarks/smart_equivalence.py /tmp/before.txt      # on the old code
    python benchmarks/smart_equivalence.py /tmp/after.txt       # on the new code
    python benchmarks/smart_equivalence.py --compare /tmp/before.txt /tmp/after.txt

``--full-parse`` turns off the shortcut for rows whose columns settle every field, so that a
dump with it and one without prove the shortcut changes nothing on the same code.

The corpus: generated goals from ``bench_core.generate``, the goal texts of ``tests/core``,
word salads from the parser's own vocabulary, random character soup, and the same texts with
structured arguments (owner, metric, direction, baseline, target, start, deadline, today,
lang, bounds) drawn from pools of valid, odd and wrong values. Everything is seeded, so every
run builds the same corpus; the same text also recurs with different ``today`` and ``start``
values, which catches caches keyed too narrowly. The word salads draw on the parser's word
tables, so compare dumps of code whose tables are the same (each line starts with its input,
so a changed corpus shows up as differences too).
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from bench_core import generate  # noqa: E402

from xlsmart.core import dates, numbers  # noqa: E402
from xlsmart.core.lexicon import directions, language, metrics, owners, quantity_words, time_words  # noqa: E402
from xlsmart.core.smart import LETTERS, smart_check  # noqa: E402

TODAY = date(2026, 11, 24)
OTHER_TODAYS = [date(2027, 2, 28), date(2028, 2, 29), date(2026, 12, 31), date(2027, 1, 1), "2026-11-24",
                datetime(2026, 11, 24, 15, 30), 46350, date(2099, 6, 15)]

OWNERS = [None, "", "   ", "Marketing", " Jan ", "het salesteam", 42, 3.5]
METRICS = [None, "", " ", "leads", "Conversieratio", "website visitors", "unknown thing", "klantverloop",
           "cost per lead", "NPS", "Followers", "websitebezoekers", "no-shows", "market share", 7]
DIRECTIONS = [None, "", "increase", "verlagen", "at most", "Minimaal", "improve", "verbeteren", "bogus",
              "  Behouden ", "keep", "REDUCE", "verhoog", "at least", "halveren"]
QUANTITIES = [None, "", " ", "10%", "1.000", "1,5", "€ 45,50", "lots", "een", "twaalf", 100, 2.5, 0, -5,
              float("nan"), float("inf"), "12k", "3 mln", "10 procent", True, "0,5%", "150%", "-20%", "1.250,50",
              "$ 2.000", "45 euro", "2 miljoen", 1e12, "10 %%", "1" * 70, 1e308, -1.7e308, 5e-324, 10**400,
              "9" * 60]
DAYS = [None, "", date(2027, 1, 1), datetime(2027, 3, 15, 10, 0), "2027-01-01", "1 mei", "31-31-2026",
        "someday", 46000, "juni 2027", "December 31, 2026", "30-06-27", "29 februari", date(2026, 1, 1),
        "2027-06-30 00:00:00", 0, -3, 3.5e6, True, "1.3.2027", "30 februari 2027"]
LANGS = [None, "en", "nl", "fr", ""]
BOUNDS = [(1.0, 0.5), (0.5, 0.2), (2.0, 0.9), (0.0, 0.0), (1, 0), (float("inf"), float("nan")), (1e307, 1e307),
          (10**400, 0.5)]
BAD_ARGUMENTS = [
    ({"goal": "leads"}, {}), (["We increase leads"], {}), (42, {}), ("We increase leads", {"target": [150]}),
    ("We increase leads", {"baseline": {"value": 100}}), ("We increase leads", {"today": "not a day"}),
    ("We increase leads", {"today": date(2026, 11, 24), "baseline": (1,)}),
]
EXTRA_TEXTS = [
    None, "", "   ", "\n\t", "\u00a0", "1.200", "10,5%", "€ 45", "2027-06-30", "42",
    "We verhogen de leads met 20% vóór 31-31-2026", "We increase leads by 20% by 30 February 2027",
    ("We verhogen het aantal leads van 100 naar 150 binnen zes maanden. " * 200)[:12_000],
    "1.1." * 500 + "1", "1," * 800, "€" * 900, "%" * 900, "van " * 700, "from to " * 400, "-" * 900,
    "9" * 5000, "12-12-" * 400, "q1 " * 600, "binnen binnen een " * 300, "a" * 3000, "€1." * 600,
    "1e" * 900, "\u0000\ufffd" * 500,
    # numbers that overflow to infinity: formatting them raises, from smart_check itself
    "We increase leads to " + "9" * 300 + " million", "We increase leads from 1 to " + "9" * 300 + " miljoen miljoen",
    "We increase leads from 0,001 to 1" + "0" * 300 + " within 2 months", "We verhogen de omzet met " + "9" * 310 + "%",
    "Wij verdubbelen de omzet van 1 naar " + "9" * 308 + " in 2027", "We grow leads from 1e-300 to 5",
    "We increase leads from " + "9" * 300 + " to 1 by 2027", "We cut churn from 5% to " + "9" * 300 + "% in Q3",
    "Our team grows revenue " + "9" * 305 + " x by 2027", "We raise leads by " + "9" * 300 + " thousand thousand",
    # digits beyond ASCII: regular expressions and float() read every Unicode decimal digit
    "We increase leads from ٣٤ to ١٠٠ by 2027", "Verhoog de omzet naar １２ in Q3", "We grow leads to 5² by 2027",
    "Wij verhogen de leads van ১২ naar ৫০ binnen ৬ maanden", "We cut churn by ３０% before 1 May",
]
SOUP = ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZàéëïóöüÿÀÉ" "0123456789" "0123456789"
        "     .,,--//%%€$£→>+−'’\u00a0!?():;x" "\t\n")


def vocabulary() -> list[str]:
    """Every word the parser knows, sorted (sets iterate in a hash order that changes per run)."""
    words: set[str] = set()
    for module, names in (
        (quantity_words, ("FROM_WORDS", "TO_WORDS", "BY_WORDS", "UP_WORDS", "DOWN_WORDS", "TIMES_WORDS", "HALF_WORDS",
                          "RATE_WORDS")),
        (time_words, ("PERIOD_INTRO", "REFERENCE_WORDS", "THIS_WORDS", "NEXT_WORDS", "END_WORDS", "YEAR_PREP",
                      "YEAR_END_WORDS")),
        (dates, ("MONTHS", "PERIOD_UNITS", "ORDINALS")),
        (numbers, ("NUMBER_WORDS", "SCALE_WORDS")),
        (directions, ("MULTIPLIERS", "DIRECTION_WORDS")),
        (metrics, ("METRIC_WORDS",)),
        (owners, ("ACTOR_WORDS",)),
        (language, ("DUTCH_CUES", "ENGLISH_CUES")),
    ):
        for name in names:
            words.update(getattr(module, name))
    words.update(w for pair in metrics.METRIC_PHRASES for w in pair)
    words.update(w for phrase in directions.DIRECTION_PHRASES for w in phrase)
    words.update(["marketingteam", "salesafdeling", "contentmanager", "websiteleads", "nieuwsbriefabonnees",
                  "demo's", "video's", "reaches", "cuts", "grows", "keeps", "boosts", "improves", "t.o.v.",
                  "e.o.y.", "eind", "wekelijks", "monthly", "Q1", "Q3", "H1", "H2", "h3", "q5", "1ste", "2nd",
                  "3rd", "4e", "21e", "32nd", "x", "keer", "2x", "→", ">", "+", "the", "het", "de", "of", "van"])
    return sorted(words)


NUMBER_TOKENS = ["0", "1", "5", "7", "12", "21", "29", "31", "32", "45", "99", "100", "150", "1.200", "1,200",
                 "10,5", "10.5", "1.250,50", "1,250.50", "2.000.000", "0,5", "0.005", "10%", "10 %", "-5%",
                 "+20%", "−3%", "25 procent", "25 percent", "€ 45", "€45,50", "$1.5", "£ 300", "2k", "3m",
                 "1990", "2025", "2026", "2027", "2028", "2100", "2101", "-2027", "30-06-2027", "31-31-2026",
                 "2027-02-30", "2027-06-30", "1/3/27", "29-02-2028", "1.3.2027", "12-12-12", "1.2.3,4",
                 "12,34,567", "0.000", "007", "10e3", "3,5k"]


def word_salads(rng: random.Random, count: int) -> Iterator[str]:
    vocab = vocabulary()
    for _ in range(count):
        size = rng.choice([1, 2, 3, 4, 6, 8, 10, 14, 20, 30])
        parts = [rng.choice(NUMBER_TOKENS) if rng.random() < 0.25 else rng.choice(vocab) for _ in range(size)]
        if rng.random() < 0.3:
            parts = [p.capitalize() if rng.random() < 0.3 else p.upper() if rng.random() < 0.1 else p for p in parts]
        yield rng.choice([" ", " ", " ", ", ", "  "]).join(parts)


def soup(rng: random.Random, count: int) -> Iterator[str]:
    for _ in range(count):
        yield "".join(rng.choice(SOUP) for _ in range(rng.randrange(0, 60)))


def test_texts() -> list[str]:
    """The goal texts of tests/core (the SMART cases and the robustness word list)."""
    try:
        from tests.core import test_robustness, test_smart_cases
    except ImportError:  # pytest or hypothesis missing: the rest of the corpus still counts
        return []
    texts = [p.values[0] for p in test_smart_cases.CASES]
    texts += [test_smart_cases.DUTCH_GOAL, test_smart_cases.ENGLISH_GOAL]
    texts += test_robustness.WORDS
    return texts


def structured(rng: random.Random, text: object) -> dict[str, object]:
    """Random structured arguments for one call: each column filled in about a third of the time."""
    kwargs: dict[str, object] = {"today": TODAY if rng.random() < 0.8 else rng.choice(OTHER_TODAYS)}
    for name, pool in (("owner", OWNERS), ("metric", METRICS), ("direction", DIRECTIONS),
                       ("baseline", QUANTITIES), ("target", QUANTITIES), ("start", DAYS),
                       ("deadline", DAYS), ("lang", LANGS)):
        if rng.random() < 0.35:
            kwargs[name] = rng.choice(pool)
    if rng.random() < 0.2:
        kwargs["max_increase"], kwargs["max_decrease"] = rng.choice(BOUNDS)
    return kwargs


def _readable_quantity(value: object) -> bool:
    try:
        return value is not True and numbers.parse_quantity(value) is not None
    except (OverflowError, ValueError):
        return False


# The values of each pool that fill their field (how the rules read them is beside the point
# here: these only steer the corpus towards rows whose every column is usable).
READABLE = {
    "owner": [o for o in OWNERS if o is not None and str(o).strip()],
    "metric": [m for m in METRICS if m is not None and str(m).strip()],
    "direction": [d for d in DIRECTIONS if d and (str(d).strip().casefold() in directions.DIRECTION_LIST
                                                  or str(d).strip().casefold() in directions.DIRECTION_WORDS)],
    "baseline": [q for q in QUANTITIES if _readable_quantity(q)],
    "target": [q for q in QUANTITIES if _readable_quantity(q)],
    "start": [d for d in DAYS if d not in (None, True) and dates.parse_date(d, reference=TODAY) is not None],
    "deadline": [d for d in DAYS if d not in (None, True) and dates.parse_date(d, reference=TODAY) is not None],
}


def complete_row(rng: random.Random) -> dict[str, object]:
    """Every column given, mostly readable (the first values of each pool are the odd ones), in English or Dutch."""
    kwargs: dict[str, object] = {"today": TODAY if rng.random() < 0.8 else rng.choice(OTHER_TODAYS),
                                 "lang": rng.choice(["en", "nl"])}
    for name, pool in (("owner", OWNERS), ("metric", METRICS), ("direction", DIRECTIONS), ("baseline", QUANTITIES),
                       ("target", QUANTITIES), ("start", DAYS), ("deadline", DAYS)):
        kwargs[name] = rng.choice(READABLE[name] if rng.random() < 0.95 else pool)
    if rng.random() < 0.2:
        kwargs["max_increase"], kwargs["max_decrease"] = rng.choice(BOUNDS)
    return kwargs


def corpus() -> Iterator[tuple[object, dict[str, object]]]:
    rng = random.Random(20261124)
    generated = generate(20_000) + generate(5_000, seed=11)
    fixed = test_texts() + EXTRA_TEXTS
    salads = list(word_salads(rng, 15_000))
    soups = list(soup(rng, 5_000))
    for text in generated + fixed + salads + soups:
        yield text, {"today": TODAY}
    for text in fixed + generated[:2_000] + salads[:2_000]:
        for today in OTHER_TODAYS:
            yield text, {"today": today}
        yield text, {"today": TODAY, "start": rng.choice(DAYS[2:])}
    pool = generated + fixed * 10 + salads
    for _ in range(25_000):
        text = rng.choice(pool)
        yield text, structured(rng, text)
    for _ in range(30_000):  # rows that fill every column, as a workbook's do: the arguments settle most
        text = rng.choice(pool + soups)
        yield text, complete_row(rng)
    for text in fixed:
        for lang in LANGS:
            yield text, {"today": TODAY, "lang": lang}
    for text, kwargs in BAD_ARGUMENTS:
        yield text, {"today": TODAY} | kwargs


def describe(text: object, kwargs: dict[str, object]) -> str:
    shown = text if not isinstance(text, str) or len(text) <= 200 else f"{text[:200]}…({len(text)})"
    return repr((shown, sorted(kwargs.items())))


def outcome(text: object, kwargs: dict[str, object]) -> str:
    try:
        result = smart_check(text, **kwargs)  # type: ignore[arg-type]
    except Exception as error:
        return f"raised {type(error).__name__}: {error}"
    try:  # reading a result must never raise: any error belongs to the call itself
        verdicts = [(letter, result.verdicts[letter].passed, result.verdicts[letter].reason) for letter in LETTERS]
        parsed = [(f.name, repr(getattr(result.parsed, f.name))) for f in dataclasses.fields(result.parsed)]
        return repr((result.score, result.failed, result.lang, result.gaps(), list(result.verdicts) == list(LETTERS),
                     verdicts, parsed))
    except Exception as error:
        return f"reading the result raised {type(error).__name__}: {error}"


def dump(path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for text, kwargs in corpus():
            out.write(f"{describe(text, kwargs)}\t{outcome(text, kwargs)}\n")
            count += 1
    print(f"{count:,} calls written to {path}")
    return 0


def compare(before: Path, after: Path, show: int = 5) -> int:
    old = before.read_text(encoding="utf-8").splitlines()
    new = after.read_text(encoding="utf-8").splitlines()
    differences = [(i, a, b) for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b]
    if len(old) != len(new):
        print(f"different lengths: {len(old):,} vs {len(new):,} lines")
    for i, a, b in differences[:show]:
        print(f"line {i + 1}:\n  before: {a}\n  after:  {b}")
    if differences or len(old) != len(new):
        print(f"{len(differences):,} differing lines of {min(len(old), len(new)):,}")
        return 1
    print(f"identical: {len(old):,} calls")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"), type=Path)
    parser.add_argument("output", nargs="?", type=Path)
    parser.add_argument("--full-parse", action="store_true", help="parse every text, even where columns settle all")
    args = parser.parse_args()
    if args.full_parse:
        from xlsmart.core import smart

        smart.SETTLED_SHORTCUT = False
    if args.compare:
        return compare(*args.compare)
    if not args.output:
        parser.error("give an output file, or --compare BEFORE AFTER")
    return dump(args.output)


if __name__ == "__main__":
    sys.exit(main())
