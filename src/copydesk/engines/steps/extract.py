"""Engine step: entities, quotes, quantities and dates for every stored article.

Loads the name tagger (spaCy's pinned English pipeline, or the lexical
fallback when it is not installed; the summary line says which) and reads the
articles twice, a batch at a time (see :mod:`copydesk.extract.passes`): the
first pass tags names, the second finds quotes, quantities and dates and writes
the quantities and dates batch by batch. Entities and quotes are written at the
end: entities need every batch's mentions, quotes their links across articles
(with the reuse relations as evidence). No article text outlives its batch.
"""

from __future__ import annotations

import logging
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import datetime

from copydesk.clock import assume_utc
from copydesk.extract.nlp import load_language_taggers, load_tagger, tagging_workers
from copydesk.extract.options import ExtractOptions
from copydesk.extract.passes import CorpusExtraction
from copydesk.methods import record_method
from copydesk.progress import Progress
from copydesk.records import RELATION_TYPES, Article
from copydesk.store import Store
from copydesk.wording import counted

log = logging.getLogger(__name__)

#: Texts per spaCy ``nlp.pipe`` batch: 8, 32 and 128 ran at the same speed within
#: noise on the demo corpus (NER only, one process, CPU time); 32 keeps memory flat.
NLP_BATCH_SIZE = 32

#: Articles read from the store, and records written, per batch: what the step holds
#: of the corpus's text at once.
ARTICLE_BATCH = 500

#: Store state saying the step wrote its quantities and dates in full ("done"; "" while
#: it runs): the facts step then uses them, even when there are none, and does not
#: extract them again.
EXTRACTED_STATE = "extract"
#: The state's value once the quantities and dates are all written.
EXTRACTED = b"done"

#: Relation types that say two articles carry the same text (evidence for quote links).
REUSE_TYPES: frozenset[str] = frozenset(RELATION_TYPES)


#: Relation types whose copy carries its original's text as written then: its relative
#: dates ("on Monday", "today") are read on the original's publication date. Not a spun
#: copy: the spinner breaks the tense that reads a weekday forward ("due to travel on
#: Wednesday" became "because of commute on Wednesday", then read a week early).
WRITTEN_BY_ORIGINAL: frozenset[str] = frozenset({"duplicate", "translated"})
#: Copies whose claims, where their original makes the same claim, were first reported
#: when the original was (``facts.build``): a partial copy's own paragraphs keep its own
#: date for the dates they say, but a wire figure it repeats the next morning is the
#: wire's. A standards-desk probe's partial copy of a toll of 14, republished at 07:45
#: the next day, turned the wire's noon update to 19 from a later report into a dispute.
REPEATED_FROM_ORIGINAL: frozenset[str] = WRITTEN_BY_ORIGINAL | {"partial", "rewritten"}


def written_on(
    store: Store, kinds: frozenset[str] = WRITTEN_BY_ORIGINAL, *, spun_own_date: bool = True
) -> dict[str, tuple[datetime, str]]:
    """Copy id → (its earliest dated original's publication time and id), for copies of a
    known original typed one of ``kinds`` (duplicates and translations), up the chain of
    copies. A wire story republished on Thursday said "on Monday" of the Monday before its
    original's Tuesday, not of the Monday before Thursday: the copy's dates moved by a
    week. The facts step passes partial copies too (``REPEATED_FROM_ORIGINAL``), and
    keeps a copy that is also a spin of a sibling (``spun_own_date`` False): only the
    claims its original makes too are moved, word for word, so a spinner's tense cannot
    mislead them."""
    originals: dict[str, set[str]] = {}
    spun: set[str] = set()
    partial: dict[str, set[str]] = {}
    types = store.iter_record_field("relations", "type")
    named = store.iter_record_field("relations", "original")
    for (a, b, kind), (_a, _b, original) in zip(types, named, strict=True):
        if original not in (a, b):
            continue
        copy = b if original == a else a
        if kind in kinds:
            originals.setdefault(copy, set()).add(original)
        elif kind == "spun":
            spun.add(copy)
        elif kind == "partial":
            partial.setdefault(copy, set()).add(original)
    for copy, sources in sorted(partial.items()):
        # A partial copy with no date of its own is read on its original's: its
        # "Wednesday" had no day at all (the demo's undated local paper, which reprints
        # the wire's summit report beside its own flood paragraphs).
        found = store.get_article(copy)
        if found is not None and found.published is None:
            originals.setdefault(copy, set()).update(sources)
    for copy in spun if spun_own_date else ():  # a spun copy keeps its own date
        originals.pop(copy, None)
    when: dict[str, datetime | None] = {}
    out = {}
    for copy in sorted(originals):
        sources = _ancestors(copy, originals)
        for source in sources:
            if source not in when:
                found = store.get_article(source)
                when[source] = assume_utc(found.published) if found else None
        dated = sorted((t, s) for s in sources if (t := when[s]) is not None)
        if dated:
            out[copy] = dated[0]
    return out


