"""The list of what copydesk wrote into a folder, so no later run reads it as input.

A results folder often sits inside the folder of articles (``copydesk run . --out
out``), or is that folder itself (``--out .``), and an ``ingest`` later walks it
without knowing which folder was ``--out``: the exports would come back as JSON Lines
articles and the report pages as HTML ones. So every writer lists its files in the
folder's ``MANIFEST`` before writing them, and folder walks leave out what a
manifest lists (and the ``.tmp`` files they are written through).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

#: The list's file name (hidden, so folder walks never read it as an article).
MANIFEST = ".copydesk-outputs"


def record_outputs(folder: str | Path, names: Iterable[str]) -> None:
    """Add ``names`` (files or folders directly in ``folder``) to its manifest."""
    folder = Path(folder)
    known = listed_outputs(folder)
    wanted = known | set(names)
    if wanted == known:
        return
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / (MANIFEST + ".tmp")
    tmp.write_text("".join(f"{name}\n" for name in sorted(wanted)), encoding="utf-8")
    os.replace(tmp, folder / MANIFEST)


def listed_outputs(folder: str | Path) -> frozenset[str]:
    """The names the manifest of ``folder`` lists (none when it has no manifest)."""
    try:
        text = (Path(folder) / MANIFEST).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return frozenset()
    return frozenset(line for line in text.splitlines() if line)


def is_listed(name: str, listed: frozenset[str]) -> bool:
    """Whether a file or folder called ``name`` is a listed output or its temporary file."""
    return name in listed or (name.endswith(".tmp") and name[:-4] in listed)
