"""Sentences and content words: the small text tools the summary and timeline share.

The report runs on whatever language the articles are in and must not need a
model, so sentences are cut with punctuation rules (a stop, then a capital, a
digit or an opening quote) and words are ``\\w+`` runs without a short list of
English function words. Good enough to rank and compare sentences; the stages
do the real linguistics.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019\u00bb)\]]*(?=\s)")
_NEXT_STARTS = re.compile(r"\s+[\"'\u201c\u2018\u00ab(\[]?[A-Z0-9\u00c0-\u00de\u0400-\u042f]")
_WORD = re.compile(r"\w+", re.UNICODE)

#: English function words: they say nothing about what a sentence is about.
STOPWORDS = frozenset(
    """a about after against all also an and any are as at be been before being but by can
    could did do does during each for from had has have he her his how i if in into is it
    its itself more most no not of on once only or other our out over own said says same she
    should so some such than that the their them then there these they this those through to
    too under until up very was we were what when where which while who whom why will with
    would you your""".split()
)


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence: cut at line breaks and at sentence-ending punctuation,
    but not inside a quotation that closes later on the line (“We will wait. Nobody
    should rush,” she said. is one sentence: cut inside, the timeline showed
    "Nobody should rush,” she said." with no opening mark and no first half)."""
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        segment = line.group()
        quoted = _quoted_ranges(segment)
        for end in _END.finditer(segment):
            following = segment[end.end():]
            if any(a < end.end() < b for a, b in quoted):
                continue
            if _NEXT_STARTS.match(following):
                stop = line.start() + end.end()
                if text[start:stop].strip():
                    yield _strip(text, start, stop)
                start = stop
        if text[start:line.end()].strip():
            yield _strip(text, start, line.end())


_OPEN_MARKS = "\u201c\u00ab\u201e"  # “ « „
_CLOSE_MARKS = "\u201d\u00bb"  # ” »


def _quoted_ranges(line: str) -> list[tuple[int, int]]:
    """(open, close) of each double-quoted passage that closes on the line: curly marks by
    direction, straight ones by turns; an unclosed quote makes no range."""
    out: list[tuple[int, int]] = []
    opened: int | None = None
    for i, c in enumerate(line):
        if c in _OPEN_MARKS or (c == '"' and opened is None):
            opened = i if opened is None else opened  # a second “ keeps the first
        elif (c in _CLOSE_MARKS or c == '"') and opened is not None:
            out.append((opened, i))
            opened = None
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def content_words(text: str) -> frozenset[str]:
    """Lower-cased words that carry meaning (no function words, no single letters)."""
    return frozenset(
        w for w in _WORD.findall(text.lower()) if len(w) > 1 and w not in STOPWORDS
    )


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


__all__ = ["STOPWORDS", "content_words", "jaccard", "sentence_spans"]
