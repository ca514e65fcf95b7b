"""The families of articles that reuse each other, and two copies of one source.

Families are the connected components of the relation graph, except through a
**roundup**: an article that reprints parts of two or more groups of copies that reuse
nothing of each other (an evening roundup of wire stories, a live blog quoting the wire
and a local paper). Its relations are kept, but it joins none of the families it quotes:
through it, a flood report and a strike report became one family, and a local paper's
own report became a copy of the wire, so a story's independent sources fell from 2 to
1. The roundup is a family of its own (the sentences it reprints then count once more as
a source: the smaller error). Nor through a **credited quotation** (``quoting``): a
paper's own report around one quoted passage of the wire is its own source. The root is
the member
that is never a copy (ties: earliest published, then most relations, then smallest id).
A family's id is its root article's id, so an article alone is a family whose id is its
own (content-based) id.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timezone

from copydesk.records import Article, Family, Relation
from copydesk.reuse.copy_chains import Lookup, copied_the_copy, identity
from copydesk.reuse.copy_direction import date_only
from copydesk.reuse.quoting import quoted_with_credit
from copydesk.unionfind import UnionFind

#: Relation types whose two sides carry one text (a roundup's quotes are partial copies;
#: a summary or a model's rewrite retells all of one article and nothing else).
SAME_TEXT = frozenset({"duplicate", "spun", "translated", "rewritten"})


def build_families(relations: Sequence[Relation], articles: Sequence[Article]) -> list[Family]:
    """Connected components of the relations (not through a roundup), each with its root;
    singletons included."""
    by_id = {a.id: a for a in articles}
    index = {article_id: i for i, article_id in enumerate(by_id)}
    families = UnionFind(len(index))
    copies: set[str] = set()
    degree: dict[str, int] = defaultdict(int)
    known = [r for r in relations if r.a in by_id and r.b in by_id]
    roundups = find_roundups((r.a, r.b, r.type, r.original) for r in known)
    for r in known:
        degree[r.a] += 1
        degree[r.b] += 1
        if r.original is not None:
            copies.add(r.b if r.original == r.a else r.a)
        if (r.type in SAME_TEXT or not {r.a, r.b} & roundups) and not quoted_with_credit(r):
            families.join(index[r.a], index[r.b])
    members: dict[int, list[str]] = defaultdict(list)
    for article_id, i in index.items():
        members[families.find(i)].append(article_id)
    out = []
    for ids in members.values():
        root = min(ids, key=lambda i: _root_rank(by_id[i], i in copies, degree[i]))
        out.append(Family(id=root, root=root, article_ids=tuple(sorted(ids))))
    return sorted(out, key=lambda f: f.id)


def siblings_undirected(relations: Sequence[Relation]) -> list[Relation]:
    """``relations`` with no direction between two copies of one source
    (``sibling_sources``)."""
    shared = sibling_sources(relations, identity)
    return [undirected(r, shared[r.id]) if r.id in shared else r for r in relations]


def sibling_sources(relations: Sequence[Relation], whole: Lookup | None = None) -> dict[str, str]:
    """Relation id → the source both its sides copy, for the directed relations that
    should have none. A media researcher's probe found 27 of 49 exported relations
    naming an original where neither side had copied the other (a farm's copy of the
    wire "copied" another farm's copy of the wire, because it came out later), so a
    network drawn from the export had more false edges than true ones. When both sides
    of a directed relation are copies of a third article, "published first" says nothing
    about who copied whom. Not when the later side is a verbatim copy of the earlier and
    both are the same kind of copy of the source: a farm's duplicate of another farm's
    spin carries that spin's swaps, so it copied the spin. The report reads the same
    ("both copy [1]"; ``report.sources.copied_through``). Nor when the three relations
    show that the later copied the earlier (``copy_chains``: a spin of a spin, a
    back-translation of a translation); ``whole`` gives a relation's whole record (its
    reason and substitutions), which that needs: without it, the rule is not applied."""
    sources: dict[str, dict[str, Relation]] = {}  # copy → its originals' relations
    for r in relations:
        if r.original is not None:
            sources.setdefault(r.b if r.original == r.a else r.a, {})[r.original] = r
    out = {}
    for r in relations:
        if r.original is None:
            continue
        earlier, later = r.original, r.b if r.original == r.a else r.a
        mine, theirs = sources.get(earlier, {}), sources.get(later, {})
        # the source that copies nothing first: "both copy" names the wire, not a reprint
        common = sorted((mine.keys() & theirs.keys()) - {r.a, r.b},
                        key=lambda c: (c in sources, c))
        if common and not (r.type == "duplicate" and any(
                _took_its_text(r, mine[c], theirs[c]) for c in common)) \
                and not (whole is not None and _copied_the_copy(r, mine, theirs, common, whole)):
            out[r.id] = common[0]
    return out


def _copied_the_copy(r: Relation, mine: dict[str, Relation], theirs: dict[str, Relation],
                     common: Sequence[str], whole: Lookup) -> bool:
    """Whether, for a source both sides of ``r`` copy, the later side copied the earlier
    (``copy_chains.copied_the_copy``)."""
    pair = whole(r)
    others = [whole(x) for x in theirs.values()]
    return any(copied_the_copy(pair, whole(mine[c]), whole(theirs[c]), others)
               for c in common)


def _took_its_text(pair: Relation, earlier: Relation, later: Relation) -> bool:
    """Whether the later of two copies of one source, a duplicate of the earlier, took
    the earlier's text rather than the source's: both are the same kind of copy of it
    (spun, partial: a farm's duplicate of another farm's spin carries its swaps), or the
    pair is as close as the nearer of them is to the source and closer than the farther
    (a reprint that keeps another reprint's typos, "its its members", copied that
    reprint: a regression probe)."""
    if earlier.type == later.type != "duplicate":
        return True
    # at least as close as the nearer of them is to the source, and closer than the
    # farther: a reprint that keeps another's typo and adds one of its own (a second
    # regression probe) copied it; two exact reprints of the wire are alike all round
    return pair.confidence >= max(earlier.confidence, later.confidence) \
        and pair.confidence > min(earlier.confidence, later.confidence)


def undirected(r: Relation, source: str) -> Relation:
    """``r`` with no original, its reason saying why (both sides copy ``source``), and its
    substitutions and changed figures read from A to B, as a relation of unknown
    direction's are."""
    said, _, why = r.reason.partition(". Direction: ")
    found = why[why.find(". Found by "):] if ". Found by " in why else "."
    subs = r.substitutions if r.original != r.b else tuple((y, x) for x, y in r.substitutions)
    figures = r.changed_figures if r.original != r.b else tuple(
        (y, x) for x, y in r.changed_figures)
    return replace(r, original=None, substitutions=subs, changed_figures=figures,
                   shared_source=source, reason=(
        f"{said}. Direction: neither is the other's source: both copy {source}{found}"))


