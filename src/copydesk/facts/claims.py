"""Claims from one article's extracted records: what the article asserts, with evidence.

A claim is (subject, predicate, value, time) plus the span of text that says it,
so every fact built from claims can be shown in context. Three sources:

- quantities: (who, "count of troops" / "amount of military aid" / …, the number
  with qualifier and unit, the date of the sentence). The subject is the named
  entity nearest before the number in its sentence that is not the object of a
  preposition ("military action *against Ukraine* with 100,000 troops" → not
  Ukraine), else the nearest capitalised phrase; quantities that count nothing
  and are not money are left out (a bare "two days" asserts nothing);
- quotes: (speaker, "said", the quote normalised); quotes the extract stage
  linked across articles (``linked_quote_ids``) share a ``group`` so they count
  as one claim;
- event statements: sentences with a meeting or visit verb and at least one
  person: (participants, "met"/"visited", place, date), where the place is a
  place entity after "in"/"to"/the verb, and the date the first resolved date
  expression of the sentence.

This module is the article's entry: it decides which figures are the article's own
(``cited_figures`` names those it only cites) and which year they are of, and puts the
claims in text order. Each kind is read in a module of its own: ``quantity_claims``
(with ``figures`` for how a value is written and ``claim_dates`` for when it is of),
``event_claims``; a quote needs no more than ``_quote_claim`` below.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date

from copydesk.calendar_words import WEEKDAYS
from copydesk.extract.quantities.french import TOLL_COUNTS
from copydesk.facts.cited_figures import (
    THEIR_EARLIER,
    compared_figure,
    in_the_clause_of,
    retracted,
    sources_who_said,
)
from copydesk.facts.claim_dates import ERA_DAYS, a_forecast, current_year, own_dates, sentence_year
from copydesk.facts.claim_types import UNKNOWN_SPEAKER, Claim, EntityMention
from copydesk.facts.event_claims import event_claims
from copydesk.facts.figures import CURRENCIES, PART_OF_A_NUMBER
from copydesk.facts.quantity_claims import quantity_claim
from copydesk.facts.sentences import sentence_bounds, sentence_of
from copydesk.records import DateRef, Quantity, Quote
from copydesk.unionfind import KeyedUnionFind

__all__ = ["claims_for_article", "quote_groups", "withdrawn_figures"]


def claims_for_article(
    article_id: str,
    text: str,
    *,
    quantities: Sequence[Quantity] = (),
    dates: Sequence[DateRef] = (),
    quotes: Sequence[Quote] = (),
    mentions: Sequence[EntityMention] = (),
    quote_group: Mapping[str, str] | None = None,
    year: int | None = None,
    english: bool = True,
) -> list[Claim]:
    """Every claim of one article, in text order. ``year``: its publication year.

    An article in another language (``english`` False) gives its quotes, its sums of
    money and its French tolls only: its counted nouns, names and event verbs are not
    read by these English rules, but "3,2 Milliarden Dollar" is the "$3.2 billion" of the
    English reports (before the seventeenth session no figure of a translation backed any
    fact), and "quatre personnes ont été tuées" their "four people were killed"."""
    names = (sorted(mentions, key=lambda m: m.start) or _capitalised(text)) if english else []
    sentences = sentence_bounds(text)
    claims: list[Claim] = []
    now = year or current_year(dates)
    if not english:
        # ... and the tolls read in French (``quantities.french``), in English words.
        quantities = [q if q.counts in TOLL_COUNTS else replace(q, counts=None)
                      for q in quantities if q.unit in CURRENCIES or q.counts in TOLL_COUNTS]
    for q in quantities:
        s_start, s_end = sentence_of(sentences, q.start)
        if compared_figure(text, q, quantities, sentences) or retracted(text, q, sentences) \
                or sources_who_said(text, q) or in_the_clause_of(THEIR_EARLIER, text,
                                                                   s_start, q):
            continue
        own = own_dates(text, dates, q)
        q = _with_the_listed_count(q, quantities, s_start, text, names)
        claim = quantity_claim(article_id, text, q, names, own, sentences)
        if claim is not None and _whole_of_a_part(q, quantities, text):
            claim = replace(claim, subject="", predicate=f"{claim.predicate} in all")
        elif claim is not None and not claim.subject:
            # A figure in a quotation, of no one named, is its speaker's: the Green Union
            # leader's "Twenty-seven seats is the best result in our history" was a count
            # of seats of no one, and so a rival of the winner's 151 (an election probe).
            # Only where the speaker speaks of their own side ("our", "we"): an analyst's
            # "Revenue of 4.2 billion euros is a real disappointment" is the company's, a
            # fire chief's "Twelve people died" no one's (a regression probe).
            speaker = next((u.speaker for u in quotes if u.speaker and u.start <= q.start
                            and q.end <= u.end and _FIRST_PERSON.search(u.text)), None)
            claim = replace(claim, subject=speaker) if speaker else claim
        if claim is not None:
            era = sentence_year(text, own, s_start, s_end, q.start, now)
            if now and era and era > now and not a_forecast(text, own, s_start, q, era):
                era = None  # a later year dates only a forecast ("inflation … in 2026")
            # A count dated to a day ("collapsed on Monday and 14 were killed") is this
            # story's, whatever year the sentence also names ("which opened in 1998")...
            if now and era and era != now and claim.day_low is None:
                claim = replace(claim, era=era, time=claim.time or str(era))
            elif now and claim.day_low and (date(now, 1, 1) - claim.day_low).days > ERA_DAYS:
                # ... unless the day is of an earlier year, long before the article's
                # own days: "since 4 November 2009, when the footbridge collapsed,
                # killing 19" had been a later report of this week's toll (a probe).
                claim = replace(claim, era=claim.day_low.year)
            claims.append(claim)
    for quote in quotes:
        claims.append(_quote_claim(article_id, quote, (quote_group or {}).get(quote.id)))
    if english:
        claims.extend(event_claims(article_id, text, names, dates, sentences))
    claims.sort(key=lambda c: (c.start, c.kind, c.predicate))
    return claims


#: A quotation in which the speaker speaks of their own side.
_FIRST_PERSON = re.compile(r"\b(?:we|our|ours|us|I|my)\b", re.IGNORECASE)
#: Between two shares of a list: a comma or "and", then a name ("the Green Union").
_LIST_GAP = re.compile(r"[^,;.]{0,30}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
                       r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}\s+$")


def _with_the_listed_count(
    q: Quantity, quantities: Sequence[Quantity], start: int, text: str,
    names: Sequence[EntityMention],
) -> Quantity:
    """A bare percentage in a list after one that says what it counts counts the same:
    "won 44.2 percent of the vote, the Social Democratic Alliance 31.5 percent, the Green
    Union 12.1 percent" (an election probe's other shares were no facts at all)."""
    if q.counts or q.unit != "percent":
        return q
    counts = None
    before = sorted((p for p in quantities if start <= p.start < q.start and p.unit == "percent"),
                    key=lambda p: p.start)
    if not before:
        return q
    for prev, cur in zip(before, [*before[1:], q], strict=True):
        # each gap only a name after a comma or "and": not "…, while unemployment stayed
        # at 5 percent", which is no share of what came before
        if not _LIST_GAP.match(text, prev.end, cur.start):
            counts = None
        elif prev.counts and any(start <= m.start and m.end <= prev.start for m in names):
            # the list's first share is a name's too ("The National Renewal Party won 44.2
            # percent of the vote, …"); "Turnout reached 71.3 percent of the electorate,
            # the Progress Party 38.2 percent" lists no share of the electorate
            counts = prev.counts
    return replace(q, counts=counts) if counts else q


