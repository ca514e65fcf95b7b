"""A report quoted with credit: reuse, but no copy of the article that quotes it.

A content-farm probe's regional paper wrote three paragraphs of its own reporting around
one long quotation of the wire ("As Ardent Wire reported on Tuesday: "…""). It was a
partial copy in the wire's family, so its story counted 2 independent sources instead of
3, and the figures of its own paragraphs counted as the wire's. The relation stays (the
quoted passage is reused text, credited): its reason says so (its ``quoted_by`` and
``credit`` hold it), and the quoting article
joins no family through it (``lineage.build_families``); the facts step reads the quoted
passage's claims as the quoted report's, not the article's (``quoted_spans``).

Only when every passage the quoting side shares lies inside double quotation marks
opened right after a credit ("As X reported …:", "X wrote:", "according to X:"), and
the quoting side is mostly its own text: a farm that puts the whole wire story in
quotation marks under one credit line is still a copy. And only when its own text is
reporting: a regression probe's farm wrapped the whole wire in one credited quotation
and padded it with as much SEO filler ("Share this article with your friends", an FAQ),
the quotation 47 % of the page, and left the wire's family, so its story counted 4
independent sources for 3. A share cannot tell filler from reporting; the names and
figures can: the text outside the credited quotations must carry names, figures or
quotations of its own that the quoted article does not have (the probe's regional papers
8 and 7, the filler one: a sentence's first word).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from copydesk.records import Passage, Relation
from copydesk.reuse.fingerprints import skeleton_items

#: The quoted passages may cover at most this share of the quoting article: the probe's
#: paper quoted a third of its text (33 %); a republication under a credit line quotes
#: nearly all of it.
MAX_QUOTED_SHARE = 0.5
#: The text outside the credited quotations (and their credits) must carry this many
#: names and figures the quoted article does not have, each counted once, a quotation of
#: its own counting one: reporting of its own. The probe's regional papers 8 and 7 (a
#: mother and a headteacher named, a town, distances, years; an interview), the farm's
#: filler 1 ("Rescuers", a sentence's first word): between them, nearer the filler.
MIN_OWN_ITEMS = 3
#: A passage may end this many characters after its quotation's closing mark (the mark
#: itself, a full stop the aligner took in).
END_SLACK = 3

#: A credit right before an opening double quotation mark, on its line: "As Ardent Wire
#: reported on Tuesday: "", "The Ledger wrote that "", "according to Northwire, "".
_CREDIT = re.compile(
    r"(?:(?:[Aa]s\s+)?(?P<who>(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:[^\S\n]+[A-Z][\w&'’.-]*){0,4})"
    r"[^\S\n]+(?:has[^\S\n]+|had[^\S\n]+)?(?:reported|reports|wrote|writes|published)"
    r"|[Aa]ccording[^\S\n]+to[^\S\n]+(?P<to>(?:the[^\S\n]+)?[A-Z][\w&'’.-]*"
    r"(?:[^\S\n]+[A-Z][\w&'’.-]*){0,4}))"
    r"[^\n\"“”]{0,40}?[:,]?[^\S\n]*(?:that[^\S\n]+)?[\"“]$")
#: How far before a quotation's opening mark its credit may start.
CREDIT_REACH = 120

#: How a relation's reason says that one side quotes the other with credit.
QUOTED_WITH_CREDIT = "; quoted with credit ("


def _quotations(text: str) -> list[tuple[int, int]]:
    """(start, end) of each double-quoted span, its marks included: curly marks pair as
    written, straight ones in turn."""
    spans = []
    opened: int | None = None
    for m in re.finditer(r"[\"“”]", text):
        mark = m.group()
        if opened is None and mark != "”":
            opened = m.start()
        elif opened is not None and mark != "“":
            spans.append((opened, m.end()))
            opened = None
    return spans


def credited_quotation(text: str, spans: Sequence[tuple[int, int]], quoted: str,
                       language: str | None = None) -> str | None:
    """The credit under which ``text`` quotes all its ``spans`` (its side of the reused
    passages), when each lies inside one credited quotation, together they cover at most
    ``MAX_QUOTED_SHARE`` of it, and the rest of it reports on its own (``_own_items``
    against ``quoted``, the quoted article's text; ``language``: both texts'); else
    None."""
    if not spans or sum(e - s for s, e in spans) > MAX_QUOTED_SHARE * len(text.strip()):
        return None
    quotations = _quotations(text)
    credits = []
    credited: list[tuple[int, int]] = []  # each credit and its quotation
    for start, end in spans:
        inside = next((q for q in quotations if q[0] < start and end <= q[1] + END_SLACK), None)
        if inside is None:
            return None
        m = _CREDIT.search(text, max(0, inside[0] - CREDIT_REACH), inside[0] + 1)
        if m is None:
            return None
        credits.append(m.group(0).rstrip("\"“ ").strip())
        credited.append((m.start(), inside[1]))
    own_quotes = [q for q in quotations if not any(s <= q[0] < e for s, e in credited)
                  and text[q[0] + 1:q[1] - 1].strip() not in quoted]
    if _own_items(text, credited, quoted, language) + len(own_quotes) < MIN_OWN_ITEMS:
        return None
    return credits[0]


def _own_items(text: str, credited: Sequence[tuple[int, int]], quoted: str,
               language: str | None) -> int:
    """The names and figures (``skeleton_items``) of ``text`` outside its ``credited``
    spans that ``quoted`` does not have, each counted once."""
    theirs = {key for _, _, key in skeleton_items(quoted, language)}
    return len({key for start, _, key in skeleton_items(text, language)
                if key not in theirs and not any(s <= start < e for s, e in credited)})


def quoted_with_credit(relation: Relation) -> bool:
    return relation.quoted_by is not None


#: The credit a reason's note shows, and a relation's ``credit`` holds, at most.
NOTED_CREDIT = 80


def quotation_note(side: str, credit: str) -> str:
    """What a relation's reason adds: which side (a or b) quotes, under what credit."""
    return f"{QUOTED_WITH_CREDIT}{side}: {credit[:NOTED_CREDIT]})"


def credit_as_noted(credit: str) -> str | None:
    """A relation's ``credit``: the credit as its reason's note shows it, without the
    colon or comma that led into the quotation ("As the Ledger reported on Monday"). It
    may name another outlet than the quoted article's: a regression probe's paper quoted
    the wire's paragraph "as the Lorsby Courier reported", so the report shows the credit
    as written rather than saying the article it quotes was credited."""
    return credit[:NOTED_CREDIT].strip().rstrip(":,").strip() or None


def quoted_spans(relations: Iterable[Relation], article_id: str, text: str,
                 among: Iterable[str]) -> list[tuple[int, int]]:
    """The quotations of ``article_id``'s ``text`` that quote, with credit, another
    article among ``among`` (its story), marks included: what the facts step reads as
    that report's, not its own. A whole quotation, not the reused passage: a quote within
    it starts at its own mark, which the passage leaves out."""
    others = set(among)
    passages: list[tuple[int, int]] = []
    for r in relations:
        if r.quoted_by == article_id and (r.b if r.a == article_id else r.a) in others:
            passages.extend(_own_side(p, r.a == article_id) for p in r.passages)
    quotations = _quotations(text) if passages else []
    return sorted({q for q in quotations for start, end in passages
                   if q[0] < start and end <= q[1] + END_SLACK})


def _own_side(p: Passage, is_a: bool) -> tuple[int, int]:
    return (p.a_start, p.a_end) if is_a else (p.b_start, p.b_end)
