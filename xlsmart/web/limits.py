"""ASGI middleware for the service's limits: request bodies over a size limit, and ``nosniff``.

:class:`BodyLimit` has two gates: a declared ``Content-Length`` over the limit is answered 413 before a byte of the body
is read; a body that arrives without one (chunked) is counted as it streams, and the request is
cut off with 413 the moment the count passes the limit. Starlette's multipart parser spools large
file parts to temporary files, so without this gate a client could fill the disk.

:class:`NoSniff` puts ``X-Content-Type-Options: nosniff`` on every answer that passes it (pages,
API, static files, errors), so a browser never guesses a type other than the one declared.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
NOSNIFF = (b"x-content-type-options", b"nosniff")


def error_body(code: str, message: str) -> dict[str, dict[str, str]]:
    """The one error shape of the service.

    >>> error_body("too_large", "upload over 1 MB")
    {'error': {'code': 'too_large', 'message': 'upload over 1 MB'}}
    """
    return {"error": {"code": code, "message": message}}


class NoSniff:
    """Add ``X-Content-Type-Options: nosniff`` to every HTTP answer that lacks it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_nosniff(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if not any(name.lower() == NOSNIFF[0] for name, _ in headers):
                    message = {**message, "headers": [*headers, NOSNIFF]}
            await send(message)

        await self.app(scope, receive, send_with_nosniff)


class BodyTooLarge(Exception):
    """Raised inside ``receive`` once the streamed body passes the limit."""


class BodyLimit:
    """Answer 413 for request bodies over ``max_bytes``; ``scope["type"]`` other than http passes."""

    def __init__(self, app: ASGIApp, max_bytes: int, limit_text: str | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.limit_text = limit_text or _megabytes(max_bytes)  # the limit as the operator set it

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared == -1:
            await _send_json(send, 400, error_body("bad_request", "Content-Length is not a number"))
            return
        if declared is not None and declared > self.max_bytes:
            await _send_json(send, 413, self._too_large())
            return
        received = 0
        exceeded = False
        started = False

        async def counting_receive() -> Message:
            nonlocal received, exceeded
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    exceeded = True
                    raise BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if exceeded:  # whatever the app makes of the cut-off body, the answer is 413
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except BodyTooLarge:
            pass
        if exceeded and not started:
            await _send_json(send, 413, self._too_large())

    def _too_large(self) -> dict[str, dict[str, str]]:
        return error_body("too_large", f"the upload is larger than the limit of {self.limit_text}")


def _megabytes(count: int) -> str:
    return f"{count / 2**20:g} MB"


def _content_length(scope: Scope) -> int | None:
    """The declared body size, None if absent, -1 if it is not a number."""
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                size = int(value)
            except ValueError:
                return -1
            return size if size >= 0 else -1
    return None


async def _send_json(send: Send, status: int, body: dict[str, Any]) -> None:
    payload = json.dumps(body).encode()
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()),
                    (b"connection", b"close")],
    })
    await send({"type": "http.response.body", "body": payload})
