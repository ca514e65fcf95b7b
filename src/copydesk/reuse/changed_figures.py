"""Figures one text puts for another's, and the "figures changed" listing of a reason.

Figures are no spinner's swaps: a copy updates a toll or a count, and a bulletin from
one template is filled in with another day's data. The classifier (:mod:`.classify`)
finds them in the aligned text (``changed_figures``) to tell an updated copy from
another day's bulletin, and lists them in a relation's reason (all of them in its
``changed_figures``); the relation step reads that listing back from side B to side A
(``figures_from_b``).
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

_FIGURES_CHANGED = re.compile(r"(figures changed: )(.*?)((?: and \d+ more)?)$")


def figures_from_b(reason: str) -> str:
    """The reason with its "figures changed" listing read from side B to side A: a
    comparison lists A's figure first, and a relation names the original's first (a
    wire update read "610 → 420" for 420 evacuated, then 610)."""
    match = _FIGURES_CHANGED.search(reason)
    pairs = _figure_pairs(match.group(2)) if match else []
    if match is None or len(pairs) != match.group(2).count(", ") + 1:
        return reason
    flipped = ", ".join(f"{y} → {x}" for x, y in pairs)
    return reason[: match.start(2)] + flipped + match.group(3)


def _figure_pairs(listing: str) -> list[tuple[str, str]]:
    """The well-formed pairs of a "3,400 → 4,300, 12 → 15" listing."""
    pairs = [pair.split(" → ") for pair in listing.split(", ")]
    return [(p[0], p[1]) for p in pairs if len(p) == 2]


#: A figure as written: digits with thousands or decimal separators (12,000 / 3.5).
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def changed_figures(a_part: str, b_part: str) -> tuple[list[tuple[str, str]], int]:
    """The figures one text puts for another's (in A, in B; distinct, in order), and how
    many figures A holds. Figures are no spinner's swaps: they are what a copy updated,
    or the data of another day's bulletin from one template. The two texts' figures are
    aligned in order; a figure replaced one for one is changed (12,000 → 14,500 is one
    change, not two word swaps)."""
    ma, mb = list(_FIGURE.finditer(a_part)), list(_FIGURE.finditer(b_part))
    fa, fb = [_grouping.sub("", m.group()) for m in ma], [_grouping.sub("", m.group()) for m in mb]
    changed: list[tuple[str, str]] = []
    for op in Levenshtein.opcodes(fa, fb):
        if op.tag == "replace" and op.src_end - op.src_start == op.dest_end - op.dest_start:
            changed.extend(
                (x.group(), y.group())
                for x, y in zip(ma[op.src_start : op.src_end], mb[op.dest_start : op.dest_end],
                                strict=True)
                if _same_place(a_part, x, b_part, y))
    return list(dict.fromkeys(changed)), len(fa)


#: A thousands separator: "1,400", "1.400" and "1 400" are one figure (a translation
#: probe's back-translation had "figures changed: 1,400 → 1400").
_grouping = re.compile(r"(?<=\d)[,.\s\u202f\u00a0](?=\d{3}(?!\d))")


def _same_place(a: str, x: re.Match[str], b: str, y: re.Match[str]) -> bool:
    """Whether two figures stand in the same words (the word before or after them is the
    same): "12,000 workers" and "14,500 workers" are one figure changed, while "31 people
    taken to hospital" and "in September 2023" only sit at the same rank in two texts (a
    copy that replaced a paragraph read as having changed 31 to 2023)."""
    def around(text: str, m: re.Match[str]) -> tuple[str, str]:
        before = _WORDS_AROUND.findall(text[max(0, m.start() - 40):m.start()])
        after = _WORDS_AROUND.findall(text[m.end():m.end() + 40])
        return (before[-1].lower() if before else "", after[0].lower() if after else "")

    (xb, xa), (yb, ya) = around(a, x), around(b, y)
    return bool(xb and xb == yb) or bool(xa and xa == ya)


_WORDS_AROUND = re.compile(r"[^\W\d_]+")
