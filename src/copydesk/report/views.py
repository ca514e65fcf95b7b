"""Everything a story page shows, gathered from the store into plain view objects.

One function, ``story_view``, builds the page's content; the static report, the
Markdown and JSON outputs and the web app all render its result, so there is
one implementation of what a story page says. Kinds with no records yet (no
facts extracted, no reuse found) give empty sections, never errors.

This module reads the store and decides what is read, cited and cut to fit a
page; the story's articles, their numbers and roles and the copies shown side by side
are read by ``reading``, and each section is worked out in its own module
(``sources``, ``timeline``, ``fact_rows``, ``quote_groups``, ``summary``, ``lineage``,
``diff``).
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from copydesk.records import DateRef, Fact, Quote, Story
from copydesk.report.cites import CopyCheck
from copydesk.report.diff import DiffView, featured
from copydesk.report.fact_rows import FactRow, disputed_quotes, fact_rows, withdrawn_figures
from copydesk.report.lineage import EdgeIn, Graph, NodeIn, layout
from copydesk.report.quote_groups import QuoteGroup, quote_groups
from copydesk.report.reading import Oriented, StoryReading, read_story
from copydesk.report.sources import Source, latest, node_sublabel, spun_articles
from copydesk.report.summary import Cited, SourceText, summarise
from copydesk.report.timeline import Event, timeline_events
from copydesk.store import Store

#: Copies shown side by side per story page; the rest are listed by the lineage graph.
MAX_DIFFS = 25
#: Facts in the key facts table (best supported first, plus every conflict); the
#: rest are folded below it.
KEY_FACTS = 12
#: Disputed facts added to the key table, and facts in the folded list, at most: a
#: story of thousands of articles has tens of thousands of facts, and its page must
#: still open (20,238 facts made an 8 MB page). The facts export has all of them.
MAX_CONFLICT_ROWS = 50
MAX_MORE_FACTS = 300
#: Reuse that adds nothing of its own: such copies are cited, not read for text.
#: (A partial copy is read: its own paragraphs are news.)
DERIVED_TYPES = frozenset({"duplicate", "spun", "translated", "rewritten"})
#: Reuse whose passages are coarse: a partial copy's bridge paragraphs it left out, and a
#: translation's are hulls of aligned sentences. Their copies are cited for a sentence only
#: when their text carries it (``CopyCheck``). A duplicate's and a spun copy's passages
#: are aligned word by word, but they too bridge a paragraph a copy dropped, and a wire
#: copy updates a figure: they are checked too, with the share a heavy spin keeps
#: (``SPUN_SHARE``).
COARSE_TYPES = frozenset({"partial", "translated", "rewritten"})
#: Share of a sentence's content words a duplicate or spun copy must hold in one
#: stretch to be cited for it: a 40 % spin keeps more than half of them, a copy without
#: the paragraph holds a name or two.
SPUN_SHARE = 0.2
#: ... and only when their passage covers at least half of it (a passage that runs three
#: characters into a sentence says nothing about it).
HALF = 0.5


#: Other stories of the thread listed on a story page.
MAX_THREAD_STORIES = 20


@dataclass
class StoryView:
    """Everything a story's page shows, read from the store once and cut to fit a page:
    the HTML report, the Markdown, report.json and the API's story endpoint all render
    this one view, so they never disagree."""

    story: Story
    sources: list[Source]
    summary: list[Cited] = field(default_factory=list)
    timeline: list[Event] = field(default_factory=list)
    facts: list[FactRow] = field(default_factory=list)
    #: Facts past the key ones (fewer sources, no conflict): shown folded.
    more_facts: list[FactRow] = field(default_factory=list)
    #: Facts of the story on no list above (``MAX_MORE_FACTS``): in the facts export.
    facts_not_shown: int = 0
    quotes: list[QuoteGroup] = field(default_factory=list)
    graph: Graph | None = None
    diffs: list[DiffView] = field(default_factory=list)
    relations: int = 0
    articles_missing: int = 0
    articles_omitted: int = 0
    diffs_omitted: int = 0
    #: The copy shown open on the page: the one with the most changes to see.
    featured_diff: str | None = None
    #: The other stories of its thread (the same affair), earliest first: a briefing
    #: probe's flood was four stories, and no page led to another.
    same_thread: list[Story] = field(default_factory=list)
    #: The latest dated article, when the story spans more than one publication time:
    #: its title is the news as it stands (a breaking story's title and summary, from
    #: its most central report, said seven dead when the latest said fourteen).
    latest: Source | None = None

    def source(self, article_id: str) -> Source | None:
        return self._by_id().get(article_id)

    def _by_id(self) -> dict[str, Source]:
        return {s.id: s for s in self.sources}

    def to_dict(self) -> dict[str, Any]:
        """The view as JSON-ready data (report.json and the API's story endpoint)."""
        data = _plain(dataclasses.asdict(self))
        data["story"] = _plain(dataclasses.asdict(self.story))
        return data


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def story_view(store: Store, story_or_id: Story | str) -> StoryView | None:
    """All a story page shows; None when the story id is unknown."""
    story = _story(store, story_or_id)
    if story is None:
        return None
    reading = read_story(store, story)
    articles, numbers, texts = reading.articles, reading.numbers, reading.texts
    oriented, sources, via = reading.oriented, reading.sources, reading.via
    quotes: list[Quote] = []
    dates: list[DateRef] = []
    for a in articles:
        quotes.extend(store.records_for("quotes", a.id))
        dates.extend(store.records_for("dates", a.id))

    view = StoryView(story=story, sources=sources, relations=len(reading.relations),
                     articles_missing=reading.missing, articles_omitted=reading.omitted,
                     latest=None if reading.omitted else latest(sources))
    coverage, derived = _coverage(oriented, texts)
    copies_of = _copies_of(coverage, numbers, CopyCheck(texts, {a.id: a.language
                                                                 for a in articles}))
    sources_of = reading.sources_of
    spun = spun_articles(sources, oriented, sources_of)
    fact_records = store.records_for("facts", story.id)
    view.summary = _summary(reading, story, derived, spun, fact_records, copies_of)
    # A spun article's dated sentences only where no other article is dated.
    readable = {d.article_id for d in dates} - derived - spun
    view.timeline = timeline_events(
        (d for d in dates if d.article_id not in derived
         and (d.article_id in readable or not readable)), texts, numbers, copies_of,
    )
    view.same_thread = sorted(
        (s for s in store.records_for("stories", story.thread_id) if s.id != story.id),
        key=lambda s: (s.first_seen is None, s.first_seen or datetime.min, s.id),
    )[:MAX_THREAD_STORIES]
    _cut_facts(view, fact_rows(fact_records, numbers, spun))
    view.quotes = _quotes(quotes, numbers, derived, spun, copies_of)
    view.graph = _graph(sources, oriented, via, sources_of)
    view.diffs, view.diffs_omitted = reading.copies(MAX_DIFFS)
    shown_open = featured(view.diffs)
    view.featured_diff = shown_open.relation_id if shown_open else None
    return view


def _story(store: Store, story_or_id: Story | str) -> Story | None:
    """The story itself, read from the store when given by its id (None if unknown)."""
    if not isinstance(story_or_id, str):
        return story_or_id
    found = store.get_record("stories", story_or_id)
    return found if isinstance(found, Story) else None


#: Where a copy repeats its original: original id → (start, end, copy id, coarse?).
_Coverage = dict[str, list[tuple[int, int, str, bool]]]


def _coverage(
    oriented: list[Oriented], texts: dict[str, str]
) -> tuple[_Coverage, set[str]]:
    """(where each original's passages are repeated by its copies, the copies that only
    repeat their original). Such copies are not read for text (their sentences would
    come back reworded); they are cited wherever their passages cover it."""
    coverage: _Coverage = defaultdict(list)
    derived: set[str] = set()
    for rel, orig, copy, directed in oriented:
        if not directed:
            continue
        coarse = rel.type in COARSE_TYPES
        for p in rel.passages:
            start, end = (p.a_start, p.a_end) if orig == rel.a else (p.b_start, p.b_end)
            coverage[orig].append((start, end, copy, coarse))
        if not rel.passages and rel.type == "duplicate":
            coverage[orig].append((0, len(texts[orig]), copy, False))
        if rel.type in DERIVED_TYPES:
            derived.add(copy)
    return coverage, derived


def _copies_of(
    coverage: _Coverage, numbers: dict[str, int], check: CopyCheck
) -> Callable[[str, int, int], set[int]]:
    """The citation of copies for a passage: the numbers of the copies that repeat
    [start, end) of an article and whose own text carries it (``CopyCheck``)."""
    def copies_of(article_id: str, start: int, end: int) -> set[int]:
        return {numbers[c] for s, e, c, coarse in coverage.get(article_id, ())
                if s < end and start < e and (
                    check.carries(article_id, start, end, c, SPUN_SHARE, aligned=True)
                    if not coarse else (
                        min(e, end) - max(s, start) >= HALF * (end - start)
                        and check.carries(article_id, start, end, c)))}
    return copies_of


def _summary(
    reading: StoryReading, story: Story, derived: set[str], spun: set[str],
    fact_records: list[Fact], copies_of: Callable[[str, int, int], set[int]],
) -> list[Cited]:
    """The story's summary, written from the articles read for text in its main language
    (not the copies that only repeat their original)."""
    articles, numbers, families = reading.articles, reading.numbers, reading.families
    language = Counter(a.language for a in articles if a.language).most_common(1)
    main_language = language[0][0] if language else None
    return summarise(
        [
            SourceText(a.id, numbers[a.id], families.get(a.id, a.id), a.text, a.id in spun)
            for a in articles
            if a.id not in derived
            and (main_language is None or a.language in (None, main_language))
        ],
        story.keywords,
        copies_of=copies_of,
        disputed=disputed_quotes(fact_records),
        withdrawn=withdrawn_figures(fact_records),
    )


def _cut_facts(view: StoryView, facts: list[FactRow]) -> None:
    """Cut the story's facts to fit a page: the key ones and every conflict up to
    ``MAX_CONFLICT_ROWS``, then up to ``MAX_MORE_FACTS`` folded, and a count of the rest
    (a story of thousands of articles has tens of thousands of facts)."""
    rest = facts[KEY_FACTS:]
    disputed = [f for f in rest if f.conflicts][:MAX_CONFLICT_ROWS]
    shown = {id(f) for f in disputed}
    others = [f for f in rest if id(f) not in shown]
    view.facts = facts[:KEY_FACTS] + disputed
    view.more_facts = others[:MAX_MORE_FACTS]
    view.facts_not_shown = len(others) - len(view.more_facts)


def _quotes(
    quotes: list[Quote], numbers: dict[str, int], derived: set[str], spun: set[str],
    copies_of: Callable[[str, int, int], set[int]],
) -> list[QuoteGroup]:
    """The quote groups of the page: the quotes of the articles read for text, and those
    of copies no article read here carries; a translation's quote linked to one shown is
    cited there instead."""
    read = [q for q in quotes if q.article_id in numbers and q.article_id not in derived]
    read_ids = {q.id for q in read}
    # A copy's quote that no article read here carries (the copy's source may lack it,
    # or the copy was wrongly judged one) is shown too: the section said "No quotes
    # extracted" while the key facts quoted one, and the demo hid a farmer's quote that
    # only an outlet's own paragraphs carry.
    unseen = [q for q in quotes if q.article_id in numbers and q.article_id in derived
              and q.article_id not in spun and not read_ids & set(q.linked_quote_ids)]
    # (not a spun copy's: its unlinked quotes are its source's, reworded past linking)
    # A translation's quote linked to one shown is cited there: its passages rarely cover
    # the quote in the original, and the translation went uncited.
    linked = [q for q in quotes if q.article_id in numbers and q.article_id in derived
              and q.article_id not in spun and read_ids & set(q.linked_quote_ids)]
    return quote_groups([*read, *unseen], numbers, copies_of, spun, cite_only=linked)


def _graph(
    sources: list[Source], oriented: list[Oriented],
    via: dict[str, str], sources_of: dict[str, set[str]],
) -> Graph:
    """The lineage graph: a node a source, an edge a reuse; two copies of one original
    get no arrow between them (``shared_source``)."""
    nodes = [
        NodeIn(s.id, s.number, f"[{s.number}] {s.site}", node_sublabel(s), s.spun)
        for s in sources
    ]
    edges = [
        EdgeIn(orig, copy, rel.type, rel.confidence, directed and (
            via.get(copy) == orig or not (
                sources_of.get(orig, set()) & sources_of.get(copy, set())
                or orig in sources_of.get(via.get(copy, ""), set()))))
        for rel, orig, copy, directed in oriented
    ]
    return layout(nodes, edges)


__all__ = [
    "StoryView",
    "story_view",
]
