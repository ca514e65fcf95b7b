"""Ingest over Spark: the local engine's readers and cleaner, applied per partition.

Files are the unit of reading: the driver lists the inputs (the same
``iter_inputs`` walk as the local engine), executors open them and run the same
readers, so every format the local engine reads is read here too. Parquet
tables, which the local engine does not take, are read by Spark and each row
goes through the JSON Lines field mapping, so a column named ``maintext`` or
``text`` is found exactly as in a JSON line.

Cleaning is where order matters: the cleaner learns each site's repeated chrome
as it streams, batch by batch. To give byte-identical articles, the driver
replays the local engine's batching from the per-input document counts (a
number per file, not the texts) and each document carries its local batch
number. Documents are then partitioned by site and cleaned in that batch order;
since the cleaner's memory is keyed by site, a site's documents see exactly the
counts they would see locally. The local engine keeps the first copy of an
article id; so does this one (smallest input position).
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from copydesk.clean import Cleaner, CleanOptions, site_key
from copydesk.engines.local import BATCH_SIZE, IngestSummary
from copydesk.ingest import ReaderOptions, iter_inputs
from copydesk.ingest.jsonl import read_jsonl
from copydesk.ingest.rejections import capped, listed_rejections
from copydesk.ingest.sources import display_path
from copydesk.records import Article, RawDocument, Rejected

#: Parquet inputs are told apart by name: a ``.parquet`` file, or a folder whose
#: files are Parquet parts (what Spark itself writes).
PARQUET_SUFFIX = ".parquet"

Keyed = tuple[int, int, Any]  # (input index, accepted-document ordinal, document or rejection)


@dataclass
class Listing:
    """What the driver found: file inputs, Parquet tables, stdin documents, rejections."""

    #: (idx, path, fingerprint or None). The fingerprints are stored with the articles,
    #: so that a later local run skips these inputs unchanged, as it skips its own.
    files: list[tuple[int, str, str | None]] = field(default_factory=list)
    #: Each file's own path as bytes, for the executors: its source is only its display
    #: form (a parity probe's files named with a line break, a tab or a Latin-1 byte were
    #: rejected on Spark as having "vanished between listing and reading").
    paths: dict[int, bytes] = field(default_factory=dict)
    parquet: list[tuple[int, str]] = field(default_factory=list)
    stdin: list[Keyed] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    inputs: int = 0


def list_inputs(paths: Sequence[str], options: ReaderOptions | None = None) -> Listing:
    listing = Listing()
    idx = 0
    for raw in paths:
        if raw.endswith(PARQUET_SUFFIX) or _is_parquet_dir(raw):
            listing.parquet.append((idx, raw))
            listing.inputs += 1
            idx += 1
            continue
        for item in iter_inputs([raw], options):
            listing.inputs += 1
            if isinstance(item, Rejected):
                listing.rejected.append(item)
            elif item.source == "-":
                listing.stdin.extend(_read_one(idx, item.documents()))
                listing.files.append((idx, "-", None))
            else:
                listing.files.append((idx, item.source, item.fingerprint))
                listing.paths[idx] = item.path if item.path is not None else \
                    os.fsencode(item.source)
            idx += 1
    return listing


def _is_parquet_dir(raw: str) -> bool:
    """A folder that is one Parquet table: every entry a Parquet part (Spark's "_SUCCESS"
    and hidden checksums aside). A folder of articles that also holds a Parquet file, or
    copydesk's own results (rerunning with --out inside the input), is a folder to walk:
    read as a table, its other files had been dropped without a word, or the run had
    crashed on them (a parity probe)."""
    from pathlib import Path

    from copydesk.outputs import MANIFEST

    path = Path(raw)
    if not path.is_dir() or (path / MANIFEST).exists():
        return False
    entries = [p for p in path.iterdir() if not p.name.startswith((".", "_"))]
    return bool(entries) and all(p.suffix == PARQUET_SUFFIX for p in entries)


def _read_one(idx: int, docs: Iterator[RawDocument | Rejected]) -> list[Keyed]:
    out: list[Keyed] = []
    k = 0
    for doc in docs:
        if isinstance(doc, Rejected):
            out.append((idx, -1, doc))
        else:
            out.append((idx, k, doc))
            k += 1
    return out


def read_file(idx: int, path: bytes, options: ReaderOptions | None) -> list[Keyed]:
    """Executor side: one input (its path as bytes) through the local readers."""
    name = os.fsdecode(path)
    found = [item for item in iter_inputs([name], options) if not isinstance(item, Rejected)]
    if not found:
        return [(idx, -1, Rejected(display_path(name), "vanished between listing and reading"))]
    return _read_one(idx, listed_rejections(found[0].source, found[0].documents()))


def parquet_row_document(
    source: str, row_number: int, row: dict[str, Any], options: ReaderOptions | None
) -> RawDocument | Rejected:
    """One Parquet row through the JSON Lines field mapping (``position`` = row number)."""
    line = json.dumps(row, ensure_ascii=False, default=_json_default).encode("utf-8") + b"\n"
    for doc in read_jsonl(source, io.BytesIO(line), options or ReaderOptions()):
        if isinstance(doc, Rejected):
            return replace(doc, position=row_number)
        return replace(doc, position=row_number)
    return Rejected(source, "empty row", row_number)


def _json_default(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def replay_batches(
    files: list[tuple[int, str, str | None]], accepted: dict[int, int],
    batch_size: int = BATCH_SIZE,
) -> tuple[dict[int, tuple[int, int]], int]:
    """For each file input, (batch number, pending count) when its first document
    arrives, as ``ingest_into`` would flush; and the number of batches used."""
    start: dict[int, tuple[int, int]] = {}
    batch = pending = finished = 0
    for idx, _path, fingerprint in files:
        start[idx] = (batch, pending)
        n = accepted.get(idx, 0)
        if n:
            total = pending + n
            batch += total // batch_size
            pending = total % batch_size
            if total >= batch_size:
                finished = 0
        if fingerprint:  # a local run records such an input as read, in the batch
            finished += 1
        if finished >= batch_size:
            batch += 1
            pending = finished = 0
    return start, batch + 1


def batch_of(start: tuple[int, int], k: int, batch_size: int = BATCH_SIZE) -> int:
    batch, pending = start
    return batch + (pending + k) // batch_size


def clean_sorted(
    docs: Iterator[tuple[tuple[int, int, int], RawDocument]], options: CleanOptions | None
) -> Iterator[tuple[tuple[int, int], Article | Rejected]]:
    """Executor side: documents sorted by (batch, input, ordinal) → cleaned, batch by batch."""
    cleaner = Cleaner(options or CleanOptions())
    current: int | None = None
    keys: list[tuple[int, int]] = []
    pending: list[RawDocument] = []

    def flush() -> Iterator[tuple[tuple[int, int], Article | Rejected]]:
        yield from zip(keys, cleaner.clean_batch(pending), strict=True)
        keys.clear()
        pending.clear()

    for (batch, idx, k), doc in docs:
        if batch != current and pending:
            yield from flush()
        current = batch
        keys.append((idx, k))
        pending.append(doc)
    if pending:
        yield from flush()


def ingest_articles(
    session: Any,
    paths: Sequence[str],
    *,
    reader_options: ReaderOptions | None = None,
    clean_options: CleanOptions | None = None,
) -> tuple[Any, IngestSummary]:
    """Read and clean every input; return an RDD of (order, Article), one per id, and the summary.

    ``order`` is (input index, document ordinal): sorted, it is the local engine's
    storing order, so later stages that stream articles in that order see the
    same sequence.
    """
    sc = session.sparkContext
    listing = list_inputs(paths, reader_options)
    summary = IngestSummary(inputs=listing.inputs, rejected=list(listing.rejected),
                            finished=[(path, f) for _i, path, f in listing.files if f])
    slices = max(1, min(len(listing.files), sc.defaultParallelism))
    wanted = [(i, listing.paths[i]) for i, p, _ in listing.files if p != "-"]
    raw = sc.parallelize(wanted, slices).flatMap(lambda e: read_file(e[0], e[1], reader_options))
    if listing.stdin:
        raw = raw.union(sc.parallelize(listing.stdin, 1))
    for idx, table in listing.parquet:
        raw = raw.union(_parquet_documents(session, idx, table, reader_options))
    raw = raw.persist(_disk_level())
    accepted: dict[int, int] = {}
    for counts, rejected in raw.mapPartitions(_tally).collect():
        for idx, n in counts.items():
            accepted[idx] = accepted.get(idx, 0) + n
        summary.rejected.extend(rejected)
    summary.documents = sum(accepted.values())
    starts, n_batches = replay_batches(listing.files, accepted)
    for idx, _table in listing.parquet:
        starts[idx] = (n_batches, 0)
        n_batches += accepted.get(idx, 0) // BATCH_SIZE + 1

    def keyed(t: Keyed) -> tuple[tuple[int, int, int], RawDocument]:
        idx, k, doc = t
        return (batch_of(starts[idx], k), idx, k), doc

    partitions = max(1, sc.defaultParallelism)
    docs = raw.filter(lambda t: t[1] >= 0).map(keyed)
    # Partition by site (hash of the site key), sort each partition by local order.
    sited = docs.map(lambda kd: ((_stable_hash(site_key(kd[1])), *kd[0]), kd[1]))
    ordered = sited.repartitionAndSortWithinPartitions(
        numPartitions=partitions,
        partitionFunc=lambda key: key[0],
        keyfunc=lambda key: (key[1], key[2], key[3]),
    )
    cleaned = ordered.mapPartitions(
        lambda it: clean_sorted(((k[1:], d) for k, d in it), clean_options)
    ).persist(_disk_level())
    n_clean = 0
    for counts, rejected in cleaned.map(lambda t: (0, 0, t[1])).mapPartitions(_tally).collect():
        n_clean += counts.get(0, 0)
        summary.rejected.extend(rejected)
    articles = (
        cleaned.filter(lambda t: isinstance(t[1], Article))
        .map(lambda t: (t[1].id, (t[0], t[1])))
        .reduceByKey(lambda x, y: x if x[0] <= y[0] else y)
        .map(lambda kv: kv[1])
        .persist(_disk_level())
    )
    n_articles = int(articles.count())
    summary.stored = n_articles
    summary.already_stored = n_clean - n_articles
    raw.unpersist()
    cleaned.unpersist()
    # The cleaner's rejections, capped per input with the readers' (capped on the executors).
    summary.rejected = capped(summary.rejected)
    summary.rejected.sort(key=lambda r: (r.source, r.position or 0))
    return articles, summary


def _tally(items: Iterator[Keyed]) -> Iterator[tuple[dict[int, int], list[Rejected]]]:
    """One partition's accepted documents per input, and its rejections."""
    counts: dict[int, int] = {}
    rejected: list[Rejected] = []
    for idx, _k, item in items:
        if isinstance(item, Rejected):
            rejected.append(item)
        else:
            counts[idx] = counts.get(idx, 0) + 1
    yield counts, rejected


