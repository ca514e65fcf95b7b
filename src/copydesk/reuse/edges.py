"""Where a passage starts and ends. Sentence passages are coarse: a stray seed at an end
stretches one over sentences nobody reused, an unseeded edge sentence of an obfuscated
copy is left out, and a heading or list without full stops is one long "sentence" of
which a copy reuses a few lines. Each rule here moves a passage's ends by the words the
two sides share (steps 6, 9, 10 and 12 of docs/reuse.md)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from copydesk.reuse.alignment import Alignment, AlignOptions
from copydesk.reuse.text import Sentence
from copydesk.reuse.trim import BREAKS, best_run, content_words, run_span


def set_ends(
    found: list[Alignment],
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    texts: tuple[str, str] | None,
    language: str | None,
    options: AlignOptions,
) -> list[Alignment]:
    """Passages with their ends set: widened edges, copies narrowed, trimmed ends,
    narrowed source ends (steps 9, 10, 6 and 12 of docs/reuse.md)."""
    if options.edge_share:
        found = widen_edges(found, a, b, options)
    if texts is not None and options.copy_cover:
        found = [narrow_copy(x, b, texts, language, options) for x in found]
    if texts is not None and options.trim_penalty:
        found = [_trim(x, texts, language, options) for x in found]
    if texts is not None and options.source_edge_share:
        found = [narrow_source(x, texts, language, options) for x in found]
    return found


def narrow_source(
    x: Alignment, texts: tuple[str, str], language: str | None, options: AlignOptions
) -> Alignment:
    """A sentence passage with the source side's (B's) first and last lines or sentences
    dropped while under ``source_edge_share`` of their content words are words of the A
    side missing from the rest of the B side (at most ``source_edge_steps`` at each end,
    never under ``min_passage_chars``). Exact passages and summaries are kept as they are."""
    if _wide(x, options):
        return x
    text = texts[1]
    other = {w for _, _, w in content_words(texts[0], x.a_start, x.a_end, language)}
    units = _units(text, x.b_start, x.b_end, content_words(text, x.b_start, x.b_end, language))
    for front in (True, False):
        for _ in range(options.source_edge_steps):
            if len(units) < 2:
                break
            edge, remain = (units[0], units[1:]) if front else (units[-1], units[:-1])
            rest = {w for unit in remain for w in unit[2]}
            if len((edge[2] & other) - rest) >= options.source_edge_share * len(edge[2]) > 0:
                break
            if remain[-1][1] - remain[0][0] < options.min_passage_chars:
                break
            units = remain
    lo, hi = units[0][0], units[-1][1]
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    if (lo, hi) == (x.b_start, x.b_end) or hi - lo < options.min_passage_chars:
        return x
    return replace(x, b_start=lo, b_end=hi)


def _units(
    text: str, start: int, end: int, words: list[tuple[int, int, str]]
) -> list[tuple[int, int, set[str]]]:
    """text[start:end] cut after each line break or sentence end (``trim.BREAKS``):
    (start, end, content stems) of each piece."""
    cuts = {start, end}
    for mark in BREAKS:
        i = text.find(mark, start, end)
        while i >= 0:
            cuts.add(i + 1)
            i = text.find(mark, i + 1, end)
    units = []
    for lo, hi in pairwise(sorted(cuts)):
        units.append((lo, hi, {w for p, _, w in words if lo <= p < hi}))
    return units


def _wide(x: Alignment, options: AlignOptions) -> bool:
    """An exact passage, or one side ``summary_spread`` times the other (a summary)."""
    a_chars, b_chars = x.a_end - x.a_start, x.b_end - x.b_start
    return x.similarity >= 1.0 or max(a_chars, b_chars) >= options.summary_spread * min(
        a_chars, b_chars
    )


def widen_edges(
    found: Sequence[Alignment],
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    options: AlignOptions,
) -> list[Alignment]:
    """Each sentence passage (not exact, not a summary) with its sides widened: a side
    takes in the sentence next to it while ``edge_share`` of that sentence's words are
    words of the other side (its passage and the sentence either side of it) missing from
    this side's passage, at most ``edge_steps`` sentences at each end, never into another
    passage. The A side is widened first and the B side against the widened A side."""
    out: list[Alignment] = []
    for i, x in enumerate(found):
        if _wide(x, options):
            out.append(x)
            continue
        others = [y for j, y in enumerate(found) if j != i]
        ranges = [x.a_sentences, x.b_sentences]
        for side in (0, 1):
            own, other = (a, b) if side == 0 else (b, a)
            lo, hi = ranges[side]
            o_lo, o_hi = ranges[1 - side]
            have = {t for k in range(lo, hi + 1) for t in own[k].stems}
            missing = {
                t for k in range(max(0, o_lo - 1), min(len(other), o_hi + 2))
                for t in other[k].stems
            } - have  # fmt: skip
            for step in (-1, 1):
                for _ in range(options.edge_steps):
                    k = (lo if step < 0 else hi) + step
                    if not 0 <= k < len(own):
                        break
                    words = set(own[k].stems)
                    if len(words) < options.edge_min_words:
                        break
                    if len(words & missing) < options.edge_share * len(words):
                        break
                    sent = own[k]
                    if any(
                        (y.a_start if side == 0 else y.b_start) < sent.end
                        and sent.start < (y.a_end if side == 0 else y.b_end)
                        for y in others
                    ):
                        break
                    lo, hi = (k, hi) if step < 0 else (lo, k)
            ranges[side] = (lo, hi)
        (a0, a1), (b0, b1) = ranges
        if (a0, a1) == x.a_sentences and (b0, b1) == x.b_sentences:
            out.append(x)
            continue
        out.append(replace(
            x, a_start=min(x.a_start, a[a0].start), a_end=max(x.a_end, a[a1].end),
            b_start=min(x.b_start, b[b0].start), b_end=max(x.b_end, b[b1].end),
            a_sentences=(a0, a1), b_sentences=(b0, b1),
        ))  # fmt: skip
    return out


def narrow_copy(
    x: Alignment,
    b: Sequence[Sentence],
    texts: tuple[str, str],
    language: str | None,
    options: AlignOptions,
) -> Alignment:
    """A passage whose B side is ``summary_spread`` times its A side, with its B side cut
    to its best run of words when it is a copy, not a summary: one window of B of
    ``copy_window`` times the A side holds ``copy_cover`` of the A words found in B (a
    summary draws its words from all over what it summarises)."""
    a_chars, b_chars = x.a_end - x.a_start, x.b_end - x.b_start
    if x.similarity >= 1.0 or b_chars < options.summary_spread * a_chars:
        return x
    wa = content_words(texts[0], x.a_start, x.a_end, language)
    wb = content_words(texts[1], x.b_start, x.b_end, language)
    a_words = {w for _, _, w in wa}
    shared = a_words & {w for _, _, w in wb}
    if not shared:
        return x
    width = options.copy_window * a_chars
    counts: dict[str, int] = {}
    best, j = 0, 0
    for start, _, word in wb:  # windows of B starting at each word
        while j < len(wb) and wb[j][1] - start <= width:
            if wb[j][2] in shared:
                counts[wb[j][2]] = counts.get(wb[j][2], 0) + 1
            j += 1
        best = max(best, len(counts))
        if word in counts:
            counts[word] -= 1
            if not counts[word]:
                del counts[word]
    if best < options.copy_cover * len(shared):
        return x
    run = best_run(wb, a_words, options.copy_penalty)
    if run is None:
        return x
    b0, b1 = run_span(texts[1], wb, run, x.b_start, x.b_end)
    if b1 - b0 < options.min_passage_chars:
        return x
    inside = [k for k, s in enumerate(b) if s.start < b1 and b0 < s.end]
    return replace(x, b_start=b0, b_end=b1, b_sentences=(inside[0], inside[-1]))


def _trim(
    x: Alignment, texts: tuple[str, str], language: str | None, options: AlignOptions
) -> Alignment:
    """Cut each side of a sentence passage to its best run of words shared with the other
    side (widened to whole lines or sentences). Exact passages (similarity 1) and
    summaries (one side ``summary_spread`` times the other) are kept as they are."""
    if _wide(x, options):
        return x
    wa = content_words(texts[0], x.a_start, x.a_end, language)
    wb = content_words(texts[1], x.b_start, x.b_end, language)
    run_a = best_run(wa, {w for _, _, w in wb}, options.trim_penalty)
    run_b = best_run(wb, {w for _, _, w in wa}, options.trim_penalty)
    if run_a is None or run_b is None:
        return x
    a0, a1 = run_span(texts[0], wa, run_a, x.a_start, x.a_end)
    b0, b1 = run_span(texts[1], wb, run_b, x.b_start, x.b_end)
    if min(a1 - a0, b1 - b0) < options.min_passage_chars:
        return x
    return replace(x, a_start=a0, a_end=a1, b_start=b0, b_end=b1)
