"""How many processes a step may use: one rule for ingest, reuse and extract.

``COPYDESK_WORKERS=N`` sets the number for every step. Otherwise a step uses one
process per available core, up to its cap, and only as many as its work fills: a
process costs its start (a forkserver child, and for spaCy a second to load the
pipeline), so a small corpus stays in one process. Results never depend on the
number: every step keeps its input order and gives the same records.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor

from copydesk.errors import UsageError

#: Most processes a step chooses by default: each holds its own copy of what it
#: needs (spaCy's pipeline is a few hundred MB), and the machines this is run on
#: range from 2-core laptops up.
MAX_WORKERS = 4


def available_cores() -> int:
    """Cores this process may run on (the container's or taskset's share, not the host's)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def worker_count(
    items: int,
    per_worker: int,
    cap: int = MAX_WORKERS,
    environ: Mapping[str, str] | None = None,
) -> int:
    """Processes for ``items`` units of work: ``COPYDESK_WORKERS`` when set, else one per
    available core up to ``cap``, with at least ``per_worker`` items each."""
    chosen = workers_from_env(environ)
    if chosen is not None:
        return chosen
    return max(1, min(available_cores(), cap, items // max(1, per_worker)))


def workers_from_env(environ: Mapping[str, str] | None = None) -> int | None:
    """``COPYDESK_WORKERS`` as a number, None when unset; a usage error when it is not
    a whole number ≥ 1."""
    env = os.environ if environ is None else environ
    chosen = env.get("COPYDESK_WORKERS", "").strip()
    if not chosen:
        return None
    if not chosen.isdigit() or int(chosen) < 1:
        raise UsageError(f"COPYDESK_WORKERS must be a whole number ≥ 1, not {chosen!r}")
    return int(chosen)


def process_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes whose members end when this process ends, even
    killed with SIGKILL: a pool's processes otherwise wait for work forever (seen after
    killing an ingest: its two readers and the forkserver stayed, asleep, holding their
    memory). forkserver, not fork: the web app runs steps in a thread, and forking a
    threaded process can copy a held lock."""
    context = multiprocessing.get_context("forkserver")
    return ProcessPoolExecutor(
        workers, mp_context=context, initializer=follow_parent, initargs=(os.getpid(),)
    )


def follow_parent(parent: int) -> None:
    """In a child process: exit as soon as ``parent`` is gone (checked every second)."""

    def watch() -> None:
        while True:
            time.sleep(1.0)
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:  # alive, another user's (cannot happen for a parent)
                continue

    threading.Thread(target=watch, name="follow-parent", daemon=True).start()


@contextlib.contextmanager
def quiet_children_on_interrupt() -> Iterator[None]:
    """For code that forks workers it does not own (spaCy's ``n_process``): on Ctrl-C this
    process raises KeyboardInterrupt as usual, and each forked child, which inherits the
    handler, exits at once. Each used to print its own KeyboardInterrupt traceback (80–100
    lines of spaCy and thinc frames). Only the main thread may set a handler; elsewhere
    (the web app's job thread) nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    parent = os.getpid()

    def interrupted(signum: int, frame: object) -> None:
        if os.getpid() != parent:
            os._exit(128 + signum)
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, interrupted)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextlib.contextmanager
def chosen(workers: int | None) -> Iterator[None]:
    """``COPYDESK_WORKERS`` set to ``workers`` for the duration (None: left as it is), for
    the commands' ``--workers`` option; the previous value comes back afterwards."""
    if workers is None:
        workers_from_env()  # a bad COPYDESK_WORKERS is said before any store or folder is made
        yield
        return
    if workers < 1:
        raise UsageError(f"--workers must be at least 1, not {workers}")
    before = os.environ.get("COPYDESK_WORKERS")
    os.environ["COPYDESK_WORKERS"] = str(workers)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("COPYDESK_WORKERS", None)
        else:
            os.environ["COPYDESK_WORKERS"] = before
