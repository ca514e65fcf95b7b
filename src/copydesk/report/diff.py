"""Side-by-side views of reused passages, with swapped words marked.

The reuse stage aligns passages (character offsets into both texts) and lists
the word substitutions it found; here a word-level ``difflib`` diff inside each
aligned pair marks every change, and a change that matches a listed
substitution is marked as a swap. The output is a list of (text, class)
segments: the template escapes the text, so no article text is ever trusted as
HTML.

A view counts its swaps as the relation's reason does, in word pairs ("30 words swapped
one for one"), and apart from them the places its passages mark: a heading had said
"37 swaps" beside a reason's 30 and 30 listed pairs, one pair swapped at several places.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from copydesk.records import Passage, Relation

#: A word or a punctuation mark with the spaces after it: whitespace never becomes a
#: token of its own, which would be the most frequent element and slow difflib ~3x.
_TOKEN = re.compile(r"\s+|\w+\s*|[^\w\s]\s*", re.UNICODE)

#: Characters of passage text diffed per relation: difflib is quadratic in the
#: worst case; 20,000 characters (~3,500 words a side) diff in well under 50 ms.
MAX_DIFF_CHARS = 20_000

#: Segment classes: "" same, "swap" a listed substitution, "chg" other change,
#: "del" only on the left (original), "ins" only on the right (copy).
Segment = tuple[str, str]


@dataclass(frozen=True)
class PassagePair:
    left: tuple[Segment, ...]
    right: tuple[Segment, ...]
    left_span: tuple[int, int]
    right_span: tuple[int, int]


@dataclass(frozen=True)
class DiffView:
    """One copy next to its original (or the earlier article when direction is unknown)."""

    relation_id: str
    type: str
    confidence: float
    reason: str
    left_id: str
    right_id: str
    directed: bool
    passages: tuple[PassagePair, ...]
    substitutions: tuple[tuple[str, str], ...]
    #: Word pairs swapped one for one: the relation's substitutions, as its reason
    #: counts them.
    swapped: int
    #: Places the shown passages mark as a swap (a pair swapped twice is marked twice).
    swap_marks: int
    #: Other changed chunks of the shown passages.
    changed: int
    word_diff: bool
    truncated: bool
    #: Both sides copy this third article (siblings): neither is the other's source.
    shared_source: str | None = None
    #: The side that quotes the other with credit (the relation's ``quoted_by``).
    quoted_by: str | None = None


def _merge(segments: list[Segment]) -> tuple[Segment, ...]:
    """Join neighbours of one class; the spaces after a marked chunk are not marked."""
    split: list[Segment] = []
    for text, cls in segments:
        if cls:
            core = text.rstrip()
            split += [(core, cls), (text[len(core):], "")]
        else:
            split.append((text, cls))
    out: list[Segment] = []
    for text, cls in split:
        if not text:
            continue
        if out and out[-1][1] == cls:
            out[-1] = (out[-1][0] + text, cls)
        else:
            out.append((text, cls))
    return tuple(out)


def word_diff(
    left: str, right: str, substitutions: Sequence[tuple[str, str]] = ()
) -> tuple[tuple[Segment, ...], tuple[Segment, ...], int, int]:
    """Segments of both sides, the number of places a listed substitution is found, and
    the number of other changed chunks."""
    subs = {(a.lower(), b.lower()) for a, b in substitutions}
    lt, rt = _TOKEN.findall(left), _TOKEN.findall(right)
    lk, rk = [t.strip() for t in lt], [t.strip() for t in rt]
    ls: list[Segment] = []
    rs: list[Segment] = []
    swapped = changed = 0
    matcher = SequenceMatcher(None, lk, rk, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        a, b = "".join(lt[i1:i2]), "".join(rt[j1:j2])
        if op == "equal":
            ls.append((a, ""))
            rs.append((b, ""))
        elif op == "replace":
            aw = [t.lower() for t in lk[i1:i2] if t]
            bw = [t.lower() for t in rk[j1:j2] if t]
            pairs = min(len(aw), len(bw), sum((x, y) in subs for x in aw for y in bw))
            cls = "swap" if pairs else "chg"
            swapped += pairs
            changed += not pairs
            ls.append((a, cls))
            rs.append((b, cls))
        elif op == "delete":
            ls.append((a, "del"))
            changed += bool(a.strip())
        else:
            rs.append((b, "ins"))
            changed += bool(b.strip())
    return _merge(ls), _merge(rs), swapped, changed


def diff_relation(relation: Relation, left_text: str, right_text: str, left_is_a: bool) -> DiffView:
    """The side-by-side view of a relation; ``left_is_a`` says which record side is shown left."""
    # Stored pairs run from the original to the copy (from side a when no original is
    # known): reversed when the left side is the other one.
    left_id = relation.a if left_is_a else relation.b
    pairs_from = relation.original or relation.a
    subs = tuple(
        relation.substitutions if pairs_from == left_id
        else ((b, a) for a, b in relation.substitutions)
    )
    passages: Sequence[Passage] = relation.passages
    if not passages and relation.type == "duplicate":
        # A duplicate may be stored without passages: the whole texts are the passage.
        passages = (
            (Passage(0, len(left_text), 0, len(right_text)) if left_is_a
             else Passage(0, len(right_text), 0, len(left_text))),
        )
    word_level = relation.type not in ("translated", "rewritten")  # other words throughout
    pairs: list[PassagePair] = []
    budget = MAX_DIFF_CHARS
    marks = changed = 0
    truncated = False
    for p in sorted(passages, key=lambda p: (p.a_start, p.b_start)):
        ls, le, rs_, re_ = (
            (p.a_start, p.a_end, p.b_start, p.b_end) if left_is_a
            else (p.b_start, p.b_end, p.a_start, p.a_end)
        )
        ls, le = max(0, ls), min(len(left_text), le)
        rs_, re_ = max(0, rs_), min(len(right_text), re_)
        if le <= ls and re_ <= rs_:
            continue
        size = (le - ls) + (re_ - rs_)
        if size > budget:
            truncated = True
            break
        budget -= size
        lpart, rpart = left_text[ls:le], right_text[rs_:re_]
        if word_level:
            lseg, rseg, s, c = word_diff(lpart, rpart, subs)
            marks += s
            changed += c
        else:
            lseg, rseg = ((lpart, ""),), ((rpart, ""),)
        pairs.append(PassagePair(lseg, rseg, (ls, le), (rs_, re_)))
    return DiffView(
        relation_id=relation.id,
        type=relation.type,
        confidence=relation.confidence,
        reason=relation.reason,
        quoted_by=relation.quoted_by,
        left_id=relation.a if left_is_a else relation.b,
        right_id=relation.b if left_is_a else relation.a,
        directed=relation.original is not None,
        passages=tuple(pairs),
        substitutions=subs,
        swapped=len(subs),
        swap_marks=marks,
        changed=changed,
        word_diff=word_level,
        truncated=truncated,
    )


#: Reuse types in the order their copies are shown side by side: a spin's swaps and a
#: translation first, a duplicate last (it shows the same text twice, nothing new).
SHOWN_FIRST = ("spun", "translated", "rewritten", "partial", "duplicate")


def shown_before(type_: str, siblings: bool) -> tuple[bool, int]:
    """Where a relation's side-by-side view stands among a page's: a copy beside its
    source before two copies of one source (``siblings``), then by ``SHOWN_FIRST``. A
    story's page had opened two copies of one wire side by side, and given 13 of its
    25 views to such pairs while 8 copies went unshown."""
    rank = SHOWN_FIRST.index(type_) if type_ in SHOWN_FIRST else len(SHOWN_FIRST)
    return siblings, rank


def featured(diffs: Sequence[DiffView]) -> DiffView | None:
    """The view to show open: the one with the most marked changes, a copy beside its
    source before two copies of one source; on a tie, the first."""
    return max(diffs, default=None, key=lambda d: (
        d.shared_source is None, d.word_diff and d.swap_marks + d.changed, -diffs.index(d)))


__all__ = ["MAX_DIFF_CHARS", "SHOWN_FIRST", "DiffView", "PassagePair", "diff_relation",
           "featured", "shown_before", "word_diff"]
