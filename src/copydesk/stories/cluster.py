"""Online story clustering: one pass, a bounded active set, state that resumes.

Each article, in the order given, joins the active story whose centroid is most similar
to its anchor vector (``features``) when the cosine reaches ``threshold``, else starts a
new story. Copies of one reuse family go straight to the story of the first copy seen.
Stories go dormant when their last article is ``dormant_days`` older than the newest
article seen (or ``dormant_articles`` articles back, for undated streams), or when the
active set exceeds ``max_active``: dormant stories keep their articles and summary but
leave the index, so memory and search time stay bounded however long the stream runs.

The whole state serialises (``to_bytes``/``from_bytes``), so the next run continues
where this one stopped: articles already assigned keep their story and only new ones
are processed. Everything iterates in insertion or sorted order: the same articles in
the same order give the same stories.
"""

from __future__ import annotations

import json
import logging
import math
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from copydesk.clock import assume_utc
from copydesk.name_endings import adjective_of
from copydesk.records import Article, content_id
from copydesk.stories.anchors import Anchors, extract_anchors, places_agree
from copydesk.stories.cyrillic import cyrillic
from copydesk.stories.dates import infer_published
from copydesk.stories.features import top, vectorise, word_vector
from copydesk.stories.names import AliasTable
from copydesk.stories.options import StoryOptions
from copydesk.stories.who import only_where_and_when

log = logging.getLogger(__name__)

STATE_VERSION = 1
#: How often (in articles) dormant stories are swept out of the active set.
SWEEP_EVERY = 500
#: Candidate stories scored in full per article (ranked by the dot product over the
#: article's heaviest features). 8 gives the same stories as scoring all on ECB+ train.
SHORTLIST = 8
#: A name in the centroids of more than this many active stories is nobody's in the
#: same-place check (``who``): on a probe of two Kharkiv events of one day, both wire
#: reports named "Kestrel Wire" and "Ukraine" in their datelines, which passed for people
#: they shared, and the tram crash and the metro opening were one story.
BACKGROUND_STORIES = 8


@dataclass(slots=True)
class StoryState:
    """One story as the clusterer keeps it. ``centroid`` (sum of member vectors, pruned)
    is emptied when the story goes dormant; ``core`` keeps its heaviest names for threads."""

    id: str
    first_article: str
    n: int = 0
    first: datetime | None = None
    last: datetime | None = None
    last_seq: int = 0
    centroid: dict[str, float] = field(default_factory=dict)
    norm: float = 0.0
    best_article: str = ""
    best_score: float = -1.0
    core: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    active: bool = True
    dates: dict[str, int] = field(default_factory=dict)  # members' event dates
    places: dict[str, int] = field(default_factory=dict)  # members' event places
    years: dict[str, int] = field(default_factory=dict)  # members' event years
    #: Sum of the members' word vectors (only with ``word_weight`` > 0), pruned like the
    #: centroid, and its norm.
    words: dict[str, float] = field(default_factory=dict)
    words_norm: float = 0.0
    #: How this story's articles write a name that was merged with a variant written
    #: first elsewhere ("Castellane", a councillor, under "Coastline", a wire's name seen
    #: earlier: a fact-checker probe's budget story showed the wire among its keywords).
    forms: dict[str, str] = field(default_factory=dict)
    #: Members per language ("de": 2): an article in a language none of them writes is
    #: scored by what languages share (``_across_languages``). Empty in a state saved
    #: before it: scored as before.
    languages: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Event:
    """An article's event date key ("d:2025-03-14") and canonical event place, if found,
    its event years, and the feature keys of every place it names."""

    date: str | None
    place: str | None
    years: frozenset[int] = frozenset()
    place_keys: frozenset[str] = frozenset()


def _days_apart(a: str, b: str) -> int:
    return abs((date.fromisoformat(a[2:]) - date.fromisoformat(b[2:])).days)


#: Lines searched for a publication date when the metadata gave none (removed lines first:
#: the cleaner takes "Posted 10 March 2025" lines out of the text but keeps them).
INFER_LINES = 6


