"""Sentence chains: a spin that swaps nearly every content word leaves sentence pairs
too unlike to seed a passage, but each spun sentence still finds its own twin first, in
the same order (see ``AlignOptions.chain_sentences``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from copydesk.reuse.alignment import Alignment, AlignOptions, Similarity, overlaps
from copydesk.reuse.sentence_space import Seed
from copydesk.reuse.text import Sentence


def sentence_chain(scores: np.ndarray, options: AlignOptions) -> list[Seed]:
    """The longest run of mutual best sentence matches in the same order on both sides
    (see ``AlignOptions.chain_sentences``), from ``scores`` (A's sentences in rows, B's
    in columns); empty when it is too short to count."""
    if not scores.size:
        return []
    best = ((scores >= scores.max(axis=1, keepdims=True))
            & (scores >= scores.max(axis=0, keepdims=True)) & (scores > options.chain_floor))
    chain = _longest_chain(sorted((int(i), int(j)) for i, j in np.argwhere(best)),
                           options.chain_step)
    # Sentences that share nothing with the other side (a translation's sentence with no
    # name or number) cannot be matched, so they do not count against the chain.
    shorter = min(int((scores > 0).any(axis=1).sum()), int((scores > 0).any(axis=0).sum()))
    if _length(chain) < options.chain_sentences or _span(chain) < options.chain_share * shorter:
        return []
    return chain


def _span(chain: Sequence[Seed]) -> int:
    """The sentences a chain spans on its shorter side, the ones it steps over included:
    a spun sentence whose best match is a neighbour's leaves a gap of one, and the
    rewrite is still whole (a regression probe's 8-sentence spin matched 7 in order)."""
    if not chain:
        return 0
    (i0, j0), (i1, j1) = chain[0], chain[-1]
    return min(i1 - i0 + 1, j1 - j0 + 1)


def _longest_chain(pairs: list[Seed], step: int) -> list[Seed]:
    """The longest path through ``pairs`` (sorted) where each next pair lies at most
    ``step`` sentences further on both sides. One side may stay on a sentence that the
    other writes as two (a translation joins or splits sentences), but neither goes
    back. A longest path, not a greedy run: the run restarted at one stray backward
    match, so a pair compared one way round had a chain of 6 and the other way 5 (a
    probe), and whether it was a relation depended on the articles' ids."""
    longest: list[int] = []
    before: list[int] = []
    for k, (i, j) in enumerate(pairs):
        longest.append(1)
        before.append(-1)
        for m in range(k - 1, -1, -1):
            pi, pj = pairs[m]
            if i - pi > step:
                break  # sorted by i: every earlier pair is further back still
            di, dj = i - pi, j - pj
            if 0 <= dj <= step and di + dj > 0 and longest[m] + 1 > longest[k]:
                longest[k], before[k] = longest[m] + 1, m
    if not pairs:
        return []
    k = max(range(len(pairs)), key=lambda n: (longest[n], -n))
    chain: list[Seed] = []
    while k >= 0:
        chain.append(pairs[k])
        k = before[k]
    return chain[::-1]


def _length(chain: Sequence[Seed]) -> int:
    """A chain's sentences on its shorter side."""
    return min(len({i for i, _ in chain}), len({j for _, j in chain}))


def with_chain(
    found: list[Alignment],
    scores: Callable[[], np.ndarray],
    similarity: Similarity,
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    options: AlignOptions,
) -> list[Alignment]:
    """``found``, or the sentence chain's passage when ``found`` covers under half of it
    (``scores`` is called only when ``found`` covers under half of both texts). Each
    side is measured against itself, so that the two orders of a pair agree."""
    if _covered(found, (a[0].start, a[-1].end), (b[0].start, b[-1].end)) >= 0.5:
        return found  # a copy found already (the usual case): no chain to look for
    chain = sentence_chain(scores(), options)
    if not chain:
        return found
    (i0, j0), (i1, j1) = chain[0], chain[-1]
    if _covered(found, (a[i0].start, a[i1].end), (b[j0].start, b[j1].end)) >= 0.5:
        return found
    start, end = a[i0].start, a[i1].end
    whole = Alignment(start, end, b[j0].start, b[j1].end, similarity((i0, i1), (j0, j1)),
                      _length(chain), (i0, i1), (j0, j1), chained=True)
    return [whole] + [x for x in found if not overlaps(x, whole)]


def _covered(found: Sequence[Alignment], a_span: tuple[int, int],
             b_span: tuple[int, int]) -> float:
    """The larger of the shares of ``a_span`` and ``b_span`` that ``found`` covers."""
    def share(pieces: list[tuple[int, int]], span: tuple[int, int]) -> float:
        inside = sum(max(0, min(span[1], e) - max(span[0], s)) for s, e in pieces)
        return inside / max(1, span[1] - span[0])

    return max(share([(x.a_start, x.a_end) for x in found], a_span),
               share([(x.b_start, x.b_end) for x in found], b_span))
