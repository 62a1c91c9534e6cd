"""Load and abuse benchmark of the web service, against a real ``xlsmart serve`` on loopback.

Three measurements, each against the same server (``--workers 2``, default limits otherwise):

1. **Concurrent uploads**: 16 uploads of a ~500-rows-per-sheet workbook fired at once from
   threads, for the JSON report and for the coloured workbook: p50/p95 latency, wall time, and
   the peak memory of the server's process tree (server, forkserver, job processes), sampled
   from /proc every 10 ms.
2. **Idle connections**: 200 sockets opened and left silent, then normal uploads while they are
   held: are they answered, and how fast; and when the server closes the silent sockets
   (``--read-timeout``, 30 s by default). Then 600, more than the cap of 500 connections: the
   server closes the longest-silent ones to make room.
3. **Slow clients**: 20 dripping a request head at one byte a second, 20 dripping a body, 20
   sending a body shorter than their ``Content-Length`` and waiting: when the server closes each,
   what it answers, and how fast normal uploads are answered meanwhile.
4. **A memory bomb**: a 200 KB workbook of 1,000,000 rows that takes 1.7 GB to check, uploaded
   once: the answer (413 under the 1 GB job cap), how long it took, the peak memory of the tree,
   and whether the next upload is answered.
5. **A big honest workbook under the cap**: 3 sheets of 100,000 realistic rows (18 MB, from
   ``benchmarks/generate.py``), for JSON and the coloured copy: answered 200 within the cap?

Run: ``python benchmarks/bench_service.py [--uploads 16] [--rows 500] [--idle 200,600] [--bomb-rows 1000000]``.
"""

from __future__ import annotations

import argparse
import select
import selectors
import socket
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.proctree import MemorySampler, memory_kb, tree  # noqa: E402
from tests.web.live import LiveServer, cell_bomb, running_server  # noqa: E402
from tests.web.workbooks import AS_OF, large_workbook  # noqa: E402


def upload(client: httpx.Client, base: str, payload: bytes, output: str = "json") -> tuple[int, float]:
    started = time.perf_counter()
    response = client.post(f"{base}/api/validate", params={"output": output}, data={"as_of": AS_OF},
                           files={"file": ("bench.xlsx", payload)}, timeout=120)
    return response.status_code, time.perf_counter() - started


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] if len(values) > 1 else values[0]


def concurrent_uploads(server: LiveServer, payload: bytes, uploads: int) -> list[tuple]:
    # One client for all threads: creating a client per upload costs more CPU than the upload.
    rows = []
    with httpx.Client(limits=httpx.Limits(max_connections=uploads)) as client:
        upload(client, server.base, payload)  # warm the forkserver's imports
        for output in ("json", "xlsx"):
            sampler = MemorySampler(server.pid)
            sampler.start()
            started = time.perf_counter()
            with ThreadPoolExecutor(uploads) as pool:
                answers = list(pool.map(lambda _, kind=output: upload(client, server.base, payload, kind), range(uploads)))
            wall = time.perf_counter() - started
            sampler.done.set()
            sampler.join()
            statuses = [status for status, _ in answers]
            assert all(status == 200 for status in statuses), f"not all 200: {statuses}"
            latencies = [seconds for _, seconds in answers]
            rows.append((output, len(answers), percentile(latencies, 50), percentile(latencies, 95), wall,
                         sampler.peak_kb / 1024, sampler.peak_processes))
    return rows


def idle_connections(server: LiveServer, payload: bytes, count: int, wait_s: float) -> dict[str, object]:
    """Hold ``count`` silent sockets, upload meanwhile, then wait (at most ``wait_s``) for the
    server to close them."""
    port = int(server.base.rsplit(":", 1)[1])
    opened = time.monotonic()
    held = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(count)]
    try:
        time.sleep(0.5)  # let the server accept them all
        with httpx.Client() as client:
            answers = [upload(client, server.base, payload) for _ in range(5)]
        selector = selectors.DefaultSelector()
        for sock in held:
            sock.setblocking(False)
            selector.register(sock, selectors.EVENT_READ)
        closed, first, last, answered = 0, None, None, 0
        deadline = opened + wait_s
        while closed < count and time.monotonic() < deadline:
            for key, _ in selector.select(timeout=max(0.0, deadline - time.monotonic())):
                try:
                    data = key.fileobj.recv(4096)  # type: ignore[union-attr]
                except ConnectionResetError:
                    data = b""
                if data:
                    answered += 1  # the server said something (it should not, to a silent socket)
                    continue
                selector.unregister(key.fileobj)
                closed += 1
                now = time.monotonic() - opened
                first = now if first is None else first
                last = now
        selector.close()
    finally:
        for sock in held:
            sock.close()
    return {"statuses": [status for status, _ in answers], "latencies": [seconds for _, seconds in answers],
            "closed": closed, "first_close_s": first, "last_close_s": last, "answered": answered}


