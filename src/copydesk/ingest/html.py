"""HTML pages → main text and metadata, with trafilatura.

trafilatura is the best-measured open main-text extractor; it drops navigation,
share buttons, related posts and comments. It does not say what it dropped, so
the page's own text lines that are not in the extract are kept as ``Removed``
("page chrome") — the analyst can always see what was left out.
"""

from __future__ import annotations

import email.utils
import logging
import re
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import lxml.html
import trafilatura
from lxml import etree

from copydesk.calendar_words import explicit_zones
from copydesk.clock import assume_utc
from copydesk.errors import InputError
from copydesk.hosts import host_name
from copydesk.ingest.decode import xml_safe
from copydesk.records import RawDocument, Removed

log = logging.getLogger(__name__)

_BLOCK_TAGS = {
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "td",
    "th",
    "tr",
    "br",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "blockquote",
    "figcaption",
    "title",
    "dt",
    "dd",
    "pre",
    "form",
    "label",
    "button",
}
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
#: Page chrome lines kept as Removed at most; a huge page's menus are not worth more.
MAX_CHROME_LINES = 200
#: A page whose only text is a notice that it needs JavaScript ("You need to enable
#: JavaScript to run this app.") is an app shell, not an article: an ingest probe's such
#: page was stored as a story titled "Loading…". The notice is short; an article that
#: mentions JavaScript is not.
MAX_SCRIPT_NOTICE_WORDS = 30
_SCRIPT_NOTICE = re.compile(
    r"\bjavascript\b.{0,60}\b(?:enable|enabled|activate|turn on|required|requires|needed|"
    r"aktivieren|aktiviert|erforderlich|activer|activ\w+|nécessaire|habilit\w+|abilit\w+)"
    r"|\b(?:enable|activate|turn on|requires?|need)\b.{0,40}\bjavascript\b",
    re.IGNORECASE | re.DOTALL,
)


#: A page titled as an error ("404", "Page not found", "Seite nicht gefunden") with this
#: many words or fewer is the error page, not an article about an error.
MAX_ERROR_PAGE_WORDS = 60
_ERROR_PHRASE = (r"(?:(?:error\s+)?(?:404|410|403|500)|(?:page|article|story|content)\s+not\s+"
                 r"found|not\s+found|seite\s+nicht\s+gefunden|page\s+introuvable|p[aá]gina"
                 r"\s+no\s+encontrada|access\s+denied|forbidden"
                 # WordPress's own: "Oops! That page can’t be found." (a cleaning probe)
                 r"|(?:oops\W+)?(?:that\s+)?page\s+can[’']?t\s+be\s+found\.?)")
#: The title of an error page: the phrase alone, or beside the site's name ("Page not
#: found | Harbour Times", "404 - Page not found"); not a headline after a colon ("Not
#: found: stolen painting still missing", a regression probe's brief).
_ERROR_PAGE = re.compile(
    rf"^\W*{_ERROR_PHRASE}(?:\s*[|–—-]\s*(?:{_ERROR_PHRASE}|[^:|]{{1,60}}))*\W*$",
    re.IGNORECASE)


#: What a short error or bot-check page says, in its headline or its text.
_ERROR_TEXT = re.compile(
    r"\b(?:we\s+)?can[’']?t\s+find\s+(?:that|this|the)\s+page|\bpage\s+you\s+(?:were|are)\s+"
    r"looking\s+for\b|\bchecking\s+your\s+browser\b|\bjust\s+a\s+moment\.\.\.|\bddos\s+"
    r"protection\s+by\b|\bverify\s+(?:that\s+)?you\s+are\s+(?:a\s+)?human\b|\bare\s+you\s+a"
    r"\s+robot\b|\battention\s+required\b.{0,20}cloudflare|\baccess\s+to\s+this\s+page\s+has"
    r"\s+been\s+denied\b|\bseite\s+(?:wurde\s+)?nicht\s+gefunden|\bpage\s+(?:est\s+)?introuvable",
    re.IGNORECASE | re.DOTALL)


