"""The store: idempotent ingest, batches that survive a kill, forward migrations."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import BODY_PARAGRAPHS, REPO
from copydesk.engines.local import ingest_into
from copydesk.errors import NotAStoreError, StoreError
from copydesk.records import Article, Passage, Rejected, Relation, Removed, content_id
from copydesk.store import SQLiteStore, open_store
from copydesk.store.migrations import SCHEMA_VERSION


def write_corpus(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = "\n\n".join(f"{p} Report {i}." for p in BODY_PARAGRAPHS)
        (folder / f"{i:05d}.txt").write_text(
            f"Harbour report number {i} from the docks\n\n{body}\n"
        )


def test_same_article_twice_is_stored_once(tmp_path: Path, store: SQLiteStore) -> None:
    write_corpus(tmp_path / "a", 3)
    write_corpus(tmp_path / "b", 3)  # the same texts under other names
    summary = ingest_into(store, [str(tmp_path / "a"), str(tmp_path / "b")])
    assert (summary.stored, summary.already_stored) == (3, 3)
    assert store.count_articles() == 3
    again = ingest_into(store, [str(tmp_path / "a")])
    assert again.inputs_skipped == 3 and again.stored == 0
    assert "unchanged since the last run" in again.line()


def test_article_round_trip_keeps_every_field(store: SQLiteStore) -> None:
    from datetime import datetime, timezone

    art = Article(
        id=content_id("t"),
        source="crawl.jsonl",
        text="t",
        position=7,
        url="u",
        site="s",
        title="T",
        byline="B",
        language="en",
        published=datetime(2025, 3, 11, 8, tzinfo=timezone.utc),
        removed=(Removed("Share this:", "share widget"),),
    )
    store.add_batch([art])
    assert store.get_article(art.id) == art
    assert list(store.iter_articles()) == [art]


def test_records_replace_and_lookup(store: SQLiteStore) -> None:
    rel = Relation(
        "a1",
        "b2",
        "spun",
        0.9,
        "substitutions",
        original="a1",
        passages=(Passage(0, 10, 5, 15),),
        substitutions=(("Foreign", "Overseas"),),
    )
    store.replace_records("relations", [rel])
    assert store.records_for("relations", "b2") == [rel]
    store.replace_records("relations", [])
    assert store.count_records("relations") == 0
    with pytest.raises(StoreError):
        store.replace_records("nonsense", [])


def test_staged_records_stay_out_of_sight_until_published(store: SQLiteStore) -> None:
    """A web probe: while an upload re-ran the extract step, story pages showed no dates
    (the kind had been emptied, then refilled batch by batch), and a server killed then
    left the store with none. Staged records replace a kind's records in one go."""
    old = Relation("a1", "b2", "spun", 0.9, "old")
    new = [Relation("a1", "c3", "duplicate", 1.0, "new"), Relation("b2", "c3", "partial",
                                                                   0.8, "new")]
    store.replace_records("relations", [old])
    store.stage_records("relations", new[:1])
    assert list(store.iter_records("relations")) == [old]  # the last whole result
    assert store.records_for("relations", "c3") == [] and store.count_records("relations") == 1
    store.drop_staged("relations")  # a run killed here: the next one starts afresh
    store.stage_records("relations", new)
    store.publish_staged("relations")
    assert sorted(store.iter_records("relations"), key=lambda r: r.b + r.a) == sorted(
        new, key=lambda r: r.b + r.a)
    store.publish_staged("relations")  # nothing staged: publishing empties the kind
    assert store.count_records("relations") == 0
    with pytest.raises(StoreError):
        store.stage_records("staged:relations", [])


def test_a_killed_run_loses_at_most_a_batch_and_resumes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 1500)
    db = tmp_path / "kill.db"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "copydesk", "ingest", str(corpus), "--db", str(db), "-q"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    stored = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            with sqlite3.connect(db, timeout=1) as con:
                stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:
            continue
        if stored >= 200:
            break
    if proc.poll() is not None:
        pytest.fail(f"ingest finished before it could be killed ({stored} stored)")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stderr.close()  # type: ignore[union-attr]

    store = open_store(str(db))
    after_kill = store.count_articles()
    assert 200 <= after_kill < 1500
    assert store._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    summary = ingest_into(store, [str(corpus)])
    assert store.count_articles() == 1500
    assert summary.stored == 1500 - after_kill
    assert summary.inputs_skipped >= after_kill - 200  # finished inputs are not read again
    store.close()


