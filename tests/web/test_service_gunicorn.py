"""The service under gunicorn with ``xlsmart.web.worker.Worker``: the same read deadline, cap and answers."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator

import httpx
import pytest

from .live import LiveServer, connect, free_port, running, until_closed
from .workbooks import example_workbook

pytest.importorskip("gunicorn")
pytest.importorskip("uvicorn_worker")
pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "-w", "1", "-k", "xlsmart.web.worker.Worker",
               "--worker-connections", "4", "-b", f"127.0.0.1:{port}", "xlsmart.web.app:create_app(workers=1)"]
    with running(command, port, env={"XLSMART_READ_TIMEOUT": "2"}) as live:
        yield live


def test_a_workbook_is_checked_with_nosniff(server: LiveServer) -> None:
    response = httpx.post(f"{server.base}/api/validate", files={"file": ("plan.xlsx", example_workbook())}, timeout=60)
    assert response.status_code == 200
    assert response.json()["summary"]["rows"] > 0
    assert response.headers["x-content-type-options"] == "nosniff"


def test_silent_and_short_requests_are_closed_by_the_worker(server: LiveServer) -> None:
    assert until_closed(connect(server)) == b""
    sock = connect(server)
    sock.sendall(b"POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n"
                 b"Content-Type: multipart/form-data; boundary=x\r\n\r\n--x\r\n")
    assert until_closed(sock).startswith(b"HTTP/1.1 408 ")


def test_worker_connections_is_the_cap(server: LiveServer) -> None:
    held = [connect(server) for _ in range(4)]
    try:
        for sock in held:  # begun requests: none may be dropped as idle to make room
            sock.sendall(b"GET /healthz HTTP/1.1\r\n")
        time.sleep(0.5)  # let the worker read them (the read timeout here is 2 s)
        extra = connect(server)
        extra.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        assert until_closed(extra).startswith(b"HTTP/1.1 503 ")
    finally:
        for sock in held:
            sock.close()
