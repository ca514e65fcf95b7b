"""The analyst's report: a self-contained static site, Markdown and JSON, from the store.

``write_report(store, out_dir)`` is what ``copydesk run`` and ``copydesk report``
call. ``story_view`` gathers what a story page shows; the web app renders the
same views with the same templates.
"""

from __future__ import annotations

from pathlib import Path

from copydesk.outputs import REPORT_FILES, check_not_theirs, check_output_folder
from copydesk.progress import Progress, silent
from copydesk.report.views import StoryView, story_view
from copydesk.report.write import write_report
from copydesk.store import open_existing_store


def report(db: str, out: str, *, progress: Progress = silent, unfinished: bool = False) -> Path:
    """Write the report of the store ``db`` into ``out``; return the path of its index.html.
    ``unfinished``: the store's last run stopped short, and the report says so."""
    store = open_existing_store(db)
    try:
        check_output_folder(out)
        check_not_theirs(out, REPORT_FILES)
        return write_report(store, out, progress=progress, unfinished=unfinished)
    finally:
        store.close()


__all__ = ["StoryView", "report", "story_view", "write_report"]
