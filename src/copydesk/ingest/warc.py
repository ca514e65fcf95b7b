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


def read_warc(source: str, stream: BinaryIO) -> Iterator[RawDocument | Rejected]:
    try:
        records = ArchiveIterator(stream, arc2warc=True)
        for record in records:
            if record.rec_type not in ("response", "resource"):
                continue
            ctype = (
                record.http_headers.get_header("Content-Type")
                if record.http_headers
                else record.rec_headers.get_header("Content-Type")
            ) or ""
            if "html" not in ctype.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            payload = record.content_stream().read(MAX_RECORD_BYTES + 1)
            # Asked only after the payload is read: asking first consumes the record.
            offset = records.get_record_offset()
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
