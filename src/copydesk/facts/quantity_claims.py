"""How one figure of an article becomes a claim: what it counts, whose it is, when.

A figure needs more reading than a quote or an event: its predicate comes from the counted
noun and the unit (the length of talks, a share, a change wanted rather than made, what
something holds), its subject from the names before it (not the object of a preposition,
a dateline's outlet or the object of a first deed), and a hedge after it makes an exact-
looking toll a guess. ``claims`` decides which figures to read; this module reads one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from copydesk.extract.quantities.change_ends import FORMER
from copydesk.facts.claim_dates import sentence_date, time_text
from copydesk.facts.claim_types import GENERIC_SUM, Claim, EntityMention
from copydesk.facts.figures import (
    CURRENCIES,
    decimals,
    format_quantity,
    in_base_unit,
    interval,
    is_exact,
    of_the_whole,
)
from copydesk.facts.sentences import sentence_of
from copydesk.records import DateRef, Quantity

__all__ = ["quantity_claim"]


_UNIT_PREDICATE = {
    "percent": "share of", "percentage point": "change in", "basis point": "change in",
    "second": "duration of", "minute": "duration of", "hour": "duration of",
    "day": "duration of", "week": "duration of", "month": "duration of",
    "year": "duration of", "decade": "duration of",
}
#: A percentage's count that names a change ("rise in property tax", quantities'
#: ``changes``) is its own predicate: not "share of rise in property tax".
_A_CHANGE = re.compile(r"(?:rise|cut|fall) in \S")
_CHANGE_UNITS = frozenset({"percent", "percentage point"})
#: What lasted a duration written before it: "the talks lasted about three hours", "the
#: ministers met for nearly five hours", "the search ran for 70 hours". Without it a time
#: counted nothing and made no fact: an OSINT probe's three reports of the meeting's
#: length (five, six and three hours) were never compared. Only an event's own length
#: (minutes to days), not "had not met for three years", "negotiated for two years over
#: the route" nor "ran 40 minutes late" (a regression probe).
_LASTED = re.compile(
    r"\b(?:(?P<noun>talks|meeting|negotiations|session|summit|call|conversation|hearing"
    r"|debate|interview|visit|siege|strike|search|operation|trial)(?:\s+[\w'’-]+){0,5}?"
    r"\s+(?:had\s+|has\s+)?(?:lasted|ran|went\s+on|stretched|continued|took)(?:\s+for)?"
    # "spoke by telephone for 90 minutes" (not "spoke for 20 minutes to reporters")
    r"|(?P<phone>spoke|talked)\s+(?:by|on\s+the)\s+(?:tele)?phone\s+for"
    r"|(?<!not\s)(?<!never\s)(?<!n't\s)(?P<verb>met|talked|negotiated|conferred)"
    r"\b(?:\s+[\w'’-]+){0,4}?\s+for"
    r")\s+(?:(?:about|around|roughly|nearly|almost"
    r"|more\s+than|over|some|just\s+(?:under|over))\s+)?$", re.IGNORECASE)
#: What each noun or verb of ``_LASTED`` names as one claim.
_LASTED_AS = {"meeting": "talks", "negotiations": "talks", "session": "talks",
              "conversation": "call", "met": "talks", "talked": "talks",
              "negotiated": "talks", "conferred": "talks"}
#: Units an event's own length is told in.
_EVENT_UNITS = frozenset({"minute", "hour", "day"})
#: Words after a time that make it no length: "the meeting ran 40 minutes late".
_NOT_A_LENGTH_AFTER = re.compile(r"\s+(?:late|early|behind|ahead|before|after|ago|later)\b",
                                 re.IGNORECASE)


def _what_lasted(text: str, start: int, end: int) -> str | None:
    m = _LASTED.search(text, max(0, start - 120), start)
    if m is None or _NOT_A_LENGTH_AFTER.match(text, end):
        return None
    if m.group("phone"):
        return "call"
    word = (m.group("noun") or m.group("verb")).lower()
    return _LASTED_AS.get(word, word)


#: Prepositions that make the following name an object or place, not the subject.
_OBJECT_PREPOSITIONS = re.compile(
    r"\b(?:against|to|in|at|from|on|into|with|for|of|near|toward|towards|across|along|over"
    r"|inside|within|by|between|alongside)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: The one beaten is no subject of the winner's figure: "Anneke Roos was re-elected,
#: defeating the National Renewal Party's Bram Hetfield with 52.6 percent of the vote"
#: (an election probe's 52.6 % was Hetfield's).
_BEATEN_BEFORE = re.compile(
    r"\b(?:defeating|defeated|beating|beat|edging(?:\s+out)?|ousting|unseating|against)"
    r"\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}(?:[A-Z][\w.-]*['’]s\s+)?$")


#: "… Bram Hetfield with 52.6 percent": the figure is the winner's only through "with";
#: in "defeated Bram Hetfield, who took 47.4 percent" it is the one beaten's (a
#: regression probe).
_WITH_THE_WINNERS = re.compile(r"(?:(?!,\s*who\b)[^.;])*?\bwith\b")


def quantity_claim(
    article_id: str,
    text: str,
    q: Quantity,
    names: Sequence[EntityMention],
    dates: Sequence[DateRef],
    sentences: list[tuple[int, int]],
) -> Claim | None:
    if q.qualifier == FORMER:
        return None  # what a figure was before a change ("rose from 12 to 15"): no claim
    money = q.unit in CURRENCIES
    if not q.counts and q.unit in _EVENT_UNITS:
        q = replace(q, counts=_what_lasted(text, q.start, q.end))
    if not q.counts and not money:
        return None
    if q.unit is None and not isinstance(q.value, tuple) and 0 < q.value < 1:
        # "two-thirds of the traffic", "a fifth of its wheat": a share, not a count.
        q = replace(q, value=q.value * 100, unit="percent")
    s_start, s_end = sentence_of(sentences, q.start)
    subject, subject_type = "", ""
    for m in reversed(names):
        if m.end > q.start or m.start < s_start:
            continue
        if _OBJECT_PREPOSITIONS.search(text[max(s_start, m.start - 20) : m.start]) or (
                _BEATEN_BEFORE.search(text, max(s_start, m.start - 45), m.start)
                and _WITH_THE_WINNERS.match(text, m.end, q.start)):
            continue
        if re.search(r"[—–)]|\s-\s", text[m.end : q.start]):
            continue  # a dateline's outlet or place: "SALTMERE (Meridian Press) — 12,000…"
        if _object_of_a_first_deed(text, m, q.start) and any(
                s_start <= o.start and o.end <= m.start for o in names):
            continue
        subject, subject_type = m.name, m.type
        break
    counted = (q.counts or "").lower()
    if money:
        predicate = "amount of " + counted if counted else GENERIC_SUM
    else:
        predicate = counted if _A_CHANGE.match(counted) and q.unit in _CHANGE_UNITS else (
            _UNIT_PREDICATE.get(q.unit or "", "count of") + " " + counted)
    if _a_target(text[s_start:q.start]):
        predicate = "target " + predicate
    elif not money and _CAPACITY_BEFORE.search(text, max(s_start, q.start - 40), q.start):
        predicate = ("capacity of " + counted) if q.unit is None else "capacity " + predicate
    low, high = in_base_unit(q.unit, *interval(q))
    when = sentence_date(dates, s_start, s_end, near=q.start)
    return Claim(
        article_id=article_id,
        kind="quantity",
        subject=subject,
        subject_type=subject_type,
        predicate=predicate.strip(),
        value=format_quantity(q) + of_the_whole(q),
        time=time_text(when),
        start=q.start,
        end=q.end,
        text=q.text,
        low=low,
        high=high,
        day_low=when.value if when else None,
        day_high=(when.end_value or when.value) if when else None,
        exact=is_exact(q) and not (_HEDGED_AFTER.match(text, q.end, s_end)
                                   or _ESTIMATED.search(text, q.end, s_end)),
        decimals=decimals(q.value) if not isinstance(q.value, tuple) else 0,
    )


#: A second deed joined to the first by "and": "… met President Leontyne in Drazhen on
#: Thursday and pledged $120 million". Past tenses, regular or the common irregular ones.
_AND_DEED = re.compile(
    r"[\s,]+and\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]+ed|gave|sent|took|made|paid|brought"
    r"|spent|won|lost|put|set|cut|raised|sold|bought|lent)\b(?P<tail>[^,;:.]*)$")
#: What may stand between the first deed's object and that "and": places, days, names.
_BETWEEN_DEEDS = frozenset(
    "in on at of for with to the a an last this early late same".split())


def _object_of_a_first_deed(text: str, m: EntityMention, at: int) -> bool:
    """Whether the name ``m`` is the object of a verb whose subject also did the deed the
    figure at ``at`` counts: "Reuel met President Amara Leontyne in Drazhen on Thursday
    and pledged $120 million in aid" is Reuel's pledge (an OSINT probe's fact gave it to
    Leontyne, apart from the $150 million another outlet gave Reuel). Only when nothing
    but places, days and names comes between the name and the "and"."""
    between = text[m.end:at]
    deed = _AND_DEED.search(between)
    if deed is None or len(deed.group("tail").split()) > 3:
        return False
    words = re.findall(r"[\w'’.-]+", between[: deed.start()])
    return all(w in _BETWEEN_DEEDS or w[:1].isupper() or w[:1].isdigit() for w in words)


#: A change to a figure: "cutting India's tariff to 15 percent", "wants it cut to 10".
_CHANGED_TO = re.compile(
    r"\b(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|rais(?:e|es|ed|ing)"
    r"|increas(?:e|es|ed|ing)|bring(?:s|ing)?|slash(?:es|ed|ing)?|trim(?:s|med|ming)?)\b"
    r"[^.;:,\d]{0,40}?\bto\s+(?:about\s+|around\s+|roughly\s+|just\s+|no\s+more\s+than\s+)?$",
    re.IGNORECASE)
#: Verbs that make such a change one a side wants or offers, not one made or announced:
#: not "would" or "will" ("said the government would raise its aid to 6 million euros"
#: is the figure other reports give as the aid's total), nor a noun ("raised its offer
#: for Brightwell to £3.4 billion"; both regression comparisons).
_NOT_YET = re.compile(
    r"\b(?:wants?|wanted|wanting|propos(?:e|es|ed|ing)|offered|offering|seek(?:s|ing)?"
    r"|sought|demanded|demanding|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)"
    r"|ask(?:s|ed|ing)?|hop(?:e|es|ed|ing))\b", re.IGNORECASE)


#: Words before a count that make it what something holds, not how many there were: "its
#: licensed capacity is 130 passengers" had been the count of passengers aboard, beside
#: the wire's "about 120" (a versions probe). Not "designed to": "a fund designed to help
#: 3,000 families" counts them (a regression probe).
_CAPACITY_BEFORE = re.compile(
    r"\b(?:capacity|licensed\s+to\s+(?:carry|hold)|certified\s+(?:to|for)|room\s+for"
    r"|(?:can|could)\s+(?:carry|hold|seat|accommodate)|designed\s+for)"
    r"(?:\s+(?:of|is|was|for|at))?\s+(?:up\s+to\s+|about\s+|some\s+)?$", re.IGNORECASE)


def _a_target(before: str) -> bool:
    """Whether the figure is one a change is wanted or offered to, not the figure as it
    stands: "the EU has proposed cutting India's tariff to 15 percent" is no rival of
    "India charges a 110 percent tariff" (a real-names probe's briefing showed the two as
    a later report and a conflict). A change made ("the toll rose to 193", "was cut to
    9 percent") is the figure as it stands."""
    m = _CHANGED_TO.search(before)
    if m is None:
        return False
    # the wish in the change's own clause: not "The port authority, which had offered to
    # cut crews to 8 operators, agreed to 9" (a regression probe)
    clause = max(before.rfind(",", 0, m.start()), before.rfind(";", 0, m.start())) + 1
    return bool(_NOT_YET.search(before, clause, m.end()))


#: After a count, what makes it a guess however exact it looks: "20 people are feared
#: dead", "killed 30 people, according to early estimates" (a regression probe: such
#: early tolls conflicted with the confirmed 19 and 27).
_HEDGED_AFTER = re.compile(r"\s+(?:people\s+|persons\s+)?(?:are|were|is|was)\s+(?:feared"
                           r"|believed|presumed|thought)\s+(?:dead|killed|drowned|to\s+have"
                           r"\s+died)\b", re.IGNORECASE)
_ESTIMATED = re.compile(r"\baccording\s+to\s+(?:early|initial|preliminary|first)\s+"
                        r"(?:estimates|reports|figures)\b", re.IGNORECASE)
