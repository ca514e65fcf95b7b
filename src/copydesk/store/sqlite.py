"""The embedded store: one SQLite file in WAL mode.

Why SQLite: it is one file an analyst can copy, it has full-text search (FTS5)
and JSON built in, and with WAL a reader (the web app) never blocks the writer
(a run). Every batch is written in one transaction, so a killed run loses at
most the batch in flight, and ``INSERT OR IGNORE`` on content-hash ids makes a
rerun resume where the last one stopped without storing anything twice.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from copydesk.errors import NotAStoreError, StoreError, UnwritableStoreError
from copydesk.records import RECORD_KINDS, Article, Rejected, from_dict, to_dict
from copydesk.scripts import unspaced_grams, unspaced_phrase
from copydesk.store.base import ANNOTATIONS, Store, substring_snippet
from copydesk.store.migrations import GRAMS, MIGRATIONS, SCHEMA_VERSION

#: Ids per ``IN (…)`` query: well under SQLite's limit on bound parameters.
_IDS_PER_QUERY = 500
#: The kind staged records are kept under until published (``stage_records``): no
#: reader asks for it, and ``_check_kind`` refuses it as a kind of its own.
_STAGED = "staged:"
_ARTICLE_COLUMNS = (
    "id",
    "source",
    "position",
    "url",
    "site",
    "title",
    "byline",
    "published",
    "language",
    "text",
    "removed",
)


def _record_keys(kind: str, record: Any) -> tuple[str | None, str | None]:
    """The one or two ids a record is looked up by (indexed columns ``a`` and ``b``)."""
    for first, second in (
        ("a", "b"),
        ("article_id", None),
        ("story_id", None),
        ("root", None),
        ("thread_id", None),
    ):
        if hasattr(record, first):
            return getattr(record, first), getattr(record, second) if second else None
    return None, None


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection. On read-only media a store in WAL mode cannot make its
    shared-memory file, so it is then opened as immutable (nothing may write it then,
    which read-only media guarantees)."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return db
    except sqlite3.OperationalError:
        db.close()
        return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True,
                               check_same_thread=False)


_GIVE_WRITABLE = "give --db a writable path"


def _write_problem(path: str) -> str | None:
    """Why copydesk may not write a store at ``path`` and what to do, or None: its file
    or folder is read-only, or a file stands where a folder of the path should be. The
    folder may be yet to make: then the nearest one there is must take it."""
    if path == ":memory:":
        return None
    target = Path(path)
    folder = target.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        return f"cannot create the store's folder: {folder} is a file; {_GIVE_WRITABLE}"
    if (target.exists() and not os.access(target, os.W_OK)) or not os.access(folder, os.W_OK):
        return (f"the store or its folder is read-only; {_GIVE_WRITABLE} (export and report "
                "can read a read-only store)")
    return None


def check_writable(path: str) -> None:
    """A usage error, before any work, when copydesk may not write the store at ``path``
    (for ingest and run). A store opens without writing when it is up to date, so a
    read-only one failed only at the first batch, as a failure (exit 1), once its inputs
    had been read."""
    if problem := _write_problem(path):
        raise UnwritableStoreError(f"{path}: {problem}")


def _search_problem(query: str, exc: sqlite3.OperationalError) -> str:
    """What is wrong with a search, in the searcher's terms: SQLite says "no such column:
    strike" of "-strike" and "a:b", which reads like a fault of the store."""
    if "no such column" in str(exc):
        why = ("a word before ':' or after a leading '-' is read as a field name; "
               'put the words in double quotes ("-strike") to search them as written')
    else:
        why = f"{exc}; put words in double quotes to search them as written"
    return f"bad search query {query!r}: {why}"


_GIVE_DB = "give --db a copydesk store, or a new file name to start one"


