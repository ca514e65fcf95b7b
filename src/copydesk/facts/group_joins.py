"""Joining the key groups of one figure that a story's reports named differently.

Grouped by key, a toll of "people" and one of "workers", a bare count and the count of
what was done to it, a bare change and a named one, or a sum named by its kind or by its
value alone can still be one figure in two groups. Each join moves claims only when the
story leaves one group to join, so two real figures stay apart.
"""

from __future__ import annotations

import re

from copydesk.facts.claim_keys import CASUALTY_HEADS
from copydesk.facts.claim_types import Claim

__all__ = ["bare_changes_join_their_object", "bare_counts_join_their_deed",
           "bare_sums_join_their_kind", "people_join_the_toll", "sums_join_their_name",
           "wholes_join_their_count"]


def people_join_the_toll(by_key: dict[tuple[str, ...], list[Claim]]) -> None:
    """A toll of "people" joins the story's one toll of a named group with the same
    casualty word: "Fourteen people have died" and "Twelve workers were killed" report one
    toll. With two such groups (workers and firefighters killed) it stays apart."""
    for key in sorted(by_key):
        head = key[2] if key[0] == "quantity" else ""
        if not head.startswith("people ") or head.split(" ", 1)[1] not in CASUALTY_HEADS:
            continue
        casualty = head.split(" ", 1)[1]
        named = [k for k in by_key if k[0] == "quantity" and k != key and k[1] == key[1]
                 and k[3:] == key[3:] and k[2].endswith(" " + casualty)]
        if len(named) == 1:
            by_key[named[0]] = sorted(
                by_key[named[0]] + by_key.pop(key),
                key=lambda c: (c.article_id, c.start, c.kind, c.predicate, c.value))


def bare_counts_join_their_deed(by_key: dict[tuple[str, ...], list[Claim]]) -> None:
    """A count of a bare noun ("six villages") joins the story's one count of that noun
    with what was done to it ("the evacuation of six villages") when a value agrees: one
    report named the evacuation and the other did not, and the one figure of two reports
    had become two facts (a regression comparison). A different value stays apart (600
    workers on site are not the 200 evacuated)."""
    for key in sorted(by_key):
        if not (key[0] == "quantity" and key[1] == "count of" and len(key) == 5
                and key[2] and " " not in key[2]):
            continue
        deeds = [k for k in by_key if k != key and k[:2] == key[:2] and k[3:] == key[3:]
                 and k[2].startswith(key[2] + " ")
                 and k[2].split(" ", 1)[1] in CASUALTY_HEADS]
        if len(deeds) != 1:
            continue
        # Only the claims of the deed's figures move ("the district has 12 villages"
        # stays: a regression probe's flood report had come to dispute itself), qualifiers
        # aside ("about 200 workers" and "200 workers were evacuated").
        figures = {_bare_figure(c.value) for c in by_key[deeds[0]]}
        moving = [c for c in by_key[key] if _bare_figure(c.value) in figures]
        if moving:
            by_key[deeds[0]] = sorted(
                by_key[deeds[0]] + moving,
                key=lambda c: (c.article_id, c.start, c.kind, c.predicate, c.value))
            moved = {id(c) for c in moving}
            by_key[key] = [c for c in by_key[key] if id(c) not in moved]
            if not by_key[key]:
                del by_key[key]


def bare_changes_join_their_object(by_key: dict[tuple[str, ...], list[Claim]]) -> None:
    """A bare change ("a 9% rise", the fact "share of rise") joins the story's one change
    of that kind and figure with what changes ("a 9% rise in pay", "rise in pay"):
    naming what rises had split the demo's one union demand into two facts. A different
    figure stays apart (the 4% offer is not the 9% demand), and so does a figure two
    named changes share."""
    for key in sorted(by_key):
        if not (key[0] == "quantity" and key[1] == "share of" and key[2] in _CHANGE_WORDS
                and key in by_key):
            continue
        own = {_bare_figure(c.value) for c in by_key[key]}
        named = [k for k in by_key if k[0] == "quantity" and k[1] == f"{key[2]} in"
                 and k[3:5] == key[3:5] and own & {_bare_figure(c.value) for c in by_key[k]}]
        if len(named) != 1:
            continue  # none, or two changes of that figure: which one is unsaid
        figures = {_bare_figure(c.value) for c in by_key[named[0]]}
        moving = [c for c in by_key[key] if _bare_figure(c.value) in figures]
        if moving:
            moved = {id(c) for c in moving}
            by_key[named[0]] = sorted(
                by_key[named[0]] + moving,
                key=lambda c: (c.article_id, c.start, c.kind, c.predicate, c.value))
            by_key[key] = [c for c in by_key[key] if id(c) not in moved]
            if not by_key[key]:
                del by_key[key]


