"""The reuse step at scale: chunked pair search, the per-article cap, texts fetched by id.

A naive pair count (every key's articles paired in Python) is the reference the
chunked numpy search must equal, whatever the chunk size.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import datetime, timedelta

import numpy as np
from tests.reuse.reuse_texts import ORIGINAL, PARTIAL, SPUN, TUESDAY, corpus

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
    siblings_undirected,
)
from copydesk.reuse.candidate_choice import HUB_MIN_KINDS, HUB_MIN_SHARE, pair_score
from copydesk.reuse.fingerprints import KINDS, fingerprint
from copydesk.reuse.index import (
    HUBS,
    MAX_LINKED_POSTINGS,
    MAX_POSTINGS,
    MIN_SHARED,
    ReuseIndex,
    signature,
)
from copydesk.store import open_store


def _articles() -> list[Article]:
    """The hand-written corpus plus variants, so some articles have many candidates.
    The variants are published in the reverse of the order they are made in, so that
    time and id order disagree; the last one is carried by three more sites (clones)."""
    arts = list(corpus(with_times=True).values())
    base = arts[0].text
    for i in range(6):
        text = base.replace("Tuesday", ["Monday", "Friday", "Sunday"][i % 3]) + f" Note {i}."
        arts.append(Article(id=content_id(text, str(i)), source=f"v{i}", text=text,
                            language="en", published=TUESDAY + timedelta(hours=10 - i)))
    arts += _clones(arts[-1].text, 3, TUESDAY + timedelta(hours=20))
    return arts


def _clones(text: str, n: int, first: datetime) -> list[Article]:
    """``n`` sites carrying one text, an hour apart from ``first``."""
    return [Article(id=content_id(text, f"clone {i}"), source=f"c{i}", text=text, language="en",
                    published=first + timedelta(hours=i)) for i in range(n)]


def _index(arts: list[Article]) -> ReuseIndex:
    index = ReuseIndex()
    index.add(((a.id, fingerprint(a.text, a.language)) for a in arts),
              {a.id: a.published for a in arts})
    return index


def _seniority(index: ReuseIndex, arts: list[Article]) -> dict[int, tuple[float, str]]:
    """Each article number's (publication time, id): the order ties are broken in."""
    when = {a.id: a.published.timestamp() if a.published else float("inf") for a in arts}
    return {n: (when[i], i) for n, i in enumerate(index.ids)}


def _naive(
    index: ReuseIndex, max_postings: int = MAX_POSTINGS, arts: list[Article] | None = None
) -> dict[tuple[int, int], list[int]]:
    """Shared keys per kind of every pair, counted key by key in Python: all pairs of
    a key's articles, or, past ``max_postings``, the pairs with its HUBS first by
    publication time, then id (counted apart: columns len(KINDS) on)."""
    seniority = _seniority(index, _articles() if arts is None else arts)
    counts: dict[tuple[int, int], list[int]] = {}
    for k, kind in enumerate(KINDS):
        keys, docs = index._flat(kind)
        holders: dict[int, set[int]] = {}
        for key, doc in zip(keys.tolist(), docs.tolist(), strict=True):
            holders.setdefault(key, set()).add(doc)
        for group in holders.values():
            if not 2 <= len(group) <= MAX_LINKED_POSTINGS:
                continue
            by_time = sorted(group, key=seniority.__getitem__)
            hubs = by_time if len(group) <= max_postings else by_time[:HUBS]
            column = k if len(group) <= max_postings else k + len(KINDS)
            pairs = {tuple(sorted((h, o))) for h in hubs for o in group if o != h}
            for pair in pairs:
                counts.setdefault(pair, [0] * 2 * len(KINDS))[column] += 1  # type: ignore[index]
    return counts