def article_time(article: Article) -> datetime | None:
    """The article's publication time (UTC when naive), else a date inferred from its
    first lines ("Posted 10 March 2025"), else None."""
    if article.published is not None:
        return assume_utc(article.published)
    lines = [r.text for r in article.removed[:INFER_LINES]]
    lines += article.text.split("\n", INFER_LINES)[:INFER_LINES]
    found = infer_published(lines)
    return datetime(found.year, found.month, found.day, tzinfo=timezone.utc) if found else None


def _day(value: datetime | None) -> date | None:
    return value.date() if value is not None else None


def event_years(anchors: Anchors, published: datetime | None) -> frozenset[int]:
    """The year of the event: the publication year when known, else the years the lead
    names (a day, a month or a bare year)."""
    if published is not None:
        return frozenset({published.year})
    return frozenset(
        int(key[2:6]) for key in anchors.dates
        if key in anchors.lead and key[:2] in ("d:", "m:", "y:")
    )


class StoryClusterer:
    """The online clusterer and all its state. ``add`` a batch, ``merge`` another."""

    def __init__(self, options: StoryOptions | None = None) -> None:
        self.options = options or StoryOptions()
        self.stories: dict[str, StoryState] = {}
        self.assigned: dict[str, str] = {}  # article id → story id, in processing order
        self.aliases = AliasTable()
        self.display: dict[str, str] = {}  # canonical feature key → a written form
        self.seq = 0
        #: The stream's time, which retires stories: the second newest publication time
        #: seen (None until two are), so that one article dated years ahead (a typo,
        #: 2052 for 2025) does not retire every story of this and every later run.
        self.clock: datetime | None = None
        self.newest: datetime | None = None  # the newest publication time seen
        self._postings: dict[str, set[str]] = {}
        #: The active stories (``story.active``), so that a sweep visits them only and
        #: not every story of a long stream.
        self._active: dict[str, StoryState] = {}
        #: {family id: story id} for the ``families`` mapping last given to ``add``, kept
        #: up to date as articles are assigned (rebuilding it per batch cost
        #: O(corpus) a batch: 1M articles, 2,000 batches).
        self._family_story: dict[str, str] = {}
        self._families_seen: tuple[Mapping[str, str], int] | None = None

    # ------------------------------------------------------------------ adding

    def add(
        self, articles: Iterable[Article], families: Mapping[str, str] | None = None
    ) -> dict[str, str]:
        """Assign every article not yet assigned; return {article id: story id} for them.

        ``families`` maps article id → reuse family id (all articles known to have one,
        not only this batch's): a copy joins the story of its family's first assigned copy.
        """
        families = families or {}
        seen = self._families_seen
        if seen is None or seen[0] is not families or seen[1] != len(families):
            self._families_seen = (families, len(families))
            self._family_story = {}
            if self.options.use_families:
                for article_id, family in families.items():
                    known = self.assigned.get(article_id)
                    if known is not None and family not in self._family_story:
                        self._family_story[family] = known
        family_story = self._family_story
        out: dict[str, str] = {}
        for article in articles:
            if article.id in self.assigned:
                continue
            fam: str | None = families.get(article.id) if self.options.use_families else None
            story_id = self._add_one(article, family_story.get(fam) if fam else None)
            if fam and fam not in family_story:
                family_story[fam] = story_id
            out[article.id] = story_id
        self._sweep()
        return out

    def _add_one(self, article: Article, family_story: str | None) -> str:
        opts = self.options
        self.seq += 1
        published = article_time(article)
        if published is not None:
            self._advance(published)
        anchors = extract_anchors(article.text, article.title, _day(published), article.language,
                                  article.site)
        vec = vectorise(anchors, self.aliases, opts.weights)
        variants: dict[str, str] = {}  # a name's key → this article's other spelling
        as_canonical: set[str] = set()
        for name, written in anchors.surface.items():
            canonical = self.aliases.resolve(name)
            shown = self.display.setdefault("e:" + canonical, written)
            both = cyrillic(shown) and cyrillic(written)
            if cyrillic(shown) != cyrillic(written) or (canonical != name and not both) or (
                    both and written != shown and _other_language(shown, article.language)):
                # its shortest ("Ostravia", not "Ostravia's"), and its own script and
                # language ("Kyiv" in an English story, "Киев" in a Russian one where a
                # Ukrainian report wrote "Київ" first); not another case of a Cyrillic
                # name ("Кулебой" of "Кулеба"), whose first written form is its nominative
                key = "e:" + canonical
                variants[key] = min(variants.get(key, written), written, key=lambda w: (len(w), w))
            else:
                as_canonical.add("e:" + canonical)
        for word, written in anchors.keyword_surface.items():
            self.display.setdefault("k:" + word, written)
        event = _Event(
            anchors.event_date,
            " ".join(map(self.aliases.resolve, anchors.event_place.split()))
            if anchors.event_place else None,
            event_years(anchors, published),
            frozenset("e:" + self.aliases.resolve(name, anchors.alternates.get(name, ()))
                      for name in anchors.places),
        )
        words = (
            word_vector(article.text, article.title, article.language, opts.word_features)
            if opts.word_weight > 0 else None
        )
        story: StoryState | None = None
        language = article.language or "en"
        if family_story is not None:
            story = self.stories[family_story]
        else:
            best, score = self._best(vec, published, event, words, language)
            if best is not None and score >= opts.threshold:
                story = best
        if story is None:
            sid = content_id("story", article.id)
            story = StoryState(id=sid, first_article=article.id)
            self.stories[sid] = story
            self._active[sid] = story
        for key, written in variants.items():
            # Only a spelling the story writes and never the name's own: "" keeps the
            # corpus's (this article or an earlier one of the story wrote the key)
            if key not in story.forms:
                story.forms[key] = "" if key in as_canonical or key in story.centroid \
                    else written
        self._join(story, article.id, vec, published, event, words)
        story.languages[language] = story.languages.get(language, 0) + 1
        self.assigned[article.id] = story.id
        if self.seq % SWEEP_EVERY == 0:
            self._sweep()
        return story.id

    def _advance(self, published: datetime) -> None:
        if self.newest is None or published > self.newest:
            self.clock, self.newest = self.newest, published
        elif self.clock is None or published > self.clock:
            self.clock = published

    def _best(
        self,
        vec: Mapping[str, float],
        when: datetime | None,
        event: _Event | None = None,
        words: Mapping[str, float] | None = None,
        language: str | None = None,
    ) -> tuple[StoryState | None, float]:
        opts = self.options
        # Candidates: stories sharing one of the article's heaviest features, ranked by the
        # dot product over those features; only the best few get the full score.
        heads = top(vec, opts.candidate_features)
        partial: dict[str, float] = {}
        for key, weight in heads.items():
            posting = self._postings.get(key)
            if posting and len(posting) <= opts.max_posting:
                for sid in posting:
                    partial[sid] = partial.get(sid, 0.0) + weight * self.stories[sid].centroid[key]
        shortlist = sorted(
            partial, key=lambda sid: (-partial[sid] / self.stories[sid].norm, sid)
        )[:SHORTLIST]
        best: StoryState | None = None
        best_score = -1.0
        background: frozenset[str] | None = None
        for sid in sorted(shortlist):
            story = self.stories[sid]
            if not self._in_time(story, when):
                continue
            if not _across(language, story.languages):
                score = sum(v * story.centroid.get(k, 0.0) for k, v in vec.items()) / story.norm
                if words and story.words and opts.word_weight > 0:
                    # Mixed only when both sides have words: a story kept from a state
                    # saved without them, or an article with none (Chinese), scores by
                    # anchors.
                    bag = story.words
                    by_words = sum(v * bag.get(k, 0.0) for k, v in words.items()) / (
                        story.words_norm or 1.0)
                    score = (1.0 - opts.word_weight) * score + opts.word_weight * by_words
            else:
                # no report of the story is in the article's language, some in another
                # written in Latin letters: what those languages write alike (not the
                # better of both for a story in several languages: on the demo it took
                # reports of other events, precision 1.000 -> 0.964)
                score = _across_languages(vec, story.centroid) * opts.across_languages
            score *= self._agreement(story, when, event)
            # Only a score that would win is looked at more closely: a lower one is not
            # joined, with the factor or without (a fifth of the time saved).
            if event is not None and opts.who_conflict < 1.0 and score > best_score and \
                    score >= opts.threshold:
                if background is None:  # the article's, the same for every story
                    background = self._background(vec)
                if only_where_and_when(
                        vec, story.centroid, story.norm, event.place_keys | {
                            "e:" + place for place in (*story.places, event.place) if place},
                        background):
                    score *= opts.who_conflict
            if score > best_score:
                best, best_score = story, score
        return best, best_score

    def _background(self, vec: Mapping[str, float]) -> frozenset[str]:
        """The article's names that the centroids of more than ``BACKGROUND_STORIES``
        active stories hold: the wire's own name, the country, no event's people."""
        return frozenset(k for k in vec if k.startswith("e:")
                         and len(self._postings.get(k, ())) > BACKGROUND_STORIES)

    def _agreement(self, story: StoryState, when: datetime | None, event: _Event | None) -> float:
        """Factor in (0, 1] for evidence that the article is another event than the story:
        a different event day, a different event place, days of silence since its last report."""
        opts = self.options
        factor = 1.0
        if event is not None and event.date and story.dates and \
                not any(_days_apart(event.date, d) <= 1 for d in story.dates):
            factor *= opts.date_conflict
        if event is not None and event.place and story.places and \
                not any(places_agree(event.place, place) for place in story.places):
            factor *= opts.place_conflict
        if event is not None and any(str(y) in story.years for y in event.years):
            factor *= opts.year_agree
        if when is not None and story.last is not None:
            extra = (when - story.last).total_seconds() / 86400 - opts.time_grace_days
            if extra > 0:
                factor *= math.exp(-extra / opts.time_decay_days)
        return factor

    def _in_time(self, story: StoryState, when: datetime | None) -> bool:
        if when is None or story.last is None or story.first is None:
            return True
        limit = self.options.dormant_days * 86400
        return (when - story.last).total_seconds() <= limit and \
            (story.first - when).total_seconds() <= limit

    def _join(
        self,
        story: StoryState,
        article_id: str,
        vec: Mapping[str, float],
        when: datetime | None,
        event: _Event | None = None,
        words: Mapping[str, float] | None = None,
    ) -> None:
        story.n += 1
        if event is not None and event.date:
            story.dates[event.date] = story.dates.get(event.date, 0) + 1
        if event is not None and event.place:
            story.places[event.place] = story.places.get(event.place, 0) + 1
        if event is not None:
            for y in event.years:
                story.years[str(y)] = story.years.get(str(y), 0) + 1
        story.last_seq = self.seq
        if when is not None:
            story.first = when if story.first is None or when < story.first else story.first
            story.last = when if story.last is None or when > story.last else story.last
        if not story.active:
            return  # a dormant story takes family copies but its centroid is gone
        self._rank_for_title(story, article_id, vec)
        old_keys = set(story.centroid)
        for k, v in vec.items():
            story.centroid[k] = story.centroid.get(k, 0.0) + v
        story.centroid = top(story.centroid, self.options.centroid_features)
        story.norm = sum(v * v for v in story.centroid.values()) ** 0.5 or 1.0
        if words:
            self._add_words(story, words)
        new_keys = set(story.centroid)
        for k in old_keys - new_keys:
            self._postings[k].discard(story.id)
        for k in new_keys - old_keys:
            self._postings.setdefault(k, set()).add(story.id)

    @staticmethod
    def _rank_for_title(story: StoryState, article_id: str, vec: Mapping[str, float]) -> None:
        """Keep the story's most central member (its title comes from it): the member most
        like the story's other members when it joined, its cosine with the centroid
        before it is added. The first member scores what the second scores, the two
        being compared with each other; an equal score keeps the earlier member.

        Scored after adding, every founder scored 1.0 against a centroid that was its
        own vector, and every story with three or more reports was titled by its first,
        a "BREAKING" flash or a report of an early toll among them."""
        if not story.centroid:  # the founder: unknown until a second member joins
            story.best_article, story.best_score = article_id, -1.0
            return
        score = sum(v * story.centroid.get(k, 0.0) for k, v in vec.items()) / story.norm
        if story.best_score < 0:  # the second member: the founder scores the same
            story.best_score = score
        elif score > story.best_score:
            story.best_article, story.best_score = article_id, score

    # ----------------------------------------------------------------- dormancy

    def _add_words(self, story: StoryState, words: Mapping[str, float]) -> None:
        """Sum ``words`` into the story's word vector, pruned to twice ``word_features``."""
        for k, v in words.items():
            story.words[k] = story.words.get(k, 0.0) + v
        story.words = top(story.words, 2 * self.options.word_features)
        story.words_norm = sum(v * v for v in story.words.values()) ** 0.5 or 1.0

    def _sweep(self) -> None:
        opts = self.options
        active = list(self._active.values())
        for story in active:
            stale_time = (
                self.clock is not None and story.last is not None
                and (self.clock - story.last).total_seconds() > opts.dormant_days * 86400
            )
            stale_seq = self.seq - story.last_seq > opts.dormant_articles
            if stale_time or stale_seq:
                self._retire(story)
        active = [s for s in active if s.active]
        if len(active) > opts.max_active:
            active.sort(key=lambda s: (s.last_seq, s.id))
            for story in active[: len(active) - opts.max_active]:
                self._retire(story)

    def _retire(self, story: StoryState) -> None:
        self._summarise(story)
        for k in story.centroid:
            posting = self._postings.get(k)
            if posting is not None:
                posting.discard(story.id)
                if not posting:
                    del self._postings[k]
        story.centroid = {}
        story.words, story.words_norm = {}, 0.0
        story.active = False
        self._active.pop(story.id, None)

    def _summarise(self, story: StoryState) -> None:
        ranked = sorted(story.centroid.items(), key=lambda kv: (-kv[1], kv[0]))
        names = [k for k, _ in ranked if k.startswith("e:")]
        story.core = names[: 2 * self.options.thread_core]  # threads skip background ones
        words = [k for k, _ in ranked if k.startswith(("e:", "k:"))][:8]
        # "Marvessan" beside "Marvessa" tells a reader nothing more (a visual probe); the
        # list is not refilled, so the content words threads compare stay the same
        named = [k.split(":", 1)[1] for k in words]
        words = [k for k, name in zip(words, named, strict=True)
                 if not any(adjective_of(other, name) for other in named)]
        story.keywords = [story.forms.get(k) or self.display.get(k, k.split(":", 1)[1])
                          for k in words]

    def summaries(self) -> list[StoryState]:
        """Every story (active ones freshly summarised), in order of creation."""
        for story in self.stories.values():
            if story.active:
                self._summarise(story)
        return list(self.stories.values())

    @property
    def active_count(self) -> int:
        return len(self._active)

    # ------------------------------------------------------------------ merging

    def merge(self, other: StoryClusterer) -> dict[str, str]:
        """Fold another clusterer's stories into this one, for a caller that clustered
        parts of a stream apart.

        An active story of ``other`` whose centroid matches an active story here joins it;
        the rest are added as they are. Returns {other story id: story id here}. Stories
        are matched on their centroids alone, without the event checks an article meets
        (event day, place, year, the same-place check of ``who``): a story holds several
        of each. The Spark engine does not merge this way: each window replays a lead-in
        of the articles before it (``engines/spark/stories.py``), so its joins are an
        article's joins as in one pass.
        """
        mapping: dict[str, str] = {}
        self._families_seen = None  # assignments arrive below: rebuild on the next add
        for story in other.stories.values():
            target: StoryState | None = None
            if story.active and story.centroid:
                unit = {k: v / story.norm for k, v in story.centroid.items()}
                bag = ({k: v / story.words_norm for k, v in story.words.items()}
                       if story.words else None)
                best, score = self._best(unit, story.last, None, bag)
                if best is not None and score >= self.options.threshold:
                    target = best
            if target is None:
                if story.id in self.stories:
                    mapping[story.id] = story.id
                    continue
                self.stories[story.id] = story
                if story.active:
                    self._active[story.id] = story
                for k in story.centroid:
                    self._postings.setdefault(k, set()).add(story.id)
                mapping[story.id] = story.id
                continue
            for k, v in story.centroid.items():
                target.centroid[k] = target.centroid.get(k, 0.0) + v
            old = set(target.centroid)
            target.centroid = top(target.centroid, self.options.centroid_features)
            for k in old - set(target.centroid):
                self._postings.get(k, set()).discard(target.id)
            for k in target.centroid:
                self._postings.setdefault(k, set()).add(target.id)
            target.norm = sum(v * v for v in target.centroid.values()) ** 0.5 or 1.0
            if story.words:
                self._add_words(target, story.words)
            target.n += story.n
            for k, c in story.dates.items():
                target.dates[k] = target.dates.get(k, 0) + c
            for k, c in story.places.items():
                target.places[k] = target.places.get(k, 0) + c
            for k, c in story.years.items():
                target.years[k] = target.years.get(k, 0) + c
            for k, c in story.languages.items():
                target.languages[k] = target.languages.get(k, 0) + c
            for k, written in story.forms.items():
                target.forms.setdefault(k, written)
            for when in (story.first, story.last):
                if when is not None:
                    target.first = when if target.first is None else min(target.first, when)
                    target.last = when if target.last is None else max(target.last, when)
            mapping[story.id] = target.id
        for article_id, sid in other.assigned.items():
            self.assigned.setdefault(article_id, mapping[sid])
        alternates: dict[str, list[str]] = {}
        for spelling, canon in other.aliases.alternates.items():
            alternates.setdefault(canon, []).append(spelling)
        for name in other.aliases.canonicals():
            self.aliases.resolve(name, tuple(alternates.get(name, ())))
        for key, written in other.display.items():
            self.display.setdefault(key, written)
        self.seq = max(self.seq, other.seq)
        for seen in sorted(t for t in (other.clock, other.newest) if t is not None):
            if self.clock is None or seen > self.clock:
                self._advance(seen)
        return mapping

    # -------------------------------------------------------------- persistence

    def to_bytes(self) -> bytes:
        """The whole state as compressed JSON (no pickle: a store file may be shared)."""
        data: dict[str, Any] = {
            "version": STATE_VERSION,
            "seq": self.seq,
            "clock": self.clock.isoformat() if self.clock else None,
            "newest": self.newest.isoformat() if self.newest else None,
            "assigned": self.assigned,
            "aliases": self.aliases.to_state(),
            "canonicals": self.aliases.canonicals(),
            "display": self.display,
            "stories": [_story_dict(s) for s in self.stories.values()],
        }
        if self.aliases.alternates:  # names keyed from Cyrillic with г (names.py)
            data["alternates"] = self.aliases.alternates
        return zlib.compress(json.dumps(data, separators=(",", ":")).encode("utf-8"), 6)

    @classmethod
    def from_bytes(cls, blob: bytes, options: StoryOptions | None = None) -> StoryClusterer:
        data = json.loads(zlib.decompress(blob).decode("utf-8"))
        if data.get("version") != STATE_VERSION:
            raise ValueError(f"stories state version {data.get('version')} is not {STATE_VERSION}")
        self = cls(options)
        self.seq = data["seq"]
        self.clock = datetime.fromisoformat(data["clock"]) if data["clock"] else None
        newest = data.get("newest", data["clock"])  # states written before it: the clock
        self.newest = datetime.fromisoformat(newest) if newest else None
        self.assigned = dict(data["assigned"])
        self.aliases = AliasTable.from_state(data["aliases"], data["canonicals"],
                                             data.get("alternates"))
        self.display = dict(data["display"])
        for d in data["stories"]:
            story = _story_from(d)
            self.stories[story.id] = story
            if story.active:
                self._active[story.id] = story
            for k in story.centroid:
                self._postings.setdefault(k, set()).add(story.id)
        return self


