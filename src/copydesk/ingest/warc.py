"""WARC files (as written by news crawlers): HTML response records become articles.

warcio streams the archive; each record's byte offset is its ``position`` so an
article can be found again in a multi-gigabyte crawl file.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from copydesk.errors import InputError
from copydesk.ingest.decode import decode_bytes
from copydesk.ingest.html import read_html
from copydesk.records import RawDocument, Rejected

#: A response body larger than this is refused (no news page is that big).
MAX_RECORD_BYTES = 16 * 1024 * 1024
#: Bytes after the last whole record that may be blank lines rather than a cut record
#: (a record cut short leaves at least its "WARC/1.0" header line, longer than this).
TAIL_BYTES = 16


class _Counted:
    """A stream that counts the bytes read from it: warcio stops without a word at a
    record cut short (a crawl killed mid-write, a partial download), and the count
    is what shows that bytes were left over after the last whole record."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self.count = 0
        self.tail = b""  # the last TAIL_BYTES bytes read

    def read(self, size: int = -1) -> bytes:
        return self._seen(self._stream.read(size))

    def readline(self, size: int = -1) -> bytes:
        return self._seen(self._stream.readline(size))

    def _seen(self, data: bytes) -> bytes:
        self.count += len(data)
        self.tail = (self.tail + data[-TAIL_BYTES:])[-TAIL_BYTES:]
        return data

    def left_over(self, end: int) -> int:
        """Bytes read past ``end`` that are not the blank lines closing a record (an
        uncompressed WARC's last record is followed by its CRLF CRLF)."""
        extra = self.count - end
        if 0 < extra <= TAIL_BYTES and not self.tail[-extra:].strip():
            return 0
        return max(extra, 0)


def read_warc(source: str, stream: BinaryIO) -> Iterator[RawDocument | Rejected]:
    counted = _Counted(stream)
    end = 0  # where the last whole record ends
    try:
        records = ArchiveIterator(counted, arc2warc=True)
        for record in records:
            if record.rec_type not in ("response", "resource"):
                end = _record_end(records)
                continue
            ctype = (
                record.http_headers.get_header("Content-Type")
                if record.http_headers
                else record.rec_headers.get_header("Content-Type")
            ) or ""
            if "html" not in ctype.lower():
                end = _record_end(records)
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            payload = record.content_stream().read(MAX_RECORD_BYTES + 1)
            # Asked only after the payload is read: asking first consumes the record.
            offset = records.get_record_offset()
            end = _record_end(records)
            if len(payload) > MAX_RECORD_BYTES:
                yield Rejected(source, "response body larger than 16 MB", offset)
                continue
            try:
                page, _ = decode_bytes(payload)
                yield read_html(source, page, offset, url)
            except InputError as exc:
                yield Rejected(source, f"{url}: {exc}", offset)
    except ArchiveLoadFailed as exc:
        raise InputError(f"not a readable WARC file ({exc})") from exc
    while counted.read(1 << 20):
        pass
    if extra := counted.left_over(end):
        yield Rejected(
            source,
            f"truncated: {extra:,} bytes after the last whole record "
            "(the records before them were read)",
            end,
        )


def _record_end(records: ArchiveIterator) -> int:
    """Byte offset just past the record last read (0 before the first)."""
    offset, length = records.get_record_offset(), records.get_record_length()
    return int(offset) + int(length) if length is not None else 0
