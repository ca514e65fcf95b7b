"""Reuse: who copied whom, and how (issue 3).

``find_reuse(articles, index, options)`` finds related pairs in four steps, one module
each: fingerprints (:mod:`.fingerprints`) filed in a candidate index (:mod:`.index`),
passage alignment of each candidate pair (:mod:`.align`, :mod:`.verbatim`,
:mod:`.translated`), the kind of reuse (:mod:`.classify`) and its direction
(:mod:`.lineage`). ``build_families(relations, articles)`` groups related articles.

Pure functions over records: no I/O. An embedding model is optional (pass ``embed``);
without one the lexical path is used, and each relation's reason says which path found it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from copydesk.records import Article, Passage, Relation
from copydesk.reuse.align import AlignOptions, align
from copydesk.reuse.classify import classify
from copydesk.reuse.embed import Embedder, article_vectors, band_keys
from copydesk.reuse.fingerprints import Fingerprints, fingerprint
from copydesk.reuse.index import MAX_POSTINGS, MIN_SHARED, Candidate, ReuseIndex
from copydesk.reuse.lineage import build_families, direction, orient_substitutions
from copydesk.reuse.text import Sentence, base_language, sentences
from copydesk.reuse.translated import (
    MIN_SKELETON_ORDER,
    align_translated,
    sentence_items,
    skeleton_order,
)
from copydesk.reuse.verbatim import exact_passages

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ReuseOptions:
    """Options of :func:`find_reuse`.

    ``align``: the aligner's thresholds (shared with the PAN benchmark).
    ``min_shared``: fingerprint keys of a kind two articles must share to be aligned.
    ``max_postings``: keys held by more articles than this are ignored (stock phrases).
    ``max_substitutions``: how many substitutions a spun relation lists.
    """

    align: AlignOptions = field(default_factory=AlignOptions)
    min_shared: tuple[tuple[str, int], ...] = tuple(sorted(MIN_SHARED.items()))
    max_postings: int = MAX_POSTINGS
    max_substitutions: int = 100


@dataclass
class _Prepared:
    article: Article
    sentences: list[Sentence]
    vectors: np.ndarray | None = None
    items: list[frozenset[str]] | None = None


def _prepare(article: Article, embed: Embedder | None) -> _Prepared:
    sents = sentences(article.text, article.language)
    vectors = None
    if embed is not None:
        vectors = article_vectors(embed, [article.text[s.start : s.end] for s in sents])
    return _Prepared(article, sents, vectors)


def _fingerprints(p: _Prepared) -> Fingerprints:
    keys = None
    if p.vectors is not None and len(p.vectors):
        keys = band_keys(p.vectors.mean(axis=0))
    return fingerprint(p.article.text, p.article.language, keys)


def find_reuse(
    articles: Sequence[Article],
    index: ReuseIndex | None = None,
    options: ReuseOptions | None = None,
    embed: Embedder | None = None,
) -> list[Relation]:
    """Relations among ``articles``, sorted by (a, b).

    Articles not yet in ``index`` are added to it (pass the same index on the next
    batch, or merge indexes built elsewhere); only pairs whose two articles are in
    ``articles`` are aligned, since alignment needs both texts.
    """
    options = options or ReuseOptions()
    index = index if index is not None else ReuseIndex()
    prepared = {a.id: _prepare(a, embed) for a in articles}
    index.add((i, _fingerprints(p)) for i, p in prepared.items() if i not in index)
    candidates = index.candidates(dict(options.min_shared), options.max_postings, list(prepared))
    log.info("reuse: %d articles, %d candidate pairs", len(prepared), len(candidates))
    relations = []
    for cand in candidates:
        relation = compare(prepared[cand.a], prepared[cand.b], cand, options)
        if relation is not None:
            relations.append(relation)
    return relations


def _language(article: Article) -> str | None:
    return base_language(article.language) if article.language else None


def compare(
    pa: _Prepared, pb: _Prepared, candidate: Candidate | None, options: ReuseOptions
) -> Relation | None:
    """The relation between two prepared articles, or None when they are unrelated."""
    a, b = pa.article, pb.article
    la, lb = _language(a), _language(b)
    cross = la is not None and lb is not None and la != lb
    comparison = None
    if not cross:
        verbatim = exact_passages(a.text, b.text, options.align.min_passage_chars)
        found = align(pa.sentences, pb.sentences, options.align, verbatim=verbatim)
        seeds = sum(x.seeds for x in found)
        comparison = classify(found, a.text, b.text, la, lb, seeds)
    if cross and skeleton_order(a.text, a.language, b.text, b.language) < MIN_SKELETON_ORDER:
        return None  # names and numbers not in the same order: not a translation
    if comparison is None and (cross or pa.vectors is not None):
        if pa.items is None:
            pa.items = sentence_items(a.text, pa.sentences, a.language)
        if pb.items is None:
            pb.items = sentence_items(b.text, pb.sentences, b.language)
        found = align_translated(
            pa.sentences, pb.sentences, pa.items, pb.items, options.align, pa.vectors, pb.vectors
        )
        seeds = sum(x.seeds for x in found)
        comparison = classify(found, a.text, b.text, la, lb, seeds, cross_language=cross)
        if comparison is not None and not cross and comparison.type != "translated":
            comparison = None  # embeddings alone do not make a same-language copy
    if comparison is None:
        return None
    original, why = direction(comparison, a, b)
    path = "embeddings + skeleton" if pa.vectors is not None and cross else "lexical"
    shared = ", ".join(f"{k} {n}" for k, n in candidate.shared) if candidate else ""
    reason = f"{comparison.reason}. Direction: {why}. Found by {path} fingerprints ({shared})."
    substitutions = orient_substitutions(comparison.substitutions, a.id, original)
    passages = tuple(Passage(p.a_start, p.a_end, p.b_start, p.b_end) for p in comparison.passages)
    if a.id > b.id:  # records keep a < b; swap the sides of every passage
        passages = tuple(Passage(p.b_start, p.b_end, p.a_start, p.a_end) for p in passages)
        a, b = b, a
    return Relation(
        a=a.id, b=b.id, type=comparison.type, confidence=comparison.confidence,
        reason=reason, original=original, passages=passages,
        substitutions=substitutions[: options.max_substitutions],
    )  # fmt: skip


__all__ = [
    "ReuseIndex",
    "ReuseOptions",
    "build_families",
    "compare",
    "find_reuse",
]
