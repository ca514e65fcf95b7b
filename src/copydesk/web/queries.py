"""Story listing, filtering and paging for the web app and its JSON API.

Stories are few next to articles (a 100,000-article store has some thousands),
so the list is read once into memory and filtered there; the cache is keyed on
the store file's modification times, so a run writing new stories (or an
upload finishing) is picked up by the next request without a restart.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from math import ceil
from typing import Any

from copydesk.errors import UsageError
from copydesk.records import Story
from copydesk.report.render import in_utc
from copydesk.report.write import story_order
from copydesk.reuse.fingerprints import fold_text
from copydesk.store import Store

SORTS = ("independent", "recent", "articles")
MAX_PER_PAGE = 100


_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class StoryFilter:
    """What the story list is narrowed to; every field optional."""

    text: str = ""
    date_from: date | None = None
    date_to: date | None = None
    min_sources: int = 0
    min_independent: int = 0
    sort: str = "independent"

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            # A reversed range matched stories overlapping it backwards, silently.
            raise UsageError(f"date_from ({self.date_from}) is after date_to "
                             f"({self.date_to}): swap them")

    def matches(self, s: Story) -> bool:
        if s.sources < self.min_sources or s.independent_sources < self.min_independent:
            return False
        first = in_utc(s.first_seen).date() if s.first_seen else None  # the pages' clock
        last = in_utc(s.last_seen).date() if s.last_seen else first
        if self.date_from and (last is None or last < self.date_from):
            return False
        if self.date_to and (first is None or first > self.date_to):
            return False
        if self.text:  # accents folded, as the search box's index folds them
            needle = fold_text(self.text).casefold()  # casefold: "Straße" is "strasse"
            # Each word is the start of a word of the title or keywords: "salt" finds
            # Saltmere, "script" no longer finds a story through its keyword "javascript".
            hay = _WORD.findall(fold_text(" ".join((s.title, *s.keywords))).casefold())
            if not all(any(h.startswith(word) for h in hay) for word in _WORD.findall(needle)):
                return False
        return True


def apply(stories: Sequence[Story], f: StoryFilter) -> list[Story]:
    chosen = [s for s in stories if f.matches(s)]
    if f.sort == "recent":
        chosen.sort(key=lambda s: s.last_seen.timestamp() if s.last_seen else float("-inf"),
                    reverse=True)
    elif f.sort == "articles":
        chosen.sort(key=lambda s: (-s.articles, s.id))
    return chosen


@dataclass(frozen=True)
class Page:
    items: list[Any]
    page: int
    per_page: int
    total: int | None

    @property
    def pages(self) -> int | None:
        return None if self.total is None else max(1, ceil(self.total / self.per_page))

    @property
    def has_next(self) -> bool:
        return self.pages is not None and self.page < self.pages


def paginate(items: Sequence[Any], page: int, per_page: int) -> Page:
    start = (page - 1) * per_page
    return Page(list(items[start:start + per_page]), page, per_page, len(items))


def parse_date(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{name}: expected a date as YYYY-MM-DD, got {value!r}") from None


#: The largest number a page's query may carry (the JSON API's bound on ``page`` too):
#: SQLite's integers stop at 2**63, and no store has a millionth page.
MAX_QUERY_INT = 1_000_000


def parse_int(value: str | None, name: str, minimum: int = 0, default: int = 0) -> int:
    if value is None or value == "":
        return default
    digits = value.strip()
    # int() takes "1_0", "+5" and other scripts' digits ("١", which the API refused: a web
    # probe); a page number is ASCII digits, and "-1" is a number below the minimum.
    if not re.fullmatch(r"-?[0-9]+", digits):
        raise UsageError(f"{name}: expected a whole number, got {value[:40]!r}")
    number = int(digits)
    if number < minimum:
        raise UsageError(f"{name}: must be at least {minimum}")
    if number > MAX_QUERY_INT:
        raise UsageError(f"{name}: must be at most {MAX_QUERY_INT:,}")
    return number


class StoryCache:
    """Stories of one store file, reloaded when the file (or its WAL) changes."""

    def __init__(self, db: str) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._key: tuple[Any, ...] | None = None
        self._stories: list[Story] = []

    def _signature(self) -> tuple[Any, ...]:
        parts: list[Any] = []
        for suffix in ("", "-wal"):
            try:
                st = os.stat(self.db + suffix)
                parts.append((st.st_mtime_ns, st.st_size))
            except OSError:
                parts.append(None)
        return tuple(parts)

    def invalidate(self) -> None:
        with self._lock:
            self._key = None

    def stories(self, store: Store) -> list[Story]:
        key = self._signature()
        with self._lock:
            if key != self._key:
                self._stories = story_order(store.iter_records("stories"))
                self._key = key
            return self._stories


def story_summary(s: Story) -> dict[str, Any]:
    """A story as a list entry (the API's /api/stories items)."""
    return {
        "id": s.id, "title": s.title, "thread_id": s.thread_id,
        "first_seen": in_utc(s.first_seen).isoformat() if s.first_seen else None,
        "last_seen": in_utc(s.last_seen).isoformat() if s.last_seen else None,
        "articles": s.articles, "sources": s.sources,
        "independent_sources": s.independent_sources, "keywords": list(s.keywords),
        "article_ids": list(s.article_ids),
    }


__all__ = [
    "MAX_PER_PAGE",
    "MAX_QUERY_INT",
    "SORTS",
    "Page",
    "StoryCache",
    "StoryFilter",
    "apply",
    "paginate",
    "parse_date",
    "parse_int",
    "story_summary",
]
