"""The reuse step of ``copydesk run``: relations, families and spin scores.

Streams (docs/reuse.md, Scale): a first pass reads the store a batch at a time and
files each article's fingerprints in the candidate index (compact numpy arrays) and
scores it for spinning; then the candidate pairs are aligned in article order, their
texts fetched from the store by id as they are needed (:func:`align_candidates`).
No pass holds the texts of the corpus: what stays in memory is the index, and per
article its id, publication time and family.

**Resuming.** Alignment is most of the step's time (about an hour at a million articles),
so it is stored as it goes: the relations of each slice of candidate pairs are committed
with the number of slices done (state ``reuse-progress``, keyed by a digest of the
pairs to align, the article ids in index order, the options and the reuse code).
A run killed midway, run again over the same articles, rebuilds the index (the first
pass is deterministic), finds the same digest and aligns only the slices not yet
stored.

**New articles.** A finished run keeps the keys of every candidate pair it aligned
(state ``reuse-aligned``, with a digest of the options and the reuse code). The next
run aligns only the candidate pairs not among them, so articles added to a large
store cost their own pairs, not a new alignment of the corpus; the relations already
stored are kept. It also starts from the saved index (state ``reuse-index``, with the
same digest) and the stored spin scores: only new articles are fingerprinted and
scored. Other options or another version of the reuse code start the
relations afresh. A corpus built up over several runs can so keep a relation that one
run over the whole corpus would not align (a pair that was among an article's best
candidates before a newer copy displaced it): kept, because it was found.

Writes kinds ``relations`` and ``families`` plus the ``family_id`` annotation of every
article (an article alone is its own family); when the spin scorer is installed
(``copydesk.reuse.spin_score``) also kind ``spin`` and the ``spin_score``/``spun``
annotations. The candidate index is kept with ``save_state("reuse-index")`` so later
runs extend it and other engines can merge into it.

Sentence embeddings are used when the ``embed`` extra is installed
(:func:`copydesk.reuse.embed.load_embedder`); the summary line names the path taken
("lexical fingerprints" without them). With them, alignment runs in one process.
"""

from __future__ import annotations

import functools
import importlib
import io
import json
import logging
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import datetime
from itertools import islice
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import xxhash

import copydesk.reuse
from copydesk.methods import record_method
from copydesk.progress import Progress
from copydesk.records import Article, Family, Relation, RelationType
from copydesk.reuse import (
    ReuseOptions,
    align_slices,
    build_families,
    candidate_pairs,
    fingerprint_articles,
)
from copydesk.reuse.embed import MODEL_NAME, Embedder, load_embedder
from copydesk.reuse.index import ReuseIndex
from copydesk.reuse.lineage import sibling_sources, undirected
from copydesk.store import Store
from copydesk.wording import counted
from copydesk.workers import worker_count

log = logging.getLogger(__name__)

STATE = "reuse-index"
#: State naming the candidate pairs being aligned and how many slices of them are stored.
PROGRESS = "reuse-progress"
#: State with the keys of the candidate pairs that finished runs aligned.
ALIGNED = "reuse-aligned"
#: Articles read from the store at a time in the first pass.
BATCH = 1_000
#: Most processes that align candidate pairs by default (:mod:`copydesk.workers`; the
#: first pass and the store stay in this process and need a core of their own).
MAX_ALIGN_WORKERS = 2
#: A saved index larger than this is not kept: SQLite refuses values over 1 GB, and an
#: index that large is cheaper to rebuild than to read back.
MAX_STATE_BYTES = 900_000_000


