"""Figures an article cites without claiming them as its own.

The older side of a comparison, a figure a correction withdraws, an earlier figure the
report goes on to update, and the few people a report cites as its sources: counted as
the article's claims, each made the article back a figure it disputes or replaces (the
rules below name the probes that found them). ``RETRACTION`` is also read by the
report's views.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from copydesk.facts.sentences import sentence_of
from copydesk.records import Quantity

__all__ = ["MAX_CITED_SOURCES", "RETRACTION", "THEIR_EARLIER", "compared_figure",
           "in_the_clause_of", "retracted", "sources_who_said"]


#: The words right before a figure that make it the older side of a comparison with a
#: figure before it in the sentence: "rose to 19, up from the 14 deaths reported
#: yesterday", "58 percent against 41 percent", "higher than the 14 reported". A bare
#: "from" compares only right after the other figure ("to 6 million euros from the 2.4
#: million"): "12 killed, and crews from four districts came" compares nothing.
_COMPARED_BEFORE = re.compile(
    r"\b(?:(?:up|down|rising|falling|rose|fell|increased|decreased)\s+from|compared\s+"
    r"(?:with|to)|against|versus|vs\.?|than|nach|gegenüber|contre|comparé\s+à|frente\s+al?"
    r"|comparado\s+con|rispetto\s+a"
    # a figure set right: "put the price at $1.35bn, not the $1.2bn announced" (a probe's
    # dispute counted as one more article backing $1.2bn)
    r"|,\s+not|rather\s+than|instead\s+of)\s+(?:the|an?|its|their|some|about|around)?\s*$",
    re.IGNORECASE)
_TO_BEFORE = re.compile(r"\b(?:to|at)\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"^\W*(?:\S+\s+){0,3}from\s+(?:the|an?|its|their)?\s*$",
                          re.IGNORECASE)


#: A correction's sentence: what it says an earlier version gave is withdrawn ("An
#: earlier version of this article wrongly said the rate had been cut to 3.25%").
RETRACTION = re.compile(
    r"\b(?:wrongly|incorrectly|erroneously|mistakenly)\s+(?:said|stated|reported|gave|put"
    r"|described|named|quoted|attributed)\b|\ban\s+earlier\s+version\s+(?:of\s+this\s+"
    r"(?:article|story|report)\b|(?:also\s+)?(?:said|stated|reported|gave|misstated|named"
    r"|described|quoted)\b)"
    r"|\bthis\s+(?:article|story|report)\s+(?:has\s+been|was)\s+(?:corrected|amended)\b"
    r"|^\s*correction\s*:",
    re.IGNORECASE | re.MULTILINE)


#: The few people a report cites, right before their speech verb: "two employees said",
#: "three people familiar with the talks told Reuters".
_SAID_AFTER = re.compile(
    r"\s+(?:(?:familiar|close|briefed)\s+(?:with|to|on)\s+(?:the\s+)?[\w-]+\s+"
    r"|(?:of|at|from|in|with)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+)?"
    r"(?:said|say|says|told|confirmed)\b")
#: Who a report cites: people, not things ("Four hospitals confirmed they had run out of
#: beds" is a count; a regression probe's went missing).
_SOURCE_NOUNS = frozenset(
    "people person officials official employees employee workers staff members sources "
    "source witnesses residents diplomats officers executives lawmakers analysts aides "
    "doctors nurses engineers investigators insiders people familiar managers traders "
    "bankers players fans passengers survivors relatives neighbours neighbors students "
    "teachers drivers pilots soldiers activists organisers organizers union officials "
    "companies firms parties sides governments".split())
#: Before a number, words that make it a count however few ("just four", "only two").
_COUNTED_BEFORE = re.compile(r"(?i)\b(?:just|only|all|both|at\s+least|as\s+many\s+as)\s+$")
#: After "said", what makes the sayers a finding: "said they would", "said yes".
_SAID_THEY = re.compile(r"(?i)\s+(?:they|yes|no)\b")
#: At most this many: "15,000 workers said they would strike" is a count of its own.
MAX_CITED_SOURCES = 10


def sources_who_said(text: str, q: Quantity) -> bool:
    """Whether ``q`` counts the people a report cites ("…, two employees said"): who said
    it, not a figure of the story. A regression probe's "two employees" became a count
    of employees beside the company's 15,000."""
    head = (q.counts or "").split()[-1:] or [""]
    said = _SAID_AFTER.match(text, q.end)
    return (q.unit is None and isinstance(q.value, float) and q.value <= MAX_CITED_SOURCES
            and head[0].lower() in _SOURCE_NOUNS and said is not None and not q.qualifier
            # "Just four nurses said they would accept the offer": a finding, counted
            # (a regression probe)
            and not _COUNTED_BEFORE.search(text, max(0, q.start - 20), q.start)
            and not _SAID_THEY.match(text, said.end()))


