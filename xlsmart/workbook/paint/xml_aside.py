"""Hide what XML text may write markup in, while a worksheet is patched as bytes, and put it back.

The patcher finds rows and cells with ``bytes.find`` and ``re``; a ``<row`` or ``<c`` written
inside a CDATA section, a comment or a processing instruction must never be taken for markup.
So each of those is replaced by a token (``\\0N\\0``: NUL never occurs in XML, and no pattern of
the patcher matches it) before patching and put back after, across chunk boundaries.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_ASIDE_ENDS = {b"<![CDATA[": b"]]>", b"<!--": b"-->", b"<?": b"?>"}  # what XML text may hide markup in
_TOKEN = re.compile(rb"\0(\d+)\0")  # NUL never occurs in XML: a token no pattern here matches


def set_aside(chunks: Iterator[bytes] | list[bytes], kept: list[bytes]) -> Iterator[bytes]:
    """The document with each CDATA section, comment and processing instruction replaced by a
    token (``\\0N\\0``, N its index in ``kept``), across chunk boundaries."""
    buffer = b""
    for chunk in chunks:
        buffer += chunk
        done, buffer = _settled(buffer, kept)
        if done:
            yield done
    if buffer:
        yield buffer  # an unterminated section: left as it is


def _next_opener(buffer: bytes, pos: int) -> int:
    """Where the first ``<!`` or ``<?`` at or after ``pos`` starts, or -1.

    A worksheet has almost none, and ``bytes.find`` of two bytes whose first is the ever-present
    ``<`` crawls (3.7 ms a 4 MiB chunk); ``!`` and ``?`` alone are found by memchr (0.04 ms), and
    only where one is preceded by ``<`` is it an opener. A text full of them falls back to the
    two-byte search after a few tries.
    """
    first = -1
    for mark, pair in ((b"!", b"<!"), (b"?", b"<?")):
        at = buffer.find(mark, pos + 1)  # the mark of an opener at pos or later
        for _ in range(32):
            if at < 0 or buffer[at - 1] == 60:  # 60: "<"
                break
            at = buffer.find(mark, at + 1)
        else:  # a text full of marks: the two-byte search after all
            found = buffer.find(pair, pos)
            at = found + 1 if found >= 0 else -1
        if at >= 0 and (first < 0 or at - 1 < first):
            first = at - 1
    return first


def _settled(buffer: bytes, kept: list[bytes]) -> tuple[bytes, bytes]:
    """(what is settled, what must wait for more bytes) of ``buffer``."""
    parts, pos = [], 0
    while True:
        at = _next_opener(buffer, pos)
        if at < 0:
            break
        opener = next((o for o in _ASIDE_ENDS if buffer.startswith(o, at)), None)
        if opener is None:
            if len(buffer) - at < len(b"<![CDATA["):
                break  # perhaps an opener cut by the chunk's end
            parts.append(buffer[pos:at + 2])  # "<!DOCTYPE" and the like: not ours to hide
            pos = at + 2
            continue
        end = buffer.find(_ASIDE_ENDS[opener], at + len(opener))
        if end < 0:
            parts.append(buffer[pos:at])
            return b"".join(parts), buffer[at:]
        end += len(_ASIDE_ENDS[opener])
        parts += [buffer[pos:at], b"\0%d\0" % len(kept)]
        kept.append(buffer[at:end])
        pos = end
    tail = buffer.rfind(b"<", max(pos, len(buffer) - len(b"<![CDATA[") + 1))  # perhaps an opener cut in two
    keep = tail if tail >= 0 else len(buffer)
    parts.append(buffer[pos:keep])
    return b"".join(parts), buffer[keep:]


def put_back(chunks: Iterator[bytes], kept: list[bytes]) -> Iterator[bytes]:
    """Undo :func:`set_aside` on the patched document."""
    carry = b""
    for chunk in chunks:
        data = carry + chunk
        if b"\0" not in data:
            carry = b""
            yield data
            continue
        cut = data.rfind(b"\0") if data.count(b"\0") % 2 else len(data)  # a token cut in two waits
        data, carry = data[:cut], data[cut:]
        yield _TOKEN.sub(lambda found: kept[int(found[1])], data)
    if carry:
        yield carry

