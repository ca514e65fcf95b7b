"""The Spark engine against the local engine: same articles, relations, families,
stories (ARI ≥ 0.99) and facts on the demo corpus, plus the Parquet input path.

Spark needs PySpark and Java; without them these tests skip with the reason.
One local Spark session serves the whole module (it takes ~7 s to start).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from copydesk import api
from copydesk.engines.spark.compare import compare
from copydesk.engines.spark.session import spark_available
from copydesk.records import to_dict
from copydesk.store import SQLiteStore

pytestmark = pytest.mark.slow

if not spark_available():
    pytest.skip("PySpark is absent (pip install 'copydesk[spark]')", allow_module_level=True)
if shutil.which("java") is None:
    pytest.skip("Java is absent: Spark needs a JVM (17+)", allow_module_level=True)


def _corpus() -> Path:
    try:
        from copydesk.demo import corpus_dir
    except ImportError:
        pytest.skip("the demo corpus is absent (copydesk.demo)")
    return Path(corpus_dir())


@pytest.fixture(scope="module")
def session():  # type: ignore[no-untyped-def]
    from copydesk.engines.spark.session import get_session

    s = get_session("local[2]")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def runs(session, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    corpus = _corpus()
    work = tmp_path_factory.mktemp("engines")
    api.run([str(corpus)], db=str(work / "local.db"), out=str(work / "local"))
    spark = api.run([str(corpus)], db=str(work / "spark.db"), out=str(work / "spark"),
                    engine="spark")
    store = SQLiteStore(work / "local.db")
    spark_store = SQLiteStore(work / "spark.db")
    yield store, work / "spark", spark, spark_store
    store.close()
    spark_store.close()


def test_spark_writes_the_four_tables(runs) -> None:  # type: ignore[no-untyped-def]
    _store, out, summary, _spark_store = runs
    for kind in ("articles", "relations", "stories", "facts"):
        assert (out / f"{kind}.parquet").is_dir(), kind
        assert summary.exports[kind] == out / f"{kind}.parquet"


def test_same_results_as_the_local_engine(runs) -> None:  # type: ignore[no-untyped-def]
    store, out, _summary, _spark_store = runs
    result = compare(store, out)
    report = "\n".join(result.lines())
    local_articles, spark_articles, same_articles = result.articles
    assert local_articles > 0, report
    assert local_articles == spark_articles == same_articles, report
    assert result.relations_equal, report
    assert result.families_equal, report
    assert result.stories_ari >= 0.99, report


def test_a_local_run_after_spark_extends_its_reuse_index(runs) -> None:  # type: ignore[no-untyped-def]
    """The Spark run saved its reuse index with no basis, so the next local run threw it
    away and fingerprinted the whole store again (a code review)."""
    from copydesk.engines.steps import reuse as step
    from copydesk.reuse import ReuseIndex, ReuseOptions

    store, _out, _summary, spark_store = runs
    saved = ReuseIndex.from_bytes(spark_store.load_state(step.STATE))
    assert saved.basis == step.index_basis(ReuseOptions(), embedded=False)
    assert sorted(saved.ids) == sorted(ReuseIndex.from_bytes(store.load_state(step.STATE)).ids)


def test_same_ingest_summary(runs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _store, _out, spark, _spark_store = runs
    local = api.ingest([str(_corpus())], db=str(tmp_path / "again.db"))
    assert (spark.ingest.documents, spark.ingest.stored, len(spark.ingest.rejected)) == (
        local.documents, local.stored, len(local.rejected))


def test_extract_on_the_executors_gives_the_local_records(runs) -> None:  # type: ignore[no-untyped-def]
    """Names are tagged on the executors, the rest on the driver: every record of the
    extract step is the local engine's."""
    store, _out, spark, spark_store = runs
    line = next(line for line in spark.steps if line.startswith("extract:"))
    assert "on the executors" in line and line.endswith("[spark]")
    for kind in ("entities", "quotes", "quantities", "dates"):
        local = [to_dict(r) for r in store.iter_records(kind)]
        assert local, kind
        assert [to_dict(r) for r in spark_store.iter_records(kind)] == local, kind