def retracted(text: str, q: Quantity, sentences: list[tuple[int, int]]) -> bool:
    """Whether ``q`` stands in a correction's sentence, as the figure withdrawn: a
    standards-desk probe's correction counted as a second article backing the rate it
    corrected. Also the figure an outlet says it reported before ("We earlier reported 45
    arrests; police now say 38"), up to where its clause ends: a live blog's withdrawn
    45 had backed the 45 (a live-blog probe)."""
    start, end = sentence_of(sentences, q.start)
    if _OWN_EARLIER.search(text, start, end) and not _AS_REPORTED.search(text, start, end):
        return in_the_clause_of(_OWN_EARLIER, text, start, q)
    return bool(RETRACTION.search(text, start, end))


#: An outlet's own earlier figure: "we earlier reported", "we had previously said".
_OWN_EARLIER = re.compile(r"\bwe\s+(?:had\s+)?(?:earlier|previously|initially|wrongly|first)\s+"
                          r"(?:reported|said|stated|gave|put)\b", re.IGNORECASE)
#: Someone's earlier figure, which the report goes on to update: "police had earlier said
#: 12 people were killed", "earlier reports put the toll at 14". Only in the past perfect
#: or as "earlier reports": "the firm previously reported a net profit of $12 million" and
#: "which initially announced a renovation, reopened with 40,000 visitors" are the
#: report's own figures (a regression probe).
THEIR_EARLIER = re.compile(
    r"\bhad\s+(?:earlier|previously|initially|first)\s+(?:reported|said|stated|put|given"
    r"|announced|estimated)\b|\bearlier\s+(?:reports?|figures?|estimates?)\s+(?:said|put"
    r"|gave|showed|had)\b", re.IGNORECASE)
#: What ends the clause of an earlier figure: "…; police now say 38", "…, but now …",
#: ", and the toll rose to 41" (not ", and that 30 were missing", still what was said),
#: ", while the governor said 17", "…, said on Thursday that seven", "has risen to $5
#: million" (a regression probe's current figures had gone).
_CLAUSE_END = re.compile(
    r"[;:]|\bnow\b|\bbut\b|\bsince\b|,\s*while\b|,\s*and\b(?!\s+that\b)|,\s*(?:said"
    r"|says|reported|has|have|is|are|was|were)\b", re.IGNORECASE)
#: "As we earlier reported, 12 people died", "As the Kelso Herald previously reported,
#: …": the report's own figure, said again.
_AS_REPORTED = re.compile(r"\bas\s+(?:[\w'’.-]+\s+){0,4}?(?:had\s+)?(?:earlier|previously"
                          r"|first|initially)\s+(?:reported|said|stated)\b", re.IGNORECASE)


def in_the_clause_of(phrase: re.Pattern[str], text: str, start: int, q: Quantity) -> bool:
    """Whether ``q`` follows a match of ``phrase`` in its sentence with no clause end
    between them."""
    for m in phrase.finditer(text, start, q.start):
        if _AS_REPORTED.search(text, max(start, m.start() - 12), m.end()):
            continue
        if not _CLAUSE_END.search(text, m.end(), q.start):
            return True
    return False


def compared_figure(
    text: str, q: Quantity, quantities: Sequence[Quantity], sentences: list[tuple[int, int]]
) -> bool:
    """Whether ``q`` is the figure another one in its sentence is compared with: an
    earlier report or an older value, which the article cites and does not claim. A
    standards-desk probe's wire update ("rose to 19 ..., up from the 14 deaths the fire
    service reported yesterday") was counted as a second independent source for 14, and
    14 and 19 stood as two facts where 19 had replaced 14."""
    if (q.counts or "").endswith(" sought"):
        return False  # "less than the €6 million prosecutors had sought": a request, a fact
    start, _ = sentence_of(sentences, q.start)
    before = [o for o in quantities if o is not q and start <= o.start and o.end <= q.start]
    if not before:
        return False
    if _COMPARED_BEFORE.search(text, start, q.start):
        return True
    # A bare "from" compares a figure reached "to" with where it was: "raised its aid to 6
    # million euros from the 2.4 million", not "cutting $130 million from the $1.95
    # billion the mayor had requested" (a regression probe's request lost its backing).
    other = max(before, key=lambda o: o.end)
    return bool(_FROM_BEFORE.match(text[other.end:q.start])) and bool(
        _TO_BEFORE.search(text, start, other.start))
