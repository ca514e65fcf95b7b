"""Finding inputs and opening them: paths, folders, standard input, gzip, formats.

Formats are chosen by file name (``.html``, ``.txt``, ``.jsonl``, ``.warc``,
``.xml``/``.rss``/``.atom``, each optionally ``.gz``) and, for any other name or
for standard input, by sniffing the first bytes, so a folder of oddly named
scraper output still reads. A text name holding a whole web page (a browser's "save
as text") is read as the HTML it is.
"""

from __future__ import annotations

import gzip
import io
import logging
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from copydesk.outputs import is_listed, listed_outputs
from copydesk.records import TERMINAL_SAFE, RawDocument, Rejected

log = logging.getLogger(__name__)

#: A file holding one article larger than this is refused: no news article is
#: 16 MB of text, and such a file is a dump or a binary blob mislabelled.
#: Multi-record files (JSON Lines, WARC) stream and have no size limit.
MAX_SINGLE_BYTES = 16 * 1024 * 1024

#: Default JSON Lines field names, first match wins; they cover news-please /
#: CC-News (maintext, date_publish, source_domain), NewsAPI (publishedAt, source.name),
#: schema.org's JSON-LD (datePublished), generic crawls and feeds.
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "text": ("maintext", "text", "content", "body", "article"),
    "published": ("date_publish", "published", "date", "pubDate", "published_at",
                  "publishedAt", "datePublished", "datetime"),
    "url": ("url", "link", "uri"),
    "site": ("source_domain", "site", "domain", "source", "publisher"),
    "byline": ("authors", "author", "byline"),
    "language": ("language", "lang"),
}

_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".warc": "warc",
    ".arc": "warc",
    ".csv": "csv",
    ".tsv": "tsv",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}


@dataclass(frozen=True)
class ReaderOptions:
    """How inputs are read.

    ``fields`` overrides JSON Lines field names: ``{"text": ("body",)}``.
    ``skip`` lists files that a folder walk leaves out: the run's own store
    (:func:`own_outputs`), so that ``copydesk run .`` does not read it as a binary
    input. What copydesk wrote into a results folder is left out through that
    folder's manifest (:mod:`copydesk.outputs`). A file named on the command line is
    always read.
    """

    max_single_bytes: int = MAX_SINGLE_BYTES
    fields: dict[str, tuple[str, ...]] = field(default_factory=dict)
    skip: tuple[str, ...] = ()
    #: ``(folder, name)``: a file under ``folder`` is named ``name/<its path below it>``
    #: in every source, rejection and export: the web app's uploads are saved in a
    #: folder of the server's, a path the user never gave and should not be shown.
    relabel: tuple[str, str] | None = None

    def field_names(self, name: str) -> tuple[str, ...]:
        return self.fields.get(name) or DEFAULT_FIELDS[name]


@dataclass(frozen=True)
class Input:
    """One input (a file or standard input) that yields documents when read.

    ``fingerprint`` (size and modification time) lets a rerun skip files it has
    fully stored; standard input has none and is always read.
    """

    source: str
    fingerprint: str | None
    opener: Callable[[], BinaryIO]
    options: ReaderOptions
    #: The file's own path, as bytes (``source`` is for display: a name with a line break
    #: or a byte that is not UTF-8 is written escaped there); None for standard input.
    path: bytes | None = None

    def documents(self) -> Iterator[RawDocument | Rejected]:
        from copydesk.ingest.formats import read_stream

        try:
            stream = self.opener()
        except OSError as exc:
            yield Rejected(self.source, f"cannot open: {exc.strerror or exc}")
            return
        with stream:
            yield from read_stream(self.source, stream, self.options)


def iter_inputs(
    paths: Sequence[str], options: ReaderOptions | None = None
) -> Iterator[Input | Rejected]:
    """Inputs for the given paths, folders walked recursively in sorted order."""
    opts = options or ReaderOptions()
    for raw in paths:
        if raw == "-":
            yield Input("-", None, lambda: io.BytesIO(sys.stdin.buffer.read()), opts)
            continue
        path = Path(raw)
        if path.is_dir():
            skip = _Skip(opts.skip, path)
            files, unreadable = _walk(path)
            yield from unreadable
            for file in files:
                if skip(file):
                    log.info("not read: %s (copydesk wrote it: a store or a result)", file)
                else:
                    yield _input_or_rejection(file, opts)
        elif path.is_file():
            yield _input_or_rejection(path, opts)
        elif path.exists():
            yield Rejected(display_path(raw), "not a regular file or folder")
        else:
            yield Rejected(display_path(raw), "no such file or folder (check the path)")


