"""Threads: stories about one ongoing affair (a visit, then the summit it prepared).

Two stories are linked when they share at least ``thread_shared`` of their core
participants (their heaviest names, places included, but not names at the core of more
than ``thread_max_share`` of all stories or ``thread_max_stories`` stories) and lie within
``thread_days`` of each other; each story links to the one earlier story that shares most,
and threads are the connected groups. Linking runs over story summaries only
(a few names per story), so it is recomputed in full each run at no real cost; a thread's
id is a hash of its earliest story's id, so it stays the same as the thread grows.
"""

from __future__ import annotations

from collections.abc import Sequence

from copydesk.records import content_id
from copydesk.stories.cluster import StoryState
from copydesk.stories.options import StoryOptions


def _gap_days(a: StoryState, b: StoryState) -> float:
    if a.first is None or a.last is None or b.first is None or b.last is None:
        return 0.0  # undated: time cannot separate them
    if a.last < b.first:
        return (b.first - a.last).total_seconds() / 86400
    if b.last < a.first:
        return (a.first - b.last).total_seconds() / 86400
    return 0.0


def link_threads(
    stories: Sequence[StoryState], options: StoryOptions | None = None
) -> dict[str, str]:
    """{story id: thread id} for ``stories`` (given in creation order)."""
    opts = options or StoryOptions()
    parent = list(range(len(stories)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_name: dict[str, list[int]] = {}
    for i, story in enumerate(stories):
        for name in story.core[: opts.thread_core]:
            by_name.setdefault(name, []).append(i)
    # A name at the core of many stories (the country every story happens in) links nothing.
    common = max(2.0, min(opts.thread_max_share * len(stories), opts.thread_max_stories))
    for i, story in enumerate(stories):
        shared: dict[int, int] = {}
        for name in story.core[: opts.thread_core]:
            if len(by_name[name]) > common:
                continue
            for j in by_name[name]:
                if j < i:
                    shared[j] = shared.get(j, 0) + 1
        # Link to the one earlier story that shares most (then the nearest in time): a
        # story continues one affair; linking to every match would chain all of them.
        links = [
            (-count, _gap_days(story, stories[j]), j)
            for j, count in shared.items()
            if count >= opts.thread_shared and _gap_days(story, stories[j]) <= opts.thread_days
        ]
        if links:
            j = min(links)[2]
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)
    return {s.id: content_id("thread", stories[find(i)].id) for i, s in enumerate(stories)}
