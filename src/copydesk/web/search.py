"""Full-text search results with highlighted snippets that are safe to show.

The store marks matches in a snippet with control characters; the text around
them is untrusted, so it is escaped piece by piece, the marks become ``<mark>``,
and nh3 then keeps nothing but ``<mark>`` (a second line of defence).
"""

from __future__ import annotations

import re
from typing import Any

import nh3
from markupsafe import Markup, escape

from copydesk.errors import StoreError
from copydesk.store import Store

_START, _END = "\x02", "\x03"


def snippet_html(snippet: str | None) -> Markup:
    text = snippet or ""
    parts = re.split(f"({_START}|{_END})", text)
    html = []
    for part in parts:
        if part == _START:
            html.append("<mark>")
        elif part == _END:
            html.append("</mark>")
        else:
            html.append(str(escape(part)))
    return Markup(nh3.clean("".join(html), tags={"mark"}, attributes={}))


def _plain(snippet: str | None) -> str:
    return (snippet or "").replace(_START, "").replace(_END, "")


def lenient_query(query: str) -> str:
    """The query's words, each quoted: what a person typing into a search box means."""
    words = re.findall(r"\w+", query)
    return " ".join(f'"{w}"' for w in words)


def search_page(
    store: Store, query: str, page: int, per_page: int, *, lenient: bool = True
) -> tuple[list[dict[str, Any]], bool]:
    """One page of hits and whether there is a next one. ``lenient`` retries a query
    that is not valid FTS5 syntax as plain words instead of failing."""
    offset = (page - 1) * per_page
    try:
        rows = store.search(query, limit=per_page + 1, offset=offset)
    except StoreError:
        fallback = lenient_query(query)
        if not lenient or not fallback:
            raise
        rows = store.search(fallback, limit=per_page + 1, offset=offset)
    hits = [
        {**row, "snippet": _plain(row.get("snippet")),
         "snippet_html": snippet_html(row.get("snippet"))}
        for row in rows[:per_page]
    ]
    return hits, len(rows) > per_page


__all__ = ["lenient_query", "search_page", "snippet_html"]