#: What comes before the whole a part is counted out of: "151 of the", "151 of
#: parliament's" (a possessive, which the part's own span does not take in).
_PART_BEFORE = re.compile(r"\d[\d,.]*\s+of\s+(?:the\s+|[\w-]+['’]s?\s+)$", re.IGNORECASE)


def _whole_of_a_part(q: Quantity, quantities: Sequence[Quantity], text: str) -> bool:
    """Whether ``q`` is the whole another figure counts a part of: in "won 151 of the 291
    seats" the 291 is a count of all seats, not of the party's (an election probe's
    briefing showed "National Renewal Party count of seats: 291" disputing 151). It is a
    fact of its own, "count of seats in all", of no one."""
    return bool(_PART_BEFORE.search(text, max(0, q.start - 40), q.start)) or any(
        p.start < q.start and q.end <= p.end and PART_OF_A_NUMBER.match(p.text)
        for p in quantities if p is not q)


def quote_groups(quotes: Iterable[Quote]) -> dict[str, str]:
    """Quote id → group id (the smallest id of its linked component)."""
    groups: KeyedUnionFind[str] = KeyedUnionFind()
    for q in quotes:
        groups.add(q.id)
        for other in q.linked_quote_ids:
            groups.join(q.id, other)
    return groups.roots()


