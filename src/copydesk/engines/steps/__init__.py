"""The stages after ingest, in the order ``copydesk run`` applies them.

Each step module exposes ``run(store, progress) -> str``: it reads what earlier
stages stored, calls its stage's pure functions, writes its records back in
batched transactions, and returns a one-line summary for the user. The order
is the data flow: families are needed by stories, stories by facts.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator

from copydesk.progress import Progress
from copydesk.store import Store

Step = Callable[[Store, Progress], str]

STEP_ORDER: tuple[str, ...] = ("reuse", "stories", "extract", "facts")


def steps() -> Iterator[tuple[str, Step]]:
    """The steps that this installation has, in order."""
    for name in STEP_ORDER:
        module_name = f"{__name__}.{name}"
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue
            raise
        yield name, module.run