def test_migrations_bring_old_stores_forward_and_refuse_newer(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        con.execute("INSERT INTO meta VALUES ('schema_version', '0')")
    store = SQLiteStore(db)
    assert store.schema_version() == SCHEMA_VERSION
    store.close()
    with sqlite3.connect(db) as con:
        con.execute(
            "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),)
        )
    with pytest.raises(StoreError, match="newer copydesk"):
        SQLiteStore(db)


def test_a_store_of_schema_1_gains_the_site_lines_and_keeps_its_articles(
    tmp_path: Path,
) -> None:
    db = tmp_path / "v1.db"
    store = SQLiteStore(db)
    store.add_batch([Article(id="a1", source="x.txt", text="Some text of an article.")])
    store.close()
    with sqlite3.connect(db) as con:
        con.execute("DROP TABLE site_lines")
        con.execute("DROP TRIGGER articles_grams_insert")
        con.execute("DROP TRIGGER articles_grams_delete")
        con.execute("DROP TABLE articles_grams")
        con.execute("ALTER TABLE rejections DROP COLUMN count")
        con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    store = SQLiteStore(db)
    assert store.schema_version() == SCHEMA_VERSION
    assert store.count_articles() == 1 and store.site_lines(10) == []
    store.add_batch([], site_lines=[("x.example", "subscribe now", 3)])
    assert store.site_lines(10) == [("x.example", "subscribe now", 3)]


def test_not_a_store_is_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a usable copydesk store"):
        SQLiteStore(bogus)


def test_a_missing_folder_is_created_and_a_file_in_the_way_is_a_clear_error(
    tmp_path: Path,
) -> None:
    store = open_store(str(tmp_path / "new" / "deeper" / "x.db"))
    store.close()
    assert (tmp_path / "new" / "deeper" / "x.db").is_file()
    (tmp_path / "plain").write_text("a file, not a folder")
    with pytest.raises(StoreError, match="cannot create the store's folder"):
        open_store(str(tmp_path / "plain" / "x.db"))


def test_search_finds_words_and_rejects_bad_syntax(store: SQLiteStore) -> None:
    text = "\n\n".join(BODY_PARAGRAPHS)
    store.add_batch([Article(id=content_id(text), source="x", text=text, title="Crane strike")])
    (hit,) = store.search("crane operators")
    assert "\x02" in hit["snippet"]
    assert store.search("zeppelin") == []
    with pytest.raises(StoreError):
        store.search('"unbalanced')


def test_one_field_of_every_record_without_decoding(store: SQLiteStore) -> None:
    relations = [
        Relation(a="a1", b="b1", type="spun", original="a1", confidence=0.9, reason="r"),
        Relation(a="a0", b="b2", type="duplicate", original=None, confidence=0.8, reason="r"),
    ]
    store.replace_records("relations", relations)
    fast = list(store.iter_record_field("relations", "type"))
    generic = list(super(SQLiteStore, store).iter_record_field("relations", "type"))
    assert sorted(fast) == sorted(generic) == [("a0", "b2", "duplicate"), ("a1", "b1", "spun")]
    with pytest.raises(StoreError, match="no field"):
        list(store.iter_record_field("relations", "type') FROM records; --"))


def test_article_dates_come_in_storage_order_without_the_texts(store: SQLiteStore) -> None:
    from datetime import UTC, datetime, timedelta

    from copydesk.store.base import Store

    start = datetime(2022, 1, 10, 8, tzinfo=UTC)
    arts = [
        Article(id=content_id(f"text {i}", "d"), source="d", text=f"text {i}",
                published=None if i % 3 == 0 else start + timedelta(hours=i))
        for i in range(12)
    ]
    store.add_batch(arts)
    want = [(a.id, a.published) for a in store.iter_articles()]
    assert [a.id for a in arts] == [i for i, _w in want]
    assert list(store.iter_article_dates(batch_size=5)) == want
    assert list(Store.iter_article_dates(store)) == want  # the default, from iter_articles


def test_an_sqlite_file_of_another_program_is_refused_and_left_untouched(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "contacts.db"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE people (name TEXT)")
    other.commit()
    other.close()
    with pytest.raises(NotAStoreError, match=r"another program .*people.*not a copydesk store"):
        SQLiteStore(path)
    other = sqlite3.connect(path)
    tables = [r[0] for r in other.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    mode = other.execute("PRAGMA journal_mode").fetchone()[0]
    other.close()
    assert tables == ["people"] and mode == "delete"


def test_a_later_ingest_knows_the_chrome_an_earlier_one_learnt(tmp_path: Path) -> None:
    """The cleaner's memory of a site's repeated lines lived only in one process: a daily
    ingest of one new article from a site kept the masthead it had learnt to remove, and
    a run resumed after a kill cleaned its first files differently."""
    from copydesk.engines.local import ingest_into

    def page(n: int) -> str:
        return (f"Tides News Network Daily Edition\n\nStory {n} headline about the ferries\n\n"
                f"The ferry from the north pier ran late again on day {n}, passengers said, "
                "as crews waited for a spare part that the operator had ordered weeks ago.\n\n"
                f"Harbour officials said the timetable for route {n} would be reviewed.")

    def feed(folder: Path, numbers: range) -> str:
        folder.mkdir()
        lines = [json.dumps({"site": "tidesnews.example", "text": page(n),
                             "url": f"https://tidesnews.example/{n}"}) for n in numbers]
        (folder / "feed.jsonl").write_text("\n".join(lines) + "\n")
        return str(folder)

    store = open_store(str(tmp_path / "s.db"))
    ingest_into(store, [feed(tmp_path / "monday", range(4))])
    ingest_into(store, [feed(tmp_path / "tuesday", range(4, 5))])
    (late,) = [a for a in store.iter_articles() if a.url == "https://tidesnews.example/4"]
    assert late.title == "Story 4 headline about the ferries"
    assert "Tides News Network" not in late.text
    assert ("tidesnews.example", "tides news network daily edition", 5) in store.site_lines(100)


def test_an_old_store_read_only_says_how_to_migrate_it(tmp_path: Path) -> None:
    db = tmp_path / "v1.db"
    SQLiteStore(db).close()
    with sqlite3.connect(db) as con:
        con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="copy it somewhere writable"):
        SQLiteStore(db, readonly=True)


def test_a_count_of_rejections_is_stored_and_an_older_store_s_count_line_gets_its_number(
    tmp_path: Path,
) -> None:
    """An input's rejections past its first 1,000 had been one row saying their number in
    its text only: a rerun counted that row as one rejection."""
    path = tmp_path / "s.db"
    store = SQLiteStore(path)
    store.add_batch([], [Rejected("a.jsonl", "empty", 3), Rejected("a.jsonl", "empty", 9, 40)])
    assert [r.count for r in store.rejections()] == [1, 40]
    store.close()
    with sqlite3.connect(path) as con:  # as a copydesk of schema 4 left it
        con.execute("ALTER TABLE rejections DROP COLUMN count")
        con.execute("INSERT INTO rejections VALUES ('b.jsonl', -1, '1,505 more records "
                    "rejected, not listed one by one (the first 1,000 are above)')")
        con.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    con.close()
    store = SQLiteStore(path)
    assert [(r.source, r.count) for r in store.rejections()] == [
        ("a.jsonl", 1), ("a.jsonl", 1), ("b.jsonl", 1505)]
    assert "more records rejected" not in store.rejections()[-1].reason
    store.close()


def test_search_finds_a_words_inflections_in_new_and_migrated_stores(tmp_path: Path) -> None:
    """'dockworker' finds 'dockworkers' and 'strike' finds 'striking' (the Porter
    stemmer), in a new store and in one written before the stemmer, whose full-text
    index the migration rebuilds with the articles already in it."""
    from copydesk.store.migrations import MIGRATIONS

    text = "Dockworkers were striking at the harbour while cranes stood idle."
    article = Article(id=content_id(text), source="x", text=text, title="Port at a standstill")
    new = SQLiteStore(tmp_path / "new.db")
    new.add_batch([article])
    old_path = tmp_path / "old.db"
    with sqlite3.connect(old_path) as con:
        con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        for version in (1, 2):
            for statement in MIGRATIONS[version]:
                if not statement.startswith("CREATE TABLE IF NOT EXISTS meta"):
                    con.execute(statement)
        con.execute("INSERT INTO meta VALUES ('schema_version', '2')")
        con.execute("INSERT INTO articles (id, source, title, text) VALUES (?, 'x', ?, ?)",
                    (article.id, article.title, text))
        assert con.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH "
                           "'dockworker'").fetchone() == (0,)  # no stemming before
    old = SQLiteStore(old_path)
    assert old.schema_version() == SCHEMA_VERSION
    for store in (new, old):
        for query in ("dockworker", "strike", "crane", "standstills"):
            (hit,) = store.search(query)
            assert hit["id"] == article.id, query
        assert store.search("zeppelin") == []
        store.close()


def test_chinese_and_japanese_words_inside_a_run_are_found_by_the_pair_index(
    tmp_path: Path,
) -> None:
    """The word index keeps a run of Chinese or Japanese as one token; the index of
    character pairs finds a word inside a run, in a new store and in one written before
    it existed (the migration indexes the articles already there), and forgets a
    deleted article."""
    from copydesk.store.migrations import MIGRATIONS

    inside = Article(id="ja-inside", source="a", title="東港大橋が閉鎖",
                     text="東港大橋は修理のため三日間閉鎖される。市が発表した。")
    whole = Article(id="ja-whole", source="b", title="工事", text="橋の工事。修理。以上。")
    english = Article(id="en", source="c", title="Bridge shut", text="The bridge is shut.")
    new = SQLiteStore(tmp_path / "new.db")
    new.add_batch([inside, whole, english])
    old_path = tmp_path / "old.db"
    with sqlite3.connect(old_path) as con:
        con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        for version in (1, 2, 3):
            for statement in MIGRATIONS[version]:
                if not statement.startswith("CREATE TABLE IF NOT EXISTS meta"):
                    con.execute(statement)
        con.execute("INSERT INTO meta VALUES ('schema_version', '3')")
        for art in (inside, whole, english):
            con.execute("INSERT INTO articles (id, source, title, text) VALUES (?, ?, ?, ?)",
                        (art.id, art.source, art.title, art.text))
    old = SQLiteStore(old_path)
    assert old.schema_version() == SCHEMA_VERSION
    for store in (new, old):
        hits, total = store.search_substrings(["修理"])
        assert total == 2 and {h["id"] for h in hits} == {"ja-inside", "ja-whole"}
        assert "\x02修理\x03" in hits[0]["snippet"]
        assert store.search_substrings(["大橋", "閉鎖"])[1] == 1
        assert store.search_substrings(["橋"])[1] == 2  # one character: a pair or a run's end
        assert store.search_substrings(["修理", "地震"]) == ([], 0)
        assert store.search_substrings(["理修"]) == ([], 0)  # pairs in order, not a bag
        with store.transaction() as db:
            db.execute("DELETE FROM articles WHERE id = 'ja-whole'")
        assert [h["id"] for h in store.search_substrings(["修理"])[0]] == ["ja-inside"]
        assert store.search_substrings(["工事"]) == ([], 0)
        store.close()


def test_a_relation_stored_before_its_flag_fields_reads_them_from_its_reason(
        store: SQLiteStore) -> None:
    """Relations carry as fields what code had read back out of their reason (a code
    review). One stored before the fields reads each from its reason, whole or one field
    at a time; one stored with them keeps them, whatever its reason says."""
    from copydesk.records import FIELDS_ONCE_IN_THE_REASON

    spun_part = Relation("p1", "w1", "partial", 0.8, "partial: a spun part: 4 words swapped "
                         "one for one (a → b); figures changed: 12 → 14. Direction: t.",
                         original="w1", spun_part=True, changed_figures=(("12", "14"),))
    trip = Relation("t1", "w1", "translated", 0.6, "translated (machine-translation round "
                    "trip, or a model's rewrite): same sentences. Direction: t.",
                    original="w1", round_trip=True)
    across = Relation("f1", "w1", "translated", 0.7, "translated (fr ↔ en): 5 sentence "
                      "pairs. Direction: t.", original="w1", languages=("en", "fr"))
    quoting = Relation("q1", "w1", "partial", 0.6, "partial: 100% identical; quoted with "
                       "credit (a: As the Wire reported on Monday:). Direction: t.",
                       original="w1", quoted_by="q1", credit="As the Wire reported on Monday")
    siblings = Relation("c1", "c2", "duplicate", 0.9, "duplicate: 99% identical. Direction: "
                        "neither is the other's source: both copy w1. Found by lexical "
                        "fingerprints (shingle 9).", shared_source="w1")
    plain = Relation("c1", "w1", "partial", 0.7, "partial: passages reused. Direction: t.",
                     original="w1")
    written = [spun_part, trip, across, quoting, siblings, plain]
    store.replace_records("relations", written)
    by_id = {r.id: r for r in written}

    def fields() -> list[tuple[str, ...]]:
        return [tuple(str(v) for _, _, v in store.iter_record_field("relations", name))
                for name in FIELDS_ONCE_IN_THE_REASON]

    as_written = fields()
    store._db.execute("UPDATE records SET data = json_remove(data, "
                      + ", ".join(f"'$.{n}'" for n in FIELDS_ONCE_IN_THE_REASON)
                      + ") WHERE kind = 'relations'")
    store._db.commit()
    assert not any(set(json.loads(row)) & set(FIELDS_ONCE_IN_THE_REASON) for (row,) in
                   store._db.execute("SELECT data FROM records WHERE kind = 'relations'"))
    assert {r.id: r for r in store.iter_records("relations")} == by_id
    assert fields() == as_written
    # A field stored is the field, whatever the reason says (no reading back).
    store.replace_records("relations", [replace(r, spun_part=False, round_trip=False,
                                                languages=None, quoted_by=None,
                                                shared_source=None) for r in written])
    assert not any(r.spun_part or r.round_trip or r.languages or r.quoted_by
                   or r.shared_source for r in store.iter_records("relations"))
