"""One story's facts from its articles' extracted records: claims, then reconciliation.

This is the stage's public entry; the engine step only gathers the records.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from copydesk.facts.claim_keys import singular
from copydesk.facts.claim_types import GENERIC_SUM, Claim, EntityMention
from copydesk.facts.claims import claims_for_article, quote_groups, withdrawn_figures
from copydesk.facts.matching import ReconcileOptions
from copydesk.facts.reconcile import reconcile
from copydesk.hosts import site_key
from copydesk.records import DateRef, Fact, Quantity, Quote

__all__ = ["ArticleEvidence", "facts_for_story"]


@dataclass(frozen=True, slots=True)
class ArticleEvidence:
    """What the extract stage found in one article: the inputs of its claims."""

    article_id: str
    text: str
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateRef, ...] = ()
    quotes: tuple[Quote, ...] = ()
    mentions: tuple[EntityMention, ...] = ()
    #: The publication year, which tells a count of an earlier year from this story's.
    year: int | None = None
    #: When it was published: tells a count that later reports changed (a toll that
    #: rose) from sources that disagree at one time.
    published: datetime | None = None
    #: For a duplicate or a translation: its original's publication time and id. What it
    #: repeats of its original was reported then; what it changed, when it was published.
    original: tuple[datetime, str] | None = None
    #: Whether the claim rules can read its language (English, or unknown): otherwise
    #: only its quotes and sums of money give claims (see ``claims_for_article``).
    english: bool = True
    #: For a spun copy: each original it was spun from, with the spinner's swaps as
    #: (original word, copy word) in lower case. Its counts are read in the original's
    #: words ("about 140 locals" is the wire's "about 140 residents").
    spun_from: tuple[tuple[str, frozenset[tuple[str, str]]], ...] = ()
    #: The site (or the URL's host): an outlet's successive reports are one source, and a
    #: figure it gives later in place of its own earlier one is its update.
    site: str | None = None
    #: For a copy: the (original's, copy's) figures its reuse relations list as changed
    #: ("3,400 → 4,300"): a figure it changed is compared with the original's.
    changed_figures: tuple[tuple[str, str], ...] = ()
    #: An article of another story whose quotes are linked to this story's: only its
    #: quotes are read, and only to show who else they are given to (a misattribution in
    #: a report the clusterer put in a story of its own had gone unflagged).
    outside: bool = False
    #: Spans of its text that quote another report of the story with credit ("As Ardent
    #: Wire reported: "…"", ``reuse.quoting``): their claims are that report's, which
    #: counts them already, not this article's own reporting.
    quoted: tuple[tuple[int, int], ...] = ()


def facts_for_story(
    story_id: str,
    articles: Iterable[ArticleEvidence],
    families: Mapping[str, str] | None = None,
    options: ReconcileOptions | None = None,
    *,
    groups: Mapping[str, str] | None = None,
) -> list[Fact]:
    """Claims of every article of the story, merged into facts.

    ``families`` maps an article id to its reuse family id; articles of one
    family are one independent source. ``groups`` maps quote ids to their linked
    group (``claims.quote_groups`` over the story's quotes); given, ``articles``
    may be a generator read once, so a large story's texts need not all be held:
    each article's claims keep only the sentences they cite.
    """
    if groups is None:
        articles = list(articles)
        groups = quote_groups(q for a in articles for q in a.quotes)
    claims: list[Claim] = []
    published: dict[str, datetime | None] = {}
    sites: dict[str, str | None] = {}
    originals: dict[str, tuple[datetime, str]] = {}
    spins: dict[str, tuple[tuple[str, frozenset[tuple[str, str]]], ...]] = {}
    foreign: set[str] = set()
    withdrawn: dict[str, tuple[Claim, ...]] = {}
    for a in articles:
        if not a.english:
            foreign.add(a.article_id)
        if a.spun_from:
            spins[a.article_id] = a.spun_from
        published[a.article_id] = a.published
        sites[a.article_id] = a.site
        if a.original is not None:
            originals[a.article_id] = a.original
        found = claims_for_article(
            a.article_id,
            a.text,
            quantities=a.quantities,
            dates=a.dates,
            quotes=a.quotes,
            mentions=a.mentions,
            quote_group=groups,
            year=a.year,
            english=a.english,
        )
        if a.english and (figures := withdrawn_figures(a.article_id, a.text, a.quantities)):
            withdrawn[a.article_id] = figures
        if a.site and (own := site_key(a.site)):
            found = [replace(c, subject="") if _the_outlet_itself(c.subject, own) else c
                     for c in found]
        if a.outside:
            found = [replace(c, outside=True) for c in found]
        if a.changed_figures:
            found = [_as_changed_from(c, a.changed_figures) for c in found]
        if a.quoted:
            found = [c for c in found if not _quoted(c, a.quoted)]
        claims.extend(found)
    if spins:
        claims = _in_original_words(claims, spins)
    return reconcile(story_id, _as_first_reported(claims, originals), families, options,
                     published=published, foreign=foreign, sites=sites, withdrawn=withdrawn)


def _quoted(claim: Claim, spans: tuple[tuple[int, int], ...]) -> bool:
    """Whether a claim's span lies inside one of ``spans``: a regional paper's quotation
    of the wire, credited, made the wire's quote of the minister one independent source
    more (a content-farm probe: 3 for 2)."""
    return any(start <= claim.start and claim.end <= end for start, end in spans)


def _the_outlet_itself(subject: str, own: str) -> bool:
    """Whether a claim's subject is the outlet that publishes it (``own``, its site key):
    "…, VBC projects, with the party set to take 153 seats" made the seats VBC's (on VBC
    News), so an election probe's misreported seat count met no rival. Its capitals'
    short form only, not its full name: "The Askeport Courier will cut 30 of its 120
    newsroom jobs" in the Courier is the Courier's (a regression probe)."""
    if not subject.isupper():
        return False
    named = site_key(subject)
    return named is not None and len(named) >= 2 and own.startswith(named) and named != own


