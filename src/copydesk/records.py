"""The records that flow between copydesk's stages.

Every record is a frozen dataclass: stages receive records and return new ones,
never mutate what they were given, so the same stage functions can run in one
process or over Spark partitions. Ids are content hashes so that they are the
same on every machine and every run. Text offsets are character offsets into an
article's clean ``text``. ``to_dict``/``from_dict`` give the one JSON form that
the store keeps and ``copydesk export`` prints (schemas in ``docs/schema.md``).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
import types
import typing
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal, TypeVar

#: Version of the JSON form of records; bump on any incompatible change and
#: describe the change in docs/schema.md.
SCHEMA_VERSION = 1


def content_id(*parts: str, length: int = 16) -> str:
    """A stable id from content: the same parts give the same id anywhere.

    16 hex digits (64 bits) keep the chance of a collision below one in a
    million up to ~6 million articles, which is what the ids must stay unique for.
    """
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


# --------------------------------------------------------------------- ingest


@dataclass(frozen=True, slots=True)
class Removed:
    """A stretch of text the cleaner took out, kept so that nothing vanishes."""

    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One document as a reader found it, before cleaning.

    ``position`` locates it inside a multi-record file: the 1-based line number
    for JSON Lines, the byte offset of the record for WARC, the 1-based item
    number for feeds; None for a file that holds one document.
    """

    source: str
    body: str
    position: int | None = None
    url: str | None = None
    site: str | None = None
    title: str | None = None
    byline: str | None = None
    published: datetime | None = None
    language: str | None = None
    removed: tuple[Removed, ...] = ()


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: the unit every later stage works on.

    ``id`` is a hash of the clean text, so the same story ingested twice, from
    two files or two runs, is one article.
    """

    id: str
    source: str
    text: str
    position: int | None = None
    url: str | None = None
    site: str | None = None
    title: str | None = None
    byline: str | None = None
    published: datetime | None = None
    language: str | None = None
    removed: tuple[Removed, ...] = ()


#: Control characters as ``\xNN``, so that a line holds no terminal escape sequence.
TERMINAL_SAFE = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7f, 0xa0))}


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that could not be used, and why: reported, counted, never silent."""

    source: str
    reason: str
    position: int | None = None
    #: The records it stands for: past an input's first rejections, one ``Rejected`` per
    #: reason counts the rest (``copydesk.ingest.rejections``), from ``position`` on.
    count: int = 1

    def line(self, source: str | None = None) -> str:
        """The one line a user sees: ``rejected: SOURCE#POSITION: reason`` (``source``
        replaces the stored one, e.g. an upload's file name for its temporary path), or
        ``rejected: SOURCE: N records from #POSITION on: reason`` for a count."""
        shown = source or self.source
        where = f"#{self.position}" if self.position is not None else ""
        if self.count == 1:
            line = f"rejected: {shown}{where}: {self.reason}"
        else:
            start = f" from {where} on" if where else ""
            line = f"rejected: {shown}: {self.count:,} records{start}: {self.reason}"
        # A reason may quote the input (a WARC record's URI): its control characters
        # would drive the terminal it is printed on (a security probe).
        return line.translate(TERMINAL_SAFE)


# ---------------------------------------------------------------------- reuse


