"""Merge a story's claims into facts: who backs each, how independently, and what disagrees.

Claims are grouped by a normalised key — quantities by (predicate with the
counted noun's head singularised, unit class), quotes by their linked group or
by speaker and near-identical wording, events by (participants, predicate) —
then by subject, matched fuzzily (rapidfuzz token-set ratio) so that "Biden",
"Joe Biden" and "President Joe Biden" agree and an unknown subject joins any.
Inside one (key, subject) group, claims whose values agree form one fact;
values that disagree form separate facts, each carrying the other side as a
conflict with both sides cited (article id, character span, text):

- numbers conflict when the intervals they allow ("more than 100,000" allows
  [100,000, ∞)) are further apart than ``tolerance`` relative difference, or at all
  when both are exact figures (``figures.is_exact``: 212 against 230);
- events conflict when their dates do not overlap.

A fact's ``independent_sources`` counts the reuse families among its articles
(an article in no family is its own): ten copies of one wire story count once.

This module is the story's entry and runs those steps in order; each lives in a module
of its own: ``claim_keys`` and ``group_joins`` (grouping), ``matching`` (subjects and
the thresholds), ``quote_speakers`` (quotes), ``agreement`` (values), ``revisions``
(updates and corrections), ``fact_conflicts`` and ``fact_values`` (the facts).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import datetime

from copydesk.facts.agreement import value_clusters
from copydesk.facts.claim_keys import CASUALTY_HEADS, claim_key
from copydesk.facts.claim_types import Claim
from copydesk.facts.fact_conflicts import fact
from copydesk.facts.group_joins import (
    bare_changes_join_their_object,
    bare_counts_join_their_deed,
    bare_sums_join_their_kind,
    people_join_the_toll,
    sums_join_their_name,
    wholes_join_their_count,
)
from copydesk.facts.matching import ReconcileOptions, subject_groups
from copydesk.facts.quote_speakers import quote_clusters, same_words_outside, speaker_groups
from copydesk.facts.revisions import Times, without_withdrawn
from copydesk.records import Fact

__all__ = ["reconcile"]


def reconcile(
    story_id: str,
    claims: Sequence[Claim],
    families: Mapping[str, str] | None = None,
    options: ReconcileOptions | None = None,
    *,
    published: Mapping[str, datetime | None] | None = None,
    foreign: Collection[str] = (),
    sites: Mapping[str, str | None] | None = None,
    withdrawn: Mapping[str, tuple[Claim, ...]] | None = None,
) -> list[Fact]:
    """The facts of one story from its articles' claims, sorted by support then id.
    ``published`` (article id → publication time) tells, for each disagreement, whether
    the other side was reported later, earlier or alongside (see ``revisions.reported``).
    ``foreign``: the articles in another language than English (speakers' names are
    compared across languages by their transliterations). ``sites`` (article id → site):
    one outlet is one independent source, and a figure it gives in place of its own
    earlier one is its update, however soon. ``withdrawn`` (article id → figures its
    corrections withdraw, ``claims.withdrawn_figures``): a value another report withdrew
    is "corrected", not disputed."""
    opts = options or ReconcileOptions()
    fam = families or {}
    when = Times(published or {}, sites or {}, fam, withdrawn or {})
    ordered = sorted(claims, key=lambda c: (c.article_id, c.start, c.kind, c.predicate, c.value))
    by_key: dict[tuple[str, ...], list[Claim]] = {}
    for c in ordered:
        by_key.setdefault(claim_key(c), []).append(c)
    people_join_the_toll(by_key)
    bare_counts_join_their_deed(by_key)
    bare_changes_join_their_object(by_key)
    bare_sums_join_their_kind(by_key)
    named_sums = sums_join_their_name(by_key)
    wholes_join_their_count(by_key)
    facts: list[Fact] = []
    for key, group in sorted(by_key.items()):
        if key[0] == "quote":
            for cluster in quote_clusters(group, opts):
                cluster = same_words_outside(cluster)
                if all(c.outside for c in cluster):
                    continue
                # One quote given to two speakers is a disagreement: a standards-desk
                # probe's copy gave the fire chief's words to the mayor, and its article
                # was counted as backing "the chief said".
                speakers = speaker_groups(cluster, fam, foreign)
                for i in range(len(speakers)):
                    if not all(c.outside for c in speakers[i]):
                        facts.append(fact(story_id, speakers, i, fam, opts, when))
            continue
        # A toll ("12 people killed") is one count whoever reports it: the mayor's 12
        # and the Red Cross's 19 disagree, though each is the sentence's subject.
        toll = key[0] == "quantity" and key[2].rpartition(" ")[2] in CASUALTY_HEADS
        # One sum of money, named by its value only ("$3.2 billion in cash", "3,2
        # Milliarden Dollar"), is one fact whichever name stands nearest it: the subject
        # of a sum is read poorly ("Kalmar Grid amount of cash", "Norveld amount of money"
        # were two rows of one deal).
        same_sum = ((key[0] == "quantity" and key[1] == "amount of" and len(key) == 6)
                    or key in named_sums)
        for subject_group in [group] if toll or same_sum else subject_groups(group, opts):
            values = without_withdrawn(value_clusters(subject_group, opts, when), when)
            for i in range(len(values)):
                facts.append(fact(story_id, values, i, fam, opts, when))
    facts.sort(key=lambda f: (-f.independent_sources, -len(f.article_ids), f.id))
    return facts
