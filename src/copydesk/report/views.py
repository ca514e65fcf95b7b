"""Everything a story page shows, gathered from the store into plain view objects.

One function, ``story_view``, builds the page's content; the static report, the
Markdown and JSON outputs and the web app all render its result, so there is
one implementation of what a story page says. Kinds with no records yet (no
facts extracted, no reuse found) give empty sections, never errors.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from copydesk.clock import assume_utc
from copydesk.facts.claims import COMPARATORS, RETRACTION
from copydesk.number_words import SMALL_NUMBERS
from copydesk.records import Article, DateRef, Fact, Family, Quote, Relation, Story
from copydesk.report.cites import CopyCheck
from copydesk.report.diff import DiffView, diff_relation
from copydesk.report.lineage import EdgeIn, Graph, NodeIn, layout
from copydesk.report.summary import Cited, CopiesOf, SourceText, no_copies, summarise
from copydesk.report.text import (
    NearGroups,
    agrees,
    content_words,
    holds_most,
    jaccard,
    sentence_spans,
)
from copydesk.reuse.classify import is_spin
from copydesk.store import Store
from copydesk.unionfind import UnionFind

#: Articles read per story page; a bigger story is summarised from its first ones
#: (in publication order) and says so. Keeps a page under ~100 ms (bench/web_pages.py).
MAX_ARTICLES = 150
#: Copies shown side by side per story page; the rest are listed by the lineage graph.
MAX_DIFFS = 25
MAX_TIMELINE = 25
#: Facts in the key facts table (best supported first, plus every conflict); the
#: rest are folded below it.
KEY_FACTS = 12
#: Disputed facts added to the key table, and facts in the folded list, at most: a
#: story of thousands of articles has tens of thousands of facts, and its page must
#: still open (20,238 facts made an 8 MB page). The facts export has all of them.
MAX_CONFLICT_ROWS = 50
MAX_MORE_FACTS = 300
MAX_QUOTES_PER_SPEAKER = 8
#: Reuse that adds nothing of its own: such copies are cited, not read for text.
#: (A partial copy is read: its own paragraphs are news.)
DERIVED_TYPES = frozenset({"duplicate", "spun", "translated", "rewritten"})
#: Reuse whose passages are coarse: a partial copy's bridge paragraphs it left out, and a
#: translation's are hulls of aligned sentences. Their copies are cited for a sentence only
#: when their text carries it (``CopyCheck``). A duplicate's and a spun copy's passages
#: are aligned word by word, but they too bridge a paragraph a copy dropped, and a wire
#: copy updates a figure: they are checked too, with the share a heavy spin keeps
#: (``SPUN_SHARE``).
COARSE_TYPES = frozenset({"partial", "translated", "rewritten"})
#: Share of a sentence's content words a duplicate or spun copy must hold in one
#: stretch to be cited for it: a 40 % spin keeps more than half of them, a copy without
#: the paragraph holds a name or two.
SPUN_SHARE = 0.2
#: ... and only when their passage covers at least half of it (a passage that runs three
#: characters into a sentence says nothing about it).
HALF = 0.5
#: Timeline sentences this similar (Jaccard of content words) on one date are one event.
SAME_EVENT = 0.5
#: A timeline "sentence" longer than this is a list or table without full stops: the
#: timeline shows the stretch around its date instead (``EVENT_CONTEXT`` each side).
MAX_EVENT_CHARS = 600
EVENT_CONTEXT = 160


#: Other stories of the thread listed on a story page.
MAX_THREAD_STORIES = 20


@dataclass(frozen=True)
class Source:
    """An article as cited on a story page."""

    number: int
    id: str
    title: str
    site: str
    url: str | None
    published: datetime | None
    language: str | None
    role: str
    spin_score: float | None
    spun: bool


@dataclass(frozen=True)
class Event:
    when: date
    until: date | None
    text: str
    cites: tuple[int, ...]


@dataclass(frozen=True)
class Conflict:
    value: str
    cites: tuple[int, ...]
    outside: int
    independent: int | None
    detail: str
    #: Both sides come from the same one article: it contradicts itself (a spinner's
    #: "tens of hundreds of troops" beside "more than 100,000 troops").
    within: bool = False
    #: When the other side was reported: "later" (an update: a toll that rose),
    #: "earlier", "alongside" (sources disagreeing at one time) or None (unknown);
    #: "corrected" (a correction there withdrew this value) or "withdrawn" (here).
    reported: str | None = None

    @property
    def label(self) -> str:
        """What the briefing calls it: a value later reports changed is no dispute."""
        return {"later": "later reports", "earlier": "earlier reports",
                "corrected": "corrected to", "withdrawn": "withdrawn"}.get(
            self.reported or "", "conflict")


@dataclass(frozen=True)
class FactRow:
    id: str
    subject: str
    predicate: str
    value: str
    time: str | None
    supporting: int
    independent: int
    cites: tuple[int, ...]
    conflicts: tuple[Conflict, ...]
    #: Every article stating it is flagged machine-spun: its words may be a spinner's
    #: ("info and historical past" for "facts and history"), so it is listed last.
    spun_only: bool = False


@dataclass(frozen=True)
class QuoteGroup:
    speaker: str
    quotes: tuple[Cited, ...]


@dataclass
class StoryView:
    story: Story
    sources: list[Source]
    summary: list[Cited] = field(default_factory=list)
    timeline: list[Event] = field(default_factory=list)
    facts: list[FactRow] = field(default_factory=list)
    #: Facts past the key ones (fewer sources, no conflict): shown folded.
    more_facts: list[FactRow] = field(default_factory=list)
    #: Facts of the story on no list above (``MAX_MORE_FACTS``): in the facts export.
    facts_not_shown: int = 0
    quotes: list[QuoteGroup] = field(default_factory=list)
    graph: Graph | None = None
    diffs: list[DiffView] = field(default_factory=list)
    relations: int = 0
    articles_missing: int = 0
    articles_omitted: int = 0
    diffs_omitted: int = 0
    #: The copy shown open on the page: the one with the most changes to see.
    featured_diff: str | None = None
    #: The other stories of its thread (the same affair), earliest first: a briefing
    #: probe's flood was four stories, and no page led to another.
    same_thread: list[Story] = field(default_factory=list)
    #: The latest dated article, when the story spans more than one publication time:
    #: its title is the news as it stands (a breaking story's title and summary, from
    #: its most central report, said seven dead when the latest said fourteen).
    latest: Source | None = None

    def source(self, article_id: str) -> Source | None:
        return self._by_id().get(article_id)

    def _by_id(self) -> dict[str, Source]:
        return {s.id: s for s in self.sources}

    def to_dict(self) -> dict[str, Any]:
        """The view as JSON-ready data (report.json and the API's story endpoint)."""
        data = _plain(dataclasses.asdict(self))
        data["story"] = _plain(dataclasses.asdict(self.story))
        return data


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def safe_url(url: str | None) -> str | None:
    """An article URL fit for an href: http(s) only, else None (shown as text, not linked)."""
    if not url:
        return None
    cleaned = url.strip()
    lowered = cleaned.lower()
    if lowered.startswith(("http://", "https://")) and not any(
        c in "\"'<> " or not c.isprintable() for c in cleaned
    ):
        return cleaned
    return None


def _sort_key(a: Article) -> tuple[float, str]:
    """Oldest first on one clock (local times of different zones do not sort), undated
    last, then by id."""
    when = assume_utc(a.published)
    return (when.timestamp() if when else float("inf"), a.id)


def _orientation(rel: Relation, numbers: dict[str, int]) -> tuple[str, str, bool]:
    """(original side, copy side, direction known) of a relation."""
    if rel.original == rel.b:
        return rel.b, rel.a, True
    if rel.original == rel.a:
        return rel.a, rel.b, True
    # Unknown direction: draw it from the earlier article.
    first, second = sorted((rel.a, rel.b), key=lambda i: (numbers.get(i, 1 << 30), i))
    return first, second, False


def _spun_articles(
    sources: Iterable[Source], oriented: Iterable[tuple[Relation, str, str, bool]],
    sources_of: Mapping[str, set[str]],
) -> set[str]:
    """Articles whose words are a spinner's: flagged by their spin score, or the copy side
    of a relation typed spun. The score judges an article alone and misses light spins
    (the demo's copy at 0.51, whose "pay upward thrust" then read as a plain fact); the
    alignment saw the swaps. Not a relation between two copies of one original: a
    regression probe's partial copy, "spun" beside the wire's spun copy, had its own
    reporting marked "machine-spun sources only"."""
    return {s.id for s in sources if s.spun} | {
        copy for rel, orig, copy, directed in oriented
        if directed and is_spin(rel.type, rel.reason)
        and not sources_of.get(orig, set()) & sources_of.get(copy, set())}


def copied_through(incoming: Mapping[str, list[tuple[Relation, str, bool]]]) -> dict[str, str]:
    """Copy → the copy it took its text from, when that is not the original: a farm's
    verbatim copy of another farm's spin carries the spin's swaps, so it copied the spin,
    not the wire (a media researcher's probe: "both copy [1]: neither is the other's
    source" was said of a farm and the farm it copied, thirty swaps alike). The sign: a
    duplicate of X, where X and the copy are each the same kind of copy (spun, partial,
    translated) of one source Y, not a duplicate of it. Two verbatim copies of a wire
    stay siblings."""
    via = {}
    for copy, rels in incoming.items():
        kind_from = {orig: rel.type for rel, orig, directed in rels if directed}
        for rel, x, directed in sorted(rels, key=lambda t: t[1]):
            if not directed or rel.type != "duplicate":
                continue
            x_from = {orig: r.type for r, orig, d in incoming.get(x, ()) if d}
            if any(kind != "duplicate" and kind_from.get(y) == kind and y != copy
                   for y, kind in x_from.items()):
                via[copy] = x
                break
    return via


def _role(aid: str, incoming: dict[str, list[tuple[Relation, str, bool]]],
          roots: set[str], outgoing: set[str], numbers: dict[str, int],
          root: str | None = None, via: str | None = None) -> str:
    """What an article is in its story ("original", "spun copy of [1]"); ``via``: the copy
    it took its text from, when that is not the original (``copied_through``)."""
    if via is not None and via in numbers:
        return f"duplicate copy of [{numbers[via]}]"
    copied = [t for t in incoming.get(aid, ()) if t[2]]
    if aid not in incoming and root not in (None, aid) and root in numbers:
        # Copied by others, but of a family whose original is another article: a
        # translation probe's German and French translations, linked to each other and
        # not to the English wire, were each "original" beside it.
        return f"in the reuse family of [{numbers[root]}]"
    if not copied and (aid in roots or (aid in outgoing and aid not in incoming)):
        # A relation of unknown direction makes no original: an ingest probe's partial
        # copy, dated by its day only, was "(original)" beside the wire it copied, and so
        # was a translation that came out before one of the wire's spun copies.
        return "original"
    if aid in incoming:
        # "[5] partial copy of [3]" named a duplicate of [1] when [5] had three equal
        # relations, to [1], [2] and [3].
        def rank(t: tuple[Relation, str, bool]) -> tuple[bool, bool, float, int]:
            # The family's root first, then a source that is no copy itself, then the
            # surest: a copy's relation to a sibling (another copy of the same wire) can be
            # surer than its relation to the wire, and "[5] spun reuse with [4]" named a
            # farm's spin as the source of an outlet's partial copy of the wire.
            rel, orig, _ = t
            is_copy = any(directed for _, _, directed in incoming.get(orig, ()))
            return (orig in roots, not is_copy, rel.confidence, -numbers.get(orig, 0))

        rel, orig, directed = max(incoming[aid], key=rank)
        if directed:
            orig = _through_duplicates(orig, incoming)
        ref = numbers.get(orig)
        where = f" [{ref}]" if ref else " another article"
        return f"{rel.type} copy of{where}" if directed else f"{rel.type} reuse with{where}"
    return "no reuse found"


def _latest(sources: Sequence[Source]) -> Source | None:
    """The latest dated source that copies no other, if the sources were published at
    more than one time (a farm's copy two hours after the wire is no newer news, and a
    roundup's headline is of something else: a regression probe)."""
    dated = [s for s in sources if s.published is not None and " copy of " not in s.role]
    if len({assume_utc(s.published) for s in dated}) < 2:
        return None
    return max(dated, key=lambda s: (assume_utc(s.published), -s.number))


def _through_duplicates(aid: str, incoming: dict[str, list[tuple[Relation, str, bool]]]) -> str:
    """The article whose text ``aid`` carries, up its chain of duplicates: a copy of a
    farm's verbatim copy of the wire copies the wire's text (a content-farm probe's
    Coastal Ledger was a "duplicate copy of" a farm's backdated copy)."""
    seen = {aid}
    while True:
        up = [orig for rel, orig, directed in incoming.get(aid, ())
              if directed and rel.type == "duplicate" and orig not in seen]
        if not up:
            return aid
        aid = min(up)
        seen.add(aid)


#: A date that is a reference point, not when the sentence's news happened: "its lowest
#: since February", "who ran the ministry from 2017 to 2022", "the dam, built in 1968,"
#: (the timeline showed the bond's fall under February and a 2025 verdict under 2017).
_SINCE_BEFORE = re.compile(
    r"\b(?:since|(?:built|founded|opened|established|born|constructed|completed|launched"
    r"|formed|created)\s+in)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\bfrom\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"\s+(?:to|until|till|through)\s", re.IGNORECASE)
_RANGE_END_BEFORE = re.compile(r"\bfrom\s+\S+(?:\s+\S+)?\s+(?:to|until|till|through)\s+$",
                               re.IGNORECASE)


#: The date of a figure the sentence compares with: "58 percent, up from 41 percent four
#: years ago" (a poll's lead was shown under the date four years back).
#: ... or in words, as reported then: "has risen to seven, up from four reported on
#: Monday" (a standards-desk probe's timeline put the new toll under Monday).
_COMPARED_BEFORE = re.compile(
    rf"\b(?:{COMPARATORS}|(?<!more\s)(?<!less\s)(?<!fewer\s)than)"
    rf"\s+(?:\S+\s+)?(?:\S*\d[\d.,]*|{'|'.join(SMALL_NUMBERS['en'])})"
    r"(?:\s*%|\s+\S+)?\s+(?:(?:reported|recorded|counted|given|announced)\s+)?"
    r"(?:in\s+|on\s+|im\s+(?:Jahr\s+)?|en\s+|in\s+)?$", re.IGNORECASE)


#: A sentence that reports what someone said (see ``_events``).
_REPORTED = re.compile(r"\b(?:said|says|told|announced|confirmed|reported)\b")


def _reference_point(text: str, ref: DateRef) -> bool:
    before = text[max(0, ref.start - 40):ref.start]
    return bool(_SINCE_BEFORE.search(before) or _RANGE_END_BEFORE.search(before) or (
        _RANGE_BEFORE.search(before) and _RANGE_AFTER.match(text, ref.end))
        or _COMPARED_BEFORE.search(before))


def _events(refs: Iterable[DateRef], texts: dict[str, str], numbers: dict[str, int],
            copies_of: CopiesOf = no_copies) -> list[Event]:
    """Dated events: the sentence around each resolved date, near-copies merged.

    A sentence naming several dates is shown once, at its narrowest one ("on Monday"
    rather than "this year"); among equally narrow ones, at what it reports as done
    rather than a date read as future ("agreed on Thursday to return to work on
    Friday"), then, in a sentence someone said, at a day not named as the owner of what
    it tells of ("the toll of Monday's explosion has risen to seven, officials said on
    Tuesday" is Tuesday's news; "protested during yesterday's signing" is yesterday's),
    then at the first written (a lead names its event first: "held talks on Tuesday,
    laying the groundwork for a summit on Friday")."""
    groups: list[tuple[str, set[int], list[tuple[date, date | None, bool, bool]],
                      frozenset[str]]] = []
    near = NearGroups(SAME_EVENT)
    spans: dict[str, list[tuple[int, int]]] = {}
    words_of: dict[tuple[str, int, int], frozenset[str]] = {}
    for ref in sorted(refs, key=lambda r: (numbers.get(r.article_id, 0), r.start)):
        text = texts.get(ref.article_id)
        if ref.value is None or text is None or _reference_point(text, ref):
            continue
        if ref.article_id not in spans:
            spans[ref.article_id] = list(sentence_spans(text))
        start, end = next(((s, e) for s, e in spans[ref.article_id] if s <= ref.start < e),
                          (ref.start, ref.end))
        windowed = end - start > MAX_EVENT_CHARS  # a list or table with no full stops
        if windowed:
            start, end = _window(text, ref.start, ref.end)
        sentence = text[start:end] or ref.text
        if RETRACTION.search(sentence):
            continue  # a correction's withdrawn date is no event (a briefing probe)
        if windowed:
            sentence = ("… " if start > 0 else "") + sentence + (" …" if end < len(text) else "")
        key = (ref.article_id, start, end)
        if key not in words_of:  # every date of one sentence shares its words
            words_of[key] = content_words(sentence)
        cites = {numbers[ref.article_id]} | copies_of(ref.article_id, start, end)
        dated = (ref.value, ref.end_value, _reads_future(ref),
                 text.startswith(("'s", "’s"), ref.end) and bool(_REPORTED.search(sentence)))
        group, new = near.place(sentence, words_of[key])
        if new:
            groups.append((sentence, cites, [dated], words_of[key]))
        else:
            if _says(words_of[key], groups[group][3]):
                groups[group][1].update(cites)
            groups[group][2].append(dated)
    events = []
    for sentence, cites, dates, _words in groups:
        when, until, _future, _whose = min(dates, key=lambda d: ((d[1] or d[0]) - d[0], d[2], d[3]))
        events.append(Event(when, until if until and until != when else None, sentence,
                            tuple(sorted(cites))))
    events.sort(key=lambda e: (e.when, e.until or e.when, e.cites))
    return events[:MAX_TIMELINE]


def _says(words: frozenset[str], shown: frozenset[str]) -> bool:
    """Whether a near-copy merged into a timeline entry says it, to be cited for it:
    "Members will vote next week" is merged with "Members will vote next week, but the
    executive has suspended the strike" and must not be cited for it."""
    return holds_most(words, shown) and agrees(words, shown)


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """The words around [start, end): ``EVENT_CONTEXT`` characters each side, widened to
    whole words."""
    lo = max(0, start - EVENT_CONTEXT)
    hi = min(len(text), end + EVENT_CONTEXT)
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    return lo, hi


def _reads_future(ref: DateRef) -> bool:
    """Whether the date extractor resolved the expression forward (a plan, not a report)."""
    return "future" in (ref.how or "")


def _conflict(
    raw: dict[str, Any], numbers: dict[str, int], own: Sequence[str] = ()
) -> Conflict:
    """One disagreeing claim, from the facts stage's conflict record.

    The facts stage writes ``{"type", "other": [{"article_id", "text", …}],
    "other_value", "relative_difference", …}``; a plain ``{"value", "article_ids"}``
    works too, and any other keys are shown as they are.
    """
    other = raw.get("other")
    cited = [c for c in other if isinstance(c, dict)] if isinstance(other, list) else []
    listed = raw.get("article_ids")
    ids = [str(c.get("article_id")) for c in cited]
    if isinstance(listed, (list, tuple)):
        ids += [str(i) for i in listed]
    ids = list(dict.fromkeys(ids))
    cites = tuple(sorted({numbers[i] for i in ids if i in numbers}))
    value = raw.get("other_value", raw.get("value", raw.get("claim", "")))
    wordings = list(dict.fromkeys(str(c.get("text")) for c in cited if c.get("text")))
    independent = raw.get("independent_sources")
    parts = []
    if raw.get("type") == "speaker":
        parts.append("named as the speaker there")  # "conflict Edric Salt [3] named as …"
    elif wordings:
        parts.append("as " + ", ".join(f"“{w}”" for w in wordings[:3]))
    gap = raw.get("relative_difference")
    if isinstance(gap, (int, float)):
        parts.append(f"{gap:.0%} apart")
    if raw.get("type") == "date":
        parts.append("dates do not overlap")
    shown = {"value", "claim", "article_ids", "independent_sources", "other", "other_value",
             "this", "relative_difference", "tolerance", "type", "reported", "this_total",
             "other_total"}
    reported = raw.get("reported")
    parts += [f"{k}: {v}" for k, v in sorted(raw.items()) if k not in shown]
    return Conflict(
        value=str(value if value is not None else "another value"), cites=cites,
        outside=len([i for i in ids if i not in numbers]),
        independent=int(independent) if isinstance(independent, (int, float)) else None,
        detail="; ".join(parts),
        within=len(set(own)) == 1 and set(ids) == set(own),
        reported=str(reported) if reported else None,
    )


def _disputed_quotes(facts: Iterable[Fact]) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Quotations the story's facts give to two or more speakers: their content words, and
    the name words of the speaker most independent sources give (none on a tie)."""
    by_words: dict[frozenset[str], list[Fact]] = defaultdict(list)
    for f in facts:
        if f.predicate == "said" and f.conflicts:
            by_words[content_words(f.value)].append(f)
    out = []
    for words, group in sorted(by_words.items(), key=lambda kv: sorted(kv[0])):
        ranked = sorted(group, key=lambda f: (-f.independent_sources, -len(f.article_ids)))
        lead = ranked[0]
        tie = len(ranked) > 1 and (ranked[1].independent_sources, len(ranked[1].article_ids)) \
            == (lead.independent_sources, len(lead.article_ids))
        out.append((words, frozenset() if tie else frozenset(lead.subject.lower().split())))
    return out


def _withdrawn_figures(facts: Iterable[Fact]) -> list[tuple[str, int, int]]:
    """Where the story's articles state a figure that a correction withdrew: (article id,
    start, end) of each such mention."""
    return sorted(
        (str(m["article_id"]), int(m["start"]), int(m["end"]))
        for f in facts for c in f.conflicts
        if isinstance(c, dict) and c.get("reported") == "corrected"
        for m in c.get("this", ()) if isinstance(m, dict) and "start" in m)


def _facts(
    facts: Iterable[Fact], numbers: dict[str, int], spun: Set[str] = frozenset()
) -> list[FactRow]:
    rows = [
        FactRow(
            id=f.id, subject=f.subject, predicate=f.predicate,
            value=quotation_shown(f.value) if f.predicate == "said" else f.value, time=f.time,
            supporting=len(f.article_ids), independent=f.independent_sources,
            cites=tuple(sorted(numbers[i] for i in f.article_ids if i in numbers)),
            conflicts=tuple(
                _conflict(c, numbers, f.article_ids) for c in f.conflicts if isinstance(c, dict)
            ),
            spun_only=bool(f.article_ids) and all(i in spun for i in f.article_ids),
        )
        for f in facts
    ]
    rows.sort(key=lambda r: (r.spun_only, -r.independent, -r.supporting, r.subject,
                             r.predicate, r.id))
    return rows


def _quotes(quotes: Iterable[Quote], numbers: dict[str, int],
            copies_of: CopiesOf = no_copies, spun: Set[str] = frozenset(),
            cite_only: Iterable[Quote] = ()) -> list[QuoteGroup]:
    """Quotes by speaker, each once with every article that carries it. Spun articles'
    quotes come last, so a quote a spinner reworded is shown as another article has it
    and the spun one is only cited. ``cite_only``: quotes (a translation's) that only add
    their article to the quote they are linked to, once every quote is placed."""
    by_speaker: dict[str, list[tuple[str, set[int], str, frozenset[str]]]] = defaultdict(list)
    near: dict[str, NearGroups] = {}
    quotes, cite_only = list(quotes), list(cite_only)
    fuller = _fuller_speakers(quotes)
    words_of = {q.id: content_words(q.text) for q in [*quotes, *cite_only]}
    said_in: dict[int, list[Quote]] = defaultdict(list)
    entry_of: dict[str, tuple[str, int]] = {}  # quote id → (speaker, entry) it is shown in
    # A copy that gives the words to someone else is not cited for them, whether its
    # quote is shown or only cited (a duplicate reading "…," Bondar said was cited under
    # Hnatyuk, and Bondar appeared nowhere).
    for q in [*quotes, *cite_only]:
        said_in[numbers.get(q.article_id, 0)].append(q)

    def place(q: Quote) -> None:
        speaker = fuller.get(q.id) or (q.speaker or "").strip() or "Unattributed"
        entries = by_speaker[speaker]
        words = words_of[q.id]
        cites = {numbers[q.article_id]} | {
            n for n in copies_of(q.article_id, q.start, q.end)
            if not _said_by_another(q, words, said_in[n], words_of)}
        linked = [entry_of[i] for i in q.linked_quote_ids
                  if i in entry_of and entry_of[i][0] == speaker]
        if linked:
            # The extract step linked it to a quote shown already (a translation, whose
            # words the overlap test cannot match): cite it there.
            entries[linked[0][1]][1].update(cites)
            entry_of[q.id] = linked[0]
            return
        found, new = near.setdefault(speaker, NearGroups(SAME_EVENT)).place(q.text, words)
        if new:
            entries.append((q.text, cites, q.article_id, words))
            entry_of[q.id] = (speaker, len(entries) - 1)
        elif (q.article_id in spun and agrees(words, entries[found][3])) \
                or _says(words, entries[found][3]):
            entries[found][1].update(cites)  # a spun copy is cited for what it rewords
            entry_of[q.id] = (speaker, found)

    for q in sorted(quotes, key=lambda q: (q.article_id in spun,
                                           numbers.get(q.article_id, 0), q.start)):
        place(q)
    for q in cite_only:
        # The entry of its own speaker: a quote linked to the fire chief's words in the
        # source and to a copy that gave them to the mayor was cited under the mayor.
        shown = [entry_of[i] for i in q.linked_quote_ids if i in entry_of]
        own = set((q.speaker or "").lower().split())
        same = [e for e in shown if own and (own <= set(e[0].lower().split())
                                             or set(e[0].lower().split()) <= own)]
        if same or (shown and not own):
            speaker, at = (same or shown)[0]
            by_speaker[speaker][at][1].add(numbers[q.article_id])
        elif own:
            place(q)  # another speaker's: shown under that name, as the facts show it
    groups = [
        QuoteGroup(speaker, tuple(
            Cited(quotation_shown(text), tuple(sorted(cites)), aid)
            for text, cites, aid, _ in entries
        )[:MAX_QUOTES_PER_SPEAKER])
        for speaker, entries in by_speaker.items()
    ]
    groups.sort(key=lambda g: (g.speaker == "Unattributed", -sum(len(q.cites) for q in g.quotes),
                               g.speaker))
    return groups


def quotation_shown(text: str) -> str:
    """A quotation as the briefing shows it: without the comma that English puts inside
    the closing mark before "she said" ("Public office is a trust, not a marketplace,"
    read as a sentence cut short to a standards-desk probe)."""
    return text.rstrip().rstrip(",;")


def _said_by_another(
    quote: Quote, words: frozenset[str], there: list[Quote], words_of: dict[str, frozenset[str]]
) -> bool:
    """Whether an article that carries ``quote``'s words gives them to someone else: a
    copy that reads "Labour Minister Pavel Ostrov said" after the quote was cited for
    the words under another speaker's name."""
    own = set((quote.speaker or "").lower().split())
    if not own:
        return False
    for other in there:
        name = set((other.speaker or "").lower().split())
        if name and not (name <= own or own <= name) and (
                jaccard(words_of[other.id], words) >= SAME_EVENT):
            return True
    return False


def _fuller_speakers(quotes: list[Quote]) -> dict[str, str]:
    """Quote id → the fuller name its linked copies give the speaker, when its own is
    part of it ("Brandt" in one article, "Lucia Brandt" in another): one quote was listed
    under both, and "Brandt" read as a third person. An unattributed quote keeps none."""
    number = {q.id: n for n, q in enumerate(quotes)}
    groups = UnionFind(len(quotes))
    for q in quotes:
        for other in q.linked_quote_ids:
            if other in number:
                groups.join(number[q.id], number[other])
    names: dict[int, set[str]] = defaultdict(set)
    for q in quotes:
        if q.speaker and q.speaker.strip():
            names[groups.find(number[q.id])].add(q.speaker.strip())
    out = {}
    for q in quotes:
        own = (q.speaker or "").strip()
        if not own:
            continue
        words = set(own.lower().split())
        wider = [n for n in names[groups.find(number[q.id])] if words < set(n.lower().split())]
        if len(wider) == 1:  # two fuller names ("Karl Brandt", "Lucia Brandt"): unsure
            out[q.id] = wider[0]
    return out


def story_view(store: Store, story_or_id: Story | str) -> StoryView | None:
    """All a story page shows; None when the story id is unknown."""
    if isinstance(story_or_id, str):
        found = store.get_record("stories", story_or_id)
        if not isinstance(found, Story):
            return None
        story = found
    else:
        story = story_or_id
    articles = [a for a in (store.get_article(i) for i in story.article_ids) if a is not None]
    missing = len(story.article_ids) - len(articles)
    articles.sort(key=_sort_key)
    omitted = max(0, len(articles) - MAX_ARTICLES)
    articles = articles[:MAX_ARTICLES]
    numbers = {a.id: n for n, a in enumerate(articles, 1)}
    texts = {a.id: a.text for a in articles}

    relations: dict[str, Relation] = {}
    quotes: list[Quote] = []
    dates: list[DateRef] = []
    families: dict[str, str] = {}
    annotations: dict[str, dict[str, Any]] = {}
    for a in articles:
        for rel in store.records_for("relations", a.id):
            if rel.a in numbers and rel.b in numbers:
                relations[rel.id] = rel
        quotes.extend(store.records_for("quotes", a.id))
        dates.extend(store.records_for("dates", a.id))
        annotations[a.id] = store.annotations(a.id)
        fid = annotations[a.id].get("family_id")
        if fid:
            families[a.id] = str(fid)
    roots = set()
    root_of: dict[str, str] = {}
    for fid in sorted(set(families.values())):
        fam = store.get_record("families", fid)
        if isinstance(fam, Family) and len(fam.article_ids) > 1:
            roots.add(fam.root)  # a lone article is its own family's root: no original
            root_of.update(dict.fromkeys(fam.article_ids, fam.root))

    incoming: dict[str, list[tuple[Relation, str, bool]]] = defaultdict(list)
    outgoing: set[str] = set()
    oriented: list[tuple[Relation, str, str, bool]] = []
    for rel in sorted(relations.values(), key=lambda r: r.id):
        orig, copy, directed = _orientation(rel, numbers)
        oriented.append((rel, orig, copy, directed))
        incoming[copy].append((rel, orig, directed))
        if directed:
            outgoing.add(orig)
        else:  # no side is the other's source: each "shares text with" the other
            incoming[orig].append((rel, copy, directed))

    via = copied_through(incoming)
    sources = []
    for a in articles:
        ann = annotations.get(a.id, {})
        score = ann.get("spin_score")
        sources.append(Source(
            number=numbers[a.id], id=a.id, title=_shown_title(a.title or a.text[:80], a.id),
            site=a.site or "unknown site", url=safe_url(a.url), published=a.published,
            language=a.language,
            role=_role(a.id, incoming, roots, outgoing, numbers, root_of.get(a.id),
                       via.get(a.id)),
            spin_score=float(score) if score is not None else None, spun=bool(ann.get("spun")),
        ))

    view = StoryView(story=story, sources=sources, relations=len(relations),
                     articles_missing=missing, articles_omitted=omitted,
                     latest=None if omitted else _latest(sources))
    # Copies that only repeat their original are not read for text (their sentences
    # would come back reworded); they are cited wherever their passages cover it.
    coverage: dict[str, list[tuple[int, int, str, bool]]] = defaultdict(list)
    derived: set[str] = set()
    for rel, orig, copy, directed in oriented:
        if not directed:
            continue
        coarse = rel.type in COARSE_TYPES
        for p in rel.passages:
            start, end = (p.a_start, p.a_end) if orig == rel.a else (p.b_start, p.b_end)
            coverage[orig].append((start, end, copy, coarse))
        if not rel.passages and rel.type == "duplicate":
            coverage[orig].append((0, len(texts[orig]), copy, False))
        if rel.type in DERIVED_TYPES:
            derived.add(copy)
    check = CopyCheck(texts, {a.id: a.language for a in articles})

    def copies_of(article_id: str, start: int, end: int) -> set[int]:
        return {numbers[c] for s, e, c, coarse in coverage.get(article_id, ())
                if s < end and start < e and (
                    check.carries(article_id, start, end, c, SPUN_SHARE, aligned=True)
                    if not coarse else (
                        min(e, end) - max(s, start) >= HALF * (end - start)
                        and check.carries(article_id, start, end, c)))}

    language = Counter(a.language for a in articles if a.language).most_common(1)
    main_language = language[0][0] if language else None
    sources_of = {copy: {orig for _, orig, directed in rels if directed}
                  for copy, rels in incoming.items()}
    spun = _spun_articles(sources, oriented, sources_of)
    fact_records = store.records_for("facts", story.id)
    view.summary = summarise(
        [
            SourceText(a.id, numbers[a.id], families.get(a.id, a.id), a.text, a.id in spun)
            for a in articles
            if a.id not in derived
            and (main_language is None or a.language in (None, main_language))
        ],
        story.keywords,
        copies_of=copies_of,
        disputed=_disputed_quotes(fact_records),
        withdrawn=_withdrawn_figures(fact_records),
    )
    # A spun article's dated sentences only where no other article is dated.
    readable = {d.article_id for d in dates} - derived - spun
    view.timeline = _events(
        (d for d in dates if d.article_id not in derived
         and (d.article_id in readable or not readable)), texts, numbers, copies_of,
    )
    view.same_thread = sorted(
        (s for s in store.records_for("stories", story.thread_id) if s.id != story.id),
        key=lambda s: (s.first_seen is None, s.first_seen or datetime.min, s.id),
    )[:MAX_THREAD_STORIES]
    facts = _facts(fact_records, numbers, spun)
    rest = facts[KEY_FACTS:]
    disputed = [f for f in rest if f.conflicts][:MAX_CONFLICT_ROWS]
    shown = {id(f) for f in disputed}
    others = [f for f in rest if id(f) not in shown]
    view.facts = facts[:KEY_FACTS] + disputed
    view.more_facts = others[:MAX_MORE_FACTS]
    view.facts_not_shown = len(others) - len(view.more_facts)
    read = [q for q in quotes if q.article_id in numbers and q.article_id not in derived]
    read_ids = {q.id for q in read}
    # A copy's quote that no article read here carries (the copy's source may lack it,
    # or the copy was wrongly judged one) is shown too: the section said "No quotes
    # extracted" while the key facts quoted one, and the demo hid a farmer's quote that
    # only an outlet's own paragraphs carry.
    unseen = [q for q in quotes if q.article_id in numbers and q.article_id in derived
              and q.article_id not in spun and not read_ids & set(q.linked_quote_ids)]
    # (not a spun copy's: its unlinked quotes are its source's, reworded past linking)
    # A translation's quote linked to one shown is cited there: its passages rarely cover
    # the quote in the original, and the translation went uncited.
    linked = [q for q in quotes if q.article_id in numbers and q.article_id in derived
              and q.article_id not in spun and read_ids & set(q.linked_quote_ids)]
    view.quotes = _quotes([*read, *unseen], numbers, copies_of, spun, cite_only=linked)

    nodes = [
        NodeIn(s.id, s.number, f"[{s.number}] {s.site}", _node_sublabel(s), s.spun)
        for s in sources
    ]
    edges = [  # two copies of one original: no arrow between them (see below)
        EdgeIn(orig, copy, rel.type, rel.confidence, directed and (
            via.get(copy) == orig or not (
                sources_of.get(orig, set()) & sources_of.get(copy, set())
                or orig in sources_of.get(via.get(copy, ""), set()))))
        for rel, orig, copy, directed in oriented
    ]
    view.graph = layout(nodes, edges)
    oriented.sort(key=lambda t: (numbers[t[1]], numbers[t[2]], t[0].type))
    for rel, orig, copy, _directed in oriented[:MAX_DIFFS]:
        left_is_a = orig == rel.a
        left, right = (rel.a, rel.b) if left_is_a else (rel.b, rel.a)
        diff = diff_relation(rel, texts[left], texts[right], left_is_a)
        diff = replace(diff, reason=_numbered(diff.reason, numbers))
        common = sorted(sources_of.get(orig, set()) & sources_of.get(copy, set()),
                        key=lambda i: numbers.get(i, 0))
        if common and via.get(copy) != orig:
            # Two copies of one original share its text: "[7] copied from [5]: translated"
            # showed a spun English copy of the wire as a translation of a German one.
            diff = replace(diff, directed=False, shared_source=common[0])
        view.diffs.append(diff)
    view.diffs_omitted = max(0, len(oriented) - MAX_DIFFS)
    if view.diffs:
        view.featured_diff = max(
            view.diffs, key=lambda d: (d.word_diff and d.swapped + d.changed, -view.diffs.index(d))
        ).relation_id
    return view


_ARTICLE_ID = re.compile(r"\b[0-9a-f]{16}\b")


def _numbered(reason: str, numbers: Mapping[str, int]) -> str:
    """A relation's reason with the story's article ids as the page numbers them ("no
    publication time for [3]"): a content-farm probe met a bare id there."""
    return _ARTICLE_ID.sub(
        lambda m: f"[{numbers[m.group()]}]" if m.group() in numbers else m.group(), reason)


#: A source's title in the briefing, at most: a probe's hostile page had a title of
#: 3,000 characters, which filled the screen (it wrapped, but said nothing more).
MAX_SHOWN_TITLE = 300


def _shown_title(title: str, article_id: str) -> str:
    title = " ".join(title.split())
    if len(title) <= MAX_SHOWN_TITLE:
        return title or article_id
    return title[:MAX_SHOWN_TITLE].rsplit(" ", 1)[0] + "…"


def _node_sublabel(s: Source) -> str:
    when = f"{s.published.day} {s.published.strftime('%b %H:%M')}" if s.published else "undated"
    return f"{when} · {s.role}"


__all__ = [
    "MAX_ARTICLES",
    "Conflict",
    "Event",
    "FactRow",
    "QuoteGroup",
    "Source",
    "StoryView",
    "safe_url",
    "story_view",
]
