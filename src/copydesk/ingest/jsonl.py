"""JSON Lines: one article per line, fields mapped from common news-crawl schemas.

A malformed line is one rejection (with its line number); the lines around it
are still read. A text field that holds HTML goes through the HTML reader.
"""

from __future__ import annotations

import codecs
import itertools
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO, cast

from copydesk.errors import InputError
from copydesk.ingest.decode import SNIFF_BYTES, decode_bytes, utf16_codec
from copydesk.ingest.feed import fragment_text
from copydesk.ingest.html import parse_date, read_html
from copydesk.ingest.sources import ReaderOptions
from copydesk.ingest.text import plain_text
from copydesk.records import RawDocument, Rejected, Removed

#: One JSON line larger than this is refused (an article is far smaller).
MAX_LINE_BYTES = 16 * 1024 * 1024
#: A file holding one JSON array is read whole; past this size it must be JSON Lines.
MAX_ARRAY_BYTES = 256 * 1024 * 1024


def read_jsonl(
    source: str, stream: BinaryIO, options: ReaderOptions
) -> Iterator[RawDocument | Rejected]:
    stream = _as_utf8(stream)
    numbered = enumerate(_lines(stream), start=1)
    first = next(((n, line) for n, line in numbered if line.strip()), None)
    if first is None:
        raise InputError("empty file")
    if _opens_array(first[1]):
        yield from _read_array(source, first[1] + stream.read(MAX_ARRAY_BYTES), options)
    elif _opens_object(first[1]):
        data = first[1] + stream.read(MAX_ARRAY_BYTES)
        if len(data) < MAX_ARRAY_BYTES:
            yield from _read_array(source, data, options)
            return
        # Too big for one object: JSON Lines whose first line is broken, after all.
        data += stream.readline()
        lines = itertools.chain(data.splitlines(keepends=True), _lines(stream))
        yield from _read_lines(source, enumerate(lines, start=first[0]), options)
    else:
        yield from _read_lines(source, itertools.chain([first], numbered), options)


def _read_lines(
    source: str, numbered: Iterable[tuple[int, bytes]], options: ReaderOptions
) -> Iterator[RawDocument | Rejected]:
    """A record per non-blank line; a malformed line is one rejection, with its number."""
    for number, line in numbered:
        if not line.strip():
            continue
        try:
            yield _record(source, number, line, options)
        except InputError as exc:
            yield Rejected(source, str(exc), number)


def _opens_array(line: bytes) -> bool:
    """A first line that opens one JSON array of records: "[" alone, or "[{" (not a
    header such as "[crawl 7]" or a column list "["title", "text"]" over JSON Lines)."""
    head = line.lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"[") and head[1:].lstrip()[:1] in (b"", b"{")


def _opens_object(line: bytes) -> bool:
    """A first line that opens one JSON object spread over several lines (a pretty-printed
    article, or an API response such as NewsAPI's {"status": "ok", "articles": [...]})
    rather than a record on one line."""
    head = line.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"{"):
        return False
    try:
        value = json.loads(head)
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError too
        return True
    return isinstance(value, dict) and any(isinstance(value.get(f), list) for f in _LIST_FIELDS)


#: Fields of an API response that hold its list of articles.
_LIST_FIELDS = ("articles", "results", "items", "data", "documents", "records", "entries")


def _records_of(value: Any, options: ReaderOptions) -> Any:
    """The records a whole-file JSON value holds: an array's items, an API response's
    list of articles (a list of objects), or one article object as a list of one. An
    article's own list field ("items": its tags, "data": []) is not a list of articles:
    a one-record file with one was rejected whole."""
    if isinstance(value, dict):
        for name in _LIST_FIELDS:
            listed = value.get(name)
            if isinstance(listed, list) and listed and all(isinstance(x, dict) for x in listed):
                return listed
            if listed == [] and not isinstance(_first(value, options.field_names("text")), str):
                return []  # an API response with no articles: "empty JSON array"
        return [value]
    return value


def _salvage_array(text: str) -> tuple[list[Any], int] | None:
    """The complete items of a JSON array cut off before its end (a download or a write
    that stopped), and the line where the damage starts; None if it is not such an
    array. Each item was otherwise lost, and every line of the file reported."""
    decoder = json.JSONDecoder()
    pos = len(text) - len(text.lstrip("\ufeff \t\r\n"))
    if not text.startswith("[", pos) or text.rstrip().endswith("]"):
        return None  # not an array, or one that ends: a bad record inside, not a cut
    pos += 1
    items: list[Any] = []
    while True:
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(text) or text[pos] == "]":
            return None  # whole after all: not a cut-off array
        try:
            item, pos = decoder.raw_decode(text, pos)
        except (ValueError, RecursionError):
            return (items, text.count("\n", 0, pos) + 1) if items else None
        items.append(item)


