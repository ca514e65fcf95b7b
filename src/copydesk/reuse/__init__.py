"""Reuse: who copied whom, and how (issue 3).

``find_reuse(articles, index, options)`` finds related pairs in four steps, one module
each: fingerprints (:mod:`.fingerprints`) filed in a candidate index (:mod:`.index`),
passage alignment of each candidate pair (:mod:`.align`, :mod:`.verbatim`,
:mod:`.translated`), the kind of reuse (:mod:`.classify`) and its direction
(:mod:`.copy_direction`). ``build_families(relations, articles)`` groups related articles
(:mod:`.lineage`).

Pure functions over records: no I/O. An embedding model is optional (pass ``embed``);
without one the lexical path is used, and each relation's reason says which path found it.
"""

from __future__ import annotations

import itertools
import logging
from collections import OrderedDict, deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field, replace

import numpy as np

from copydesk.records import Article, Passage, Relation
from copydesk.reuse.align import align
from copydesk.reuse.alignment import Alignment, AlignOptions
from copydesk.reuse.candidate_choice import MAX_CANDIDATES
from copydesk.reuse.changed_figures import figures_from_b
from copydesk.reuse.classify import Comparison, classify
from copydesk.reuse.copy_direction import direction, orient_substitutions, rival_agencies
from copydesk.reuse.embed import Embedder, article_vectors, band_keys
from copydesk.reuse.fingerprints import (
    KINDS,
    Fingerprints,
    fingerprint,
    fingerprint_batch,
    skeleton_items,
)
from copydesk.reuse.index import MAX_POSTINGS, MIN_SHARED, Candidate, ReuseIndex
from copydesk.reuse.lineage import build_families, siblings_undirected
from copydesk.reuse.quoting import credit_as_noted, credited_quotation, quotation_note
from copydesk.reuse.retold import retelling
from copydesk.reuse.text import Sentence, base_language, sentences, words
from copydesk.reuse.translated import (
    MIN_ORDERED_COVERAGE,
    MIN_PRE_ORDER,
    MIN_SKELETON_ORDER,
    align_translated,
    passage_order,
    sentence_items,
    skeleton_order,
)
from copydesk.reuse.verbatim import exact_passages
from copydesk.reuse.word_diff import swap_listing
from copydesk.workers import process_pool

log = logging.getLogger(__name__)

#: Candidate pairs whose texts are fetched together (one store query per slice).
PAIR_SLICE = 2_000
#: Articles kept between slices: copies are filed soon after their source.
CACHE_ARTICLES = 4_000


#: News passages are narrowed to their exact word runs only when those are most of the
#: passage; PAN's 0.45 (``AlignOptions.verbatim_share``, tuned for plagdet) cut a spun
#: copy's passage down to its untouched sentences and dropped the swaps in the rest. On
#: 10,000 generated articles: spun copies typed partial 96 → 3 (typed spun 841 → 940),
#: partial copies related to their source 0.326 → 0.365, families F1 0.721 → 0.719,
#: stories F1 0.865 → 0.866; 0.65 gave 25 spun copies typed partial, no narrowing 0.
NEWS_VERBATIM_SHARE = 0.8
#: A run of this many mutual best sentence matches in order is one passage
#: (``AlignOptions.chain_sentences``): a spin that swaps nearly every content word seeds
#: only a sentence or two.
NEWS_CHAIN_SENTENCES = 4
#: A chain's sentence may stand this many places from its place in the other text's
#: order (``AlignOptions.chain_moves``): a spinner swaps two sentences of a paragraph.
NEWS_CHAIN_MOVES = 2


