"""One story's facts from its articles' extracted records: claims, then reconciliation.

This is the stage's public entry; the engine step only gathers the records.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from copydesk.facts.claims import EntityMention, claims_for_article, quote_groups
from copydesk.facts.reconcile import ReconcileOptions, reconcile
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


def facts_for_story(
    story_id: str,
    articles: Sequence[ArticleEvidence],
    families: Mapping[str, str] | None = None,
    options: ReconcileOptions | None = None,
) -> list[Fact]:
    """Claims of every article of the story, merged into facts.

    ``families`` maps an article id to its reuse family id; articles of one
    family are one independent source.
    """
    groups = quote_groups(q for a in articles for q in a.quotes)
    claims = []
    for a in articles:
        claims.extend(
            claims_for_article(
                a.article_id,
                a.text,
                quantities=a.quantities,
                dates=a.dates,
                quotes=a.quotes,
                mentions=a.mentions,
                quote_group=groups,
            )
        )
    return reconcile(story_id, claims, families, options)