def display_path(path: str | Path) -> str:
    """A path as text any store, export and terminal line can hold: a name that is not
    UTF-8 (a Latin-1 "é" from an old zip) keeps its bytes as ``\\xe9`` (its surrogate
    escapes had crashed the run, storing nothing: an input probe), and a line break in a
    name is written ``\\n`` so each rejection stays one line."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return text.translate(_CONTROL_ESCAPES)


#: Every control character, written out: an escape sequence in a file name (ESC ] … BEL)
#: set the analyst's terminal title and cleared the screen when the name was printed
#: (a security probe).
_CONTROL_ESCAPES = {**TERMINAL_SAFE, ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"}


def _input_or_rejection(path: Path, options: ReaderOptions) -> Input | Rejected:
    try:
        return file_input(path, options)
    except OSError as exc:  # a file in a folder that can be listed but not entered
        return Rejected(display_path(path), f"cannot open: {exc.strerror or exc}")


def own_outputs(db: str | None) -> tuple[str, ...]:
    """The store's files, as ``ReaderOptions.skip`` takes them: the SQLite file and its
    journal files. (What a run writes into its results folder is left out through that
    folder's manifest, :mod:`copydesk.outputs`.)"""
    found = [f"{db}{suffix}" for suffix in ("", "-wal", "-shm", "-journal")] if db else []
    return tuple(str(Path(p).resolve()) for p in found)


class _Skip:
    """Whether a walked file is left out: one of ``ReaderOptions.skip``, or listed (itself
    or a folder above it, up to the walk's root) in a manifest of copydesk's outputs."""

    def __init__(self, skip: Sequence[str], root: Path) -> None:
        self._paths = {Path(p).resolve() for p in skip}
        self._names = {p.name for p in self._paths}  # resolve only a file of such a name
        self._root = root
        self._listed: dict[Path, frozenset[str]] = {}

    def __call__(self, file: Path) -> bool:
        if file.name in self._names and file.resolve() in self._paths:
            return True
        place = file
        while place != self._root and place.parent != place:
            folder = place.parent
            if folder not in self._listed:
                self._listed[folder] = listed_outputs(folder)
            if is_listed(place.name, self._listed[folder]):
                return True
            place = folder
        return False


def _walk(root: Path) -> tuple[list[Path], list[Rejected]]:
    """The files under ``root``, sorted, hidden ones left out; and a rejection for each
    folder that could not be listed (``Path.rglob`` passes over those without a word)."""
    unreadable: list[Rejected] = []

    def refused(exc: OSError) -> None:
        unreadable.append(Rejected(display_path(exc.filename or root),
                                   f"cannot list folder: {exc.strerror or exc}"))

    files: list[Path] = []
    top = os.path.realpath(root)
    seen = {top}
    for folder, folders, names in os.walk(root, onerror=refused, followlinks=True):
        # Linked folders are walked (a data folder linked in), each real folder once: a
        # link back up the tree would otherwise be walked for ever. A link to a folder
        # that holds the walk's root is a loop out of it: an ingest probe's "bad/loop ->
        # .." read the whole corpus again under new names.
        kept = []
        for name in folders:
            real = os.path.realpath(os.path.join(folder, name))
            if name.startswith("."):
                continue
            if top == real or top.startswith(real.rstrip(os.sep) + os.sep):
                unreadable.append(Rejected(display_path(os.path.join(folder, name)),
                                           "a link to a folder that holds this one (a "
                                           "loop): not followed"))
                continue
            if real in seen:
                continue
            seen.add(real)
            kept.append(name)
        folders[:] = kept
        files.extend(Path(folder) / name for name in names if not name.startswith("."))
    regular = []
    for path in files:
        try:
            is_file = path.is_file()
        except OSError as exc:  # in a folder listed but not entered ("chmod -R 644")
            unreadable.append(Rejected(display_path(path), f"cannot open: {exc.strerror}"))
            continue
        if is_file:
            regular.append(path)
        else:  # a broken link, a socket: it was left out without a word
            unreadable.append(Rejected(display_path(path), "not a readable file (a broken "
                                                           "link, or not a regular file)"))
    return sorted(regular), sorted(unreadable, key=lambda r: r.source)


def file_input(path: Path, options: ReaderOptions) -> Input:
    """The input for one file (its fingerprint taken now)."""
    stat = path.stat()
    return Input(shown_name(path, options), f"{stat.st_size}:{stat.st_mtime_ns}",
                 lambda: open(path, "rb"), options, os.fsencode(path))


def shown_name(path: Path, options: ReaderOptions) -> str:
    """A file's source as stored and shown: its path, or its name under
    ``options.relabel``."""
    if options.relabel is not None:
        folder, name = options.relabel
        try:
            below = path.relative_to(folder)
        except ValueError:
            pass
        else:
            return f"{name}/{display_path(below)}"
    return display_path(path)


def opened_for_sniffing(stream: BinaryIO) -> tuple[Any, bool, bytes]:
    """The stream with ``peek``, whether it is gzip, and its first (decompressed) bytes.

    The head of a gzip stream is inflated from a peek, so nothing is consumed: a WARC
    found inside goes to warcio still compressed (warcio reads gzip record by record and
    keeps the records before a cut, where a GzipFile fails at its first read).
    """
    buffered: Any = stream if hasattr(stream, "peek") else io.BufferedReader(stream)
    start = buffered.peek(SNIFF_HEAD)
    if start[:2] != b"\x1f\x8b":
        return buffered, False, start[:SNIFF_HEAD]
    try:
        head = zlib.decompressobj(wbits=31).decompress(start, SNIFF_HEAD)
    except zlib.error:
        head = b""
    return buffered, True, head


#: How much of an input's start tells its format.
SNIFF_HEAD = 1024


def gunzipped(stream: Any) -> Any:
    return gzip.GzipFile(fileobj=stream)


def is_warc_name(source: str) -> bool:
    return source.lower().endswith((".warc", ".warc.gz", ".arc", ".arc.gz"))


def format_for(source: str, head: bytes) -> str:
    """The reader to use, by name first and by content when the name says nothing; a
    "text" file whose content is a whole web page is read as HTML (a browser's "save as
    text" keeps the markup and the name the user typed: read as text, its title was
    "<!DOCTYPE html>" and its body the page's source)."""
    by_name = format_by_name(source)
    if by_name == "text" and is_whole_page(head):
        return "html"
    return by_name or sniff_format(head)


def format_by_name(source: str) -> str | None:
    """The reader a file's name (extension, ``.gz`` aside) chooses, or None."""
    name = source.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return _EXTENSIONS.get(os.path.splitext(name)[1])


#: What may come before a file's first tag or brace: a UTF-8 byte-order mark, white
#: space, and comments ("<!-- saved from url=… -->", which browsers write into saved pages).
_PREAMBLE = re.compile(rb"(?:\xef\xbb\xbf|\s+|<!--.*?-->)*", re.DOTALL)


def _opening(head: bytes) -> bytes:
    """A file's first 512 bytes after a BOM, blank space and comments, lower case."""
    return head[_PREAMBLE.match(head).end():][:512].lower()  # type: ignore[union-attr]


#: How a whole page opens: a doctype, or an <html> tag with a <head>, <body>, <meta> or
#: <title> after it, either behind an XML declaration (prose may open with "<html> is
#: the tag…"; a page goes on in tags).
_XML_DECLARATION = rb"(?:<\?xml[^>]*>\s*)?"  # an XHTML page's first line
_DOCTYPE = re.compile(_XML_DECLARATION + rb"<!doctype\s+html[\s>]")
_HTML_TAG = re.compile(_XML_DECLARATION + rb"<html[\s>]")
_PAGE_TAG = re.compile(rb"<(?:head|body|meta|title)[\s>/]")


def is_whole_page(head: bytes) -> bool:
    """Whether a file's first bytes are a whole HTML page, which overrides a text name;
    a fragment ("<b>Breaking</b>: …") in a .txt file stays text."""
    start = _opening(head)
    if _DOCTYPE.match(start):
        return True
    found = _HTML_TAG.match(start)
    return found is not None and _PAGE_TAG.search(start, found.end()) is not None


def sniff_format(head: bytes) -> str:
    start = _opening(head)
    if start.startswith(b"warc/"):
        return "warc"
    if start.startswith(b"{") or re.match(rb"\[\s*\{", start):
        return "jsonl"  # JSON Lines, or one JSON array of records
    if start.startswith(b"<?xml") and (b"<rss" in start or b"<feed" in start or b"<rdf" in start):
        return "feed"
    if start.startswith((b"<rss", b"<feed")):
        return "feed"
    if start.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<article")):
        return "html"
    # A fragment opening with a common tag is HTML when a tag is closed too ("<main>
    # Street closure…" in a text file is prose).
    if start.startswith((b"<meta", b"<title", b"<div", b"<p>", b"<section", b"<main")) and (
            b"</" in start):
        return "html"
    return "text"
