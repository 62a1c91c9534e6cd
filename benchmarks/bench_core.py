"""Core throughput: smart_check on 10,000 varied generated goals, and per-call cost of
kpi_status and roi. One process, one core. Run: make bench (or python benchmarks/bench_core.py).

It measures the core that imports: the pure modules, or with ``PYTHONPATH=build/compiled/site``
the core compiled by mypyc (``make compiled``); ``make bench`` runs both and the first line says which."""

from __future__ import annotations

import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

import xlsmart.core.smart
from xlsmart import kpi_status, roi, smart_check

TARGET_GOALS_PER_S = 20_000

EN_VERBS = ["Increase", "Grow", "Reduce", "Cut", "Improve", "Raise", "Lower", "Boost", "Generate", "Maintain"]
NL_VERBS = ["Verhoog", "Verlaag", "Verminder", "Verkort", "Verbeter", "Vergroot", "Genereer", "Behoud"]
EN_METRICS = ["website leads", "visitors", "conversion rate", "revenue", "NPS", "customer churn", "cost per acquisition",
              "margin", "newsletter sign-ups", "no-shows", "waiting time", "average order value", "followers"]
NL_METRICS = ["het aantal leads", "websitebezoekers", "de conversieratio", "de omzet", "de NPS", "het klantverloop",
              "de doorlooptijd", "de marge", "het bereik", "nieuwsbriefinschrijvingen", "de wachttijd", "het aantal no-shows"]
EN_TIMES = ["within six months", "by 31 December 2027", "by end of Q2", "next year", "in 2027", "within three weeks",
            "per month", "before 1 May", "in the next 90 days", "this quarter", ""]
NL_TIMES = ["binnen acht maanden", "vóór 1 mei", "in het tweede kwartaal", "voor Q4", "tegen 15 november 2027",
            "binnen anderhalf jaar", "in de komende drie maanden", "per kwartaal", "30-06-2027", "t.o.v. 2025", ""]
EN_WHO = ["We", "Our team will", "The sales team will", "I will", ""]
NL_WHO = ["Wij", "Ons team gaat", "De salesafdeling gaat", "Ik ga", ""]


def number(rng: random.Random, dutch: bool) -> str:
    value = rng.choice([rng.randint(2, 99), rng.randint(100, 9_999), rng.randint(10_000, 250_000)])
    text = f"{value:,}"
    return text.replace(",", ".") if dutch else text


def generate(count: int, seed: int = 7) -> list[str]:
    """Varied goals in both languages: every text differs (a serial number keeps them unique)."""
    rng = random.Random(seed)
    goals = []
    for i in range(count):
        dutch = rng.random() < 0.5
        who = rng.choice(NL_WHO if dutch else EN_WHO)
        verb = rng.choice(NL_VERBS if dutch else EN_VERBS)
        metric = rng.choice(NL_METRICS if dutch else EN_METRICS)
        when = rng.choice(NL_TIMES if dutch else EN_TIMES)
        a, b = number(rng, dutch), number(rng, dutch)
        shape = rng.randrange(4)
        if shape == 0:
            amount = f"van {a} naar {b}" if dutch else f"from {a} to {b}"
        elif shape == 1:
            amount = f"met {rng.randint(1, 60)}%" if dutch else f"by {rng.randint(1, 60)}%"
        elif shape == 2:
            amount = f"naar € {b}" if dutch else f"to ${b}"
        else:
            amount = ""
        goals.append(" ".join(p for p in (who, verb.lower() if who else verb, metric, amount, when, f"(#{i})") if p))
    return goals


def time_per_call(fn, calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls * 1e6


def main() -> int:
    goals = generate(10_000)
    today = date(2026, 11, 24)
    for text in goals[:200]:  # warm-up: imports, regex compilation
        smart_check(text, today=today)
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        for text in goals:
            smart_check(text, today=today)
        runs.append(time.perf_counter() - start)
    best = min(runs)
    rate = len(goals) / best
    kpi_us = time_per_call(lambda: kpi_status(100, 200, 150, "2027-01-01", "2027-12-31", as_of=today), 20_000)
    kpi_dates_us = time_per_call(lambda: kpi_status(100, 200, 150, date(2027, 1, 1), date(2027, 12, 31), as_of=today), 20_000)
    roi_us = time_per_call(lambda: roi(10_000, 5_000), 50_000)
    roi_text_us = time_per_call(lambda: roi("€ 10.000", "5.000"), 50_000)
    build = "pure Python" if xlsmart.core.smart.__file__.endswith(".py") else "compiled by mypyc"
    print(f"core benchmark (one process, one core; the core {build}: {Path(xlsmart.core.smart.__file__).parent})")
    print(f"  smart_check      {rate:>10,.0f} goals/s  (10,000 varied goals, best of 3: {best:.3f} s; median {statistics.median(runs):.3f} s)")
    print(f"                   target ≥ {TARGET_GOALS_PER_S:,} goals/s -> ratio {rate / TARGET_GOALS_PER_S:.2f}x of target")
    print(f"  kpi_status       {kpi_us:>10.2f} µs/call (ISO text dates); {kpi_dates_us:.2f} µs/call (date objects)")
    print(f"  roi              {roi_us:>10.2f} µs/call (numbers); {roi_text_us:.2f} µs/call (number text)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
