"""Uploads: files saved under safe names, ingested and analysed in a background thread.

One worker thread runs jobs one after another (SQLite has one writer; two runs
at once would only queue on its lock). A job's progress is a plain object the
request threads read through ``snapshot()``; the upload page polls it as JSON.
"""

from __future__ import annotations

import logging
import queue
import re
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypeVar

from copydesk.engines.local import ingest_into, run_steps
from copydesk.records import content_id
from copydesk.store import open_store

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Longest kept file name; the rest of a longer name is cut (the extension kept).
MAX_NAME = 120
#: Rejections a job lists one per line; the rest are counted on one line. A web probe's
#: 3 kB gzip of a million empty JSON lines made a 132 MB job status that the upload page
#: fetched again every 0.7 s (the command line still lists every one).
MAX_LISTED_REJECTIONS = 200
#: Finished jobs kept for their pages; older ones are forgotten (they had stayed in
#: memory for the server's life).
MAX_KEPT_JOBS = 50


def safe_filename(name: str | None, index: int) -> str:
    """A file name that cannot leave its folder: last path part only, a safe alphabet,
    no leading dot. The extension survives, since readers pick formats by it."""
    base = unicodedata.normalize("NFKC", name or "").replace("\\", "/").split("/")[-1]
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", base).lstrip("._-")
    if len(base) > MAX_NAME:
        stem, dot, ext = base.rpartition(".")
        keep_ext = dot and len(ext) <= 12
        base = (stem[: MAX_NAME - len(ext) - 1] + dot + ext) if keep_ext else base[:MAX_NAME]
    return base or f"upload-{index}"


@dataclass
class Job:
    id: str
    files: list[str]
    folder: Path
    state: str = "queued"
    stage: str = ""
    done: int = 0
    total: int | None = None
    lines: list[str] = field(default_factory=list)
    error: str | None = None
    created: float = field(default_factory=time.time)
    finished: float | None = None
    #: Ingest's counts, once it has run (None before): what a client checks rather than
    #: parsing ``lines``.
    stored: int | None = None
    already_stored: int | None = None
    rejected: int | None = None

    def snapshot(self) -> dict[str, Any]:
        return {
            "id": self.id, "state": self.state, "stage": self.stage, "done": self.done,
            "total": self.total, "files": list(self.files), "lines": list(self.lines),
            "error": self.error, "created": _iso(self.created), "finished": _iso(self.finished),
            "stored": self.stored, "already_stored": self.already_stored,
            "rejected": self.rejected,
        }


def _iso(stamp: float | None) -> str | None:
    """A job's time as every other time of the API is written (ISO 8601, UTC); epoch
    seconds had been the one exception."""
    if stamp is None:
        return None
    return datetime.fromtimestamp(stamp, timezone.utc).isoformat(timespec="seconds")


class JobRunner:
    """Saves uploads and runs ingest + every stage on them, one job at a time."""

    def __init__(self, db: str, uploads: Path, on_done: Callable[[], None] = lambda: None):
        self.db = db
        self.uploads = uploads
        self.on_done = on_done
        self.jobs: dict[str, Job] = {}
        self._queue: queue.Queue[Job] = queue.Queue()
        self._lock = threading.Lock()
        self._worker: threading.Thread | None = None

    def submit(self, files: Iterable[tuple[str | None, Any]]) -> Job:
        """Save ``(client file name, readable binary file)`` pairs and queue a job for them."""
        stamp = f"{time.time_ns()}"
        job_id = content_id("job", stamp, str(len(self.jobs)))
        folder = (self.uploads / job_id).resolve()
        folder.mkdir(parents=True, exist_ok=False)
        names: list[str] = []
        for i, (client_name, fh) in enumerate(files, 1):
            name = safe_filename(client_name, i)
            if name in names:
                name = f"{i}-{name}"
            target = (folder / name).resolve()
            if target.parent != folder:  # cannot happen after safe_filename; never write outside
                raise ValueError(f"unsafe upload name {client_name!r}")
            with target.open("wb") as out:
                while chunk := fh.read(1 << 20):
                    out.write(chunk)
            names.append(name)
        job = Job(job_id, names, folder)
        with self._lock:
            self._forget_old_jobs()
            self.jobs[job_id] = job
            self._queue.put(job)
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._work, name="copydesk-ingest",
                                                daemon=True)
                self._worker.start()
        return job

    def get(self, job_id: str) -> Job | None:
        return self.jobs.get(job_id)

    def _forget_old_jobs(self) -> None:
        """Keep the newest ``MAX_KEPT_JOBS`` finished jobs (and every unfinished one)."""
        finished = sorted((j for j in self.jobs.values() if j.finished is not None),
                          key=lambda j: (j.finished or 0.0, j.id))
        for job in finished[: max(0, len(finished) - MAX_KEPT_JOBS + 1)]:
            del self.jobs[job.id]

    def _work(self) -> None:
        while True:
            try:
                job = self._queue.get(timeout=5)
            except queue.Empty:
                with self._lock:
                    if self._queue.empty():
                        self._worker = None
                        return
                continue
            self._run(job)

    def _run(self, job: Job) -> None:
        job.state = "running"

        def progress(items: Iterable[T], *, total: int | None = None, desc: str = "",
                     unit: str = "it") -> Iterator[T]:
            job.stage, job.done, job.total = desc, 0, total
            for item in items:
                yield item
                job.done += 1

        store = open_store(self.db)
        state = "failed"
        try:
            summary = ingest_into(store, [str(job.folder)], progress=progress)
            job.stored, job.already_stored = summary.stored, summary.already_stored
            job.rejected = summary.rejected_records
            job.lines.append(summary.line())
            listed = summary.rejected[:MAX_LISTED_REJECTIONS]
            job.lines.extend(r.line(Path(r.source).name) for r in listed)
            if more := job.rejected - sum(r.count for r in listed):
                job.lines.append(
                    f"… and {more:,} more rejected "
                    "(`copydesk ingest` on the same files lists every one)")
            job.stage, job.done, job.total = "analyse", 0, None
            job.lines.extend(run_steps(store, progress=progress))
            # "partial" as the command line's exit status 3: some files were rejected (a
            # job whose only file was binary had ended "done").
            state = "partial" if summary.rejected else "done"
        except Exception as exc:  # a failed job is reported on its page, never lost
            log.exception("upload job %s failed", job.id)
            job.error = f"{type(exc).__name__}: {exc}"
        finally:
            store.close()
            job.finished = time.time()
            job.stage = ""
            self.on_done()
            # Last: a client that sees the job over finds its end time set and the story
            # list refreshed (the state had come first, and a poll could read a finished
            # job with no end time: a fresh clone's CI caught it).
            job.state = state


__all__ = ["Job", "JobRunner", "safe_filename"]
