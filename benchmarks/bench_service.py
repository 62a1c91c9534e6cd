"""Load benchmark of the web service: 16 concurrent uploads of a ~500-rows-per-sheet workbook.

Starts ``xlsmart serve --workers 2`` on a free loopback port, fires the uploads from threads
with httpx, checks every answer is 200, and prints p50/p95 latency and the peak memory of the
server's process tree (the server, its forkserver and the short-lived job processes), sampled
from /proc every 10 ms. Run: ``python benchmarks/bench_service.py [--uploads 16] [--rows 500]``.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.proctree import MemorySampler, memory_kb, tree  # noqa: E402
from tests.web.workbooks import AS_OF, large_workbook  # noqa: E402


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def server_command(port: int, workers: int) -> list[str]:
    try:
        from xlsmart import cli

        cli.build_parser().parse_args(["serve", "--port", str(port), "--workers", str(workers)])
        return [sys.executable, "-m", "xlsmart", "serve", "--port", str(port), "--workers", str(workers)]
    except (ImportError, AttributeError, SystemExit):
        return [sys.executable, "-c", f"from xlsmart.web.app import serve; serve(port={port}, workers={workers})"]


def wait_healthy(base: str, process: subprocess.Popen[bytes], timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited with {process.returncode}")
        try:
            if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit("server did not become healthy")


def upload(client: httpx.Client, base: str, payload: bytes, output: str) -> tuple[int, float]:
    started = time.perf_counter()
    response = client.post(f"{base}/api/validate", params={"output": output}, data={"as_of": AS_OF},
                         files={"file": ("bench.xlsx", payload)}, timeout=120)
    return response.status_code, time.perf_counter() - started


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] if len(values) > 1 else values[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uploads", type=int, default=16)
    parser.add_argument("--rows", type=int, default=500, help="rows per sheet")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    payload = large_workbook(args.rows)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(server_command(port, args.workers), cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT)})
    # One client for all threads: creating a client per upload costs more CPU than the upload.
    client = httpx.Client(limits=httpx.Limits(max_connections=args.uploads))
    try:
        wait_healthy(base, process)
        upload(client, base, payload, "json")  # warm the forkserver's imports
        idle_kb = sum(memory_kb(p) for p in tree(process.pid))
        rows = []
        for output in ("json", "xlsx"):
            sampler = MemorySampler(process.pid)
            sampler.start()
            started = time.perf_counter()
            with ThreadPoolExecutor(args.uploads) as pool:
                answers = list(pool.map(lambda _: upload(client, base, payload, output), range(args.uploads)))
            wall = time.perf_counter() - started
            sampler.done.set()
            sampler.join()
            statuses = [status for status, _ in answers]
            assert all(status == 200 for status in statuses), f"not all 200: {statuses}"
            latencies = [seconds for _, seconds in answers]
            rows.append((output, len(answers), percentile(latencies, 50), percentile(latencies, 95), wall,
                         sampler.peak_kb / 1024, sampler.peak_processes))
        hwm = memory_kb(process.pid, "VmHWM") / 1024
    finally:
        client.close()
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
    print(f"workbook: {len(payload) / 1024:,.0f} KB, {args.rows} rows/sheet; {args.uploads} concurrent uploads; "
          f"workers={args.workers}; idle tree RSS {idle_kb / 1024:,.0f} MB; server VmHWM {hwm:,.0f} MB")
    print(f"{'output':<7}{'ok':>4}{'p50 s':>8}{'p95 s':>8}{'wall s':>8}{'peak tree RSS MB':>18}{'procs':>7}")
    for output, ok, p50, p95, wall, peak, procs in rows:
        print(f"{output:<7}{ok:>4}{p50:>8.2f}{p95:>8.2f}{wall:>8.2f}{peak:>18,.0f}{procs:>7}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
