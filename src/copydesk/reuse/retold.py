"""Retold copies: a summary of one article, in other words.

A content farm that feeds a wire story to a language model gets back the same story in
fewer words. Nothing is copied word for word, so the aligner's seeds are few and the
classifier (rightly) calls it "the same story told again". What a summary keeps is the
skeleton: every name and figure it gives is the original's, in the original's order, and
it adds none of its own. An independent report of the same event adds its own (a local
angle, a witness, a reaction, figures from elsewhere) and orders the facts its own way.
A full rewrite, as long as its source, is the round-trip test's (``classify``): a second
report of one document (a budget, a results sheet) keeps the document's order and adds
nothing either, and only length tells it from a summary.

Measured (docs/reuse.md, "Retold copies"): on the AI-farm probe, summaries against
their wire keep 0.85–0.97 of their skeleton in the wire's order and add no item of
their own, while 48 pairs of independent reports of one press conference, written from
one fact sheet, keep at most 0.80; on ECB+, no pair of articles about two different
events passes, and the one pair of one event that does is a report retelling an obituary.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from rapidfuzz.distance import LCSseq

from copydesk.reuse.alignment import Alignment
from copydesk.reuse.classify import Comparison, _coverage
from copydesk.reuse.text import Sentence

#: The retold side must give at least this many distinct names and figures: fewer are
#: too little evidence (a generated corpus of ~100-word reports, 9 items each, shares
#: them across independent reports through its templates: 97 of 14,558 such pairs
#: passed at 8 items, 1 of 42 at 12).
MIN_ITEMS = 12
#: ... of which this share (of its items in order, repeats counted) is found in the same
#: order in the other text (probe: summaries 0.85–0.97, rewrites 0.85–1.0; independent
#: reports of one fact sheet at most 0.80) ...
MIN_ORDER = 0.85
#: ... and at most this share of its distinct items is missing from the other (probe:
#: summaries of the wire 0.0; one rewrite of a rewrite 0.05).
MAX_OWN_ITEMS = 0.05
#: The retold side holds at most this share of the other's text (characters): a summary.
#: A report as long as its source that keeps its names and figures in order is a full
#: rewrite, which the round-trip test types ``translated``, or a second report of one
#: document (a regression probe: briefs of a budget, an election's results, a statistics
#: release and a reshuffle list, each keeping the document's order with nothing of its
#: own, at 0.54–0.77 of the other report's length; the probes' summaries 0.41–0.46).
MAX_SHARE = 0.5
#: Sentences between two matched items that still belong to one passage, on the longer
#: side (a summary passes over the sentences it leaves out) and on the shorter.
LONG_GAP = 3
SHORT_GAP = 1

#: A name or figure of a text: (start, end, key), as ``fingerprints.skeleton_items``.
Item = tuple[int, int, str]


def retelling(
    a_text: str,
    b_text: str,
    items: tuple[Sequence[Item], Sequence[Item]],
    sentences: tuple[Sequence[Sentence], Sequence[Sentence]],
) -> Comparison | None:
    """The retold-copy comparison of two same-language texts, or None when neither
    retells the other (see the module's docstring). ``items``: each text's
    ``skeleton_items``; ``sentences``: each text's sentences."""
    a_items, b_items = items
    a_sentences, b_sentences = sentences
    if not a_sentences or not b_sentences:
        return None
    a_keys = [k for _, _, k in a_items]
    b_keys = [k for _, _, k in b_items]
    a_distinct, b_distinct = set(a_keys), set(b_keys)
    if min(len(a_distinct), len(b_distinct)) < MIN_ITEMS:
        return None
    a_short = len(a_distinct) <= len(b_distinct)
    short_text, long_text = (a_text, b_text) if a_short else (b_text, a_text)
    if len(short_text.strip()) > MAX_SHARE * len(long_text.strip()):
        return None
    short_keys, long_keys = (a_distinct, b_distinct) if a_short else (b_distinct, a_distinct)
    own = len(short_keys - long_keys) / len(short_keys)
    if own > MAX_OWN_ITEMS:
        return None
    matches = _matched_items(a_keys, b_keys)
    order = len(matches) / min(len(a_keys), len(b_keys))
    if order < MIN_ORDER:
        return None
    pairs = [(_sentence_of(a_items[i][0], a_sentences), _sentence_of(b_items[j][0], b_sentences))
             for i, j in matches]
    passages = _passages(pairs, a_sentences, b_sentences, a_short)
    cov = (_coverage([(p.a_start, p.a_end) for p in passages], a_text),
           _coverage([(p.b_start, p.b_end) for p in passages], b_text))
    where = f"{len(passages)} passage(s), covering {cov[0]:.0%} / {cov[1]:.0%}"
    reason = (f"rewritten: one retells the other in fewer words (a summary): of the "
              f"{len(short_keys)} names and figures of the one that gives fewer, {order:.0%} "
              f"in the other's order and {own:.0%} its own; {where}")
    confidence = round(0.4 + 0.4 * (order - MIN_ORDER) / (1 - MIN_ORDER) * (1 - own), 3)
    return Comparison("rewritten", confidence, reason, tuple(passages), cov, 0.0, (),
                      len(passages))


def _matched_items(a_keys: list[str], b_keys: list[str]) -> list[tuple[int, int]]:
    """(index in A, index in B) of the items of a longest common subsequence."""
    out: list[tuple[int, int]] = []
    for op in LCSseq.opcodes(a_keys, b_keys):
        if op.tag == "equal":
            out.extend(zip(range(op.src_start, op.src_end), range(op.dest_start, op.dest_end),
                           strict=True))
    return out


def _sentence_of(offset: int, sentences: Sequence[Sentence]) -> int:
    """Index of the sentence holding ``offset`` (the last one that starts before it)."""
    return max(0, bisect_right(sentences, offset, key=lambda s: s.start) - 1)


def _passages(
    pairs: list[tuple[int, int]],
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    a_short: bool,
) -> list[Alignment]:
    """Runs of matched sentences, each a passage: a run goes on while the next match is
    at most ``SHORT_GAP`` sentences on in the retold text and ``LONG_GAP`` in the other
    (both sides only move forward: the items are in order)."""
    a_gap, b_gap = (SHORT_GAP, LONG_GAP) if a_short else (LONG_GAP, SHORT_GAP)
    runs: list[list[tuple[int, int]]] = []
    for i, j in dict.fromkeys(pairs):
        if runs and i - runs[-1][-1][0] <= a_gap + 1 and j - runs[-1][-1][1] <= b_gap + 1:
            runs[-1].append((i, j))
        else:
            runs.append([(i, j)])
    out = []
    for run in runs:
        (i0, j0), (i1, j1) = run[0], run[-1]
        out.append(Alignment(a[i0].start, a[i1].end, b[j0].start, b[j1].end, 0.0,
                             len({i for i, _ in run}), (i0, i1), (j0, j1)))
    return out
