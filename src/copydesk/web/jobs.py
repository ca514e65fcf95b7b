"""Uploads: files saved under safe names, ingested and analysed in the background.

One worker thread runs jobs one after another (SQLite has one writer; two runs
at once would only queue on its lock); under ``serve`` each job runs in a process of
its own at a lower priority, and the thread passes its progress on. A job's progress
is a plain object the request threads read through ``snapshot()``; the upload page
polls it as JSON.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import io
import logging
import multiprocessing
import os
import queue
import re
import shutil
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypeVar

from copydesk.engines.local import ingest_into, run_steps
from copydesk.ingest import ReaderOptions
from copydesk.records import content_id
from copydesk.store import open_store
from copydesk.workers import follow_parent

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
#: Jobs queued or running at once (``serve --max-queued-jobs``): each POST had queued
#: another, its files on disk, without bound.
MAX_QUEUED_JOBS = 10
#: What the uploads folder may hold (``serve --max-upload-storage-mb``): the files of
#: ingested jobs are deleted oldest first to stay under it (it had grown by every
#: upload, across restarts). 20 uploads of the largest size a request may carry.
MAX_UPLOAD_STORAGE_BYTES = 1000 * 1024 * 1024
#: A job's folder name (``content_id``): the only folders the pruning deletes.
_JOB_FOLDER = re.compile(r"[0-9a-f]{16}")


class UploadRefused(Exception):
    """An upload the server will not take now: ``status`` is the HTTP status (429 or
    507), the message says what to do."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


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

    def update(self, **fields: Any) -> None:
        """Set fields of the job as a run reports them; ``lines`` are added to its own."""
        for name, value in fields.items():
            if name == "lines":
                self.lines.extend(value)
            else:
                setattr(self, name, value)

    def snapshot(self) -> dict[str, Any]:
        return {
            "id": self.id, "state": self.state, "stage": self.stage, "done": self.done,
            "total": self.total, "files": list(self.files), "lines": list(self.lines),
            "error": self.error, "created": _iso(self.created), "finished": _iso(self.finished),
            "stored": self.stored, "already_stored": self.already_stored,
            "rejected": self.rejected,
        }


def _size(fh: Any) -> int:
    """The bytes left to read in an uploaded file (a spooled temporary file)."""
    here = fh.tell()
    fh.seek(0, io.SEEK_END)  # (SpooledTemporaryFile.seek returns None before 3.11)
    end = fh.tell()
    fh.seek(here)
    return int(end - here)


def _save(folder: Path, files: list[tuple[str | None, Any]]) -> list[str]:
    """Write each uploaded file into ``folder`` under a safe name; the names."""
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
    return names


def _job_folders(uploads: Path) -> list[tuple[int, str, int]]:
    """``(modified ns, name, bytes)`` of each job's folder in ``uploads``, oldest first:
    folders named as jobs are (an earlier server's too), never a link or anything else
    a user put there."""
    found = []
    try:
        entries = list(os.scandir(uploads))
    except FileNotFoundError:
        return []
    for entry in entries:
        if not _JOB_FOLDER.fullmatch(entry.name) or not entry.is_dir(follow_symlinks=False):
            continue
        try:
            size = sum(f.stat(follow_symlinks=False).st_size for f in os.scandir(entry.path)
                       if f.is_file(follow_symlinks=False))
            found.append((entry.stat(follow_symlinks=False).st_mtime_ns, entry.name, size))
        except OSError:  # unreadable, or deleted meanwhile: neither counted nor deleted
            continue
    return sorted(found)


def _iso(stamp: float | None) -> str | None:
    """A job's time as every other time of the API is written (ISO 8601, UTC); epoch
    seconds had been the one exception."""
    if stamp is None:
        return None
    return datetime.fromtimestamp(stamp, timezone.utc).isoformat(timespec="seconds")