#: Letters only Ukrainian writes, and letters only Russian writes.
_LANGUAGE_LETTERS = {"ru": frozenset("іїєґ"), "uk": frozenset("ыэъё")}


def _other_language(written: str, language: str | None) -> bool:
    """Whether a Cyrillic name is written in the other of Russian and Ukrainian than an
    article's ``language``, by a letter only that one writes ("Київ" in a Russian
    article). Without one ("Зеленский", "Зеленський") it cannot be told."""
    letters = _LANGUAGE_LETTERS.get(language or "")
    return letters is not None and not letters.isdisjoint(written.lower())


#: Languages written in Latin letters, whose names every one of them spells alike.
LATIN_LANGUAGES = frozenset(
    "en de fr es it pt nl pl cs sk sl hr ro hu sv da no nb nn fi et lv lt tr id ms ca eu gl "
    "ga cy is sq af sw tl lb mt".split())


def _across(language: str | None, story_languages: Mapping[str, int]) -> bool:
    """Whether an article is scored against a story by what languages write alike: the
    article is in a language written in Latin letters, none of the story's reports is in
    it, and some are in another such language. Russian and Ukrainian names are keyed
    through transliteration and lemmas, and anchors alone made wrong pairs there
    (docs/stories.md, "Reports in two scripts": a Ukrainian tram-crash report naming the
    mayor met the English report of his metro opening the same day in Kharkiv), so
    their reports are scored as before."""
    if language not in LATIN_LANGUAGES or not story_languages or language in story_languages:
        return False
    return any(other in LATIN_LANGUAGES for other in story_languages)


