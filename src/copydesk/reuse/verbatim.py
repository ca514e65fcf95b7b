"""Exact passages: maximal stretches of identical words shared by two texts.

Sentence alignment finds reuse through obfuscation, but its passages end at sentence
boundaries and may take in a neighbouring sentence; a verbatim copy deserves exact
boundaries. Runs of shared word n-grams on one diagonal are chained (small gaps of a
changed word or two are bridged) and reported with character offsets; the aligner lets
them win over the sentence passages they overlap.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from copydesk.reuse.alignment import Alignment
from copydesk.reuse.text import words

#: Word n-gram length that anchors an exact run (8 words rarely repeat by chance).
ANCHOR_WORDS = 8
#: Runs on nearby diagonals are joined across at most this many changed words.
BRIDGE_WORDS = 3
#: An n-gram seen more often than this in B is boilerplate; it anchors nothing.
MAX_REPEATS = 4
#: Shortest exact passage worth reporting, in characters (as the aligner's minimum).
MIN_CHARS = 150


def exact_passages(
    a_text: str,
    b_text: str,
    min_chars: int = MIN_CHARS,
    a_words: Sequence[tuple[int, int, str]] | None = None,
    b_words: Sequence[tuple[int, int, str]] | None = None,
) -> list[Alignment]:
    """Maximal near-exact shared passages, longest first by A offset.

    ``a_words``/``b_words``: the texts' ``words()`` when the caller has them already (an
    article is compared with several candidates).
    """
    a_words = words(a_text) if a_words is None else a_words
    b_words = words(b_text) if b_words is None else b_words
    n = ANCHOR_WORDS
    if len(a_words) < n or len(b_words) < n:
        return []
    a_tok = [w[2].lower() for w in a_words]
    b_tok = [w[2].lower() for w in b_words]
    where: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for j in range(len(b_tok) - n + 1):
        where[tuple(b_tok[j : j + n])].append(j)
    open_runs: dict[int, list[int]] = {}  # diagonal j - i → [i0, j0, i_last]
    runs: list[tuple[int, int, int, int]] = []  # word spans [i0, i1) x [j0, j1)
    for i in range(len(a_tok) - n + 1):
        hits = where.get(tuple(a_tok[i : i + n]))
        if not hits or len(hits) > MAX_REPEATS:
            continue
        for j in hits:
            d = j - i
            run = open_runs.get(d)
            if run is not None and run[2] >= i - 1:
                run[2] = i
            else:
                if run is not None:
                    runs.append((run[0], run[2] + n, run[1], run[1] + run[2] - run[0] + n))
                open_runs[d] = [i, j, i]
    for run in open_runs.values():
        runs.append((run[0], run[2] + n, run[1], run[1] + run[2] - run[0] + n))
    merged: list[list[int]] = []
    for i0, i1, j0, j1 in sorted(runs):
        last = merged[-1] if merged else None
        if (
            last is not None
            and -n <= i0 - last[1] <= BRIDGE_WORDS + 1
            and -n <= j0 - last[3] <= BRIDGE_WORDS + 1
            and abs((j0 - i0) - (last[3] - last[1])) <= BRIDGE_WORDS + 1
        ):
            last[1] = max(last[1], i1)
            last[3] = max(last[3], j1)
        else:
            merged.append([i0, i1, j0, j1])
    out = []
    for i0, i1, j0, j1 in merged:
        a_start, a_end = a_words[i0][0], a_words[i1 - 1][1]
        b_start, b_end = b_words[j0][0], b_words[j1 - 1][1]
        if a_end - a_start >= min_chars and b_end - b_start >= min_chars:
            out.append(Alignment(a_start, a_end, b_start, b_end, 1.0, i1 - i0))
    return sorted(out, key=lambda x: (x.a_start, x.b_start))
