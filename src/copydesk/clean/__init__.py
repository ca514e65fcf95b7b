"""Cleaning: raw documents → articles with clean text, a title, a language, and
every removed line kept with the reason it was removed.

Three kinds of evidence find scraper junk, so that the method generalises
rather than listing known lines: whole-line patterns of chrome families
(``patterns``), where a line sits relative to the article's prose
(``structure``), and lines repeated in the head or tail of many articles of one
site (``SiteLines``) — a site's own chrome, whatever its wording.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timezone

from copydesk.clean.authors import closing_bio
from copydesk.clean.dateline import dateline_time
from copydesk.clean.language import detect_language
from copydesk.clean.masthead import masthead_name, outlet_name, publication_line
from copydesk.clean.patterns import is_date_line, junk_reason
from copydesk.clean.repair import rejoin_split_words, repair_text, strip_invisible
from copydesk.clean.structure import (
    CHROME_WORDS,
    FULL_HEADLINE_WORDS,
    HEADLINE_WORDS,
    Layout,
    body_span,
    lay_out,
    norm,
    words,
)
from copydesk.hosts import host_name, names_host
from copydesk.records import Article, RawDocument, Rejected, Removed, content_id

#: The longest clean text one article may have. Long-form features run to about
#: 100,000 characters; past this a "text" is a dump or articles run together, and
#: every later stage would treat it as one article (spaCy refuses texts of over a
#: million characters, and a 1 MB text took 25 s to extract).
MAX_CHARS = 500_000


@dataclass(frozen=True)
class CleanOptions:
    """How cleaning decides.

    ``site_repeats``: a short head/tail line seen in this many articles of one
    site is that site's chrome (3: two articles can share a line by chance,
    a template repeats on every page). ``min_words``: an article with fewer
    words of text left is rejected as "no article text". ``max_chars``: an article
    with more characters of text left is rejected as too long (see ``MAX_CHARS``).
    """

    site_repeats: int = 3
    min_words: int = 5
    max_chars: int = MAX_CHARS
    detect_language: bool = True
    #: Bound on remembered chrome candidates, so memory stays flat on big crawls.
    max_tracked_lines: int = 200_000


#: Lines of link labels that make a text a menu, not an article.
MIN_MENU_LINES = 5
#: Words a menu's labels have at most ("Home", "World news", "Section 12").
MAX_MENU_WORDS = 3
#: Signs of data, not links: a results table ("North: Whitfield 55%", "Arsenal 3 Chelsea
#: 1") is an article of its own, and a first version of the rule rejected two.
_DATA_SIGNS = re.compile(r"[:%$€£¥]|\d+\D+\d+")


def _only_short_lines(lines: list[str]) -> bool:
    return len(lines) >= MIN_MENU_LINES and all(
        len(line.split()) <= MAX_MENU_WORDS and not _DATA_SIGNS.search(line) for line in lines)


class SiteLines:
    """Counts, per site, the articles whose head or tail holds each short line. The
    counts a batch changed (``take_changes``) are stored with the batch and read back
    (``load``) by the next ingest, so chrome learnt in one run is known in the next."""

    def __init__(self, limit: int) -> None:
        self._seen: dict[tuple[str, str], int] = {}
        self._limit = limit
        self._changed: set[tuple[str, str]] = set()

    def add(self, site: str, lines: Iterable[str]) -> None:
        """Count each distinct line once for this article. Lines are taken in the order
        they come (not a set's, which differs from process to process): once ``limit``
        lines are tracked, which ones were kept must not depend on the hash seed."""
        for line in dict.fromkeys(lines):
            key = (site, line)
            if key in self._seen:
                self._seen[key] += 1
            elif len(self._seen) < self._limit:
                self._seen[key] = 1
            else:
                continue
            self._changed.add(key)

    def load(self, rows: Iterable[tuple[str, str, int]]) -> None:
        for site, line, count in rows:
            if len(self._seen) < self._limit or (site, line) in self._seen:
                self._seen[(site, line)] = count

    def take_changes(self) -> list[tuple[str, str, int]]:
        """(site, line, count) of every count changed since the last call."""
        changes = [(site, line, self._seen[(site, line)]) for site, line in sorted(self._changed)]
        self._changed.clear()
        return changes

    def count(self, site: str, line: str) -> int:
        return self._seen.get((site, line), 0)


class Cleaner:
    """Cleans batches; remembers each site's repeated chrome across batches."""

    def __init__(self, options: CleanOptions | None = None) -> None:
        self.options = options or CleanOptions()
        self.site_lines = SiteLines(self.options.max_tracked_lines)

    def clean_batch(self, docs: Sequence[RawDocument]) -> list[Article | Rejected]:
        # First pass: learn each site's head/tail lines from the whole batch, so
        # the first articles of a site benefit as much as the last ones.
        lines = [_lines(doc) for doc in docs]
        for doc, doc_lines in zip(docs, lines, strict=True):
            self.site_lines.add(site_key(doc), _chrome_candidates(doc_lines))
        return [self._finish(doc, doc_lines) for doc, doc_lines in zip(docs, lines, strict=True)]

    def _finish(self, doc: RawDocument, lines: list[str]) -> Article | Rejected:
        site = site_key(doc)
        known_site = site != NO_SITE
        title = repair_text(doc.title).replace("\n", " ").strip() if doc.title else None

        def repeated(line: str) -> bool:
            return self.site_lines.count(site, line) >= self.options.site_repeats

        def site_chrome(line: str) -> bool:
            # Files of no known site share one count, and wire copies from several
            # outlets share their headline: among them a headline is not chrome ...
            return repeated(line) and (known_site or not _headline_length(line))

        layout = lay_out(lines, title or None, site_chrome)
        if not known_site and layout.title_line is not None and repeated(
                norm(lines[layout.title_line])) and _other_headline(layout, repeated):
            # ... unless a headline of its own follows it: then the repeated line is the
            # scraper's tagline ("Brackwell Evening Post Your Trusted Local News").
            layout = lay_out(lines, title or None, repeated)
        _date_under_headline(layout, known_site)
        removed = list(doc.removed)
        body: list[str] = []
        for i, line in enumerate(layout.lines):
            reason = layout.reasons[i]
            if reason is not None:
                removed.append(Removed(line, reason))
            elif i != layout.title_line:
                body.append(line)
        for i in sorted(_pull_quotes(body), reverse=True):
            removed.append(Removed(body.pop(i), "pull quote (repeats the text)"))
        byline = _field(doc.byline) or _byline(removed)
        if len(body) > 1 and closing_bio(body[-1], byline):
            removed.append(Removed(body.pop(), "author box"))
        text = rejoin_split_words("\n\n".join(body))
        if len(text) > self.options.max_chars:
            return Rejected(
                doc.source,
                f"article text of {len(text):,} characters, over the {self.options.max_chars:,}"
                " one article may have (a dump, or articles run together?): split it",
                doc.position,
            )
        if words(text) < self.options.min_words:
            return Rejected(
                doc.source, "no article text left after removing boilerplate", doc.position
            )
        if _only_short_lines(body):
            # A page of menu links ("Section 0" … "Section 39") was stored as an article.
            return Rejected(
                doc.source, "no article text: only short lines (a menu or a list of links)",
                doc.position,
            )
        language = (
            detect_language(text, doc.language) if self.options.detect_language else doc.language
        )
        masthead = None if doc.site else _masthead(layout)
        return Article(
            id=article_id(text, doc, masthead),
            source=doc.source,
            position=doc.position,
            text=text,
            url=_field(doc.url),
            # A URL's host names the site when nothing else does: a JSON Lines record
            # with a URL and no site field was "unknown site" beside the same outlet's
            # HTML pages (an ingest probe).
            site=_field(doc.site) or masthead or host_name(doc.url),
            title=_without_wire_slug(layout.title),
            byline=byline,
            published=_published(doc.published, dateline_time(removed, language)),
            language=language,
            removed=tuple(removed),
        )


def _masthead(layout: Layout) -> str | None:
    """The publication's name, when the scraper kept no site: from the head's dateline
    when it names the outlet ("Harbor Daily | Posted 5 June 2025 08:10 UTC"), else from
    the line right under the headline when the cleaner removed it as chrome: a text
    file's masthead ("Kestrel Post — Investigations"). Without it 14 of the demo's
    articles were "unknown site", and one outlet appeared under three names."""
    for i in range(min(layout.body_start, len(layout.lines))):
        shown = publication_line(layout.lines[i]) if layout.reasons[i] == "dateline" else None
        if shown is not None and shown.name:
            return shown.name
    if layout.title_line is None:
        return None
    j = layout.title_line + 1
    skipped_date = False
    # (past one dateline of a date alone: "Published: 10 May 2026 23:40 UTC", then the
    # agency's name, had left an election probe's wire reports without a site)
    while j < len(layout.lines) and (not layout.lines[j].strip() or (
            not skipped_date and layout.reasons[j] == "dateline")):
        skipped_date = skipped_date or bool(layout.lines[j].strip())
        j += 1
    if j >= len(layout.lines) or layout.reasons[j] is None:
        return None
    line = layout.lines[j].strip()
    shown = publication_line(line)
    if shown is not None:
        return shown.name
    return outlet_name(line) if skipped_date else masthead_name(line)


def clean_documents(
    docs: Sequence[RawDocument], options: CleanOptions | None = None
) -> list[Article | Rejected]:
    """Clean one batch with no memory of earlier batches (tests, Spark partitions)."""
    return Cleaner(options).clean_batch(docs)


#: Publication years an article may have. A feed or crawl field can say 0001 or 9999
#: (placeholders, typos); later stages add days and years to publication times ("next
#: Friday", "in the 2030s") and would overflow Python's dates near their ends.
PLAUSIBLE_YEARS = range(1800, 2200)


def _published(given: datetime | None, shown: datetime | None) -> datetime | None:
    """The publication time: the one given, else the one the page shows. A given date with
    no time of day (midnight) takes the shown time of the same day: a print page dated
    "2026-03-10" by its metadata showed "Published: 10 March 2026, 14:05", and the time
    is what orders the day's copies (a cleaning probe)."""
    given = plausible_time(given)
    if given is None:
        return shown
    if shown is not None and given.timetz().replace(tzinfo=None) == time(0) \
            and given.astimezone(timezone.utc).date() == shown.astimezone(timezone.utc).date():
        return shown
    return given


def plausible_time(published: datetime | None) -> datetime | None:
    """The publication time, or None when it is outside ``PLAUSIBLE_YEARS`` (the article
    is kept, undated, as it would be with no date at all)."""
    if published is None:
        return None
    try:
        in_utc = published.astimezone(timezone.utc)
    except (OverflowError, ValueError):
        return None
    return published if in_utc.year in PLAUSIBLE_YEARS else None


def _field(value: str | None) -> str | None:
    """A metadata string as pages may show it (see ``strip_invisible``)."""
    return (strip_invisible(value).strip() or None) if value else None


def article_id(text: str, doc: RawDocument, masthead: str | None = None) -> str:
    """A hash of the clean text and of the publisher (site, else the URL's host, else
    the ``masthead`` a text file names under its headline).

    The same text from the same publisher is one article however often it is
    ingested; the same wire text on two sites is two publications, which is
    exactly what reuse tracing and source counting must see. Without any
    publisher at all the text alone decides. The masthead counts: two sites' text
    files of one wire story had been stored as one article, and the second site and
    its publication time were lost (a content-farm probe).
    """
    return content_id(text, _publisher_key(doc) or _masthead_key(masthead))


def _publisher_key(doc: RawDocument) -> str:
    """The publisher an id is keyed by: the page's name for its outlet, and its host too
    when that name is not the host's outlet. A scraper's copy of a page keeps the page's
    ``og:site_name``, so the copy at its own host had the original's id: whichever was
    read second was taken for the same article seen again, and a security probe's
    look-alike page replaced the outlet's own in the store. Pages whose name and host
    agree keep the ids they had."""
    name = publisher(doc)
    host = host_name(doc.url)
    if doc.site and host and not names_host(doc.site, host):
        return f"{name} @ {host}"
    return name


def _masthead_key(masthead: str | None) -> str:
    """A masthead as one publisher however it is set: "The Valley Ledger", "Valley
    Ledger", "VALLEY LEDGER" (a regression probe's one page saved twice, the article
    shown twice)."""
    words = re.findall(r"\w+", (masthead or "").casefold())
    return " ".join(words[1:] if words[:1] == ["the"] else words)


#: A wire's version slug before its headline: "UPDATE 2-", "CORRECTED-UPDATE 1-",
#: "REFILE-", "RPT-", "WRAPUP 1-" (a versions probe's story was titled "UPDATE 2-Castrel
#: ferry disaster toll climbs to 17").
_WIRE_SLUG = re.compile(r"^(?:(?:UPDATE|CORRECTED|REFILE|RPT|WRAPUP)"
                        r"(?:\s+\d+)?\s*[-–:]\s*)+(?=\S)")


def _without_wire_slug(title: str | None) -> str | None:
    """The title without a slug, unless the title is in capitals throughout: a
    "REFILE-OFFENDER BILL CLEARS SENATE" may be a hyphenated word (a regression probe's
    "REPEAT-OFFENDER BILL" had lost its first word)."""
    if not title or title.isupper():
        return title
    return _WIRE_SLUG.sub("", title)


def publisher(doc: RawDocument) -> str:
    if doc.site:
        return doc.site.strip().casefold()
    return host_name(doc.url) or ""


#: A pull quote is short: a line of this many words at most.
MAX_PULL_QUOTE_WORDS = 40
_QUOTE_MARKS = "\"'“”‘’«»„"


def _pull_quotes(body: list[str]) -> set[int]:
    """Lines that are only a quotation the text gives in full elsewhere: a page's pull
    quote, set in large type between paragraphs. Kept, an ingest probe's WordPress page
    had the shift supervisor's words twice, one of them with no speaker."""
    out: set[int] = set()
    comparable: list[str] = []  # each line's words, worked out once and only when needed
    for i, line in enumerate(body):
        bare = line.strip()
        if (len(bare.split()) > MAX_PULL_QUOTE_WORDS or bare[:1] not in _QUOTE_MARKS
                or bare.rstrip(".!?")[-1:] not in _QUOTE_MARKS):
            continue
        comparable = comparable or [_comparable(other) for other in body]
        said = comparable[i]
        if len(said.split()) >= 4 and any(
                j != i and j not in out and said in comparable[j] and len(other) > len(line)
                for j, other in enumerate(body)):
            out.add(i)
    return out


def _comparable(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _lines(doc: RawDocument) -> list[str]:
    return [line for line in repair_text(doc.body).split("\n") if line]


#: Where the head and tail lines of documents without a site or URL are counted.
NO_SITE = "(no site)"


def site_key(doc: RawDocument) -> str:
    """What the cleaner counts a document's head and tail lines under: its publisher (site,
    else the URL's host). The Spark engine partitions documents by it, so that a site's
    counts are whole in one partition, as they are in one local run."""
    return publisher(doc) or NO_SITE


#: Reasons a line above the body gets that a bare date there does not deserve.
_HEAD_CHROME = frozenset({"section label", "site chrome"})


def _date_under_headline(layout: Layout, known_site: bool) -> None:
    """A line above the body that holds only a date ("March 3, 2025"), or a date with the
    outlet's name, a byline or both ("Harbor Daily | Posted 5 June 2025 08:10 UTC"), is
    the article's dateline, not a section label: its publication date, where a
    plain-text file has no other. Taken as chrome, it left relative dates ("on Monday")
    unresolved. A date that a known site repeats on its pages stays chrome: a masthead
    shows the day of the visit, not of the article (files of no site share their dates
    only by chance). Nor is the first heading of a timeline one: a body with date lines
    of its own is one."""
    if any(is_date_line(line) for line in layout.lines[layout.body_start :]):
        return
    for i in range(min(layout.body_start, len(layout.lines))):
        reason = layout.reasons[i]
        if (reason in _HEAD_CHROME or (reason == "repeated on site" and not known_site)) \
                and (is_date_line(layout.lines[i]) or publication_line(layout.lines[i])):
            layout.reasons[i] = "dateline"
            return


def _other_headline(layout: Layout, repeated: Callable[[str], bool]) -> bool:
    """Whether the head holds a headline-length line other than the title that is not
    repeated across files."""
    return any(
        i != layout.title_line and layout.reasons[i] in (None, "site chrome")
        and _headline_length(line) and not repeated(norm(line))
        for i, line in enumerate(layout.lines[: layout.body_start])
    )


def _headline_length(line: str) -> bool:
    return FULL_HEADLINE_WORDS <= words(line) <= HEADLINE_WORDS[1] and not line.endswith(".")


def _chrome_candidates(lines: list[str]) -> list[str]:
    start, end = body_span(lines, [junk_reason(line) for line in lines])
    return [
        norm(line)
        for i, line in enumerate(lines)
        if not start <= i < end and words(line) <= 4 * CHROME_WORDS
    ]


def _byline(removed: list[Removed]) -> str | None:
    """The writer of a removed byline, alone ("By Jo Bell") or in a dateline ("By Mara
    Lind | Harbor Daily | June 5, 2025 8:10 am")."""
    for r in removed:
        if r.reason == "dateline":
            shown = publication_line(r.text)
            if shown is not None and shown.byline:
                return shown.byline.split(None, 1)[1]
        elif r.reason == "byline":
            return r.text.split(None, 1)[1] if " " in r.text else None
    return None


__all__ = [
    "CleanOptions", "Cleaner", "SiteLines", "article_id", "clean_documents", "publisher",
    "site_key",
]
