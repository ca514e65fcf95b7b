"""RSS and Atom feed files: each item with its full text is an article.

feedparser handles every feed dialect and broken feeds; items whose content is
HTML are reduced to paragraphs of text (a feed item is a fragment, not a page,
so trafilatura's page heuristics do not apply).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser
import lxml.html
from lxml import etree

from copydesk.errors import InputError
from copydesk.ingest.decode import xml_safe
from copydesk.ingest.html import parse_date
from copydesk.records import RawDocument, Rejected

_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote", "br", "tr")


def read_feed(source: str, data: bytes) -> Iterator[RawDocument | Rejected]:
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        raise InputError(f"feed with no items{f' ({reason})' if reason else ''}")
    site = parsed.feed.get("title")
    home = parsed.feed.get("link") or ""
    for number, entry in enumerate(parsed.entries, start=1):
        body = _entry_text(entry)
        if not body.strip():
            yield Rejected(source, "feed item without text", number)
            continue
        yield RawDocument(
            source=source,
            position=number,
            body=body,
            url=_absolute(entry.get("link"), home),
            site=site,
            title=_title(entry),
            byline=entry.get("author"),
            published=_published(entry),
            language=parsed.feed.get("language"),
        )


def _absolute(link: str | None, home: str) -> str | None:
    """An item's link made absolute against the feed's own ("/news/x" on
    https://site.example): a relative link leaves the article without a host, so
    without its publisher, which the article's id and source counts use."""
    if not link:
        return None
    if urlsplit(link).scheme or not urlsplit(home).scheme:
        return link
    return urljoin(home, link)


def _entry_text(entry: Any) -> str:
    contents = entry.get("content") or []
    html = contents[0].get("value", "") if contents else entry.get("summary", "")
    return fragment_text(html or "")


def fragment_text(html: str) -> str:
    """Text of an HTML fragment, one paragraph a line."""
    if "<" not in html:
        return html
    html = xml_safe(html)
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return html
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    for el in root.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())


def _title(entry: Any) -> str | None:
    """The item's title as text: an Atom ``type="html"`` title may carry markup."""
    title = entry.get("title")
    if title and "html" in (entry.get("title_detail") or {}).get("type", ""):
        return " ".join(fragment_text(title).split()) or None
    return title


def _published(entry: Any) -> datetime | None:
    """feedparser's reading of the item's date, else ours of the raw string: CMS
    templates write dates such as "March 12, 2025 9:15 PM EST", which feedparser
    leaves unread."""
    # Only an entry that has "updated" is asked for it: feedparser maps a missing
    # "updated" to "published" with a DeprecationWarning.
    keys = ("published", "updated") if "updated" in entry else ("published",)
    for key in keys:
        if parsed := entry.get(f"{key}_parsed"):
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc)
    for key in keys:
        if found := parse_date(entry.get(key)):
            return found
    return None
