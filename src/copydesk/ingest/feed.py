"""RSS and Atom feed files: each item with its full text is an article.

feedparser handles every feed dialect and broken feeds; items whose content is
HTML are reduced to paragraphs of text (a feed item is a fragment, not a page,
so trafilatura's page heuristics do not apply).
"""

from __future__ import annotations

import calendar
import logging
import re
from collections.abc import Iterator
from datetime import datetime, timezone
from html import unescape
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser
import lxml.html
from lxml import etree

from copydesk.errors import InputError
from copydesk.hosts import host_name, site_key
from copydesk.ingest.decode import xml_safe
from copydesk.ingest.html import parse_date
from copydesk.records import RawDocument, Rejected

log = logging.getLogger(__name__)

_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote", "br", "tr")


def read_feed(source: str, data: bytes) -> Iterator[RawDocument | Rejected]:
    parsed = feedparser.parse(data)
    broken = getattr(parsed, "bozo_exception", None) if parsed.get("bozo") else None
    if not parsed.entries:
        if broken is not None:
            raise InputError(f"not a readable feed: its XML is broken ({broken})")
        if not parsed.get("version"):
            raise InputError("XML with no RSS or Atom items (a sitemap or another format?)")
        # A quiet feed polled on a schedule: nothing to read, and nothing wrong. It had
        # been a rejection, so every such run ended "partial" (exit 3).
        log.info("%s: a feed with no items", source)
        return
    home = parsed.feed.get("link") or ""
    site = feed_site(parsed.feed.get("title"), home)
    for number, entry in enumerate(parsed.entries, start=1):
        body = _entry_text(entry)
        if not body.strip():
            # Where the XML broke, the reading stopped: only the last item can have
            # been cut there (a crawl probe's intact second item, a title and a link,
            # was blamed on an entity broken in the first).
            cut = broken is not None and number == len(parsed.entries)
            why = (f"feed item without text: the feed's XML is broken ({broken}), and the "
                   "item was cut there" if cut else "feed item without text (a title and a "
                   "link only: the feed carries no text for it)")
            yield Rejected(source, why, number)
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


#: What joins a feed's name to its section: "Veldmoor Post – Top stories", "World | Daily".
_SECTION_BREAK = re.compile(r"\s+[-–—|»:·]\s+|:\s+")


def feed_site(title: str | None, home: str) -> str | None:
    """The outlet a feed's title names: of "Veldmoor Post – Top stories" the part its home
    page's host spells ("veldmoorpost.example"), so that the outlet's two feeds and its
    pages are one site (a crawl probe: one paper counted as three sources, and its
    article in two feeds as a copy of itself). The whole title when no part is the host."""
    if not title:
        return None
    parts = [p.strip() for p in _SECTION_BREAK.split(title) if p.strip()]
    host = site_key(host_name(home))
    if len(parts) > 1 and host:
        # the part that spells most of the host: "Kelso News" of "News – Kelso News" on
        # kelsonews.example, not the section "News" (a regression probe)
        matching = [(len(key), part) for part in parts
                    if (key := site_key(part)) and len(key) >= 3 and (key in host or host in key)]
        if matching:
            return max(matching)[1]
    return title.strip()


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
    detail = contents[0] if contents else entry.get("summary_detail") or {}
    value = detail.get("value") or entry.get("summary") or ""
    # Text of type "text" is plain: feedparser has decoded its XML, and "a < b" in it is
    # no tag (only HTML is decoded as HTML, so no entity is decoded twice).
    return fragment_text(value) if "html" in detail.get("type", "html") else value


def fragment_text(html: str) -> str:
    """Text of an HTML fragment, one paragraph a line, its entities decoded once."""
    if "<" not in html:
        return unescape(html)
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