def _across_languages(vec: Mapping[str, float], centroid: Mapping[str, float]) -> float:
    """The cosine of an article and a story none of whose members is in the article's
    language, over what is written alike in any language: names, places, numbers and
    dates (keywords left out, and the word channel). A Portuguese report of a Milan trade
    fair's collapse met the Spanish reports' story at 0.649 by names, numbers and day,
    but scored 0.505 once its keywords ("teto", "feridos") had diluted its vector and
    the Spanish words had missed it; 6 of 7 reports in 7 languages were stories apart
    (``bench/stories_languages.py``)."""
    dot = sum(v * centroid.get(k, 0.0) for k, v in vec.items() if not k.startswith("k:"))
    if dot <= 0.0:
        return 0.0
    left = sum(v * v for k, v in vec.items() if not k.startswith("k:"))
    right = sum(v * v for k, v in centroid.items() if not k.startswith("k:"))
    return dot / math.sqrt(left * right)


def _story_dict(s: StoryState) -> dict[str, Any]:
    return {
        "id": s.id, "first_article": s.first_article, "n": s.n,
        "first": s.first.isoformat() if s.first else None,
        "last": s.last.isoformat() if s.last else None,
        "last_seq": s.last_seq, "centroid": s.centroid, "norm": s.norm,
        "best_article": s.best_article, "best_score": s.best_score,
        "core": s.core, "keywords": s.keywords, "active": s.active,
        "dates": s.dates, "places": s.places, "years": s.years,
        **({"words": s.words, "words_norm": s.words_norm} if s.words else {}),
        **({"forms": s.forms} if s.forms else {}),
        **({"languages": s.languages} if s.languages else {}),
    }


def _story_from(d: dict[str, Any]) -> StoryState:
    return StoryState(
        id=d["id"], first_article=d["first_article"], n=d["n"],
        first=datetime.fromisoformat(d["first"]) if d["first"] else None,
        last=datetime.fromisoformat(d["last"]) if d["last"] else None,
        last_seq=d["last_seq"], centroid=dict(d["centroid"]), norm=d["norm"],
        best_article=d["best_article"], best_score=d["best_score"],
        core=list(d["core"]), keywords=list(d["keywords"]), active=d["active"],
        dates=dict(d["dates"]), places=dict(d["places"]),
        years=dict(d.get("years", {})),
        words=dict(d.get("words", {})), words_norm=d.get("words_norm", 0.0),
        forms=dict(d.get("forms", {})),
        languages=dict(d.get("languages", {})),
    )


def cluster_articles(
    articles: Sequence[Article],
    options: StoryOptions | None = None,
    families: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """One-shot convenience: a fresh clusterer over ``articles``; {article id: story id}."""
    return StoryClusterer(options).add(articles, families)
