"""JSON Lines: one article per line, fields mapped from common news-crawl schemas.

A malformed line is one rejection (with its line number); the lines around it
are still read. A text field that holds HTML goes through the HTML reader.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from copydesk.errors import InputError
from copydesk.ingest.decode import decode_bytes
from copydesk.ingest.html import parse_date, read_html
from copydesk.ingest.sources import ReaderOptions
from copydesk.records import RawDocument, Rejected

#: One JSON line larger than this is refused (an article is far smaller).
MAX_LINE_BYTES = 16 * 1024 * 1024


def read_jsonl(
    source: str, stream: BinaryIO, options: ReaderOptions
) -> Iterator[RawDocument | Rejected]:
    seen_any = False
    for number, line in enumerate(_lines(stream), start=1):
        if not line.strip():
            continue
        seen_any = True
        try:
            yield _record(source, number, line, options)
        except InputError as exc:
            yield Rejected(source, str(exc), number)
    if not seen_any:
        raise InputError("empty file")


def _lines(stream: BinaryIO) -> Iterator[bytes]:
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            # Skip the rest of the oversized line, then report it.
            while True:
                rest = stream.readline(MAX_LINE_BYTES)
                if not rest or rest.endswith(b"\n"):
                    break
            yield b"\x00oversized"
            continue
        yield line


def _record(source: str, number: int, line: bytes, options: ReaderOptions) -> RawDocument:
    if line == b"\x00oversized":
        raise InputError(f"line longer than {MAX_LINE_BYTES // (1024 * 1024)} MB")
    text, _ = decode_bytes(line)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(obj, dict):
        raise InputError("a JSON line must be an object")
    body = _first(obj, options.field_names("text"))
    if not isinstance(body, str) or not body.strip():
        wanted = "/".join(options.field_names("text"))
        raise InputError(f"no article text (looked for {wanted}; map yours with --field text=NAME)")
    url = _str(_first(obj, options.field_names("url")))
    if _is_html(body):
        doc = read_html(source, body, number, url)
    else:
        doc = RawDocument(source=source, position=number, body=body)
    byline = _first(obj, options.field_names("byline"))
    if isinstance(byline, list):
        byline = ", ".join(str(b) for b in byline if b)
    return RawDocument(
        source=source,
        position=number,
        body=doc.body,
        url=url or doc.url,
        site=_str(_first(obj, options.field_names("site"))) or doc.site,
        title=_str(_first(obj, options.field_names("title"))) or doc.title,
        byline=_str(byline) or doc.byline,
        published=parse_date(_str(_first(obj, options.field_names("published")))) or doc.published,
        language=_str(_first(obj, options.field_names("language"))),
        removed=doc.removed,
    )


def _first(obj: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = obj.get(name)
        if value not in (None, "", []):
            return value
    return None


def _str(value: Any) -> str | None:
    if value is None:
        return None
    return str(value).strip() or None


def _is_html(body: str) -> bool:
    head = body.lstrip()[:200].lower()
    return head.startswith("<") and ("<p" in body[:5000].lower() or "<html" in head)