def slow_clients(server: LiveServer, payload: bytes, each: int, wait_s: float) -> dict[str, object]:
    """``each`` clients of three kinds, each in its own thread, each stopping once the server hangs
    up or after ``wait_s``; normal uploads meanwhile."""
    port = int(server.base.rsplit(":", 1)[1])
    head = (b"POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=x\r\n"
            b"Content-Length: 100000\r\n\r\n")
    part = b'--x\r\nContent-Disposition: form-data; name="file"; filename="slow.xlsx"\r\n\r\n' + bytes(1000)

    def client(kind: str) -> tuple[str, float, bytes]:
        started = time.monotonic()
        with socket.create_connection(("127.0.0.1", port), timeout=wait_s) as sock:
            try:
                if kind == "short body":
                    sock.sendall(head + part)  # then wait, as the server would
                else:
                    if kind == "body drip":
                        sock.sendall(head)
                    for byte in head if kind == "head drip" else part:
                        if _readable(sock) or time.monotonic() - started > wait_s:
                            break  # the server answered or hung up
                        sock.sendall(bytes([byte]))
                        time.sleep(1.0)
                answer = sock.recv(65536)
            except OSError:
                answer = b""
        return kind, time.monotonic() - started, answer.split(b"\r\n", 1)[0]

    kinds = ["head drip", "body drip", "short body"] * each
    with ThreadPoolExecutor(len(kinds) + 1) as pool:
        results = pool.map(client, kinds)
        time.sleep(2)
        with httpx.Client() as http:
            answers = [upload(http, server.base, payload) for _ in range(5)]
        closed = list(results)
    by_kind: dict[str, list[tuple[float, bytes]]] = {}
    for kind, seconds, status in closed:
        by_kind.setdefault(kind, []).append((seconds, status))
    return {"by_kind": by_kind, "statuses": [status for status, _ in answers],
            "latencies": [seconds for _, seconds in answers]}


def _readable(sock: socket.socket) -> bool:
    readable, _, _ = select.select([sock], [], [], 0)
    return bool(readable)


def memory_bomb(server: LiveServer, bomb: bytes, normal: bytes) -> dict[str, object]:
    sampler = MemorySampler(server.pid)
    sampler.start()
    with httpx.Client() as client:
        started = time.perf_counter()
        response = client.post(f"{server.base}/api/validate", files={"file": ("bomb.xlsx", bomb)}, timeout=180)
        seconds = time.perf_counter() - started
        sampler.done.set()
        sampler.join()
        after, _ = upload(client, server.base, normal)
    message = response.json().get("error", {}).get("message", "") if response.status_code != 200 else ""
    return {"status": response.status_code, "seconds": seconds, "peak_mb": sampler.peak_kb / 1024,
            "procs": sampler.peak_processes, "message": message, "after": after}