def run(store: Store, progress: Progress) -> str:
    embed = load_embedder()
    index = _saved_index(store, _basis(ReuseOptions()))
    extending = len(index) > 0
    published: dict[str, datetime | None] = {}
    spin_module = _spin_module()
    scored = _stored_spin(store) if spin_module is not None and extending else {}
    spin_scores: list[Any] = []
    total = store.count_articles()
    if extending:
        dates = progress(store.iter_article_dates(), total=total, desc="reuse", unit="art")
        articles = _unseen(store, dates, index, scored if spin_module else None, published)
    else:
        articles = progress(store.iter_articles(), total=total, desc="reuse", unit="art")
    added = 0
    for batch in _batches(articles, BATCH):
        new = [a for a in batch if a.id not in index]
        published.update((a.id, a.published) for a in batch)
        prints = fingerprint_articles(new, embed)
        added += index.add(zip([a.id for a in new], prints, strict=True), published)
        if spin_module is not None:
            spin_scores.extend(spin_module.score_articles([a for a in batch if a.id not in scored]))

    edges, kinds, resumed = _align(store, index, progress, embed)
    # two copies of one source: neither copied the other, unless their relations say so
    shared = sibling_sources(edges, lambda e: _whole(store, e))
    if shared:
        full = (store.get_record("relations", rid) for rid in sorted(shared))
        store.add_records("relations", [undirected(r, shared[r.id]) for r in full
                                        if isinstance(r, Relation)])
        edges = [replace(e, original=None) if e.id in shared else e for e in edges]
    families = _families(edges, published)
    store.replace_records("families", families)
    store.annotate_articles("family_id", ((i, f.id) for f in families for i in f.article_ids))
    spin = _store_spin(store, spin_scores, scored) if spin_module is not None else ""
    if added or not extending:  # last: the spin scores it vouches for are stored
        _save_index(store, index)
    shown = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items())) or "none"
    multi = sum(1 for f in families if len(f.article_ids) > 1)
    note = f" (index of {len(index) - added} articles kept)" if extending else ""
    path = f"lexical fingerprints + {MODEL_NAME} embeddings" if embed else LEXICAL
    record_method(store, "reuse", path if embed else LEXICAL_METHOD)
    return (f"{len(edges)} relations ({shown}){resumed}; {multi} families of 2+ articles"
            f"{spin}; {path}{note}")


#: How relations were found without the embedding model, as the run's summary says it,
#: and as the report's "How this was made" says it.
LEXICAL = "lexical fingerprints"
LEXICAL_METHOD = (f"{LEXICAL} (names, numbers, function-word and word shingles; translations "
                  "found through shared names and numbers; no embedding model loaded: the "
                  "embed extra)")


def _unseen(
    store: Store,
    dates: Iterable[tuple[str, datetime | None]],
    index: ReuseIndex,
    scored: dict[str, Any] | None,
    published: dict[str, datetime | None],
) -> Iterator[Article]:
    """For a run that extends a saved index: every article's publication time (from
    ``dates``, read without the texts, into ``published``), then the whole articles of
    only those that the index lacks or, when spin is scored (``scored``), that have no
    stored score."""
    wanted = []
    for article_id, when in dates:
        published[article_id] = when
        if article_id not in index or (scored is not None and article_id not in scored):
            wanted.append(article_id)
    for lo in range(0, len(wanted), BATCH):
        yield from store.get_articles(wanted[lo : lo + BATCH])


def _saved_index(store: Store, basis: str) -> ReuseIndex:
    """The index a finished run saved, when the same code and options built it (its
    articles are then neither fingerprinted nor spin-scored again); else an empty one."""
    saved = store.load_state(STATE)
    if saved is not None:
        index = ReuseIndex.from_bytes(saved)
        if index.basis == basis:
            return index
    return ReuseIndex(basis)


def _save_index(store: Store, index: ReuseIndex) -> None:
    state = index.to_bytes()
    if len(state) <= MAX_STATE_BYTES:
        store.save_state(STATE, state)
    else:
        log.warning("reuse: index of %d MB not saved (over the store's limit)", len(state) >> 20)


