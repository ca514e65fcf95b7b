"""Stories over Spark: the online clusterer per time window, with an overlap, then a merge.

The stories step is one pass over the articles in publication-time order
(undated ones last), with a bounded active set: a story takes new articles only
while its last one is less than ``dormant_days`` old. So what happens in one
stretch of time depends on the stories still active when it starts, which are
made of articles at most ``dormant_days`` older. That is what lets the stream be
cut into windows:

1. Articles are put in the step's processing order (publication time, or the
   date inferred from the text, then id; undated last, in storing order) and the dated
   ones are cut into windows of equal counts; undated ones join the last window.
2. Each window's task runs the stage's ``StoryClusterer`` over its own articles
   preceded by a lead-in: the articles of the ``dormant_days`` before the window
   starts (the overlap), all in processing order, in the step's batches of 500.
   The lead-in rebuilds the stories that were active at the window's start.
3. The driver merges windows in order: a window's story that holds lead-in
   articles is the story those articles got in an earlier window (majority);
   any other story is new. Copies of one reuse family then follow the family's
   first-processed copy, as the local clusterer's family rule does.
4. Threads and Story records come from the stage's ``link_threads`` and
   ``build_stories`` over the merged stories (for a story that spans windows,
   the summary — keywords, core names, central article — of the window where it
   has most articles).

A single window (fewer than 2 × ``MIN_WINDOW_ARTICLES`` articles) is exactly the
local step. Differences can only come from stories still growing after the
overlap, or from summaries of stories spanning windows; bench/ measures the
agreement (adjusted Rand index).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

from copydesk.progress import Progress
from copydesk.records import Article, Family
from copydesk.store import Store
from copydesk.wording import counted

#: Fewest articles worth a window of their own: below this the lead-in (a week of
#: articles) is a large share of each task's work and the split buys nothing.
MIN_WINDOW_ARTICLES = 5_000
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
#: Beyond this dormancy (days) time windows are not cut at all.
MAX_WINDOW_OVERLAP_DAYS = 365.0
#: Articles handed to the clusterer at a time: the local step's batch, so that
#: the clusterer's end-of-batch sweeps happen at the same places.
BATCH = 500


def available() -> bool:
    try:
        from copydesk.stories import StoryClusterer  # noqa: F401
        from copydesk.stories.summary import article_meta, build_stories  # noqa: F401
        from copydesk.stories.threads import link_threads  # noqa: F401
    except ImportError:
        return False
    return True


def plan_windows(
    whens: list[datetime | None], windows: int, overlap: timedelta
) -> list[list[tuple[int, bool]]]:
    """For articles in the step's processing order (dated by time, then undated), each
    one's (window, is lead-in) keys: its own window, plus every later window whose
    start it precedes by at most ``overlap`` (its lead-in). Windows cut the dated
    articles into equal counts; undated articles come last, in the last window."""
    dated = sum(1 for w in whens if w is not None)
    cuts = sorted({dated * w // windows for w in range(windows)} - {dated} | {0})
    keys: list[list[tuple[int, bool]]] = []
    for i, when in enumerate(whens):
        own = bisect.bisect_right(cuts, i) - 1 if when is not None else len(cuts) - 1
        mine = [(own, False)]
        if when is not None:
            for w in range(own + 1, len(cuts)):
                start = whens[cuts[w]]
                if start is None or start - when > overlap:
                    break
                mine.append((w, True))
        keys.append(mine)
    return keys


def cluster_windows(
    items: Iterator[tuple[tuple[int, Any], tuple[bool, Article]]],
    options: Any,
    families: dict[str, str],
) -> Iterator[dict[str, Any]]:
    """Executor side: items sorted by (window, order) → one result per window.

    ``options`` None means the stage's defaults, built here on the executor.
    """
    from copydesk.stories import StoryClusterer, StoryOptions

    options = options or StoryOptions()

    window: int | None = None
    clusterer: Any = None
    own: set[str] = set()
    batch: list[Article] = []

    def finish() -> dict[str, Any]:
        clusterer.add(batch, families)
        batch.clear()
        keep = {sid for aid, sid in clusterer.assigned.items() if aid in own}
        members: dict[str, list[str]] = {}
        for aid, sid in clusterer.assigned.items():
            members.setdefault(sid, []).append(aid)
        return {
            "window": window,
            "assigned": dict(clusterer.assigned),
            "own": sorted(own),
            "states": [s for s in clusterer.summaries() if s.id in keep],
            "members": {sid: ids for sid, ids in members.items() if sid in keep},
        }

    for (w, _order), (lead, article) in items:
        if w != window:
            if clusterer is not None:
                yield finish()
            window, clusterer, own = w, StoryClusterer(options), set()
        if not lead:
            own.add(article.id)
        batch.append(article)
        if len(batch) >= BATCH:
            clusterer.add(batch, families)
            batch.clear()
    if clusterer is not None:
        yield finish()


def merge_windows(
    results: list[dict[str, Any]], order: dict[str, Any], families: dict[str, str]
) -> tuple[dict[str, str], dict[str, Any]]:
    """{article id: story id} over all windows, and {story id: the state to summarise it}."""
    story_of: dict[str, str] = {}
    states: dict[str, tuple[int, Any]] = {}  # story id → (members in that window, state)
    first_copy: dict[str, str] = {}  # family id → its first-processed copy merged so far
    for res in sorted(results, key=lambda r: r["window"]):
        own = set(res["own"])
        by_local: dict[str, list[str]] = {}
        for aid, sid in res["assigned"].items():  # processing order: a story's seed first
            by_local.setdefault(sid, []).append(aid)
        rename: dict[str, str] = {}
        for sid, ids in by_local.items():
            before = Counter(story_of[a] for a in ids if a not in own and a in story_of)
            seed_family = families.get(ids[0])
            if before:
                rename[sid] = min(before.items(), key=lambda kv: (-kv[1], kv[0]))[0]
            elif seed_family in first_copy:
                # The story was seeded by a copy whose family has an older story, dormant
                # before this window's lead-in: the local clusterer sends such a copy to
                # its family's story, and what joined it here joins that story. (A Spark
                # probe: the copies moved at the end, and a rewrite that had joined them
                # stayed behind in a story named after one of them.)
                rename[sid] = story_of[first_copy[seed_family]]
            else:
                rename[sid] = sid
        for aid in res["own"]:
            story_of[aid] = rename[res["assigned"][aid]]
        for aid in sorted(res["own"], key=lambda a: order[a]):
            fam = families.get(aid)
            if fam is not None and (fam not in first_copy or order[aid] < order[first_copy[fam]]):
                first_copy[fam] = aid
        for state in res["states"]:
            target = rename[state.id]
            count = len(res["members"][state.id])
            if target not in states or count > states[target][0]:
                state.id = target
                states[target] = (count, state)
    first: dict[str, str] = {}
    for aid in sorted(story_of, key=lambda a: order[a]):
        fam = families.get(aid)
        if fam is None:
            continue
        if fam in first:
            story_of[aid] = story_of[first[fam]]
        else:
            first[fam] = aid
    used = set(story_of.values())
    return story_of, {sid: s for sid, (_n, s) in states.items() if sid in used}


def run(session: Any, articles: Any, store: Store, progress: Progress) -> str:
    """The stories step over Spark; writes what ``steps/stories.py`` writes."""
    from copydesk.engines.steps.stories import counting_families, stored_profile
    from copydesk.stories.bindings import relation_edges, same_page_pairs, story_bindings
    from copydesk.stories.options import PROFILES
    from copydesk.stories.summary import build_stories
    from copydesk.stories.threads import link_threads

    profile = stored_profile(store)
    opts = PROFILES[profile]
    families = _families(store)
    edges = relation_edges(store.iter_record_field("relations", "type"),
                           store.iter_record_field("relations", "original"))
    sc = session.sparkContext
    # The step's processing order: publication (or inferred) time, then id (undated
    # last, in storing order); metas use the same time.
    found = sorted(articles.map(_timed).collect(), key=lambda t: t[0])
    metas = {meta.id: meta for _o, _w, meta in found}
    bindings = story_bindings(edges, families,
                              same_page_pairs((m.id, m.page) for m in metas.values()))
    when_of = {meta.id: when for _o, when, meta in found}
    stored = {meta.id: seq for seq, (_o, _w, meta) in enumerate(found)}
    processing = sorted(stored, key=lambda a: (when_of[a] is None, when_of[a] or _EPOCH,
                                                a if when_of[a] else "", stored[a], a))
    order = {a: i for i, a in enumerate(processing)}
    n = len(processing)
    # Stories that never go dormant by time (the archive profile) would need every
    # earlier article as each window's lead-in: one window, as the local step does.
    timeless = opts.dormant_days > MAX_WINDOW_OVERLAP_DAYS
    windows = 1 if timeless else max(1, min(sc.defaultParallelism, n // MIN_WINDOW_ARTICLES))
    planned = plan_windows([when_of[a] for a in processing], windows,
                           timedelta(days=opts.dormant_days))
    n_windows = 1 + max((w for keys in planned for w, _lead in keys), default=0)
    plan = sc.broadcast({a: (order[a], planned[order[a]]) for a in processing})
    fam_bc = sc.broadcast(bindings)

    def keyed(t: tuple[Any, Article]) -> list[tuple[tuple[int, int], tuple[bool, Article]]]:
        position, keys = plan.value[t[1].id]
        return [((w, position), (lead, t[1])) for w, lead in keys]

    ordered = articles.flatMap(keyed).repartitionAndSortWithinPartitions(
        numPartitions=n_windows, partitionFunc=lambda key: key[0]
    )
    results = ordered.mapPartitions(
        lambda it: cluster_windows(it, opts, fam_bc.value)
    ).collect()
    plan.unpersist()
    fam_bc.unpersist()
    story_of, by_story = merge_windows(results, order, bindings)
    members: dict[str, list[str]] = {}
    for aid in sorted(story_of, key=lambda a: order[a]):
        members.setdefault(story_of[aid], []).append(aid)
    states = sorted(by_story.values(), key=lambda s: order[members[s.id][0]])
    for state in states:
        state.n = len(members[state.id])
    threads = link_threads(states, opts)
    stories = build_stories(states, members, threads, metas,
                            counting_families(store, families, story_of))
    store.replace_records("stories", stories)
    store.annotate_articles("story_id", story_of.items())
    n_threads = len({s.thread_id for s in stories})
    windows_said = (
        "one window (its stories never go dormant by time)"
        if timeless
        else "one time window" if n_windows == 1
        else f"{n_windows} time windows of ≥{MIN_WINDOW_ARTICLES:,} articles with a "
        f"{opts.dormant_days:g}-day overlap"
    )
    return (
        f"{counted(len(stories), 'story', 'stories')} in {counted(n_threads, 'thread')} "
        f"({counted(n, 'article')} clustered in {windows_said}; lexical anchors, "
        f"{profile} profile)"
    )


def _timed(t: tuple[Any, Article]) -> tuple[Any, datetime | None, Any]:
    """(storing order, the time the clusterer uses, the article's meta) on an executor."""
    from copydesk.stories.cluster import article_time
    from copydesk.stories.summary import article_meta

    when = article_time(t[1])
    return t[0], when, article_meta(t[1], when)


def _families(store: Store) -> dict[str, str]:
    """Article id → family id for families of 2+ articles (a lone article has no copy
    to follow), from the annotation or else the records, as the local step reads them."""
    out: dict[str, str] = {}
    for record in store.iter_records("families"):
        family: Family = record
        if len(family.article_ids) > 1:
            for article_id in family.article_ids:
                out[article_id] = family.id
    annotated: dict[str, str] = {}
    for row in store.iter_article_rows():
        if row.get("family_id"):
            annotated[row["id"]] = row["family_id"]
    sizes = Counter(annotated.values())
    out.update((aid, fam) for aid, fam in annotated.items() if sizes[fam] > 1)
    return out


__all__ = ["available", "cluster_windows", "merge_windows", "plan_windows", "run"]
