"""Engine step: entities, quotes, quantities and dates for every stored article.

Loads the name tagger (spaCy's pinned English pipeline, or the lexical
fallback when it is not installed; the summary line says which), reads the
reuse relations as evidence for linking quotes, runs the extract stage over
all articles and replaces the four record kinds in the store.
"""

from __future__ import annotations

import logging

from copydesk.extract.nlp import load_tagger
from copydesk.extract.pipeline import ExtractOptions, extract_batch
from copydesk.progress import Progress
from copydesk.store import Store

log = logging.getLogger(__name__)

#: Texts per spaCy ``nlp.pipe`` batch: 8, 32 and 128 ran at the same speed within
#: noise on the demo corpus (NER only, one process, CPU time); 32 keeps memory flat.
NLP_BATCH_SIZE = 32

#: Relation types that say two articles carry the same text (evidence for quote links).
REUSE_TYPES: frozenset[str] = frozenset({"duplicate", "partial", "spun", "translated"})


def run(store: Store, progress: Progress) -> str:
    articles = list(store.iter_articles())
    reuse = [r for r in store.iter_records("relations") if r.type in REUSE_TYPES]
    tagger = load_tagger(batch_size=NLP_BATCH_SIZE)
    result = extract_batch(
        articles, tagger, ExtractOptions(),
        relations=[(r.a, r.b) for r in reuse],
        translations=[(r.a, r.b) for r in reuse if r.type == "translated"],
        progress=progress,
    )
    store.replace_records("entities", result.entities)
    store.replace_records("quotes", result.quotes)
    store.replace_records("quantities", result.quantities)
    store.replace_records("dates", result.dates)
    linked = sum(1 for q in result.quotes if q.linked_quote_ids)
    attributed = sum(1 for q in result.quotes if q.speaker)
    fallback = "" if tagger.name.startswith("spacy") else " (spaCy pipeline absent: fallback)"
    return (
        f"{len(result.entities)} entities, {len(result.quotes)} quotes "
        f"({attributed} with a speaker, {linked} linked across articles), "
        f"{len(result.quantities)} quantities, {len(result.dates)} dates; "
        f"names tagged by {tagger.name}{fallback}; "
        f"{result.articles_per_second:.1f} articles/s"
    )
