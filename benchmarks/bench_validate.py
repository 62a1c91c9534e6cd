"""Time `xlsmart validate` against a bare python-calamine read and a hand-written openpyxl job.

    python benchmarks/bench_validate.py                 # a 20-row workbook (what CI pays), then N = 20000, 100000, 200000
    python benchmarks/bench_validate.py 2000 10000      # smaller, for a quick run
    BENCH_N="2000" python benchmarks/bench_validate.py  # the same through the environment
    python benchmarks/bench_validate.py --openpyxl-100k # include openpyxl above 20,000 rows (minutes)
    python benchmarks/bench_validate.py --direct        # reader + painter only, without the rules
    python benchmarks/bench_validate.py --runs=5 --no-small --no-openpyxl 20000 100000 200000  # issue 17's table, best of 5
    python benchmarks/bench_validate.py --workload=failing --no-small --no-openpyxl 100000    # one workload only
    python benchmarks/bench_validate.py --faults=0.3 --no-small --no-openpyxl 100000          # a workload of your own
    python benchmarks/bench_validate.py --shared-strings --no-small --no-openpyxl 100000      # text as Excel keeps it

Two workloads at each size (see WORKLOADS): a workbook mostly in order (~5 % of rows flagged)
and one mostly failing (>= 70 % flagged), each against a bare calamine read of the same file:
best of --runs (3 unless told), validate and the bare read taking turns so that load from
elsewhere on a shared machine weighs on both; the spread of the validate runs is printed.
``--faults=SHARE`` replaces them by one workload whose generator makes SHARE of the rows faulty.
``--shared-strings`` writes the workbooks' text as one table of shared strings, as Excel, LibreOffice
and openpyxl save it (each calamine book then parses it: more memory for the reader's two books).

Each measurement is one child process: its wall time, CPU time (its own and its helpers') and
peak RSS (from wait4) are taken unobserved; for validate, a second run samples the peak PSS of
its process tree (the job plus the helpers it forks; shared pages split between sharers) from
/proc every 10 ms. The share of rows flagged is counted once per workload, at the smallest size.

The table at the end holds issue 17's measures, each beside its target: validate / bare read
(wall time; the CPU-time ratio beside it is steadier when the machine is shared, but counts the
helpers' work that the wall time hides), peak memory of the process tree, and how the time grows
from the smallest size to the largest (1.0 = linear). The load average is printed with it.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.proctree import MemorySampler  # noqa: E402


def measure(command: list[str], *, tree: bool = False) -> dict[str, float]:
    """Wall time and peak RSS of the job process; with ``tree``, also the peak PSS of its whole
    tree (forked helpers), from a second run: sampling /proc every 10 ms costs CPU enough to
    slow the timed run on two cores, so the timed run is never sampled."""
    timed = _run(command, sample=False)
    if tree:
        timed["tree_pss_mb"] = _run(command, sample=True)["tree_pss_mb"]
    return timed


# Where the jobs run: not this tree, whose package ``python -m xlsmart`` would import first from
# the working directory, before the PYTHONPATH that names the build to measure.
JOB_CWD = tempfile.gettempdir()


def job_env() -> dict[str, str]:
    """The measured jobs' environment: a PYTHONPATH given (``build/compiled/site``: the compiled
    core) comes before this tree, so that its modules are the ones imported."""
    given = [str(Path(entry).resolve()) for entry in os.environ.get("PYTHONPATH", "").split(os.pathsep) if entry]
    return {**os.environ, "PYTHONPATH": os.pathsep.join([*given, str(ROOT)])}  # (absolute: the jobs run elsewhere)


def _run(command: list[str], *, sample: bool) -> dict[str, float]:
    env = job_env()
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, env=env, cwd=JOB_CWD)
        sampler = MemorySampler(process.pid, field="Pss") if sample else None
        if sampler is not None:
            sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        if sampler is not None:
            sampler.done.set()
            sampler.join()
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        message = err.read().decode(errors="replace")[-400:]
    if process.returncode not in (0, 1) or "Traceback" in message:  # validate exits 1 when it finds errors
        raise RuntimeError(f"{command[:4]} failed: {message}")
    peak_mb = usage.ru_maxrss / 1024
    return {"seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime, "peak_mb": peak_mb, "load": os.getloadavg()[0],
            "tree_pss_mb": sampler.peak_kb / 1024 if sampler else peak_mb}


def job(mode: str, *args: str) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "--run", mode, *args]


def core_build() -> str:
    """Which core the jobs import: the pure modules, or (``PYTHONPATH=build/compiled/site``) mypyc's build."""
    where = subprocess.run([sys.executable, "-c", "import xlsmart.core.smart as m; print(m.__file__)"], env=job_env(),
                           capture_output=True, text=True, check=True, cwd=JOB_CWD).stdout.strip()
    return "pure Python" if where.endswith(".py") else "compiled by mypyc"


