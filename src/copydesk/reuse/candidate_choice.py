"""Which counted pairs become candidates, and which of them each article keeps.

The pair search counts the keys two articles share (:mod:`.pair_counts`); this module
holds the rules applied to those counts: whether a pair qualifies (``qualifies``, with
the near-copy rule for keys that paired it through hubs) and, when the candidates per
article are capped, how an article's partners are ranked (``top``, ``pair_score``). The
Spark engine calls ``qualifies`` and ``pair_score`` on its own pair counts, so both
engines pick the same candidates.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from copydesk.reuse.fingerprints import KINDS

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

#: Bits the ranking keys of ``top`` may take when packed into one int64 sort key.
_PACKED_BITS = 62


def qualifies(
    split: np.ndarray, need: np.ndarray, smaller: np.ndarray, kinds: Sequence[int] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Which pairs are candidates, and the keys they share by kind, from the keys by kind
    that paired them directly and then through hubs (``pair_counts.chunk_pairs``) and the
    smaller article's key count by kind.

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
class Places:
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
    def of(cls, times: Sequence[float], signatures: np.ndarray, rank: np.ndarray) -> Places:
        """From the index's publication times and ``signatures`` by article number, and
        each article's place in (time, id) order (``rank``)."""
        when = np.unique(np.array(times, np.float64), return_inverse=True)[1]
        by_rank = np.argsort(rank)
        in_time_order = when[by_rank]
        within = np.empty(len(rank), np.int64)
        within[by_rank] = np.arange(len(rank)) - np.searchsorted(in_time_order, in_time_order)
        clone = np.unique(signatures, return_inverse=True)[1]
        cloned = (np.bincount(clone) > 1)[clone]
        return cls(when.astype(np.int64), within, clone.astype(np.int64), cloned)


def top(
    me: np.ndarray,
    other: np.ndarray,
    shared: np.ndarray,
    smaller: np.ndarray,
    need: np.ndarray,
    places: Places,
    k: int,
    kinds: Sequence[int],
) -> np.ndarray:
    """Mask of the pairs among the ``k`` best of their first article (see ``ReuseIndex.select``):
    by share to the hundredth, then publication time, then shared keys, then id.

    Partners of one clone group take one place, the best-ranked of them: otherwise
    five sites carrying one spun text fill each other's places, and none of them keeps
    its source (generated corpus, 100,000 articles: spun copies paired with their
    source 0.942 → 0.999, pairs +2 %).

    The keys are packed into one integer as far as they fit in 62 bits (all of them
    for a dated corpus of up to about a million articles), so the ranking is a sort
    of one array: the multi-key ``lexsort`` it replaces was most of ``top``'s time."""
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
    """One pair's rank score, as ``ReuseIndex.select`` computes it for a whole array (the Spark
    engine ranks with this): the highest share of the smaller article's keys over the
    kinds that qualify, in hundredths (``SHARE_STEPS``), and the number of shared keys;
    the partner's publication time ranks between the two."""
    share = max(
        (m / max(1, min(x, y)) if m >= n else 0.0
         for m, x, y, n in zip(shared, sizes_a, sizes_b, need, strict=True)),
        default=0.0,
    )  # fmt: skip
    return math.floor(share * SHARE_STEPS), sum(shared)