@dataclass(frozen=True, slots=True)
class ReuseOptions:
    """Options of :func:`find_reuse`.

    ``align``: the aligner's thresholds (the PAN benchmark's, except
    ``NEWS_VERBATIM_SHARE`` and no stray-passage rule, widened edges, short fallback,
    narrowed source ends, refine floor or second pass, which were tuned on PAN only).
    ``min_shared``: fingerprint keys of a kind two articles must share to be aligned.
    ``max_postings``: keys held by more articles than this are ignored (stock phrases).
    ``max_candidates``: each article's best candidates kept for alignment (None: all);
    a pair is aligned when it is among the best of either article (docs/reuse.md, Scale).
    ``max_substitutions``: how many substitutions a spun relation lists.
    """

    align: AlignOptions = field(
        default_factory=lambda: AlignOptions(
            verbatim_share=NEWS_VERBATIM_SHARE, stray_beside_exact=0, stray_cosine=0.0,
            edge_share=0.0, short_passage_chars=0, source_edge_share=0.0,
            refine_floor=False, second_pass=False, chain_sentences=NEWS_CHAIN_SENTENCES,
            chain_moves=NEWS_CHAIN_MOVES,
        )
    )
    min_shared: tuple[tuple[str, int], ...] = tuple(sorted(MIN_SHARED.items()))
    max_postings: int = MAX_POSTINGS
    max_candidates: int | None = MAX_CANDIDATES
    max_substitutions: int = 100


@dataclass
class _Prepared:
    article: Article
    sentences: list[Sentence]
    vectors: np.ndarray | None = None
    items: list[frozenset[str]] | None = None
    #: Names and figures in order (``skeleton_items``), worked out once when asked for.
    skeleton: list[tuple[int, int, str]] | None = None
    words: list[tuple[int, int, str]] = field(default_factory=list)


def _prepare(article: Article, embed: Embedder | None) -> _Prepared:
    sents = sentences(article.text, article.language)
    vectors = None
    if embed is not None:
        vectors = article_vectors(embed, [article.text[s.start : s.end] for s in sents])
    return _Prepared(article, sents, vectors, words=words(article.text))


def _fingerprints(p: _Prepared) -> Fingerprints:
    keys = None
    if p.vectors is not None and len(p.vectors):
        keys = band_keys(p.vectors.mean(axis=0))
    return fingerprint(p.article.text, p.article.language, keys)


def fingerprint_article(article: Article, embed: Embedder | None = None) -> Fingerprints:
    """The keys under which ``article`` is filed (sentences are split only for ``embed``)."""
    (prints,) = fingerprint_articles([article], embed)
    return prints


def fingerprint_articles(
    articles: Sequence[Article], embed: Embedder | None = None
) -> list[Fingerprints]:
    """The keys of many articles, computed as one batch (:func:`fingerprint_batch`)."""
    if embed is None:
        return fingerprint_batch([(a.text, a.language) for a in articles])
    return [_fingerprints(_prepare(a, embed)) for a in articles]


def find_reuse(
    articles: Sequence[Article],
    index: ReuseIndex | None = None,
    options: ReuseOptions | None = None,
    embed: Embedder | None = None,
) -> list[Relation]:
    """Relations among ``articles``, sorted by (a, b).

    Articles not yet in ``index`` are added to it (pass the same index on the next
    batch, or merge indexes built elsewhere); only pairs whose two articles are in
    ``articles`` are aligned, since alignment needs both texts. The same code as the
    streaming :func:`align_candidates`, with the texts at hand; and, as the reuse step
    does over the whole store, two copies of one source are given no direction
    (:func:`siblings_undirected`).
    """
    index = index if index is not None else ReuseIndex()
    by_id = {a.id: a for a in articles}
    new = [a for i, a in by_id.items() if i not in index]
    prints = fingerprint_articles(new, embed)
    index.add(zip([a.id for a in new], prints, strict=True), {a.id: a.published for a in new})
    relations = align_candidates(
        index, lambda ids: [by_id[i] for i in ids], options, embed, among=list(by_id)
    )
    return siblings_undirected(sorted(relations, key=lambda r: (r.a, r.b)))