def big_workbook(server: LiveServer, rows: int) -> tuple[int, list[tuple[str, int, float, float]]]:
    """Upload ``rows`` realistic rows a sheet; the upload's size and, per output, status, seconds
    and the tree's peak MB."""
    from benchmarks.generate import generate

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.xlsx"
        generate(rows, str(path))
        payload = path.read_bytes()
    measured = []
    with httpx.Client() as client:
        for output in ("json", "xlsx"):
            sampler = MemorySampler(server.pid)
            sampler.start()
            status, seconds = upload(client, server.base, payload, output)
            sampler.done.set()
            sampler.join()
            measured.append((output, status, seconds, sampler.peak_kb / 1024))
    return len(payload), measured


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uploads", type=int, default=16)
    parser.add_argument("--rows", type=int, default=500, help="rows per sheet")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--idle", default="200,600", help="silent connections to hold, one run per count")
    parser.add_argument("--max-connections", type=int, default=500)
    parser.add_argument("--slow", type=int, default=20, help="slow clients of each kind")
    parser.add_argument("--read-timeout", type=float, default=30)
    parser.add_argument("--bomb-rows", type=int, default=1_000_000)
    parser.add_argument("--big-rows", type=int, default=100_000, help="rows a sheet of the big honest workbook")
    parser.add_argument("--job-memory-mb", type=int, default=1024, help="0: no cap, to see what the bomb takes")
    args = parser.parse_args()
    payload = large_workbook(args.rows)
    bomb = cell_bomb(args.bomb_rows)
    options = ("--workers", str(args.workers), "--read-timeout", f"{args.read_timeout:g}",
               "--job-memory-mb", str(args.job_memory_mb), "--max-connections", str(args.max_connections))
    idle_counts = [int(count) for count in args.idle.split(",") if count.strip()]
    with running_server(*options) as server:
        rows = concurrent_uploads(server, payload, args.uploads)
        idle_kb = sum(memory_kb(p) for p in tree(server.pid))
        idles = [(count, idle_connections(server, payload, count, args.read_timeout + 15)) for count in idle_counts]
        slow = slow_clients(server, payload, args.slow, args.read_timeout + 15)
        boom = memory_bomb(server, bomb, payload)
        big_size, big = big_workbook(server, args.big_rows)
        hwm = memory_kb(server.pid, "VmHWM") / 1024

    print(f"workbook: {len(payload) / 1024:,.0f} KB, {args.rows} rows/sheet; {args.uploads} concurrent uploads; "
          f"workers={args.workers}; idle tree RSS {idle_kb / 1024:,.0f} MB; server VmHWM {hwm:,.0f} MB")
    print(f"{'output':<7}{'ok':>4}{'p50 s':>8}{'p95 s':>8}{'wall s':>8}{'peak tree RSS MB':>18}{'procs':>7}")
    for output, ok, p50, p95, wall, peak, procs in rows:
        print(f"{output:<7}{ok:>4}{p50:>8.2f}{p95:>8.2f}{wall:>8.2f}{peak:>18,.0f}{procs:>7}")
    for count, idle in idles:
        latencies = idle["latencies"]
        print(f"\n{count} silent connections held (cap {args.max_connections}): 5 uploads meanwhile answered "
              f"{idle['statuses']}, median {statistics.median(latencies):.2f} s (max {max(latencies):.2f} s); "  # type: ignore[arg-type]
              f"the server closed {idle['closed']} of {count} after {idle['first_close_s'] or 0:.1f}-"
              f"{idle['last_close_s'] or 0:.1f} s (read timeout {args.read_timeout:g} s), answering {idle['answered']}")
    latencies = slow["latencies"]
    print(f"\n{args.slow} clients each dripping a head, dripping a body (1 byte/s) and sending a short body: "
          f"5 uploads meanwhile answered {slow['statuses']}, median {statistics.median(latencies):.2f} s")  # type: ignore[arg-type]
    for kind, closed in slow["by_kind"].items():  # type: ignore[union-attr]
        seconds = [s for s, _ in closed]
        answers = sorted({status.decode(errors="replace") or "(closed)" for _, status in closed})
        print(f"  {kind:<11} closed after {min(seconds):.1f}-{max(seconds):.1f} s, answered {', '.join(answers)}")
    print(f"\nmemory bomb: {len(bomb) / 1024:,.0f} KB upload, {args.bomb_rows:,} rows; job cap "
          f"{args.job_memory_mb or 'none'} MB: answered {boom['status']} in {boom['seconds']:.1f} s, "
          f"peak tree RSS {boom['peak_mb']:,.0f} MB ({boom['procs']} processes); next upload {boom['after']}")
    if boom["message"]:
        print(f"  {boom['message']}")
    for output, status, seconds, peak in big:
        print(f"big workbook: {big_size / 2**20:.1f} MB, 3 x {args.big_rows:,} rows, {output}: answered {status} "
              f"in {seconds:.1f} s, peak tree RSS {peak:,.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