def test_parquet_input_reads_like_json_lines(session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pyarrow as pa
    import pyarrow.parquet as pq

    from copydesk.engines.spark.ingest import ingest_articles

    rows = [
        {"maintext": f"The council of Eastbrook voted {i} times on the river bridge budget "
                     "before the winter floods, and the mayor said work would start soon.",
         "title": f"Bridge vote {i}", "source_domain": "eastbrook.example",
         "date_publish": f"2025-04-0{i + 1}T10:00:00Z"}
        for i in range(4)
    ]
    rows.append({"maintext": "", "title": "empty"})
    table = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist(rows), table)
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    from_parquet, summary = ingest_articles(session, [str(table)])
    from_jsonl, _ = ingest_articles(session, [str(tmp_path / "in.jsonl")])
    got = sorted((a.text, a.title, a.site, a.published) for _o, a in from_parquet.collect())
    want = sorted((a.text, a.title, a.site, a.published) for _o, a in from_jsonl.collect())
    assert got == want and len(got) == 4
    assert len(summary.rejected) == 1 and summary.rejected[0].position == 5


def test_parquet_instants_are_read_in_utc_whatever_the_zone(session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A parity probe: a Parquet timestamp column, read on a machine in New York, gave
    every article a time five hours early (PySpark hands instants over as naive local
    times, which copydesk read as UTC)."""
    from datetime import datetime, timezone

    import pyarrow as pa
    import pyarrow.parquet as pq

    from copydesk.engines.spark.ingest import ingest_articles

    when = datetime(2025, 12, 29, 7, 30, tzinfo=timezone.utc)
    text = ("The council of Eastbrook voted on the river bridge budget before the winter "
            "floods, and the mayor said work would start soon.")
    table = tmp_path / "ts.parquet"
    pq.write_table(pa.table({"maintext": [text], "date_publish": pa.array(
        [when], pa.timestamp("us", tz="UTC"))}), table)
    before = session.conf.get("spark.sql.session.timeZone")
    session.conf.set("spark.sql.session.timeZone", "America/New_York")
    try:
        frame = session.read.parquet(str(table))
        from copydesk.engines.spark.ingest import _instants_as_text
        (row,) = _instants_as_text(frame).collect()
        assert row["date_publish"] == "2025-12-29T07:30:00.000000Z"
        articles, _ = ingest_articles(session, [str(table)])
        assert [a.published for _o, a in articles.collect()] == [when]
    finally:
        session.conf.set("spark.sql.session.timeZone", before)


def test_the_local_session_logs_through_copydesks_quiet_configuration(session) -> None:  # type: ignore[no-untyped-def]
    """A parity probe: `run --engine spark -q` printed five Spark notices on stderr (the
    default log4j profile's); the local session's JVM reads copydesk's configuration."""
    options = session.sparkContext.getConf().get("spark.driver.extraJavaOptions") or ""
    found = re.search(r"-Dlog4j2\.configurationFile=file:(\S+)", options)
    assert found is not None, options
    config = Path(found.group(1)).read_text(encoding="utf-8")
    assert "org.apache.spark.repl.Main" in config and "rootLogger.level = warn" in config


def test_spark_reads_files_whose_names_need_escaping(session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A parity probe: files named with a line break, a tab or a Latin-1 byte were read by
    the local engine and rejected on Spark as having "vanished between listing and
    reading" (the executors were sent the name as displayed, escaped)."""
    import os

    from copydesk.engines.spark.ingest import ingest_articles

    folder = tmp_path / "names"
    folder.mkdir()
    for i, name in enumerate((b"plain.txt", b"tab\tname.txt", b"line\nbreak.txt",
                              b"caf\xe9 report.txt")):
        text = (f"Harbour report {i}\n\nThe harbour of Eastbrook reopened {i + 2} berths on "
                "Monday after the storm, the port authority said in a statement.\n")
        with open(os.path.join(os.fsencode(folder), name), "w", encoding="utf-8") as f:
            f.write(text)
    articles, summary = ingest_articles(session, [str(folder)])
    assert summary.rejected == []
    sources = sorted(a.source for _o, a in articles.collect())
    assert len(sources) == 4
    assert any(s.endswith("caf\\xe9 report.txt") for s in sources)


def test_spark_run_maps_fields_and_skips_its_own_outputs(session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """``--field`` reaches the Spark readers, and a store and results folder inside the
    input folder are not read back as inputs (as in the local engine)."""
    rows = [{"story_text": f"The harbour board of Eastbrook met {i} times about the dredging "
                     "contract, and its chair said a vote would follow in the spring.",
             "headline": f"Dredging talks {i}"} for i in range(3)]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    db, out = str(tmp_path / "s.db"), str(tmp_path / "out")
    fields = {"text": ("story_text",)}
    first = api.run([str(tmp_path)], db=db, out=out, fields=fields, engine="spark")
    assert (first.ingest.stored, first.ingest.rejected) == (3, [])
    # again into a new store at the same place (a Spark run fills a new one): the
    # results folder of the first run, still there, is not read either
    for made in tmp_path.glob("s.db*"):
        made.unlink()
    again = api.run([str(tmp_path)], db=db, out=out, fields=fields, engine="spark")
    assert again.ingest.rejected == [] and again.ingest.inputs == 1


def test_local_parquet_exports_have_the_spark_tables_types(runs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The local export took its Parquet types from the rows (all strings when empty,
    Arrow's null type for a field every row left empty); Spark's come from the record
    classes. Both now do, so a column has one type whichever engine wrote it."""
    import pyarrow.parquet as pq

    store, out, _summary, _spark_store = runs
    for kind in ("articles", "relations", "stories", "facts"):
        local = tmp_path / f"{kind}.parquet"
        api.export(kind, db=str(store.path), fmt="parquet", output=str(local))
        spark_schema = pq.read_table(out / f"{kind}.parquet").schema
        local_schema = pq.read_table(local).schema
        assert [(f.name, str(f.type)) for f in local_schema] == \
            [(f.name, str(f.type)) for f in spark_schema], kind


def test_a_spark_run_records_the_inputs_it_read_as_a_local_run_does(runs) -> None:  # type: ignore[no-untyped-def]
    """A parity probe: a Spark-made store recorded no input as read, so a later local run
    read every file again instead of skipping it unchanged."""
    import sqlite3

    store, _out, _spark, spark_store = runs

    def inputs(path: object) -> list[tuple[str, str]]:
        with sqlite3.connect(str(path)) as con:
            return con.execute("SELECT source, fingerprint FROM inputs ORDER BY source").fetchall()

    local = inputs(store.path)
    assert local and inputs(spark_store.path) == local


def test_the_archive_profile_gives_the_local_stories(session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The profile kept in the store reaches the executors, and its stories (which never
    go dormant by time) are clustered in one window: the local engine's partition."""
    corpus = str(_corpus())
    api.run([corpus], db=str(tmp_path / "local.db"), out=str(tmp_path / "local"),
            stories="archive")
    spark = api.run([corpus], db=str(tmp_path / "spark.db"), out=str(tmp_path / "spark"),
                    engine="spark", stories="archive")
    assert any("archive profile" in line and "one window" in line for line in spark.steps)
    store = SQLiteStore(tmp_path / "local.db")
    try:
        result = compare(store, tmp_path / "spark")
    finally:
        store.close()
    assert result.stories_ari == 1.0, "\n".join(result.lines())


def test_a_uri_spark_cannot_write_is_a_usage_error_before_any_work(session) -> None:  # type: ignore[no-untyped-def]
    """A Spark probe: "--out s3a://…" ran the whole job, failed on the tables with 66
    lines of Java (no S3 connector in Spark's jars) and left a full store, so the same
    command was then refused."""
    from copydesk.engines.spark.session import check_output_uri
    from copydesk.errors import UsageError

    with pytest.raises(UsageError, match=r"no file system for s3a://.*hadoop-aws"):
        check_output_uri(session, "s3a://copydesk-test-bucket/out")
