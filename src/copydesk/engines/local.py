"""The local engine: stream inputs through the cleaner into the store, then run the steps.

Ingest is written for a laptop over a folder of millions of files: inputs are
read one document at a time, cleaned in batches, and each batch is stored in
one transaction together with the list of inputs it finished. A killed run
therefore loses at most one batch; a rerun skips finished inputs and re-stores
nothing twice (ids are content hashes).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from copydesk.clean import Cleaner, CleanOptions
from copydesk.engines.steps import steps
from copydesk.ingest import Input, ReaderOptions, iter_inputs
from copydesk.ingest.parallel import read_inputs
from copydesk.ingest.rejections import RejectionCap
from copydesk.progress import Progress, silent
from copydesk.records import Article, RawDocument, Rejected
from copydesk.store import Store
from copydesk.workers import worker_count

log = logging.getLogger(__name__)

#: Documents per transaction. 200 keeps a batch's loss on a kill small while
#: the per-transaction cost stays well under 1 % of ingest time (demo corpus and
#: 10,000 generated articles, measured with bench/ingest.py).
BATCH_SIZE = 200


@dataclass
class IngestSummary:
    """What one ingest did; the CLI prints it and picks the exit status from it."""

    inputs: int = 0
    inputs_skipped: int = 0
    documents: int = 0
    stored: int = 0
    already_stored: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    #: Rejections an earlier run recorded for inputs skipped as unchanged: the run is
    #: still partial, and a rerun after an interruption must say so again.
    rejected_before: list[Rejected] = field(default_factory=list)
    #: Whether a field mapping was given: it does not make a stored input new again.
    mapped_fields: bool = False
    #: (source, fingerprint) of inputs read whole that the store has yet to record (the
    #: Spark engine's: it records them with its last batch of articles).
    finished: list[tuple[str, str]] = field(default_factory=list)

    @property
    def partial(self) -> bool:
        return bool(self.rejected or self.rejected_before or self.found_nothing)

    @property
    def found_nothing(self) -> bool:
        """No input at all under the paths given (an empty folder, or one of results
        only): the run had ended 0 with an empty report (a user-experience audit)."""
        return not (self.inputs or self.inputs_skipped or self.rejected)

    @property
    def rejected_records(self) -> int:
        """Records rejected: past an input's first rejections, one ``Rejected`` counts many."""
        return sum(r.count for r in self.rejected)

    def line(self) -> str:
        parts = [
            f"{self.inputs} input(s)",
            f"{self.documents} document(s) read",
            f"{self.stored} new article(s) stored",
            f"{self.already_stored} already in the store",
            f"{self.rejected_records} rejected",
        ]
        if self.rejected_before:
            parts.append(f"{sum(r.count for r in self.rejected_before)} rejected by an earlier "
                         "run of the skipped inputs (listed again)")
        if self.inputs_skipped:
            note = (" (a changed --field mapping re-reads only the files no article was "
                    "stored from; to read the others differently, ingest into a new --db)"
                    ) if self.mapped_fields else ""
            parts.insert(1, f"{self.inputs_skipped} unchanged since the last run, skipped{note}")
        return "ingest: " + ", ".join(parts)