#: A part of an extracted author that is the byline's time, not a name: trafilatura reads
#: "By Northwire | Published 2025-03-12T09:02" as "Northwire; Published" (an OSINT probe).
_NOT_A_NAME = re.compile(r"^(?:published|updated|posted|last\s+updated|modified|on)\b|^\d",
                         re.IGNORECASE)


def _author(author: str | None) -> str | None:
    if not author:
        return author
    names = [part.strip() for part in author.split(";")]
    kept = [name for name in names if name and not _NOT_A_NAME.match(name)]
    return "; ".join(kept) or None


#: A page this long that gives no text was too big for the extractor, not empty.
BIG_PAGE_CHARS = 5_000_000


def read_html(
    source: str, page: str, position: int | None = None, url: str | None = None
) -> RawDocument:
    page = xml_safe(page)
    if not page.strip():
        raise InputError("empty page")
    doc = _extract(page, url)
    if (doc is None or not (doc.text or "").strip()) and _DEEP.search(page):
        # libxml2 stops at 256 nested elements and the text below is lost; the same
        # page without its layout containers keeps its paragraphs.
        doc = _extract(_CONTAINERS.sub(" ", page), url)
    if doc is None or not (doc.text or "").strip():
        if len(page) > BIG_PAGE_CHARS:
            # trafilatura gives up on a page this big (its extraction time limit): the
            # page had been called empty (a user-experience audit's 10.8 MB page)
            raise InputError(
                f"HTML page of {len(page) / 1e6:.1f} million characters gave no article "
                "text: the extractor gives up on pages this big (save the article alone, "
                "or split the page)")
        raise InputError("HTML page with no article text (navigation or an empty page)")
    body = doc.text or ""
    if len(body.split()) <= MAX_SCRIPT_NOTICE_WORDS and _SCRIPT_NOTICE.search(body):
        raise InputError(
            "page rendered by JavaScript: the HTML holds only a notice to enable it, no "
            "article text (save the page after it has loaded, or use the site's feed)"
        )
    tree = _parse(page)
    title = _headline(tree, doc.title)
    page_title = " ".join(" ".join(tree.xpath("//head/title//text()")).split()) \
        if tree is not None else ""
    if len(body.split()) <= MAX_ERROR_PAGE_WORDS and (
            _ERROR_PAGE.search(title or "") or _ERROR_PAGE.search(page_title)
            or _ERROR_TEXT.search(f"{title or ''} {body}")):
        # A saved "Page not found" was stored as an article (an input probe); the WARC
        # reader skips such responses by their status. An OSINT probe's saved 404 pages
        # headed "Oops! We can't find that page." under a <title> of "404 Not Found", and
        # a bot check ("Just a moment...", "Checking your browser"), were still stored.
        shown = (title or "") if _ERROR_PAGE.search(title or "") else page_title or title or ""
        raise InputError(f"an error page ({shown[:60]!r}), not an article: fetch the page "
                         "again, or leave the file out")
    _refuse_a_list_or_a_sign_in(tree, title or "", body)
    page_url = url or doc.url or _canonical_url(tree)
    return RawDocument(
        source=source,
        position=position,
        body=body,
        url=page_url,
        site=_site_name(doc.sitename) or doc.hostname or host_name(page_url) or _home_host(tree),
        title=title,
        byline=_author(doc.author),
        published=(_meta_time(tree) if tree is not None else None) or parse_date(doc.date),
        removed=tuple(_chrome(tree, body)),
    )



#: What joins a site's name to a headline in a page's <title>: "Kessly Times: …",
#: "… | Northwire", "… - Coast Daily".
_TITLE_JOINER = re.compile(r"\s*(?::|\||–|—|\s-)\s+")


