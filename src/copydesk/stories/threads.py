"""Threads: stories about one ongoing affair (a visit, then the summit it prepared).

Two stories are linked when they share at least ``thread_shared`` of their participants
(their ``thread_core`` heaviest names that are not background, places included) and lie
within ``thread_days`` of each other; each story links to the one earlier story that
shares most, and threads are the connected groups.

A name is background for a story when it is at the core of more than
``thread_max_share`` of the stories, or of more than ``thread_max_stories`` stories,
*that begin within* ``thread_days`` *of it* (undated stories count everywhere). Counted
over the whole corpus instead, a month's crawl and ten years of archive would differ:
on 1,000,000 generated articles (5,000 days) every name passed 50 stories somewhere and
no two stories were linked, though each period looks like the 10,000-article corpus.

Short of ``thread_max_stories``, a name so common is background only where its stories
are seen to belong to different affairs: linking runs twice, first with every such name
background, then with only those whose stories within ``thread_days`` fall in more than
one first-pass thread, one of them linked (a country named by two stories that linked by
their other names and by one that did not). In a small corpus one affair followed day by
day fills its own window: its own names (the fire's ridge, the runoff's candidates) sit
in most stories there, its stories keep only their stray names as participants and link
to nothing, so in the first pass no story naming them links, and nothing tells them from
a name spread over unrelated affairs; they count, but a link made through them needs a
content word the two stories' keywords share ("hectares", "runoff"): nine one-article
stories from one capital and one agency (a lottery win, measles jabs, a chess title) had
chained into two threads through the capital, the country and the agency alone (a
threads probe). A fact-checker's 26-article corpus (four affairs over five months: 15
stories in 15 threads) went to 12 threads, threads B-cubed F1 0.542 → 0.630 (0.852
without the content word, which the nine briefs ruled out); the demo (0.982), 500 to
20,000 generated articles and five probe corpora gave the same threads as before.

Linking runs over story summaries only (a few names per story), so it is recomputed in
full each run at no real cost; a thread's id is a hash of its earliest story's id, so it
stays the same as the thread grows.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import datetime

from copydesk.records import content_id
from copydesk.stories.cluster import StoryState
from copydesk.stories.options import StoryOptions
from copydesk.unionfind import UnionFind


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
    names = _Names(stories, opts)
    first = _link(stories, names, opts)
    threads = _link(stories, _Names(stories, opts, first), opts, before=names)
    return {s.id: content_id("thread", stories[threads.find(i)].id) for i, s in enumerate(stories)}


def _link(
    stories: Sequence[StoryState], names: _Names, opts: StoryOptions,
    before: _Names | None = None,
) -> UnionFind:
    """One linking pass. ``before``: the first pass's names; a link this pass makes only
    through names the first pass held background needs one more sign of one affair, a
    content word both stories' keywords hold ("hectares", "runoff"). A probe's nine
    one-article stories from one capital and one agency (a lottery win, a measles
    campaign, a chess title) shared only the capital, the country and the agency, and
    chained into two threads."""
    threads = UnionFind(len(stories))
    words = [{k.lower() for k in s.keywords if k[:1].islower()} for s in stories]
    for i, story in enumerate(stories):
        shared: dict[int, list[str]] = {}
        for name in names.participants[i]:
            for j in names.partners(name, story):
                if j < i:
                    shared.setdefault(j, []).append(name)
        # Link to the one earlier story that shares most (then the nearest in time): a
        # story continues one affair; linking to every match would chain all of them.
        links = [
            (-len(found), _gap_days(story, stories[j]), j)
            for j, found in shared.items()
            if len(found) >= opts.thread_shared
            and _gap_days(story, stories[j]) <= opts.thread_days
            and (before is None or words[i] & words[j]
                 or all(n in before.participants[i] and n in before.participants[j]
                        for n in found))
        ]
        if links:
            threads.join(i, min(links)[2])
    return threads


class _Names:
    """Who names what when, for linking: per name the start times of its dated stories
    (sorted) and its undated or months-long stories. Two questions are asked of it:
    is a name background around a story, and which stories of a name may lie within
    ``thread_days`` of it (only those are visited, so linking does not grow with the
    square of a long archive). With ``first`` (the first pass's threads) a name is
    background only where its stories are seen to belong to different affairs."""

    def __init__(
        self, stories: Sequence[StoryState], options: StoryOptions, first: UnionFind | None = None
    ) -> None:
        #: Each story's first-pass thread (its root), or -1 - its index when it linked to
        #: none (a thread of its own: not evidence of another affair); None in the first
        #: pass.
        self.group: list[int] | None = None
        if first is not None:
            roots = [first.find(i) for i in range(len(stories))]
            sizes: dict[int, int] = {}
            for root in roots:
                sizes[root] = sizes.get(root, 0) + 1
            self.group = [root if sizes[root] > 1 else -1 - i for i, root in enumerate(roots)]
        self.share = options.thread_max_share
        self.cap = options.thread_max_stories
        self.reach = options.thread_days * 86400.0
        self.starts = sorted(_start(s) for s in stories if s.first is not None)
        self.undated = sum(1 for s in stories if s.first is None)
        #: The longest span of a dated story no longer than ``reach`` (bounds the window).
        self.longest = 0.0
        # Background is counted over each story's heaviest ``thread_core`` names.
        core_starts: dict[str, list[tuple[float, int]]] = {}
        #: Per name the undated stories it is at the core of.
        self.name_undated: dict[str, list[int]] = {}
        for k, s in enumerate(stories):
            span = _span(s)
            if span is not None and span <= self.reach:
                self.longest = max(self.longest, span)
            for name in s.core[: options.thread_core]:
                if s.first is None:
                    self.name_undated.setdefault(name, []).append(k)
                else:
                    core_starts.setdefault(name, []).append((_start(s), k))
        for entries in core_starts.values():
            entries.sort()
        self.name_starts = {name: [t for t, _ in v] for name, v in core_starts.items()}
        self.name_stories = {name: [k for _, k in v] for name, v in core_starts.items()}
        #: Each story's participants: its heaviest ``thread_core`` names that are not
        #: background around it (a country, an agency named in every dateline would
        #: otherwise take half of a small corpus's cores, and two stories of one affair
        #: share too few of the rest).
        self.participants = [
            [n for n in s.core if not self.background(n, s)][: options.thread_core]
            for s in stories
        ]
        # Who names whom, for ``partners``: over participants, not over cores.
        dated: dict[str, list[tuple[float, int]]] = {}
        #: Undated and months-long stories, always visited (``_gap_days`` decides).
        self.always: dict[str, list[int]] = {}
        for i, s in enumerate(stories):
            span = _span(s)
            for name in self.participants[i]:
                if s.first is not None:
                    dated.setdefault(name, []).append((_start(s), i))
                if span is None or span > self.reach:
                    self.always.setdefault(name, []).append(i)
        for entries in dated.values():
            entries.sort()
        self.partner_starts = {name: [t for t, _ in v] for name, v in dated.items()}
        self.numbers = {name: [i for _, i in v] for name, v in dated.items()}

    def background(self, name: str, story: StoryState) -> bool:
        """At the core of too many of the stories beginning within ``reach`` of this one
        (and, given the first pass, of stories seen to be of different affairs)?"""
        starts = self.name_starts.get(name, [])
        undated = self.name_undated.get(name, [])
        if story.first is None:  # undated: the whole corpus is its period
            window, lo_i, hi_i = len(self.starts), 0, len(starts)
        else:
            lo, hi = _start(story) - self.reach, _start(story) + self.reach
            window = bisect_right(self.starts, hi) - bisect_left(self.starts, lo)
            lo_i, hi_i = bisect_left(starts, lo), bisect_right(starts, hi)
        window += self.undated
        count = hi_i - lo_i + len(undated)
        if count <= max(2.0, min(self.share * window, self.cap)):
            return False
        if self.group is None or count > self.cap:
            return True
        # At most ``cap`` stories: one first-pass thread holding some of them and another
        # story (in no thread, or in another) holding the name too.
        ids = self.name_stories.get(name, [])[lo_i:hi_i] + undated
        seen = {self.group[k] for k in ids}
        return len(seen) > 1 and any(g >= 0 for g in seen)

    def partners(self, name: str, story: StoryState) -> list[int]:
        """The stories of ``name`` that may lie within ``reach`` of ``story``, once each."""
        starts, numbers = self.partner_starts.get(name, []), self.numbers.get(name, [])
        always = self.always.get(name, [])
        if story.first is None or story.last is None:
            return list(dict.fromkeys(numbers + always))  # undated: no time bound
        # A bounded partner starting before this story by more than the reach plus the
        # longest bounded story, or after its end by more than the reach, is too far.
        lo = _start(story) - self.reach - self.longest
        hi = story.last.timestamp() + self.reach
        window = numbers[bisect_left(starts, lo) : bisect_right(starts, hi)]
        return list(dict.fromkeys(window + always))


def _span(story: StoryState) -> float | None:
    if story.first is None or story.last is None:
        return None
    return (story.last - story.first).total_seconds()


def _start(story: StoryState) -> float:
    first: datetime | None = story.first
    return first.timestamp() if first is not None else 0.0
