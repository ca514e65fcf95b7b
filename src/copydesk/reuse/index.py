"""The candidate index: which articles share enough fingerprint keys to be worth aligning.

An inverted index over the fingerprints (see :mod:`.fingerprints`), stored as flat
numpy arrays (key, article number) per kind rather than a dict of lists, so that a
million articles fit in memory and two indexes merge by concatenation. Finding
candidates sorts the keys once and counts the keys each pair shares as a sparse matrix
product (articles × keys times keys × articles, scipy; :mod:`.pair_counts`): the cost
grows with the number of shared keys, not with the square of the number of articles.

Frequent keys are not paired all with all: a key held by more than ``max_postings``
articles pairs each of them with the key's ``HUBS`` first published articles only (a
star, not a clique), so a wire story republished by hundreds of sites still joins one
family at a cost linear in its copies, and its copies are not each aligned with all the
others. Keys paired through hubs count only for near copies
(:func:`.candidate_choice.qualifies`), so stock sentences shared by template-written
reports of different events pair nobody. A key held by more than
``MAX_LINKED_POSTINGS`` articles (a stock phrase, an agency sign-off) pairs nobody, as
in Broder's shingling and datasketch's LSH, otherwise one boilerplate line would make
every article a candidate of another.

``add(batch)`` and ``merge(other)`` follow datasketch's LSH: the Spark engine builds
one index per partition and merges them.

This module owns the keys (filing, merging, saving) and the search that runs the
counting (:mod:`.pair_counts`) and the rules that pick and rank candidates from the
counts (:mod:`.candidate_choice`) over them a chunk of articles at a time.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter

import numpy as np

from copydesk.reuse.candidate_choice import Places, qualifies, top
from copydesk.reuse.fingerprints import KINDS, Fingerprints
from copydesk.reuse.pair_counts import Postings, chunk_pairs, sparse_products

#: Keys shared by more articles than this pair them through hubs (see module doc).
MAX_POSTINGS = 50
#: Articles of a frequent key that every other article of the key is paired with.
HUBS = 2
#: Keys shared by more articles than this pair nobody (stock phrases; see module doc).
MAX_LINKED_POSTINGS = 1_000

#: One odd multiplier per kind, so that in an article's ``signatures`` a key of one kind
#: counts apart from the same number of another kind (a key's value is already a hash).
_KIND_SALT = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9,
                       0xD6E8FEB86659FD93], np.uint64)
assert len(_KIND_SALT) == len(KINDS), "one salt per fingerprint kind"
#: Keys salted at a time in ``signatures``.
_SIGNATURE_SLICE = 1 << 20

#: Articles whose pairs are counted at a time in :meth:`ReuseIndex.select`.
CHUNK = 2_000

#: Shared keys (by kind) that make a pair a candidate. Two sampled 5-shingles rarely
#: coincide by chance; stop-word 8-grams and name pairs need a little more support.
MIN_SHARED: dict[str, int] = {"shingle": 2, "stopword": 2, "skeleton": 3, "embedding": 1}


@dataclass(frozen=True, slots=True)
class Candidate:
    """Two articles (a < b by id) and how many keys of each kind they share."""

    a: str
    b: str
    shared: tuple[tuple[str, int], ...]


class ReuseIndex:
    """Fingerprint keys of every article seen, with ``add``, ``merge`` and ``candidates``."""

    def __init__(self, basis: str = "") -> None:
        #: What built the keys (the reuse step's digest of code and options): an index
        #: saved with another basis is not extended, it is built afresh.
        self.basis = basis
        self.ids: list[str] = []
        self._number: dict[str, int] = {}
        #: Publication time of each article number (POSIX seconds; inf when unknown).
        self._when: list[float] = []
        self._keys: dict[str, list[np.ndarray]] = {k: [] for k in KINDS}
        self._docs: dict[str, list[np.ndarray]] = {k: [] for k in KINDS}

    def __len__(self) -> int:
        return len(self.ids)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._number

    def add(
        self,
        batch: Iterable[tuple[str, Fingerprints]],
        published: Mapping[str, datetime | float | None] | None = None,
    ) -> int:
        """File each (article id, fingerprints); an id already present is skipped.
        ``published`` gives publication times by id (datetimes or POSIX seconds): among
        equally good candidates the earliest ranks first (:func:`_rank`).

        The batch's keys are joined into one array per kind rather than kept as six
        small arrays per article (about 0.7 KB of array headers each, at a million
        articles 0.7 GB)."""
        first = len(self.ids)
        fresh: list[Fingerprints] = []
        new_ids: dict[str, None] = {}
        for article_id, prints in batch:  # read whole before anything is filed: a batch
            if article_id not in self._number and article_id not in new_ids:  # that
                new_ids[article_id] = None  # raises half way leaves the index as it was
                fresh.append(prints)
        for article_id in new_ids:
            self._number[article_id] = len(self.ids)
            self.ids.append(article_id)
        when = published or {}
        self._when.extend(published_seconds(when.get(i)) for i in self.ids[first:])
        numbers = np.arange(first, len(self.ids), dtype=np.int32)
        for kind in KINDS:
            arrays = list(map(attrgetter(kind), fresh))
            lengths = np.fromiter(map(len, arrays), np.int64, count=len(arrays))
            if lengths.any():
                self._keys[kind].append(np.concatenate(arrays).astype(np.uint64, copy=False))
                self._docs[kind].append(np.repeat(numbers, lengths))
        return len(fresh)

    def merge(self, other: ReuseIndex) -> None:
        """Take in every article of ``other`` that this index does not have yet. Both must
        be built on one basis: keys of other code or options would match nothing."""
        if other.basis != self.basis:
            raise ValueError(f"cannot merge a reuse index built on basis {other.basis!r} "
                             f"into one built on {self.basis!r}")
        remap = np.full(len(other.ids), -1, np.int32)
        for number, article_id in enumerate(other.ids):
            if article_id not in self._number:
                self._number[article_id] = len(self.ids)
                self.ids.append(article_id)
                self._when.append(other._when[number])
                remap[number] = self._number[article_id]
        for kind in KINDS:
            keys, docs = other._flat(kind)
            new = remap[docs] if len(docs) else docs
            keep = new >= 0
            if keep.any():
                self._keys[kind].append(keys[keep])
                self._docs[kind].append(new[keep])

    def _flat(self, kind: str) -> tuple[np.ndarray, np.ndarray]:
        if not self._keys[kind]:
            return np.zeros(0, np.uint64), np.zeros(0, np.int32)
        if len(self._keys[kind]) > 1:
            self._keys[kind] = [np.concatenate(self._keys[kind])]
            self._docs[kind] = [np.concatenate(self._docs[kind])]
        return self._keys[kind][0], self._docs[kind][0]

    def _postings(self, kind: str, max_postings: int, rank: np.ndarray) -> Postings | None:
        """The postings of keys held by 2..``MAX_LINKED_POSTINGS`` articles: each entry's
        article, key number (0.. per kind), and whether its key pairs through hubs and
        whether the article is one of those hubs.

        Keys held by one article (most of them) or by too many are dropped here, so what
        the pair search multiplies is a small part of the index. In a group over
        ``max_postings`` the articles are put in (publication time, id) order
        (``rank``), and only the first ``HUBS`` of them pair with the whole group; the
        others pair with those."""
        keys, docs = self._flat(kind)
        if not len(keys):
            return None
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order]
        bounds = np.flatnonzero(sorted_keys[1:] != sorted_keys[:-1]) + 1
        del sorted_keys
        starts = np.concatenate(([0], bounds))
        sizes = np.diff(np.concatenate((starts, [len(keys)])))
        ok = (sizes >= 2) & (sizes <= MAX_LINKED_POSTINGS)
        if not ok.any():
            return None
        starts, sizes = starts[ok], sizes[ok]
        offsets = np.repeat(np.cumsum(sizes) - sizes, sizes)
        member = docs[order[np.repeat(starts, sizes) + np.arange(int(sizes.sum())) - offsets]]
        del order
        key = np.repeat(np.arange(len(sizes), dtype=np.int32), sizes)
        star = np.repeat(sizes > max_postings, sizes)
        hub = np.zeros(len(member), bool)
        if star.any():
            at = np.flatnonzero(star)
            seniority = key[at].astype(np.int64) * len(rank) + rank[member[at]]
            by_rank = at[np.argsort(seniority, kind="stable")]  # each key's articles, by seniority
            first = np.concatenate(([True], key[by_rank][1:] != key[by_rank][:-1]))
            place = np.arange(len(by_rank)) - np.maximum.accumulate(
                np.where(first, np.arange(len(by_rank)), 0))
            hub[by_rank[place < HUBS]] = True
        return Postings(member.astype(np.int32), key, star, hub, len(sizes))

    def signatures(self) -> np.ndarray:
        """One number per article that two articles share when they hold the same keys
        (the order-free sum of their salted keys; see :func:`signature`): clones, as
        far as the candidate search can tell them apart."""
        out = np.zeros(len(self.ids), np.uint64)
        for k, kind in enumerate(KINDS):
            keys, docs = self._flat(kind)
            for lo in range(0, len(docs), _SIGNATURE_SLICE):  # no corpus-sized temporary
                part = slice(lo, lo + _SIGNATURE_SLICE)
                salted = keys[part] * _KIND_SALT[k]  # sums wrap modulo 2**64
                at = docs[part]
                if len(at) and (at[1:] >= at[:-1]).all():  # as ``add`` files them: by run
                    starts = np.flatnonzero(np.r_[True, at[1:] != at[:-1]])
                    out[at[starts]] += np.add.reduceat(salted, starts)
                else:
                    np.add.at(out, at, salted)
        return out

    def key_counts(self) -> np.ndarray:
        """Keys of each kind per article number (rows: articles, columns: KINDS)."""
        out = np.zeros((len(self.ids), len(KINDS)), np.int32)
        for k, kind in enumerate(KINDS):
            _keys, docs = self._flat(kind)
            if len(docs):
                out[:, k] = np.bincount(docs, minlength=len(self.ids))[: len(self.ids)]
        return out

    def select(
        self,
        min_shared: dict[str, int] | None = None,
        max_postings: int = MAX_POSTINGS,
        among: np.ndarray | None = None,
        per_article: int | None = None,
        chunk: int = CHUNK,
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Candidate pairs as arrays: article numbers x < y and shared keys per kind.

        Sorted by (x, y). ``among`` (a boolean mask over article numbers) keeps pairs of
        two listed articles. ``per_article`` keeps a pair only when it is among the
        ``per_article`` best candidates of one of its two articles, so the pairs to
        align grow linearly with the corpus. Best: the highest share of the smaller
        article's keys of a kind that qualifies (to the hundredth), then the earliest
        published partner, then the most shared keys, then its id; partners that are
        clones of each other (same keys, ``signatures``) take one place, the first of
        them. Articles are taken ``chunk`` at a time: memory follows the chunk, not the
        corpus.
        """
        need_map = MIN_SHARED if min_shared is None else min_shared
        need = np.array([need_map.get(kind, 1) for kind in KINDS], np.int32)
        n = len(self.ids)
        rank = _rank(self.ids, self._when)
        places = (Places.of(self._when, self.signatures(), rank)
                  if per_article is not None else None)
        sizes = self.key_counts()
        columns = [np.ascontiguousarray(sizes[:, k]) for k in range(len(KINDS))]
        # Kinds no article has keys of are skipped (no embeddings: 3 kinds, not 4), unless
        # a need of 0 lets every pair qualify by them.
        kinds = tuple(k for k, size in enumerate(columns) if size.any() or need[k] <= 0)
        products = sparse_products(
            [self._postings(kind, max_postings, rank) for kind in KINDS], sizes, among, n, need
        )
        xs, ys, counts = [], [], []
        for lo in range(0, n, chunk):
            hi = min(n, lo + chunk)
            me, other, split = chunk_pairs(products, lo, hi, need)
            smaller = np.zeros((len(me), len(KINDS)), np.int32, order="F")
            for k in kinds:
                np.minimum(columns[k][me], columns[k][other], out=smaller[:, k])
            ok, shared = qualifies(split, need, smaller, kinds)
            me, other, shared = me[ok], other[ok], shared[ok]
            if places is not None and per_article is not None:
                keep = top(me, other, shared, smaller[ok], need, places, per_article, kinds)
                me, other, shared = me[keep], other[keep], shared[keep]
            else:
                keep = me < other  # each pair once, from its lower number
                me, other, shared = me[keep], other[keep], shared[keep]
            xs.append(np.minimum(me, other))
            ys.append(np.maximum(me, other))
            counts.append(shared)
        if not xs:
            empty = np.zeros(0, np.int32)
            return empty, empty, np.zeros((0, len(KINDS)), np.int32)
        x, y, c = np.concatenate(xs), np.concatenate(ys), np.concatenate(counts)
        code = (x.astype(np.int64) << 32) | y.astype(np.int64)
        code, first = np.unique(code, return_index=True)  # a pair chosen by both sides
        return (code >> 32).astype(np.int32), (code & 0xFFFFFFFF).astype(np.int32), c[first]

    def candidates(
        self,
        min_shared: dict[str, int] | None = None,
        max_postings: int = MAX_POSTINGS,
        among: Sequence[str] | None = None,
        per_article: int | None = None,
    ) -> list[Candidate]:
        """Pairs sharing at least ``min_shared[kind]`` keys of some kind, sorted by ids.

        ``among`` restricts the result to pairs whose two articles are both listed;
        ``per_article`` caps each article's candidates (see :meth:`select`).
        """
        x, y, c = self.select(min_shared, max_postings, self.mask(among), per_article)
        out = []
        for a_n, b_n, row in zip(x.tolist(), y.tolist(), c.tolist(), strict=True):
            a, b = sorted((self.ids[a_n], self.ids[b_n]))
            shared = tuple((kind, m) for kind, m in zip(KINDS, row, strict=True) if m)
            out.append(Candidate(a, b, tuple(sorted(shared))))
        return sorted(out, key=lambda cand: (cand.a, cand.b))

    def mask(self, among: Iterable[str] | None) -> np.ndarray | None:
        """A boolean mask over article numbers of the listed ids (None: all)."""
        if among is None:
            return None
        out = np.zeros(len(self.ids), bool)
        numbers = [self._number[i] for i in among if i in self._number]
        out[numbers] = True
        return out

    def to_bytes(self) -> bytes:
        """The index as bytes (numpy .npz), for ``Store.save_state``."""
        arrays: dict[str, np.ndarray] = {
            "ids": np.array(self.ids, dtype=str), "basis": np.array(self.basis),
            "when": np.array(self._when, np.float64),
        }
        for kind in KINDS:
            arrays[f"{kind}_keys"], arrays[f"{kind}_docs"] = self._flat(kind)
        buffer = io.BytesIO()
        np.savez_compressed(buffer, **arrays)  # type: ignore[arg-type]
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> ReuseIndex:
        index = cls()
        with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
            index.basis = str(arrays["basis"]) if "basis" in arrays else ""
            index.ids = [str(i) for i in arrays["ids"]]
            index._number = {article_id: n for n, article_id in enumerate(index.ids)}
            when = arrays["when"] if "when" in arrays else np.full(len(index.ids), np.inf)
            index._when = when.tolist()
            for kind in KINDS:
                keys, docs = arrays[f"{kind}_keys"], arrays[f"{kind}_docs"]
                if len(keys):
                    index._keys[kind] = [keys.astype(np.uint64)]
                    index._docs[kind] = [docs.astype(np.int32)]
        return index


def signature(prints: Fingerprints) -> int:
    """One article's entry of :meth:`ReuseIndex.signatures` (the Spark engine's)."""
    total = np.zeros(1, np.uint64)
    for k, kind in enumerate(KINDS):
        total += (prints.of(kind).astype(np.uint64) * _KIND_SALT[k]).sum(dtype=np.uint64)
    return int(total[0])


def published_seconds(when: datetime | float | None) -> float:
    """A publication time as the index ranks it: POSIX seconds, inf when unknown."""
    if isinstance(when, datetime):
        return when.timestamp()
    return float("inf") if when is None else float(when)


def _rank(ids: Sequence[str], when: Sequence[float]) -> np.ndarray:
    """Each article number's place in (publication time, id) order, the order in which
    equally good partners are taken and a frequent key's hubs chosen: the earliest of
    equal partners is the likeliest original (the direction rules then name it directly), and
    the id, not the order articles were added, breaks what time leaves (an unknown
    time ranks last), so the result does not depend on input order."""
    rank = np.empty(len(ids), np.int64)
    rank[sorted(range(len(ids)), key=lambda n: (when[n], ids[n]))] = np.arange(len(ids))
    return rank
