"""A story's articles and their reuse, read from the store once: numbered, titled and
given their roles, with the copies to show side by side.

Every page that cites a story's articles reads them here, so an article has one number
and one role wherever it appears: the story page builds its sections on this reading,
the web app's article page takes its numbers, roles and side-by-side copies from it (it
had numbered its articles [1], [2] where the story page called them [8] and [7]), and
search the role of each hit.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

from copydesk.records import Article, Family, Relation, Story
from copydesk.report.diff import DiffView, diff_relation, shown_before
from copydesk.report.sources import (
    Source,
    cited,
    copied_through,
    orientation,
    role,
    sort_key,
)
from copydesk.store import Store

#: Articles read per story page; a bigger story is summarised from its first ones
#: (in publication order) and says so. Keeps a page under ~100 ms (bench/web_pages.py).
MAX_ARTICLES = 150

#: A relation as drawn: (relation, original side, copy side, direction known).
Oriented = tuple[Relation, str, str, bool]


@dataclass
class StoryReading:
    """A story's articles (the first ``MAX_ARTICLES`` by publication time), their numbers
    and roles, and the reuse between them."""

    story: Story
    articles: list[Article]
    #: Articles of the story no longer in the store, and articles past ``MAX_ARTICLES``.
    missing: int
    omitted: int
    numbers: dict[str, int]
    relations: dict[str, Relation]
    annotations: dict[str, dict[str, Any]]
    #: Article → its reuse family's id.
    families: dict[str, str]
    oriented: list[Oriented]
    incoming: dict[str, list[tuple[Relation, str, bool]]]
    #: Copy → the copy it took its text from (``sources.copied_through``).
    via: dict[str, str]
    sources: list[Source]

    @cached_property
    def texts(self) -> dict[str, str]:
        return {a.id: a.text for a in self.articles}

    @cached_property
    def sources_of(self) -> dict[str, set[str]]:
        """Copy → the articles it was copied from (relations of known direction)."""
        return {copy: {orig for _, orig, directed in rels if directed}
                for copy, rels in self.incoming.items()}

    def source(self, article_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == article_id), None)

    def shared_source(self, orig: str, copy: str) -> str | None:
        """The article both sides copy, when neither is the other's source: "[7] copied
        from [5]: translated" showed a spun English copy of a wire as a translation of
        its German one. Not when the copy took its text from the other (a farm's
        verbatim copy of another farm's spin)."""
        common = sorted(self.sources_of.get(orig, set()) & self.sources_of.get(copy, set()),
                        key=lambda i: self.numbers.get(i, 0))
        return common[0] if common and self.via.get(copy) != orig else None

    def side_by_side(self, rel: Relation, orig: str, copy: str) -> DiffView:
        return copy_view(rel, orig, self.texts, self.numbers, self.shared_source(orig, copy))

    def copies(self, limit: int) -> tuple[list[DiffView], int]:
        """The first ``limit`` relations side by side, most telling first (``shown_before``),
        and how many more there are."""
        ranked = sorted(self.oriented, key=lambda t: (
            shown_before(t[0].type, self.shared_source(t[1], t[2]) is not None),
            self.numbers[t[1]], self.numbers[t[2]], t[0].type))
        shown = [self.side_by_side(rel, orig, copy) for rel, orig, copy, _ in ranked[:limit]]
        return shown, max(0, len(ranked) - limit)


def read_story(store: Store, story: Story) -> StoryReading:
    """The reading of ``story`` (see ``StoryReading``)."""
    articles = [a for a in (store.get_article(i) for i in story.article_ids) if a is not None]
    missing = len(story.article_ids) - len(articles)
    articles.sort(key=sort_key)
    omitted = max(0, len(articles) - MAX_ARTICLES)
    articles = articles[:MAX_ARTICLES]
    numbers = {a.id: n for n, a in enumerate(articles, 1)}

    relations: dict[str, Relation] = {}
    families: dict[str, str] = {}
    annotations: dict[str, dict[str, Any]] = {}
    for a in articles:
        for rel in store.records_for("relations", a.id):
            if rel.a in numbers and rel.b in numbers:
                relations[rel.id] = rel
        annotations[a.id] = store.annotations(a.id)
        fid = annotations[a.id].get("family_id")
        if fid:
            families[a.id] = str(fid)
    roots = set()
    root_of: dict[str, str] = {}
    for fid in sorted(set(families.values())):
        fam = store.get_record("families", fid)
        if isinstance(fam, Family) and len(fam.article_ids) > 1:
            roots.add(fam.root)  # a lone article is its own family's root: no original
            root_of.update(dict.fromkeys(fam.article_ids, fam.root))

    incoming: dict[str, list[tuple[Relation, str, bool]]] = defaultdict(list)
    outgoing: set[str] = set()
    oriented: list[Oriented] = []
    for rel in sorted(relations.values(), key=lambda r: r.id):
        orig, copy, directed = orientation(rel, numbers)
        oriented.append((rel, orig, copy, directed))
        incoming[copy].append((rel, orig, directed))
        if directed:
            outgoing.add(orig)
        else:  # no side is the other's source: each "shares text with" the other
            incoming[orig].append((rel, copy, directed))

    via = copied_through(incoming)
    sources = [
        cited(a, numbers[a.id],
              role(a.id, incoming, roots, outgoing, numbers, root_of.get(a.id), via.get(a.id)),
              annotations.get(a.id, {}))
        for a in articles
    ]
    return StoryReading(story, articles, missing, omitted, numbers, relations, annotations,
                        families, oriented, incoming, via, sources)


def copy_view(rel: Relation, orig: str, texts: Mapping[str, str], numbers: Mapping[str, int],
              shared: str | None = None) -> DiffView:
    """A relation side by side, its original (or earlier side) left, its reason naming
    articles by their numbers; ``shared``: the source both sides copy (siblings)."""
    left_is_a = orig == rel.a
    left, right = (rel.a, rel.b) if left_is_a else (rel.b, rel.a)
    diff = diff_relation(rel, texts[left], texts[right], left_is_a)
    diff = replace(diff, reason=_numbered(diff.reason, numbers))
    if shared is not None:
        diff = replace(diff, directed=False, shared_source=shared)
    return diff


_ARTICLE_ID = re.compile(r"\b[0-9a-f]{16}\b")


def _numbered(reason: str, numbers: Mapping[str, int]) -> str:
    """A relation's reason with the story's article ids as the page numbers them ("no
    publication time for [3]"): a content-farm probe met a bare id there."""
    return _ARTICLE_ID.sub(
        lambda m: f"[{numbers[m.group()]}]" if m.group() in numbers else m.group(), reason)


__all__ = ["MAX_ARTICLES", "Oriented", "StoryReading", "copy_view", "read_story"]
