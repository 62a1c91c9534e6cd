"""The fast codec streams zip members exactly as zipfile does, and refuses what zipfile refuses."""

from __future__ import annotations

import io
import os
import zipfile
import zlib

import pytest

from xlsmart.workbook.ooxml.members import ERRORS, compressor, crc32, member_chunks

from .xlsx_builder import zipped

XML = b"".join(b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (i, i, i * 7) for i in range(1, 40_000))
NOISE = os.urandom(300_000)  # does not compress: many raw reads of the compressed stream


def _archive(**members: tuple[bytes, int]) -> zipfile.ZipFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, (data, method) in members.items():
            archive.writestr(name, data, compress_type=method)
    return zipfile.ZipFile(io.BytesIO(buffer.getvalue()))


@pytest.mark.parametrize("size", [100, 4096, 1 << 20])
def test_members_inflate_to_what_zipfile_reads(size):
    archive = _archive(xml=(XML, zipfile.ZIP_DEFLATED), noise=(NOISE, zipfile.ZIP_DEFLATED),
                       stored=(XML[:5000], zipfile.ZIP_STORED), empty=(b"", zipfile.ZIP_DEFLATED))
    for name in ("xml", "noise", "stored", "empty"):
        chunks = list(member_chunks(archive, name, size))
        assert b"".join(chunks) == archive.read(name)
        assert all(0 < len(chunk) <= size for chunk in chunks)


def _corrupt(data: bytes, name: bytes, offset_in_entry: int, value: bytes) -> bytes:
    """Overwrite a field of ``name``'s central directory entry."""
    data = bytearray(data)
    entry = data.index(b"PK\x01\x02")
    while data[entry + 46 : entry + 46 + len(name)] != name:
        entry = data.index(b"PK\x01\x02", entry + 4)
    data[entry + offset_in_entry : entry + offset_in_entry + len(value)] = value
    return bytes(data)


def _raw(**members: bytes) -> bytes:
    return zipped(members)


@pytest.mark.parametrize(
    ("field", "value"),
    [(16, b"\0\0\0\0"), (24, (len(XML) // 2).to_bytes(4, "little")), (24, (len(XML) + 1).to_bytes(4, "little"))],
    ids=["wrong CRC", "declared smaller", "declared larger"],
)
def test_a_member_that_lies_is_refused(field, value):
    data = _corrupt(_raw(xml=XML), b"xml", field, value)
    with zipfile.ZipFile(io.BytesIO(data)) as archive, pytest.raises(ERRORS):
        b"".join(member_chunks(archive, "xml", 1 << 20))


def test_a_cut_stream_is_refused():
    data = _raw(xml=NOISE, tail=b"x")
    archive = zipfile.ZipFile(io.BytesIO(data))
    info = archive.getinfo("xml")
    start = info.header_offset + 30 + len(b"xml")
    garbled = bytearray(data)
    garbled[start + 1000 : start + info.compress_size] = b"\0" * (info.compress_size - 1000)
    with zipfile.ZipFile(io.BytesIO(bytes(garbled))) as broken, pytest.raises(ERRORS):
        b"".join(member_chunks(broken, "xml", 1 << 16))


def test_compressor_writes_plain_raw_deflate():
    packer = compressor()
    packed = packer.compress(XML[:100_000]) + packer.compress(XML[100_000:]) + packer.flush()
    assert zlib.decompress(packed, -15) == XML  # any zip reader's inflate reads it
    assert len(packed) < len(XML) / 5
    assert crc32(XML[10:], crc32(XML[:10])) == zlib.crc32(XML)