#: The changes a percentage may measure (quantities' ``changes``: "rise in property tax").
_CHANGE_WORDS = frozenset({"rise", "cut", "fall"})


def _bare_figure(value: str) -> str:
    """A claim's figure without its qualifier: "about 200" → "200"."""
    return _QUALIFIER_WORDS.sub("", value).strip()


#: The qualifiers a claim's value is written with (``format_quantity`` writes the
#: extractor's canonical six).
_QUALIFIER_WORDS = re.compile(r"^(?:about|nearly|more than|less than|at least|up to)\s+")


def bare_sums_join_their_kind(by_key: dict[tuple[str, ...], list[Claim]]) -> None:
    """A sum named by its kind alone ("profit of about $3 billion") joins the story's one
    sum of that kind named more closely ("quarterly profit of more than $3 billion"): the
    full name keys a sum (``claim_keys._sum_head``), and the two reports of one profit had become
    two facts. With two such (defence and education spending) it stays apart."""
    for key in sorted(by_key):
        if not (key[0] == "quantity" and key[1] == "amount of" and len(key) == 5
                and key[2] and " " not in key[2]):
            continue
        closer = [k for k in by_key if k != key and k[:2] == key[:2] and len(k) == 5
                  and k[3:] == key[3:] and k[2].endswith(" " + key[2])]
        if len(closer) == 1:
            by_key[closer[0]] = sorted(
                by_key[closer[0]] + by_key.pop(key),
                key=lambda c: (c.article_id, c.start, c.kind, c.predicate, c.value))


def sums_join_their_name(
    by_key: dict[tuple[str, ...], list[Claim]]
) -> set[tuple[str, ...]]:
    """A sum named by its value only ("1,8 Millionen Euro", "€1.8 million in cash") joins
    the story's one named sum of that value and currency: a German translation's "amount
    of money" stood apart from its original's "amount of fine" (a regression probe).
    With two named sums of the value (a fine and a grant) it stays apart. Returns the
    named sums that took one in: like a sum named by its value, each is one fact
    whichever subject stands nearest it."""
    joined: set[tuple[str, ...]] = set()
    for key in sorted(by_key):
        if not (key[0] == "quantity" and key[1] == "amount of" and len(key) == 6):
            continue
        value = key[5]
        named = [k for k in by_key if k[0] == "quantity" and k[1] == "amount of"
                 and len(k) == 5 and k[3:5] == key[3:5]
                 and any(c.value == value for c in by_key[k])]
        if len(named) == 1:
            by_key[named[0]] = sorted(
                by_key[named[0]] + by_key.pop(key),
                key=lambda c: (c.article_id, c.start, c.kind, c.predicate, c.value))
            joined.add(named[0])
    return joined


def wholes_join_their_count(by_key: dict[tuple[str, ...], list[Claim]]) -> None:
    """A whole counted out of ("3 of the 12 miners": 12 "in all") joins the story's plain
    count when that count holds every value it gives ("Twelve miners had been trapped"):
    one figure. A whole no plain count gives ("151 of the 291 seats" beside "won 151
    seats") stays a fact of its own, and no rival of the party's seats (a regression
    probe had the miners' total split in two)."""
    for key in sorted(k for k in by_key if k[-1:] == ("in all",)):
        base = key[:-1]
        plain = by_key.get(base)
        if not plain:
            continue
        values = {(c.low, c.high) for c in plain}
        if all((c.low, c.high) in values for c in by_key[key]):
            plain.extend(by_key.pop(key))
