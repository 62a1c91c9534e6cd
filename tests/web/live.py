"""A real ``xlsmart serve`` on a free loopback port, and the hostile uploads to throw at it.

Shared by the service's end-to-end tests and ``benchmarks/bench_service.py``. The server only
ever listens on 127.0.0.1; every caller stops it when done.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from .workbooks import example_workbook, replace_member

ROOT = Path(__file__).resolve().parents[2]
GOALS_PART = "xl/worksheets/sheet1.xml"  # example_workbook() writes Goals first


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class LiveServer:
    base: str  # http://127.0.0.1:PORT
    pid: int


@contextmanager
def running_server(*options: str, log: Path | None = None) -> Iterator[LiveServer]:
    """``python -m xlsmart serve --port P OPTIONS`` on 127.0.0.1, healthy; stopped afterwards."""
    port = free_port()
    with running([sys.executable, "-m", "xlsmart", "serve", "--port", str(port), *options], port, log=log) as live:
        yield live


@contextmanager
def running(command: list[str], port: int, *, log: Path | None = None,
            env: dict[str, str] | None = None) -> Iterator[LiveServer]:
    """Any server ``command`` that listens on 127.0.0.1:``port``, once healthy; stopped afterwards."""
    out = log.open("wb") if log else subprocess.DEVNULL
    process = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
                               env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(base, process)
        yield LiveServer(base, process.pid)
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
        if log:
            out.close()  # type: ignore[union-attr]


def connect(server: LiveServer) -> socket.socket:
    """A raw TCP connection to the server, for clients no HTTP library would be."""
    return socket.create_connection(("127.0.0.1", int(server.base.rsplit(":", 1)[1])), timeout=20)


def until_closed(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection (or 20 s of silence)."""
    received = b""
    with sock:
        while chunk := sock.recv(65536):
            received += chunk
    return received


def wait_until_healthy(base: str, process: subprocess.Popen[bytes], timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"server exited early with {process.returncode}")
        try:
            if httpx.get(f"{base}/healthz", timeout=1).json() == {"status": "ok"}:
                return
        except (httpx.HTTPError, ValueError):
            pass
        time.sleep(0.1)
    raise AssertionError(f"server at {base} not healthy within {timeout_s} s")


def cell_bomb(rows: int = 200_000) -> bytes:
    """A real workbook whose Goals sheet holds ``rows`` more identical vague goals.

    Identical rows deflate about 340 times, under the reader's ratio limit (600), so the reader
    must really read them: 200,000 rows are a 44 KB upload and about 400 MB in the job process
    (every row is a record with its findings), 1,000,000 rows a 200 KB upload and 1.7 GB.
    """
    row = b'<row><c t="inlineStr"><is><t>Be more visible</t></is></c></row>'
    return replace_member(example_workbook(), GOALS_PART,
                          lambda xml: xml.replace(b"</sheetData>", row * rows + b"</sheetData>"))