def _headline(tree: Any, title: str | None) -> str | None:
    """The extractor's title, unless it is only the site's name: a Blogger page's first
    heading is the blog's ("Kessly Times"), and an ingest probe's post took it for the
    headline while the headline itself was removed as chrome. Then the post's own title
    element, or the rest of the page's <title> after the name."""
    if tree is None or not title:
        return title
    page_title = " ".join(" ".join(tree.xpath("//head/title//text()")).split())
    parts = _TITLE_JOINER.split(page_title)
    if len(parts) < 2 or title.strip() not in (parts[0], parts[-1]):
        return title
    rest = " ".join(parts[1:] if title.strip() == parts[0] else parts[:-1])
    if len(rest.split()) <= len(title.split()):
        return title  # "Headline | The Harbour Gazette": the title is the headline
    entry = tree.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-title ')"
                       " or contains(concat(' ', normalize-space(@class), ' '), ' post-title ')]")
    if entry:
        text = " ".join(entry[0].text_content().split())
        if len(text.split()) >= 3:
            return text
    return rest if len(rest.split()) >= 3 else title


def _canonical_url(tree: Any) -> str | None:
    """The page's canonical (or og:url) address made absolute against its ``<base
    href>``, when the extractor found none: an ingest probe's page with a relative
    canonical link and a base was stored with no URL, so with no site either."""
    if tree is None:
        return None
    found = tree.xpath("//link[@rel='canonical']/@href|//meta[@property='og:url']/@content")
    base = tree.xpath("//base/@href")
    if not found:
        return None
    absolute = urljoin(str(base[0]).strip() if base else "", str(found[0]).strip())
    return absolute if urlsplit(absolute).scheme in ("http", "https") else None


def _home_host(tree: Any) -> str | None:
    """The host of the site's own home link (``rel="home"``, which WordPress themes put on
    the site's title), for a page that names no site and no address: an ingest probe's
    three farms carrying one wire text were one article of no site."""
    if tree is None:
        return None
    for href in tree.xpath("//*[self::a or self::link][@rel='home']/@href"):
        if host := host_name(str(href).strip()):
            return host
    return None


def _site_name(name: str | None) -> str | None:
    """The page's own name for its site, unless it is markup: an ``og:site_name`` of
    "&lt;img src=x onerror=…&gt;" was stored (escaped, but title-cased by the
    extractor) as the site's name; the host name is used instead."""
    return None if not name or re.search(r"[<>]", name) else name


#: A page nested deeper than libxml2 parses (256 elements): this many opening layout
#: tags in a row, or more, with nothing but whitespace between them.
_DEEP = re.compile(r"(?:<(?:div|span|section)\b[^>]*>\s*){200,}", re.IGNORECASE)
#: Layout containers, opening and closing, dropped from a page nested too deep.
_CONTAINERS = re.compile(r"</?(?:div|span|section)\b[^>]*>", re.IGNORECASE)


def _extract(page: str, url: str | None) -> Any:
    """trafilatura's article text and metadata of a page (None when it finds none)."""
    try:
        tree = trafilatura.load_html(page)  # what bare_extraction would parse
        if tree is None:
            return None
        doc = trafilatura.bare_extraction(
            _entities_kept(tree),
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_precision=False,
            # No extensive search: it guesses from free text, and a footer's "© Sandmoor
            # Post 2025" became a publication date of 1 January 2025. Datelines in the
            # text are read by the cleaner (clean/dateline.py).
            date_extraction_params={"original_date": True, "outputformat": _DATE_FORMAT,
                                    "extensive_search": False},
        )
    except (ValueError, TypeError, etree.LxmlError) as exc:
        raise InputError(f"unreadable HTML: {exc}") from exc
    if isinstance(doc, dict):  # only with as_dict=True, which we never pass
        raise InputError("unexpected extractor output")
    return doc


#: Elements whose text the HTML parser leaves as written (entities and all).
_RAW_TEXT = frozenset(("script", "style"))


