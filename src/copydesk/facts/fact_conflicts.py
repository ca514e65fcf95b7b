"""One fact from a cluster of agreeing claims, with the other clusters as its conflicts.

A conflict cites both sides and says when the other side was reported; not every other
cluster is one: a part is no rival of its whole, and a source that gives both values
disputes neither.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from copydesk.facts.agreement import relative_gap
from copydesk.facts.claim_keys import CASUALTY
from copydesk.facts.claim_types import GENERIC_SUM, Claim
from copydesk.facts.fact_values import by_roots, most_common, representative_value, speaker_name
from copydesk.facts.figures import PART_OF_A_NUMBER
from copydesk.facts.matching import ReconcileOptions
from copydesk.facts.revisions import Times, reported
from copydesk.origins import independent_sources
from copydesk.records import Fact, content_id

__all__ = ["MAX_CITATIONS", "fact"]


def _whole(claims: list[Claim]) -> bool:
    """Whether a side of a comparison counts a whole: any of its claims not a count of
    part of a group ("two of the injured workers had died", "two other districts", "12
    more arrested"). A part is no rival figure for the whole (a toll of 12 is not 2), so
    the two are not a conflict; agreeing values still make one fact ("300 additional
    crane operators" and "300 new crane operators")."""
    return any(not _is_part(c) for c in claims)


def _undone_parts(own: list[Claim], other: list[Claim]) -> bool:
    """Whether both sides count parts of a numbered whole ("Two of the 40 passengers")
    that say nothing of what happened to them: the dead, the injured and those from one
    town are parts of one whole, not rival figures (a regression probe's three reports of
    a coach crash were shown in conflict). Parts with their deed ("Three of the 12 miners
    were rescued") compare."""
    def undone(c: Claim) -> bool:
        last = c.predicate.rsplit(" ", 1)[-1]
        return bool(PART_OF_A_NUMBER.match(c.text)) and not (
            last in CASUALTY or last.endswith("ed"))
    return all(undone(c) for c in own) and all(undone(c) for c in other)


def _is_part(c: Claim) -> bool:
    if c.kind != "quantity":
        return False
    counted = c.predicate.split()[2:]
    return bool(_PART.search(c.text)) or bool(counted and counted[0] in _PART_WORDS)


#: A count of part of a group: "two of the injured", "three of them", "one of those".
_PART = re.compile(r"^(?!upwards?\b)\S+\s+of\s+(?:(?:the|those|these|them|its|their|whom)\b|\d)",
                   re.IGNORECASE)  # "14 of the 23 chapters", "21 of 24 economists"
#: First words of a counted phrase that make it a part: "two other districts", "12 more".
#: Not "new": "5,000 new affordable homes" and "5,000 affordable homes" are one promise.
_PART_WORDS = frozenset({"other", "more", "additional", "further", "remaining", "extra",
                         "different", "separate"})


def fact(
    story_id: str,
    clusters: list[list[Claim]],
    index: int,
    families: Mapping[str, str],
    opts: ReconcileOptions,
    times: Times,
) -> Fact:
    own = [c for c in clusters[index] if not c.outside]
    subject = most_common([c.subject for c in own if c.subject],
                           by_roots(own, families, "subject")) or ""
    if own[0].kind == "quote":
        subject = speaker_name(own, families) or subject
    value = representative_value(own, families)
    time = most_common([c.time for c in own if c.time])
    article_ids = tuple(sorted({c.article_id for c in own}))
    sources = independent_sources(article_ids, families, times.sites)
    conflicts = tuple(
        _conflict(own, other, opts, times, families) for j, other in enumerate(clusters)
        if j != index and not _no_source_disputes(own, other, families)
        and _whole(own) == _whole(other) and not _undone_parts(own, other)
    )
    # A named sum keeps its name when sums named by their value join it ("amount of
    # fine", not the "amount of money" its translations and copies outnumber it with).
    named = [c.predicate for c in own if c.predicate != GENERIC_SUM]
    # So does a count of what was done ("count of workers evacuated", not the bare
    # "count of workers" of a report that left the evacuation out).
    deeds = [p for p in named if p.split()[-1] in CASUALTY] if own[0].kind == "quantity" else []
    predicate = most_common(deeds or named or [c.predicate for c in own]) or own[0].predicate
    return Fact(
        id=content_id("fact", story_id, own[0].kind, subject, predicate, value, time or ""),
        story_id=story_id,
        subject=subject,
        predicate=predicate,
        value=value,
        time=time,
        article_ids=article_ids,
        independent_sources=sources,
        conflicts=conflicts,
    )


def _no_source_disputes(
    own: list[Claim], other: list[Claim], families: Mapping[str, str] | None = None
) -> bool:
    """One side's articles all state the other side's value too: numbers a source gives
    side by side count different things ("52% of the vote … the opposition took 31%", a
    crash's 3 dead and an attack's 40 in one round-up) or a change ("the 18% wheat duty
    falls to 6%" beside another report's "the 6% duty"), and no source of the one side
    disputes the other. Until the sixteenth session only equal sets counted. A copy of an
    original that states both counts as the original: a farm's copy of the wire's first
    paragraphs, with the company's 4 % offer and not the union's 9 % demand, had set the
    two in conflict (a content-farm probe)."""
    a_ids, b_ids = {c.article_id for c in own}, {c.article_id for c in other}
    both, fam = a_ids & b_ids, families or {}

    def source(article_id: str) -> str:
        root = fam.get(article_id, article_id)
        return root if root in both else article_id

    a, b = {source(i) for i in a_ids}, {source(i) for i in b_ids}
    return a <= b or b <= a


#: Citations kept per side of a conflict: a wire story copied 500 times would otherwise
#: repeat 500 spans in every fact that disagrees with it; the totals say how many there are.
MAX_CITATIONS = 10


def _cite(c: Claim) -> dict[str, Any]:
    return {"article_id": c.article_id, "start": c.start, "end": c.end, "text": c.text,
            "value": c.value, "time": c.time}


def _conflict(
    own: list[Claim],
    other: list[Claim],
    opts: ReconcileOptions,
    times: Times,
    families: Mapping[str, str],
) -> dict[str, Any]:
    a, b = own[0], other[0]
    detail: dict[str, Any] = {}
    other_value: str | None
    if a.kind == "quantity":
        kind = "number"
        detail = {"relative_difference": round(relative_gap(a, b), 4), "tolerance": opts.tolerance}
        other_value = representative_value(other, families)
    elif a.kind == "quote":
        kind = "speaker"  # the same words given to someone else
        other_value = most_common([c.subject for c in other if c.subject]) or "no one named"
    else:
        kind = "date"
        other_value = b.time
    return {
        "type": kind,
        "this": [_cite(c) for c in own[:MAX_CITATIONS]],
        "other": [_cite(c) for c in other[:MAX_CITATIONS]],
        "this_total": len(own),
        "other_total": len(other),
        "other_value": other_value,
        # Who said it does not change with time: no "later reports" for a speaker.
        "reported": None if kind == "speaker" else reported(own, other, times),
        **detail,
    }
