"""Facts step: per story, gather its articles' extracted records and reconcile them.

Reads stories, quantities, dates, quotes, entities and the articles' reuse
families (the ``family_id`` annotation, else the "families" records); writes
kind "facts" as the step's full result. When the extract step has not stored
quantities and dates (an older store, or facts run on their own), they are
computed here from the article text so facts still have numbers and dates.

Memory: one story at a time, and within it one article's text at a time (the
story's quotes are read first, since their groups span articles; claims keep only
the sentences they cite); facts are written every ``FACT_BATCH`` facts. What spans
the corpus is compact: the story ids, the article → family map, and the entity
mentions as integer arrays per article (entities are stored whole, not per
article, so they are read once up front).
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import datetime, time, timezone
from typing import Any

from copydesk.engines.steps.extract import (
    EXTRACTED,
    EXTRACTED_STATE,
    REPEATED_FROM_ORIGINAL,
    written_on,
)
from copydesk.engines.steps.stories import counting_families
from copydesk.extract.dates import UPDATE_DAY, find_dates
from copydesk.extract.quantities import find_quantities
from copydesk.facts import ArticleEvidence, EntityMention, facts_for_story
from copydesk.facts.claims import quote_groups
from copydesk.hosts import host_name
from copydesk.progress import Progress
from copydesk.records import (
    Article,
    DateRef,
    Entity,
    Fact,
    Family,
    Quantity,
    Quote,
    Relation,
    Story,
    content_id,
)
from copydesk.reuse.classify import is_spin
from copydesk.reuse.quoting import quoted_spans
from copydesk.store import Store
from copydesk.wording import counted

#: Languages whose quantities, dates and event statements the claim rules can read
#: (None: unknown, read as English).
ENGLISH = (None, "en")

#: Facts written per transaction (a few stories' worth).
FACT_BATCH = 1000


class MentionTable:
    """Entity mentions by article, as (start, end, entity number) triples in one
    integer array per article: about 24 bytes a mention instead of an object."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.names: list[tuple[str, str]] = []
        self.spans: dict[str, array[int]] = {}
        for e in entities:
            number = len(self.names)
            self.names.append((e.name, e.type))
            for m in e.mentions:
                row = self.spans.get(m.article_id)
                if row is None:
                    row = self.spans[m.article_id] = array("q")
                row.extend((m.start, m.end, number))

    def of(self, article_id: str) -> list[EntityMention]:
        """The article's mentions in text order (entity order, by id, among equal spans)."""
        row = self.spans.get(article_id)
        if row is None:
            return []
        out = [EntityMention(row[i], row[i + 1], *self.names[row[i + 2]])
               for i in range(0, len(row), 3)]
        return sorted(out, key=lambda m: (m.start, m.end))


