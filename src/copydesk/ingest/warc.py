"""WARC files (as written by news crawlers): HTML response records become articles.

warcio streams the archive; each record's byte offset is its ``position`` so an
article can be found again in a multi-gigabyte crawl file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from copydesk.errors import InputError
from copydesk.ingest.decode import decode_bytes, page_charset
from copydesk.ingest.html import read_html
from copydesk.ingest.sources import SNIFF_HEAD, gunzipped, sniff_format
from copydesk.ingest.text import read_text
from copydesk.records import RawDocument, Rejected

#: A response body larger than this is refused (no news page is that big).
MAX_RECORD_BYTES = 16 * 1024 * 1024
#: Bytes after the last whole record that may be blank lines rather than a cut record
#: (a record cut short leaves at least its "WARC/1.0" header line, longer than this).
TAIL_BYTES = 16
#: Bytes kept from the start of the file: a WARC opens with "WARC/", an ARC with
#: "filedesc://", a compressed one with gzip's magic number. warcio reads any text as
#: an ARC record and yields nothing from it.
HEAD_BYTES = 16
_OPENINGS = (b"WARC/", b"filedesc://", b"\x1f\x8b")


class _Counted:
    """A stream that counts the bytes read from it: warcio stops without a word at a
    record cut short (a crawl killed mid-write, a partial download), and the count
    is what shows that bytes were left over after the last whole record."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self.count = 0
        self.tail = b""  # the last TAIL_BYTES bytes read
        self.head = b""  # the first HEAD_BYTES bytes read

    def read(self, size: int = -1) -> bytes:
        return self._seen(self._stream.read(size))

    def readline(self, size: int = -1) -> bytes:
        return self._seen(self._stream.readline(size))

    def _seen(self, data: bytes) -> bytes:
        if len(self.head) < HEAD_BYTES:
            self.head += data[: HEAD_BYTES - len(self.head)]
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


class _Note:
    """warcio's message for a record "not followed by newline", silenced: it keeps the
    line that followed instead. That line tells a wrong Content-Length (it is the
    record's own text) from a WARC that only lacks the blank lines between records (it
    is the next record's "WARC/1.0")."""

    def __init__(self) -> None:
        self.length_errors = 0

    def format(self, offset: object, line: bytes = b"", *rest: object) -> str:
        if not bytes(line).lstrip().startswith((b"WARC/", b"warc/")):
            self.length_errors += 1
        return ""


class _GzippedWhole(Exception):
    """The WARC is one gzip member (``gzip crawl.warc``), not a member per record."""

    def __init__(self, seen: int = 0) -> None:
        super().__init__()
        self.seen = seen  # records warcio had read when it found out


class _Records(ArchiveIterator):
    """warcio's iterator without its own stderr line for a record whose Content-Length
    is wrong (copydesk reports that record as rejected), and with a WARC gzipped whole
    told apart from a broken one (warcio refuses it after its first record)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.INC_RECORD = _Note()

    @property
    def length_errors(self) -> int:
        """Records followed by their own text rather than by the next record."""
        note: _Note = self.INC_RECORD
        return note.length_errors

    def _raise_invalid_gzip_err(self) -> None:
        raise _GzippedWhole


def read_warc(source: str, stream: BinaryIO) -> Iterator[RawDocument | Rejected]:
    """The articles of a WARC (or ARC) file, plain or gzipped.

    A WARC gzipped record by record is read by warcio as it is, so positions are the
    records' offsets in the compressed file (those CDX indexes give). One gzipped whole
    (``gzip crawl.warc``, as many tools and people do) has no such offsets: warcio reads
    its first record and refuses the rest, so the file is read again from its start
    through gzip, streamed, and positions are offsets in the uncompressed WARC."""
    try:
        yield from _read_warc(source, _Counted(stream))
    except _GzippedWhole as whole:
        if not stream.seekable():
            raise InputError("a WARC gzipped as one whole file, which cannot be read again "
                             "from its start here: gunzip it first, or recompress it record "
                             "by record with `warcio recompress`") from None
        stream.seek(0)
        yield from _read_warc(source, _Counted(gunzipped(stream)), skip=whole.seen)


def _read_warc(source: str, counted: _Counted, skip: int = 0) -> Iterator[RawDocument | Rejected]:
    """``read_warc`` over one reading of the file; the first ``skip`` records were read
    by a reading before."""
    end = 0  # where the last whole record ends
    seen = 0
    try:
        records = _Records(counted, arc2warc=True)
        for record in records:
            seen += 1
            errors = records.length_errors
            read = _read_record(source, record, records) if seen > skip else None
            end = _record_end(records)  # reads to the record's end, where warcio checks it
            if read is not None and not (isinstance(read, Rejected) and not _opens_as_warc(
                    counted)):  # (a text file named .warc is rejected whole, below)
                yield _settled(source, read, records.length_errors > errors)
    except _GzippedWhole:
        raise _GzippedWhole(seen) from None
    except ArchiveLoadFailed as exc:
        # warcio's messages run over several indented lines; a rejection is one line.
        raise InputError(f"not a readable WARC file ({' '.join(str(exc).split())})") from exc
    except (AttributeError, KeyError, TypeError, ValueError, IndexError) as exc:
        # warcio's parser fails this way on a malformed record (a response without
        # WARC-Target-URI): what came before it is kept, the rest of the file is lost.
        yield Rejected(
            source,
            f"malformed WARC record after byte {end:,} ({type(exc).__name__}: {exc}); "
            f"{seen} record(s) before it were read, the rest of the file was not",
            end,
        )
        return
    if counted.count and not _opens_as_warc(counted):
        raise InputError("not a WARC file: it does not open with a WARC or ARC record "
                         "(rename it if it is text or HTML)")
    while counted.read(1 << 20):
        pass
    if extra := counted.left_over(end):
        yield Rejected(
            source,
            f"truncated: {extra:,} bytes after the last whole record "
            "(the records before them were read)",
            end,
        )


def _opens_as_warc(counted: _Counted) -> bool:
    """Whether the file opens with a WARC or ARC record: warcio reads any text as an old
    ARC record, whose "records" say nothing of the file's own lines."""
    return counted.head.lstrip().startswith(_OPENINGS)


