"""Passage alignment: which stretches of text A reappear in text B, with offsets in both.

One aligner serves news articles and the PAN text-alignment benchmark. It follows
Sanchez-Perez, Sidorov and Gelbukh (2014), the best published PAN 2013 system:

1. **Seeding.** Every sentence pair whose tf-isf cosine and Dice coefficient (over
   stemmed content words) both pass a threshold is a seed. Sentence-level seeds survive
   synonym substitution, inserted and deleted words, and reordering inside a sentence,
   which word n-grams do not (two spins of one sentence share no 5-word shingle).
2. **Extension.** Seeds are clustered by alternately splitting on gaps in A and in B
   (more than ``max_gap`` sentences apart), so reordered or truncated copies become
   several maximal passages, not one blurred one.
3. **Validation.** A cluster becomes a passage when the whole stretch in A and in B is
   similar (cosine of the summed vectors); a failing cluster is re-clustered with no gap.
   A passage's ends then move a sentence in or out while that raises the cosine (ours).
4. **Filtering.** Of overlapping passages the more similar and better seeded is kept;
   passages that follow each other closely on both sides are joined; passages shorter
   than ``min_passage_chars`` on either side are noise.
   A pair where nothing is found is seeded again with lower thresholds and validated
   more strictly (heavily obfuscated copies have few sentence pairs above 0.33).
5. **Summaries.** When one side's passages are much shorter than the other's, the text
   is a summary: sentences of the longer side are spread out, so alignment is redone
   with an unbounded gap on that side, and a passage spanning most of the long text
   stands for all of it. A summary whose seeds are too scattered to form such passages
   is found by :func:`summaries`: a few adjacent sentences of A whose seeds reach all
   over B, and which are as similar to that whole stretch of B as to any window of it,
   unless one close passage found by extension already covers them (a copy).
6. **Exact boundaries** (our addition). A sentence passage that is mostly verbatim is
   replaced by the exact word runs inside it (:mod:`copydesk.reuse.verbatim`), so a
   verbatim copy's offsets do not stop at sentence ends or take in a neighbour. Given
   the texts, the other passages' ends are cut to the lines or sentences whose words
   the other side shares (a list or heading without full stops is one long sentence).

The same extension and filtering serve translated pairs, with seeds from shared names
and numbers instead of shared words (:func:`align_seeds`). Tuned constants are the
fields of :class:`AlignOptions` (:mod:`copydesk.reuse.alignment`); each says how it was
chosen. Sentence chains are in :mod:`copydesk.reuse.chain`, the rules that set a
passage's ends in :mod:`copydesk.reuse.edges`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import pairwise

from copydesk.reuse.alignment import Alignment, AlignOptions, Similarity, overlaps, overlaps_a
from copydesk.reuse.chain import with_chain
from copydesk.reuse.edges import set_ends
from copydesk.reuse.sentence_space import Seed, SentenceSpace
from copydesk.reuse.text import Sentence
from copydesk.reuse.twins import twin_scores


def align(
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    options: AlignOptions | None = None,
    verbatim: Sequence[Alignment] = (),
    texts: tuple[str, str] | None = None,
    language: str | None = None,
) -> list[Alignment]:
    """Reused passages between two texts given as sentences (see ``text.sentences``).

    ``verbatim`` passages (from :func:`copydesk.reuse.verbatim.exact_passages`) have exact
    boundaries: a sentence passage that is mostly verbatim is replaced by them. With
    ``texts`` (the two texts the sentences come from, in ``language``), the ends of
    sentence passages are trimmed to the words they share (``trim_penalty``).
    """
    options = options or AlignOptions()
    if not a or not b:
        return list(verbatim)
    space = SentenceSpace(a, b)
    found = _align_space(space, a, b, options, verbatim)
    if not found and options.retry_seed:
        retry = replace(
            options, seed_cosine=options.retry_seed, seed_dice=options.retry_seed,
            validation=options.retry_validation, retry_seed=0.0,
        )  # fmt: skip
        found = _align_space(space, a, b, retry, verbatim)
    if not found and options.short_passage_chars:
        short = replace(options, min_passage_chars=options.short_passage_chars)
        found = [
            x for x in _align_space(space, a, b, short, verbatim)
            if min(x.a_end - x.a_start, x.b_end - x.b_start) >= options.min_passage_chars
            or (x.seeds >= options.short_seeds and x.similarity >= options.short_sim)
        ]  # fmt: skip
    if options.chain_sentences:
        found = with_chain(found, lambda: twin_scores(space.cosines(), a, b), space, a, b,
                           options, options.chain_moves)
    found = set_ends(found, a, b, texts, language, options)
    if found and options.second_pass:
        found = _second_pass(found, space, a, b, texts, language, options)
    return drop_strays(found, options)


def _second_pass(
    found: list[Alignment],
    space: SentenceSpace,
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    texts: tuple[str, str] | None,
    language: str | None,
    options: AlignOptions,
) -> list[Alignment]:
    """``found`` with the passages of the seeds outside it (``AlignOptions.second_pass``):
    seeds none of whose sentences overlaps a passage found are extended again, and what
    they give is added where it overlaps nothing found."""

    def free(seed: Seed) -> bool:
        sa, sb = a[seed[0]], b[seed[1]]
        return not any(
            (x.a_start < sa.end and sa.start < x.a_end)
            or (x.b_start < sb.end and sb.start < x.b_end)
            for x in found
        )

    seeds = space.seeds(
        options.seed_cosine, options.seed_dice, options.seed_best_ratio,
        options.weak_seed, options.weak_grow,
    )  # fmt: skip
    rest = [s for s in seeds if free(s)]
    if not rest:
        return found
    gaps = (options.max_gap, options.max_gap)
    more = [
        x for x in set_ends(
            _extend(rest, a, b, space, options, gaps), a, b, texts, language, options
        )
        if not any(overlaps(x, y) for y in found)
    ]  # fmt: skip
    if not more:
        return found
    return _join(sorted(found + more, key=lambda x: (x.a_start, x.b_start)),
                 options.verbatim_join_chars)  # fmt: skip


def drop_strays(found: Sequence[Alignment], options: AlignOptions) -> list[Alignment]:
    """The passages without the weakly seeded sentence passages found beside a verbatim
    passage or a much longer one (see ``AlignOptions.stray_beside_exact``): where two texts
    share a copied stretch, a lone weak match elsewhere is their shared topic or template,
    not more reuse. Exact passages (similarity 1) are never strays."""
    if len(found) < 2:
        return list(found)
    has_exact = any(x.similarity >= 1.0 for x in found)
    longest = max(x.a_end - x.a_start for x in found)

    def stray(x: Alignment) -> bool:
        if x.similarity >= 1.0:
            return False
        if has_exact and x.seeds <= options.stray_beside_exact:
            return True
        return (
            x.seeds == 1
            and x.similarity < options.stray_cosine
            and longest >= options.stray_ratio * (x.a_end - x.a_start)
        )

    return [x for x in found if not stray(x)]


def _align_space(
    space: SentenceSpace,
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    options: AlignOptions,
    verbatim: Sequence[Alignment],
) -> list[Alignment]:
    seeds = space.seeds(
        options.seed_cosine, options.seed_dice, options.seed_best_ratio,
        options.weak_seed, options.weak_grow,
    )  # fmt: skip
    found, summary = _align_seeds(seeds, a, b, space, options)
    if verbatim:
        exact = sum(v.a_end - v.a_start for v in verbatim)
        if summary and exact < options.verbatim_share * sum(f.a_end - f.a_start for f in found):
            return found  # a summary with a copied sentence or two: keep the wide passage
        if summary:
            found = _align_seeds(seeds, a, b, space, replace(options, summary_ratio=0.0))[0]
        found = _filter(_narrow(found, verbatim, options), options)
    if not summary and options.summary_seeds:
        extra = summaries(seeds, a, b, space, options, verbatim)
        found = _with_summaries(found, [x for x in extra if not _copy_of(x, found, options)])
    return found


def _copy_of(x: Alignment, found: Sequence[Alignment], options: AlignOptions) -> bool:
    """A summary candidate that one close passage found by extension covers in A: a
    summary draws on all its source, while that passage matches one stretch of it."""
    length = x.a_end - x.a_start
    return any(
        min(x.a_end, f.a_end) - max(x.a_start, f.a_start) >= options.summary_copy_cover * length
        and f.similarity >= options.summary_copy_sim
        for f in found
    )


def _with_summaries(found: list[Alignment], extra: list[Alignment]) -> list[Alignment]:
    """Summary passages replace the passages they overlap in A (fragments of them)."""
    if not extra:
        return found
    kept = [f for f in found if not any(overlaps_a(f, x) for x in extra)]
    return sorted(kept + extra, key=lambda x: (x.a_start, x.b_start))


def summaries(
    seeds: Sequence[Seed],
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    similarity: Similarity,
    options: AlignOptions,
    verbatim: Sequence[Alignment] = (),
) -> list[Alignment]:
    """Stretches of A that summarise B: seeds packed in a few sentences of A but reaching
    sentences spread over B, and the stretch as similar to that whole spread as to any
    window of B its size (Sanchez-Perez et al. 2014 detect summaries by passage lengths
    after extension; a summary's scattered seeds often never form such a passage).

    Only A is searched: searching B too (a stretch of B summarising A) takes copies whose
    pieces are reordered in A for summaries (PAN train overall 0.78 against 0.84)."""
    if not seeds:
        return []
    out: list[Alignment] = []
    for group in _split(sorted(set(seeds)), 0, options.summary_stretch_gap):
        shorts = sorted({s[0] for s in group})
        longs = sorted({s[1] for s in group})
        # Two summary sentences at least: one sentence matching several is a commonplace.
        if len(group) < options.summary_seeds or len(longs) < options.summary_seeds:
            continue
        if len(shorts) < 2:
            continue
        s_range = (shorts[0], shorts[-1])
        a_start, a_end = a[s_range[0]].start, a[s_range[1]].end
        l_chars = b[longs[-1]].end - b[longs[0]].start
        if l_chars < options.summary_spread * (a_end - a_start):
            continue
        copied = sum(
            min(a_end, v.a_end) - max(a_start, v.a_start)
            for v in verbatim
            if v.a_start < a_end and a_start < v.a_end
        )
        if copied >= options.verbatim_share * (a_end - a_start):
            continue  # a verbatim copy with stray seeds, not a summary
        l_range = (longs[0], longs[-1])
        if l_chars >= options.summary_whole * (b[-1].end - b[0].start):
            l_range = (0, len(b) - 1)  # a summary of most of a text summarises all of it
        sim = similarity(s_range, l_range)
        if sim < options.summary_validation:
            continue
        width = options.summary_window * (s_range[1] - s_range[0] + 1)
        best = max(
            similarity(s_range, (j, min(len(b) - 1, j + width - 1)))
            for j in range(max(1, len(b) - width + 1))
        )
        if sim < options.summary_focus * best:
            continue
        out.append(
            Alignment(
                a_start, a_end, b[l_range[0]].start, b[l_range[1]].end,
                round(sim, 4), len(group), s_range, l_range,
            )
        )  # fmt: skip
    kept: list[Alignment] = []
    for cand in sorted(out, key=lambda x: (-x.seeds, -x.similarity, x.a_start)):
        if not any(overlaps(cand, k) for k in kept):
            kept.append(cand)
    return [
        k
        for k in kept
        if k.a_end - k.a_start >= options.min_passage_chars
        and k.b_end - k.b_start >= options.min_passage_chars
    ]


def _narrow(
    found: Sequence[Alignment], verbatim: Sequence[Alignment], options: AlignOptions
) -> list[Alignment]:
    """Replace a mostly-verbatim sentence passage by its exact passages; keep an obfuscated
    one whole (its exact pieces are fragments of it)."""
    out: list[Alignment] = []
    used: set[int] = set()
    for p in found:
        inside = [i for i, v in enumerate(verbatim) if overlaps(p, v)]
        exact = sum(verbatim[i].a_end - verbatim[i].a_start for i in inside)
        used.update(inside)
        if inside and exact >= options.verbatim_share * (p.a_end - p.a_start):
            out.extend(_join([verbatim[i] for i in inside], options.verbatim_join_chars))
        else:
            out.append(p)
    out.extend(v for i, v in enumerate(verbatim) if i not in used)
    return out


def align_seeds(
    seeds: Sequence[Seed],
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    similarity: Similarity,
    options: AlignOptions,
) -> list[Alignment]:
    """Extension, validation, filtering and summary handling over given seeds."""
    return _align_seeds(seeds, a, b, similarity, options)[0]


def _align_seeds(
    seeds: Sequence[Seed],
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    similarity: Similarity,
    options: AlignOptions,
) -> tuple[list[Alignment], bool]:
    if not seeds:
        return [], False
    found = _extend(seeds, a, b, similarity, options, (options.max_gap, options.max_gap))
    a_len = sum(x.a_end - x.a_start for x in found)
    b_len = sum(x.b_end - x.b_start for x in found)
    if found and min(a_len, b_len) < options.summary_ratio * max(a_len, b_len):
        long_side = 0 if a_len > b_len else 1
        gaps = [options.summary_short_gap, options.summary_short_gap]
        gaps[long_side] = options.summary_long_gap
        summary = _extend(seeds, a, b, similarity, options, (gaps[0], gaps[1]))
        if summary:
            summary = _hull_summary(summary, 1 - long_side, options.verbatim_join_chars)
            return [_whole(x, a, b, long_side, options) for x in summary], True
    return found, False


def _extend(
    seeds: Sequence[Seed],
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    similarity: Similarity,
    options: AlignOptions,
    gaps: tuple[int, int],
) -> list[Alignment]:
    clusters = _cluster(sorted(set(seeds)), gaps, 0, 0)
    found: list[Alignment] = []
    for cluster in clusters:
        found.extend(_validate(cluster, a, b, similarity, options, gaps))
    return _filter(found, options)


def _validate(
    cluster: list[Seed],
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    similarity: Similarity,
    options: AlignOptions,
    gaps: tuple[int, int],
) -> list[Alignment]:
    a_range = (min(s[0] for s in cluster), max(s[0] for s in cluster))
    b_range = (min(s[1] for s in cluster), max(s[1] for s in cluster))
    sim = similarity(a_range, b_range)
    if sim >= options.validation:
        if max(gaps) <= options.max_gap:

            def long(ra: tuple[int, int], rb: tuple[int, int]) -> bool:
                return min(a[ra[1]].end - a[ra[0]].start, b[rb[1]].end - b[rb[0]].start) >= (
                    options.min_passage_chars
                )

            floor = long if options.refine_floor and long(a_range, b_range) else None
            a_range, b_range, sim = _refine(
                a_range, b_range, sim, len(a), len(b), similarity, options, floor
            )
        return [
            Alignment(
                a[a_range[0]].start, a[a_range[1]].end, b[b_range[0]].start,
                b[b_range[1]].end, round(sim, 4), len(cluster), a_range, b_range,
            )
        ]  # fmt: skip
    if max(gaps) == 0 or len(cluster) < 2:
        return []
    out: list[Alignment] = []
    for sub in _cluster(cluster, (0, 0), 0, 0):
        out.extend(_validate(sub, a, b, similarity, options, (0, 0)))
    return out


def _refine(
    a_range: tuple[int, int],
    b_range: tuple[int, int],
    sim: float,
    a_count: int,
    b_count: int,
    similarity: Similarity,
    options: AlignOptions,
    allowed: Callable[[tuple[int, int], tuple[int, int]], bool] | None = None,
) -> tuple[tuple[int, int], tuple[int, int], float]:
    """Hill-climb a passage's sentence ranges: of the moves of one end by one sentence
    (dropping an end sentence or taking in the neighbour), take the one that raises the
    cosine most, until none does. With ``allowed``, only moves to ranges it accepts."""
    for _ in range(options.refine_moves):
        (a0, a1), (b0, b1) = a_range, b_range
        moves: list[tuple[tuple[int, int], tuple[int, int]]] = []
        if a1 > a0:
            moves += [((a0 + 1, a1), b_range), ((a0, a1 - 1), b_range)]
        if b1 > b0:
            moves += [(a_range, (b0 + 1, b1)), (a_range, (b0, b1 - 1))]
        if a0 > 0:
            moves.append(((a0 - 1, a1), b_range))
        if a1 < a_count - 1:
            moves.append(((a0, a1 + 1), b_range))
        if b0 > 0:
            moves.append((a_range, (b0 - 1, b1)))
        if b1 < b_count - 1:
            moves.append((a_range, (b0, b1 + 1)))
        if allowed is not None:
            moves = [m for m in moves if allowed(*m)]
        best, move = max((similarity(x, y), (x, y)) for x, y in moves) if moves else (0.0, None)
        if move is None or best <= sim:
            break
        (a_range, b_range), sim = move, best
    return a_range, b_range, sim


def _whole(
    x: Alignment,
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    long_side: int,
    options: AlignOptions,
) -> Alignment:
    """A summary of most of a text summarises all of it: when the long side's passage spans
    ``summary_whole`` of its text, it becomes the whole text."""
    sents = a if long_side == 0 else b
    lo, hi = (x.a_start, x.a_end) if long_side == 0 else (x.b_start, x.b_end)
    first, last = sents[0].start, sents[-1].end
    if hi - lo < options.summary_whole * (last - first):
        return x
    if long_side == 0:
        return replace(x, a_start=first, a_end=last, a_sentences=(0, len(sents) - 1))
    return replace(x, b_start=first, b_end=last, b_sentences=(0, len(sents) - 1))


def _hull_summary(found: list[Alignment], short_side: int, gap: int) -> list[Alignment]:
    """In a summary, passages close together on the short side are one summarised stretch:
    their hull on both sides (the long side's sentences are spread and may interleave)."""

    def start(x: Alignment) -> int:
        return x.a_start if short_side == 0 else x.b_start

    def end(x: Alignment) -> int:
        return x.a_end if short_side == 0 else x.b_end

    out: list[Alignment] = []
    for x in sorted(found, key=start):
        last = out[-1] if out else None
        if last is not None and start(x) - end(last) <= gap:
            out[-1] = Alignment(
                min(last.a_start, x.a_start), max(last.a_end, x.a_end),
                min(last.b_start, x.b_start), max(last.b_end, x.b_end),
                min(last.similarity, x.similarity), last.seeds + x.seeds,
                (min(last.a_sentences[0], x.a_sentences[0]),
                 max(last.a_sentences[1], x.a_sentences[1])),
                (min(last.b_sentences[0], x.b_sentences[0]),
                 max(last.b_sentences[1], x.b_sentences[1])),
            )  # fmt: skip
        else:
            out.append(x)
    return sorted(out, key=lambda x: (x.a_start, x.b_start))


def _join(pieces: list[Alignment], gap: int) -> list[Alignment]:
    """Join passages that follow each other on both sides with short gaps (one case cut in
    two by an unseeded sentence is one passage: granularity)."""
    out: list[Alignment] = []
    for v in sorted(pieces, key=lambda x: (x.a_start, x.b_start)):
        last = out[-1] if out else None
        if (
            last is not None
            and 0 <= v.a_start - last.a_end <= gap
            and 0 <= v.b_start - last.b_end <= gap
        ):
            out[-1] = Alignment(
                last.a_start,
                max(last.a_end, v.a_end),
                last.b_start,
                max(last.b_end, v.b_end),
                min(last.similarity, v.similarity),
                last.seeds + v.seeds,
                (last.a_sentences[0], max(last.a_sentences[1], v.a_sentences[1])),
                (last.b_sentences[0], max(last.b_sentences[1], v.b_sentences[1])),
            )
        else:
            out.append(v)
    return out


def _cluster(seeds: list[Seed], gaps: tuple[int, int], side: int, depth: int) -> list[list[Seed]]:
    """Split seeds into groups on gaps of one side, then the other, until stable."""
    groups = _split(seeds, side, gaps[side])
    if len(groups) <= 1 and depth > 0:
        return groups
    out: list[list[Seed]] = []
    for group in groups:
        out.extend(_cluster(group, gaps, 1 - side, depth + 1))
    return out


def _split(seeds: list[Seed], side: int, gap: int) -> list[list[Seed]]:
    ordered = sorted(seeds, key=lambda s: (s[side], s[1 - side]))
    groups: list[list[Seed]] = [[ordered[0]]]
    for prev, cur in pairwise(ordered):
        if cur[side] - prev[side] - 1 > gap:
            groups.append([])
        groups[-1].append(cur)
    return groups


def _filter(found: list[Alignment], options: AlignOptions) -> list[Alignment]:
    """Resolve overlaps (the more similar and better-seeded passage wins: PAN train random
    0.867 → 0.881 against similarity alone), join neighbours, then drop short noise."""
    kept: list[Alignment] = []
    for cand in sorted(found, key=lambda x: (-x.similarity * min(x.seeds, 3), x.a_start)):
        if any(overlaps(cand, k) for k in kept):
            continue
        kept.append(cand)
    return [
        k
        for k in _join(kept, options.verbatim_join_chars)
        if k.a_end - k.a_start >= options.min_passage_chars
        and k.b_end - k.b_start >= options.min_passage_chars
    ]


