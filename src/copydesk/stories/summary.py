"""Story records: title, keywords, time span, article, source and independent-source counts.

``sources`` counts distinct sites, each under any of its forms (``hosts.site_key``: a
page's name and its host are one site); an article whose site is unknown counts as its own.
``independent_sources`` counts origins, not pages: articles of one reuse family are one
origin, and so are articles of one site; the count is the number of groups left when
articles sharing a family or a site are joined (an outlet that copies the wire and the
wire itself are one source; two outlets reporting on their own are two).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from copydesk.clock import assume_utc
from copydesk.hosts import host_name, site_key
from copydesk.origins import independent_sources as count_origins
from copydesk.records import Article, Story
from copydesk.stories.bindings import page_key
from copydesk.stories.cluster import StoryState
from copydesk.titles import shown_title


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """What a story record needs of one article (the text is not kept)."""

    id: str
    title: str
    site: str | None
    published: datetime | None
    #: The page's address, normalised (``bindings.page_key``): a feed's summary of a page
    #: and the page itself are one article's two texts.
    page: str | None = None


def article_meta(article: Article, published: datetime | None = None) -> ArticleMeta:
    """Title as the pages show it (``titles.shown_title``), site (or the URL's host) and
    publication time of an article (``published`` when given: the time the clusterer
    used, perhaps inferred)."""
    site = article.site
    if not site:
        site = host_name(article.url)
    published = assume_utc(published or article.published)
    return ArticleMeta(article.id, shown_title(article.title, article.text), site, published,
                       page_key(article.url))


def independent_sources(metas: Iterable[ArticleMeta], families: Mapping[str, str]) -> int:
    """Groups left after joining articles that share a reuse family or a site."""
    group = list(metas)
    return count_origins([m.id for m in group], families, {m.id: m.site for m in group})


def build_stories(
    states: Iterable[StoryState],
    members: Mapping[str, list[str]],
    threads: Mapping[str, str],
    metas: Mapping[str, ArticleMeta],
    families: Mapping[str, str],
) -> list[Story]:
    """One Story per state with members; ``members`` lists each story's article ids in
    the order they joined, ``metas`` describes every article."""
    out: list[Story] = []
    for state in states:
        ids = [i for i in members.get(state.id, []) if i in metas]
        if not ids:
            continue
        group = [metas[i] for i in ids]
        times = [m.published for m in group if m.published is not None]
        central = metas.get(state.best_article) or group[0]
        # The most central member is often a near-identical copy, whose headline carries
        # its outlet ("… - Morning Wire", "… (wire)"): the text's original names it.
        root = families.get(central.id)
        if root is not None and root != central.id and root in ids and metas[root].title:
            central = metas[root]
        out.append(
            Story(
                id=state.id,
                title=central.title,
                thread_id=threads.get(state.id, state.id),
                article_ids=tuple(sorted(ids)),
                first_seen=min(times) if times else None,
                last_seen=max(times) if times else None,
                articles=len(ids),
                sources=len({site_key(m.site) for m in group if m.site})
                + sum(1 for m in group if not m.site),
                independent_sources=independent_sources(group, families),
                keywords=tuple(state.keywords),
            )
        )
    return sorted(out, key=lambda s: s.id)
