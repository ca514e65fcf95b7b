"""Stories step: cluster the articles not yet in a story, link threads, write stories.

Resumes from the clusterer state kept in the store (``save_state("stories")``): articles
clustered by an earlier run keep their story and only new ones are processed. Reads the
reuse families (the ``family_id`` annotation, else the "families" records) and the
relations, so copies of one text land in one story (``stories.bindings``). Writes kind
"stories" (every story, as the stage's full result) and the ``story_id`` annotation.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from datetime import datetime, timezone

from copydesk.errors import UsageError
from copydesk.methods import record_method
from copydesk.origins import reprinting_families
from copydesk.progress import Progress
from copydesk.records import Article, Family
from copydesk.reuse.lineage import roundup_sources
from copydesk.store import Store
from copydesk.stories import StoryClusterer, StoryOptions
from copydesk.stories.bindings import relation_edges, same_page_pairs, story_bindings
from copydesk.stories.cluster import article_time
from copydesk.stories.options import DEFAULT_PROFILE, PROFILES
from copydesk.stories.summary import ArticleMeta, article_meta, build_stories
from copydesk.stories.threads import link_threads
from copydesk.wording import counted

log = logging.getLogger(__name__)

STATE_NAME = "stories"
#: The option profile a store was clustered with (``copydesk run --stories``), kept
#: beside the clusterer state so later runs and uploads go on with the same options.
PROFILE_STATE = "stories_profile"
#: Articles handed to the clusterer at a time (one progress tick each).
BATCH = 500
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def stored_profile(store: Store) -> str:
    """The profile this store's stories were grouped with (``live`` when none was chosen)."""
    blob = store.load_state(PROFILE_STATE)
    name = blob.decode("utf-8") if blob else DEFAULT_PROFILE
    return name if name in PROFILES else DEFAULT_PROFILE


def check_profile_name(name: str) -> None:
    if name not in PROFILES:
        raise UsageError(f"unknown stories profile {name!r}; choose {' or '.join(PROFILES)}")


def choose_profile(store: Store, name: str | None) -> None:
    """Keep ``name`` as the store's profile. Refused once the store holds stories grouped
    with another (by either engine): a story's centroid is summed under its options, and
    mixing two would make the result depend on which run saw which article."""
    if name is None:
        return
    check_profile_name(name)
    current = stored_profile(store)
    if name != current and store.count_records("stories") > 0:
        default = " (the default)" if store.load_state(PROFILE_STATE) is None else ""
        raise UsageError(
            f"this store's stories were grouped with --stories {current}{default}; "
            f"rerun with --stories {current}, or use a new --db for --stories {name}"
        )
    store.save_state(PROFILE_STATE, name.encode("utf-8"))


def run(store: Store, progress: Progress, options: StoryOptions | None = None) -> str:
    profile = stored_profile(store)
    opts = options or PROFILES[profile]
    clusterer = _load(store, opts)
    known = len(clusterer.assigned)
    families = _families(store)
    metas: dict[str, ArticleMeta] = {}

    # Pass 1: metadata of every article, and the order of the new ones: publication time
    # (undated ones last, in the order stored), the order a live stream would have given.
    # Articles of one time go by id, not by the order the files were given in: a
    # correction stamped with its first version's time had made story ids depend on it
    # (an incremental-run probe's "run day4 day3 day2 day1").
    order: list[tuple[bool, datetime, str, int, str]] = []
    for seq, article in enumerate(store.iter_articles()):
        when = article_time(article)
        metas[article.id] = article_meta(article, when)
        if article.id not in clusterer.assigned:
            order.append((when is None, when or _EPOCH, article.id if when else "", seq,
                          article.id))
    order.sort()
    bindings = _bindings(store, families, metas)

    def new_articles() -> Iterator[Article]:
        for *_, article_id in order:
            article = store.get_article(article_id)
            if article is not None:
                yield article

    batch: list[Article] = []
    for article in progress(new_articles(), total=len(order), desc="stories", unit="article"):
        batch.append(article)
        if len(batch) >= BATCH:
            clusterer.add(batch, bindings)
            batch = []
    clusterer.add(batch, bindings)
    added = len(clusterer.assigned) - known

    states = clusterer.summaries()
    threads = link_threads(states, opts)
    members: dict[str, list[str]] = {}
    for article_id, story_id in clusterer.assigned.items():
        members.setdefault(story_id, []).append(article_id)
    stories = build_stories(states, members, threads, metas,
                            counting_families(store, families, clusterer.assigned))
    store.replace_records("stories", stories)
    store.annotate_articles(
        "story_id", ((a, s) for a, s in clusterer.assigned.items() if a in metas)
    )
    store.save_state(STATE_NAME, clusterer.to_bytes())
    record_method(store, "stories", "lexical anchors (names, places, dates, numbers, rare "
                  f"words), {'given options' if options else profile + ' profile'}")
    n_threads = len({s.thread_id for s in stories})
    return (
        f"{counted(len(stories), 'story', 'stories')} in {counted(n_threads, 'thread')} "
        f"({counted(added, 'new article')} clustered, "
        f"{known} kept their story; {counted(clusterer.active_count, 'story', 'stories')} "
        "active; lexical anchors, "
        f"{'given options' if options else profile + ' profile'})"
    )


def counting_families(
    store: Store, families: dict[str, str], story_of: Mapping[str, str | None]
) -> dict[str, str]:
    """The families that count independent sources: a roundup counts as the one family
    it reprints in its story (``origins.reprinting_families``)."""
    reprints = roundup_sources(relation_edges(store.iter_record_field("relations", "type"),
                                              store.iter_record_field("relations", "original")))
    return {**families, **reprinting_families(reprints, families, story_of)}


def _load(store: Store, options: StoryOptions) -> StoryClusterer:
    blob = store.load_state(STATE_NAME)
    if blob is None:
        return StoryClusterer(options)
    try:
        return StoryClusterer.from_bytes(blob, options)
    except (ValueError, KeyError) as exc:
        log.warning("stories state unreadable (%s): clustering from scratch", exc)
        return StoryClusterer(options)


def _bindings(
    store: Store, families: dict[str, str], metas: dict[str, ArticleMeta]
) -> dict[str, str]:
    """Article id → the group of copies that lands in one story (``story_bindings``: a
    roundup reprinting several wire stories does not bind them together), and of texts
    of one page."""
    edges = relation_edges(store.iter_record_field("relations", "type"),
                           store.iter_record_field("relations", "original"))
    pages = same_page_pairs((m.id, m.page) for m in metas.values())
    return story_bindings(edges, families, pages)


def _families(store: Store) -> dict[str, str]:
    """Article id → reuse family id: the annotation where set, else the families records."""
    out: dict[str, str] = {}
    for record in store.iter_records("families"):
        family: Family = record
        for article_id in family.article_ids:
            out[article_id] = family.id
    for row in store.iter_article_rows():
        if row.get("family_id"):
            out[row["id"]] = row["family_id"]
    return out
