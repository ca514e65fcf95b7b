"""The extract stage over a list of articles: names, entities, quotes, numbers, dates.

    >>> from copydesk.extract import extract_batch, load_tagger          # doctest: +SKIP
    >>> result = extract_batch(articles, load_tagger(), ExtractOptions())  # doctest: +SKIP

Order matters: quotes need the canonical entities (a speaker is an entity), and
entities need the whole corpus (the type vote, the surname that attaches to one
full name). So:

1. tag every article (spaCy or the lexical fallback) → candidate mentions;
2. canonicalise the candidates across the corpus → entities;
3. per article, add the alias mentions the tagger missed, find the quotes and
   their speakers, and the quantities and dates;
4. link the same quote across articles (with the reuse relations as evidence).

This is the in-memory form; :mod:`copydesk.extract.passes` runs the same steps
on a corpus read batch by batch (the engine step), and this function is built on it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from copydesk.extract.nlp import Tagger, make_tagger
from copydesk.extract.options import ExtractOptions, ProgressWrap
from copydesk.extract.passes import CorpusExtraction, tag_articles
from copydesk.records import Article, DateRef, Entity, Quantity, Quote

__all__ = ["ExtractOptions", "ExtractResult", "ProgressWrap", "as_tagger", "extract_batch",
           "tag_articles"]

log = logging.getLogger(__name__)


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


def as_tagger(nlp: Any) -> Tagger:
    """A Tagger from what the caller has: a Tagger, a spaCy pipeline, or None (fallback)."""
    if nlp is not None and hasattr(nlp, "tag") and hasattr(nlp, "name"):
        return nlp
    return make_tagger(nlp)


def extract_batch(
    articles: Sequence[Article],
    nlp: Any = None,
    options: ExtractOptions | None = None,
    *,
    relations: Iterable[tuple[str, str]] = (),
    translations: Iterable[tuple[str, str]] = (),
    written_on: Mapping[str, tuple[datetime, str]] | None = None,
    progress: ProgressWrap | None = None,
    others: Mapping[str, Tagger] | None = None,
) -> ExtractResult:
    """Entities, quotes, quantities and dates of ``articles``.

    ``nlp`` is a :class:`~copydesk.extract.nlp.Tagger`, a loaded spaCy pipeline,
    or None for the lexical fallback; ``relations`` are pairs of article ids that
    share a reuse relation (evidence that two differently worded quotes are one),
    ``translations`` those of them that are translations (quotes paired in order),
    ``written_on`` copies' originals' publication times and ids (relative dates of a
    copy are read on its original's date; see the extract step's ``_written_on``);
    ``others`` taggers of other languages (``nlp.load_language_taggers()``; none: only
    ``nlp``'s languages are tagged).
    """
    tagger = as_tagger(nlp)
    began = time.perf_counter()
    run = CorpusExtraction(tagger, options, others)
    run.tag(articles, progress)
    quantities, dates = run.extract(articles, written_on)
    entities, quotes = run.finish(relations, translations)
    seconds = time.perf_counter() - began
    log.info("extract: %d articles in %.1f s with %s", len(articles), seconds, tagger.name)
    return ExtractResult(
        entities=tuple(entities),
        quotes=tuple(quotes),
        quantities=tuple(sorted(quantities, key=lambda q: q.id)),
        dates=tuple(sorted(dates, key=lambda d: d.id)),
        tagger=tagger.name,
        articles=len(articles),
        seconds=seconds,
    )