def cli_available() -> bool:
    return importlib.util.find_spec("xlsmart.cli") is not None


# --- the jobs, run inside the measured child -------------------------------------------------
def run_bare(path: str) -> None:
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(path)
    cells = sum(len(row) for name in book.sheet_names for row in book.get_sheet_by_name(name).to_python())
    print(cells)


def run_flagged(path: str) -> None:
    """The share of data rows that draw at least one finding, as validate reports them."""
    from xlsmart.validation import validate

    report = validate(path)
    print(f"{len({(f.sheet, f.row) for f in report.findings}) / max(report.rows, 1):.4f}")


def run_direct(path: str, out: str) -> None:
    """read_workbook + a few hand-made findings + paint: the validate path without the rules."""
    from xlsmart.model import Finding, Report, Severity
    from xlsmart.workbook.paint.painter import paint
    from xlsmart.workbook.reader import read_workbook

    data = read_workbook(path)
    findings = []
    goals = {r.get("id") for r in data.sheets["goals"].records}
    for record in data.sheets["goals"].records:
        if record.get("start") and record.get("deadline") and record.get("deadline") < record.get("start"):
            findings.append(Finding("GOAL_DEADLINE_BEFORE_START", Severity.ERROR, "Goals", record.row, "Deadline", 10, "x"))
    for record in data.sheets["kpis"].records:
        if record.get("goal_id") not in goals:
            findings.append(Finding("KPI_UNKNOWN_GOAL", Severity.ERROR, "KPIs", record.row, "Goal ID", 2, "x"))
    for record in data.sheets["budgets"].records:
        if (record.get("actual") or 0) > (record.get("planned") or 0):
            findings.append(Finding("BUDGET_OVERSPENT", Severity.ERROR, "Budgets", record.row, "Actual", 8, "x"))
    sheets = {k: s for k, s in data.sheets.items()}
    paint(path, Report(path, findings, sum(len(s.records) for s in sheets.values()), data.lang, sheets), out)


def run_openpyxl(path: str, out: str) -> None:
    """What a careful analyst writes by hand: load, check deadline < start, fill red, save."""
    import openpyxl
    from openpyxl.styles import PatternFill

    red = PatternFill("solid", fgColor="FFF6C9C4")
    book = openpyxl.load_workbook(path)
    sheet = book["Goals"]
    for row in sheet.iter_rows(min_row=2):
        start, deadline = row[8].value, row[9].value
        if start and deadline and deadline < start:
            for cell in row:
                cell.fill = red
    book.save(out)


# --- the table -------------------------------------------------------------------------------
# The two workloads issue 17 sets targets for, by the share of rows generate.py makes faulty
# (what share then draws a finding is counted in each run), and the target for validate / read.
WORKLOADS = {
    "in order": (0.065, "~5 % of rows flagged", 1.5),
    "failing": (0.9, ">= 70 % of rows flagged", 2.0),
}
TARGET_SIZE = 100_000  # rows per sheet at which issue 17 sets the targets
TARGET_TREE_MB = 300
LINEAR_FROM, LINEAR_TO = 20_000, 200_000


