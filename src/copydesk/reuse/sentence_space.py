"""Sentences of two texts as tf-isf vectors: the seeds and the passage similarity of
the aligner (:mod:`copydesk.reuse.align`).

Kept apart from the aligner because it is the numeric core: each side is held as flat
(sentence, term, count) arrays, so the seed matrices and a passage's cosine are a few
array operations rather than loops over sentences (alignment runs millions of times at
scale).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import numpy as np

from copydesk.reuse.text import Sentence

#: A seed: sentence i of A and sentence j of B are alike.
Seed = tuple[int, int]


def dilate(m: np.ndarray) -> np.ndarray:
    """Cells next to a true cell (8-neighbourhood)."""
    padded = np.pad(m, 1)
    out = np.zeros_like(m)
    rows, cols = m.shape
    for di in (0, 1, 2):
        for dj in (0, 1, 2):
            out |= padded[di : di + rows, dj : dj + cols]
    return out


class SentenceSpace:
    """tf-isf vectors of the sentences of two texts (isf over both texts' sentences).

    Each side is kept as flat (sentence, term, count) arrays computed once, so the seed
    matrices of the first pass and of the retry are a few array operations rather than
    a loop over sentences (alignment runs millions of times at scale).
    """

    def __init__(self, a: Sequence[Sentence], b: Sequence[Sentence]) -> None:
        vocab: dict[str, int] = {}
        a_ids = [np.array([vocab.setdefault(t, len(vocab)) for t in s.stems], np.int64) for s in a]
        b_ids = [np.array([vocab.setdefault(t, len(vocab)) for t in s.stems], np.int64) for s in b]
        size = max(1, len(vocab))
        self.size = size
        self.a_ids = a_ids
        self.b_ids = b_ids
        self.a_terms = sentence_terms(a_ids, size)
        self.b_terms = sentence_terms(b_ids, size)
        df = np.bincount(np.concatenate((self.a_terms[1], self.b_terms[1])), minlength=size)
        n = len(a) + len(b)
        # Smoothed (n + 1): a word in every sentence still weighs something, so two
        # one-sentence texts can align.
        self.isf = np.log((n + 1) / np.maximum(df.astype(np.float64), 1))
        self.a_norms, self.a_sizes = self._norms(self.a_terms, len(a))
        self.b_norms, self.b_sizes = self._norms(self.b_terms, len(b))

    def _norms(
        self, terms: tuple[np.ndarray, np.ndarray, np.ndarray], rows: int
    ) -> tuple[np.ndarray, np.ndarray]:
        """Each sentence's full tf-isf norm and its number of distinct terms."""
        row, term, count = terms
        w = count * self.isf[term]
        norms = np.sqrt(np.bincount(row, weights=w * w, minlength=rows))
        return norms, np.bincount(row, minlength=rows).astype(np.float64)

    def _matrix(
        self, terms: tuple[np.ndarray, np.ndarray, np.ndarray], rows: int, columns: np.ndarray
    ) -> np.ndarray:
        """tf-isf weights of every sentence over ``columns`` (the shared terms)."""
        row, term, count = terms
        col_of = np.full(self.size, -1, np.int64)
        col_of[columns] = np.arange(len(columns))
        cols = col_of[term]
        keep = cols >= 0
        weights = np.zeros((rows, len(columns)), np.float64)
        weights[row[keep], cols[keep]] = count[keep] * self.isf[term[keep]]
        return weights

    def seeds(
        self,
        min_cosine: float,
        min_dice: float,
        best_ratio: float = 0.0,
        weak_cosine: float = 0.0,
        grow: int = 0,
    ) -> list[Seed]:
        if self._shared is None:
            return []
        wa, wb, cosine = self._shared
        sa, sb = self.a_sizes, self.b_sizes
        with np.errstate(divide="ignore", invalid="ignore"):
            common = (wa > 0).astype(np.float64) @ (wb > 0).astype(np.float64).T
            dice = 2 * common / (sa[:, None] + sb[None, :])
        ok = (cosine > min_cosine) & (np.nan_to_num(dice) > min_dice)
        if best_ratio > 0:
            # A sentence matched to several sentences of the other text keeps its best
            # matches only (in either direction): stray matches to a similar sentence
            # elsewhere stretch passages over a neighbouring case.
            row_best = cosine.max(axis=1, initial=0.0)[:, None]
            col_best = cosine.max(axis=0, initial=0.0)[None, :]
            ok &= (cosine >= best_ratio * row_best) | (cosine >= best_ratio * col_best)
        if weak_cosine > 0:
            # Weak seeds count next to a strong one: the edges of an obfuscated passage
            # are as reused as its middle, only more disguised.
            weak = (cosine > weak_cosine) & (np.nan_to_num(dice) > weak_cosine)
            for _ in range(grow):
                ok |= weak & dilate(ok)
        hits = np.argwhere(ok)
        return [(int(i), int(j)) for i, j in hits]

    def cosines(self) -> np.ndarray:
        """The tf-isf cosine of every sentence of A (rows) with every sentence of B."""
        if self._shared is None:
            return np.zeros((len(self.a_ids), len(self.b_ids)))
        return self._shared[2]

    @functools.cached_property
    def _shared(self) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """The two sides' weights over the terms they share, and their cosines (None
        when they share none); computed once, for the first pass, the retry and the
        chain."""
        shared = np.intersect1d(self.a_terms[1], self.b_terms[1])
        if not len(shared):
            return None
        wa = self._matrix(self.a_terms, len(self.a_ids), shared)
        wb = self._matrix(self.b_terms, len(self.b_ids), shared)
        with np.errstate(divide="ignore", invalid="ignore"):
            cosine = np.nan_to_num((wa @ wb.T) / np.outer(self.a_norms, self.b_norms))
        return wa, wb, cosine

    def _sum_vector(self, ids_list: list[np.ndarray], lo: int, hi: int) -> np.ndarray:
        ids = np.concatenate(ids_list[lo : hi + 1])
        return np.bincount(ids, minlength=self.size) * self.isf

    def __call__(self, a_range: tuple[int, int], b_range: tuple[int, int]) -> float:
        va = self._sum_vector(self.a_ids, *a_range)
        vb = self._sum_vector(self.b_ids, *b_range)
        denom = float(np.linalg.norm(va) * np.linalg.norm(vb))
        return float(np.dot(va, vb)) / denom if denom else 0.0


def sentence_terms(
    ids_list: list[np.ndarray], size: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(sentence, term, count) of every distinct term of every sentence, flat."""
    if not ids_list:
        empty = np.zeros(0, np.int64)
        return empty, empty, empty
    rows = np.repeat(np.arange(len(ids_list)), [len(ids) for ids in ids_list])
    codes, counts = np.unique(rows * size + np.concatenate(ids_list), return_counts=True)
    return codes // size, codes % size, counts