def _entities_kept(tree: Any) -> Any:
    """The parsed page with each "&" of its text and its metadata written "&amp;" again.

    The parser has decoded the page's entities; trafilatura then decodes its text and
    metadata once more (``html.unescape``), so "&amp;lt;b&amp;gt;", which a browser shows
    as "&lt;b&gt;", became "<b>", and "&amp;amp;" a bare "&". Written again, the "&"
    comes back from that second decoding as the parser left it: decoded once. Script
    and style text was never decoded (JSON-LD's "&amp;" is trafilatura's to decode), and
    an address is read as one before anything is decoded ("?a=1&b=2" stays as it is)."""
    for el in tree.iter():
        if el.tail:
            el.tail = el.tail.replace("&", "&amp;")
        if not isinstance(el.tag, str):
            continue  # a comment or a processing instruction
        tag = el.tag.lower()
        if el.text and tag not in _RAW_TEXT:
            el.text = el.text.replace("&", "&amp;")
        if tag == "meta" and "&" in el.get("content", "") and not _ADDRESS.search(
                " ".join(el.get(k, "") for k in ("property", "name", "itemprop"))):
            el.set("content", el.get("content").replace("&", "&amp;"))
    return tree


#: Metadata that names an address (og:url, twitter:image), not text.
_ADDRESS = re.compile(r"url|image|href", re.IGNORECASE)


#: Metadata that carries the publication time (Open Graph, schema.org microdata, common names).
_TIME_META = ("article:published_time", "og:published_time", "datepublished", "pubdate",
              "publishdate", "date", "dc.date.issued")
_JSONLD_TIME = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


def _meta_time(tree: Any) -> datetime | None:
    """The publication time with its clock time, when the page's metadata has one.

    trafilatura's date finder (htmldate) returns the day only; a wire copy and its
    source are often published hours apart on the same day, and that order is
    the first evidence of which is the original.
    """
    values: list[str] = []
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _TIME_META and meta.get("content"):
            values.append(meta.get("content"))
    for script in tree.xpath("//script[@type='application/ld+json']"):
        values.extend(_JSONLD_TIME.findall(script.text or ""))
    # WordPress's post header: <time class="entry-date published" datetime="…"> (an
    # ingest probe's farm copies were dated midnight, hours before the wire they copied).
    # Only a time marked as the post's, and not one of a list of other posts (a
    # regression probe's "Latest" widget above the article held the same marks).
    values.extend(str(v) for v in tree.xpath(
        "//time[@datetime][contains(concat(' ', normalize-space(@class), ' '), ' published ')"
        " or contains(concat(' ', normalize-space(@class), ' '), ' entry-date ')"
        " or @itemprop='datePublished' or @pubdate]"
        "[not(ancestor::aside or ancestor::nav or ancestor::footer or ancestor::li"
        " or ancestor::*[contains(@class, 'widget') or contains(@class, 'related')"
        " or contains(@class, 'sidebar') or contains(@class, 'recent')])]/@datetime"))
    for raw in values:
        if "T" in raw or ":" in raw:
            parsed = parse_date(raw)
            if parsed:
                return parsed
    return None


#: POSIX times a crawl's JSON may give as numbers: seconds (2001–2096) or milliseconds.
_EPOCH = re.compile(r"\d{10}(?:\d{3})?(?:\.\d+)?")


def parse_date(value: str | None) -> datetime | None:
    """A publication time from metadata or a crawl's field, timezone-aware (a time
    without zone is taken as UTC): ISO 8601, a POSIX time in seconds or milliseconds
    (``1741680000``, ``1741680000000``), or an RFC 2822 date as feeds write it
    (``Tue, 11 Mar 2025 08:00:00 GMT``). Anything else, an impossible date such as
    ``2025-02-30`` included, is None: a bad date costs the article its date, not its place
    in the store."""
    if not value:
        return None
    try:
        parsed = _parse_time(value.strip())
    except (ValueError, OverflowError, OSError):
        return None
    return assume_utc(parsed)


