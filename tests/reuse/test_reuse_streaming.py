"""The reuse step at scale: chunked pair search, the per-article cap, texts fetched by id.

A naive pair count (every key's articles paired in Python) is the reference the
chunked numpy search must equal, whatever the chunk size.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
from tests.reuse.reuse_texts import corpus

from copydesk.engines.spark.reuse import top_partners
from copydesk.engines.steps import reuse as step
from copydesk.progress import silent
from copydesk.records import Article, content_id
from copydesk.reuse import (
    PAIR_SLICE,
    ReuseOptions,
    align_candidates,
    build_families,
    find_reuse,
)
from copydesk.reuse.fingerprints import KINDS, fingerprint
from copydesk.reuse.index import (
    HUB_MIN_KINDS,
    HUB_MIN_SHARE,
    HUBS,
    MAX_LINKED_POSTINGS,
    MAX_POSTINGS,
    MIN_SHARED,
    ReuseIndex,
    pair_score,
)
from copydesk.store import open_store


def _articles() -> list[Article]:
    """The hand-written corpus plus variants, so some articles have many candidates."""
    arts = list(corpus().values())
    base = arts[0].text
    for i in range(6):
        text = base.replace("Tuesday", ["Monday", "Friday", "Sunday"][i % 3]) + f" Note {i}."
        arts.append(Article(id=content_id(text, str(i)), source=f"v{i}", text=text, language="en"))
    return arts


def _index(arts: list[Article]) -> ReuseIndex:
    index = ReuseIndex()
    index.add((a.id, fingerprint(a.text, a.language)) for a in arts)
    return index


def _naive(
    index: ReuseIndex, max_postings: int = MAX_POSTINGS
) -> dict[tuple[int, int], list[int]]:
    """Shared keys per kind of every pair, counted key by key in Python: all pairs of
    a key's articles, or, past ``max_postings``, the pairs with its HUBS first by id
    (counted apart: columns len(KINDS) on)."""
    counts: dict[tuple[int, int], list[int]] = {}
    for k, kind in enumerate(KINDS):
        keys, docs = index._flat(kind)
        holders: dict[int, set[int]] = {}
        for key, doc in zip(keys.tolist(), docs.tolist(), strict=True):
            holders.setdefault(key, set()).add(doc)
        for group in holders.values():
            if not 2 <= len(group) <= MAX_LINKED_POSTINGS:
                continue
            by_id = sorted(group, key=lambda doc: index.ids[doc])
            hubs = by_id if len(group) <= max_postings else by_id[:HUBS]
            column = k if len(group) <= max_postings else k + len(KINDS)
            pairs = {tuple(sorted((h, o))) for h in hubs for o in group if o != h}
            for pair in pairs:
                counts.setdefault(pair, [0] * 2 * len(KINDS))[column] += 1  # type: ignore[index]
    return counts


def _qualified(
    counts: dict[tuple[int, int], list[int]], sizes: list[list[int]]
) -> dict[tuple[int, int], list[int]]:
    """The candidates among naive counts: direct keys by kind, or, for a near copy (one
    that holds HUB_MIN_SHARE of the smaller article's keys in HUB_MIN_KINDS kinds with
    its hub keys counted), direct and hub keys added up."""
    out = {}
    for (a, b), row in counts.items():
        direct, hub = row[: len(KINDS)], row[len(KINDS) :]
        total = [d + h for d, h in zip(direct, hub, strict=True)]
        near_copy = sum(
            n >= MIN_SHARED.get(kind, 1) and n >= HUB_MIN_SHARE * min(sizes[a][k], sizes[b][k])
            for k, (kind, n) in enumerate(zip(KINDS, total, strict=True))
        ) >= HUB_MIN_KINDS
        if _qualifies(direct) or near_copy:
            out[(a, b)] = total if near_copy else direct
    return out


def _qualifies(row: list[int]) -> bool:
    return any(n >= MIN_SHARED.get(kind, 1) for kind, n in zip(KINDS, row, strict=True) if n)


def test_chunked_search_equals_the_naive_count_for_any_chunk_size():
    index = _index(_articles())
    for max_postings in (MAX_POSTINGS, 3):  # 3: keys of 4+ articles pair through hubs
        want = _qualified(_naive(index, max_postings), index.key_counts().tolist())
        assert len(want) > 10
        for chunk in (1, 3, 1000):
            x, y, c = index.select(max_postings=max_postings, chunk=chunk)
            got = {(a, b): row
                   for a, b, row in zip(x.tolist(), y.tolist(), c.tolist(), strict=True)}
            assert got == want
            assert list(zip(x.tolist(), y.tolist(), strict=True)) == sorted(got)
    assert len(_naive(index, 3)) < len(_naive(index))  # the hubs did cut pairs


def test_a_wire_story_copied_by_many_sites_is_one_family():
    """60 copies hold every key of the story: past MAX_POSTINGS the keys pair each copy
    with the hubs, so the copies join one family with a few pairs per copy, where
    dropping frequent keys (as before) found none of them."""
    base = corpus()["original"].text
    arts = [Article(id=content_id(base, str(i)), source=f"site{i}", text=base + f" Desk {i}.",
                    language="en") for i in range(60)]
    index = _index(arts)
    x, y, _c = index.select(per_article=ReuseOptions().max_candidates)
    assert len(x) <= HUBS * len(arts)
    linked = set(x.tolist()) | set(y.tolist())
    assert linked == set(range(len(arts)))
    relations = find_reuse(arts, ReuseIndex())
    families = build_families(relations, arts)
    assert max(len(f.article_ids) for f in families) == len(arts)


def test_the_cap_keeps_each_articles_best_partners_and_no_more():
    index = _index(_articles())
    full = _qualified(_naive(index), index.key_counts().tolist())
    sizes = index.key_counts().tolist()
    need = [MIN_SHARED.get(kind, 1) for kind in KINDS]
    best: dict[int, list[tuple[float, str, int]]] = {}
    for (a, b), row in full.items():
        score = pair_score(row, sizes[a], sizes[b], need)
        best.setdefault(a, []).append((-score, index.ids[b], b))
        best.setdefault(b, []).append((-score, index.ids[a], a))
    for k in (1, 2):
        want = set()
        for me, partners in best.items():
            for _s, _id, other in sorted(partners)[:k]:
                want.add((min(me, other), max(me, other)))
        x, y, _c = index.select(per_article=k, chunk=4)
        got = set(zip(x.tolist(), y.tolist(), strict=True))
        assert got == want
        assert len(got) <= k * len(index) < len(full)


def test_spark_ranking_helpers_agree_with_the_index():
    index = _index(_articles())
    sizes = index.key_counts().tolist()
    need = [MIN_SHARED.get(kind, 1) for kind in KINDS]
    scored: dict[str, list[tuple[float, str]]] = {}
    x, y, c = index.select()
    for a, b, row in zip(x.tolist(), y.tolist(), c.tolist(), strict=True):
        score = pair_score(row, sizes[a], sizes[b], need)
        ia, ib = index.ids[a], index.ids[b]
        scored.setdefault(ia, []).append((score, ib))
        scored.setdefault(ib, []).append((score, ia))
    spark = {pair for item in scored.items() for pair in top_partners(item, 2)}
    x, y, _c = index.select(per_article=2)
    local = {tuple(sorted((index.ids[a], index.ids[b]))) for a, b in zip(x, y, strict=True)}
    assert spark == local


def test_texts_are_fetched_a_slice_at_a_time_and_only_for_candidates():
    arts = _articles()
    index = _index(arts)
    by_id = {a.id: a for a in arts}
    calls: list[list[str]] = []

    def fetch(ids):  # type: ignore[no-untyped-def]
        calls.append(list(ids))
        return [by_id[i] for i in ids]

    relations = sorted(align_candidates(index, fetch), key=lambda r: (r.a, r.b))
    assert relations == find_reuse(arts, ReuseIndex())
    fetched = Counter(i for call in calls for i in call)
    assert max(fetched.values()) == 1  # cached between pairs, never read twice here
    assert all(len(call) <= 2 * PAIR_SLICE for call in calls)
    x, y, _c = index.select(per_article=ReuseOptions().max_candidates)
    assert set(fetched) == {index.ids[n] for n in np.concatenate((x, y)).tolist()}


def test_step_reads_texts_through_get_articles_and_matches_find_reuse():
    store = open_store(":memory:")
    arts = _articles()
    store.add_batch(arts)
    asked: list[int] = []
    get_articles = store.get_articles

    def counting(ids):  # type: ignore[no-untyped-def]
        asked.append(len(ids))
        return get_articles(ids)

    store.get_articles = counting  # type: ignore[method-assign]
    step.run(store, silent)
    assert asked and sum(asked) < 2 * len(arts)
    stored = sorted(store.iter_records("relations"), key=lambda r: (r.a, r.b))
    assert stored == find_reuse(list(store.iter_articles()), ReuseIndex())
    store.close()


def test_get_articles_keeps_the_order_asked_and_skips_unknown_ids():
    store = open_store(":memory:")
    arts = [
        Article(id=content_id(f"text {i}", "s"), source="s", text=f"text {i}") for i in range(1200)
    ]
    store.add_batch(arts)
    ids = [a.id for a in reversed(arts)] + ["missing"]
    assert [a.id for a in store.get_articles(ids)] == ids[:-1]
    store.close()


def test_worker_processes_give_the_same_relations_in_the_same_order(monkeypatch):
    import copydesk.reuse as reuse

    arts = _articles()
    by_id = {a.id: a for a in arts}
    monkeypatch.setattr(reuse, "PAIR_SLICE", 3)  # several slices, so the pool is used

    def fetch(ids):  # type: ignore[no-untyped-def]
        return [by_id[i] for i in ids]

    alone = list(align_candidates(_index(arts), fetch))
    pooled = list(align_candidates(_index(arts), fetch, workers=2))
    assert pooled == alone and len(alone) > 3