def _align(
    store: Store, index: ReuseIndex, progress: Progress, embed: Embedder | None
) -> tuple[list[Relation], Counter[RelationType], str]:
    """Align the candidate pairs not aligned by earlier runs into the store, resuming
    stored progress (module doc).

    Returns the relations' edges (ids and direction), their count by type, and a note
    on what earlier runs had stored."""
    options = ReuseOptions()
    pairs = candidate_pairs(index, options)
    keys = _pair_keys(index, pairs)
    before = _aligned_before(store, options)
    todo = ~np.isin(keys, before) if before is not None else np.ones(len(keys), bool)
    pairs = (pairs[0][todo], pairs[1][todo], pairs[2][todo])
    key = _digest(index, pairs, options)
    start = _slices_done(store, key)
    slices = -(-len(pairs[0]) // copydesk.reuse.PAIR_SLICE)
    log.info("reuse: %d articles, %d candidate pairs to align", len(index), len(pairs[0]))
    edges: list[Relation] = []
    if start or before is not None:
        edges.extend(_stored_edges(store))
    if not start:  # progress first: killed between the two, the next run starts afresh too
        store.save_state(PROGRESS, json.dumps({"key": key, "done": 0}).encode())
        if before is None:
            store.replace_records("relations", ())
    # A slice stored just before a kill, with its progress not yet saved, is aligned
    # again; its relations replace themselves in the store and are counted once here.
    stored = {(e.a, e.b) for e in edges}
    workers = worker_count(slices - start, per_worker=2, cap=MAX_ALIGN_WORKERS)
    aligning = progress(
        align_slices(
            index, pairs, store.get_articles, options, embed, workers=workers, start=start
        ),
        total=slices - start, desc="align", unit="slice",
    )  # fmt: skip
    for number, found in aligning:
        store.add_records("relations", found)
        store.save_state(PROGRESS, json.dumps({"key": key, "done": number + 1}).encode())
        edges.extend(_edge(r) for r in found if (r.a, r.b) not in stored)
    union = keys if before is None else np.union1d(before, keys)
    store.save_state(ALIGNED, _aligned_state(options, union))
    kinds = Counter(e.type for e in edges)
    notes = []
    if before is not None:
        notes.append(f"{int(todo.sum())} of {len(keys)} candidate pairs new since the last run")
    if start:
        notes.append(f"{start} of {slices} pair slices stored by an earlier run")
    return edges, kinds, f" ({'; '.join(notes)})" if notes else ""


def _pair_keys(index: ReuseIndex, pairs: tuple[np.ndarray, np.ndarray, np.ndarray]) -> np.ndarray:
    """One 64-bit key per candidate pair, from its two ids in either order (article
    numbers change from run to run; ids do not)."""
    ids = np.fromiter((xxhash.xxh3_64_intdigest(i.encode()) for i in index.ids), np.uint64,
                      count=len(index.ids))
    x, y = ids[pairs[0]], ids[pairs[1]]
    low, high = np.minimum(x, y), np.maximum(x, y)
    return low * np.uint64(0x9E3779B97F4A7C15) ^ (high + np.uint64(0x632BE59BD9B4E019))


def _aligned_before(store: Store, options: ReuseOptions) -> np.ndarray | None:
    """The keys of the pairs finished runs aligned with this code and these options
    (None: no such run, so the relations start afresh)."""
    saved = store.load_state(ALIGNED)
    if saved is None:
        return None
    with np.load(io.BytesIO(saved), allow_pickle=False) as arrays:
        if str(arrays["basis"]) != _basis(options):
            return None
        return np.asarray(arrays["keys"], np.uint64)


def _aligned_state(options: ReuseOptions, keys: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.savez_compressed(buffer, basis=np.array(_basis(options)), keys=np.unique(keys))
    return buffer.getvalue()


def _basis(options: ReuseOptions) -> str:
    """What relations and an index stored earlier must share with this run to be kept:
    the reuse code and data, the options, and whether sentence embeddings are used."""
    return index_basis(options, embedded=load_embedder() is not None)


def index_basis(options: ReuseOptions, embedded: bool) -> str:
    """``_basis`` for a run that does (``embedded``) or does not use sentence embeddings:
    the Spark engine's runs are lexical, and its index is saved with this basis so that a
    local run after it extends the index instead of building it again."""
    path = MODEL_NAME if embedded else "lexical"
    return xxhash.xxh3_64_hexdigest(f"{_code_digest()}\n{options!r}\n{path}\n".encode())


def _digest(
    index: ReuseIndex, pairs: tuple[np.ndarray, np.ndarray, np.ndarray], options: ReuseOptions
) -> str:
    """What the stored progress must match for its relations to be these pairs'."""
    h = xxhash.xxh3_128()
    h.update(_basis(options).encode() + b"\n")
    for article_id in index.ids:
        h.update(article_id.encode() + b"\n")
    for array in pairs:
        h.update(np.ascontiguousarray(array).tobytes())
    return h.hexdigest()


@functools.cache
def _code_digest() -> str:
    """The reuse package's source and data (the spin model, word lists): relations, spin
    scores and an index stored by other code are not resumed."""
    h = xxhash.xxh3_64()
    package = Path(copydesk.reuse.__file__).parent
    for path in sorted([*package.glob("*.py"), *package.glob("data/*")]):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def _slices_done(store: Store, key: str) -> int:
    saved = store.load_state(PROGRESS)
    if saved is None:
        return 0
    progress = json.loads(saved)
    return int(progress["done"]) if progress.get("key") == key else 0


def _stored_edges(store: Store) -> Iterator[Relation]:
    """Edges of the relations an earlier run stored (three fields each, not whole
    records)."""
    types = store.iter_record_field("relations", "type")
    originals = store.iter_record_field("relations", "original")
    confidences = store.iter_record_field("relations", "confidence")
    quoting = store.iter_record_field("relations", "quoted_by")
    for (a, b, kind), (_a, _b, original), (_x, _y, confidence), (_q, _r, quoted_by) in zip(
            types, originals, confidences, quoting, strict=True):
        yield _stub(a, b, kind, original, float(confidence or 0.0), quoted_by)


def _batches(items: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while batch := list(islice(items, size)):
        yield batch


def _whole(store: Store, edge: Relation) -> Relation:
    """An edge's whole relation record (its reason and substitutions) from the store."""
    found = store.get_record("relations", edge.id)
    return found if isinstance(found, Relation) else edge


def _edge(relation: Relation) -> Relation:
    """What families and siblings need of a relation (ids, kind, direction, confidence):
    passages and reasons of millions of relations would not fit in memory, and they are
    in the store already."""
    return _stub(relation.a, relation.b, relation.type, relation.original,
                 relation.confidence, relation.quoted_by)


def _stub(a: str, b: str, kind: RelationType, original: str | None, confidence: float,
          quoted_by: str | None = None) -> Relation:
    """An edge, with the side that quotes the other with credit (``quoting``: such a
    relation joins no family); no reason."""
    return Relation(
        a=a, b=b, type=kind, confidence=confidence, original=original, reason="",
        passages=(), substitutions=(), quoted_by=quoted_by,
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


def _stored_spin(store: Store) -> dict[str, Any]:
    """Spin scores stored by earlier runs, by article id."""
    return {score.article_id: score for score in store.iter_records("spin")}


def _store_spin(store: Store, scores: list[Any], kept: dict[str, Any]) -> str:
    """Store the new ``scores`` beside the ``kept`` ones (all of them when none are kept)."""
    if kept:
        store.add_records("spin", scores)
    else:
        store.replace_records("spin", scores)
    every = [*kept.values(), *scores]
    store.annotate_articles("spin_score", ((s.article_id, s.score) for s in every))
    store.annotate_articles("spun", ((s.article_id, s.spun) for s in every))
    spun = sum(1 for s in every if s.spun)
    return f"; {counted(spun, 'article')} flagged as machine-spun"