def ingest_into(
    store: Store,
    paths: Sequence[str],
    *,
    progress: Progress = silent,
    options: CleanOptions | None = None,
    reader_options: ReaderOptions | None = None,
    batch_size: int = BATCH_SIZE,
    workers: int | None = None,
) -> IngestSummary:
    """Read, clean and store ``paths``; ``workers`` processes read single-article files
    (default: :func:`copydesk.workers.worker_count`, see :mod:`copydesk.ingest.parallel`)."""
    if workers is None:
        workers = worker_count(sys.maxsize, per_worker=1)
    summary = IngestSummary(mapped_fields=bool(reader_options and reader_options.fields))
    cleaner = Cleaner(options or CleanOptions())
    cleaner.site_lines.load(store.site_lines(cleaner.options.max_tracked_lines))
    batch = _Batch(store, cleaner, summary)
    skipped: set[str] = set()
    rejected_sources = {r.source for r in store.rejections()}
    stored_before = _stored_before(store, summary.mapped_fields, rejected_sources)
    inputs = read_inputs(iter_inputs(paths, reader_options), workers, stored_before)
    for item, docs in progress(inputs, desc="ingest", unit="file"):
        summary.inputs += 1
        if isinstance(item, Rejected):
            batch.rejected.append(item)
            continue
        if docs is None:
            summary.inputs_skipped += 1
            skipped.add(item.source)
            continue
        if item.source in rejected_sources:
            # Read again (it changed): what an earlier run rejected of it is replaced by
            # what this reading rejects, or by nothing once it is fixed.
            store.forget_rejections(item.source)
            rejected_sources.discard(item.source)
        batch.add(docs, batch_size)
        if item.fingerprint:
            batch.finished.append((item.source, item.fingerprint))
        if len(batch.finished) >= batch_size:
            batch.flush()
    batch.flush(last=True)
    if skipped:
        summary.rejected_before = [r for r in store.rejections() if r.source in skipped]
    for r in summary.rejected:
        log.debug("rejected %s#%s: %s", r.source, r.position, r.reason)
    return summary


def _stored_before(
    store: Store, mapped_fields: bool, rejected_sources: set[str]
) -> Callable[[Input], bool]:
    """Whether an input is stored already and unchanged, so that it is skipped unread.
    ``rejected_sources`` is the ingest's own set: it drops an input once it is read again."""
    def stored_before(item: Input) -> bool:
        if not item.fingerprint or not store.input_done(item.source, item.fingerprint):
            return False
        # A file an earlier run rejected whole is read again under a new --field mapping
        # (the rejections told the user to map its fields; the rerun had skipped it).
        return not (mapped_fields and item.source in rejected_sources
                    and not store.stored_from(item.source))
    return stored_before


@dataclass
class _Batch:
    """What an ingest has read and not stored yet: documents to clean, rejections, and the
    inputs they finish. A batch is stored in one transaction, so a killed run loses at
    most one, and an input is recorded as finished only with all it gave."""

    store: Store
    cleaner: Cleaner
    summary: IngestSummary
    pending: list[RawDocument] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    finished: list[tuple[str, str]] = field(default_factory=list)
    #: The reader's and the cleaner's rejections of each input.
    cap: RejectionCap = field(default_factory=RejectionCap)

    def add(self, docs: Iterable[RawDocument | Rejected], batch_size: int) -> None:
        """Take one input's documents, storing a batch whenever one is full."""
        for doc in docs:
            if isinstance(doc, Rejected):
                if self.cap.admit(doc) is not None:
                    self.rejected.append(doc)
                    if len(self.rejected) >= batch_size:
                        self.flush()
                continue
            self.summary.documents += 1
            self.pending.append(doc)
            if len(self.pending) >= batch_size:
                self.flush()

    def flush(self, last: bool = False) -> None:
        """Clean and store what is pending, with its rejections and finished inputs."""
        articles: list[Article] = []
        for result in self.cleaner.clean_batch(self.pending):
            if isinstance(result, Rejected):
                if self.cap.admit(result) is not None:
                    self.rejected.append(result)
            else:
                articles.append(result)
        # An input's counts are complete once it is read and cleaned: the batch that
        # records it as finished stores them (standard input's, the last batch).
        for source, _fingerprint in self.finished:
            self.rejected.extend(self.cap.counted(source))
        if last:
            self.rejected.extend(self.cap.all_counted())
        new, old = self.store.add_batch(articles, self.rejected,
                                        self.finished, self.cleaner.site_lines.take_changes())
        self.summary.stored += new
        self.summary.already_stored += old
        self.summary.rejected.extend(self.rejected)
        self.pending.clear()
        self.rejected.clear()
        self.finished.clear()


def run_steps(store: Store, *, progress: Progress = silent) -> list[str]:
    """Run every later stage over the store, in data-flow order; one summary line each."""
    lines = []
    for name, step in steps():
        log.info("running step %s", name)
        lines.append(f"{name}: {step(store, progress)}")
    return lines
