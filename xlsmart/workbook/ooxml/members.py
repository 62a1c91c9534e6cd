"""Zip members: inflated and deflated fast, and copied as their raw compressed bytes.

Deflate and inflate use ISA-L when it is installed, zlib otherwise. A 100,000-row worksheet is
60 MB of XML; reading it for the safety scan and again for the painter, and compressing the
painted copy, is a good part of a validation. ISA-L (the ``isal`` package, Intel's storage
acceleration library) writes and reads the same deflate format as zlib, about 3.5x faster to
compress at level 1 (and a little smaller) and 2x faster to inflate. Both release the GIL.

:func:`member_chunks` streams one member's inflated bytes with the checks :mod:`zipfile` makes
(declared size, CRC-32), never expanding more than ``size`` bytes at a time.
:func:`copy_package` writes a copy of a package in which every member that does not change is
its original local header, compressed data and descriptor (charts, images and VBA come out
byte-identical), and the changed ones are new members, deflated at the fast level when big.
"""

from __future__ import annotations

import copy
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from typing import IO, Any

from xlsmart.background import executor
from xlsmart.errors import UnreadableWorkbook

try:
    from isal import isal_zlib as codec

    FAST_LEVEL = 1  # ISA-L's levels are 0-3; its 1 beats zlib's 1 in speed and size
except ImportError:  # pragma: no cover - a platform without an isal wheel
    codec: Any = zlib  # type: ignore[no-redef]
    FAST_LEVEL = 1

_CODEC_ERROR: type[BaseException] = codec.error  # type: ignore[assignment]  # isal's stubs call the class an instance
ERRORS = (zipfile.BadZipFile, zlib.error, _CODEC_ERROR, EOFError)  # what a damaged member raises
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")
_READ = 256 << 10  # compressed bytes read at a time
BIG_PART = 1 << 20  # new parts larger than this are deflated at the fast level: deflate dominates the time
NEW_MEMBER_TIME = (1980, 1, 1, 0, 0, 0)  # the zip timestamp of members the copy adds


def compressor() -> Any:
    """A raw-deflate compressor (zip members carry no zlib header) at the fast level."""
    return codec.compressobj(FAST_LEVEL, codec.DEFLATED, -15)


def crc32(data: bytes, value: int = 0) -> int:
    return codec.crc32(data, value)


def member_chunks(archive: zipfile.ZipFile, name: str, size: int) -> Iterator[bytes]:
    """The inflated bytes of member ``name``, at most ``size`` at a time, checked like zipfile.

    Raises :class:`zipfile.BadZipFile` (or a codec error) for a damaged member: a bad local
    header, a wrong CRC-32 or more or fewer bytes than the directory declares.
    """
    info = archive.getinfo(name)
    if info.compress_type != zipfile.ZIP_DEFLATED or info.flag_bits & 0x01:  # stored, encrypted, other codecs
        yield from _zipfile_chunks(archive, name, size)
        return
    handle = archive.fp
    if handle is None:
        raise ValueError("the archive is closed")
    header = _local_header(handle, info)
    start = info.header_offset + len(header)
    handle.seek(start)
    inflater = codec.decompressobj(-15)
    left, produced, crc = info.compress_size, 0, 0
    while not inflater.eof:
        chunk = inflater.decompress(inflater.unconsumed_tail, size)  # what is held back comes first
        if not chunk and left > 0:
            handle.seek(start + info.compress_size - left)  # another reader may share the handle
            raw = handle.read(min(_READ, left))
            if not raw:
                raise EOFError(f"{name} is cut short")
            left -= len(raw)
            chunk = inflater.decompress(raw, size)
        elif not chunk:
            chunk = inflater.flush()  # a stream cut short ends here
            if not chunk:
                break
        produced += len(chunk)
        if produced > info.file_size:
            raise zipfile.BadZipFile(f"{name} expands beyond its declared size")
        if chunk:
            crc = codec.crc32(chunk, crc)
            yield chunk
    if produced != info.file_size or crc != info.CRC:
        raise zipfile.BadZipFile(f"bad CRC-32 or size for {name}")


def _zipfile_chunks(archive: zipfile.ZipFile, name: str, size: int) -> Iterator[bytes]:
    with archive.open(name) as stream:
        while chunk := stream.read(size):
            yield chunk


def _local_header(handle: IO[bytes], info: zipfile.ZipInfo) -> bytes:
    """A member's local header with its name and extra field, as they sit before its data."""
    handle.seek(info.header_offset)
    fixed = handle.read(_LOCAL_HEADER.size)
    fields = _LOCAL_HEADER.unpack(fixed)
    if fields[0] != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"bad local header for {info.filename}")
    return fixed + handle.read(fields[-2] + fields[-1])


@dataclass(frozen=True)
class Deflated:
    """A member compressed ahead of writing: raw deflate bytes (as the compressor gave them, not
    joined: a worksheet's are megabytes), CRC-32 and inflated size. Spooled, the bytes sit in the
    file ``spool`` instead (see :func:`deflate`), and ``pieces`` is empty."""

    pieces: tuple[bytes, ...]
    crc: int
    size: int
    spool: str | None = None
    spooled: int = 0  # compressed bytes in the spool file

    @property
    def compressed_size(self) -> int:
        return self.spooled if self.spool is not None else sum(map(len, self.pieces))

    def compressed(self) -> Iterator[bytes]:
        """The raw deflate bytes, a block at a time."""
        if self.spool is None:
            yield from self.pieces
            return
        with open(self.spool, "rb") as stream:
            while block := stream.read(SPOOL_BLOCK):
                yield block