def _qualified(
    counts: dict[tuple[int, int], list[int]],
    sizes: list[list[int]],
    need: dict[str, int] = MIN_SHARED,
) -> dict[tuple[int, int], list[int]]:
    """The candidates among naive counts: direct keys by kind, or, for a near copy (one
    that holds HUB_MIN_SHARE of the smaller article's keys in HUB_MIN_KINDS kinds with
    its hub keys counted), direct and hub keys added up."""
    out = {}
    for (a, b), row in counts.items():
        direct, hub = row[: len(KINDS)], row[len(KINDS) :]
        total = [d + h for d, h in zip(direct, hub, strict=True)]
        near_copy = sum(
            n >= need.get(kind, 1) and n >= HUB_MIN_SHARE * min(sizes[a][k], sizes[b][k])
            for k, (kind, n) in enumerate(zip(KINDS, total, strict=True))
        ) >= HUB_MIN_KINDS
        if _qualifies(direct, need) or near_copy:
            out[(a, b)] = total if near_copy else direct
    return out


def _qualifies(row: list[int], need: dict[str, int]) -> bool:
    return any(n >= need.get(kind, 1) for kind, n in zip(KINDS, row, strict=True) if n)


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


def test_counts_spread_over_several_products_equal_the_naive_count():
    """A long article (thousands of keys of a kind) widens every count's bit field past
    what one 64-bit word holds for all classes: the counts then come from several
    sparse products added by position, and must still be the naive ones."""
    from copydesk.reuse.index import _rank
    from copydesk.reuse.pair_counts import sparse_products

    long_text = " ".join(
        f"Clerk Varga{i} read item {i * 7 + 3} of the ledger to the council at {i % 12} o'clock."
        for i in range(1_200)
    )
    arts = _articles()
    for n, text in enumerate((long_text, long_text.replace("ledger", "register"), long_text)):
        arts.append(Article(id=content_id(text, f"long {n}"), source=f"l{n}", text=text,
                            language="en", published=TUESDAY + timedelta(days=n + 1)))
    index = _index(arts)
    max_postings = 3
    rank = _rank(index.ids, index._when)
    postings = [index._postings(kind, max_postings, rank) for kind in KINDS]
    need = np.array([MIN_SHARED.get(kind, 1) for kind in KINDS])
    assert len(sparse_products(postings, index.key_counts(), None, len(index), need)) > 1
    counts = _naive(index, max_postings, arts)
    for min_shared in (MIN_SHARED, dict.fromkeys(KINDS, 1)):  # 1: single keys qualify
        want = _qualified(counts, index.key_counts().tolist(), min_shared)
        x, y, c = index.select(min_shared, max_postings=max_postings, chunk=5)
        got = {(a, b): row
               for a, b, row in zip(x.tolist(), y.tolist(), c.tolist(), strict=True)}
        assert got == want


def test_pairs_sharing_one_key_are_candidates_when_one_key_is_enough():
    """Pairs sharing a single key are dropped before their counts are read, unless a
    kind needs only one key: then they must still come out, as the naive count says."""
    index = _index(_articles())
    one = dict.fromkeys(KINDS, 1)
    want = _qualified(_naive(index), index.key_counts().tolist(), one)
    singles = [pair for pair, row in want.items() if sum(row) == 1]
    assert singles, "the fixture has pairs sharing one key"
    x, y, c = index.select(one, chunk=4)
    got = {(a, b): row for a, b, row in zip(x.tolist(), y.tolist(), c.tolist(), strict=True)}
    assert got == want
    x2, _y2, _c2 = index.select(chunk=4)
    assert len(x2) < len(x)  # and with the default needs they are not candidates


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
    """Best by share to the hundredth, then earliest, then most shared keys, then id;
    partners with one text take one place."""
    arts = _articles()
    index = _index(arts)
    seniority = _seniority(index, arts)
    text = {n: next(a.text for a in arts if a.id == i) for n, i in enumerate(index.ids)}
    full = _qualified(_naive(index), index.key_counts().tolist())
    sizes = index.key_counts().tolist()
    need = [MIN_SHARED.get(kind, 1) for kind in KINDS]
    best: dict[int, list[tuple[int, float, int, str, int]]] = {}
    for (a, b), row in full.items():
        (steps, keys) = pair_score(row, sizes[a], sizes[b], need)
        best.setdefault(a, []).append((-steps, seniority[b][0], -keys, seniority[b][1], b))
        best.setdefault(b, []).append((-steps, seniority[a][0], -keys, seniority[a][1], a))
    for k in (1, 2):
        want = set()
        for me, partners in best.items():
            texts: set[str] = set()
            for *_rank, other in sorted(partners):
                if len(texts) < k and text[other] not in texts:
                    texts.add(text[other])
                    want.add((min(me, other), max(me, other)))
        x, y, _c = index.select(per_article=k, chunk=4)
        got = set(zip(x.tolist(), y.tolist(), strict=True))
        assert got == want
        assert len(got) <= k * len(index) < len(full)


