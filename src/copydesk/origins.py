"""Independent sources: how many origins a set of articles has, not how many pages.

An article's origin is the outlet that first wrote its text: for a copy, the site of
its reuse family's original (fifty copies of a wire story say it once); for an article
no one copied, its own site (an outlet's hourly updates of its own report are one
voice). Sites do not join families: an aggregator that reprints both the wire and a
local paper's own report does not make them one source. Stories and facts count alike,
so a story's independent sources and its facts' agree about the same articles.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def origin(article_id: str, families: Mapping[str, str], sites: Mapping[str, str | None]) -> str:
    """The key of the article's origin. A family's id is its original's id; when the
    original's site is unknown (or the original is not among ``sites``), the family."""
    root = families.get(article_id, article_id)
    site = sites.get(root)
    return "site:" + site if site else "family:" + root


def independent_sources(
    article_ids: Iterable[str], families: Mapping[str, str], sites: Mapping[str, str | None]
) -> int:
    """The number of distinct origins of the articles."""
    return len({origin(a, families, sites) for a in article_ids})
