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

from copydesk.hosts import site_key


def origin(article_id: str, families: Mapping[str, str], sites: Mapping[str, str | None]) -> str:
    """The key of the article's origin. A family's id is its original's id; when the
    original's site is unknown (or the original is not among ``sites``), the family."""
    root = families.get(article_id, article_id)
    site = site_key(sites.get(root))
    return "site:" + site if site else "family:" + root


def independent_sources(
    article_ids: Iterable[str], families: Mapping[str, str], sites: Mapping[str, str | None]
) -> int:
    """The number of distinct origins of the articles."""
    return len({origin(a, families, sites) for a in article_ids})


def reprinting_families(
    reprints: Mapping[str, Iterable[str]],
    families: Mapping[str, str],
    story_of: Mapping[str, str | None],
) -> dict[str, str]:
    """Roundup id → the family it counts as: a roundup (an article reprinting parts of
    two or more groups of copies, ``reuse.lineage.find_roundups``) joins no family, so
    it was a source of its own for what it reprints; a spun evening roundup, which
    reprints one story of the ferry fire among two others, had made the ferry's facts
    one independent source more (a regression probe). Within its story it is the one
    family it reprints there, when it reprints one; its own reporting beside two of the
    story's families (a live blog quoting the wire and a local paper) stays its own.
    ``reprints``: roundup id → the articles it copies from; ``story_of``: article id →
    story id."""
    out: dict[str, str] = {}
    for roundup, sources in sorted(reprints.items()):
        story = story_of.get(roundup)
        if story is None:
            continue
        here = {families.get(x, x) for x in sources if story_of.get(x) == story}
        if len(here) == 1:
            out[roundup] = here.pop()
    return out
