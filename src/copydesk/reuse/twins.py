"""Sentence twins: which sentence of one text is which sentence of the other, when a
spinner has swapped nearly every content word and moved sentences about.

A heavy spin (a spinner swapping ~45 % of the words, as spinner software does) leaves
sentence pairs that share no content stem at all: "The company said it had suspended
all sailings on the route until inspectors had examined its fleet" and "The firm stated
it had halted all crossings on the line until assessors had checked its boats". Their
function words are the same words in the same order (Stamatatos 2011: a spinner keeps
the syntax), which two sentences written apart rarely are: in a content-farm probe,
spun twins kept 0.77–1.0 of their function words in order (``function_likeness``), the
other sentence pairs of the same articles and the independent reports of the same
events 0.53 at most, unless they shared a quoted sentence.

Spinners also swap the order of two sentences in a few paragraphs (a standard option).
The word diff then compares a sentence with its neighbour's twin, so that a moved
sentence reads as a deletion and an insertion, and the swaps it lists are nonsense
("seized → enforcement"). ``in_sentence_order`` cuts such a passage into pieces whose
sentences are in the same order on both sides, each piece a twin run, so that the diff
compares every sentence with its twin.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Indel

from copydesk.reuse.alignment import Alignment
from copydesk.reuse.sentence_space import Seed, SentenceSpace
from copydesk.reuse.text import Sentence, sentences
from copydesk.reuse.word_diff import diff_counts, diff_passages

#: Sentences with fewer function words than this have no function-word likeness: two
#: short sentences ("Police said further arrests were possible.") match by chance.
MIN_FUNCTION_WORDS = 4
#: Function-word likeness (Indel similarity of the two sequences of function words) from
#: which two sentences are twins even with no content word in common. A content-farm
#: probe's heavy spins: twins 0.77–1.0; other sentence pairs of the same articles, and of
#: independent reports of the same events, at most 0.53 (a shared quote: 0.73–0.80, and
#: its content words match as well).
FUNCTION_TWIN = 0.6
#: A sentence's twin is its mutual best match with at least this score (``twin_scores``:
#: the chain's floor, ``AlignOptions.chain_floor``).
TWIN_FLOOR = 0.07


def function_likeness(a: Sequence[Sentence], b: Sequence[Sentence]) -> np.ndarray:
    """The Indel similarity of the function words of every sentence of A (rows) with
    every sentence of B, in order; 0 where either has under ``MIN_FUNCTION_WORDS``."""
    if not a or not b:
        return np.zeros((len(a), len(b)))
    out = process.cdist([list(s.stopwords) for s in a], [list(s.stopwords) for s in b],
                        scorer=Indel.normalized_similarity, dtype=np.float64)
    out[[len(s.stopwords) < MIN_FUNCTION_WORDS for s in a], :] = 0.0
    out[:, [len(s.stopwords) < MIN_FUNCTION_WORDS for s in b]] = 0.0
    return np.asarray(out)


def twin_scores(cosines: np.ndarray, a: Sequence[Sentence], b: Sequence[Sentence]) -> np.ndarray:
    """The tf-isf cosines of the content stems, plus the function-word likeness where it
    reaches ``FUNCTION_TWIN``: a spun twin whose content words were all swapped still
    finds its twin first."""
    likeness = function_likeness(a, b)
    return cosines + np.where(likeness >= FUNCTION_TWIN, likeness, 0.0)


def mutual_best(scores: np.ndarray, floor: float = TWIN_FLOOR) -> list[Seed]:
    """Every mutual best match over ``floor``, sorted (a tie gives a sentence two)."""
    if not scores.size:
        return []
    best = ((scores >= scores.max(axis=1, keepdims=True))
            & (scores >= scores.max(axis=0, keepdims=True)) & (scores > floor))
    return sorted((int(i), int(j)) for i, j in np.argwhere(best))


def twins(scores: np.ndarray, floor: float = TWIN_FLOOR) -> list[Seed]:
    """Mutual best matches over ``floor``, one for each sentence at most, sorted."""
    out: list[Seed] = []
    rows: set[int] = set()
    columns: set[int] = set()
    for i, j in mutual_best(scores, floor):
        if i not in rows and j not in columns:  # a tie: the first match only
            out.append((i, j))
            rows.add(i)
            columns.add(j)
    return out


def in_sentence_order(passages: Sequence[Alignment], a_text: str, b_text: str,
                      language: str | None) -> list[Alignment]:
    """The passages, each one whose sentences were moved (its twins cross) cut into
    pieces in the same order on both sides (``_pieces``), where that lets the word diff
    match more words (identical or swapped one for one) than the passage whole."""
    out: list[Alignment] = []
    for p in passages:
        pieces = _pieces(p, a_text, b_text, language)
        if pieces and (_matched(pieces, a_text, b_text, language)
                       > _matched([p], a_text, b_text, language)):
            out.extend(pieces)
        else:
            out.append(p)
    return out


def _sentences_in(text: str, start: int, end: int, language: str | None) -> list[Sentence]:
    return [replace(s, start=s.start + start, end=s.end + start)
            for s in sentences(text[start:end], language)]


def _pieces(p: Alignment, a_text: str, b_text: str,
            language: str | None) -> list[Alignment] | None:
    """A passage as runs of twins in the same order on both sides, or None when its
    twins do not cross. Each sentence goes to one piece: a sentence without a twin to
    the piece of the twin before it on its side (or after, at the start), so that the
    pieces together hold the whole passage and the diff still counts it."""
    sa = _sentences_in(a_text, p.a_start, p.a_end, language)
    sb = _sentences_in(b_text, p.b_start, p.b_end, language)
    if len(sa) < 2 or len(sb) < 2:
        return None
    pairs = twins(twin_scores(SentenceSpace(sa, sb).cosines(), sa, sb))
    if all(j1 < j2 for (_, j1), (_, j2) in pairwise(pairs)):
        return None  # in order (or too few twins to tell): the passage is diffed whole
    rank = {j: r for r, j in enumerate(sorted(j for _, j in pairs))}
    runs: list[list[Seed]] = []
    for i, j in pairs:
        if runs and rank[j] == rank[runs[-1][-1][1]] + 1:
            runs[-1].append((i, j))
        else:
            runs.append([(i, j)])
    a_firsts = sorted(run[0][0] for run in runs)
    b_firsts = sorted(run[0][1] for run in runs)

    def span(sents: list[Sentence], firsts: list[int], first: int) -> tuple[int, int]:
        k = firsts.index(first)
        lo = 0 if k == 0 else first
        hi = firsts[k + 1] - 1 if k + 1 < len(firsts) else len(sents) - 1
        return sents[lo].start, sents[hi].end

    out = []
    for run in runs:
        a_start, a_end = span(sa, a_firsts, run[0][0])
        b_start, b_end = span(sb, b_firsts, run[0][1])
        out.append(Alignment(a_start, a_end, b_start, b_end, p.similarity, len(run),
                             p.a_sentences, p.b_sentences, p.chained))
    return sorted(out, key=lambda x: (x.a_start, x.b_start))


def _matched(passages: Sequence[Alignment], a_text: str, b_text: str,
             language: str | None) -> int:
    """Words the word diff of the passages matches: identical, or swapped one for one."""
    equal, _a, _b, swapped, _swaps = diff_counts(diff_passages(passages, a_text, b_text),
                                                 language)
    return equal + swapped
