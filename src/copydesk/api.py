"""copydesk's Python API: one function per command, the CLI is a thin layer over these.

>>> from copydesk import run
>>> summary = run(["articles/"], db="copydesk.db", out="out")   # doctest: +SKIP
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from copydesk.engines.local import IngestSummary, ingest_into, run_steps
from copydesk.engines.steps.stories import check_profile_name, choose_profile
from copydesk.errors import CopydeskError, UsageError
from copydesk.exports import EXPORT_KINDS, export_rows, export_schema, write_export
from copydesk.ingest import ReaderOptions, own_outputs
from copydesk.outputs import (
    REPORT_FILES,
    check_not_theirs,
    check_output_file,
    check_output_folder,
    record_outputs,
)
from copydesk.progress import Progress, silent
from copydesk.store import Store, check_writable, open_existing_store, open_store

log = logging.getLogger(__name__)

DEFAULT_DB = "copydesk.db"
DEFAULT_OUT = "out"


@dataclass
class RunSummary:
    """What ``run`` did: the ingest summary, one line per later stage, and where the results are."""

    ingest: IngestSummary
    steps: list[str] = field(default_factory=list)
    exports: dict[str, Path] = field(default_factory=dict)
    report: Path | None = None

    @property
    def partial(self) -> bool:
        return self.ingest.partial


def ingest(
    paths: Sequence[str],
    db: str = DEFAULT_DB,
    *,
    fields: dict[str, tuple[str, ...]] | None = None,
    progress: Progress = silent,
) -> IngestSummary:
    """Read, clean and store articles from files, folders, or "-" (standard input).

    ``fields`` maps JSON Lines fields: ``{"text": ("body",)}``.
    """
    _check_inputs(paths)
    check_writable(db)
    store = open_store(db)
    try:
        return ingest_into(
            store, paths, progress=progress, reader_options=_readers(fields, db)
        )
    finally:
        store.close()


def run(
    paths: Sequence[str],
    db: str = DEFAULT_DB,
    out: str = DEFAULT_OUT,
    *,
    fields: dict[str, tuple[str, ...]] | None = None,
    progress: Progress = silent,
    engine: str = "local",
    stories: str | None = None,
) -> RunSummary:
    """The main job: ingest, every later stage, the exports and the report, into ``out``.

    ``stories`` names the stories step's option profile (``live``, the default, or
    ``archive``: stories/options.py); the store keeps it for later runs.

    ``engine="spark"`` runs the stages over Spark (extra ``copydesk[spark]``) and
    writes ``out/{articles,relations,stories,facts}.parquet`` (docs/spark.md).
    """
    _check_inputs(paths)
    if engine not in ("local", "spark"):
        raise UsageError(f"unknown engine {engine!r}; choose local or spark")
    check_writable(db)
    if stories is not None:
        check_profile_name(stories)
        _choose_stories_profile(db, stories)
    remote = "://" in str(out)
    if remote and engine != "spark":
        # A local run wrote "--out s3a://bucket/x" into a folder named "s3a:" in the
        # working folder and said it had written to the bucket (a Spark probe).
        raise UsageError(f"--out {out} is a URI: the local engine writes to a folder on "
                         "this machine (choose a folder, or run with --engine spark)")
    made = not remote and not Path(out).exists()
    if not remote:
        check_output_folder(out)
        if engine != "spark":
            check_not_theirs(out, (*(f"{kind}.jsonl" for kind in EXPORT_KINDS), *REPORT_FILES))
    try:
        store = open_store(db)
        if engine == "spark":
            _check_spark_store(store, db)
    except CopydeskError:
        if made and Path(out).is_dir() and not any(Path(out).iterdir()):
            Path(out).rmdir()  # a refused run leaves no empty results folder behind
        raise
    if engine == "spark":
        store.close()
        from copydesk.engines.spark.job import run_spark

        readers = _readers(fields, db)
        done = run_spark(paths, db, out, progress=progress, reader_options=readers)
        return RunSummary(ingest=done.ingest, steps=done.steps, exports=dict(done.tables))
    try:
        store.save_state(_UNFINISHED, b"1")  # cleared when the run ends; see unfinished_run
        summary = RunSummary(
            ingest=ingest_into(
                store, paths, progress=progress, reader_options=_readers(fields, db)
            )
        )
        summary.steps = run_steps(store, progress=progress)
        out_dir = Path(out)
        out_dir.mkdir(parents=True, exist_ok=True)
        record_outputs(out_dir, (f"{kind}.jsonl" for kind in EXPORT_KINDS))
        for kind in EXPORT_KINDS:
            target = out_dir / f"{kind}.jsonl"
            write_export(export_rows(store, kind), target, "jsonl", export_schema(kind))
            summary.exports[kind] = target
        summary.report = _write_report(store, out_dir)
        store.save_state(_UNFINISHED, b"")
        return summary
    finally:
        store.close()


def _check_spark_store(store: Store, db: str) -> None:
    """The Spark engine fills a new store: its reuse and stories steps work on the
    articles of its own run, and over a store holding an earlier run's they replaced
    that store's relations, stories and facts with this run's alone (a parity probe: 45
    relations fell to 1, 9 stories to 5, and 29 articles lost their story). Refused
    before Spark starts, with what to do instead."""
    held = store.count_articles()
    if held:
        store.close()
        raise UsageError(
            f"{db} already holds {held} article(s): the Spark engine fills a new store. "
            "Give a new --db, or add these inputs to this store with the local engine "
            "(--engine local), which also resumes a Spark run that was stopped midway"
        )


#: Set in the store while ``run`` works, cleared when it has written the results.
_UNFINISHED = "run_unfinished"


def unfinished_run(db: str) -> bool:
    """Whether the last ``run`` into the store ``db`` stopped before it finished
    (interrupted or killed): the next run keeps what it stored and finishes the rest,
    and says so. False for a store that does not exist yet."""
    if db != ":memory:" and not Path(db).is_file():
        return False
    store = open_existing_store(db)
    try:
        return bool(store.load_state(_UNFINISHED))
    finally:
        store.close()


#: What ``export``, ``report`` and ``serve`` say of a store whose last run stopped short.
UNFINISHED_WARNING = ("copydesk: warning: the last run into this store stopped before it "
                      "finished, so its records may be incomplete (run it again to finish)")


def _choose_stories_profile(db: str, name: str) -> None:
    """Keep the stories profile in the store before any work (a usage error when the
    store was grouped with another one, or the name is unknown)."""
    store = open_store(db)
    try:
        choose_profile(store, name)
    finally:
        store.close()


def _check_inputs(paths: Sequence[str]) -> None:
    """A usage error, before any store or folder is made, when no input path exists (a
    mistyped path); one missing path among others is a rejection and the run goes on."""
    missing = [p for p in paths if p != "-" and not os.path.lexists(p)]
    if paths and len(missing) == len(paths):
        raise UsageError(f"no such file or folder: {', '.join(missing)} (check the path)")


def _readers(fields: dict[str, tuple[str, ...]] | None, db: str) -> ReaderOptions:
    """Reader options with the field mapping, leaving out what the run itself writes."""
    return ReaderOptions(fields=dict(fields or {}), skip=own_outputs(db))


def _write_report(store: Store, out_dir: Path) -> Path:
    """The run's report. Imported here, not at the top: the other commands need neither
    jinja2 nor the report's modules. A failing import is an error like any other (it had
    been caught and logged at INFO, and a run without its report looked complete)."""
    from copydesk.report import write_report

    return write_report(store, out_dir)


def export(
    kind: str,
    db: str = DEFAULT_DB,
    fmt: str = "jsonl",
    output: str | None = None,
) -> int:
    """Write one kind of record (articles, relations, stories…) as JSON Lines, CSV or Parquet."""
    check_output_file(output)
    store = open_existing_store(db)
    try:
        return write_export(export_rows(store, kind), output, fmt, export_schema(kind))
    finally:
        store.close()


def demo(out: str = "copydesk-demo", *, progress: Progress = silent) -> RunSummary:
    """Run the main job on the bundled demo corpus into ``out`` (store included)."""
    from copydesk.demo import corpus_dir

    check_output_folder(out)
    return run([str(corpus_dir())], db=str(Path(out) / "copydesk.db"), out=out, progress=progress)
