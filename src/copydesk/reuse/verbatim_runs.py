"""Stretches of aligned passages copied word for word.

The aligner bridges an outlet's own paragraphs when they tell the same facts as the
copied ones between them, so a partial copy can look rephrased throughout, like a
machine-translation round trip. Runs of a dozen or more identical words tell the two
apart: a round trip rarely keeps them, a copied paragraph keeps all of them. The
classifier (:mod:`.classify`) judges such a pair again on these stretches alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from copydesk.reuse.alignment import Alignment
from copydesk.reuse.word_diff import Diff, diff_passages

#: Identical words in a row from which a run is text copied verbatim: a machine round trip
#: rarely keeps a dozen words in a row, a copied paragraph keeps all of them.
VERBATIM_RUN_WORDS = 12
#: Share of the identical words in such runs from which a pair that looks rephrased is an
#: outlet's own paragraphs around paragraphs copied verbatim (a partial copy), not a
#: round trip: the aligner bridges the outlet's paragraphs when they tell the same facts.
#: Demo corpus: round trips 0.00–0.18, a partial copy keeping 3 wire paragraphs 0.98.
VERBATIM_RUN_SHARE = 0.5
#: Identical words in a row that extend a copied stretch past an edit inside it (fewer
#: are the function words any two sentences share).
RUN_EXTENSION_WORDS = 4


def verbatim_runs(
    passages: Sequence[Alignment], a_text: str, b_text: str
) -> tuple[list[Alignment], float]:
    """The stretches of the passages copied word for word, and the share of all identical
    words that lie in runs of ``VERBATIM_RUN_WORDS`` or more.

    A stretch starts with such a run and takes in the identical runs of
    ``RUN_EXTENSION_WORDS`` or more that follow it less than ``VERBATIM_RUN_WORDS`` words
    later (an edit inside a copied paragraph); it ends with what sticks to its last word
    (a full stop, 6%)."""
    return verbatim_runs_in(diff_passages(passages, a_text, b_text), a_text, b_text)


def verbatim_runs_in(
    diffs: Sequence[Diff], a_text: str, b_text: str
) -> tuple[list[Alignment], float]:
    runs: list[Alignment] = []
    equal = in_runs = 0
    for d in diffs:
        p, wa, wb = d.passage, d.a_words, d.b_words
        last: tuple[int, int] | None = None  # word ends of the passage's current stretch
        for op in d.opcodes:
            if op.tag != "equal":
                continue
            size = op.src_end - op.src_start
            equal += size
            in_runs += size if size >= VERBATIM_RUN_WORDS else 0
            joins = last is not None and size >= RUN_EXTENSION_WORDS and (
                max(op.src_start - last[0], op.dest_start - last[1]) < VERBATIM_RUN_WORDS
            )
            if not joins and size < VERBATIM_RUN_WORDS:
                continue
            a_end = _through_punctuation(a_text, p.a_start + wa[op.src_end - 1][1])
            b_end = _through_punctuation(b_text, p.b_start + wb[op.dest_end - 1][1])
            if joins:
                runs[-1] = Alignment(runs[-1].a_start, a_end, runs[-1].b_start, b_end, 1.0,
                                     runs[-1].seeds + 1)
            else:
                runs.append(Alignment(p.a_start + wa[op.src_start][0], a_end,
                                      p.b_start + wb[op.dest_start][0], b_end, 1.0, 1))
            last = (op.src_end, op.dest_end)
    return runs, in_runs / max(1, equal)


def _through_punctuation(text: str, end: int) -> int:
    """``end`` moved past what sticks to the word it ends (6%, a full stop, a quote mark)."""
    while end < len(text) and not text[end].isspace():
        end += 1
    return end
