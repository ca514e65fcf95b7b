"""Progress bars for long work, on stderr, so stdout stays clean for exports.

Stages never print; the engine passes them a ``Progress`` factory and the CLI
decides whether bars are shown (``--quiet`` hides them, as does a non-terminal
stderr unless ``COPYDESK_PROGRESS=1``).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterable, Iterator
from typing import Protocol, TypeVar

from tqdm import tqdm

T = TypeVar("T")


class Progress(Protocol):
    def __call__(
        self, items: Iterable[T], *, total: int | None = None, desc: str = "", unit: str = "it"
    ) -> Iterator[T]: ...


#: Set when the user pressed Ctrl-C (see ``interrupts_stick``).
_interrupted = False


def _check(items: Iterable[T]) -> Iterator[T]:
    for item in items:
        if _interrupted:
            raise KeyboardInterrupt
        yield item


@contextlib.contextmanager
def interrupts_stick() -> Iterator[None]:
    """Ctrl-C (or SIGTERM) stops the command even when its KeyboardInterrupt is swallowed: Python
    ignores an exception raised inside a finaliser (``__del__``), and an ingest probe's
    Ctrl-C, landing in one while a library compiled its patterns, printed "Exception
    ignored" and let the run go on to its end (3 of 10 tries). The signal is remembered,
    and every progress step raises again until the command ends. Main thread only."""
    global _interrupted
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupted(signum: int, frame: object) -> None:
        global _interrupted
        _interrupted = True
        raise KeyboardInterrupt

    _interrupted = False
    previous = signal.signal(signal.SIGINT, interrupted)
    # A SIGTERM (kill, a scheduler's stop) stops it the same way and says so: it had
    # ended at once with status 143 and no word of how to resume (a user-experience audit)
    previous_term = signal.signal(signal.SIGTERM, interrupted)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        signal.signal(signal.SIGTERM, previous_term)
        _interrupted = False


def silent(
    items: Iterable[T], *, total: int | None = None, desc: str = "", unit: str = "it"
) -> Iterator[T]:
    """No bar: for tests, --quiet and library use."""
    yield from _check(items)


def bars(
    items: Iterable[T], *, total: int | None = None, desc: str = "", unit: str = "it"
) -> Iterator[T]:
    """A tqdm bar on stderr when stderr is a terminal (or COPYDESK_PROGRESS=1)."""
    enabled = sys.stderr.isatty() or os.environ.get("COPYDESK_PROGRESS") == "1"
    yield from _check(tqdm(
        items,
        total=total,
        desc=desc,
        unit=unit,
        disable=not enabled,
        file=sys.stderr,
        dynamic_ncols=True,
        leave=False,
    ))
