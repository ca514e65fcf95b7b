"""The candidate index: which articles share enough fingerprint keys to be worth aligning.

An inverted index over the fingerprints (see :mod:`.fingerprints`), stored as flat
numpy arrays (key, article number) per kind rather than a dict of lists, so that a
million articles fit in memory and two indexes merge by concatenation. Finding
candidates sorts the keys once and counts the keys each pair shares as a sparse matrix
product (articles × keys times keys × articles, scipy): the cost grows with the number
of shared keys, not with the square of the number of articles.

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
from operator import attrgetter

import numpy as np
from scipy import sparse

try:  # scipy's own product kernel, called without its sizing pass (see ``_multiply``)
    from scipy.sparse._sparsetools import csr_matmat as _csr_matmat
except ImportError:  # pragma: no cover - another scipy layout: its public product
    _csr_matmat = None

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

    def _postings(self, kind: str, max_postings: int, rank: np.ndarray) -> _Postings | None:
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
        return _Postings(member.astype(np.int32), key, star, hub, len(sizes))

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
        places = _Places.of(self, rank) if per_article is not None else None
        sizes = self.key_counts()
        columns = [np.ascontiguousarray(sizes[:, k]) for k in range(len(KINDS))]
        # Kinds no article has keys of are skipped (no embeddings: 3 kinds, not 4), unless
        # a need of 0 lets every pair qualify by them.
        kinds = tuple(k for k, size in enumerate(columns) if size.any() or need[k] <= 0)
        products = _products(
            [self._postings(kind, max_postings, rank) for kind in KINDS], sizes, among, n, need
        )
        xs, ys, counts = [], [], []
        for lo in range(0, n, chunk):
            hi = min(n, lo + chunk)
            me, other, split = _chunk_pairs(products, lo, hi, need)
            smaller = np.zeros((len(me), len(KINDS)), np.int32, order="F")
            for k in kinds:
                np.minimum(columns[k][me], columns[k][other], out=smaller[:, k])
            ok, shared = qualifies(split, need, smaller, kinds)
            me, other, shared = me[ok], other[ok], shared[ok]
            if places is not None and per_article is not None:
                keep = _top(me, other, shared, smaller[ok], need, places, per_article, kinds)
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
class _Postings:
    """The pairing keys of one kind (see ``ReuseIndex._postings``): per entry, its
    ``article``, its ``key`` (numbered 0..``keys`` - 1), whether the key pairs through
    hubs (``star``) and whether the article is one of the key's hubs (``hub``)."""

    article: np.ndarray
    key: np.ndarray
    star: np.ndarray
    hub: np.ndarray
    keys: int


@dataclass(frozen=True, slots=True)
class _Product:
    """One sparse product that counts shared keys: ``weights`` (articles × key columns)
    times ``partners`` (key columns × articles). The count of each class (``fields``:
    its column of the pair counts, and its bit shift) is a bit field of the product's
    uint64 entries, so one product counts several kinds at once."""

    weights: sparse.csr_array
    partners: sparse.csr_array
    fields: tuple[tuple[int, int], ...]
    mask: int
    #: The bit of a count of 1 in each field (and in the top bits, which count the
    #: other products' keys): an entry equal to one of them is a pair sharing a single
    #: key. 0 when some kind needs only one key (such pairs may then qualify).
    single: int


@dataclass(frozen=True, slots=True)
class _Block:
    """The entries of one class in the products' key columns, as (column, article) in
    column order: ``weight_*`` for the weights, ``partner_*`` for the partners."""

    column: int
    width: int
    weight_col: np.ndarray
    weight_art: np.ndarray
    partner_col: np.ndarray
    partner_art: np.ndarray


def _blocks(postings: list[_Postings | None], among: np.ndarray | None) -> list[_Block]:
    """Each kind's keys as up to two blocks: keys that pair directly (every holder with
    every holder), and star keys, which pair through hubs: a hub's entry pairs with
    every holder, another holder's with the hubs only, so the star block is
    [hubs | others] times [all ; hubs] (its second half of columns repeats the keys)."""
    out = []
    for k, post in enumerate(postings):
        if post is None:
            continue
        art, key, star, hub = post.article, post.key, post.star, post.hub
        if among is not None:
            keep = among[art]
            art, key, star, hub = art[keep], key[keep], star[keep], hub[keep]
        direct, width = ~star, post.keys  # columns: key numbers (unused ones stay empty)
        if direct.any():
            out.append(_Block(k, width, key[direct], art[direct], key[direct], art[direct]))
        if star.any():
            star_key, star_art, is_hub = key[star], art[star], hub[star]
            out.append(_Block(
                k + len(KINDS), 2 * width,
                np.concatenate((star_key[is_hub], star_key[~is_hub] + width)),
                np.concatenate((star_art[is_hub], star_art[~is_hub])),
                np.concatenate((star_key, star_key[is_hub] + width)),
                np.concatenate((star_art, star_art[is_hub])),
            ))
    return out


