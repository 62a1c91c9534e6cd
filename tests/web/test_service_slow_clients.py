"""Slow, silent and lying clients against a real ``xlsmart serve`` on loopback.

The server runs with ``--read-timeout 2``: a client has 2 s (plus 1 s per 16 KB it sends) to send
its request. Every loop here is bounded and stops by itself; sockets time out after 20 s.
"""

from __future__ import annotations

import json
import select
import socket
import time
from collections.abc import Iterator

import httpx
import pytest

from .live import LiveServer, connect, running_server, until_closed
from .workbooks import example_workbook, replace_member

pytestmark = pytest.mark.e2e

READ_TIMEOUT_S = 2
UPLOAD_HEAD = (b"POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1\r\n"
               b"Content-Type: multipart/form-data; boundary=x\r\nContent-Length: %d\r\n\r\n")


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    with running_server("--read-timeout", str(READ_TIMEOUT_S), "--max-connections", "6") as live:
        yield live


def drip(sock: socket.socket, data: bytes, every_s: float = 0.2) -> int:
    """Send ``data`` one byte at a time; return how many bytes went out before the server hung up."""
    for sent, byte in enumerate(data):
        if select.select([sock], [], [], 0)[0]:  # the server answered or hung up: stop before a reset
            return sent
        try:
            sock.sendall(bytes([byte]))
        except OSError:  # the server closed the connection
            return sent
        time.sleep(every_s)
    return len(data)


def answer(raw: bytes) -> tuple[int, dict[str, str], dict]:
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {name.strip().lower(): value.strip() for name, value in (line.split(":", 1) for line in lines[1:])}
    return int(lines[0].split()[1]), headers, json.loads(body)


def multipart(content: bytes, name: str = "plan.xlsx") -> bytes:
    return (b'--x\r\nContent-Disposition: form-data; name="file"; filename="' + name.encode() + b'"\r\n'
            b"Content-Type: application/octet-stream\r\n\r\n" + content + b"\r\n--x--\r\n")


def test_a_silent_connection_is_closed_without_an_answer(server: LiveServer) -> None:
    assert until_closed(connect(server)) == b""


def test_headers_dripped_a_byte_at_a_time_are_cut_off_with_408(server: LiveServer) -> None:
    request = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: " + b"s" * 40 + b"\r\n\r\n"
    sock = connect(server)
    sent = drip(sock, request)  # 60 bytes at 5 a second would take 12 s
    assert sent < len(request)
    status, headers, body = answer(until_closed(sock))
    assert status == 408
    assert body["error"]["code"] == "request_timeout"
    assert headers["connection"] == "close" and headers["x-content-type-options"] == "nosniff"


def test_a_body_dripped_a_byte_at_a_time_is_cut_off_with_408(server: LiveServer) -> None:
    body = multipart(example_workbook())
    sock = connect(server)
    sock.sendall(UPLOAD_HEAD % len(body))
    assert drip(sock, body) < len(body)
    status, _, answered = answer(until_closed(sock))
    assert status == 408
    assert answered["error"]["code"] == "request_timeout"


def test_a_body_shorter_than_its_content_length_is_answered_408(server: LiveServer) -> None:
    body = multipart(example_workbook())
    sock = connect(server)
    sock.sendall(UPLOAD_HEAD % (len(body) + 1000) + body)  # then waits for ever, as the server would
    status, _, answered = answer(until_closed(sock))
    assert status == 408
    assert "Content-Length" in answered["error"]["message"]


def test_a_short_body_ended_by_the_client_is_answered_400_at_once(server: LiveServer) -> None:
    body = multipart(example_workbook())
    sock = connect(server)
    sock.sendall(UPLOAD_HEAD % (len(body) + 1000) + body)
    sock.shutdown(socket.SHUT_WR)
    status, _, answered = answer(until_closed(sock))
    assert status == 400
    assert answered["error"]["code"] == "bad_request"


def test_a_slow_but_steady_upload_gets_its_report(server: LiveServer) -> None:
    """96 KB at 32 KB/s takes 3 s, past the 2 s read timeout, but earns 6 s more by its rate."""
    padded = replace_member(example_workbook(), "", lambda d: d, {"xl/media/image9.bin": bytes(range(256)) * 384})
    body = multipart(padded)
    sock = connect(server)
    sock.sendall(UPLOAD_HEAD % len(body))
    for start in range(0, len(body), 8192):
        sock.sendall(body[start:start + 8192])
        time.sleep(0.25)
    status, _, report = answer(one_answer(sock))
    assert status == 200
    assert report["file"] == "plan.xlsx" and report["summary"]["rows"] > 0


def one_answer(sock: socket.socket) -> bytes:
    """A keep-alive answer: read the head, then exactly Content-Length bytes of body."""
    received = b""
    with sock:
        while b"\r\n\r\n" not in received:
            received += sock.recv(65536)
        head, _, body = received.partition(b"\r\n\r\n")
        length = int(next(line.split(b":")[1] for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")))
        while len(body) < length:
            body += sock.recv(65536)
    return head + b"\r\n\r\n" + body


def test_at_the_cap_the_longest_silent_connection_makes_room(server: LiveServer) -> None:
    held = [connect(server) for _ in range(6)]
    try:
        time.sleep(0.5)  # let the server accept all six
        response = httpx.get(f"{server.base}/healthz", timeout=10)
        assert response.status_code == 200
        assert until_closed(held[0]) == b""  # the oldest silent socket was closed, without an answer
    finally:
        for sock in held:
            sock.close()


def test_past_the_cap_with_none_silent_a_request_gets_503_and_room_comes_back(server: LiveServer) -> None:
    held = [connect(server) for _ in range(6)]
    try:
        for sock in held:  # each has begun a request, so none may be dropped as idle
            sock.sendall(b"GET /healthz HTTP/1.1\r\n")
        time.sleep(0.5)  # let the server read them (the read timeout here is 2 s)
        extra = connect(server)
        extra.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        status, headers, body = answer(until_closed(extra))
        assert status == 503
        assert body["error"]["code"] == "busy" and int(headers["retry-after"]) > 0
    finally:
        for sock in held:
            sock.close()
    for _ in range(50):  # the server notices the closed sockets within a moment
        if httpx.get(f"{server.base}/healthz", timeout=5).status_code == 200:
            break
        time.sleep(0.1)
    assert httpx.get(f"{server.base}/healthz", timeout=5).status_code == 200


def test_after_all_that_the_service_still_checks_workbooks(server: LiveServer) -> None:
    response = httpx.post(f"{server.base}/api/validate", files={"file": ("plan.xlsx", example_workbook())}, timeout=60)
    assert response.status_code == 200
    assert response.json()["summary"]["rows"] > 0
