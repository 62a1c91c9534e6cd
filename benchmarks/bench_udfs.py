"""Python-side cost per row of the scalar worksheet functions vs their whole-column forms.

Run: ``python benchmarks/bench_udfs.py`` (1,000 rows each). In Excel a scalar formula costs one
COM round trip per cell on top of this; the whole-column forms pay that once per column, so
the ratio printed here is a lower bound of the real gain.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from xlsmart.excel import udfs

ROWS = 1000
AS_OF = datetime(2026, 6, 30)
GOALS = [
    "Our webshop team grows newsletter sign-ups from 2,000 to 3,000 by 31 December 2026.",
    "Generate more leads",
    "Het salesteam verhoogt het aantal leads met 25% binnen zes maanden.",
    "Repeat purchases go from 500 to 5,000 by the end of 2026.",
]


def _best(run: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    goals = [GOALS[i % len(GOALS)] for i in range(ROWS)]
    owners = ["Team" if i % 3 else None for i in range(ROWS)]
    base, target = [100.0] * ROWS, [200.0] * ROWS
    actual = [100.0 + (i % 120) for i in range(ROWS)]
    start, end = [datetime(2026, 1, 1)] * ROWS, [datetime(2026, 12, 31)] * ROWS
    revenue, cost = [1000.0 + i for i in range(ROWS)], [500.0 + (i % 7) for i in range(ROWS)]
    cases = {
        "SMART_SCORE": (
            lambda: [udfs.SMART_SCORE(g, o, None, None, None, None, None, None, AS_OF) for g, o in zip(goals, owners, strict=True)],
            lambda: udfs.SMART_SCORES(goals, owners, None, None, None, None, None, None, AS_OF),
        ),
        "KPI_STATUS": (
            lambda: [udfs.KPI_STATUS(*args, AS_OF) for args in zip(base, target, actual, start, end, strict=True)],
            lambda: udfs.KPI_STATUSES(base, target, actual, start, end, AS_OF),
        ),
        "ROI": (
            lambda: [udfs.ROI(r, c) for r, c in zip(revenue, cost, strict=True)],
            lambda: udfs.ROIS(revenue, cost),
        ),
    }
    print(f"{'function':<12} {'scalar µs/row':>14} {'column µs/row':>14} {'ratio':>7}")
    for name, (scalar, column) in cases.items():
        s, c = _best(scalar) / ROWS * 1e6, _best(column) / ROWS * 1e6
        print(f"{name:<12} {s:>14.1f} {c:>14.1f} {s / c:>7.2f}")


if __name__ == "__main__":
    main()
