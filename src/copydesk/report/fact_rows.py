"""The story's fact records as the page shows them: rows with their cites and conflicts.

The facts stage writes each fact with its supporting articles and the claims
that disagree with it; a page wants article numbers, a worded conflict ("as
“…”", "12% apart", "corrected to") and spinner-only facts last. The summary
also reads two things off the same records (quotations given to two speakers,
figures a correction withdrew), and they are worked out here with the rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass
from typing import Any

from copydesk.records import Fact
from copydesk.report.quote_groups import quotation_shown
from copydesk.report.text import content_words


@dataclass(frozen=True)
class Conflict:
    """The other side of a fact as the page shows it: its value, the articles citing it
    (``outside`` more beyond the story), how many independent sources back it, and why
    the two differ (``detail``)."""

    value: str
    cites: tuple[int, ...]
    outside: int
    independent: int | None
    detail: str
    #: Both sides come from the same one article: it contradicts itself (a spinner's
    #: "tens of hundreds of troops" beside "more than 100,000 troops").
    within: bool = False
    #: When the other side was reported: "later" (an update: a toll that rose),
    #: "earlier", "alongside" (sources disagreeing at one time) or None (unknown);
    #: "corrected" (a correction there withdrew this value) or "withdrawn" (here).
    reported: str | None = None

    @property
    def label(self) -> str:
        """What the briefing calls it: a value later reports changed is no dispute."""
        return {"later": "later reports", "earlier": "earlier reports",
                "corrected": "corrected to", "withdrawn": "withdrawn"}.get(
            self.reported or "", "conflict")


@dataclass(frozen=True)
class FactRow:
    """One row of the key facts table: the claim, how many articles and independent
    sources state it, their citation numbers and what disputes or revises it."""

    id: str
    subject: str
    predicate: str
    value: str
    time: str | None
    supporting: int
    independent: int
    cites: tuple[int, ...]
    conflicts: tuple[Conflict, ...]
    #: Every article stating it is flagged machine-spun: its words may be a spinner's
    #: ("info and historical past" for "facts and history"), so it is listed last.
    spun_only: bool = False


def _conflict(
    raw: dict[str, Any], numbers: dict[str, int], own: Sequence[str] = ()
) -> Conflict:
    """One disagreeing claim, from the facts stage's conflict record.

    The facts stage writes ``{"type", "other": [{"article_id", "text", …}],
    "other_value", "relative_difference", …}``; a plain ``{"value", "article_ids"}``
    works too, and any other keys are shown as they are.
    """
    other = raw.get("other")
    cited = [c for c in other if isinstance(c, dict)] if isinstance(other, list) else []
    listed = raw.get("article_ids")
    ids = [str(c.get("article_id")) for c in cited]
    if isinstance(listed, (list, tuple)):
        ids += [str(i) for i in listed]
    ids = list(dict.fromkeys(ids))
    cites = tuple(sorted({numbers[i] for i in ids if i in numbers}))
    value = raw.get("other_value", raw.get("value", raw.get("claim", "")))
    wordings = list(dict.fromkeys(str(c.get("text")) for c in cited if c.get("text")))
    independent = raw.get("independent_sources")
    parts = []
    if raw.get("type") == "speaker":
        parts.append("named as the speaker there")  # "conflict Edric Salt [3] named as …"
    elif wordings:
        parts.append("as " + ", ".join(f"“{w}”" for w in wordings[:3]))
    gap = raw.get("relative_difference")
    if isinstance(gap, (int, float)):
        parts.append(f"{gap:.0%} apart")
    if raw.get("type") == "date":
        parts.append("dates do not overlap")
    shown = {"value", "claim", "article_ids", "independent_sources", "other", "other_value",
             "this", "relative_difference", "tolerance", "type", "reported", "this_total",
             "other_total"}
    reported = raw.get("reported")
    parts += [f"{k}: {v}" for k, v in sorted(raw.items()) if k not in shown]
    return Conflict(
        value=str(value if value is not None else "another value"), cites=cites,
        outside=len([i for i in ids if i not in numbers]),
        independent=int(independent) if isinstance(independent, (int, float)) else None,
        detail="; ".join(parts),
        within=len(set(own)) == 1 and set(ids) == set(own),
        reported=str(reported) if reported else None,
    )


def disputed_quotes(facts: Iterable[Fact]) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Quotations the story's facts give to two or more speakers: their content words, and
    the name words of the speaker most independent sources give (none on a tie)."""
    by_words: dict[frozenset[str], list[Fact]] = defaultdict(list)
    for f in facts:
        if f.predicate == "said" and f.conflicts:
            by_words[content_words(f.value)].append(f)
    out = []
    for words, group in sorted(by_words.items(), key=lambda kv: sorted(kv[0])):
        ranked = sorted(group, key=lambda f: (-f.independent_sources, -len(f.article_ids)))
        lead = ranked[0]
        tie = len(ranked) > 1 and (ranked[1].independent_sources, len(ranked[1].article_ids)) \
            == (lead.independent_sources, len(lead.article_ids))
        out.append((words, frozenset() if tie else frozenset(lead.subject.lower().split())))
    return out


def withdrawn_figures(facts: Iterable[Fact]) -> list[tuple[str, int, int]]:
    """Where the story's articles state a figure that a correction withdrew: (article id,
    start, end) of each such mention."""
    return sorted(
        (str(m["article_id"]), int(m["start"]), int(m["end"]))
        for f in facts for c in f.conflicts
        if isinstance(c, dict) and c.get("reported") == "corrected"
        for m in c.get("this", ()) if isinstance(m, dict) and "start" in m)


def fact_rows(
    facts: Iterable[Fact], numbers: dict[str, int], spun: Set[str] = frozenset()
) -> list[FactRow]:
    rows = [
        FactRow(
            id=f.id, subject=f.subject, predicate=f.predicate,
            value=quotation_shown(f.value) if f.predicate == "said" else f.value, time=f.time,
            supporting=len(f.article_ids), independent=f.independent_sources,
            cites=tuple(sorted(numbers[i] for i in f.article_ids if i in numbers)),
            conflicts=tuple(
                _conflict(c, numbers, f.article_ids) for c in f.conflicts if isinstance(c, dict)
            ),
            spun_only=bool(f.article_ids) and all(i in spun for i in f.article_ids),
        )
        for f in facts
    ]
    rows.sort(key=lambda r: (r.spun_only, -r.independent, -r.supporting, r.subject,
                             r.predicate, r.id))
    return rows


__all__ = ["Conflict", "FactRow", "disputed_quotes", "fact_rows", "withdrawn_figures"]
