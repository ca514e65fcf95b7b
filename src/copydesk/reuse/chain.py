"""Sentence chains: a spin that swaps nearly every content word leaves sentence pairs
too unlike to seed a passage, but each spun sentence still finds its own twin first, in
the same order (see ``AlignOptions.chain_sentences``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

import numpy as np

from copydesk.reuse.alignment import Alignment, AlignOptions, Similarity, overlaps
from copydesk.reuse.sentence_space import Seed
from copydesk.reuse.text import Sentence
from copydesk.reuse.twins import mutual_best, twins


def sentence_chain(scores: np.ndarray, options: AlignOptions, moves: int = 0) -> list[Seed]:
    """The longest run of mutual best sentence matches in the same order on both sides
    (see ``AlignOptions.chain_sentences``), from ``scores`` (A's sentences in rows, B's
    in columns); empty when it is too short to count. With ``moves``, a sentence may
    stand up to that many places from its place in the order (``AlignOptions.chain_moves``):
    a spinner swaps two sentences of a paragraph."""
    if not scores.size:
        return []
    chain = _longest_chain(mutual_best(scores, options.chain_floor), options.chain_step)
    if moves:
        pairs = twins(scores, options.chain_floor)
        moved = _settled(_longest_chain(pairs, options.chain_step, moves), moves)
        if _length(moved) > _length(chain):
            chain = moved
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
    (i0, i1), (j0, j1) = ends(chain)
    return min(i1 - i0 + 1, j1 - j0 + 1)


def ends(chain: Sequence[Seed]) -> tuple[tuple[int, int], tuple[int, int]]:
    """The first and last sentence of a chain on each side (with moved sentences, its
    first pair need not hold B's first sentence)."""
    return ((min(i for i, _ in chain), max(i for i, _ in chain)),
            (min(j for _, j in chain), max(j for _, j in chain)))


def _moved(chain: Sequence[Seed]) -> bool:
    """Whether a chain holds a moved sentence: B goes back somewhere."""
    return any(j2 < j1 for (_, j1), (_, j2) in pairwise(chain))


def _settled(chain: list[Seed], moves: int) -> list[Seed]:
    """``chain`` without the pairs that stand more than ``moves`` places from their place
    in B's order (the most displaced first, one at a time): a sentence moved within its
    paragraph, not a text told in another order."""
    chain = list(chain)
    while chain:
        order = {j: r for r, j in enumerate(sorted(j for _, j in chain))}
        shift = [abs(order[j] - k) for k, (_, j) in enumerate(chain)]
        worst = max(range(len(chain)), key=lambda k: shift[k])
        if shift[worst] <= moves:
            break
        del chain[worst]
    return chain


def _longest_chain(pairs: list[Seed], step: int, moves: int = 0) -> list[Seed]:
    """The longest path through ``pairs`` (sorted) where each next pair lies at most
    ``step`` sentences further on both sides. One side may stay on a sentence that the
    other writes as two (a translation joins or splits sentences), but neither goes
    back. A longest path, not a greedy run: the run restarted at one stray backward
    match, so a pair compared one way round had a chain of 6 and the other way 5 (a
    probe), and whether it was a relation depended on the articles' ids. With
    ``moves``, B may go back up to ``moves`` sentences and forward ``step + moves``
    (past a moved sentence); ``_settled`` then bounds how far each pair is moved."""
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
            if -moves <= dj <= step + moves and (di or dj > 0) and longest[m] + 1 > longest[k]:
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
    moves: int = 0,
) -> list[Alignment]:
    """``found``, or the sentence chain's passage when ``found`` covers under half of it
    (``scores`` is called only when ``found`` covers under half of both texts). Each
    side is measured against itself, so that the two orders of a pair agree. ``moves``:
    see ``sentence_chain``; with moves (one language), a chain holding a moved sentence
    is taken when ``found`` covers under half of either text and of either side of the
    chain: the seeds of a heavy spin with moved sentences gave a passage of the five
    sentences between two moves, 47 % of the wire and 52 % of the spin (a content-farm
    probe), and the chain of all ten was never looked for. A chain in order keeps the
    rule of both sides: with under half of either, 4,000 generated articles gave 2 more
    round trips between a wire story and an independent report of it telling its facts
    in order."""
    texts = (a[0].start, a[-1].end), (b[0].start, b[-1].end)
    if _covered(found, *texts, min if moves else max) >= 0.5:
        return found  # a copy found already (the usual case): no chain to look for
    chain = sentence_chain(scores(), options, moves)
    if not chain:
        return found
    (i0, i1), (j0, j1) = ends(chain)
    either = min if _moved(chain) else max
    if max(_covered(found, *texts, either), _covered(
            found, (a[i0].start, a[i1].end), (b[j0].start, b[j1].end), either)) >= 0.5:
        return found
    start, end = a[i0].start, a[i1].end
    whole = Alignment(start, end, b[j0].start, b[j1].end, similarity((i0, i1), (j0, j1)),
                      _length(chain), (i0, i1), (j0, j1), chained=True, moved=_moved(chain))
    return [whole] + [x for x in found if not overlaps(x, whole)]


def _covered(found: Sequence[Alignment], a_span: tuple[int, int],
             b_span: tuple[int, int], either: Callable[[float, float], float] = max) -> float:
    """The larger (``either``: or the smaller) of the shares of ``a_span`` and ``b_span``
    that ``found`` covers."""
    def share(pieces: list[tuple[int, int]], span: tuple[int, int]) -> float:
        inside = sum(max(0, min(span[1], e) - max(span[0], s)) for s, e in pieces)
        return inside / max(1, span[1] - span[0])

    return either(share([(x.a_start, x.a_end) for x in found], a_span),
                  share([(x.b_start, x.b_end) for x in found], b_span))