def _ancestors(copy: str, originals: dict[str, set[str]]) -> set[str]:
    """Every original up a copy's chain: a translation of a translation was read on the
    date of the copy it was made from (15 March), not of the text's first publication
    (12 March), and "Wednesday's dam failure" moved a week."""
    found: set[str] = set()
    todo = list(originals.get(copy, ()))
    while todo:
        source = todo.pop()
        if source not in found and source != copy:
            found.add(source)
            todo.extend(originals.get(source, ()))
    return found


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _reuse_pairs(store: Store) -> list[tuple[str, str, str]]:
    """(a, b, type) of every reuse relation.

    Decoding each relation whole (passages, substitutions) only to read these three
    fields took 15 s of the step's 118 s at 1,000 generated articles (cProfile), and
    there are 19 relations per article at 10,000; the store gives the one field.
    """
    # Interned: each article id recurs in dozens of relations.
    return [(sys.intern(a), sys.intern(b), t)
            for a, b, t in store.iter_record_field("relations", "type") if t in REUSE_TYPES]


def run(store: Store, progress: Progress) -> str:
    began = time.perf_counter()
    total = store.count_articles()
    workers = tagging_workers(total)
    tagger = load_tagger(batch_size=NLP_BATCH_SIZE, workers=workers)
    # One process each: another language's articles are few in a batch, and a pool of
    # spaCy processes is started per batch.
    others = load_language_taggers(batch_size=NLP_BATCH_SIZE)
    run = CorpusExtraction(tagger, ExtractOptions(), others)
    names = progress(store.iter_articles(ARTICLE_BATCH), total=total, desc="extract: names",
                     unit="article")
    for batch in _batches(names, ARTICLE_BATCH):
        run.tag(batch)
    where = f" in {workers} processes" if tagger.name.startswith("spacy") and workers > 1 else ""
    return finish_step(store, run, progress, began, where)


def finish_step(
    store: Store, run: CorpusExtraction, progress: Progress, began: float, where: str = ""
) -> str:
    """Everything after pass 1 (the tagging, done here or by Spark's executors): the
    entities, pass 2 over the stored articles, the quote links, the records and the
    summary line (``where`` says where the names were tagged)."""
    total = store.count_articles()
    reuse = _reuse_pairs(store)
    run.settle()
    store.save_state(EXTRACTED_STATE, b"")
    # Written out of sight and swapped in at the end: pages and a killed run see the last
    # whole extraction, never an empty or half-written one.
    store.drop_staged("quantities", "dates")
    n_quantities = n_dates = 0
    rest = progress(store.iter_articles(ARTICLE_BATCH), total=total,
                    desc="extract: quotes, numbers, dates", unit="article")
    originals = written_on(store)
    untagged: Counter[str] = Counter()  # articles in languages no tagger reads
    languages: set[str] = set()  # the languages of the articles, as read
    tagged_languages = (*run.options.ner_languages, *sorted(run.others))
    for batch in _batches(rest, ARTICLE_BATCH):
        languages.update(a.language for a in batch if a.language)
        untagged.update(a.language for a in batch
                        if a.language and a.language not in tagged_languages)
        quantities, dates = run.extract(batch, originals)
        n_quantities += store.stage_records("quantities", quantities)
        n_dates += store.stage_records("dates", dates)
    store.publish_staged("quantities", "dates")
    store.save_state(EXTRACTED_STATE, EXTRACTED)
    entities, quotes = run.finish(
        relations=[(a, b) for a, b, _ in reuse],
        translations=[(a, b) for a, b, t in reuse if t == "translated"],
    )
    store.replace_records("entities", entities)
    store.replace_records("quotes", quotes)
    seconds = time.perf_counter() - began
    name = run.tagger.name
    log.info("extract: %d articles in %.1f s with %s", run.articles, seconds, name)
    fallback = "" if name.startswith("spacy") else " (spaCy pipeline absent: fallback)"
    fallback += "".join(f", {lang} articles by {t.name}" for lang, t in sorted(run.others.items())
                        if lang in languages)
    record_method(store, "extract", f"names tagged by {name}{fallback}"
                  + _untagged_note(untagged, tagged_languages))
    linked = sum(1 for q in quotes if q.linked_quote_ids)
    attributed = sum(1 for q in quotes if q.speaker)
    rate = run.articles / seconds if seconds > 0 else 0.0
    return (
        f"{counted(len(entities), 'entity', 'entities')}, {counted(len(quotes), 'quote')} "
        f"({attributed} with a speaker, {linked} linked across articles), "
        f"{counted(n_quantities, 'quantity', 'quantities')}, {counted(n_dates, 'date')}; "
        f"names tagged by {name}{fallback}{where}"
        + _untagged_note(untagged, tagged_languages)
        + f"; {rate:.1f} articles/s over the whole step"
    )


def _untagged_note(untagged: Counter[str], languages: tuple[str, ...]) -> str:
    """Say which articles got no names (a multilingual probe's 16 German, French, Spanish,
    Russian and Ukrainian articles gave no entity and no named speaker, unsaid)."""
    if not untagged:
        return ""
    langs = ", ".join(f"{lang} {n}" for lang, n in sorted(untagged.items()))
    return (f" ({'/'.join(languages)} articles only: {sum(untagged.values())} in other "
            f"languages ({langs}) get no entities; their quotes' speakers are read from "
            "the words around them)")
