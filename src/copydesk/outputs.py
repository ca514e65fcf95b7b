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
import tempfile
from collections.abc import Iterable
from pathlib import Path

from copydesk.errors import UsageError

#: The list's file name (hidden, so folder walks never read it as an article).
MANIFEST = ".copydesk-outputs"
#: The report's fixed files (beside a page per story), which ``run`` writes too.
REPORT_FILES = ("index.html", "report.md", "report.json")


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


def check_output_folder(out: str | Path, option: str = "--out") -> None:
    """A usage error before any work when the results folder cannot be written (a
    read-only folder or disk, a file in the way): it failed after every step had run."""
    if not str(out).strip():
        # Path("") is the working folder: an unset variable in a cron job's "--out $DIR"
        # wrote the results over the files there (an input probe).
        raise UsageError(f"the results folder is empty: give {option} a folder name")
    if Path(out).exists() and not Path(out).is_dir():
        raise UsageError(f"{out}: a file is in the way of a folder (choose another {option})")
    try:
        Path(out).mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out):
            pass
    except OSError as exc:
        raise UsageError(f"cannot write results to {out}: {exc.strerror or exc} "
                         f"(choose a writable {option})") from exc


def check_not_theirs(out: str | Path, names: Iterable[str], option: str = "--out") -> None:
    """A usage error before any work when the results folder holds a file by one of the
    names copydesk writes that no manifest lists as copydesk's: a user-experience audit's
    "copydesk run . --out ." replaced its input articles.jsonl with the export (and the
    next run took that for copydesk's own file), and a report replaced a site's
    index.html."""
    folder = Path(out)
    listed = listed_outputs(folder)
    theirs = sorted(name for name in names
                    if name not in listed and (folder / name).exists())
    if theirs:
        raise UsageError(f"{folder} holds {', '.join(theirs)}, which copydesk did not write "
                         f"and would replace: choose another {option} (or move them)")


def check_output_file(path: str | None, option: str = "--output") -> None:
    """A usage error before any work when an output file cannot be made: a folder in
    its place, or a folder for it that does not exist (stdout, ``-`` or None, is fine)."""
    if path in (None, "-"):
        return
    target = Path(path)
    if target.is_dir():
        raise UsageError(f"{path} is a folder: give {option} a file name in it")
    if not target.parent.is_dir():
        raise UsageError(f"{target.parent}: no such folder (create it, or choose another "
                         f"{option})")
    if not os.access(target.parent, os.W_OK) or (target.exists() and not os.access(
            target, os.W_OK)):
        raise UsageError(f"cannot write {path} (choose a writable {option})")
