"""Reuse over Spark: the reuse stage's own functions, with the candidate search as a join.

Local: ``find_reuse`` files every article's fingerprints in one ``ReuseIndex`` and
pairs the articles of each key. Here the same keys are exploded into rows
(kind, key, article), grouped by key (the join), and each key's group emits its
pairs, exactly as ``ReuseIndex.select`` does: all pairs of a key held by 2 to
``max_postings`` articles; for a key held by more, up to ``MAX_LINKED_POSTINGS``,
only the pairs with its ``HUBS`` first articles by (publication time, id). Pair counts per kind are
summed, both articles' key counts are joined on, the same rule picks the
candidates (``candidate_choice.qualifies``: ``min_shared``, near copies for hub keys), the
same per-article cap (``max_candidates``, scored by ``candidate_choice.pair_score``, clones
told by ``index.signature``) keeps each article's best, both texts are joined onto each
candidate, and the executors call the stage's ``compare`` — the alignment and
classification function the local engine calls.

Families are connected components computed on the driver from the collected
edge list (the relations: a few per article, far smaller than the texts) with the
stage's own ``build_families``, which needs only ids and publication dates; so
families and roots are the local engine's. Spin scores are per article and run
on the executors.
"""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from copydesk.engines.steps.reuse import LEXICAL, LEXICAL_METHOD, index_basis
from copydesk.methods import record_method
from copydesk.progress import Progress
from copydesk.records import Article, Relation
from copydesk.store import Store
from copydesk.wording import counted

#: Name under which the local reuse step keeps its index (``steps/reuse.py``).
STATE = "reuse-index"
#: Articles of a partition fingerprinted together (as the local reuse step reads them).
FINGERPRINT_BATCH = 1_000


def available() -> bool:
    try:
        from copydesk.reuse import ReuseIndex, build_families, compare  # noqa: F401
        from copydesk.reuse.fingerprints import KINDS, fingerprint  # noqa: F401
    except ImportError:
        return False
    return True


#: One article as the candidate search ranks it: (publication time in POSIX seconds,
#: inf when unknown; id), the order ``ReuseIndex`` breaks ties in (``index._rank``).
Seniority = tuple[float, str]


def fingerprint_of(
    items: Iterable[tuple[Any, Article]],
) -> Iterator[tuple[Any, Seniority, Any]]:
    """(order, (time, id), fingerprints) of a partition's articles: the keys
    ``find_reuse`` files (no embedding model), ``FINGERPRINT_BATCH`` articles at a time
    as the local engine computes them (one article at a time, numpy's per-call overhead
    is most of the cost)."""
    from copydesk.reuse.fingerprints import fingerprint_batch
    from copydesk.reuse.index import published_seconds

    it = iter(items)
    while chunk := list(islice(it, FINGERPRINT_BATCH)):
        prints = fingerprint_batch([(art.text, art.language) for _order, art in chunk])
        for (order, art), fp in zip(chunk, prints, strict=True):
            yield order, (published_seconds(art.published), art.id), fp


def key_rows(
    prints: Iterable[tuple[Any, Seniority, Any]],
) -> Iterator[tuple[tuple[int, int], Seniority]]:
    """((kind number, key), (time, id)) for every fingerprint key of every article."""
    from copydesk.reuse.fingerprints import KINDS

    for _order, seniority, fp in prints:
        for k, kind in enumerate(KINDS):
            for key in fp.of(kind).tolist():
                yield (k, int(key)), seniority


def key_pairs(
    item: tuple[tuple[int, int], Iterable[Seniority]], max_postings: int
) -> Iterator[tuple[tuple[str, str], tuple[int, ...]]]:
    """The pairs (a < b by id) one key makes, each with a one-hot count of the key's
    kind (columns ``len(KINDS)`` on for a key that pairs through hubs, as
    ``ReuseIndex.select``: the hubs are the first articles by time, then id)."""
    from copydesk.reuse.fingerprints import KINDS
    from copydesk.reuse.index import HUBS, MAX_LINKED_POSTINGS

    (kind, _key), members = item
    group = [article_id for _when, article_id in sorted(set(members))]
    if not 2 <= len(group) <= MAX_LINKED_POSTINGS:
        return
    hubs = group if len(group) <= max_postings else group[:HUBS]
    column = kind if len(group) <= max_postings else kind + len(KINDS)
    one = tuple(1 if k == column else 0 for k in range(2 * len(KINDS)))
    for i, a in enumerate(hubs):
        for b in group[i + 1 :]:
            yield (a, b) if a < b else (b, a), one


def is_candidate(
    counts: tuple[int, ...],
    sizes_a: tuple[int, ...],
    sizes_b: tuple[int, ...],
    min_shared: dict[str, int],
) -> tuple[int, ...] | None:
    """``candidate_choice.qualifies`` for one pair: from its counts (direct keys, then keys through
    hubs) and the two articles' key counts by kind, its shared keys by kind, or None
    when it is not a candidate."""
    import numpy as np

    from copydesk.reuse.candidate_choice import qualifies
    from copydesk.reuse.fingerprints import KINDS

    need = np.array([min_shared.get(kind, 1) for kind in KINDS], np.int32)
    smaller = np.minimum(np.array([sizes_a]), np.array([sizes_b]))
    ok, shared = qualifies(np.array([counts], np.int32), need, smaller)
    return tuple(int(n) for n in shared[0]) if ok[0] else None


