"""How ``xlsmart serve`` meets the network: uvicorn, with a read deadline and a connection cap.

uvicorn closes a keep-alive connection that stays idle after an answer (``timeout_keep_alive``),
but it has no deadline for a request to arrive: a socket opened and left silent, headers dripped
one byte a second, or a body shorter than its ``Content-Length`` hold a connection for ever, and
enough of them hold them all. ``limit_concurrency`` does not help: it counts those held
connections too and answers the real uploads 503. An ASGI middleware cannot help either: it is
called only once the headers are complete, and it cannot close a socket.

So the HTTP protocol is uvicorn's own h11 protocol with two additions (:func:`guarded_protocol`):

* **A read deadline.** From the moment a connection opens, or its previous answer is sent, the
  client has ``read_timeout`` seconds to send a whole request, plus one second for every
  ``min_rate`` bytes it sends (Apache's ``mod_reqtimeout`` rule: a slow line may upload a large
  workbook, a drip may not). Past the deadline a silent connection is closed; one that sent part
  of a request is answered 408 and closed. A client that half-closes its side before the body
  its ``Content-Length`` promised is answered 400 at once.
* **A connection cap.** Past ``max_connections`` open connections, the connection that has been
  silent longest (opened, or answered and kept alive, without a byte since) is closed to make
  room, as a keep-alive timeout would close it. Only when none is silent is the new one answered
  503 (JSON, ``Retry-After``) as soon as its request line and headers arrive, and closed. So
  silent sockets cannot lock real uploads out; sockets that drip are bounded by the deadline.

Only the time until the request has arrived is limited; the time to check it is the job runner's
(``timeout_s``, 504). Behind a reverse proxy these duties are the proxy's too (docs/service.md).
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

from xlsmart.web.limits import NOSNIFF, error_body

READ_TIMEOUT_S = 30.0
MIN_RATE = 16 * 1024  # bytes a second that earn a slow client more time
MAX_CONNECTIONS = 500
RETRY_AFTER_S = 10


def guarded_protocol(read_timeout: float = READ_TIMEOUT_S, max_connections: int = MAX_CONNECTIONS,
                     min_rate: int = MIN_RATE) -> type[H11Protocol]:
    """uvicorn's h11 protocol with a read deadline and a connection cap, as a class for
    ``uvicorn.Config(http=...)``.

    >>> guarded_protocol(5, 10).read_timeout
    5
    """
    if read_timeout <= 0 or max_connections < 1 or min_rate < 1:
        raise ValueError("read_timeout, max_connections and min_rate must be positive")
    return type("GuardedH11Protocol", (GuardedH11Protocol,),
                {"read_timeout": read_timeout, "max_connections": max_connections, "min_rate": min_rate})


class GuardedH11Protocol(H11Protocol):
    """One connection: a deadline while the client owes us a request; past the cap, room made by
    closing the longest-silent connection, or a 503."""

    read_timeout: float = READ_TIMEOUT_S
    max_connections: int = MAX_CONNECTIONS
    min_rate: int = MIN_RATE

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._since = 0.0  # when the client began to owe us a request
        self._got = 0  # bytes it has sent since
        self._deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._owe_a_request()
        if len(self.connections) > self.max_connections and not self._close_the_longest_silent():
            self.app = _over_the_cap  # answered once its request arrives; uvicorn then closes it

    def data_received(self, data: bytes) -> None:
        self._got += len(data)
        super().data_received(data)

    def eof_received(self) -> None:
        if self._waiting() and (self._got or (self.cycle is not None and not self.cycle.response_complete)):
            self._refuse(400, "bad_request", "the connection was closed before the whole request arrived "
                                             "(a body shorter than its Content-Length?)")
        return None  # the transport closes itself

    def send_400_response(self, msg: str) -> None:
        # uvicorn's answer to a request that is not HTTP: the service's error shape instead of text
        self._refuse(400, "bad_request", "the request is not valid HTTP/1.1")

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._owe_a_request()  # the next request on this keep-alive connection

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _silent(self) -> bool:
        """Owing a request and not a byte of it sent: a connection that can go without loss."""
        return self._got == 0 and (self.cycle is None or self.cycle.response_complete) \
            and not self.transport.is_closing()

    def _close_the_longest_silent(self) -> bool:
        silent = [c for c in self.connections if c is not self and isinstance(c, GuardedH11Protocol) and c._silent()]
        if not silent:
            return False
        min(silent, key=lambda c: c._since).transport.close()
        return True

    def _owe_a_request(self) -> None:
        self._since, self._got = self.loop.time(), 0
        self._arm(self.read_timeout)

    def _arm(self, delay: float) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(delay, self._on_deadline)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _waiting(self) -> bool:
        """Whether the client still owes us (part of) a request, rather than the app an answer."""
        cycle = self.cycle
        return cycle is None or cycle.response_complete or (cycle.more_body and not cycle.response_started)

    def _on_deadline(self) -> None:
        self._deadline = None
        if self.transport.is_closing() or not self._waiting():
            return  # the app is working on a complete request; re-armed when it has answered
        left = self._since + self.read_timeout + self._got / self.min_rate - self.loop.time()
        if left > 0:  # data arrived fast enough to earn more time
            self._arm(left)
            return
        started = self._got > 0 or (self.cycle is not None and not self.cycle.response_complete)
        if not started:  # silent since it opened or since its last answer: just close it
            self.transport.close()
            return
        self._refuse(408, "request_timeout", f"the request did not arrive within {self.read_timeout:g} s "
                                             "(the connection is too slow or the body is shorter than its "
                                             "Content-Length)")

    def _refuse(self, status: int, code: str, message: str) -> None:
        """Answer ``status`` outside the app, and close: whatever the app does next is dropped."""
        if self.cycle is not None and not self.cycle.response_complete:
            self.cycle.disconnected = True  # the app's receive() now says the client left
            self.cycle.message_event.set()
        body = json.dumps(error_body(code, message)).encode()
        reason = {400: "Bad Request", 408: "Request Timeout"}[status]
        head = (f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n"
                f"connection: close\r\n{NOSNIFF[0].decode()}: {NOSNIFF[1].decode()}\r\n\r\n")
        self.transport.write(head.encode() + body)
        self.transport.close()


async def _over_the_cap(scope: dict[str, Any], receive: Any, send: Any) -> None:
    body = json.dumps(error_body("busy", "the service has too many open connections: try again shortly")).encode()
    await send({"type": "http.response.start", "status": 503,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"retry-after", str(RETRY_AFTER_S).encode()), (b"connection", b"close"), NOSNIFF]})
    await send({"type": "http.response.body", "body": body})


def serve(app: Any, host: str = "127.0.0.1", port: int = 8000, *, read_timeout: float = READ_TIMEOUT_S,
          max_connections: int = MAX_CONNECTIONS) -> None:
    """Run ``app`` with uvicorn and the guarded protocol until interrupted."""
    import uvicorn

    uvicorn.run(app, host=host, port=port, http=guarded_protocol(read_timeout, max_connections),
                log_level="info", timeout_graceful_shutdown=10)
