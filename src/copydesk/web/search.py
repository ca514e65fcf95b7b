"""Full-text search results with highlighted snippets that are safe to show, each
placed in its story.

The store marks matches in a snippet with control characters; the text around
them is untrusted, so it is escaped piece by piece, the marks become ``<mark>``,
and nh3 then keeps nothing but ``<mark>`` (a second line of defence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import nh3
from markupsafe import Markup, escape

from copydesk.errors import StoreError
from copydesk.records import Story
from copydesk.report.reading import StoryReading, read_story
from copydesk.scripts import UNSPACED, unspaced_phrase
from copydesk.store import Store
from copydesk.titles import shown_title

_START, _END = "\x02", "\x03"
#: Scripts written without spaces between words (see ``search_page``).
_UNSPACED = re.compile(f"[{UNSPACED}]")


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


#: A bare token of the query: what lies between spaces, quotes and brackets.
_BARE_TOKEN = re.compile(r'[^\s"()]+')
#: A token FTS5 reads as it stands: words, a prefix "dock*", an initial "^dock", a column
#: filter "title:dock", a phrase join "dock+strike".
_FTS5_TOKEN = re.compile(r"\^?\w+(?:[:+]\^?\w+)*\*?")
#: A column filter's opening: "title:" (a regression probe: 'title:"nurses end"' and
#: 'title:(strike OR lockout)' had become searches for the word "title").
_COLUMN = re.compile(r"\^?(?:title|text):", re.IGNORECASE)  # the index's two columns
#: A leading "-": a person's NOT, which FTS5 reads as a column filter; left for the
#: store's error to explain (searching the word would find what was excluded).
_NEGATED = re.compile(r"-\w+")


def quote_compounds(query: str) -> str:
    """The query with each word holding punctuation FTS5 has no syntax for quoted as a
    phrase, outside the query's own quotes, so that FTS5's syntax still works and the
    words are found as the index splits them: "all-night" finds all-night, "12,000",
    "AT&T", "9/11" and "U.S." are phrases, "dockworkers." and "strike," their word (a
    web probe: ordinary text ending in a full stop or a comma was a 400 from the API,
    while the search page answered it). A prefix's "*" stays outside the quotes;
    punctuation alone ("&", "-") is dropped; a NEAR group is left as written (its comma
    is syntax)."""
    if re.search(r"\bNEAR\s*\(|[{}]", query):
        return query  # a NEAR group's comma and a column set's braces are syntax
    parts = query.split('"')
    parts[::2] = [_BARE_TOKEN.sub(_quoted, p) for p in parts[::2]]
    return '"'.join(parts)


def _quoted(match: re.Match[str]) -> str:
    token = match.group()
    if _FTS5_TOKEN.fullmatch(token) or _NEGATED.fullmatch(token) or token == "-":
        return token  # ("-" alone: FTS5's error says what to do, not a search for it all)
    column = _COLUMN.match(token)
    if column:  # 'title:' before a phrase or brackets; 'title:strike,' quotes 'strike,'
        rest = token[column.end():]
        return column.group() + (_quoted_word(rest) if rest else "")
    return _quoted_word(token)


def _quoted_word(token: str) -> str:
    core, star = (token[:-1], "*") if token.endswith("*") else (token, "")
    return f'"{core}"{star}' if re.search(r"\w", core) else ""


#: A bare word holding "ß" or "ss" (not a prefix query "stras*").
_SHARP_S_WORD = re.compile(r"\w*(?:ß|ss|SS)\w*")
_OPERATORS = ("AND", "OR", "NOT")


def sharp_s_alternatives(query: str) -> str:
    """The query with each bare word holding "ß" or "ss" searched in both spellings.

    The index's tokenizer folds accents but not "ß" (unicode61 keeps it a letter of its
    own), so "Hafenstrasse", as Swiss papers and keyboards without the letter write it,
    had not found "Hafenstraße". FTS5 takes no implicit AND beside brackets, so an
    alternative group is joined to its neighbours by an explicit one. A query with
    column filters, NEAR groups or phrase joins is left as written."""
    if re.search(r"[:{}^+]|\bNEAR\b", query):
        return query
    tokens = _QUERY_TOKEN.findall(query)
    if not any(_SHARP_S_WORD.fullmatch(t) for t in tokens):
        return query
    out: list[str] = []
    for token in tokens:
        word = _SHARP_S_WORD.fullmatch(token) and token not in _OPERATORS
        if word:
            other = token.replace("ß", "ss") if "ß" in token else (
                token.replace("ss", "ß").replace("SS", "ß"))
            token = f'("{token}" OR "{other}")'
        if out and (word or token == "(" or out[-1].endswith(")")) and _joins(out[-1], token):
            out.append("AND")
        out.append(token)
    return " ".join(out)


def _joins(before: str, after: str) -> bool:
    """Whether two tokens are operands side by side (an implicit AND)."""
    return before not in (*_OPERATORS, "(") and after not in (*_OPERATORS, ")")


#: Matches above which results come last stored first instead of by relevance: bm25 ranks
#: every match before the first page is known, ~5.6 µs a match (100,000-article store,
#: bench/web_pages.py), so 10,000 matches keep a page near 60 ms.
RANK_LIMIT = 10_000


@dataclass(frozen=True)
class Results:
    hits: list[dict[str, Any]]
    has_next: bool
    total: int | None
    order: str
    query: str
    #: Searched as plain words: the query was no valid FTS5 syntax (``lenient``).
    plain: bool = False


def search_page(
    store: Store, query: str, page: int, per_page: int, *, lenient: bool = True,
    order: str = "auto",
) -> Results:
    """One page of hits. ``order`` is "rank", "recent" or "auto" (rank unless more than
    RANK_LIMIT articles match). ``lenient`` retries a query that is not valid FTS5
    syntax as plain words instead of failing."""
    offset = (page - 1) * per_page
    asked, query = query, quote_compounds(query)
    plain = False
    total: int | None
    if not re.search(r"\w", query):
        if lenient:  # "*", "-", "(": nothing a person could have meant to find
            return Results([], False, 0, "rank", query)
        raise StoreError(f"bad search query {query!r}: it holds no word to search for")
    terms = [t for t in re.findall(r'[^\s"()*]+', query)
             if t.upper() not in ("AND", "OR", "NOT", "NEAR")]
    expression = unspaced_expression(query)
    if terms and expression is not None:
        # Chinese and Japanese run their words together, and the word index keeps a run
        # as one token: "修理" inside "修理のため" was not found (a web probe). The store
        # finds such terms as written (SQLite: an index of character pairs), with the
        # query's AND, OR, NOT and brackets.
        positive = [t for t in terms if not _negated(query, t)] or terms
        try:
            rows, total = store.search_substrings(positive, limit=per_page + 1, offset=offset,
                                                  expression=expression)
        except StoreError:
            # An operator with nothing on one side ("修 AND", "NOT 修", "(修"): a server
            # error on the page and the API alike (a web probe). Leniently, every term
            # as written.
            if not lenient:
                raise
            rows, total = store.search_substrings(terms, limit=per_page + 1, offset=offset)
            plain = True
        order = "recent"
    else:
        searched = sharp_s_alternatives(query)
        try:
            total = store.count_matches(searched)
        except StoreError as exc:
            fallback = lenient_query(query)
            if not lenient and asked != query:
                raise StoreError(f"{exc} (the query as sent: {asked!r})") from exc
            if not lenient or not fallback:
                raise
            query, plain = fallback, True
            searched = sharp_s_alternatives(query)
            total = store.count_matches(searched)
        if not total and _UNSPACED.search(query):
            # A term mixing those scripts with others ("2025年"): looked for as written.
            rows, total = store.search_substrings(terms, limit=per_page + 1, offset=offset)
            order = "recent"
        else:
            if order == "auto":
                order = "recent" if total is not None and total > RANK_LIMIT else "rank"
            rows = store.search(searched, limit=per_page + 1, offset=offset, order=order)
    hits = [
        {**row, "snippet": _plain(row.get("snippet")),
         "snippet_html": snippet_html(row.get("snippet"))}
        for row in rows[:per_page]
    ]
    return Results(hits, len(rows) > per_page, total, order, query, plain)


def placed(store: Store, hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each hit with its title as every page shows it, its ``story`` and, where its story
    page numbers it, its ``source`` there (number and role: "original", "spun copy of
    [1]"): six identical snippets of one wire's copies gave no hint which was the
    original. A story is read once however many of its articles match."""
    readings: dict[str, StoryReading | None] = {}
    out = []
    for hit in hits:
        story_id = store.annotations(hit["id"]).get("story_id")
        if story_id and story_id not in readings:
            story = store.get_record("stories", story_id)
            readings[story_id] = read_story(store, story) if isinstance(story, Story) else None
        reading = readings.get(story_id) if story_id else None
        source = reading.source(hit["id"]) if reading is not None else None
        if source is not None:
            title = source.title
        elif hit.get("title"):
            title = shown_title(hit["title"])
        else:
            article = store.get_article(hit["id"])
            title = shown_title(None, article.text if article else "")
        out.append({**hit, "title": title, "source": source,
                    "story": reading.story if reading is not None else None})
    return out


_QUERY_TOKEN = re.compile(r'"[^"]*"|[()]|[^\s()"]+')


def unspaced_expression(query: str) -> str | None:
    """The query as an expression over the index of character pairs, its operators and
    brackets kept, when every term is Chinese or Japanese; None otherwise (a regression
    probe: "修理 OR 火災" had required both, "修理 NOT 東京" found what it excluded)."""
    out: list[str] = []
    for token in _QUERY_TOKEN.findall(query):
        if token in ("(", ")") or token in ("AND", "OR", "NOT"):
            out.append(token)
            continue
        phrase = unspaced_phrase(token.strip('"'))
        if phrase is None:
            return None
        out.append(phrase)
    terms = [t for t in out if t not in ("(", ")", "AND", "OR", "NOT")]
    return " ".join(out) if terms else None


def _negated(query: str, term: str) -> bool:
    return re.search(rf"\bNOT\s+\(?\s*\"?{re.escape(term)}", query) is not None


__all__ = ["RANK_LIMIT", "Results", "lenient_query", "placed", "quote_compounds", "search_page",
           "sharp_s_alternatives", "snippet_html", "unspaced_expression"]