class JobRunner:
    """Saves uploads and runs ingest + every stage on them, one job at a time."""

    def __init__(self, db: str, uploads: Path, on_done: Callable[[], None] = lambda: None,
                 *, max_queued: int = MAX_QUEUED_JOBS,
                 max_storage: int = MAX_UPLOAD_STORAGE_BYTES, niceness: int | None = None):
        self.db = db
        self.uploads = uploads
        self.on_done = on_done
        self.max_queued = max_queued
        self.max_storage = max_storage
        #: A number: jobs run in a process of their own, this much lower in priority
        #: (``serve --job-niceness``); None: in a thread of this one (tests stub the
        #: stages there).
        self.niceness = niceness
        self.jobs: dict[str, Job] = {}
        self._queue: queue.Queue[Job] = queue.Queue()
        self._lock = threading.Lock()
        self._worker: threading.Thread | None = None
        #: Bytes promised to jobs whose files are still being saved (outside the lock):
        #: counted as theirs, so two uploads arriving together cannot both take the
        #: same room.
        self._saving: dict[str, int] = {}

    def submit(self, files: Iterable[tuple[str | None, Any]]) -> Job:
        """Save ``(client file name, readable binary file)`` pairs and queue a job for them;
        ``UploadRefused`` when the queue is full or the files would not fit in the uploads
        folder's allowance (nothing is saved then)."""
        pairs = list(files)
        incoming = sum(_size(fh) for _, fh in pairs)
        with self._lock:
            self._check_room(incoming)
            stamp = f"{time.time_ns()}"
            job_id = content_id("job", stamp, str(len(self.jobs)))
            folder = (self.uploads / job_id).resolve()
            folder.mkdir(parents=True, exist_ok=False)
            job = Job(job_id, [], folder)
            self.jobs[job_id] = job  # counted as queued while its files are saved
            self._saving[job_id] = incoming
        try:
            job.files = _save(folder, pairs)
        except BaseException as exc:
            with self._lock:
                del self.jobs[job_id]
                del self._saving[job_id]
            shutil.rmtree(folder, ignore_errors=True)
            if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
                raise UploadRefused(507, "the disk holding the uploads folder is full: "
                                    "free some space, or start `copydesk serve` with a "
                                    "smaller --max-upload-storage-mb") from exc
            raise
        with self._lock:
            del self._saving[job_id]
            self._forget_old_jobs()
            self._queue.put(job)
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._work, name="copydesk-ingest",
                                                daemon=True)
                self._worker.start()
        return job

    def get(self, job_id: str) -> Job | None:
        return self.jobs.get(job_id)

    def _check_room(self, incoming: int) -> None:
        """Refuse a job past the queue limit, or files that cannot fit in the uploads
        folder's allowance; otherwise delete the folders of ingested jobs, oldest first,
        until they fit. Called under the lock."""
        waiting = [j for j in self.jobs.values() if j.finished is None]
        if len(waiting) >= self.max_queued:
            jobs = f"{len(waiting)} upload job" + ("s are" if len(waiting) != 1 else " is")
            raise UploadRefused(429, f"{jobs} queued or running, "
                                "the most this server takes (--max-queued-jobs): wait for "
                                "one to finish and send the files again")
        busy = {j.id for j in waiting}
        folders = [(stamp, name, max(size, self._saving.get(name, 0)))
                   for stamp, name, size in _job_folders(self.uploads)]
        held = sum(size for _, name, size in folders if name in busy)
        limit_mb = self.max_storage / (1024 * 1024)
        if held + incoming > self.max_storage:
            raise UploadRefused(507, f"these files ({incoming / (1024 * 1024):.1f} MB) "
                                "would take the uploads folder past its "
                                f"{limit_mb:g} MB (--max-upload-storage-mb) even with "
                                "every ingested upload deleted: send fewer files at "
                                "once, wait for queued jobs to finish, or raise the limit")
        total = sum(size for _, _, size in folders) + incoming
        for _, name, size in folders:  # oldest first
            if total <= self.max_storage:
                break
            if name in busy:
                continue
            shutil.rmtree(self.uploads / name, ignore_errors=True)
            log.info("deleted uploaded files of job %s (--max-upload-storage-mb %g)",
                     name, limit_mb)
            total -= size

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
        state = "failed"
        try:
            if self.niceness is not None:
                state = _in_process_of_its_own(self.db, job, self.niceness)
            else:
                state = run_job(self.db, job.folder, job.id, job.update)
        except Exception as exc:  # a failed job is reported on its page, never lost
            log.exception("upload job %s failed", job.id)
            job.error = f"{type(exc).__name__}: {exc}"
        finally:
            job.finished = time.time()
            job.stage = ""
            self.on_done()
            # Last: a client that sees the job over finds its end time set and the story
            # list refreshed (the state had come first, and a poll could read a finished
            # job with no end time: a fresh clone's CI caught it).
            job.state = state


