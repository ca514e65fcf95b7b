"""The candidate index: which articles share enough fingerprint keys to be worth aligning.

An inverted index over the fingerprints (see :mod:`.fingerprints`), stored as flat
numpy arrays (key, article number) per kind rather than a dict of lists, so that a
million articles fit in memory and two indexes merge by concatenation. Finding
candidates sorts the keys once and pairs the articles of each key: the cost grows with
the number of shared keys, not with the square of the number of articles.

Frequent keys are not paired all with all: a key held by more than ``max_postings``
articles pairs each of them with the key's ``HUBS`` first published articles only (a
star, not a clique), so a wire story republished by hundreds of sites still joins one
family at a cost linear in its copies, and its copies are not each aligned with all the
others. Keys paired through hubs count only for near copies (``qualifies``), so stock
sentences shared by template-written reports of different events pair nobody. A key
held by more than ``MAX_LINKED_POSTINGS`` articles (a stock phrase, an
agency sign-off) pairs nobody, as in Broder's shingling and datasketch's LSH, otherwise
one boilerplate line would make every article a candidate of another.

``add(batch)`` and ``merge(other)`` follow datasketch's LSH: the Spark engine builds
one index per partition and merges them.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from copydesk.reuse.fingerprints import KINDS, Fingerprints

#: Keys shared by more articles than this pair them through hubs (see module doc).
MAX_POSTINGS = 50
#: Articles of a frequent key that every other article of the key is paired with.
HUBS = 2
#: Keys shared by more articles than this pair nobody (stock phrases; see module doc).
MAX_LINKED_POSTINGS = 1_000
#: Share of the smaller article's keys of a kind that a pair must hold when it
#: qualifies only with keys that paired it through hubs: a copy of a wire story holds
#: most of the story's keys, two reports that share stock sentences a few (on the
#: generated corpus, pairs of different events linked by hubs: median 0.06, 90th
#: percentile 0.18; see ``qualifies``).
HUB_MIN_SHARE = 0.5
#: Kinds in which a pair linked through hubs must reach ``HUB_MIN_SHARE``: a copy (even
#: spun) keeps its names and its stop-word stream, while reports written from one
#: template share the stop-word stream alone (generated corpus: 2,224 pairs of
#: different events reach 0.5 in stop-word grams only).
HUB_MIN_KINDS = 2

#: Candidates kept per article (the best by shared-key share; see docs/reuse.md, Scale).
MAX_CANDIDATES = 3
#: Shares of keys are compared to 1/SHARE_STEPS in the ranking: partners whose shares
#: differ by less are taken earliest published first, then by shared keys. Copies of
#: one source share about as much with a copy as the source does (one more key, one
#: fewer), and the source is the one worth a place (generated corpus, 100,000 articles:
#: spun copies paired with their source 0.947 → 0.991, paraphrases 0.832 → 0.924, for
#: 2 % more pairs).
SHARE_STEPS = 100

#: One odd multiplier per kind, so that in an article's ``signatures`` a key of one kind
#: counts apart from the same number of another kind (a key's value is already a hash).
_KIND_SALT = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9,
                       0xD6E8FEB86659FD93], np.uint64)
assert len(_KIND_SALT) == len(KINDS), "one salt per fingerprint kind"
#: Keys salted at a time in ``signatures``.
_SIGNATURE_SLICE = 1 << 20

#: Bits the ranking keys of ``_top`` may take when packed into one int64 sort key.
_PACKED_BITS = 62

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
        keys: dict[str, list[np.ndarray]] = {k: [] for k in KINDS}
        numbers: dict[str, list[int]] = {k: [] for k in KINDS}
        added = 0
        for article_id, prints in batch:
            if article_id in self._number:
                continue
            number = len(self.ids)
            self._number[article_id] = number
            self.ids.append(article_id)
            self._when.append(published_seconds((published or {}).get(article_id)))
            for kind in KINDS:
                of_kind = prints.of(kind)
                if len(of_kind):
                    keys[kind].append(of_kind)
                    numbers[kind].append(number)
            added += 1
        for kind in KINDS:
            if keys[kind]:
                lengths = [len(k) for k in keys[kind]]
                self._keys[kind].append(np.concatenate(keys[kind]).astype(np.uint64))
                self._docs[kind].append(np.repeat(np.array(numbers[kind], np.int32), lengths))
        return added

    def merge(self, other: ReuseIndex) -> None:
        """Take in every article of ``other`` that this index does not have yet."""
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

    def _groups(self, kind: str, max_postings: int, rank: np.ndarray) -> _Groups | None:
        """The postings of keys held by 2..``MAX_LINKED_POSTINGS`` articles, ready for
        look-ups: each entry pairs with ``pair_count`` entries from ``group_start``.

        Keys held by one article (most of them) or by too many are dropped here, so what
        the pair search walks is a small part of the index. In a group over
        ``max_postings`` the articles are put in (publication time, id) order
        (``rank``), and only the first ``HUBS`` of them pair with the whole group; the
        others pair with those."""
        keys, docs = self._flat(kind)
        if not len(keys):
            return None
        order = np.argsort(keys, kind="stable")  # docs stay ascending within a key
        sorted_keys = keys[order]
        bounds = np.flatnonzero(sorted_keys[1:] != sorted_keys[:-1]) + 1
        del sorted_keys
        starts = np.concatenate(([0], bounds))
        sizes = np.diff(np.concatenate((starts, [len(keys)])))
        ok = (sizes >= 2) & (sizes <= MAX_LINKED_POSTINGS)
        if not ok.any():
            return None
        starts, sizes = starts[ok], sizes[ok]
        # Entries of the kept groups, laid out group after group.
        total = int(sizes.sum())
        offsets = np.repeat(np.cumsum(sizes) - sizes, sizes)
        place = np.arange(total) - offsets
        member = docs[order[np.repeat(starts, sizes) + place]].astype(np.int32)
        del order
        group_size = np.repeat(sizes, sizes).astype(np.int32)
        pair_count = group_size
        star = group_size > max_postings
        if star.any():
            at = np.flatnonzero(star)
            member[at] = member[at][np.lexsort((rank[member[at]], offsets[at]))]
            pair_count = np.where(star & (place >= HUBS), np.int32(HUBS), group_size)
        by_doc = np.argsort(member, kind="stable")
        return _Groups(
            member, offsets.astype(np.int64), pair_count, star, by_doc, member[by_doc]
        )

    def signatures(self) -> np.ndarray:
        """One number per article that two articles share when they hold the same keys
        (the order-free sum of their salted keys; see :func:`signature`): clones, as
        far as the candidate search can tell them apart."""
        out = np.zeros(len(self.ids), np.uint64)
        for k, kind in enumerate(KINDS):
            keys, docs = self._flat(kind)
            for lo in range(0, len(docs), _SIGNATURE_SLICE):  # no corpus-sized temporary
                part = slice(lo, lo + _SIGNATURE_SLICE)
                np.add.at(out, docs[part], keys[part] * _KIND_SALT[k])  # wraps modulo 2**64
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
        places = _Places.of(self, rank) if per_article is not None else None
        groups = [self._groups(kind, max_postings, rank) for kind in KINDS]
        sizes = self.key_counts()
        xs, ys, counts = [], [], []
        for lo in range(0, n, chunk):
            hi = min(n, lo + chunk)
            found = _chunk_pairs(groups, lo, hi, among, n)
            if found is None:
                continue
            me, other, split = found
            enough = (split[:, : len(KINDS)] + split[:, len(KINDS) :] >= need).any(axis=1)
            me, other, split = me[enough], other[enough], split[enough]  # most share 1 key
            ok, shared = qualifies(split, need, np.minimum(sizes[me], sizes[other]))
            me, other, shared = me[ok], other[ok], shared[ok]
            if places is not None and per_article is not None:
                keep = _top(me, other, shared, need, sizes, places, per_article)
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


@dataclass(frozen=True, slots=True)
class _Groups:
    """Postings of the pairing keys of one kind: ``member`` lists each key's articles
    group after group; every entry pairs with the ``pair_count`` entries from its
    ``group_start`` (its whole group, or a frequent key's hubs); ``by_doc`` orders
    the entries by article (``doc_sorted``) for range look-ups; ``star`` marks the
    entries of keys that pair through hubs."""

    member: np.ndarray
    group_start: np.ndarray
    pair_count: np.ndarray
    star: np.ndarray
    by_doc: np.ndarray
    doc_sorted: np.ndarray


def _chunk_pairs(
    groups: list[_Groups | None], lo: int, hi: int, among: np.ndarray | None, width: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """Every (article in [lo, hi), partner) sharing a pairing key, with counts per kind:
    first the keys that paired them directly, then (columns ``len(KINDS)`` on) those
    that paired them through hubs.

    Both orders of a pair appear when both articles are in the chunk; a pair with one
    article outside it appears once here and once in the other article's chunk.

    Each (article, partner, kind) becomes one integer and the counting is one sort of
    them: a uint32 (article's place in the chunk, partner, kind) when that fits, which
    sorts about 1.6 times faster than the uint64 used for very large indexes. ``width``
    bounds the article numbers (the index's article count)."""
    classes = 2 * len(KINDS)  # kind, and whether the key paired through hubs
    small = (hi - lo) * width * classes < 1 << 32
    dtype = np.uint32 if small else np.uint64
    codes = []
    for k, g in enumerate(groups):
        if g is None:
            continue
        at = g.by_doc[np.searchsorted(g.doc_sorted, lo) : np.searchsorted(g.doc_sorted, hi)]
        if not len(at):
            continue
        me, start, size = g.member[at], g.group_start[at], g.pair_count[at].astype(np.int64)
        offsets = np.repeat(np.cumsum(size) - size, size)
        partner = g.member[np.repeat(start, size) + (np.arange(int(size.sum())) - offsets)]
        through_hub = np.repeat(g.star[at], size)
        me = np.repeat(me, size)
        ok = partner != me
        if among is not None:
            ok &= among[me] & among[partner]
        row = (me[ok] - lo).astype(dtype) * dtype(width) + partner[ok].astype(dtype)
        kind_class = np.where(through_hub[ok], k + len(KINDS), k).astype(dtype)
        codes.append(row * dtype(classes) + kind_class)
    if not codes or not sum(len(c) for c in codes):
        return None
    code = np.sort(np.concatenate(codes))
    starts = np.flatnonzero(np.concatenate(([True], code[1:] != code[:-1])))
    count = np.diff(np.append(starts, len(code)))
    code = code[starts]
    pair, kind = code // dtype(classes), (code % dtype(classes)).astype(np.int64)
    new = np.concatenate(([True], pair[1:] != pair[:-1]))
    row = np.cumsum(new) - 1
    shared = np.zeros((int(row[-1]) + 1, classes), np.int32)
    shared[row, kind] = count
    pair = pair[new]
    me_out = (pair // dtype(width)).astype(np.int64) + lo
    return me_out.astype(np.int32), (pair % dtype(width)).astype(np.int32), shared


def qualifies(
    split: np.ndarray, need: np.ndarray, smaller: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Which pairs are candidates, and the keys they share by kind, from the keys by kind
    that paired them directly and then through hubs (``_chunk_pairs``) and the smaller
    article's key count by kind.

    A pair qualifies with ``need`` keys of a kind shared directly, or, hub keys counted,
    with ``need`` keys that are also ``HUB_MIN_SHARE`` of the smaller article's keys in
    ``HUB_MIN_KINDS`` kinds (a near copy). Its hub keys count only when it is such a
    near copy: otherwise stock sentences held by many articles would lift two different
    events' reports above an article's real copies in the ranking."""
    direct = split[:, : len(KINDS)]
    hub = split[:, len(KINDS) :]
    total = direct + hub
    near = (total >= need) & (total >= HUB_MIN_SHARE * smaller)
    near_copy = near.sum(axis=1) >= HUB_MIN_KINDS
    ok = (direct >= need).any(axis=1) | near_copy
    return ok, np.where(near_copy[:, None], total, direct)


@dataclass(frozen=True, slots=True)
class _Places:
    """What ranks an article as a partner, by article number, as small integers that
    pack into one sort key: its place in time order (equal times share one), in
    (time, id) order, and its clone group (one per ``signatures`` value)."""

    time: np.ndarray
    rank: np.ndarray
    clone: np.ndarray

    @classmethod
    def of(cls, index: ReuseIndex, rank: np.ndarray) -> _Places:
        when = np.unique(np.array(index._when, np.float64), return_inverse=True)[1]
        clone = np.unique(index.signatures(), return_inverse=True)[1]
        return cls(when.astype(np.int64), rank, clone.astype(np.int64))


def _top(
    me: np.ndarray,
    other: np.ndarray,
    shared: np.ndarray,
    need: np.ndarray,
    sizes: np.ndarray,
    places: _Places,
    k: int,
) -> np.ndarray:
    """Mask of the pairs among the ``k`` best of their first article (see ``select``):
    by share to the hundredth, then publication time, then shared keys, then id.

    Partners of one clone group take one place, the best-ranked of them: otherwise
    five sites carrying one spun text fill each other's places, and none of them keeps
    its source (generated corpus, 100,000 articles: spun copies paired with their
    source 0.942 → 0.999, pairs +2 %).

    The first four keys are packed into one integer when they fit in 62 bits (up to
    about a million articles), so the ranking is a two-key sort: the five-key
    ``lexsort`` it replaces took a quarter of ``select``'s time."""
    smaller = np.minimum(sizes[me], sizes[other]).clip(min=1)
    share = np.where(shared >= need, shared / smaller, 0.0).max(axis=1)
    behind = SHARE_STEPS - np.floor(share * SHARE_STEPS).astype(np.int64)  # 0 is best
    total = shared.sum(axis=1).astype(np.int64)
    n_bits = max(1, len(places.rank).bit_length())
    sum_bits = max(1, int(total.max(initial=0)).bit_length())
    step_bits = SHARE_STEPS.bit_length()
    time = places.time[other]
    if 2 * n_bits + step_bits + sum_bits <= _PACKED_BITS:
        key = me.astype(np.int64)
        key = (key << step_bits) | behind
        key = (key << n_bits) | time
        key = (key << sum_bits) | ((1 << sum_bits) - 1 - total)
        order = np.lexsort((places.rank[other], key))
    else:
        order = np.lexsort((places.rank[other], -total, time, behind, me))
    ranked = me[order]
    group = ranked.astype(np.int64) * (int(places.clone.max(initial=0)) + 1)
    group += places.clone[other[order]]
    by_group = np.argsort(group, kind="stable")  # within a group, in ranking order
    first_clone = np.ones(len(order), bool)
    first_clone[by_group[1:][group[by_group][1:] == group[by_group][:-1]]] = False
    counted = first_clone.astype(np.int64)
    before = np.cumsum(counted) - counted  # places taken before each row, all articles
    run_start = np.searchsorted(ranked, ranked)  # ranked is sorted: start of each run
    place = before - before[run_start]
    keep = np.zeros(len(me), bool)
    keep[order[first_clone & (place < k)]] = True
    return keep


def pair_score(
    shared: Sequence[int], sizes_a: Sequence[int], sizes_b: Sequence[int], need: Sequence[int]
) -> tuple[int, int]:
    """One pair's rank score, as ``select`` computes it for a whole array (the Spark
    engine ranks with this): the highest share of the smaller article's keys over the
    kinds that qualify, in hundredths (``SHARE_STEPS``), and the number of shared keys;
    the partner's publication time ranks between the two."""
    share = max(
        (m / max(1, min(x, y)) if m >= n else 0.0
         for m, x, y, n in zip(shared, sizes_a, sizes_b, need, strict=True)),
        default=0.0,
    )  # fmt: skip
    return math.floor(share * SHARE_STEPS), sum(shared)


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
    equal partners is the likeliest original (lineage then names it directly), and
    the id, not the order articles were added, breaks what time leaves (an unknown
    time ranks last), so the result does not depend on input order."""
    rank = np.empty(len(ids), np.int64)
    rank[sorted(range(len(ids)), key=lambda n: (when[n], ids[n]))] = np.arange(len(ids))
    return rank
