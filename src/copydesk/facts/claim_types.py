"""What a claim is: the record both halves of the facts stage pass around.

Reading an article (``claims`` and the modules it calls) makes claims, and reconciling a
story (``reconcile`` and its helpers) merges them. Both need the one ``Claim`` shape and
the two stand-in values below, so they live here, where neither half has to import the
other's rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

__all__ = ["GENERIC_SUM", "UNKNOWN_SPEAKER", "Claim", "EntityMention"]


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A named mention in one article, with the canonical entity it belongs to."""

    start: int
    end: int
    name: str
    type: str  # "person" | "organisation" | "place" | "" (lexical fallback)


@dataclass(frozen=True, slots=True)
class Claim:
    """One assertion of one article, with the text span that makes it."""

    article_id: str
    kind: str  # "quantity" | "quote" | "event"
    subject: str
    predicate: str
    value: str
    time: str | None
    start: int
    end: int
    text: str
    #: Quantity claims: the interval the number allows, for comparisons.
    low: float | None = None
    high: float | None = None
    #: Event claims: the date range of ``time``.
    day_low: date | None = None
    day_high: date | None = None
    #: Quote claims: the linked-quote group (the same quote across articles).
    group: str | None = None
    #: Quantity claims: an earlier year the sentence is about ("In 1998, 17 people were
    #: killed"), which makes its count another count than this story's.
    era: int | None = None
    #: Quantity claims: a figure given exactly (one number, no qualifier, not a round
    #: one): two exact figures that differ disagree, however close (``reconcile``), unless
    #: one is the other rounded to its ``decimals`` (48 % and 48.3 %).
    exact: bool = False
    decimals: int = 0
    #: When the claim was first reported, when not at its article's publication (a copy
    #: repeating its original: ``build._as_first_reported``).
    reported_at: datetime | None = None
    #: Quantity claims: what kind of name the subject is ("place" when it is the nearest
    #: place and maybe only where it happened: ``matching.subject_groups``).
    subject_type: str = ""
    #: Quote claims of an article of another story, linked to a quote of this one: they
    #: may give the words to someone else (a dispute), never back a fact of this story.
    outside: bool = False
    #: Quantity claims of a copy that changed the figure: the original's value, which a
    #: count compared only within one value (residents, money) is grouped by.
    keyed_as: str | None = None


#: The predicate of a sum named by its value only ("$3.2 billion", "3,2 Milliarden Dollar").
GENERIC_SUM = "amount of money"
#: The subject of a quote whose speaker the extract step did not find.
UNKNOWN_SPEAKER = "unknown speaker"