#: How much lower a job process's priority is than the server's (``os.nice``;
#: ``serve --job-niceness``): the server answers pages first, the job takes the CPU time
#: left. bench/web_queued.py, 2 cores at load ~10: pages during a job took a median 30 ms
#: (p95 76) with the job in a thread, 12.7 ms (p95 37) in a process at 10, 18.5 (p95 71)
#: at 0; the job took 90, 259 and 117 s.
JOB_NICENESS = 10
#: Seconds between two progress messages of a job process.
PROGRESS_EVERY = 0.2


def run_job(db: str, folder: Path, job_id: str, update: Callable[..., None]) -> str:
    """Ingest an upload's folder and run every stage; ``update(field=value, …)`` reports
    the job's progress, counts and lines as they come. Returns the job's end state
    ("done", or "partial" when some files were rejected); raises on failure."""
    last = 0.0

    def progress(items: Iterable[T], *, total: int | None = None, desc: str = "",
                 unit: str = "it") -> Iterator[T]:
        nonlocal last
        done = 0
        update(stage=desc, done=0, total=total)
        for item in items:
            yield item
            done += 1
            if time.monotonic() - last >= PROGRESS_EVERY:
                last = time.monotonic()
                update(done=done)
        update(done=done)

    store = open_store(db)
    try:
        # Sources name the upload as its user did, "upload:<job>/<file>": the folder's
        # path is the server's (it had been shown in pages, exports and the API).
        named = ReaderOptions(relabel=(str(folder), f"upload:{job_id}"))
        summary = ingest_into(store, [str(folder)], progress=progress, reader_options=named)
        lines = [summary.line()]
        listed = summary.rejected[:MAX_LISTED_REJECTIONS]
        lines.extend(r.line(Path(r.source).name) for r in listed)
        if more := summary.rejected_records - sum(r.count for r in listed):
            lines.append(f"… and {more:,} more rejected "
                         "(`copydesk ingest` on the same files lists every one)")
        update(stored=summary.stored, already_stored=summary.already_stored,
               rejected=summary.rejected_records, lines=lines)
        update(stage="analyse", done=0, total=None)
        update(lines=run_steps(store, progress=progress))
    finally:
        store.close()
    # "partial" as the command line's exit status 3: some files were rejected (a job
    # whose only file was binary had ended "done").
    return "partial" if summary.rejected else "done"


def _in_process_of_its_own(db: str, job: Job, niceness: int) -> str:
    """Run a job in a process of its own at a lower priority, passing its progress back:
    in a thread of the server it held the interpreter's lock against every request
    (bench/web_queued.py). forkserver, not fork: the server has threads."""
    context = multiprocessing.get_context("forkserver")
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(target=_job_process, name=f"copydesk-job-{job.id}",
                              args=(db, str(job.folder), job.id, sending, os.getpid(),
                                    niceness))
    process.start()
    _RUNNING.add(process)
    sending.close()
    state = "failed"
    with receiving:
        while True:
            try:
                message = receiving.recv()
            except EOFError:
                break
            if "state" in message:
                state = message.pop("state")
            job.update(**message)
    process.join()
    _RUNNING.discard(process)
    if state == "failed" and job.error is None:
        job.error = f"the job's process ended with exit code {process.exitcode}"
    return state


#: Job processes running: ended when the server exits. multiprocessing waits for a
#: process that is not a daemon (and a job's is not, as it starts pools of its own), so
#: Ctrl-C had waited for the job to finish.
_RUNNING: set[multiprocessing.process.BaseProcess] = set()


@atexit.register
def _end_jobs() -> None:
    for process in list(_RUNNING):
        process.terminate()
        process.join(10)


def _job_process(db: str, folder: str, job_id: str, sending: Any, parent: int,
                 niceness: int) -> None:
    """A job process: lowered priority, ended with the server, every update sent back."""
    follow_parent(parent)
    if niceness:
        with contextlib.suppress(OSError, AttributeError):  # (no os.nice on Windows)
            os.nice(niceness)
    with sending:
        try:
            state = run_job(db, Path(folder), job_id, lambda **fields: sending.send(fields))
        except Exception as exc:
            log.exception("upload job %s failed", job_id)
            sending.send({"error": f"{type(exc).__name__}: {exc}"})
        else:
            sending.send({"state": state})


__all__ = ["JOB_NICENESS", "MAX_QUEUED_JOBS", "MAX_UPLOAD_STORAGE_BYTES", "Job", "JobRunner",
           "UploadRefused", "run_job", "safe_filename"]