def _stable_hash(text: str) -> int:
    """A hash that is the same in every Python worker (``hash()`` is salted per process)."""
    import zlib

    return zlib.crc32(text.encode("utf-8"))


def _parquet_documents(
    session: Any, idx: int, table: str, options: ReaderOptions | None
) -> Any:
    frame = _instants_as_text(session.read.parquet(table))
    rows = frame.rdd.zipWithIndex()

    def convert(pair: tuple[Any, int]) -> Keyed:
        row, number = pair
        doc = parquet_row_document(table, number + 1, row.asDict(recursive=True), options)
        return (idx, -1 if isinstance(doc, Rejected) else number, doc)

    return rows.map(convert)


def _instants_as_text(frame: Any) -> Any:
    """Timestamp columns (instants) as ISO text with their offset. Collected as they are,
    PySpark gives them as naive datetimes in the worker's local time, which copydesk then
    read as UTC: a parity probe's Parquet times were all five hours early on a machine in
    New York. Timestamps without a zone (TIMESTAMP_NTZ) stay as written."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import TimestampType

    zone = frame.sparkSession.conf.get("spark.sql.session.timeZone")
    for column in frame.schema.fields:
        if isinstance(column.dataType, TimestampType):
            # in UTC, as the local engine writes the same time read from JSON Lines
            frame = frame.withColumn(column.name, F.date_format(
                F.to_utc_timestamp(F.col(column.name), zone), "yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'"))
    return frame


def _disk_level() -> Any:
    from pyspark import StorageLevel

    return StorageLevel.MEMORY_AND_DISK
