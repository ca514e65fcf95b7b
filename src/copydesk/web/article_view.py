"""What an article's page shows of its reuse: the articles it shares text with, numbered
and cast as its story's page numbers and casts them, and their copies side by side.

The page had numbered its articles [1], [2] in the order it met them, where the story
page called them [8] and [7], and opened a partial match with another copy of the same
wire rather than the article's link to its original. Articles of the story take its
reading (``report.reading``); an article outside it (another story's, or one past the
articles a story page reads) is numbered after them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from copydesk.records import Article, Relation, Story
from copydesk.report.diff import DiffView, shown_before
from copydesk.report.reading import StoryReading, copy_view, read_story
from copydesk.report.sources import Source, cited, sort_key
from copydesk.store import Store


@dataclass
class ArticleView:
    """``source`` lets the page reuse the story page's diff view."""

    sources: list[Source]
    diffs: list[DiffView]

    def source(self, article_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == article_id), None)


def article_view(store: Store, article: Article, story: Story | None) -> ArticleView:
    """The article's relations side by side, its link to its own source first."""
    reading = read_story(store, story) if story is not None else None
    rels = sorted(store.records_for("relations", article.id), key=lambda r: r.id)
    entries = {article.id: article}
    for r in rels:
        other = r.b if r.a == article.id else r.a
        found = _article(store, reading, other)
        if found is not None:
            entries[other] = found
    shared = {r.id: _shared(store, reading, r) for r in rels
              if r.a in entries and r.b in entries}
    for source_id in sorted(filter(None, shared.values())):
        found = _article(store, reading, source_id)
        if found is not None:
            entries.setdefault(source_id, found)

    numbers = dict(reading.numbers) if reading else {}
    for a in sorted((a for i, a in entries.items() if i not in numbers), key=sort_key):
        numbers[a.id] = len(numbers) + 1
    texts = {i: a.text for i, a in entries.items()}
    diffs = [copy_view(r, _original(r, entries), texts, numbers, shared[r.id])
             for r in rels if r.id in shared]

    def order(d: DiffView) -> tuple[bool, bool, int, int]:
        siblings, rank = shown_before(d.type, d.shared_source is not None)
        own_source = d.directed and d.right_id == article.id
        other = d.left_id if d.right_id == article.id else d.right_id
        return siblings, not own_source, rank, numbers[other]

    sources = sorted((_cited(reading, a, numbers[i], i == article.id)
                      for i, a in entries.items()), key=lambda s: s.number)
    return ArticleView(sources, sorted(diffs, key=order))


def _article(store: Store, reading: StoryReading | None, article_id: str) -> Article | None:
    if reading is not None and article_id in reading.numbers:
        return reading.articles[reading.numbers[article_id] - 1]
    return store.get_article(article_id)


def _original(rel: Relation, entries: dict[str, Article]) -> str:
    """The side shown left: the original, or the earlier article when no side is known
    to be (as on the story page)."""
    return rel.original or min((rel.a, rel.b), key=lambda i: sort_key(entries[i]))


def _shared(store: Store, reading: StoryReading | None, rel: Relation) -> str | None:
    """The source both sides copy, if neither is the other's: as the story page reads it
    when both are on its page, else from the store."""
    if reading is not None and rel.id in reading.relations:
        orig, copy = next((o, c) for r, o, c, _ in reading.oriented if r.id == rel.id)
        return reading.shared_source(orig, copy)
    if not rel.original:
        return None
    copy = rel.b if rel.original == rel.a else rel.a

    def sources_of(aid: str) -> set[str]:
        return {r.original for r in store.records_for("relations", aid)
                if r.original and r.original != aid}

    common = sources_of(rel.original) & sources_of(copy)
    return min(common) if common else None


def _cited(reading: StoryReading | None, article: Article, number: int, this: bool) -> Source:
    found = reading.source(article.id) if reading is not None else None
    source = found or cited(article, number, "")
    if this:
        return replace(source, role=" · ".join(filter(None, ("this article", source.role))))
    return source


__all__ = ["ArticleView", "article_view"]
