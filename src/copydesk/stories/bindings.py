"""Which articles reuse binds into one story, whatever their text says.

The clusterer sends a family's copies to the family's story without scoring them. When a
family was every connected component of relations, one article that reprints paragraphs
of several wire stories (an evening roundup) joined their families, and the roundup made
the dock strike, the flood and the takeover one story, titled by the strike, with one
independent source. Roundups now join no family (``reuse.lineage.find_roundups``), and
copies bind as their relations say:

* duplicates, spun copies and translations of one text always bind (the issue's rule:
  copies of one family land in one story);
* a partial copy binds to its source unless it reprints parts of two or more such
  groups that reuse nothing of each other: then it is a roundup, scored on its own
  words like any article, and the groups it quotes stay apart.

The binding id is the family id when a family binds whole (so states saved by earlier
runs keep their meaning), else the family id and the group's smallest article id.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from urllib.parse import urlsplit

from copydesk.reuse.lineage import SAME_TEXT, find_roundups
from copydesk.unionfind import UnionFind


def relation_edges(
    types: Iterable[tuple[str, str, str]], originals: Iterable[tuple[str, str, str | None]]
) -> Iterator[tuple[str, str, str, str | None]]:
    """(a, b, type, original) of each relation, from a store's two field listings (both
    sorted by relation id: ``Store.iter_record_field``)."""
    for (a, b, kind), (_a, _b, original) in zip(types, originals, strict=True):
        yield a, b, kind, original


def story_bindings(
    relations: Iterable[tuple[str, str, str, str | None]], families: Mapping[str, str],
    pages: Iterable[tuple[str, str]] = (),
) -> dict[str, str]:
    """Article id → binding id for articles bound to others, from (a, b, type, original)
    relations, the reuse families (article id → family id) and pairs of articles that are
    one page's texts (``same_page_pairs``)."""
    rels = sorted(set(relations), key=lambda r: (r[0], r[1], r[2], r[3] or ""))
    same_page = sorted(set(pages))
    ids = sorted({x for a, b, _kind, _original in rels for x in (a, b)}
                 | {x for pair in same_page for x in pair})
    index = {article_id: i for i, article_id in enumerate(ids)}
    roundups = find_roundups(rels)
    bound = UnionFind(len(ids))
    for a, b, kind, _original in rels:
        if kind in SAME_TEXT or not ({a, b} & roundups):
            bound.join(index[a], index[b])
    for a, b in same_page:
        bound.join(index[a], index[b])
    groups: dict[int, list[str]] = defaultdict(list)
    for article_id in ids:
        groups[bound.find(index[article_id])].append(article_id)
    family_size = Counter(families.values())
    out: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        family = families.get(members[0], members[0])
        whole = family_size.get(family, 0) == len(members) and all(
            families.get(m, m) == family for m in members)
        binding = family if whole else f"{family}/{members[0]}"
        out.update(dict.fromkeys(members, binding))
    return out


def page_key(url: str | None) -> str | None:
    """A page's address as two copies of it give it: no scheme, "www.", fragment, tracking
    parameters or trailing slash; None for a site's front page, which many articles'
    records name (a scraper's "url" of the home page it found them on)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").removeprefix("www.")
    query = "&".join(sorted(q for q in parts.query.split("&")
                            if q and not q.lower().startswith(_TRACKING)))
    path = parts.path.rstrip("/")
    if not host or (not path and not query):
        return None
    return f"{host}{path}" + (f"?{query}" if query else "")


#: Query parameters of a link's campaign, not of its page.
_TRACKING = ("utm_", "fbclid", "gclid", "mc_", "ref=", "cmpid")


def same_page_pairs(pages: Iterable[tuple[str, str | None]]) -> list[tuple[str, str]]:
    """(first id, other id) for articles whose page keys are equal, from (id, page key):
    a feed's one-line summary of a page and the page itself are one article's two texts,
    and had been two stories, one of them the summary's alone (an OSINT probe's tram vote
    showed twice in the story list, under one title)."""
    by_page: dict[str, list[str]] = defaultdict(list)
    for article_id, page in pages:
        if page:
            by_page[page].append(article_id)
    return [(ids[0], other) for ids in map(sorted, by_page.values()) for other in ids[1:]]


__all__ = ["SAME_TEXT", "page_key", "relation_edges", "same_page_pairs", "story_bindings"]