def _parse_time(text: str) -> datetime | None:
    if _EPOCH.fullmatch(text):
        seconds = float(text) / (1000 if len(text.split(".")[0]) == 13 else 1)
        return datetime.fromtimestamp(seconds, tz=timezone.utc)
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    if _ISO_WITH_ZONE_NAME.match(text) and (named := _written_date(text)) is not None:
        return named
    if (zoned := _iso_in_a_named_zone(text)) is not None:
        return zoned
    if m := re.match(r"(\d{4}-\d{2}-\d{2})", text):
        if _A_TIME.match(text, m.end()):
            # A time it cannot read ("+25:00") is no midnight UTC, up to a day off (an
            # input probe): the article is better undated.
            return None
        return datetime.fromisoformat(m.group(1))
    if _RFC_2822.match(text):
        # "Tuesday, 11-Mar-25" (RFC 850) is RFC 2822 with dashes and a long weekday. Only
        # the date's dashes go: the one of a "-0500" offset is its sign.
        return email.utils.parsedate_to_datetime(_RFC_850_DASH.sub(" ", text))
    if _WRITTEN_DATE.search(text):
        return _written_date(text)
    return None


#: ``Tue, 11 Mar 2025 08:00:00 GMT``, as RSS writes dates.
_RFC_2822 = re.compile(
    r"(?:[A-Za-z]{3,9},\s*)?\d{1,2}[\s-]+[A-Za-z]{3}[\s-]+(?:\d{4}|\d{2})\s+\d{1,2}:\d{2}")
#: The dashes of an RFC 850 date ("11-Mar-25"), between a digit and a letter.
_RFC_850_DASH = re.compile(r"(?<=\d)-(?=[A-Za-z])|(?<=[A-Za-z])-(?=\d)")
#: An ISO date and time followed by a zone's name ("2025-03-11T22:00:00 EST"), which
#: ``fromisoformat`` refuses: read with the written dates, not cut to its date.
#: A time after an ISO date ("T23:30", " 23:30").
_A_TIME = re.compile(r"[T ]\d{1,2}:\d{2}")
#: An ISO time with its zone's name: "…+01:00[Europe/Paris]" (RFC 9557, Java), "… America/
#: New_York"; and "T24:00:00", the end of a day.
_NAMED_ZONE = re.compile(r"(?P<iso>\d{4}-\d{2}-\d{2}[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)"
                         r"(?:\[(?P<bracket>[\w+/-]+)\]|\s+(?P<name>[A-Za-z]+/[\w/+-]+))?")


def _iso_in_a_named_zone(text: str) -> datetime | None:
    m = _NAMED_ZONE.fullmatch(text)
    if m is None:
        return None
    iso = m.group("iso").replace("Z", "+00:00")
    end_of_day = re.search(r"[T ]24:00(?::00)?", iso)
    if end_of_day:
        iso = iso[: end_of_day.start()] + iso[end_of_day.start()] + "00:00" + iso[
            end_of_day.end():]
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if end_of_day:
        when += timedelta(days=1)
    zone = m.group("bracket") or m.group("name")
    if zone and when.tzinfo is None:
        try:
            when = when.replace(tzinfo=ZoneInfo(zone))
        except (ZoneInfoNotFoundError, ValueError):
            return None
    return when


_ISO_WITH_ZONE_NAME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}\S*\s*[A-Za-z]{2,5}$")
#: A date written out with its month's name and a year ("March 12, 2025 9:15 PM EST"),
#: which CMS templates put in feeds and meta tags. All-digit forms such as 11/03/2025 are
#: left unread: the same string is 11 March in Europe and 3 November in the US.
_WRITTEN_DATE = re.compile(r"(?=.*\b[A-Za-z]{3,9}\.?\b)(?=.*\b\d{4}\b)")


