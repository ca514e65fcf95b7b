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
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from copydesk.records import DateRef, Quote, Story
from copydesk.report.cites import CopyCheck
from copydesk.report.diff import DiffView, featured
from copydesk.report.fact_rows import FactRow, disputed_quotes, fact_rows, withdrawn_figures
from copydesk.report.lineage import EdgeIn, Graph, NodeIn, layout
from copydesk.report.quote_groups import QuoteGroup, quote_groups
from copydesk.report.reading import read_story
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
    if isinstance(story_or_id, str):
        found = store.get_record("stories", story_or_id)
        if not isinstance(found, Story):
            return None
        story = found
    else:
        story = story_or_id
    reading = read_story(store, story)
    articles, numbers, texts = reading.articles, reading.numbers, reading.texts
    oriented, sources, via, families = (
        reading.oriented, reading.sources, reading.via, reading.families)
    quotes: list[Quote] = []
    dates: list[DateRef] = []
    for a in articles:
        quotes.extend(store.records_for("quotes", a.id))
        dates.extend(store.records_for("dates", a.id))

    view = StoryView(story=story, sources=sources, relations=len(reading.relations),
                     articles_missing=reading.missing, articles_omitted=reading.omitted,
                     latest=None if reading.omitted else latest(sources))
    # Copies that only repeat their original are not read for text (their sentences
    # would come back reworded); they are cited wherever their passages cover it.
    coverage: dict[str, list[tuple[int, int, str, bool]]] = defaultdict(list)
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
    check = CopyCheck(texts, {a.id: a.language for a in articles})

    def copies_of(article_id: str, start: int, end: int) -> set[int]:
        return {numbers[c] for s, e, c, coarse in coverage.get(article_id, ())
                if s < end and start < e and (
                    check.carries(article_id, start, end, c, SPUN_SHARE, aligned=True)
                    if not coarse else (
                        min(e, end) - max(s, start) >= HALF * (end - start)
                        and check.carries(article_id, start, end, c)))}

    language = Counter(a.language for a in articles if a.language).most_common(1)
    main_language = language[0][0] if language else None
    sources_of = reading.sources_of
    spun = spun_articles(sources, oriented, sources_of)
    fact_records = store.records_for("facts", story.id)
    view.summary = summarise(
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
    facts = fact_rows(fact_records, numbers, spun)
    rest = facts[KEY_FACTS:]
    disputed = [f for f in rest if f.conflicts][:MAX_CONFLICT_ROWS]
    shown = {id(f) for f in disputed}
    others = [f for f in rest if id(f) not in shown]
    view.facts = facts[:KEY_FACTS] + disputed
    view.more_facts = others[:MAX_MORE_FACTS]
    view.facts_not_shown = len(others) - len(view.more_facts)
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
    view.quotes = quote_groups([*read, *unseen], numbers, copies_of, spun, cite_only=linked)

    nodes = [
        NodeIn(s.id, s.number, f"[{s.number}] {s.site}", node_sublabel(s), s.spun)
        for s in sources
    ]
    edges = [  # two copies of one original: no arrow between them (``shared_source``)
        EdgeIn(orig, copy, rel.type, rel.confidence, directed and (
            via.get(copy) == orig or not (
                sources_of.get(orig, set()) & sources_of.get(copy, set())
                or orig in sources_of.get(via.get(copy, ""), set()))))
        for rel, orig, copy, directed in oriented
    ]
    view.graph = layout(nodes, edges)
    view.diffs, view.diffs_omitted = reading.copies(MAX_DIFFS)
    shown_open = featured(view.diffs)
    view.featured_diff = shown_open.relation_id if shown_open else None
    return view


__all__ = [
    "StoryView",
    "story_view",
]
