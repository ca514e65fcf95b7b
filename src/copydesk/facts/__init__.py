"""Facts: claims normalised as (subject, predicate, value, time), merged across a
story's articles, with independent source counts and conflicts.

``claims`` turns one article's extracted records into claims; ``reconcile``
merges a story's claims; ``build.facts_for_story`` does both for one story.
"""

from __future__ import annotations

from copydesk.facts.build import ArticleEvidence, facts_for_story
from copydesk.facts.claim_types import Claim, EntityMention
from copydesk.facts.claims import claims_for_article
from copydesk.facts.matching import ReconcileOptions
from copydesk.facts.reconcile import reconcile

__all__ = [
    "ArticleEvidence",
    "Claim",
    "EntityMention",
    "ReconcileOptions",
    "claims_for_article",
    "facts_for_story",
    "reconcile",
]