SPOOL_BLOCK = 1 << 20  # bytes of a spooled member copied into the package at a time


def deflate(chunks: Iterable[bytes], spool: str | None = None) -> Deflated:
    """Compress a stream of chunks as they come, at the fast level (big parts: speed wins).

    The codec releases the GIL, so each chunk is compressed on a worker thread while the caller's
    generator produces the next one: patching and deflating a worksheet overlap on two cores.
    Given a folder ``spool``, the compressed bytes go to a new file there rather than memory: a
    worksheet patched in a helper process then reaches the copy without passing through two
    processes' memory (~6 MB a 100,000-row sheet).
    """
    if spool is None:
        pieces: list[bytes] = []
        crc, size = _compress(chunks, pieces.append)
        return Deflated(tuple(piece for piece in pieces if piece), crc, size)
    with tempfile.NamedTemporaryFile(dir=spool, suffix=".deflated", delete=False) as target:
        crc, size = _compress(chunks, target.write)
        return Deflated((), crc, size, target.name, target.tell())


def _compress(chunks: Iterable[bytes], put: Callable[[bytes], object]) -> tuple[int, int]:
    """Deflate ``chunks`` (each on a worker thread, in order) into ``put``: (CRC-32, size)."""
    packer = compressor()
    crc = size = 0

    def take(chunk: bytes) -> None:
        nonlocal crc, size
        crc = crc32(chunk, crc)
        size += len(chunk)
        put(packer.compress(chunk) if chunk else packer.flush())

    with executor(1, "xlsmart-deflate") as worker:  # inline where threads cannot start (Pyodide)
        previous = None
        for chunk in chain(filter(None, chunks), [b""]):  # b"": the end, flushed
            if previous is not None:
                previous.result()  # in order: one chunk in flight at a time
            previous = worker.submit(take, chunk)
        if previous is not None:
            previous.result()
    return crc, size


def packed(parts: Iterable[bytes], spool: str | None = None) -> bytes | Deflated:
    """A new part, given piece by piece, as it will be written: if big, deflated at the fast
    level as its pieces come (never held whole; into the folder ``spool`` if given), else its bytes."""
    parts = iter(parts)
    head: list[bytes] = []
    size = 0
    for piece in parts:
        head.append(piece)
        size += len(piece)
        if size > BIG_PART:
            return deflate(chain(head, parts), spool)
    return b"".join(head)


def copy_package(archive: zipfile.ZipFile, handle: IO[bytes], changed: dict[str, bytes | Deflated],
                 target: IO[bytes]) -> None:
    """Write the package ``archive`` (read from ``handle``) to ``target``, member by member in its
    order: raw compressed bytes for unchanged ones, ``changed[name]`` for the rest; members
    ``changed`` names that the package lacks come last."""
    pending = dict(changed)
    with zipfile.ZipFile(target, "w", allowZip64=True) as output:
        for info in archive.infolist():
            data = pending.pop(info.filename, None)
            if data is None:
                copy_raw(handle, info, output)
            else:
                write_member(output, info.filename, data, info.date_time)
        for name, data in pending.items():
            write_member(output, name, data, NEW_MEMBER_TIME)


def copy_raw(source: IO[bytes], info: zipfile.ZipInfo, target: zipfile.ZipFile) -> None:
    """Append one member to ``target`` exactly as its compressed bytes sit in ``source``."""
    try:
        header = _local_header(source, info)
    except zipfile.BadZipFile:
        raise UnreadableWorkbook(f"damaged zip: bad local header for {info.filename}") from None
    data = source.read(info.compress_size)
    descriptor = b""
    if info.flag_bits & 0x08:  # sizes follow the data in a descriptor, with or without a signature
        peek = source.read(4)
        big = info.file_size >= 0xFFFFFFFF or info.compress_size >= 0xFFFFFFFF
        size = (20 if big else 12) + (4 if peek == b"PK\x07\x08" else 0)
        descriptor = peek + source.read(size - 4)
    clone = copy.copy(info)
    _append(target, clone, [header, data, descriptor])


def write_member(output: zipfile.ZipFile, name: str, data: bytes | Deflated, date_time: tuple[int, ...]) -> None:
    """Append a new member: deflated ahead (see :func:`packed`) when big, else by zipfile."""
    data = packed([data]) if isinstance(data, bytes) else data
    info = zipfile.ZipInfo(name, date_time=date_time)  # type: ignore[arg-type]  # typeshed wants six ints
    info.compress_type = zipfile.ZIP_DEFLATED
    if not isinstance(data, Deflated):
        output.writestr(info, data, compresslevel=6)
        return
    info.CRC, info.file_size, info.compress_size = data.crc, data.size, data.compressed_size
    zip64 = data.size >= zipfile.ZIP64_LIMIT or info.compress_size >= zipfile.ZIP64_LIMIT
    _append(output, info, chain([info.FileHeader(zip64=zip64)], data.compressed()))


def _append(target: zipfile.ZipFile, info: zipfile.ZipInfo, pieces: Iterable[bytes]) -> None:
    """Write a member's bytes at the end of ``target`` and enter it in the directory zipfile
    writes on close. zipfile has no public way to add bytes already compressed, so this is the
    one place that keeps its bookkeeping (the same fields ``ZipFile.write`` sets)."""
    fp = target.fp
    if fp is None:
        raise ValueError("the zip being written is closed")
    info.header_offset = fp.tell()
    fp.writelines(pieces)
    target.filelist.append(info)
    target.NameToInfo[info.filename] = info
    target.start_dir = fp.tell()  # zipfile's own bookkeeping
    target._didModify = True  # type: ignore[attr-defined]  # zipfile's bookkeeping, not in typeshed
