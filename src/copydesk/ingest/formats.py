"""Dispatch one opened input to the reader of its format."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from copydesk.errors import InputError
from copydesk.ingest import feed, html, jsonl, table, text, warc
from copydesk.ingest.decode import decode_bytes, page_charset
from copydesk.ingest.sources import (
    ReaderOptions,
    format_for,
    gunzipped,
    is_warc_name,
    opened_for_sniffing,
)
from copydesk.records import RawDocument, Rejected


def read_stream(
    source: str, stream: BinaryIO, options: ReaderOptions
) -> Iterator[RawDocument | Rejected]:
    """Documents of one input; every failure becomes a final ``Rejected``."""
    kept = 0
    try:
        for item in _read(source, stream, options):
            kept += isinstance(item, RawDocument)
            yield item
    except InputError as exc:
        yield Rejected(source, str(exc))
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        # A one-article file cut off keeps nothing; a JSON Lines or WARC file keeps the
        # records read before the damage (the message said so even when there were none).
        what = (f"the {kept} record(s) before the damage were kept" if kept
                else "nothing before the damage could be read")
        yield Rejected(source, f"truncated or corrupt gzip ({exc}); {what}")


def _read(
    source: str, stream: BinaryIO, options: ReaderOptions
) -> Iterator[RawDocument | Rejected]:
    if is_warc_name(source):
        # warcio reads gzipped WARC record by record, so offsets stay those of
        # the compressed file (the ones CDX indexes use).
        yield from warc.read_warc(source, stream)
        return
    stream, compressed, head = opened_for_sniffing(stream)
    kind = format_for(source, head)
    if kind == "warc":
        yield from warc.read_warc(source, stream)
        return
    if compressed:
        stream = gunzipped(stream)
    if kind == "jsonl":
        yield from jsonl.read_jsonl(source, stream, options)
        return
    if kind in ("csv", "tsv"):
        yield from table.read_table(source, stream, options, "," if kind == "csv" else "\t")
        return
    data = stream.read(options.max_single_bytes + 1)
    if not data.strip():
        raise InputError("empty file")
    if len(data) > options.max_single_bytes:
        raise InputError(
            f"larger than {options.max_single_bytes // (1024 * 1024)} MB for one article; "
            "split it, or use JSON Lines or WARC for many articles"
        )
    if kind == "feed":
        yield from feed.read_feed(source, data)
        return
    decoded, _ = decode_bytes(data, page_charset(data) if kind == "html" else None)
    if kind == "html":
        yield html.read_html(source, decoded)
    else:
        yield text.read_text(source, decoded)
