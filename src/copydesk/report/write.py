"""``write_report``: the static site (index + a page per story), Markdown and JSON.

The site is self-contained: styles are inlined, the lineage graphs are inline
SVG, there is no script, and each page carries a Content-Security-Policy that
forbids loading anything, so opening it makes no request to any host.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from datetime import timezone
from pathlib import Path
from typing import Any

from copydesk.methods import recorded_methods
from copydesk.outputs import REPORT_FILES, listed_outputs, record_outputs
from copydesk.progress import Progress, silent
from copydesk.records import Story
from copydesk.report.markdown import md_escape, story_markdown
from copydesk.report.render import page_name, render
from copydesk.report.views import story_view
from copydesk.store import Store
from copydesk.wording import counted

log = logging.getLogger(__name__)


def story_order(stories: Iterable[Story]) -> list[Story]:
    """Biggest independent coverage first, then most recent: what an analyst reads first."""
    return sorted(
        stories,
        key=lambda s: (
            -s.independent_sources,
            -s.articles,
            -(s.last_seen.timestamp() if s.last_seen else 0.0),
            s.id,
        ),
    )


def totals(store: Store) -> dict[str, int]:
    return {
        "articles": store.count_articles(),
        "stories": store.count_records("stories"),
        "relations": store.count_records("relations"),
        "families": store.count_records("families"),
        "copy_families": store.count_copy_families(),
        "facts": store.count_records("facts"),
    }


def _write(path: Path, text: str) -> None:
    """Write through a temporary file so a reader never sees half a page."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


#: What the report says of a store whose last run stopped before it finished.
INCOMPLETE = ("The last run into this store stopped before it finished: its records may be "
              "incomplete. Run it again to finish, then write the report again.")


def write_report(store: Store, out_dir: str | Path, *, progress: Progress = silent,
                 unfinished: bool = False) -> Path:
    """Write index.html, a story-*.html per story, report.md and report.json; return
    index.html. ``unfinished`` puts a warning on the index and in report.md: the store's
    last run stopped short, so its records may be incomplete (an input probe: only stderr
    said so, and a reader of the HTML was not told)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stories = story_order(store.iter_records("stories"))
    pages = {page_name(story.id) for story in stories}
    _remove_stale_pages(out, pages)
    record_outputs(out, (*REPORT_FILES, *pages))
    counts = totals(store)
    # The time the data reaches (the latest story's last article), not the wall clock:
    # the same store gives the same report, byte for byte.
    latest = max((s.last_seen for s in stories if s.last_seen is not None), default=None)
    as_of = latest.astimezone(timezone.utc).isoformat() if latest else None
    markdown = [
        "# copydesk report",
        "",
        f"{counted(counts['articles'], 'article')} · "
        f"{counted(counts['stories'], 'story', 'stories')} · "
        f"{counted(counts['relations'], 'reuse relation')} · {counted(counts['facts'], 'fact')}"
        f" · {'news up to ' + as_of if as_of else 'undated'}",
        "",
    ]
    if unfinished:
        markdown += [f"**Warning:** {md_escape(INCOMPLETE)}", ""]
    methods = recorded_methods(store)
    if methods:
        markdown += ["How this was made:", ""]
        markdown += [f"- {md_escape(step)}: {md_escape(how)}" for step, how in methods.items()]
        markdown.append("")
    json_path = out / "report.json"
    tmp_json = json_path.with_name("report.json.tmp")
    with tmp_json.open("w", encoding="utf-8") as fh:
        fh.write(f'{{"as_of": {json.dumps(as_of)}, "totals": {json.dumps(counts)}, '
                 f'"methods": {json.dumps(methods, ensure_ascii=False)}, "stories": [')
        for i, story in enumerate(progress(stories, total=len(stories), desc="report",
                                           unit="story")):
            view = story_view(store, story)
            if view is None:
                continue
            _write(out / page_name(story.id), render("story.html", view=view))
            markdown.append(story_markdown(view))
            data: dict[str, Any] = view.to_dict()
            data["page"] = page_name(story.id)
            fh.write(("," if i else "") + "\n" + json.dumps(data, ensure_ascii=False))
        fh.write("\n]}\n")
    os.replace(tmp_json, json_path)
    if not stories:
        markdown.append(md_escape("No stories yet: run copydesk run on a folder of articles."))
    _write(out / "report.md", "\n".join(markdown) + "\n")
    index = out / "index.html"
    _write(index, render("index.html", rows=stories, totals=counts, methods=methods,
                         warning=INCOMPLETE if unfinished else None))
    log.info("report: %d story pages in %s", len(stories), out)
    return index


def _remove_stale_pages(out: Path, pages: set[str]) -> None:
    """Delete story pages an earlier report wrote here (its manifest lists them) that this
    report does not write: a report of another store, or of stories since merged, left
    them beside the new index, reachable and wrong."""
    for name in listed_outputs(out) - pages:
        if name.startswith("story-") and name.endswith(".html"):
            (out / name).unlink(missing_ok=True)


__all__ = ["story_order", "totals", "write_report"]