def test_spark_ranking_helpers_agree_with_the_index():
    arts = _articles()
    index = _index(arts)
    seniority = _seniority(index, arts)
    clones = {a.id: signature(fingerprint(a.text, a.language)) for a in arts}
    assert index.signatures().tolist() == [clones[i] for i in index.ids]
    shuffled = _index(arts)  # keys filed out of article order sum the same
    for kind in KINDS:
        keys, docs = shuffled._flat(kind)
        order = np.random.default_rng(3).permutation(len(docs))
        shuffled._keys[kind], shuffled._docs[kind] = [keys[order]], [docs[order]]
    assert shuffled.signatures().tolist() == index.signatures().tolist()
    sizes = index.key_counts().tolist()
    need = [MIN_SHARED.get(kind, 1) for kind in KINDS]
    scored: dict[str, list[tuple[tuple[int, int], float, str, int]]] = {}
    x, y, c = index.select()
    for a, b, row in zip(x.tolist(), y.tolist(), c.tolist(), strict=True):
        score = pair_score(row, sizes[a], sizes[b], need)
        ia, ib = index.ids[a], index.ids[b]
        scored.setdefault(ia, []).append((score, seniority[b][0], ib, clones[ib]))
        scored.setdefault(ib, []).append((score, seniority[a][0], ia, clones[ia]))
    for k in (1, 2, 3):
        spark = {pair for item in scored.items() for pair in top_partners(item, k)}
        x, y, _c = index.select(per_article=k)
        local = {tuple(sorted((index.ids[a], index.ids[b]))) for a, b in zip(x, y, strict=True)}
        assert spark == local


def test_a_spun_text_carried_by_many_sites_keeps_its_source():
    """Six sites carry one spun text: without the clone rule each copy's places go to the
    five other copies (they share every key) and none is paired with the original."""
    original = Article(id=content_id(ORIGINAL), source="wire", text=ORIGINAL, language="en",
                       published=TUESDAY)
    spins = _clones(SPUN, 6, TUESDAY + timedelta(hours=2))
    index = _index([original, *spins])
    x, y, _c = index.select(per_article=3)
    pairs = {tuple(sorted((index.ids[a], index.ids[b]))) for a, b in zip(x, y, strict=True)}
    for spin in spins:
        assert tuple(sorted((original.id, spin.id))) in pairs
    assert len(pairs) <= 3 * len(spins)


def test_of_equal_partners_the_earliest_published_is_kept():
    """Two sites carry the original; a partial copy keeps the earlier one, whatever ids."""
    copy = Article(id=content_id(PARTIAL), source="p", text=PARTIAL, language="en",
                   published=TUESDAY + timedelta(days=1))
    first, second = sorted(_clones(ORIGINAL, 2, TUESDAY), key=lambda a: a.id)
    for early, late in ((first, second), (second, first)):
        early = replace(early, published=TUESDAY)
        late = replace(late, published=TUESDAY + timedelta(hours=1))
        index = _index([copy, early, late])
        x, y, _c = index.select(per_article=1)
        pairs = {tuple(sorted((index.ids[a], index.ids[b]))) for a, b in zip(x, y, strict=True)}
        assert tuple(sorted((copy.id, early.id))) in pairs
        assert tuple(sorted((copy.id, late.id))) not in pairs



def test_texts_are_fetched_a_slice_at_a_time_and_only_for_candidates():
    arts = _articles()
    index = _index(arts)
    by_id = {a.id: a for a in arts}
    calls: list[list[str]] = []

    def fetch(ids):  # type: ignore[no-untyped-def]
        calls.append(list(ids))
        return [by_id[i] for i in ids]

    relations = sorted(align_candidates(index, fetch), key=lambda r: (r.a, r.b))
    assert siblings_undirected(relations) == find_reuse(arts, ReuseIndex())
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