def run(store: Store, progress: Progress) -> str:
    story_ids = [s.id for s in store.iter_records("stories")]
    if not story_ids:
        store.replace_records("facts", [])
        return "no stories in the store; no facts"
    store.drop_staged("facts")  # published at the end: readers never see half the facts
    extracted = store.load_state(EXTRACTED_STATE) == EXTRACTED
    have_quantities = extracted or store.count_records("quantities") > 0
    have_dates = extracted or store.count_records("dates") > 0
    mentions = MentionTable(store.iter_records("entities"))
    families = _family_records(store)
    # A roundup counts as the one family it reprints in its story (origins.py).
    story_of = {a: s.id for s in store.iter_records("stories") for a in s.article_ids}
    reprinting = {a: f for a, f in counting_families(store, families, story_of).items()
                  if families.get(a, a) != f}
    # A duplicate or translation reports what its original did, when the original did:
    # a wire copy republished a week later made the next day's toll look "alongside".
    originals = written_on(store, REPEATED_FROM_ORIGINAL, spun_own_date=False)
    spins = spun_from(store)
    refigured = figures_changed(store)
    quoting = quotations(store)
    n_facts = conflicted = updated = 0
    computed = False
    threads: dict[str, str | None] = {}  # story id → thread id, read once
    pending: list[Fact] = []
    for story_id in progress(story_ids, total=len(story_ids), desc="facts", unit="story"):
        story: Story | None = store.get_record("stories", story_id)
        if story is None:
            continue
        # The story's quotes first (their groups span articles), then one article at a time.
        quotes = {a: store.records_for("quotes", a) for a in story.article_ids}
        elsewhere = _linked_elsewhere(store, quotes, story.thread_id, threads)
        groups = quote_groups(q for qs in [*quotes.values(), *elsewhere.values()] for q in qs)
        evidence = _StoryEvidence(store, story, mentions, families, quotes,
                                  (have_quantities, have_dates), originals, spins, elsewhere,
                                  refigured, reprinting, quoting)
        pending.extend(facts_for_story(story.id, evidence, families, groups=groups))
        computed = computed or evidence.computed
        if len(pending) >= FACT_BATCH:
            n_facts += store.stage_records("facts", pending)
            disputed, changed = _tally(pending)
            conflicted, updated = conflicted + disputed, updated + changed
            pending = []
    n_facts += store.stage_records("facts", pending)
    store.publish_staged("facts")
    disputed, changed = _tally(pending)
    conflicted, updated = conflicted + disputed, updated + changed
    line = (f"{counted(n_facts, 'fact')} in {counted(len(story_ids), 'story', 'stories')}, "
            f"{conflicted} with conflicts")
    if updated:
        line += f", {updated} changed by later or earlier reports"
    if computed:
        line += " (quantities and dates computed here: the extract step has not run)"
    return line


class _StoryEvidence:
    """The evidence of a story's articles, read one article at a time (iterated once)."""

    def __init__(self, store: Store, story: Story, mentions: MentionTable,
                 families: dict[str, str], quotes: dict[str, list[Quote]],
                 have: tuple[bool, bool], originals: dict[str, tuple[datetime, str]],
                 spins: dict[str, tuple[tuple[str, frozenset[tuple[str, str]]], ...]],
                 elsewhere: dict[str, list[Quote]] | None = None,
                 changed: dict[str, tuple[tuple[str, str], ...]] | None = None,
                 reprinting: dict[str, str] | None = None,
                 quoting: dict[str, list[Relation]] | None = None) -> None:
        self.store, self.story, self.mentions, self.families = store, story, mentions, families
        self.quotes, self.have, self.originals, self.spins = quotes, have, originals, spins
        self.elsewhere, self.changed = elsewhere or {}, changed or {}
        self.reprinting = reprinting or {}
        self.quoting = quoting or {}
        self.computed = False

    def _read(self, article_id: str) -> Article | None:
        """The article, its reuse family noted (the annotation wins over the records)."""
        article = self.store.get_article(article_id)
        if article is not None:
            family = self.store.annotations(article_id).get("family_id")
            if family:
                self.families[article_id] = family
            if article_id in self.reprinting:  # a roundup: the family it reprints here
                self.families[article_id] = self.reprinting[article_id]
        return article

    def __iter__(self) -> Iterator[ArticleEvidence]:
        for article_id in self.story.article_ids:
            article = self._read(article_id)
            if article is None:
                continue
            self.computed = self.computed or not all(self.have)
            evidence = _evidence(self.store, article, self.mentions.of(article_id),
                                 self.quotes.pop(article_id, []), *self.have,
                                 self.originals.get(article_id), self.spins.get(article_id, ()))
            quoted = quoted_spans(self.quoting.get(article_id, ()), article_id, article.text,
                                  self.story.article_ids)
            yield replace(evidence, changed_figures=self.changed.get(article_id, ()),
                          quoted=tuple(quoted))
        for article_id, quotes in sorted(self.elsewhere.items()):
            article = self._read(article_id)
            if article is None:
                continue
            yield ArticleEvidence(
                article_id=article.id, text="", quotes=tuple(quotes),
                published=article.published, english=article.language in ENGLISH,
                site=article.site or host_name(article.url), outside=True)


