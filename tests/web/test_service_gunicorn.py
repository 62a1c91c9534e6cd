"""The service under gunicorn with ``xlsmart.web.worker.Worker``: the same read deadline, cap and answers."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest

from .live import ROOT, free_port, wait_until_healthy
from .workbooks import example_workbook

pytest.importorskip("gunicorn")
pytest.importorskip("uvicorn_worker")
pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-w", "1", "-k", "xlsmart.web.worker.Worker", "--worker-connections", "4",
         "-b", f"127.0.0.1:{port}", "xlsmart.web.app:create_app(workers=1)"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT), "XLSMART_READ_TIMEOUT": "2"})
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(url, process)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def connect(base: str) -> socket.socket:
    return socket.create_connection(("127.0.0.1", int(base.rsplit(":", 1)[1])), timeout=20)


def until_closed(sock: socket.socket) -> bytes:
    received = b""
    with sock:
        while chunk := sock.recv(65536):
            received += chunk
    return received


def test_a_workbook_is_checked_with_nosniff(base: str) -> None:
    response = httpx.post(f"{base}/api/validate", files={"file": ("plan.xlsx", example_workbook())}, timeout=60)
    assert response.status_code == 200
    assert response.json()["summary"]["rows"] > 0
    assert response.headers["x-content-type-options"] == "nosniff"


def test_silent_and_short_requests_are_closed_by_the_worker(base: str) -> None:
    assert until_closed(connect(base)) == b""
    sock = connect(base)
    sock.sendall(b"POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n"
                 b"Content-Type: multipart/form-data; boundary=x\r\n\r\n--x\r\n")
    assert until_closed(sock).startswith(b"HTTP/1.1 408 ")


def test_worker_connections_is_the_cap(base: str) -> None:
    held = [connect(base) for _ in range(4)]
    try:
        for sock in held:  # begun requests: none may be dropped as idle to make room
            sock.sendall(b"GET /healthz HTTP/1.1\r\n")
        time.sleep(0.5)  # let the worker read them (the read timeout here is 2 s)
        extra = connect(base)
        extra.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        assert until_closed(extra).startswith(b"HTTP/1.1 503 ")
    finally:
        for sock in held:
            sock.close()