def test_of_partners_sharing_alike_the_earliest_comes_before_the_one_sharing_more():
    """X shares all of A's keys and all of B's; B shares more keys (in a second kind).
    Equal shares go to the earlier partner, A, before the count of shared keys."""
    from copydesk.reuse.fingerprints import Fingerprints

    def prints(shingle: range, stopword: range) -> Fingerprints:
        keys = [np.array(list(r), np.uint64) for r in (shingle, stopword, range(0), range(0))]
        return Fingerprints(*keys)

    x = prints(range(1, 21), range(100, 110))
    a = prints(range(1, 11), range(0))
    b = prints(range(1, 11), range(100, 106))
    index = ReuseIndex()
    index.add([("x", x), ("a", a), ("b", b)],
              {"a": TUESDAY, "b": TUESDAY + timedelta(hours=1), "x": TUESDAY + timedelta(hours=2)})
    got, _y, _c = index.select(per_article=1)
    pairs = {tuple(sorted((index.ids[p], index.ids[q]))) for p, q in zip(got, _y, strict=True)}
    assert ("a", "x") in pairs and ("b", "x") not in pairs
    sizes = index.key_counts().tolist()
    need = [MIN_SHARED.get(kind, 1) for kind in KINDS]
    shared_a, shared_b = [10, 0, 0, 0], [10, 6, 0, 0]
    assert pair_score(shared_a, sizes[0], sizes[1], need)[0] == (
        pair_score(shared_b, sizes[0], sizes[2], need)[0]
    )


def test_the_packed_ranking_key_and_the_plain_sort_agree(monkeypatch):
    """Past about a million articles the ranking keys no longer fit one integer and
    ``top`` sorts on them one by one: both ways keep the same pairs."""
    import copydesk.reuse.candidate_choice as choice_module

    index = _index(_articles())
    packed = index.select(per_article=2)
    monkeypatch.setattr(choice_module, "_PACKED_BITS", 0)
    plain = index.select(per_article=2)
    assert len(packed[0]) > 0
    assert all(np.array_equal(p, q) for p, q in zip(packed, plain, strict=True))


def test_the_product_without_scipys_sizing_pass_equals_scipys_product():
    """``_multiply`` calls scipy's kernel on arrays sized by an upper bound: its result
    must be scipy's own product, entry for entry in the same order, empty rows and
    uint64 bit fields included."""
    from scipy import sparse

    from copydesk.reuse.pair_counts import _multiply

    rng = np.random.default_rng(7)
    for density in (0.0, 0.05, 0.3):
        left = sparse.random_array((40, 60), density=density, format="csr", rng=rng)
        right = sparse.random_array((60, 50), density=density, format="csr", rng=rng)
        left = sparse.csr_array(((left.data * 1000).astype(np.uint64) << np.uint64(40),
                                 left.indices.astype(np.int32), left.indptr.astype(np.int32)),
                                shape=left.shape)
        right = sparse.csr_array(((right.data * 7).astype(np.uint64) + np.uint64(1),
                                  right.indices.astype(np.int32), right.indptr.astype(np.int32)),
                                 shape=right.shape)
        want = left @ right
        indptr, indices, data = _multiply(left, right)
        assert np.array_equal(indptr, want.indptr)
        assert np.array_equal(indices, want.indices) and np.array_equal(data, want.data)
        assert data.dtype == np.uint64


def test_the_search_is_the_same_through_scipys_public_product(monkeypatch):
    """Where scipy's kernel cannot be imported, its public product is used: same pairs."""
    from copydesk.reuse import pair_counts

    index = _index(_articles())
    want = index.select(max_postings=3, chunk=4, per_article=2)
    monkeypatch.setattr(pair_counts, "_csr_matmat", None)
    got = index.select(max_postings=3, chunk=4, per_article=2)
    assert len(want[0]) > 5
    for a, b in zip(want, got, strict=True):
        assert np.array_equal(a, b)