def _linked_elsewhere(
    store: Store, quotes: dict[str, list[Quote]], thread_id: str,
    threads: dict[str, str | None],
) -> dict[str, list[Quote]]:
    """The quotes of other stories' articles linked to this story's (the same words, in a
    report the clusterer put elsewhere), by article: who else they are given to. Only of
    stories of the same thread (the same affair): a stock phrase two officials used at a
    ferry sinking and a mine collapse is no dispute (a regression probe)."""
    inside = {q.id for qs in quotes.values() for q in qs}
    wanted = sorted({i for qs in quotes.values() for q in qs for i in q.linked_quote_ids}
                    - inside)
    out: dict[str, list[Quote]] = {}
    for quote_id in wanted:
        found = store.get_record("quotes", quote_id)
        if not isinstance(found, Quote) or found.article_id in quotes:
            continue
        story_id = store.annotations(found.article_id).get("story_id")
        if isinstance(story_id, str) and story_id not in threads:
            other = store.get_record("stories", story_id)
            threads[story_id] = other.thread_id if isinstance(other, Story) else None
        if isinstance(story_id, str) and threads[story_id] == thread_id:
            out.setdefault(found.article_id, []).append(found)
    return out


def _evidence(
    store: Store,
    article: Article,
    mentions: list[EntityMention],
    quotes: list[Quote],
    have_quantities: bool,
    have_dates: bool,
    original: tuple[datetime, str] | None,
    spun_from: tuple[tuple[str, frozenset[tuple[str, str]]], ...],
) -> ArticleEvidence:
    """An article's evidence; ``original``: for a duplicate or a translation, its
    original's publication time and id (what it repeats was reported then)."""
    quantities: list[Quantity] = (
        store.records_for("quantities", article.id) if have_quantities
        else find_quantities(article.text, article.id, article.language)
    )
    dates: list[DateRef] = (
        store.records_for("dates", article.id) if have_dates
        else find_dates(article.text, article.id, article.published,
                        language=article.language)
    )
    english = article.language in ENGLISH
    if not english:
        # Counted nouns, names and event verbs are read with English rules: the claims
        # take only its quotes (linked across translations) and its sums of money.
        mentions = []
    return ArticleEvidence(
        article_id=article.id,
        text=article.text,
        quantities=tuple(quantities),
        dates=tuple(dates),
        quotes=tuple(quotes),
        mentions=tuple(mentions),
        year=article.published.year if article.published else None,
        published=_as_updated(article.published, dates),
        original=original,
        english=english,
        spun_from=spun_from,
        site=article.site or host_name(article.url),
    )


def _as_updated(published: datetime | None, dates: Iterable[DateRef]) -> datetime | None:
    """When an article's figures were given: the day of its own update note ("Updated 3
    March: the union now says about 1,500 …") when that is after its publication day. A
    monitoring probe's page, saved before and after its update under one date, disputed
    its own figure ("about 1,500 — conflict: about 1,200"); the later version is the
    outlet's update of its own figure, as a later report is."""
    if published is None:
        return None
    noted = [d.value for d in dates if d.value is not None and d.how.startswith(UPDATE_DAY)
             and d.value > published.date()]
    if not noted:
        return published
    return datetime.combine(max(noted), time(12), tzinfo=published.tzinfo or timezone.utc)


def figures_changed(store: Store) -> dict[str, tuple[tuple[str, str], ...]]:
    """Copy id → the (original's, copy's) figures its relations to its originals list as
    changed: "3,400 → 4,300" in a farm's spin of the wire. From the relation's own field
    (a store written before it had one gives the reason's listing, five at most:
    ``records.relation_of_an_older_store``)."""
    named = store.iter_record_field("relations", "original")
    fields = store.iter_record_field("relations", "changed_figures")
    out: dict[str, set[tuple[str, str]]] = {}
    for (a, b, original), (_a, _b, field) in zip(named, fields, strict=True):
        if original not in (a, b):
            continue
        pairs = [(str(x), str(y)) for x, y in _listed(field)]
        if pairs:
            out.setdefault(b if original == a else a, set()).update(pairs)
    return {copy: tuple(sorted(pairs)) for copy, pairs in out.items()}


