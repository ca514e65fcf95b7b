"""What every store offers, so stages' results can live in SQLite or in Parquet (Spark).

The local engine, the report and the web app talk to this interface only; the
SQLite store is the default implementation, opened on ``":memory:"`` in tests.
"""

from __future__ import annotations

import abc
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any

from copydesk.records import Article, Rejected

#: Per-article values later stages add; exported as extra article columns.
ANNOTATIONS: tuple[str, ...] = ("family_id", "story_id", "spin_score", "spun")


#: Characters of a substring snippet on each side of the match.
SNIPPET_CONTEXT = 40


def substring_snippet(text: str, term: str) -> str:
    """The text around the first ``term``, the match marked as the word index marks it
    (\x02 … \x03), cut with " … "."""
    at = text.find(term)
    if at < 0:
        return text[: 2 * SNIPPET_CONTEXT]
    start, end = max(0, at - SNIPPET_CONTEXT), min(len(text), at + len(term) + SNIPPET_CONTEXT)
    return ((" … " if start else "") + text[start:at] + "\x02" + term + "\x03"
            + text[at + len(term) : end] + (" … " if end < len(text) else ""))


class Store(abc.ABC):
    """Articles, rejections, stage records and stage state, written batch by batch."""

    @abc.abstractmethod
    def add_batch(
        self,
        articles: Sequence[Article],
        rejected: Sequence[Rejected] = (),
        done_inputs: Sequence[tuple[str, str]] = (),
        site_lines: Sequence[tuple[str, str, int]] = (),
    ) -> tuple[int, int]:
        """Store a batch in one transaction: articles, rejections, the inputs it
        finished (source, fingerprint), and the cleaner's counts of site lines that the
        batch changed (site, line, count). Return (newly stored, already there)."""

    @abc.abstractmethod
    def site_lines(self, limit: int) -> list[tuple[str, str, int]]:
        """Up to ``limit`` of the cleaner's remembered (site, line, count)."""

    @abc.abstractmethod
    def rejections(self) -> list[Rejected]: ...

    @abc.abstractmethod
    def stored_from(self, source: str) -> bool:
        """Whether any article was stored from input ``source``."""

    @abc.abstractmethod
    def forget_rejections(self, source: str) -> None:
        """Drop the rejections recorded for ``source`` (it is being read again)."""

    @abc.abstractmethod
    def input_done(self, source: str, fingerprint: str) -> bool:
        """Whether this exact input (same path, same size and time) was fully ingested."""

    @abc.abstractmethod
    def count_articles(self) -> int: ...

    @abc.abstractmethod
    def count_copy_families(self) -> int:
        """Families of two or more articles: every article is in a family, most alone, so
        the count of family records says nothing about copying."""

    @abc.abstractmethod
    def get_article(self, article_id: str) -> Article | None: ...

    def get_articles(self, article_ids: Sequence[str]) -> list[Article]:
        """The articles of these ids that exist, in the order asked (one query per page
        in the SQLite store: the reuse step reads the texts of candidate pairs so)."""
        found = (self.get_article(i) for i in article_ids)
        return [a for a in found if a is not None]

    @abc.abstractmethod
    def iter_articles(self, batch_size: int = 500) -> Iterator[Article]:
        """Every article, in the order first stored, without loading them all."""

    def iter_article_dates(self) -> Iterator[tuple[str, datetime | None]]:
        """(id, publication time) of every article, in the order first stored: what a
        step that has seen most articles before needs of all of them (the SQLite store
        reads neither texts nor other fields for it)."""
        for article in self.iter_articles():
            yield article.id, article.published

    @abc.abstractmethod
    def annotate_articles(self, field: str, values: Iterable[tuple[str, Any]]) -> None:
        """Set one annotation (see ANNOTATIONS) for all articles; unnamed ones become null."""

    @abc.abstractmethod
    def annotations(self, article_id: str) -> dict[str, Any]: ...

    @abc.abstractmethod
    def iter_article_rows(self) -> Iterator[dict[str, Any]]:
        """Articles and their annotations as export rows, sorted by id."""

    @abc.abstractmethod
    def search(
        self, query: str, limit: int = 20, offset: int = 0, order: str = "rank"
    ) -> list[dict[str, Any]]:
        """Articles matching ``query``: by relevance (``order="rank"``), or last stored
        first (``"recent"``), which stays fast however many articles match."""

    def count_matches(self, query: str) -> int | None:
        """How many articles match ``query``; None when the store cannot count cheaply."""
        return None

    @abc.abstractmethod
    def search_substrings(
        self, terms: Sequence[str], limit: int = 20, offset: int = 0,
        expression: str | None = None,
    ) -> tuple[list[dict[str, Any]], int]:
        """Articles whose title or text holds every one of ``terms`` as written, last
        stored first, and how many there are: for words a word index cannot find (a
        Chinese or Japanese word inside a run of characters). SQLite answers terms of
        those scripts from an index of character pairs, and others by a scan;
        ``expression`` (``web.search.unspaced_expression``) is the query over that index
        with its operators, where a store has it; ``terms`` then mark the snippets."""

    def list_articles(self, limit: int = 50, offset: int = 0) -> list[Article]:
        """A page of articles in the order first stored (the web app's article list)."""
        pages = self.iter_articles()
        for _ in range(offset):
            if next(pages, None) is None:
                return []
        return [a for _, a in zip(range(limit), pages, strict=False)]

    @abc.abstractmethod
    def replace_records(self, kind: str, records: Iterable[Any]) -> int:
        """Replace every record of a kind (a stage's full result) in one transaction."""

    @abc.abstractmethod
    def add_records(self, kind: str, records: Iterable[Any]) -> int: ...

    @abc.abstractmethod
    def stage_records(self, kind: str, records: Iterable[Any]) -> int:
        """Add records of a kind out of sight: readers see the kind's current records
        until ``publish_staged`` swaps the staged ones in, so a step that rewrites a kind
        batch by batch never shows it half written (a web probe's story page lost its
        timeline while an upload re-ran the extract step, and for good when the server
        was killed then)."""

    @abc.abstractmethod
    def publish_staged(self, *kinds: str) -> None:
        """Replace each kind's records by its staged ones, all in one transaction."""

    @abc.abstractmethod
    def drop_staged(self, *kinds: str) -> None:
        """Forget staged records (left by a run killed before it published them)."""

    @abc.abstractmethod
    def iter_records(self, kind: str) -> Iterator[Any]:
        """Records of a kind, sorted by id."""

    def iter_record_field(self, kind: str, name: str) -> Iterator[tuple[str, str, Any]]:
        """(a, b, the field ``name``) of each record of a kind, sorted by id.

        For steps that need one field of many records (the type of every relation):
        a store may answer without decoding whole records, which is most of the cost.
        A record stored without the field gives it as ``from_dict`` revives it (a
        relation of an older store: ``records.relation_of_an_older_store``).
        """
        for record in self.iter_records(kind):
            yield record.a, record.b, getattr(record, name)

    @abc.abstractmethod
    def get_record(self, kind: str, record_id: str) -> Any | None: ...

    @abc.abstractmethod
    def records_for(self, kind: str, key: str) -> list[Any]:
        """Records of a kind that name ``key`` (an article id for relations, quotes…)."""

    @abc.abstractmethod
    def count_records(self, kind: str) -> int: ...

    @abc.abstractmethod
    def save_state(self, name: str, data: bytes) -> None:
        """Keep a stage's index between runs (online clustering resumes from it)."""

    @abc.abstractmethod
    def load_state(self, name: str) -> bytes | None: ...

    @abc.abstractmethod
    def close(self) -> None: ...