def flagged_share(path: str) -> float:
    done = subprocess.run(job("flagged", path), capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    return float(done.stdout.split()[-1])


def bench(sizes: list[int], openpyxl_max: int, *, direct: bool = False, runs: int = 3,
          workloads: dict[str, tuple[float, str, float]] = WORKLOADS, shared_strings: bool = False) -> None:
    """Each workload at each size beside a bare calamine read of the same file: best of ``runs``
    timed runs, validate and bare read interleaved so that a burst of load on a shared machine
    hits both; the spread of the validate runs says how noisy the machine was."""
    use_cli = cli_available() and not direct
    mode = "cli" if use_cli else "direct (read_workbook + hand-made findings + paint, no rules)"
    print(f"validate measured as: {mode}; best of {runs} runs; text {'as shared strings' if shared_strings else 'inline'}; "
          f"core {core_build()}")
    rows = []
    shares: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            for workload, (faults, _, _) in workloads.items():
                source = os.path.join(tmp, f"plan-{n}-{faults}.xlsx")
                subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(n), source,
                                "--faults", str(faults), *(["--shared-strings"] if shared_strings else [])],
                               check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
                out = os.path.join(tmp, f"plan-{n}.checked.xlsx")
                validate = ([sys.executable, "-m", "xlsmart", "validate", source, "-o", out] if use_cli
                            else job("direct", source, out))
                timed: dict[str, list[dict[str, float]]] = {"validate": [], "bare": []}
                for _ in range(runs):
                    timed["validate"].append(_run(validate, sample=False))
                    timed["bare"].append(_run(job("bare", source), sample=False))
                if workload not in shares:
                    shares[workload] = flagged_share(source)
                result: dict[str, Any] = {"n": n, "workload": workload, "mb": os.path.getsize(source) / 2**20, "flagged": shares[workload],
                          "validate": min(timed["validate"], key=lambda r: r["seconds"]),
                          "bare": min(timed["bare"], key=lambda r: r["seconds"]),
                          "spread": [r["seconds"] for r in timed["validate"]]}
                result["validate"]["tree_pss_mb"] = _run(validate, sample=True)["tree_pss_mb"]
                if n <= openpyxl_max and workload == "in order":
                    result["openpyxl"] = measure(job("openpyxl", source, out + ".openpyxl.xlsx"))
                rows.append(result)
                print_row(result)
    print_ratios(rows, workloads)


def print_row(r: dict) -> None:
    parts = [f"N={r['n']:>7,} {r['workload']:<8} ({r['mb']:.0f} MB, {r['flagged']:.0%} of rows flagged)"]
    for key in ("validate", "bare", "openpyxl"):
        if key in r:
            parts.append(f"{key}: {r[key]['seconds']:6.2f} s ({r[key]['cpu']:5.2f} s cpu) {r[key]['peak_mb']:4.0f} MB rss "
                         f"{r[key]['tree_pss_mb']:4.0f} MB tree")
    spread = r["spread"]
    parts.append(f"validate runs {min(spread):.2f}-{max(spread):.2f} s, load {r['validate']['load']:.1f}")
    print(" | ".join(parts), flush=True)