def _read_array(
    source: str, data: bytes, options: ReaderOptions
) -> Iterator[RawDocument | Rejected]:
    """A file holding one JSON array of records (what many APIs and exports write, as
    ``.json``) rather than a record per line; positions count the array's items. If the
    whole is no JSON array, its lines are read as JSON Lines after all."""
    if len(data) >= MAX_ARRAY_BYTES:
        raise InputError(f"a JSON array of over {MAX_ARRAY_BYTES // (1024 * 1024)} MB: "
                         "write it as JSON Lines (one record a line), e.g. with jq -c '.[]'")
    text = decode_bytes(data)[0]
    try:
        items = _records_of(_loads(text), options)
    except InputError:
        items = None
    if items is None and (salvaged := _salvage_array(text)) is not None:
        kept, line = salvaged
        yield from _array_items(source, kept, options)
        yield Rejected(source, f"the JSON array is cut off at line {line}: the {len(kept)} "
                               "complete records before it were read", line)
        return
    if not isinstance(items, list):
        yield from _read_lines(source, enumerate(data.splitlines(keepends=True), start=1),
                               options)
        return
    if not items:
        raise InputError("empty JSON array")
    yield from _array_items(source, items, options)


def _array_items(
    source: str, items: list[Any], options: ReaderOptions
) -> Iterator[RawDocument | Rejected]:
    for number, item in enumerate(items, start=1):
        try:
            if not isinstance(item, dict):
                raise InputError("an item of the JSON array must be an object")
            yield from_object(source, number, item, options)
        except InputError as exc:
            yield Rejected(source, str(exc), number)


def _loads(text: str) -> Any:
    try:
        # Without its line end: a line cut inside a string read "Invalid control
        # character" (the newline), not "Unterminated string" (an ingest probe).
        return json.loads(text.rstrip("\r\n"))
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg.removesuffix(' at')} at column "
                         f"{exc.colno})") from exc
    except RecursionError:
        raise InputError("not valid JSON: nested too deeply") from None


def _as_utf8(stream: BinaryIO) -> BinaryIO:
    """The stream, or for UTF-16 (with or without its byte-order mark; Windows tools
    write it) the same text recoded to UTF-8 as it is read: lines are cut at the byte
    0x0A, which in UTF-16 is half a character, and one record of two was lost. Only a
    stream that can go back to its start is tested (a file, gzip or not)."""
    if not stream.seekable():
        return stream
    encoding = utf16_codec(stream.read(SNIFF_BYTES))
    stream.seek(0)
    if encoding is None:
        return stream
    return cast(BinaryIO, _Recoded(stream, encoding))  # the two calls the readers make


class _Recoded:
    """UTF-8 bytes of a stream in another encoding, recoded as they are read, by line or
    by size (the calls the line and array readers make; sizes count characters, at most
    4 bytes each, so the readers' limits still hold within that factor). Nothing is read
    whole: a first version read up to 256 MB and silently dropped the rest."""

    CHUNK = 1 << 16

    def __init__(self, stream: BinaryIO, encoding: str) -> None:
        self._stream = stream
        self._decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        self._buffer = ""
        self._eof = False

    def _fill(self) -> None:
        chunk = self._stream.read(self.CHUNK)
        self._eof = not chunk
        self._buffer += self._decoder.decode(chunk, final=self._eof)

    def readline(self, limit: int = -1) -> bytes:
        searched = 0
        while True:
            end = self._buffer.find("\n", searched)
            if end >= 0 and (limit < 0 or end < limit):
                return self._take(end + 1)
            if limit >= 0 and len(self._buffer) >= limit:
                return self._take(limit)
            if self._eof:
                return self._take(len(self._buffer))
            searched = len(self._buffer)
            self._fill()

    def read(self, size: int = -1) -> bytes:
        while not self._eof and (size < 0 or len(self._buffer) < size):
            self._fill()
        return self._take(len(self._buffer) if size < 0 else size)

    def _take(self, n: int) -> bytes:
        out, self._buffer = self._buffer[:n], self._buffer[n:]
        return out.encode("utf-8")

    def seekable(self) -> bool:
        return False


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
    obj = _loads(decode_bytes(line)[0])
    if not isinstance(obj, dict):
        raise InputError("a JSON line must be an object")
    return from_object(source, number, obj, options)