@dataclass(frozen=True, slots=True)
class Passage:
    """A reused passage: [a_start, a_end) in article a matches [b_start, b_end) in b."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int


RelationType = Literal["duplicate", "partial", "spun", "translated", "rewritten"]
#: Every relation type, in the order above (the API's filter, the report's badges).
RELATION_TYPES: tuple[str, ...] = typing.get_args(RelationType)


@dataclass(frozen=True, slots=True)
class Relation:
    """Evidence that two articles share text, with the kind of reuse and its direction.

    ``a`` < ``b`` always (ids sorted) so a pair has one record; ``original`` names
    the side judged to be the source, or None when the evidence does not say.
    """

    a: str
    b: str
    type: RelationType
    confidence: float
    reason: str
    original: str | None = None
    passages: tuple[Passage, ...] = ()
    substitutions: tuple[tuple[str, str], ...] = ()
    #: Figures the copy put for the original's, as (original's, copy's); (a's, b's) when
    #: ``original`` is None. All of them: the reason lists five at most, and the facts
    #: step had read them back from it, losing the rest.
    changed_figures: tuple[tuple[str, str], ...] = ()
    # What later code decides from, each set where the reason says it in words: code
    # had read these back out of the reason (a code review), tied to its wording.
    #: A partial copy whose swaps are a spinner's: a spin of part of a longer page
    #: (``reuse.classify.SPUN_PART``). A spin (``type`` spun) is not flagged.
    spun_part: bool = False
    #: A translation within one language: a machine-translation round trip, or a
    #: model's rewrite (``type`` translated).
    round_trip: bool = False
    #: A translation across languages: the two sides' languages, sorted.
    languages: tuple[str, str] | None = None
    #: The side (``a`` or ``b``'s id) that quotes the other with credit, and the credit
    #: as written, at most 80 characters (``reuse.quoting``).
    quoted_by: str | None = None
    credit: str | None = None
    #: The article both sides copy, when neither is the other's source
    #: (``reuse.lineage.undirected``; ``original`` is None).
    shared_source: str | None = None

    @property
    def id(self) -> str:
        return content_id(self.a, self.b)


#: The fields a relation stored before them (the thirty-third session; ``changed_figures``
#: the thirty-second) is read with: ``relation_of_an_older_store`` finds them in its reason.
FIELDS_ONCE_IN_THE_REASON = ("changed_figures", "spun_part", "round_trip", "languages",
                             "quoted_by", "credit", "shared_source")

# The reason's phrases as copydesk wrote them when these facts had no field: fixed here,
# whatever a later reason says.
_SPUN_PART = "partial: a spun part"
_ROUND_TRIP = "translated (machine-translation round trip"
_ACROSS = re.compile(r"^translated \((?P<a>[^\s()]+) ↔ (?P<b>[^\s()]+)\)")
_QUOTED_WITH_CREDIT = "; quoted with credit ("
_BOTH_COPY = "Direction: neither is the other's source: both copy "
_FIGURES_IN_REASON = re.compile(r"figures changed: (.*?)(?: and \d+ more)?(?:\.\s|\.?$)")


def relation_of_an_older_store(data: dict[str, Any]) -> dict[str, Any]:
    """A relation's stored data with each field of ``FIELDS_ONCE_IN_THE_REASON`` it lacks
    read from its reason, as the code that read the reason did: a store written before
    the fields still loads and gives the same families, facts and report. The one place
    that reads facts out of a relation's reason, and only for a field the stored data
    lacks; ``from_dict`` and the store's field reads call it.
    Changed figures only of a directed relation (the listing of one with no original
    reads from the compared A to B, which the record's sides may not be), five at most.
    """
    missing = [name for name in FIELDS_ONCE_IN_THE_REASON if name not in data]
    if not missing:
        return data
    reason = str(data.get("reason") or "")
    kind = data.get("type")
    found: dict[str, Any] = {
        "spun_part": kind == "partial" and reason.startswith(_SPUN_PART),
        "round_trip": reason.startswith(_ROUND_TRIP),
        "languages": None, "quoted_by": None, "credit": None, "shared_source": None,
        "changed_figures": [],
    }
    across = _ACROSS.match(reason) if kind == "translated" else None
    if across and across["a"] != across["b"] and "?" not in (across["a"], across["b"]):
        found["languages"] = sorted((across["a"], across["b"]))
    at = reason.find(_QUOTED_WITH_CREDIT)
    if at >= 0:
        note = reason[at + len(_QUOTED_WITH_CREDIT):]
        end = note.find("). Direction:")  # the note ends the relation's own reason
        side, colon, credit = note[:end if end >= 0 else note.rfind(")")].partition(":")
        found["quoted_by"] = data.get(side) if side in ("a", "b") else None
        if colon and side in ("a", "b"):
            found["credit"] = credit.strip().rstrip(":,").strip() or None
    if data.get("original") is None and _BOTH_COPY in reason:
        source = reason[reason.find(_BOTH_COPY) + len(_BOTH_COPY):]
        found["shared_source"] = source.split(". Found by ")[0].removesuffix(".")
    listing = _FIGURES_IN_REASON.search(reason)
    if listing and data.get("original") is not None:
        pairs = [pair.split(" → ") for pair in listing.group(1).split(", ")]
        found["changed_figures"] = [p for p in pairs if len(p) == 2]
    return {**data, **{name: found[name] for name in missing}}


@dataclass(frozen=True, slots=True)
class Family:
    """A connected group of articles that reuse each other, with its root (the original)."""

    id: str
    root: str
    article_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SpinScore:
    """How likely an article is machine-spun, judged from the article alone."""

    article_id: str
    score: float
    spun: bool
    evidence: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return self.article_id


# -------------------------------------------------------------------- stories


@dataclass(frozen=True, slots=True)
class Story:
    """Articles that report one event, and the thread (ongoing affair) it belongs to."""

    id: str
    title: str
    thread_id: str
    article_ids: tuple[str, ...]
    first_seen: datetime | None
    last_seen: datetime | None
    articles: int
    sources: int
    independent_sources: int
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Thread:
    """The stories of one ongoing affair: not stored, but gathered at export from the
    stories' ``thread_id`` (three probes looked for ``copydesk export threads``)."""

    id: str
    #: The title of its story with the most articles (the earliest on a tie).
    title: str
    story_ids: tuple[str, ...]
    stories: int
    articles: int
    first_seen: datetime | None
    last_seen: datetime | None


def threads_of(stories: Iterable[Story]) -> list[Thread]:
    """Threads gathered from stories, sorted by id; a thread's stories by first report."""
    by_thread: dict[str, list[Story]] = {}
    for s in stories:
        by_thread.setdefault(s.thread_id, []).append(s)
    out = []
    for tid, group in sorted(by_thread.items()):
        ordered = sorted(group, key=lambda s: (s.first_seen is None,
                                               s.first_seen.isoformat() if s.first_seen else "",
                                               s.id))
        main = min(ordered, key=lambda s: -s.articles)
        firsts = [s.first_seen for s in group if s.first_seen is not None]
        lasts = [s.last_seen for s in group if s.last_seen is not None]
        out.append(Thread(tid, main.title, tuple(s.id for s in ordered), len(group),
                          sum(s.articles for s in group), min(firsts, default=None),
                          max(lasts, default=None)))
    return out


# -------------------------------------------------------------------- extract


@dataclass(frozen=True, slots=True)
class Mention:
    """Where an entity is named in one article."""

    article_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Entity:
    """One person, organisation or place across the corpus, with every spelling seen."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]
    roles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation and who said it."""

    id: str
    article_id: str
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_entity_id: str | None
    linked_quote_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit and what it counts; ``value`` is a number or a (low, high) range."""

    id: str
    article_id: str
    start: int
    end: int
    text: str
    value: float | tuple[float, float]
    unit: str | None
    qualifier: str | None
    counts: str | None


@dataclass(frozen=True, slots=True)
class DateRef:
    """A date expression resolved against the article's publication date."""

    id: str
    article_id: str
    start: int
    end: int
    text: str
    value: date | None
    end_value: date | None = None
    how: str = ""


@dataclass(frozen=True, slots=True)
class Fact:
    """A claim of a story with who backs it: articles, and independent origins."""

    id: str
    story_id: str
    subject: str
    predicate: str
    value: str
    time: str | None
    article_ids: tuple[str, ...]
    independent_sources: int
    conflicts: tuple[dict[str, Any], ...] = ()


#: Every record kind the store keeps, by the name used in the store and exports.
RECORD_KINDS: dict[str, type] = {
    "relations": Relation,
    "families": Family,
    "spin": SpinScore,
    "stories": Story,
    "entities": Entity,
    "quotes": Quote,
    "quantities": Quantity,
    "dates": DateRef,
    "facts": Fact,
}


# ------------------------------------------------------------ JSON conversion


def to_dict(record: Any) -> dict[str, Any]:
    """The record as JSON-ready data: datetimes as ISO 8601, tuples as lists."""
    return {f.name: _plain(getattr(record, f.name)) for f in dataclasses.fields(record)}


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_dict(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


R = TypeVar("R")

#: Resolving a class's string annotations costs ~0.4 ms; records are revived by the
#: thousand per web page and per export, so each class is resolved once.
@functools.cache
def _type_hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_dict(cls: type[R], data: dict[str, Any]) -> R:
    """Rebuild a record from ``to_dict`` output, restoring nested records and dates."""
    hints = _type_hints(cls)  # type: ignore[arg-type]
    if cls is Relation:
        data = relation_of_an_older_store(data)
    kwargs = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in data:
            kwargs[f.name] = _revive(hints[f.name], data[f.name])
    return cls(**kwargs)


def _revive(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        # Try the non-None members in order; a list may be a (low, high) range.
        for arg in args:
            if arg is type(None):
                continue
            if isinstance(value, list) and typing.get_origin(arg) is tuple:
                return _revive(arg, value)
            if not isinstance(value, list) and typing.get_origin(arg) is not tuple:
                return _revive(arg, value)
        return value
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_revive(args[0], v) for v in value)
        return tuple(_revive(a, v) for a, v in zip(args, value, strict=False))
    if hint is datetime:
        return datetime.fromisoformat(value)
    if hint is date:
        return date.fromisoformat(value)
    if dataclasses.is_dataclass(hint) and isinstance(value, dict):
        return from_dict(hint, value)  # type: ignore[arg-type]
    return value


__all__ = [
    "FIELDS_ONCE_IN_THE_REASON",
    "RECORD_KINDS",
    "SCHEMA_VERSION",
    "TERMINAL_SAFE",
    "Article",
    "DateRef",
    "Entity",
    "Fact",
    "Family",
    "Mention",
    "Passage",
    "Quantity",
    "Quote",
    "RawDocument",
    "Rejected",
    "Relation",
    "Removed",
    "SpinScore",
    "Story",
    "Thread",
    "content_id",
    "from_dict",
    "relation_of_an_older_store",
    "threads_of",
    "to_dict",
]