def _quote_claim(article_id: str, quote: Quote, group: str | None) -> Claim:
    return Claim(
        article_id=article_id,
        kind="quote",
        subject=quote.speaker or UNKNOWN_SPEAKER,
        predicate="said",
        value=quote.text.strip(),
        time=None,
        start=quote.start,
        end=quote.end,
        text=quote.text,
        group=group,
    )


_STOP_CAPS = {
    "The", "A", "An", "In", "On", "At", "He", "She", "It", "They", "We", "I", "But", "And",
    "As", "For", "This", "That", "These", "Those", "According", "After", "Before", "While",
    "When", "If", "Meanwhile", "However", "Prior", "Following", "During", "Instead", "Some",
    "There", "His", "Her", "Their", "Our", "Its", "More", "Most", "Many", "Nearly", "About",
    "Over", "Under", "Only", "All", "Both", "Each", "One", "Two", "Three", "Several", "No",
    "Not", "So", "Then", "Now", "Yet", "Still", "Also", "Even", "What", "Why", "How", "Where",
    "Who", "Let", "Since", "Until", "Once", "Although", "Though", "Despite", "With", "From",
    "By", "To", "Of", "Or", "Nor", "Unlike", "Like", "Among", "Asked", "Speaking",
} | {day.title() for day in WEEKDAYS}


def _capitalised(text: str) -> list[EntityMention]:
    """Capitalised phrases as untyped mentions: the fallback when no entities are given."""
    found = []
    for m in re.finditer(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", text):
        words = m.group().split()
        while words and words[0] in _STOP_CAPS:
            words = words[1:]
        if not words:
            continue
        phrase = " ".join(words)
        start = m.end() - len(phrase)
        before = text[max(0, start - 3) : start].strip(" \"“‘(")
        if len(words) == 1 and (start == 0 or before[-1:] in {".", "!", "?", "\n", ""}):
            continue  # one capitalised word opening a sentence: "Port authority figures…"
        found.append(EntityMention(start, m.end(), phrase, ""))
    return found


def withdrawn_figures(
    article_id: str, text: str, quantities: Sequence[Quantity]
) -> tuple[Claim, ...]:
    """The figures an article's corrections withdraw ("An earlier version of this article
    gave health spending as 41.2 billion crowns"), as claims of what they count: no claim
    of the article's own, but ``reconcile`` tells by them that another report's value of
    the same thing was corrected (a percentage a correction withdrew is no death toll: a
    regression probe)."""
    sentences = sentence_bounds(text)
    found = []
    for q in quantities:
        if retracted(text, q, sentences):
            claim = quantity_claim(article_id, text, q, [], [], sentences)
            if claim is not None:
                found.append(claim)
    return tuple(found)