def quotations(store: Store) -> dict[str, list[Relation]]:
    """Article id → its relations that say one side quotes the other with credit
    (``reuse.quoting``), whole: a few, found by their ``quoted_by``."""
    out: dict[str, list[Relation]] = {}
    for a, b, quoted_by in store.iter_record_field("relations", "quoted_by"):
        if quoted_by is not None:
            found = store.get_record("relations", content_id(a, b))
            if isinstance(found, Relation):
                out.setdefault(a, []).append(found)
                out.setdefault(b, []).append(found)
    return out


def spun_from(store: Store) -> dict[str, tuple[tuple[str, frozenset[tuple[str, str]]], ...]]:
    """Spun copy id → each original it was spun from (by id), with the spinner's swaps as
    (original word, copy word) in lower case."""
    types = store.iter_record_field("relations", "type")
    named = store.iter_record_field("relations", "original")
    swapped = store.iter_record_field("relations", "substitutions")
    spun_parts = store.iter_record_field("relations", "spun_part")
    shared = store.iter_record_field("relations", "shared_source")
    out: dict[str, list[tuple[str, frozenset[tuple[str, str]]]]] = {}
    siblings: list[tuple[str, str, list[Any]]] = []
    for (a, b, kind), (_a, _b, original), (_x, _y, subs), (_p, _q, spun_part), \
            (_r, _s, shared_source) in zip(types, named, swapped, spun_parts, shared,
                                           strict=True):
        # A spun part is read back too (a farm's spin of half a rescue report counted
        # "trekkers" for "hikers"), not a partial copy whose few swaps are an editor's
        # ("12 workers" made "12 residents" is a disagreement: a regression probe).
        if not is_spin(kind, bool(spun_part)):
            continue
        pairs = _listed(subs)
        if original in (a, b):
            out.setdefault(b if original == a else a, []).append((original, _lowered(pairs)))
        elif shared_source is not None:
            siblings.append((a, b, pairs))
    # A spin and another copy of its source (``reuse.lineage.undirected``: neither is the
    # other's source): the other copy carries the source's words, so it reads the spin's
    # counts back as the source does; its swaps are stored from A to B.
    for a, b, pairs in siblings:
        if (a in out) != (b in out):
            copy, other = (a, b) if a in out else (b, a)
            swaps = pairs if copy == b else [(y, x) for x, y in pairs]
            out[copy].append((other, _lowered(swaps)))
    return {copy: tuple(sorted(found)) for copy, found in out.items()}


def _listed(field: Any) -> list[Any]:
    """A list field as ``Store.iter_record_field`` gives it: JSON text (SQLite), or the
    record's tuple."""
    return list(json.loads(field) if isinstance(field, str) else (field or ()))


def _lowered(pairs: Iterable[Any]) -> frozenset[tuple[str, str]]:
    return frozenset((str(x).lower(), str(y).lower()) for x, y in pairs)


#: How a conflict's other side was ``reported`` when it is a change, not a dispute.
CHANGED = ("later", "earlier", "corrected", "withdrawn")


def _tally(facts: list[Fact]) -> tuple[int, int]:
    """Facts some source disputes at the same time, and facts only later or earlier
    reports changed (a toll that rose)."""
    disputed = changed = 0
    for fact in facts:
        if any(c.get("reported") not in CHANGED for c in fact.conflicts):
            disputed += 1
        elif fact.conflicts:
            changed += 1
    return disputed, changed


def _family_records(store: Store) -> dict[str, str]:
    """Article id → family id from the "families" records; the ``family_id`` annotation,
    read per article in ``run``, takes precedence."""
    out: dict[str, str] = {}
    for fam in store.iter_records("families"):
        family: Family = fam
        for article_id in family.article_ids:
            out[article_id] = family.id
    return out