def print_ratios(rows: list[dict], workloads: dict[str, tuple[float, str, float]] = WORKLOADS) -> None:
    """Each size's ratios, then issue 17's table: at TARGET_SIZE (else the largest size run), the
    ratios and the tree's peak beside their targets, and the growth from the smallest size to the largest."""
    for r in rows:
        v, b = r["validate"], r["bare"]
        _, _, target = workloads[r["workload"]]
        line = (f"N={r['n']:,} {r['workload']} ({r['flagged']:.0%} flagged): validate/bare-read "
                f"{v['seconds'] / b['seconds']:.2f}x wall (target <= {target}), {v['cpu'] / b['cpu']:.2f}x cpu; "
                f"peak {v['peak_mb']:.0f} MB rss, {v['tree_pss_mb']:.0f} MB pss of the process tree "
                f"(target <= {TARGET_TREE_MB})")
        if "openpyxl" in r:
            line += f", openpyxl/validate {r['openpyxl']['seconds'] / v['seconds']:.1f}x"
        print(line)
    loads = [r[key]["load"] for r in rows for key in ("validate", "bare")]
    print(f"\nissue 17's measures (load average {min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} cores while measuring):")
    print(f"{'workload':<10}{'flagged':>8}{'rows':>9}{'validate':>10}{'read':>8}{'ratio':>8}{'target':>8}{'cpu ratio':>10}"
          f"{'tree MB':>9}{'target':>8}   growth (1.0 = linear)")
    for workload, (_, _, target) in workloads.items():
        mine = [r for r in rows if r["workload"] == workload]
        if not mine:
            continue
        at = next((r for r in mine if r["n"] == TARGET_SIZE), mine[-1])
        v, b = at["validate"], at["bare"]
        small, big = mine[0], mine[-1]
        growth = "-"
        if big["n"] > small["n"]:
            factor = big["n"] / small["n"]
            growth = (f"{big['validate']['seconds'] / small['validate']['seconds'] / factor:.2f} "
                      f"(time({big['n']:,}) / time({small['n']:,}) / {factor:g}; "
                      f"tree {small['validate']['tree_pss_mb']:.0f} -> {big['validate']['tree_pss_mb']:.0f} MB)")
        print(f"{workload:<10}{at['flagged']:>8.0%}{at['n']:>9,}{v['seconds']:>9.2f}s{b['seconds']:>7.2f}s"
              f"{v['seconds'] / b['seconds']:>7.2f}x{'<= ' + str(target):>8}{v['cpu'] / b['cpu']:>9.2f}x"
              f"{v['tree_pss_mb']:>9.0f}{'<= ' + str(TARGET_TREE_MB):>8}   {growth}")


SMALL_ROWS = 20  # a workbook as a CI job checks it on every push
SMALL_RUNS = 5


def bench_small() -> None:
    """What a CI job pays for one small workbook: the whole command, start-up included (best and
    median of a few runs), next to ``python -c pass`` and a bare calamine read of the same file."""
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, f"plan-{SMALL_ROWS}.xlsx")
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(SMALL_ROWS), source], check=True,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
        commands = {
            "xlsmart validate": [sys.executable, "-m", "xlsmart", "validate", source],
            "validate -o copy": [sys.executable, "-m", "xlsmart", "validate", source, "-o", os.path.join(tmp, "copy.xlsx")],
            "python -c pass": [sys.executable, "-c", "pass"],
            "bare calamine read": job("bare", source),
        }
        times = {name: sorted(_run(command, sample=False)["seconds"] for _ in range(SMALL_RUNS))
                 for name, command in commands.items()}
    for name, runs in times.items():
        print(f"{SMALL_ROWS} rows | {name:<20} best {runs[0]:.2f} s, median {runs[len(runs) // 2]:.2f} s")
    print(f"{SMALL_ROWS} rows: validate/python start-up {times['xlsmart validate'][0] / times['python -c pass'][0]:.1f}x, "
          f"validate/bare read {times['xlsmart validate'][0] / times['bare calamine read'][0]:.1f}x")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--run"]:
        jobs: dict[str, Callable[..., None]] = {"bare": run_bare, "direct": run_direct, "openpyxl": run_openpyxl,
                                               "flagged": run_flagged}
        jobs[argv[1]](*argv[2:])
        return 0
    if {"-h", "--help"} & set(argv):
        print(__doc__)
        return 0
    flags = {a for a in argv if a.startswith("--")}
    values = dict(a[2:].split("=", 1) for a in argv if a.startswith("--") and "=" in a)
    workloads = WORKLOADS
    if "workload" in values:
        workloads = {values["workload"]: WORKLOADS[values["workload"]]}
    if "faults" in values:
        workloads = {f"faults {values['faults']}": (float(values["faults"]), "", 2.0)}
    if cli_available() and not flags & {"--direct", "--no-small"}:
        bench_small()
    default = f"{LINEAR_FROM} {TARGET_SIZE} {LINEAR_TO}"
    sizes = [int(a) for a in argv if a.isdigit()] or [int(x) for x in os.environ.get("BENCH_N", default).split()]
    runs = int(values.get("runs", 3))
    openpyxl_max = 0 if "--no-openpyxl" in flags else max(sizes) if "--openpyxl-100k" in flags else 20_000
    bench(sorted(sizes), openpyxl_max, direct="--direct" in flags, runs=runs, workloads=workloads,
          shared_strings="--shared-strings" in flags)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