def _products(
    postings: list[_Postings | None],
    sizes: np.ndarray,
    among: np.ndarray | None,
    n: int,
    need: np.ndarray,
) -> list[_Product]:
    """The sparse products whose sum is every pair's count of shared keys by class
    (kind; and whether the key paired them directly or through hubs, see
    :func:`_blocks`).

    Why products: the counting is a sparse matrix product, articles × keys times
    keys × articles, which scipy computes row by row with a dense accumulator and no
    sort; sorting one code per (article, partner, kind) was most of the search's time.
    Every class's count is at most the largest article's key count of its kind, which
    sets the width of its bit field. When the classes do not fit one 64-bit word, each
    product also counts the other products' keys in its top bits: every product then
    has an entry for exactly the pairs that share some key, in the same order, and
    they add up by position (the top bits are ignored)."""
    blocks = _blocks(postings, among)
    del postings  # the caller's list: the blocks hold what is needed
    if not blocks:
        return []
    bits = max(1, int(sizes.max(initial=0)).bit_length())
    top_bits = max(1, int(sizes.sum(axis=1).max(initial=0)).bit_length())
    fit = len(blocks) if len(blocks) * bits <= 64 else max(1, (64 - top_bits) // bits)
    start = np.cumsum([0] + [b.width for b in blocks])
    width = int(start[-1])
    start = start.astype(np.int32 if max(n, width) < 2**31 else np.int64)  # as ``_csr``'s
    partners = _csr(np.concatenate([b.partner_col + start[i] for i, b in enumerate(blocks)]),
                    np.concatenate([b.partner_art for b in blocks]), None, (width, n))
    weight_col = np.concatenate([b.weight_col + start[i] for i, b in enumerate(blocks)])
    weight_art = np.concatenate([b.weight_art for b in blocks])
    lengths = [len(b.weight_art) for b in blocks]
    columns = [b.column for b in blocks]
    singles_fail = bool(min(need[c % len(KINDS)] for c in columns) >= 2)
    del blocks
    out = []
    for lo in range(0, len(columns), fit):
        own = range(lo, min(lo + fit, len(columns)))
        shift = np.full(len(columns), 64 - top_bits, np.uint64)
        shift[lo : own.stop] = np.arange(len(own), dtype=np.uint64) * np.uint64(bits)
        data = np.repeat(np.left_shift(np.uint64(1), shift), lengths)
        weights = _csr(weight_col, weight_art, data, (width, n)).T.tocsr()
        fields = tuple((columns[i], int(shift[i])) for i in own)
        single = sum(1 << s for _column, s in fields)
        if fit < len(columns):  # the top bits are used: a single key may be counted there
            single |= 1 << (64 - top_bits)
        out.append(_Product(weights, partners, fields, (1 << bits) - 1,
                            single if singles_fail else 0))
    return out


def _csr(
    rows: np.ndarray, cols: np.ndarray, data: np.ndarray | None, shape: tuple[int, int]
) -> sparse.csr_array:
    """A CSR matrix of entries already in row order (no sort: the blocks are built so),
    with 32-bit indices when they fit (half the memory of scipy's int64 default)."""
    dtype = np.int32 if max(len(rows), *shape) < 2**31 else np.int64
    indptr = np.zeros(shape[0] + 1, dtype)
    np.cumsum(np.bincount(rows, minlength=shape[0]), out=indptr[1:])
    values = np.ones(len(rows), np.uint64) if data is None else data
    return sparse.csr_array((values, cols.astype(dtype, copy=False), indptr), shape=shape)


def _multiply(
    left: sparse.csr_array, right: sparse.csr_array
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``left @ right`` as CSR arrays (indptr, indices, data; indices unsorted in a row).

    scipy's product first runs a pass over both operands only to size its result
    (``csr_matmat_maxnnz``: a third of the product's time at 100,000 articles). The
    number of (row, key, partner) paths bounds the result from above and costs one
    indexed sum, so the kernel is called on arrays of that size and the result cut to
    what it filled: the same arrays as scipy's product, in the same order."""
    if _csr_matmat is None:
        found = left @ right
        return found.indptr, found.indices, found.data
    bound = int(np.diff(right.indptr)[left.indices].sum())
    dtype = np.int32 if max(bound, *left.shape, *right.shape) < 2**31 else np.int64
    indptr = np.empty(left.shape[0] + 1, dtype)
    indices = np.empty(bound, dtype)
    data = np.empty(bound, np.result_type(left.data, right.data))
    _csr_matmat(left.shape[0], right.shape[1],
                left.indptr.astype(dtype, copy=False), left.indices.astype(dtype, copy=False),
                left.data, right.indptr.astype(dtype, copy=False),
                right.indices.astype(dtype, copy=False), right.data, indptr, indices, data)
    return indptr, indices[: indptr[-1]], data[: indptr[-1]]


def _chunk_pairs(
    products: list[_Product], lo: int, hi: int, need: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every (article in [lo, hi), partner) sharing ``need`` keys of some kind, hub keys
    counted, with counts per class: first the keys that paired them directly, then
    (columns ``len(KINDS)`` on) those that paired them through hubs (see
    :func:`_products`).

    Both orders of a pair appear when both articles are in the chunk; a pair with one
    article outside it appears once here and once in the other article's chunk. Most
    pairs share one key: they are dropped before their counts are spread into columns."""
    columns: dict[int, np.ndarray] = {}
    me = other = np.zeros(0, np.int64)
    keep: np.ndarray | slice = slice(None)
    for number, product in enumerate(products):
        indptr, indices, data = _multiply(product.weights[lo:hi], product.partners)
        if number == 0:
            per_row = np.diff(indptr)
            other = indices
            if product.single:  # a pair sharing one key qualifies in no kind: out first
                several = (data & (data - np.uint64(1))) != 0
                several |= (data & np.uint64(product.single)) == 0
                other, keep = other[several], several
                kept = np.zeros(len(several) + 1, np.int64)
                np.cumsum(several, out=kept[1:])
                per_row = kept[indptr[1:]] - kept[indptr[:-1]]
            me = np.repeat(np.arange(lo, hi), per_row)
        elif not np.array_equal(indices[keep], other):
            raise RuntimeError("sparse products disagree on the pairs they count (a bug)")
        data = data[keep]
        for column, shift in product.fields:
            field = (data >> np.uint64(shift)) & np.uint64(product.mask)
            columns[column] = field.astype(np.int32)
    zero = np.zeros(len(other), np.int32)
    enough = np.zeros(len(other), bool)
    for k in range(len(KINDS)):
        if k in columns or k + len(KINDS) in columns:
            enough |= columns.get(k, zero) + columns.get(k + len(KINDS), zero) >= need[k]
    enough &= me != other
    split = np.zeros((int(enough.sum()), 2 * len(KINDS)), np.int32, order="F")  # by column
    for column, values in columns.items():
        split[:, column] = values[enough]
    return me[enough].astype(np.int32), other[enough].astype(np.int32), split


def qualifies(
    split: np.ndarray, need: np.ndarray, smaller: np.ndarray, kinds: Sequence[int] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Which pairs are candidates, and the keys they share by kind, from the keys by kind
    that paired them directly and then through hubs (``_chunk_pairs``) and the smaller
    article's key count by kind.

    A pair qualifies with ``need`` keys of a kind shared directly, or, hub keys counted,
    with ``need`` keys that are also ``HUB_MIN_SHARE`` of the smaller article's keys in
    ``HUB_MIN_KINDS`` kinds (a near copy). Its hub keys count only when it is such a
    near copy: otherwise stock sentences held by many articles would lift two different
    events' reports above an article's real copies in the ranking.

    Worked a kind (a column) at a time: row-wise reductions over a few columns were
    most of this function's time on millions of pairs. ``kinds``: the columns that can
    hold a key (by default all; a kind no article has keys of is skipped)."""
    width = len(KINDS)
    ok = np.zeros(len(split), bool)
    near_kinds = np.zeros(len(split), np.int8)
    for k in range(width) if kinds is None else kinds:
        direct, hub = split[:, k], split[:, width + k]
        ok |= direct >= need[k]
        total = direct + hub
        near_kinds += (total >= need[k]) & (total >= HUB_MIN_SHARE * smaller[:, k])
    near_copy = near_kinds >= HUB_MIN_KINDS
    ok |= near_copy
    shared = np.array(split[:, :width], order="F")
    if near_copy.any():
        shared[near_copy] += split[near_copy, width:]
    return ok, shared


@dataclass(frozen=True, slots=True)
class _Places:
    """What ranks an article as a partner, by article number, as small integers that
    pack into one sort key: its place in time order (equal times share one), its place
    among the articles of its time in id order (``within``; with ``time`` it gives the
    (time, id) order), its clone group (one per ``signatures`` value), and whether
    that group has other members (``cloned``)."""

    time: np.ndarray
    within: np.ndarray
    clone: np.ndarray
    cloned: np.ndarray

    @classmethod
    def of(cls, index: ReuseIndex, rank: np.ndarray) -> _Places:
        when = np.unique(np.array(index._when, np.float64), return_inverse=True)[1]
        by_rank = np.argsort(rank)
        in_time_order = when[by_rank]
        within = np.empty(len(rank), np.int64)
        within[by_rank] = np.arange(len(rank)) - np.searchsorted(in_time_order, in_time_order)
        clone = np.unique(index.signatures(), return_inverse=True)[1]
        cloned = (np.bincount(clone) > 1)[clone]
        return cls(when.astype(np.int64), within, clone.astype(np.int64), cloned)


def _top(
    me: np.ndarray,
    other: np.ndarray,
    shared: np.ndarray,
    smaller: np.ndarray,
    need: np.ndarray,
    places: _Places,
    k: int,
    kinds: Sequence[int],
) -> np.ndarray:
    """Mask of the pairs among the ``k`` best of their first article (see ``select``):
    by share to the hundredth, then publication time, then shared keys, then id.

    Partners of one clone group take one place, the best-ranked of them: otherwise
    five sites carrying one spun text fill each other's places, and none of them keeps
    its source (generated corpus, 100,000 articles: spun copies paired with their
    source 0.942 → 0.999, pairs +2 %).

    The keys are packed into one integer as far as they fit in 62 bits (all of them
    for a dated corpus of up to about a million articles), so the ranking is a sort
    of one array: the multi-key ``lexsort`` it replaces was most of ``_top``'s time."""
    share = np.zeros(len(me))
    total = np.zeros(len(me), np.int64)
    for kind in kinds:  # a kind at a time (see ``qualifies``)
        of_kind = shared[:, kind]
        total += of_kind
        share = np.maximum(share, np.where(of_kind >= need[kind],
                                           of_kind / np.maximum(smaller[:, kind], 1), 0.0))
    behind = SHARE_STEPS - np.floor(share * SHARE_STEPS).astype(np.int64)  # 0 is best
    most = int(total.max(initial=0))
    order = _sort_packed([
        (me.astype(np.int64), len(places.time)), (behind, SHARE_STEPS),
        (places.time[other], len(places.time)), (most - total, most),
        (places.within[other], int(places.within.max(initial=0))),
    ])
    ranked = me[order]
    first_clone = np.ones(len(order), bool)
    rows = np.flatnonzero(places.cloned[other[order]])  # partners with clones, in order
    group = ranked[rows].astype(np.int64) * (int(places.clone.max(initial=0)) + 1)
    group += places.clone[other[order[rows]]]
    by_group = np.argsort(group, kind="stable")  # within a group, in ranking order
    first_clone[rows[by_group[1:][group[by_group][1:] == group[by_group][:-1]]]] = False
    counted = first_clone.astype(np.int64)
    before = np.cumsum(counted) - counted  # places taken before each row, all articles
    starts = np.ones(len(ranked), bool)  # ranked is sorted: where each article's run starts
    starts[1:] = ranked[1:] != ranked[:-1]
    run_start = np.maximum.accumulate(np.where(starts, np.arange(len(ranked)), 0))
    place = before - before[run_start]
    keep = np.zeros(len(me), bool)
    keep[order[first_clone & (place < k)]] = True
    return keep


def _sort_packed(keys: list[tuple[np.ndarray, int]]) -> np.ndarray:
    """The order of rows sorted by ``keys`` (arrays of non-negative ints with their
    largest value), first key first: the leading keys that fit in ``_PACKED_BITS``
    bits are packed into one integer, the rest break its ties."""
    packed = np.zeros(len(keys[0][0]), np.int64)
    used = 0
    for taken, (values, largest) in enumerate(keys):
        bits = max(1, largest.bit_length())
        if used + bits > _PACKED_BITS:
            rest = [values for values, _largest in keys[taken:]]
            return np.lexsort((*reversed(rest), packed))
        packed = (packed << bits) | values
        used += bits
    return np.argsort(packed, kind="stable")


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
