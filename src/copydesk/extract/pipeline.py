"""The extract stage over a batch of articles: names, entities, quotes, numbers, dates.

    >>> from copydesk.extract import extract_batch, load_tagger          # doctest: +SKIP
    >>> result = extract_batch(articles, load_tagger(), ExtractOptions())  # doctest: +SKIP

Order matters and is the reason this is one function: quotes need the
canonical entities (a speaker is an entity), and entities need the whole
corpus (the type vote, the surname that attaches to one full name). So:

1. tag every article (spaCy or the lexical fallback) → candidate mentions;
2. canonicalise the candidates across the corpus → entities;
3. per article, add the alias mentions the tagger missed, find the quotes and
   their speakers, and the quantities and dates;
4. link the same quote across articles (with the reuse relations as evidence).
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from copydesk.extract.canonical import EntityOptions, MentionIndex, canonicalise
from copydesk.extract.dates import find_dates
from copydesk.extract.mentions import Candidate, candidates
from copydesk.extract.nlp import Tagger, make_tagger
from copydesk.extract.propagate import AliasIndex, add_mentions
from copydesk.extract.quantities import find_quantities
from copydesk.extract.quote_links import LinkOptions, link_quotes
from copydesk.extract.quotes import NamedMention, QuoteOptions, find_quotes
from copydesk.records import Article, DateRef, Entity, Mention, Quantity, Quote

log = logging.getLogger(__name__)

#: Wraps a long loop with a progress bar (the engine's ``Progress``); identity by default.
ProgressWrap = Callable[..., Iterable[Any]]


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """Options of the extract stage, one group per part."""

    entities: EntityOptions = field(default_factory=EntityOptions)
    quotes: QuoteOptions = field(default_factory=QuoteOptions)
    links: LinkOptions = field(default_factory=LinkOptions)
    #: Find again, in every article, the names the tagger missed (see propagate.py).
    propagate: bool = True
    #: Languages the name tagger reads. Articles in other languages (known from
    #: ingest) are not tagged: an English model finds junk in German ("Streik" as
    #: a person); they get their entity mentions from the corpus's aliases instead.
    ner_languages: tuple[str, ...] = ("en",)
    quantities: bool = True
    dates: bool = True


@dataclass(frozen=True, slots=True)
class ExtractResult:
    """What the stage found, each kind sorted by id, and which name tagger ran."""

    entities: tuple[Entity, ...]
    quotes: tuple[Quote, ...]
    quantities: tuple[Quantity, ...]
    dates: tuple[DateRef, ...]
    tagger: str
    articles: int = 0
    seconds: float = 0.0

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else 0.0


def as_tagger(nlp: Any) -> Tagger:
    """A Tagger from what the caller has: a Tagger, a spaCy pipeline, or None (fallback)."""
    if nlp is not None and hasattr(nlp, "tag") and hasattr(nlp, "name"):
        return nlp  # type: ignore[no-any-return]
    return make_tagger(nlp)


def tag_articles(
    articles: Sequence[Article],
    tagger: Tagger,
    progress: ProgressWrap | None = None,
    languages: tuple[str, ...] = ("en",),
) -> Iterator[tuple[Article, list[Candidate]]]:
    """Each article with its candidate name mentions (the slow, model-bound step).

    Articles whose language is known and not in ``languages`` get no candidates.
    """
    readable = [a for a in articles if a.language is None or a.language in languages]
    spans = tagger.tag(a.text for a in readable)
    pairs: Iterable[tuple[Article, Any]] = zip(readable, spans, strict=True)
    if progress is not None:
        pairs = progress(pairs, total=len(readable), desc="extract: names", unit="article")
    for article, found in pairs:
        yield article, candidates(article.id, article.text, found)


def extract_batch(
    articles: Sequence[Article],
    nlp: Any = None,
    options: ExtractOptions | None = None,
    *,
    relations: Iterable[tuple[str, str]] = (),
    translations: Iterable[tuple[str, str]] = (),
    progress: ProgressWrap | None = None,
) -> ExtractResult:
    """Entities, quotes, quantities and dates of ``articles``.

    ``nlp`` is a :class:`~copydesk.extract.nlp.Tagger`, a loaded spaCy pipeline,
    or None for the lexical fallback; ``relations`` are pairs of article ids that
    share a reuse relation (evidence that two differently worded quotes are one),
    ``translations`` those of them that are translations (quotes paired in order).
    """
    options = options or ExtractOptions()
    tagger = as_tagger(nlp)
    began = time.perf_counter()
    index = MentionIndex()
    for _, found in tag_articles(articles, tagger, progress, options.ner_languages):
        index.add(found)
    entities = canonicalise(index.candidates, options.entities)
    by_article: dict[str, list[tuple[Mention, Entity]]] = defaultdict(list)
    for e in entities:
        for m in e.mentions:
            by_article[m.article_id].append((m, e))
    by_id = {e.id: e for e in entities}
    aliases = AliasIndex(entities) if options.propagate else None
    found_more: list[tuple[str, Mention]] = []
    quotes: list[Quote] = []
    quantities: list[Quantity] = []
    dates: list[DateRef] = []
    for article in articles:
        known = by_article.get(article.id, [])
        if aliases is not None:
            extra = aliases.scan(article.id, article.text, [(m.start, m.end) for m, _ in known])
            found_more.extend(extra)
            known = known + [(m, by_id[eid]) for eid, m in extra]
        named = [NamedMention(m.start, m.end, e.id, e.name, e.type) for m, e in known]
        quotes.extend(find_quotes(article.id, article.text, named, options.quotes))
        if options.quantities:
            quantities.extend(find_quantities(article.text, article.id))
        if options.dates:
            dates.extend(find_dates(article.text, article.id, article.published))
    if found_more:
        entities = add_mentions(entities, found_more)
    linked = link_quotes(quotes, relations, options.links, translated=translations)
    seconds = time.perf_counter() - began
    log.info("extract: %d articles in %.1f s with %s", len(articles), seconds, tagger.name)
    return ExtractResult(
        entities=tuple(entities),
        quotes=tuple(linked),
        quantities=tuple(sorted(quantities, key=lambda q: q.id)),
        dates=tuple(sorted(dates, key=lambda d: d.id)),
        tagger=tagger.name,
        articles=len(articles),
        seconds=seconds,
    )