def _written_date(text: str) -> datetime | None:
    import dateparser  # milliseconds per call: only for the dates the forms above miss

    return dateparser.parse(explicit_zones(text), languages=["en"], settings={
        "STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": True,
        "TIMEZONE": "UTC", "TO_TIMEZONE": "UTC",
        "PARSERS": ["custom-formats", "absolute-time"]})  # never the run's clock


#: An XHTML page's XML declaration: lxml refuses a str that names its encoding.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


#: The titles of a site's lists of posts: "Tag: ferries", "Search results for “flood”",
#: "Category: Harbour", "Archives: March 2026" (a cleaning probe's were stored as
#: articles, with their excerpts' figures as their own).
_LISTING_TITLE = re.compile(
    r"^\W*(?:tag(?:ged)?|category|categories)\s*:\s*\S|^\W*search\s+results?\s+(?:for\b|:)",
    re.IGNORECASE)
#: A list shows several posts, each a heading with a link or an <article> (a regression
#: probe's "Author: Lena Marsh on her new novel" was an interview, refused by its title).
MIN_LISTED_POSTS = 3
#: A sign-in page is short: its text is the form's labels and a notice or two.
MAX_SIGN_IN_WORDS = 120
#: ... and its title is the prompt itself ("Sign in to your account"; not "Register now
#: for the Vellmouth marathon: 5,000 places left" nor "Customers unable to log in for six
#: hours", a regression probe's briefs on sites with a sign-in form in the header).
_SIGN_IN_TITLE = re.compile(
    r"^\W*(?:sign\s*in|log\s*in|login|sign\s*up|register|create\s+an?\s+account|my\s+account"
    r"|anmelden|iniciar\s+sesi[oó]n|connexion|se\s+connecter)\b(?:\W+\w+){0,5}\W*"
    r"(?:[|–—-].{0,60})?$", re.IGNORECASE)


def _refuse_a_list_or_a_sign_in(tree: Any, title: str, body: str) -> None:
    """An InputError when the page is a site's list of posts or its sign-in form."""
    if _LISTING_TITLE.search(title) and tree is not None and max(
            len(tree.xpath("//article")), len(tree.xpath("//h2[a]|//h3[a]|//h2/a|//h3/a"))
    ) >= MIN_LISTED_POSTS:
        raise InputError(f"a list of posts ({title[:60]!r}), not an article")
    if tree is not None and len(body.split()) <= MAX_SIGN_IN_WORDS and _SIGN_IN_TITLE.search(
            title) and tree.xpath('//input[@type="password"]'):
        raise InputError(f"a sign-in page ({title[:60]!r}), not an article")


def _parse(page: str) -> Any:
    try:
        return lxml.html.fromstring(_XML_DECLARATION.sub("", page, count=1))
    except (etree.ParserError, ValueError):
        return None


def _chrome(tree: Any, body: str) -> list[Removed]:
    """Text lines of the page that the extract left out, each with why (this changes
    ``tree``): a figure's caption is a "media caption" (an ingest probe's caption was
    listed as page chrome, beside the menus), anything else "page chrome (HTML)"."""
    if tree is None:
        return []
    for bad in tree.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    captions = {" ".join(c.text_content().split()) for c in tree.xpath("//figcaption")}
    for el in tree.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
            el.text = "\n" + (el.text or "")
    kept = {" ".join(line.split()) for line in body.splitlines()}
    out: list[Removed] = []
    seen: set[str] = set()
    for line in tree.text_content().splitlines():
        norm = " ".join(line.split())
        if norm and norm not in kept and norm not in seen and not any(norm in k for k in kept):
            seen.add(norm)
            out.append(Removed(norm, "media caption" if norm in captions
                               else "page chrome (HTML)"))
            if len(out) >= MAX_CHROME_LINES:
                break
    return out