def candidate_pairs(
    index: ReuseIndex, options: ReuseOptions | None = None, among: Sequence[str] | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs to align: article numbers x < y and shared keys per kind (``select``)."""
    options = options or ReuseOptions()
    return index.select(
        dict(options.min_shared), options.max_postings, index.mask(among), options.max_candidates
    )


def align_candidates(
    index: ReuseIndex,
    fetch: Callable[[Sequence[str]], Sequence[Article]],
    options: ReuseOptions | None = None,
    embed: Embedder | None = None,
    among: Sequence[str] | None = None,
    workers: int = 1,
) -> Iterator[Relation]:
    """Align the index's candidate pairs, a bounded slice at a time (:func:`align_slices`)."""
    options = options or ReuseOptions()
    pairs = candidate_pairs(index, options, among)
    log.info("reuse: %d articles, %d candidate pairs", len(index), len(pairs[0]))
    for _number, found in align_slices(index, pairs, fetch, options, embed, workers):
        yield from found


def align_slices(
    index: ReuseIndex,
    pairs: tuple[np.ndarray, np.ndarray, np.ndarray],
    fetch: Callable[[Sequence[str]], Sequence[Article]],
    options: ReuseOptions | None = None,
    embed: Embedder | None = None,
    workers: int = 1,
    start: int = 0,
) -> Iterator[tuple[int, list[Relation]]]:
    """(slice number, its relations) for each ``PAIR_SLICE`` of ``pairs``, from ``start``.

    ``fetch(ids)`` returns those articles (the store's ``get_articles``): texts are read
    only when a pair needs them and kept in a small cache. Pairs come in article
    number order (the order articles were filed: publication order in a stream), so
    copies, which follow their source closely, find it still cached. With
    ``workers`` > 1 the slices are judged in that many processes, at most two slices
    each in flight (memory stays bounded); slices come out in order either way. The
    slice numbers let a caller store its progress and resume at ``start``.
    """
    options = options or ReuseOptions()
    x, y, shared = pairs
    slices = enumerate(_slices(index.ids, x, y, shared, fetch, start), start)
    if workers <= 1 or embed is not None or len(x) - start * PAIR_SLICE <= PAIR_SLICE:
        for number, chunk in slices:
            yield number, judge(chunk, options, embed)
        return
    with process_pool(workers) as pool:
        pending: deque[tuple[int, Future[list[Relation]]]] = deque()
        for number, chunk in slices:
            pending.append((number, pool.submit(judge, chunk, options)))
            if len(pending) >= 2 * workers:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()


def _slices(
    ids: list[str],
    x: np.ndarray,
    y: np.ndarray,
    shared: np.ndarray,
    fetch: Callable[[Sequence[str]], Sequence[Article]],
    start: int = 0,
) -> Iterator[list[tuple[Article, Article, Candidate]]]:
    """The candidate pairs ``PAIR_SLICE`` at a time from slice ``start``, with both
    articles, in id order."""
    cache: OrderedDict[str, Article] = OrderedDict()
    for lo in range(start * PAIR_SLICE, len(x), PAIR_SLICE):
        xs, ys = x[lo : lo + PAIR_SLICE].tolist(), y[lo : lo + PAIR_SLICE].tolist()
        wanted = sorted({ids[n] for n in xs + ys} - cache.keys())
        for article in fetch(wanted):
            cache[article.id] = article
        pairs = []
        for a_n, b_n, row in zip(xs, ys, shared[lo : lo + PAIR_SLICE].tolist(), strict=True):
            a, b = cache.get(ids[a_n]), cache.get(ids[b_n])
            if a is None or b is None:
                continue  # gone from the store since it was indexed
            cache.move_to_end(a.id)
            cache.move_to_end(b.id)
            if a.id > b.id:  # compare is asked in id order, as always
                a, b = b, a
            counts = tuple(sorted((k, n) for k, n in zip(KINDS, row, strict=True) if n))
            pairs.append((a, b, Candidate(a.id, b.id, counts)))
        yield pairs
        while len(cache) > CACHE_ARTICLES:
            cache.popitem(last=False)


def judge(
    pairs: Sequence[tuple[Article, Article, Candidate]],
    options: ReuseOptions,
    embed: Embedder | None = None,
) -> list[Relation]:
    """The relations of one slice of candidate pairs (each article prepared once)."""
    prepared: dict[str, _Prepared] = {}

    def prep(article: Article) -> _Prepared:
        if article.id not in prepared:
            prepared[article.id] = _prepare(article, embed)
        return prepared[article.id]

    found = (compare(prep(a), prep(b), candidate, options) for a, b, candidate in pairs)
    return [r for r in found if r is not None]


def _language(article: Article) -> str | None:
    return base_language(article.language) if article.language else None


def _whole_in_pieces(verbatim: Sequence[Alignment], a_text: str, b_text: str) -> bool:
    """Whether near-exact passages cover nearly all of both texts out of order."""
    if len(verbatim) < 2:
        return False
    ordered = sorted(verbatim, key=lambda p: p.a_start)
    moved = any(q.b_start < p.b_start for p, q in itertools.pairwise(ordered))
    covered_a = sum(p.a_end - p.a_start for p in verbatim) / max(1, len(a_text.strip()))
    covered_b = sum(p.b_end - p.b_start for p in verbatim) / max(1, len(b_text.strip()))
    return moved and min(covered_a, covered_b) >= REORDERED_COVERAGE


#: Share of both texts that near-exact passages in another order must cover for a pair to
#: be judged on them: the duplicate threshold.
REORDERED_COVERAGE = 0.8


#: Characters after a passage that still count as the end of a text (a sign-off, a
#: full stop, a share line the cleaner left).
FOOTER_SLACK = 80
#: A site's footer follows at least this share of each article's own text ...
FOOTER_AFTER = 0.25
#: ... and is less than this share of either: live-blog versions of one story on one
#: site share their background paragraphs at the end too, 58–70 % of each version.
FOOTER_COVERAGE = 0.5


def _site_footer(comparison: Comparison, a: Article, b: Article) -> bool:
    """Whether all two articles of one site share is their ending: the site's appeal for
    members or its standard closing paragraph, which the cleaner keeps when it reads as
    prose. Three unrelated reports of one site were "partial copies" of each other,
    one family and one story, through it. Shared text that starts in the first
    quarter of either article is more than a footer."""
    if not a.site or a.site != b.site or max(comparison.coverage) >= FOOTER_COVERAGE:
        return False
    after_own_text = all(p.a_start >= FOOTER_AFTER * len(a.text)
                         and p.b_start >= FOOTER_AFTER * len(b.text) for p in comparison.passages)
    at_the_end = any(len(a.text) - p.a_end <= FOOTER_SLACK and len(b.text) - p.b_end <= FOOTER_SLACK
                     for p in comparison.passages)
    return after_own_text and at_the_end


def _quoting(
    comparison: Comparison, a: Article, b: Article, original: str | None
) -> tuple[str, str] | None:
    """(id, credit) of the side of a partial copy that quotes the other with credit, when
    one side alone does and it is not the original (``quoting``)."""
    if comparison.type != "partial":
        return None
    found = []
    for side, other in ((a, b), (b, a)):
        spans = [(p.a_start, p.a_end) if side is a else (p.b_start, p.b_end)
                 for p in comparison.passages]
        credit = credited_quotation(side.text, spans, other.text, side.language)
        if credit is not None and side.id != original:
            found.append((side.id, credit))
    return found[0] if len(found) == 1 else None


def compare(
    pa: _Prepared, pb: _Prepared, candidate: Candidate | None, options: ReuseOptions
) -> Relation | None:
    """The relation between two prepared articles, or None when they are unrelated."""
    a, b = pa.article, pb.article
    la, lb = _language(a), _language(b)
    cross = la is not None and lb is not None and la != lb
    trip = not (a.site and a.site == b.site)  # an outlet does not round-trip its own story
    comparison = None
    verbatim = exact_passages(a.text, b.text, options.align.min_passage_chars, pa.words, pb.words)
    if not cross:
        found = align(pa.sentences, pb.sentences, options.align, verbatim=verbatim)
        seeds = sum(x.seeds for x in found)
        if _whole_in_pieces(verbatim, a.text, b.text):
            # Every paragraph copied, some moved: the aligner's passages bridge the moves,
            # and the moved paragraphs then read as edits ("partial, 72 % identical").
            found = sorted(verbatim, key=lambda p: p.a_start)
        comparison = classify(found, a.text, b.text, la, lb, seeds, round_trip=trip)
        if comparison is None and any(x.chained for x in found):
            # The chain stands for passages that it then loses when the classifier
            # rejects it (a name swapped: a spin that gives a quote to someone else);
            # what was found without it is judged on its own (a regression probe's
            # misattributing spin had lost its relation).
            found = align(pa.sentences, pb.sentences,
                          replace(options.align, chain_sentences=0), verbatim=verbatim)
            seeds = sum(x.seeds for x in found)
            comparison = classify(found, a.text, b.text, la, lb, seeds, round_trip=trip)
        if comparison is None and verbatim and found != verbatim:
            # The aligner bridged two copied passages over sentences the copy left out,
            # and the bridge read as too loose a match: a blog's reprinted lead and quote
            # (224 and 165 characters, word for word) gave no relation at all.
            found = sorted(verbatim, key=lambda p: p.a_start)
            comparison = classify(found, a.text, b.text, la, lb, sum(x.seeds for x in found),
                                  round_trip=trip)
    elif verbatim:
        # Paragraphs copied word for word into another language's article (an English
        # statement inside a German report) are copied text, not a translation.
        comparison = classify(verbatim, a.text, b.text, la, lb, len(verbatim), round_trip=trip)
    order = skeleton_order(a.text, a.language, b.text, b.language) \
        if comparison is None and cross else 1.0
    if order < MIN_PRE_ORDER:
        return None  # names and numbers in no common order: no translation to align
    if comparison is None and (cross or pa.vectors is not None):
        if pa.items is None:
            pa.items = sentence_items(a.text, pa.sentences, a.language)
        if pb.items is None:
            pb.items = sentence_items(b.text, pb.sentences, b.language)
        found = align_translated(
            pa.sentences, pb.sentences, pa.items, pb.items, options.align, pa.vectors, pb.vectors
        )
        seeds = sum(x.seeds for x in found)
        comparison = classify(found, a.text, b.text, la, lb, seeds, cross_language=cross,
                              round_trip=trip)
        if comparison is not None and cross and order < MIN_SKELETON_ORDER and (
                max(comparison.coverage) < MIN_ORDERED_COVERAGE
                or passage_order(a, b, comparison.passages) < MIN_SKELETON_ORDER):
            comparison = None  # names and numbers not in the same order: not a translation
        if comparison is not None and not cross and comparison.type != "translated":
            comparison = None  # embeddings alone do not make a same-language copy
        if comparison is not None and comparison.type == "translated" and rival_agencies(a, b):
            comparison = None  # two agencies' reports of one event, not a translation
    if comparison is None and not cross and not rival_agencies(a, b):
        # Nothing copied, nothing translated: one may still retell the other (a
        # summary or a model's rewrite keeps every name and figure, in order).
        if pa.skeleton is None:
            pa.skeleton = skeleton_items(a.text, la)
        if pb.skeleton is None:
            pb.skeleton = skeleton_items(b.text, lb)
        comparison = retelling(a.text, b.text, (pa.skeleton, pb.skeleton),
                               (pa.sentences, pb.sentences))
    if comparison is None or _site_footer(comparison, a, b):
        return None
    original, why = direction(comparison, a, b)
    path = "embeddings + skeleton" if pa.vectors is not None and cross else "lexical"
    shared = ", ".join(f"{k} {n}" for k, n in candidate.shared) if candidate else ""
    substitutions = orient_substitutions(comparison.substitutions, a.id, original)
    figures = orient_substitutions(comparison.figures, a.id, original)
    said = comparison.reason
    if original == b.id:  # the reason names swaps and figures original → copy too
        if substitutions:
            said = said.replace(f"({swap_listing(comparison.substitutions)})",
                                f"({swap_listing(substitutions)})", 1)
        said = figures_from_b(said)
    quoting = _quoting(comparison, a, b, original)
    if quoting is not None:
        said += quotation_note("a" if quoting[0] == min(a.id, b.id) else "b", quoting[1])
    quoted_by, credit = (quoting[0], credit_as_noted(quoting[1])) if quoting else (None, None)
    reason = f"{said}. Direction: {why}. Found by {path} fingerprints ({shared})."
    passages = tuple(Passage(p.a_start, p.a_end, p.b_start, p.b_end) for p in comparison.passages)
    if a.id > b.id:  # records keep a < b; swap the sides of every passage
        passages = tuple(Passage(p.b_start, p.b_end, p.a_start, p.a_end) for p in passages)
        a, b = b, a
    return Relation(
        a=a.id, b=b.id, type=comparison.type, confidence=comparison.confidence,
        reason=reason, original=original, passages=passages,
        substitutions=substitutions[: options.max_substitutions], changed_figures=figures,
        spun_part=comparison.spun_part, round_trip=comparison.round_trip,
        languages=comparison.languages, quoted_by=quoted_by, credit=credit,
    )  # fmt: skip


__all__ = [
    "Candidate",
    "ReuseIndex",
    "ReuseOptions",
    "align_candidates",
    "align_slices",
    "build_families",
    "candidate_pairs",
    "compare",
    "find_reuse",
    "fingerprint_article",
    "fingerprint_articles",
    "judge",
    "siblings_undirected",
]