#: Links of spins of spins followed back to the text first spun.
MAX_SPIN_CHAIN = 5


def _in_original_words(
    claims: list[Claim], spins: Mapping[str, tuple[tuple[str, frozenset[tuple[str, str]]], ...]]
) -> list[Claim]:
    """A spun copy's counts named as its original names the same figure: the spinner's
    "about 140 locals" is the wire's "about 140 residents" when the wire and the spin each
    give "about 140" once and the two names differ only by the spinner's swaps (a
    content-farm probe's count was four facts, three of them "spun sources only").
    Repeated up chains of spins, each link compared in its own words. Regression probes:
    a spin's own "12 people were questioned" beside the wire's 12 workers injured, and its
    own "shut 12 restaurants" beside the wire's 12 inspectors, had been renamed."""
    written = [c.predicate for c in claims]  # each claim's name in its own words
    for _ in range(MAX_SPIN_CHAIN):
        named: dict[str, dict[str, list[int]]] = {}
        for i, c in enumerate(claims):
            if c.kind == "quantity" and c.predicate != GENERIC_SUM:
                named.setdefault(c.article_id, {}).setdefault(c.value, []).append(i)
        changed, out = False, []
        for i, c in enumerate(claims):
            mine = named.get(c.article_id, {}).get(c.value, [])
            for source, swaps in spins.get(c.article_id, ()):
                theirs = named.get(source, {}).get(c.value, []) if c.kind == "quantity" else []
                # a figure both name alike pairs itself ("5-2": 2 votes against in each),
                # and leaves the rest of that figure to pair ("two members" spun as "two
                # individuals" in the same sentence)
                alike = {claims[j].predicate for j in mine} & {claims[j].predicate
                                                              for j in theirs}
                own = [j for j in mine if claims[j].predicate not in alike]
                same = [j for j in theirs if claims[j].predicate not in alike]
                if (len(same) == 1 and len(own) == 1 and c.predicate != GENERIC_SUM
                        and claims[same[0]].predicate != c.predicate
                        and _swapped_only(written[same[0]], written[i], swaps)):
                    c, changed = replace(c, predicate=claims[same[0]].predicate), True
                    break
            out.append(c)
        claims = out
        if not changed:
            break
    return claims


def _as_changed_from(claim: Claim, changed: tuple[tuple[str, str], ...]) -> Claim:
    """A copy's count whose figure the copy changed, keyed as the original's: a farm's
    "about 4,300 residents" for the wire's "about 3,400" was a fact of its own, never
    compared, since counts of residents are compared only within one value (a
    content-farm probe)."""
    if claim.kind != "quantity":
        return claim
    for theirs, mine in changed:
        if re.search(rf"(?<![\d.,]){re.escape(mine)}(?![\d]|[.,]\d)", claim.value):
            return replace(claim, keyed_as=claim.value.replace(mine, theirs, 1))
    return claim


def _swapped_only(original: str, copy: str, swaps: frozenset[tuple[str, str]]) -> bool:
    """Whether the copy's name holds, where it differs from the original's, a word the
    spinner put in ("locals" for "residents"; "upward thrust" for "rise", of which the
    word diff saw "rise → thrust"): a spin's own "shut 12 restaurants" is no rewording
    of its original's "12 inspectors"."""
    put_in = {_singular(y) for _, y in swaps}
    theirs = {_singular(w) for w in re.findall(r"[^\W\d_]+", original.lower())}
    new = [w for w in map(_singular, re.findall(r"[^\W\d_]+", copy.lower())) if w not in theirs]
    return any(w in put_in for w in new)


def _singular(word: str) -> str:
    """``claim_keys.singular``, and "boxes" → "box", enough to meet a swap made elsewhere in
    the text ("container → box" and "1,200 boxes")."""
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return singular(word)


def _as_first_reported(
    claims: list[Claim], originals: Mapping[str, tuple[datetime, str]]
) -> list[Claim]:
    """A copy's claims that its original makes too, dated at the original's publication:
    a wire copy republished a week later turned the next day's higher toll from an update
    into a dispute. A figure the copy changed (an updated wire copy) keeps its own date."""
    if not originals:
        return claims
    made: dict[str, set[tuple[str, str]]] = {}
    for c in claims:
        made.setdefault(c.article_id, set()).add((c.predicate, c.value))
    out = []
    for c in claims:
        original = originals.get(c.article_id)
        if original is not None and (c.predicate, c.value) in made.get(original[1], ()):
            c = replace(c, reported_at=original[0])
        out.append(c)
    return out