def _read_record(
    source: str, record: Any, records: ArchiveIterator
) -> RawDocument | Rejected | None:
    """The article of one record; None for a record that holds none (a request, an
    image, a redirect or an error page)."""
    if record.rec_type not in ("response", "resource"):
        return None
    http = record.http_headers
    if http is not None and not http.get_statuscode().startswith("2"):
        return None  # 404 "Page not found", 301 "The document has moved"
    ctype = (http.get_header("Content-Type") if http else
             record.rec_headers.get_header("Content-Type")) or ""
    url = record.rec_headers.get_header("WARC-Target-URI")
    if http is None and ctype.lower().startswith("application/http") and record.length:
        # warcio parses HTTP headers only under a URL written "http(s)://": a response
        # recorded under "javascript:…" had vanished without a line (a web probe). An
        # empty record (a beacon's) holds nothing to report.
        scheme = (url or "").split(":", 1)[0]
        why = (f"an HTTP response whose headers were not read (the URL's scheme is "
               f"written {scheme!r})" if scheme.lower() in ("http", "https") else
               "an HTTP response recorded under a URL that is not http(s)")
        return Rejected(source, f"{url}: {why}: not read", records.get_record_offset())
    kind = _kind(ctype)
    if kind is None:
        return None  # an image, a script, a style sheet: no article, nothing to report
    if _SITE_FILE.search(urlsplit(url or "").path):
        return None  # a crawl's robots.txt was stored as an article, and a story
    if (url or "").lower().startswith("metadata://"):
        return None  # the crawler's own files (wget's MANIFEST.txt and arguments)
    if kind in _NOT_READ:
        return Rejected(source, f"{url}: {_NOT_READ[kind]}", records.get_record_offset())
    payload = record.content_stream().read(MAX_RECORD_BYTES + 1)
    # Asked only after the payload is read: asking first consumes the record.
    offset = records.get_record_offset()
    if len(payload) > MAX_RECORD_BYTES:
        return Rejected(source, "response body larger than 16 MB", offset)
    if getattr(record.raw_stream, "limit", 0) > 0:
        return Rejected(source, f"{url}: record cut short ({record.raw_stream.limit:,} bytes "
                        "of it missing): not stored", offset)
    if not ctype and sniff_format(payload[:SNIFF_HEAD]) != "html":
        # No Content-Type, and not a page either: a beacon, a script, a style sheet (a
        # regression probe: reporting them gave a browser's crawl exit 3).
        return None
    try:
        page, _ = decode_bytes(payload, page_charset(payload, ctype))
        if kind == "text":
            return replace(read_text(source, page, offset), url=url)
        return read_html(source, page, offset, url)
    except InputError as exc:
        return Rejected(source, f"{url}: {exc}", offset)


#: Records whose type holds text copydesk does not read from inside a WARC: each is
#: reported on one line (an ingest probe's feed capture was skipped without a word).
_NOT_READ = {
    "feed": "a feed capture (RSS/Atom) inside a WARC is not read: save the feed as a "
            "file of its own and ingest that",
    "pdf": "a PDF: copydesk reads no PDF (convert it to text first)",
}


#: Files a crawler fetches for the site, not for its articles.
_SITE_FILE = re.compile(r"/(?:robots|ads|app-ads|humans|security|llms)\.txt$|/sitemap[^/]*\.xml"
                        r"(?:\.gz)?$|/\.well-known/", re.IGNORECASE)


def _kind(content_type: str) -> str | None:
    """What a record's Content-Type holds: "html", "text", "feed", "pdf", or None for
    what is no article (images, scripts, style sheets). No type at all is sniffed later."""
    ctype = content_type.lower().split(";")[0].strip()
    if not ctype or "html" in ctype:
        return "html"
    if ctype == "text/plain":
        return "text"
    if "rss" in ctype or "atom" in ctype or ctype in ("application/xml", "text/xml"):
        return "feed"
    if ctype == "application/pdf":
        return "pdf"
    return None


def _settled(source: str, read: RawDocument | Rejected, bad_length: bool) -> RawDocument | Rejected:
    if not bad_length or isinstance(read, Rejected):
        return read
    return Rejected(source, f"{read.url}: the record's Content-Length does not match its "
                    "content (cut or run on): not stored", read.position)


def _record_end(records: ArchiveIterator) -> int:
    """Byte offset just past the record last read (0 before the first)."""
    offset, length = records.get_record_offset(), records.get_record_length()
    return int(offset) + int(length) if length is not None else 0
