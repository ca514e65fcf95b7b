"""Progress bars for long work, on stderr, so stdout stays clean for exports.

Stages never print; the engine passes them a ``Progress`` factory and the CLI
decides whether bars are shown (``--quiet`` hides them, as does a non-terminal
stderr unless ``COPYDESK_PROGRESS=1``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import Protocol, TypeVar

from tqdm import tqdm

T = TypeVar("T")


class Progress(Protocol):
    def __call__(
        self, items: Iterable[T], *, total: int | None = None, desc: str = "", unit: str = "it"
    ) -> Iterator[T]: ...


def silent(
    items: Iterable[T], *, total: int | None = None, desc: str = "", unit: str = "it"
) -> Iterator[T]:
    """No bar: for tests, --quiet and library use."""
    yield from items


def bars(
    items: Iterable[T], *, total: int | None = None, desc: str = "", unit: str = "it"
) -> Iterator[T]:
    """A tqdm bar on stderr when stderr is a terminal (or COPYDESK_PROGRESS=1)."""
    enabled = sys.stderr.isatty() or os.environ.get("COPYDESK_PROGRESS") == "1"
    yield from tqdm(
        items,
        total=total,
        desc=desc,
        unit=unit,
        disable=not enabled,
        file=sys.stderr,
        dynamic_ncols=True,
        leave=False,
    )