def find_roundups(relations: Iterable[tuple[str, str, str, str | None]]) -> set[str]:
    """Articles that reprint parts of two or more groups of copies that reuse nothing of
    each other, from (a, b, type, original) relations. Only the copying side quotes: a
    partial relation counts for the side that is not its original, and one with no known
    original counts for neither (an original that two papers each reprinted a different
    part of was taken for a roundup, and its copies for independent sources). Four local
    papers that each reprint parts of one wire story quote the wire and each other: one
    group, no roundup."""
    rels = list(relations)
    index = {x: i for i, x in enumerate(sorted({x for a, b, _k, _o in rels for x in (a, b)}))}
    texts = UnionFind(len(index))
    quoted: dict[str, set[str]] = defaultdict(set)
    related: set[tuple[str, str]] = set()
    for a, b, kind, original in rels:
        related.update(((a, b), (b, a)))
        if kind in SAME_TEXT:
            texts.join(index[a], index[b])
        elif original in (a, b):
            copy = b if original == a else a
            quoted[copy].add(original)
    found = set()
    for article, sources in quoted.items():
        own = texts.find(index[article])
        others = sorted(p for p in sources if texts.find(index[p]) != own)
        groups = UnionFind(len(others))
        for i, p in enumerate(others):
            for j in range(i + 1, len(others)):
                q = others[j]
                if texts.find(index[p]) == texts.find(index[q]) or (p, q) in related:
                    groups.join(i, j)
        if len({groups.find(i) for i in range(len(others))}) > 1:
            found.add(article)
    return found


def roundup_sources(
    relations: Iterable[tuple[str, str, str, str | None]]
) -> dict[str, set[str]]:
    """Roundup id → the articles it copies from (``find_roundups``), from (a, b, type,
    original) relations."""
    rels = list(relations)
    roundups = find_roundups(rels)
    out: dict[str, set[str]] = {}
    for a, b, _kind, original in rels:
        for roundup, other in ((a, b), (b, a)):
            if roundup in roundups and original == other:
                out.setdefault(roundup, set()).add(other)
    return out


def _root_rank(article: Article, is_copy: bool, degree: int) -> tuple[object, ...]:
    """Never a copy first, then earliest. A bare date ranks after the times of its
    (UTC) day, not at its midnight: a republication dated "8 May" is not earlier than
    the wire of 07:00 that day."""
    t = article.published
    if t is None:
        return (is_copy, 1, date.max, True, 0.0, -degree, article.id)
    day = t.astimezone(timezone.utc).date()
    return (is_copy, 0, day, date_only(article), t.timestamp(), -degree, article.id)
