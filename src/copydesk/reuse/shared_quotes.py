"""Quotations in a text, and passages that are no more than a quote both sides carry.

Independent reports of one event quote the same people: every outlet carries the
minister's words. A passage that is mostly the same quotation on both sides is
therefore no evidence that one article copied the other, and the classifier drops it
before it measures anything (``drop_shared_quotes``); the narration test
(:mod:`.narration`) also needs to know which words are inside quotation marks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from copydesk.reuse.alignment import Alignment

#: A passage with this share of its characters inside quotation marks on both sides is a
#: shared quote, not reuse.
QUOTE_SHARE = 0.7
#: A quotation: in double marks (“…”, "…", „…“, «…»), or in single ones as British
#: papers write them (‘…’, '…'), where a mark between letters is an apostrophe
#: ("don’t"), not the end; single-quoted spans stay within a paragraph. The repeated
#: group takes one character per step: with ``[^'\n]+`` inside it, an opening mark that
#: never closes ("since the '90s ...") backtracked exponentially and hung the run.
_QUOTE = re.compile(
    r"“[^”]{10,}”|\"[^\"]{10,}\"|„[^“”]{10,}[“”]|«[^»]{10,}»"
    r"|‘(?<![\w’]‘)(?=[^\n’]{4})(?:[^’\n]|’(?=\w))*’(?!\w)"  # each branch opens with
    r"|'(?<![\w']')(?=[^\n']{4})(?:[^'\n]|'(?=\w))*'(?!\w)"  # its mark: a fast scan
)


def quote_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text)]


def inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> int:
    return sum(max(0, min(end, e) - max(start, s)) for s, e in spans)


def drop_shared_quotes(passages: Sequence[Alignment], a_text: str, b_text: str) -> list[Alignment]:
    """The passages that are not just the same quotation on both sides."""
    qa, qb = quote_spans(a_text), quote_spans(b_text)
    kept = []
    for p in passages:
        in_a = inside(p.a_start, p.a_end, qa) / max(1, p.a_end - p.a_start)
        in_b = inside(p.b_start, p.b_end, qb) / max(1, p.b_end - p.b_start)
        if in_a >= QUOTE_SHARE and in_b >= QUOTE_SHARE:
            continue
        kept.append(p)
    return kept
