"""Counting the keys each pair of articles shares, kind by kind, as sparse products.

The index's pair search (:meth:`.index.ReuseIndex.select`) needs, for every pair that
shares a key, how many keys of each kind it shares, split by whether a key paired the
two directly or through a frequent key's hubs. Counting them pair by pair in Python, or
sorting one code per (article, partner, kind), was most of the search's time; here the
count is a sparse matrix product (articles × keys times keys × articles, scipy) with
the kinds packed as bit fields of its entries. This module owns that arithmetic and
nothing of the index's storage or of the rules that pick candidates from the counts
(:mod:`.candidate_choice`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse

try:  # scipy's own product kernel, called without its sizing pass (see ``_multiply``)
    from scipy.sparse._sparsetools import csr_matmat as _csr_matmat
except ImportError:  # pragma: no cover - another scipy layout: its public product
    _csr_matmat = None

from copydesk.reuse.fingerprints import KINDS


@dataclass(frozen=True, slots=True)
class Postings:
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


def _blocks(postings: list[Postings | None], among: np.ndarray | None) -> list[_Block]:
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


def sparse_products(
    postings: list[Postings | None],
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


def chunk_pairs(
    products: list[_Product], lo: int, hi: int, need: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every (article in [lo, hi), partner) sharing ``need`` keys of some kind, hub keys
    counted, with counts per class: first the keys that paired them directly, then
    (columns ``len(KINDS)`` on) those that paired them through hubs (see
    :func:`sparse_products`).

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