def may_qualify(counts: tuple[int, ...], min_shared: dict[str, int]) -> bool:
    """A cheap first cut before the key counts are joined on: no rule of ``qualifies``
    passes without ``min_shared`` keys of some kind, direct and hub keys together."""
    from copydesk.reuse.fingerprints import KINDS

    return any(n >= min_shared.get(kind, 1) for kind, n in zip(KINDS, by_kind(counts), strict=True))


def by_kind(counts: tuple[int, ...]) -> tuple[int, ...]:
    """Shared keys per kind, direct and through hubs added up."""
    half = len(counts) // 2
    return tuple(d + h for d, h in zip(counts[:half], counts[half:], strict=True))


def top_partners(
    item: tuple[str, Iterable[tuple[tuple[int, int], float, str, int]]], k: int
) -> Iterator[tuple[str, str]]:
    """The pairs (a < b) an article keeps from its (score, time, id, signature) partners,
    score as ``candidate_choice.pair_score`` gives it: its ``k`` best by share, then time, then
    shared keys, then id, clones (one signature) taking one place, as
    ``ReuseIndex.select`` keeps them with ``per_article``."""
    article_id, scored = item
    taken: set[int] = set()
    ranked = sorted(scored, key=lambda t: (-t[0][0], t[1], -t[0][1], t[2]))
    for _score, _when, other, signature in ranked:
        if len(taken) == k:
            return
        if signature in taken:
            continue
        taken.add(signature)
        yield (article_id, other) if article_id < other else (other, article_id)


def with_sizes(counts: Any, prints: Any) -> Any:
    """``counts`` ((a, b), shared) as ((a, b), (shared, about a, about b)), where
    "about" is (key counts by kind, publication time, clone signature)."""
    from copydesk.reuse.fingerprints import KINDS
    from copydesk.reuse.index import signature

    sizes = prints.map(
        lambda t: (t[1][1], (tuple(len(t[2].of(kind)) for kind in KINDS), t[1][0],
                             signature(t[2])))
    )  # fmt: skip
    with_a = counts.map(lambda kv: (kv[0][0], (kv[0][1], kv[1]))).join(sizes)
    with_b = with_a.map(lambda kv: (kv[1][0][0], (kv[0], kv[1][0][1], kv[1][1]))).join(sizes)
    return with_b.map(lambda kv: ((kv[1][0][0], kv[0]), (kv[1][0][1], kv[1][0][2], kv[1][1])))


def _best(sized: Any, k: int, need: tuple[int, ...]) -> Any:
    """``sized`` pairs (``with_sizes``, shared by kind) cut to those among the ``k`` best
    of one side, as ((a, b), shared)."""
    from copydesk.reuse.candidate_choice import pair_score

    def scored(kv: Any) -> list[tuple[str, tuple[tuple[int, int], float, str, int]]]:
        (a, b), (shared, about_a, about_b) = kv
        score = pair_score(shared, about_a[0], about_b[0], need)
        return [(a, (score, about_b[1], b, about_b[2])), (b, (score, about_a[1], a, about_a[2]))]

    best = (
        sized.flatMap(scored)
        .groupByKey()
        .flatMap(lambda item: top_partners(item, k))
        .distinct()
        .map(lambda pair: (pair, None))
    )
    return best.join(sized).map(lambda kv: (kv[0], kv[1][1][0]))


def judge_pairs(
    pairs: Iterator[tuple[str, tuple[tuple[tuple[int, ...], Article], Article]]],
    options: Any,
) -> Iterator[Relation]:
    """Executor side: each candidate (a, b) through the stage's ``compare``.

    ``options`` None means the stage's defaults, built here on the executor (so a
    worker never unpickles an options object from another version of the stage).
    """
    from copydesk.reuse import Candidate, ReuseOptions, _prepare, compare
    from copydesk.reuse.fingerprints import KINDS

    options = options or ReuseOptions()

    prepared: dict[str, Any] = {}

    def prep(article: Article) -> Any:
        if article.id not in prepared:
            if len(prepared) > 256:  # a small per-partition cache: articles recur in pairs
                prepared.clear()
            prepared[article.id] = _prepare(article, None)
        return prepared[article.id]

    for _b, ((counts, art_a), art_b) in pairs:
        shared = tuple(sorted((kind, n) for kind, n in zip(KINDS, counts, strict=True) if n))
        found = compare(prep(art_a), prep(art_b), Candidate(art_a.id, art_b.id, shared), options)
        if found is not None:
            yield found