def from_object(
    source: str, number: int, obj: dict[str, Any], options: ReaderOptions
) -> RawDocument:
    body = _first(obj, options.field_names("text"))
    if isinstance(body, list) and body and all(isinstance(p, str) for p in body):
        body = "\n\n".join(p.strip() for p in body if p.strip())  # paragraphs as a list
    if body is not None and not isinstance(body, str):
        # (an OSINT probe's "maintext": {…} was "no article text", the field being there)
        name = next(n for n in options.field_names("text") if _lookup(obj, n) is body)
        raise InputError(f"the text field {name!r} holds {_kind(body)}, not text: map the "
                         "field that holds it with --field text=NAME")
    if not isinstance(body, str) or not body.strip():
        wanted = "/".join(options.field_names("text"))
        raise InputError(f"no article text (looked for {wanted}; map yours with --field text=NAME)")
    url = _str(_first(obj, options.field_names("url")))
    cut = _TRUNCATED.search(body)
    removed: tuple[Removed, ...] = ()
    if cut is not None:
        # NewsAPI cuts "content" short and says so: "… [+1200 chars]". The marker is
        # no text of the article; the cut itself is kept in ``removed`` for the record.
        body = body[: cut.start()].rstrip()
        removed = (Removed(cut.group().strip(), "truncation marker"),)
    if _is_html(body):
        doc = read_html(source, body, number, url)
    elif len(_HTML_TAG.findall(body[:5000])) >= 2:  # one "<p>" may be prose about HTML
        doc = RawDocument(source=source, position=number, body=fragment_text(body))
    else:
        doc = RawDocument(source=source, position=number, body=plain_text(body))
    written = _str(_first(obj, options.field_names("published")))
    published = parse_date(written)
    if written and published is None:
        # kept in the record, not dropped without a word: "12/03/2025" (day or month
        # first?), "12 mars 2025", "2025-13-45" were an OSINT probe's silent nulls
        removed = (*removed, Removed(written[:200], "publication date not read"))
    return RawDocument(
        source=source,
        position=number,
        body=doc.body,
        url=url or doc.url,
        site=_str(_first(obj, options.field_names("site"))) or doc.site,
        title=_plain(_str(_first(obj, options.field_names("title")))) or doc.title,
        byline=_str(_first(obj, options.field_names("byline"))) or doc.byline,
        published=published or doc.published,
        language=_str(_first(obj, options.field_names("language"))),
        removed=(*doc.removed, *removed),
    )


def _plain(value: str | None) -> str | None:
    return plain_text(value) if value else value


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", bool: "true or false"}.get(
        type(value), "a number" if isinstance(value, int | float) else type(value).__name__)


def _first(obj: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = _lookup(obj, name)
        if value not in (None, "", []):
            return value
    return None


def _lookup(obj: dict[str, Any], name: str) -> Any:
    """The value of ``name``, which may be a dotted path into nested objects and lists
    (``--field text=content.body``, ``--field title=headlines.0``); a key that itself
    holds the dot is taken first."""
    if name in obj or "." not in name:
        return obj.get(name)
    value: Any = obj
    for part in name.split("."):
        if isinstance(value, dict):
            value = value.get(part)
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return None
    return value


#: Names under which APIs nest the value of a field: NewsAPI's
#: ``"source": {"id": null, "name": "Harbour Times"}``, ``"authors": [{"name": …}]``.
_NESTED_VALUE = ("name", "title", "main", "text", "value", "url", "href")


def _str(value: Any) -> str | None:
    """A field's value as text: a nested object gives its name, a list its items' names
    joined, and JSON written as text ("null", "None") counts as no value."""
    if isinstance(value, dict):
        value = next((value[k] for k in _NESTED_VALUE if isinstance(value.get(k), str | int)),
                     None)
    elif isinstance(value, list):
        value = ", ".join(filter(None, (_str(v) for v in value))) or None
    if value is None or isinstance(value, bool):
        return None
    text = str(value).strip()
    return None if text.lower() in ("", "null", "none", "undefined") else text


#: An API's sign that it cut the text short (NewsAPI: "… [+1200 chars]"), at its end.
_TRUNCATED = re.compile(r"(?:\s*(?:…|\.\.\.))?\s*\[\+\d[\d,]* chars\]\s*$")
#: Markup in a text field that is not a whole page: "<div>…<br><br>…</div>", "P1\n<p>P2</p>".
_HTML_TAG = re.compile(
    r"</?(?:p|br|div|li|ul|ol|h[1-6]|blockquote|span|em|strong|a)(?:\s[^<>]{0,400})?/?>",
    re.IGNORECASE)


def _is_html(body: str) -> bool:
    head = body.lstrip()[:200].lower()
    return head.startswith("<") and ("<p" in body[:5000].lower() or "<html" in head)
