"""Trimming a sentence passage to the words its two sides share.

Sentences are coarse units: a heading, list or table without full stops is one long
"sentence" of which a copy reuses a few lines. The aligner (:mod:`copydesk.reuse.align`,
``AlignOptions.trim_penalty``) cuts each side of such a passage to its best-scoring run
of content words, widened back to whole lines or sentences.
"""

from __future__ import annotations

from copydesk.reuse.text import WORD, stemmer, stop_words


def content_words(
    text: str, start: int, end: int, language: str | None
) -> list[tuple[int, int, str]]:
    """(start, end, stem) of each content word of text[start:end]."""
    stops = stop_words(language)
    stem = stemmer(language)
    out = []
    for m in WORD.finditer(text, start, end):
        word = m.group().lower()
        if word not in stops:
            out.append((m.start(), m.end(), stem(word)))
    return out


def best_run(
    words: list[tuple[int, int, str]], other: set[str], penalty: float
) -> tuple[int, int] | None:
    """First and last index of the best-scoring run of words (Kadane): +1 a word in
    ``other``, ``-penalty`` one that is not."""
    best, span, run, first = 0.0, None, 0.0, 0
    for i, (_, _, word) in enumerate(words):
        if run <= 0:
            run, first = 0.0, i
        run += 1.0 if word in other else -penalty
        if run > best:
            best, span = run, (first, i)
    return span


#: Where a trimmed passage may start or end: a line break or the end of a sentence.
BREAKS = ("\n", ". ", "! ", "? ")


def run_span(
    text: str, words: list[tuple[int, int, str]], run: tuple[int, int], start: int, end: int
) -> tuple[int, int]:
    """Characters of a run of words inside [start, end), widened to the enclosing lines
    or sentences; a run reaching the first or last word keeps the passage's own end."""
    lo, hi = start, end
    if run[0] > 0:
        cut = max(text.rfind(mark, start, words[run[0]][0]) for mark in BREAKS)
        lo = start if cut < 0 else cut + 1
        while lo < end and text[lo].isspace():
            lo += 1
    if run[1] < len(words) - 1:
        cuts = [i for i in (text.find(mark, words[run[1]][1], end) for mark in BREAKS) if i >= 0]
        hi = min(cuts) + 1 if cuts else end
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
    return lo, hi