def find_relations(articles: Any, prints: Any, options: Any = None) -> Any:
    """An RDD of the relations ``find_reuse`` would give for all ``articles`` together.

    ``prints`` is ``articles.mapPartitions(fingerprint_of)``.
    """
    from copydesk.reuse import ReuseOptions

    given = options
    options = options or ReuseOptions()
    min_shared = dict(options.min_shared)
    max_postings = options.max_postings
    by_id = articles.map(lambda t: (t[1].id, t[1]))
    counts = (
        prints.mapPartitions(key_rows)
        .groupByKey()
        .flatMap(lambda item: key_pairs(item, max_postings))
        .reduceByKey(lambda x, y: tuple(p + q for p, q in zip(x, y, strict=True)))
        .filter(lambda kv: may_qualify(kv[1], min_shared))
    )
    sized = (
        with_sizes(counts, prints)
        .mapValues(lambda v: (is_candidate(v[0], v[1][0], v[2][0], min_shared), v[1], v[2]))
        .filter(lambda kv: kv[1][0] is not None)
    )
    if options.max_candidates is not None:
        from copydesk.reuse.fingerprints import KINDS

        need = tuple(min_shared.get(kind, 1) for kind in KINDS)
        counts = _best(sized, options.max_candidates, need)
    else:
        counts = sized.mapValues(lambda v: v[0])
    with_a = counts.map(lambda kv: (kv[0][0], (kv[0][1], kv[1]))).join(by_id)
    with_b = with_a.map(lambda kv: (kv[1][0][0], (kv[1][0][1], kv[1][1]))).join(by_id)
    return with_b.mapPartitions(lambda it: judge_pairs(it, given))


def _spin_scores(articles: Iterator[tuple[Any, Article]]) -> Iterator[Any]:
    module = importlib.import_module("copydesk.reuse.spin_score")
    batch = [art for _o, art in articles]
    yield from module.score_articles(batch)


def _has_spin() -> bool:
    try:
        importlib.import_module("copydesk.reuse.spin_score")
    except ModuleNotFoundError as exc:
        if exc.name != "copydesk.reuse.spin_score":
            raise
        return False
    return True


def _lexical_basis() -> str:
    """The basis of a lexical index with the default options: a local run after this one
    extends it (it had been saved with none, and the local step built it again)."""
    from copydesk.reuse import ReuseOptions

    return index_basis(ReuseOptions(), embedded=False)


def _index_bytes(prints: Iterator[tuple[Any, Seniority, Any]]) -> Iterator[bytes]:
    """One partition's ``ReuseIndex`` (``add``), to be ``merge``d on the driver."""
    from copydesk.reuse import ReuseIndex

    index = ReuseIndex(_lexical_basis())
    ordered = sorted(prints, key=lambda t: t[0])
    when = {article_id: when for _o, (when, article_id), _fp in ordered}
    index.add(((article_id, fp) for _o, (_w, article_id), fp in ordered), when)
    yield index.to_bytes()


def run(session: Any, articles: Any, store: Store, progress: Progress) -> str:
    """The reuse step over Spark; writes what ``steps/reuse.py`` writes, returns its line."""
    from copydesk.reuse import ReuseIndex, build_families, siblings_undirected

    prints = articles.mapPartitions(fingerprint_of).persist(_disk_level())
    relations = siblings_undirected(
        sorted(find_relations(articles, prints).collect(), key=lambda r: (r.a, r.b)))
    stubs = [
        Article(id=i, source="", text="", published=p)
        for _o, i, p in sorted(articles.map(lambda t: (t[0], t[1].id, t[1].published)).collect())
    ]
    families = build_families(relations, stubs)
    store.replace_records("relations", relations)
    store.replace_records("families", families)
    store.annotate_articles("family_id", ((i, f.id) for f in families for i in f.article_ids))
    index = ReuseIndex(_lexical_basis())
    for part in prints.mapPartitions(_index_bytes).collect():
        index.merge(ReuseIndex.from_bytes(part))
    prints.unpersist()
    store.save_state(STATE, index.to_bytes())
    spin = ""
    if _has_spin():
        scores = sorted(articles.mapPartitions(_spin_scores).collect(), key=lambda s: s.id)
        store.replace_records("spin", scores)
        store.annotate_articles("spin_score", ((s.article_id, s.score) for s in scores))
        store.annotate_articles("spun", ((s.article_id, s.spun) for s in scores))
        spun = sum(1 for s in scores if s.spun)
        spin = f"; {counted(spun, 'article')} flagged as machine-spun"
    kinds = Counter(r.type for r in relations)
    shown = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items())) or "none"
    multi = sum(1 for f in families if len(f.article_ids) > 1)
    # The Spark engine aligns lexically (no embedding model on the executors): said as
    # the local engine says it (a Spark probe found the summary line shorter).
    record_method(store, "reuse", LEXICAL_METHOD)
    return (f"{len(relations)} relations ({shown}); {multi} families of 2+ articles{spin}; "
            f"{LEXICAL}")


def _disk_level() -> Any:
    from pyspark import StorageLevel

    return StorageLevel.MEMORY_AND_DISK


__all__ = ["available", "find_relations", "run"]
