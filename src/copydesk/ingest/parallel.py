"""Reading inputs in several processes, in input order.

Reading is most of ingest: for a folder of HTML pages, trafilatura's extraction
took 90 % of the time (cProfile, 2,000 pages of 32 KB: 19 s, 104 pages/s). Pages
are independent, so files that hold one article each (HTML and text, by name) are
read by a pool of processes while this one cleans and stores. Multi-record files
(JSON Lines, WARC, feeds) are still streamed here, a record at a time, so memory
stays that of one record however large they are; cleaning stays here too, because
it learns each site's chrome across articles in order.

Inputs come out in the order they went in, each with its documents, so the store
gets the same articles in the same order with any number of processes.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from copydesk.ingest.sources import Input, ReaderOptions, file_input, format_by_name
from copydesk.records import RawDocument, Rejected
from copydesk.workers import process_pool

#: Single-article files an input must have before a pool is started: a process
#: costs its start (a forkserver child importing the readers), more than a few
#: dozen pages take to read.
PARALLEL_AFTER = 64
#: Inputs held ahead per process once the pool runs (their documents wait here).
AHEAD_PER_WORKER = 8

Documents = Iterable[RawDocument | Rejected]
#: An input (or its rejection) and its documents: None when it needs no reading.
Read = tuple[Input | Rejected, Documents | None]


def read_inputs(
    items: Iterable[Input | Rejected], workers: int, done: Callable[[Input], bool]
) -> Iterator[Read]:
    """Each input with its documents, in input order; an input that ``done`` says a
    previous run stored in full is not read (its documents are None), nor is a
    rejection. With ``workers`` > 1, single-article files are read in that many
    processes once there are ``PARALLEL_AFTER`` of them."""
    if workers <= 1:
        for item in items:
            yield _serial(item, done)
        return
    ahead = _ReadAhead(workers)
    try:
        for item in items:
            ahead.add(item, done)
            while ahead.full():
                yield ahead.pop()
        while ahead.pending:
            yield ahead.pop()
    finally:
        ahead.close()


def _serial(item: Input | Rejected, done: Callable[[Input], bool]) -> Read:
    if isinstance(item, Rejected) or done(item):
        return item, None
    return item, item.documents()


def one_article_per_file(item: Input) -> bool:
    """A file the pool may read whole: HTML or text by its name (not standard input)."""
    return item.fingerprint is not None and format_by_name(item.source) in ("html", "text")


def read_file(path: bytes, options: ReaderOptions) -> list[RawDocument | Rejected]:
    """The documents of one file, in a pool process: opened by its own path (its source
    may be a name shown for it, ``ReaderOptions.relabel``, or escaped for display)."""
    return list(file_input(Path(os.fsdecode(path)), options).documents())


@dataclass
class _Entry:
    """An input waiting its turn: how it is to be read ("skip": not at all, "stream":
    here when its turn comes, "file": whole, by the pool), and the pool's work on it."""

    item: Input | Rejected
    how: Literal["skip", "stream", "file"]
    work: Future[list[RawDocument | Rejected]] | None = None


class _ReadAhead:
    """The inputs read ahead of the one being stored, and the pool reading them."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.pending: deque[_Entry] = deque()
        self._pool: ProcessPoolExecutor | None = None

    def add(self, item: Input | Rejected, done: Callable[[Input], bool]) -> None:
        if isinstance(item, Rejected) or done(item):
            self.pending.append(_Entry(item, "skip"))
        elif not one_article_per_file(item):
            self.pending.append(_Entry(item, "stream"))
        else:
            self.pending.append(_Entry(item, "file"))
            if self._pool is None:
                files = sum(1 for e in self.pending if e.how == "file")
                if files >= PARALLEL_AFTER:
                    self._pool = process_pool(self.workers)
                    for entry in self.pending:
                        self._submit(entry)
            else:
                self._submit(self.pending[-1])

    def _submit(self, entry: _Entry) -> None:
        if (entry.how == "file" and self._pool is not None and isinstance(entry.item, Input)
                and entry.item.path is not None):
            entry.work = self._pool.submit(read_file, entry.item.path, entry.item.options)

    def full(self) -> bool:
        limit = AHEAD_PER_WORKER * self.workers if self._pool is not None else PARALLEL_AFTER
        return len(self.pending) > limit

    def pop(self) -> Read:
        entry = self.pending.popleft()
        if entry.work is not None:
            return entry.item, entry.work.result()
        if entry.how == "skip" or isinstance(entry.item, Rejected):
            return entry.item, None
        return entry.item, entry.item.documents()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