class SQLiteStore(Store):
    """The default store. ``path`` may be ``":memory:"`` for tests."""

    def __init__(self, path: str | Path = "copydesk.db", *, readonly: bool = False) -> None:
        self.path = str(path)
        if not self.path.strip():
            # SQLite takes "" for a temporary database deleted on close: a run would
            # report articles stored and keep nothing.
            raise StoreError("the store path is empty: give --db the store's file path")
        try:
            if readonly:
                self._db = _connect_readonly(Path(self.path).resolve())
            else:
                if self.path != ":memory:":
                    Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                self._db = sqlite3.connect(self.path, check_same_thread=False)
            self._db.row_factory = sqlite3.Row
            self._db.create_function(GRAMS, 2, unspaced_grams, deterministic=True)
            self._refuse_foreign()
            if self.path != ":memory:" and not readonly:
                self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA busy_timeout=10000")
            if not readonly:
                self._migrate()
            else:
                self._check_version()
        except sqlite3.OperationalError as exc:
            if not readonly and (problem := _write_problem(self.path)):
                raise UnwritableStoreError(f"{self.path}: {problem}") from exc
            raise NotAStoreError(f"{self.path}: not a usable copydesk store ({exc}); {_GIVE_DB}"
                                 ) from exc
        except sqlite3.DatabaseError as exc:
            raise NotAStoreError(f"{self.path}: not a usable copydesk store ({exc}); {_GIVE_DB}"
                                 ) from exc
        except OSError as exc:  # the folder cannot be made (a file in the way, no permission)
            if problem := _write_problem(self.path):
                raise UnwritableStoreError(f"{self.path}: {problem}") from exc
            raise StoreError(f"{self.path}: cannot create the store's folder ({exc})") from exc

    # ------------------------------------------------------------- schema

    def schema_version(self) -> int:
        try:
            row = self._db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        except sqlite3.OperationalError:
            return 0
        return int(row[0]) if row else 0

    def _refuse_foreign(self) -> None:
        """Refuse an SQLite file that another program made (tables, but not copydesk's
        ``meta``): a mistyped ``--db`` must not add copydesk's tables, or WAL mode, to
        someone's database. A usage error (exit 2) in every command, as a text file
        given as ``--db`` is: ``export`` had exited 1 saying it would not write."""
        tables = [r[0] for r in self._db.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        if tables and "meta" not in tables:
            raise NotAStoreError(
                f"{self.path}: an SQLite database of another program (tables: "
                f"{', '.join(tables[:4])}), not a copydesk store; {_GIVE_DB}"
            )

    def _check_version(self) -> None:
        version = self.schema_version()
        if version != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store schema {version}, this copydesk reads {SCHEMA_VERSION}, "
                "and a read-only store cannot be migrated: copy it somewhere writable and run "
                "`copydesk export` on the copy once"
            )

    def _migrate(self) -> None:
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: written by a newer copydesk (schema {version} > {SCHEMA_VERSION}); "
                "upgrade copydesk to read it"
            )
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction():
                for statement in MIGRATIONS[target]:
                    self._db.execute(statement)
                self._db.execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)",
                    (str(target),),
                )

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write: everything inside lands, or nothing does."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
            yield self._db
            self._db.execute("COMMIT")
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self._db.close()

    # ----------------------------------------------------------- articles

    def add_batch(
        self,
        articles: Sequence[Article],
        rejected: Sequence[Rejected] = (),
        done_inputs: Sequence[tuple[str, str]] = (),
        site_lines: Sequence[tuple[str, str, int]] = (),
    ) -> tuple[int, int]:
        new = 0
        with self.transaction() as db:
            for art in articles:
                cur = db.execute(
                    f"INSERT OR IGNORE INTO articles({', '.join(_ARTICLE_COLUMNS)}) "
                    f"VALUES ({', '.join('?' * len(_ARTICLE_COLUMNS))})",
                    _article_row(art),
                )
                new += cur.rowcount
                db.execute(
                    "INSERT OR IGNORE INTO sightings(article_id, source, position) "
                    "VALUES (?, ?, ?)",
                    (art.id, art.source, -1 if art.position is None else art.position),
                )
            db.executemany(
                "INSERT OR REPLACE INTO rejections(source, position, reason, count) "
                "VALUES (?, ?, ?, ?)",
                [(r.source, -1 if r.position is None else r.position, r.reason, r.count)
                 for r in rejected],
            )
            db.executemany(
                "INSERT OR REPLACE INTO inputs(source, fingerprint) VALUES (?, ?)", done_inputs
            )
            db.executemany(
                "INSERT OR REPLACE INTO site_lines(site, line, count) VALUES (?, ?, ?)",
                site_lines,
            )
        return new, len(articles) - new

    def stored_from(self, source: str) -> bool:
        return self._db.execute("SELECT 1 FROM sightings WHERE source = ? LIMIT 1",
                                (source,)).fetchone() is not None

    def forget_rejections(self, source: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM rejections WHERE source = ?", (source,))

    def site_lines(self, limit: int) -> list[tuple[str, str, int]]:
        rows = self._db.execute(
            "SELECT site, line, count FROM site_lines ORDER BY site, line LIMIT ?", (limit,)
        ).fetchall()
        return [(r[0], r[1], r[2]) for r in rows]

    def rejections(self) -> list[Rejected]:
        rows = self._db.execute(
            "SELECT source, position, reason, count FROM rejections ORDER BY source, position"
        ).fetchall()
        return [Rejected(r[0], r[2], None if r[1] == -1 else r[1], r[3]) for r in rows]

    def input_done(self, source: str, fingerprint: str) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM inputs WHERE source=? AND fingerprint=?", (source, fingerprint)
        ).fetchone()
        return row is not None

    def count_articles(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def count_copy_families(self) -> int:
        return int(self._db.execute(
            "SELECT count(*) FROM (SELECT family_id FROM articles WHERE family_id IS NOT NULL"
            " GROUP BY family_id HAVING count(*) > 1)"
        ).fetchone()[0])

    def get_article(self, article_id: str) -> Article | None:
        row = self._db.execute(
            f"SELECT {', '.join(_ARTICLE_COLUMNS)} FROM articles WHERE id=?", (article_id,)
        ).fetchone()
        return _article_from_row(row) if row else None

    def get_articles(self, article_ids: Sequence[str]) -> list[Article]:
        found: dict[str, Article] = {}
        ids = list(article_ids)
        for lo in range(0, len(ids), _IDS_PER_QUERY):
            page = ids[lo : lo + _IDS_PER_QUERY]
            rows = self._db.execute(
                f"SELECT {', '.join(_ARTICLE_COLUMNS)} FROM articles "
                f"WHERE id IN ({', '.join('?' * len(page))})",
                page,
            ).fetchall()
            for row in rows:
                article = _article_from_row(row)
                found[article.id] = article
        return [found[i] for i in ids if i in found]

    def iter_articles(self, batch_size: int = 500) -> Iterator[Article]:
        """Articles in the order they were first stored, read a page at a time."""
        for row in self._rows_in_order(_ARTICLE_COLUMNS, batch_size):
            yield _article_from_row(row)

    def iter_article_dates(self, batch_size: int = 5_000) -> Iterator[tuple[str, datetime | None]]:
        for article_id, published in self._rows_in_order(("id", "published"), batch_size):
            yield article_id, datetime.fromisoformat(published) if published else None

    def _rows_in_order(self, columns: Sequence[str], batch_size: int) -> Iterator[tuple[Any, ...]]:
        """These columns of every article in the order first stored, a page at a time
        (keyset paging on ``seq``: no page costs more than the first)."""
        last = 0
        while True:
            rows = self._db.execute(
                f"SELECT seq, {', '.join(columns)} FROM articles WHERE seq > ? "
                "ORDER BY seq LIMIT ?",
                (last, batch_size),
            ).fetchall()
            if not rows:
                return
            for row in rows:
                yield tuple(row[1:])
            last = rows[-1][0]

    def annotate_articles(self, field: str, values: Iterable[tuple[str, Any]]) -> None:
        if field not in ANNOTATIONS:
            raise StoreError(f"unknown article annotation {field!r}; known: {sorted(ANNOTATIONS)}")
        with self.transaction() as db:
            db.execute(f"UPDATE articles SET {field} = NULL")
            db.executemany(
                f"UPDATE articles SET {field} = ? WHERE id = ?",
                [(value, article_id) for article_id, value in values],
            )

    def annotations(self, article_id: str) -> dict[str, Any]:
        row = self._db.execute(
            f"SELECT {', '.join(ANNOTATIONS)} FROM articles WHERE id=?", (article_id,)
        ).fetchone()
        return _annotations(row) if row else {}

    def iter_article_rows(self) -> Iterator[dict[str, Any]]:
        """Articles with their annotations, as export rows, sorted by id."""
        cols = _ARTICLE_COLUMNS + ANNOTATIONS
        cur = self._db.execute(f"SELECT {', '.join(cols)} FROM articles ORDER BY id")
        for row in cur:
            art = _article_from_row(row[: len(_ARTICLE_COLUMNS)])
            data = to_dict(art)
            data.update(_annotations(row[len(_ARTICLE_COLUMNS) :]))
            yield data

    def list_articles(self, limit: int = 50, offset: int = 0) -> list[Article]:
        rows = self._db.execute(
            f"SELECT {', '.join(_ARTICLE_COLUMNS)} FROM articles ORDER BY seq LIMIT ? OFFSET ?",
            (limit, offset),
        ).fetchall()
        return [_article_from_row(r) for r in rows]

    def search(
        self, query: str, limit: int = 20, offset: int = 0, order: str = "rank"
    ) -> list[dict[str, Any]]:
        """Full-text search over titles and texts (FTS5 syntax; plain words work)."""
        by = "articles_fts.rowid DESC" if order == "recent" else "rank"
        try:
            rows = self._db.execute(
                "SELECT a.id, a.title, a.site, a.published, "
                "snippet(articles_fts, 1, '\x02', '\x03', ' … ', 16) AS snippet "
                "FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
                f"WHERE articles_fts MATCH ? ORDER BY {by} LIMIT ? OFFSET ?",
                (query, limit, offset),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(_search_problem(query, exc)) from exc
        return [dict(r) for r in rows]

    def search_substrings(
        self, terms: Sequence[str], limit: int = 20, offset: int = 0,
        expression: str | None = None,
    ) -> tuple[list[dict[str, Any]], int]:
        phrases = [unspaced_phrase(t) for t in terms]
        if expression is not None or (terms and all(phrases)):
            # Every term is Chinese or Japanese: the index of character pairs answers.
            match = expression or " AND ".join(p for p in phrases if p)
            try:
                total = int(self._db.execute(
                    "SELECT count(*) FROM articles_grams WHERE articles_grams MATCH ?", (match,)
                ).fetchone()[0])
                rows = self._db.execute(
                    "SELECT a.id, a.title, a.site, a.published, a.text FROM articles_grams g "
                    "JOIN articles a ON a.seq = g.rowid WHERE articles_grams MATCH ? "
                    "ORDER BY g.rowid DESC LIMIT ? OFFSET ?", (match, limit, offset)).fetchall()
            except sqlite3.OperationalError as exc:  # "修 AND", "(修": the web probe's 500
                raise StoreError(_search_problem(" ".join(terms), exc)) from exc
        else:
            where = " AND ".join(
                ["(instr(coalesce(title, ''), ?) > 0 OR instr(text, ?) > 0)"] * len(terms))
            values = [t for t in terms for _ in (0, 1)]
            total = int(self._db.execute(f"SELECT count(*) FROM articles WHERE {where}",
                                         values).fetchone()[0])
            rows = self._db.execute(
                f"SELECT id, title, site, published, text FROM articles WHERE {where} "
                "ORDER BY seq DESC LIMIT ? OFFSET ?", [*values, limit, offset]).fetchall()
        return [{"id": r["id"], "title": r["title"], "site": r["site"],
                 "published": r["published"],
                 "snippet": substring_snippet(r["text"], next(
                     (t for t in terms if t in r["text"]), terms[0] if terms else ""))}
                for r in rows], total

    def count_matches(self, query: str) -> int | None:
        try:
            row = self._db.execute(
                "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (query,)
            ).fetchone()
        except sqlite3.OperationalError as exc:
            raise StoreError(_search_problem(query, exc)) from exc
        return int(row[0])

    # ------------------------------------------------------ stage records

    def replace_records(self, kind: str, records: Iterable[Any]) -> int:
        _check_kind(kind)
        with self.transaction() as db:
            db.execute("DELETE FROM records WHERE kind=?", (kind,))
            return self._insert_records(db, kind, records)

    def add_records(self, kind: str, records: Iterable[Any]) -> int:
        _check_kind(kind)
        with self.transaction() as db:
            return self._insert_records(db, kind, records)

    def stage_records(self, kind: str, records: Iterable[Any]) -> int:
        _check_kind(kind)
        with self.transaction() as db:
            return self._insert_records(db, kind, records, as_kind=_STAGED + kind)

    def publish_staged(self, *kinds: str) -> None:
        for kind in kinds:
            _check_kind(kind)
        with self.transaction() as db:
            for kind in kinds:
                db.execute("DELETE FROM records WHERE kind=?", (kind,))
                db.execute("UPDATE records SET kind=? WHERE kind=?", (kind, _STAGED + kind))

    def drop_staged(self, *kinds: str) -> None:
        with self.transaction() as db:
            for kind in kinds:
                _check_kind(kind)
                db.execute("DELETE FROM records WHERE kind=?", (_STAGED + kind,))

    @staticmethod
    def _insert_records(
        db: sqlite3.Connection, kind: str, records: Iterable[Any], as_kind: str | None = None
    ) -> int:
        n = 0
        for rec in records:
            a, b = _record_keys(kind, rec)
            db.execute(
                "INSERT OR REPLACE INTO records(kind, id, a, b, data) VALUES (?, ?, ?, ?, ?)",
                (as_kind or kind, rec.id, a, b,
                 json.dumps(to_dict(rec), ensure_ascii=False, sort_keys=True)),
            )
            n += 1
        return n

    def iter_records(self, kind: str) -> Iterator[Any]:
        cls = _check_kind(kind)
        for (data,) in self._db.execute(
            "SELECT data FROM records WHERE kind=? ORDER BY id", (kind,)
        ):
            yield from_dict(cls, json.loads(data))

    def iter_record_field(self, kind: str, name: str) -> Iterator[tuple[str, str, Any]]:
        cls = _check_kind(kind)
        if name not in {f.name for f in dataclasses.fields(cls)}:
            raise StoreError(f"records of kind {kind!r} have no field {name!r}")
        # A record stored without the field (by an older copydesk) gives it as the record
        # revived whole has it: its default, or what ``records`` reads from an older
        # form (a relation's reason), as ``get_record`` would; not a NULL.
        rows = self._db.execute(
            "SELECT a, b, json_extract(data, '$.' || ?1), "
            "CASE WHEN json_type(data, '$.' || ?1) IS NULL THEN data END "
            "FROM records WHERE kind=?2 ORDER BY id",
            (name, kind),
        )
        for a, b, value, stored_without in rows:
            if stored_without is not None:
                revived = to_dict(from_dict(cls, json.loads(stored_without)))
                value = _as_json_extract(revived[name])
            yield a, b, value

    def get_record(self, kind: str, record_id: str) -> Any | None:
        cls = _check_kind(kind)
        row = self._db.execute(
            "SELECT data FROM records WHERE kind=? AND id=?", (kind, record_id)
        ).fetchone()
        return from_dict(cls, json.loads(row[0])) if row else None

    def records_for(self, kind: str, key: str) -> list[Any]:
        cls = _check_kind(kind)
        # Two indexed lookups, sorted here: with "a=? OR b=?" or "ORDER BY id" SQLite
        # scans every record of the kind through the primary key instead (measured on
        # 5,000 relations: 9 ms a call against 0.01 ms; bench/web_pages.py).
        rows = self._db.execute(
            "SELECT id, data FROM records WHERE kind=? AND a=? "
            "UNION ALL SELECT id, data FROM records WHERE kind=? AND b=? AND a IS NOT ?",
            (kind, key, kind, key, key),
        ).fetchall()
        rows.sort(key=lambda r: str(r[0]))
        return [from_dict(cls, json.loads(r[1])) for r in rows]

    def count_records(self, kind: str) -> int:
        _check_kind(kind)
        return int(
            self._db.execute("SELECT count(*) FROM records WHERE kind=?", (kind,)).fetchone()[0]
        )

    def save_state(self, name: str, data: bytes) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO state(name, data) VALUES (?, ?)", (name, data))

    def load_state(self, name: str) -> bytes | None:
        row = self._db.execute("SELECT data FROM state WHERE name=?", (name,)).fetchone()
        return bytes(row[0]) if row else None


def _as_json_extract(value: Any) -> Any:
    """A field's value (as ``to_dict`` gives it) as SQLite's ``json_extract`` gives it:
    lists and objects as JSON text, booleans as 0 or 1."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def _check_kind(kind: str) -> type:
    try:
        return RECORD_KINDS[kind]
    except KeyError:
        raise StoreError(f"unknown record kind {kind!r}; known: {sorted(RECORD_KINDS)}") from None


def _article_row(art: Article) -> tuple[Any, ...]:
    return (
        art.id,
        art.source,
        art.position,
        art.url,
        art.site,
        art.title,
        art.byline,
        art.published.isoformat() if art.published else None,
        art.language,
        art.text,
        json.dumps([[r.text, r.reason] for r in art.removed], ensure_ascii=False),
    )


def _article_from_row(row: Sequence[Any]) -> Article:
    values = dict(zip(_ARTICLE_COLUMNS, row, strict=True))
    return from_dict(
        Article,
        {**values, "removed": [{"text": t, "reason": r} for t, r in json.loads(values["removed"])]},
    )



def _annotations(values: Sequence[Any]) -> dict[str, Any]:
    """Annotation columns as the exports and the API show them: SQLite keeps ``spun`` as
    0/1, the records say bool."""
    data = dict(zip(ANNOTATIONS, values, strict=True))
    if data.get("spun") is not None:
        data["spun"] = bool(data["spun"])
    return data

__all__ = ["SQLiteStore"]
