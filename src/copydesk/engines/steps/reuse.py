"""The reuse step of ``copydesk run``: relations, families and spin scores.

Streams (docs/reuse.md, Scale): a first pass reads the store a batch at a time and
files each article's fingerprints in the candidate index (compact numpy arrays) and
scores it for spinning; then the candidate pairs are aligned in article order, their
texts fetched from the store by id as they are needed (:func:`align_candidates`).
No pass holds the texts of the corpus: what stays in memory is the index, and per
article its id, publication time and family.

Writes kinds ``relations`` and ``families`` plus the ``family_id`` annotation of every
article (an article alone is its own family); when the spin scorer is installed
(``copydesk.reuse.spin_score``) also kind ``spin`` and the ``spin_score``/``spun``
annotations. The candidate index is kept with ``save_state("reuse-index")`` so other
engines and later runs can merge into it.
"""

from __future__ import annotations

import importlib
import logging
import os
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import datetime
from itertools import islice
from types import ModuleType
from typing import Any

from copydesk.progress import Progress
from copydesk.records import Article, Family, Relation
from copydesk.reuse import align_candidates, build_families, fingerprint_article
from copydesk.reuse.index import ReuseIndex
from copydesk.store import Store

log = logging.getLogger(__name__)

STATE = "reuse-index"
#: Articles read from the store at a time in the first pass.
BATCH = 1_000
#: Processes that align candidate pairs (the machine's cores, at most two: the
#: first pass and the store stay in this process and need a core of their own).
WORKERS = min(2, os.cpu_count() or 1)
#: A saved index larger than this is not kept: SQLite refuses values over 1 GB, and an
#: index that large is cheaper to rebuild than to read back.
MAX_STATE_BYTES = 900_000_000


def run(store: Store, progress: Progress) -> str:
    index = ReuseIndex()
    published: dict[str, datetime | None] = {}
    spin_module = _spin_module()
    spin_scores: list[Any] = []
    total = store.count_articles()
    articles = progress(store.iter_articles(), total=total, desc="reuse", unit="art")
    for batch in _batches(articles, BATCH):
        index.add((a.id, fingerprint_article(a)) for a in batch if a.id not in index)
        published.update((a.id, a.published) for a in batch)
        if spin_module is not None:
            spin_scores.extend(spin_module.score_articles(batch))

    edges: list[Relation] = []
    kinds: Counter[str] = Counter()

    def relations() -> Iterator[Relation]:
        for relation in align_candidates(index, store.get_articles, workers=WORKERS):
            kinds[relation.type] += 1
            edges.append(_edge(relation))
            yield relation

    store.replace_records("relations", relations())
    families = _families(edges, published)
    store.replace_records("families", families)
    store.annotate_articles("family_id", ((i, f.id) for f in families for i in f.article_ids))
    state = index.to_bytes()
    if len(state) <= MAX_STATE_BYTES:
        store.save_state(STATE, state)
    else:
        log.warning("reuse: index of %d MB not saved (over the store's limit)", len(state) >> 20)
    spin = _store_spin(store, spin_scores) if spin_module is not None else ""
    shown = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items())) or "none"
    multi = sum(1 for f in families if len(f.article_ids) > 1)
    return f"{len(edges)} relations ({shown}); {multi} families of 2+ articles{spin}"


def _batches(items: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while batch := list(islice(items, size)):
        yield batch


def _edge(relation: Relation) -> Relation:
    """What families need of a relation (ids and direction): passages and reasons of
    millions of relations would not fit in memory, and they are in the store already."""
    return Relation(
        a=relation.a, b=relation.b, type=relation.type, confidence=0.0, reason="",
        original=relation.original, passages=(), substitutions=(),
    )  # fmt: skip


def _families(edges: Sequence[Relation], published: dict[str, datetime | None]) -> list[Family]:
    """The stage's ``build_families`` over id-and-date stubs of the articles."""
    stubs = [Article(id=i, source="", text="", published=p) for i, p in published.items()]
    return build_families(edges, stubs)


def _spin_module() -> ModuleType | None:
    try:
        return importlib.import_module("copydesk.reuse.spin_score")
    except ModuleNotFoundError as exc:
        if exc.name != "copydesk.reuse.spin_score":
            raise
        return None


def _store_spin(store: Store, scores: list[Any]) -> str:
    store.replace_records("spin", scores)
    store.annotate_articles("spin_score", ((s.article_id, s.score) for s in scores))
    store.annotate_articles("spun", ((s.article_id, s.spun) for s in scores))
    return f"; {sum(1 for s in scores if s.spun)} articles look machine-spun"
