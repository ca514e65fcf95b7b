"""Plain text: the whole file is one article; the cleaner finds its headline."""

from __future__ import annotations

import ftfy.fixes

from copydesk.records import RawDocument


def read_text(source: str, decoded: str, position: int | None = None) -> RawDocument:
    return RawDocument(source=source, body=plain_text(decoded), position=position)


def plain_text(value: str) -> str:
    """Text that is no markup (a text file, a JSON field, a WARC's text/plain record) with
    its HTML entities decoded, once: scraped text often keeps them from a bad export
    ("Cafe owners &amp; bar staff", "&#8217;"). Text read out of HTML or a feed was
    decoded by its parser and is not decoded again. Only entities closed by ";" are
    decoded (ftfy's rule), so "AT&T" and "?a=1&copy=2" stay as written."""
    return ftfy.fixes.unescape_html(value)
