"""Where an article's sentences begin and end.

A claim is read within its sentence (its subject, its date, a correction or a comparison
around it), so every reader of an article cuts the text the same way, with these.
"""

from __future__ import annotations

import re

__all__ = ["sentence_bounds", "sentence_of"]


_SENTENCE_BREAK = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(]?[A-Z0-9])|\n+")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    bounds = []
    start = 0
    for m in _SENTENCE_BREAK.finditer(text):
        if m.start() > start:
            bounds.append((start, m.start()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def sentence_of(sentences: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for s, e in sentences:
        if s <= pos < e:
            return s, e
    return pos, pos
