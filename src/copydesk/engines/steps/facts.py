"""Facts step: per story, gather its articles' extracted records and reconcile them.

Reads stories, quantities, dates, quotes, entities and the articles' reuse
families (the ``family_id`` annotation, else the "families" records); writes
kind "facts" as the step's full result. When the extract step stored no
quantities or dates (an older store, or an extract step without them), they are
computed here from the article text so facts still have numbers and dates.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from copydesk.extract.dates import find_dates
from copydesk.extract.quantities import find_quantities
from copydesk.facts import ArticleEvidence, EntityMention, facts_for_story
from copydesk.progress import Progress
from copydesk.records import Article, DateRef, Entity, Fact, Family, Quantity, Quote, Story
from copydesk.store import Store

#: Languages whose quantities, dates and event statements the claim rules can read
#: (None: unknown, read as English).
ENGLISH = (None, "en")


def run(store: Store, progress: Progress) -> str:
    stories: list[Story] = list(store.iter_records("stories"))
    if not stories:
        store.replace_records("facts", [])
        return "no stories in the store; no facts"
    have_quantities = store.count_records("quantities") > 0
    have_dates = store.count_records("dates") > 0
    mentions = _mentions_by_article(store.iter_records("entities"))
    families = _family_records(store)
    facts: list[Fact] = []
    computed = False
    for story in progress(stories, total=len(stories), desc="facts", unit="story"):
        evidence = []
        for article_id in story.article_ids:
            article = store.get_article(article_id)
            if article is None:
                continue
            family = store.annotations(article_id).get("family_id")
            if family:
                families[article_id] = family
            evidence.append(
                _evidence(store, article, mentions.get(article_id, ()), have_quantities,
                          have_dates)
            )
            computed = computed or not (have_quantities and have_dates)
        facts.extend(facts_for_story(story.id, evidence, families))
    store.replace_records("facts", facts)
    conflicted = sum(1 for f in facts if f.conflicts)
    line = f"{len(facts)} facts in {len(stories)} stories, {conflicted} with conflicts"
    if computed:
        line += " (quantities/dates computed here: the extract step stored none)"
    return line


def _evidence(
    store: Store,
    article: Article,
    mentions: tuple[EntityMention, ...] | list[EntityMention],
    have_quantities: bool,
    have_dates: bool,
) -> ArticleEvidence:
    quantities: list[Quantity] = (
        store.records_for("quantities", article.id) if have_quantities
        else find_quantities(article.text, article.id)
    )
    dates: list[DateRef] = (
        store.records_for("dates", article.id) if have_dates
        else find_dates(article.text, article.id, article.published)
    )
    quotes: list[Quote] = store.records_for("quotes", article.id)
    if article.language not in ENGLISH:
        # Counted nouns and event verbs are read with English rules; quotes (linked
        # across translations) still count.
        quantities, dates, mentions = [], [], ()
    return ArticleEvidence(
        article_id=article.id,
        text=article.text,
        quantities=tuple(quantities),
        dates=tuple(dates),
        quotes=tuple(quotes),
        mentions=tuple(sorted(mentions, key=lambda m: (m.start, m.end))),
    )


def _mentions_by_article(entities: Any) -> dict[str, list[EntityMention]]:
    out: dict[str, list[EntityMention]] = defaultdict(list)
    for e in entities:
        entity: Entity = e
        for m in entity.mentions:
            out[m.article_id].append(EntityMention(m.start, m.end, entity.name, entity.type))
    return out


def _family_records(store: Store) -> dict[str, str]:
    """Article id → family id from the "families" records; the ``family_id`` annotation,
    read per article in ``run``, takes precedence."""
    out: dict[str, str] = {}
    for fam in store.iter_records("families"):
        family: Family = fam
        for article_id in family.article_ids:
            out[article_id] = family.id
    return out
