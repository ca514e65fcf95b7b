"""PAN's text-alignment measures: character precision, recall, granularity, plagdet.

Potthast, Stein, Barrón-Cedeño and Rosso (2010), "An Evaluation Framework for
Plagiarism Detection". A case or a detection is a pair of character ranges, one in the
suspicious document and one in the source. A detection *detects* a case when they overlap
in both documents. Precision and recall are averaged in one of two ways:

- **macro** (PAN's own default, what its published results use): recall is the mean over
  cases of the share of each case's characters that detections of it cover; precision is
  the mean over detections of the share of each detection's characters inside the cases
  it detects. A short case missed weighs as much as a long one.
- **micro**: recall = |⋃ (case ∩ detection) over detecting pairs| / |⋃ cases|, precision
  the same numerator / |⋃ detections|: every character weighs the same.

granularity = mean number of detections per detected case (1 is perfect), and
plagdet = F1(precision, recall) / log2(1 + granularity).

Characters are counted in both documents (suspicious and source side). A document pair
with no case and no detection scores perfectly; a corpus with no cases at all has
precision and recall 1 when nothing was detected and 0 otherwise (the official rule).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

#: (this_offset, this_length, source_offset, source_length) as in the PAN XML.
Span = tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class Scores:
    """The PAN measures over a set of document pairs."""

    plagdet: float
    precision: float
    recall: float
    granularity: float
    cases: int
    detections: int


@dataclass
class _Counts:
    case_chars: int = 0
    detection_chars: int = 0
    detected_chars: int = 0
    cases: int = 0
    detections: int = 0
    detected_cases: int = 0
    detections_of_detected: int = 0
    case_recall_sum: float = 0.0
    detection_precision_sum: float = 0.0


def _mask(spans: Iterable[tuple[int, int]], size: int) -> np.ndarray:
    mask = np.zeros(size, bool)
    for offset, length in spans:
        mask[offset : offset + length] = True
    return mask


def _overlap(a_off: int, a_len: int, b_off: int, b_len: int) -> bool:
    return a_off < b_off + b_len and b_off < a_off + a_len


def _detects(c: Span, d: Span) -> bool:
    return _overlap(c[0], c[1], d[0], d[1]) and _overlap(c[2], c[3], d[2], d[3])


def _covered_share(span: Span, others: Sequence[Span]) -> float:
    """The share of ``span``'s characters (both sides) inside the others that it overlaps
    on both sides: a case's recall, or, with cases as the others, a detection's precision."""
    touching = [o for o in others if _detects(span, o)]
    if not touching or span[1] + span[3] == 0:
        return 0.0
    covered = 0
    for side in (0, 2):
        start, length = span[side], span[side + 1]
        mask = _mask(
            ((max(o[side], start) - start, min(o[side] + o[side + 1], start + length)
              - max(o[side], start)) for o in touching),
            length,
        )  # fmt: skip
        covered += int(mask.sum())
    return covered / (span[1] + span[3])


def _add_pair(counts: _Counts, cases: Sequence[Span], detections: Sequence[Span]) -> None:
    counts.cases += len(cases)
    counts.detections += len(detections)
    spans = [*cases, *detections]
    if not spans:
        return
    this_size = max(s[0] + s[1] for s in spans)
    src_size = max(s[2] + s[3] for s in spans)
    for side, size in ((0, this_size), (2, src_size)):
        counts.case_chars += int(_mask(((c[side], c[side + 1]) for c in cases), size).sum())
        counts.detection_chars += int(
            _mask(((d[side], d[side + 1]) for d in detections), size).sum()
        )
        hit = np.zeros(size, bool)
        for c in cases:
            for d in detections:
                if _detects(c, d):
                    lo = max(c[side], d[side])
                    hi = min(c[side] + c[side + 1], d[side] + d[side + 1])
                    hit[lo:hi] = True
        counts.detected_chars += int(hit.sum())
    counts.case_recall_sum += sum(_covered_share(c, detections) for c in cases)
    counts.detection_precision_sum += sum(_covered_share(d, cases) for d in detections)
    for c in cases:
        n = sum(1 for d in detections if _detects(c, d))
        if n:
            counts.detected_cases += 1
            counts.detections_of_detected += n


def plagdet(
    pairs: Iterable[tuple[Sequence[Span], Sequence[Span]]],
    averaging: Literal["macro", "micro"] = "macro",
) -> Scores:
    """Scores over document pairs, each given as (true cases, detections); macro-averaged
    unless told otherwise, as PAN's evaluation script does."""
    counts = _Counts()
    for cases, detections in pairs:
        _add_pair(counts, cases, detections)
    if counts.cases == 0:
        perfect = counts.detections == 0
        value = 1.0 if perfect else 0.0
        return Scores(value, value, value, 1.0, 0, counts.detections)
    if averaging == "macro":
        recall = counts.case_recall_sum / counts.cases
        precision = (
            counts.detection_precision_sum / counts.detections if counts.detections else 0.0
        )
    else:
        recall = counts.detected_chars / counts.case_chars if counts.case_chars else 0.0
        precision = (
            counts.detected_chars / counts.detection_chars if counts.detection_chars else 0.0
        )
    granularity = (
        counts.detections_of_detected / counts.detected_cases if counts.detected_cases else 1.0
    )
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    score = f1 / math.log2(1 + granularity)
    return Scores(score, precision, recall, granularity, counts.cases, counts.detections)
