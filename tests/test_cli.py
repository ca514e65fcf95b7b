"""The command line: every command has help with examples; exports in every format."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from conftest import BODY_PARAGRAPHS, article_html, article_text
from copydesk.cli import COMMANDS, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, build_parser, main
from copydesk.columns import columns
from copydesk.exports import write_export
from copydesk.records import Relation


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_examples(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "examples:" in out and f"copydesk {command}" in out


def test_top_level_help_lists_commands_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    out = capsys.readouterr().out
    assert all(c in out for c in COMMANDS)
    assert "3 partial" in out


def test_no_command_is_a_usage_error() -> None:
    assert main([]) == 2


@pytest.fixture
def db(tmp_path: Path) -> str:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(article_text())
    other = (
        "Ferry crews joined the walkout on Wednesday, leaving island routes without service.",
        "The transport ministry said it would ask both sides to meet a mediator by Friday.",
    )
    (tmp_path / "in" / "b.html").write_text(article_html("Ferry crews join harbour strike", other))
    path = str(tmp_path / "s.db")
    assert main(["ingest", str(tmp_path / "in"), "--db", path, "-q"]) == EXIT_OK
    return path


def test_export_articles_jsonl_has_documented_fields(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "articles", "--db", db]) == EXIT_OK
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 2
    for row in rows:
        assert {"id", "source", "title", "published", "language", "text", "removed"} <= set(row)
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)


def test_export_from_a_missing_store_is_a_usage_error_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo.db"
    assert main(["export", "articles", "--db", str(missing)]) == 2
    assert "no store at" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_export_csv_and_parquet_have_the_same_columns(db: str, tmp_path: Path) -> None:
    out_csv, out_pq = tmp_path / "a.csv", tmp_path / "a.parquet"
    assert (
        main(["export", "articles", "--db", db, "--format", "csv", "-o", str(out_csv), "-q"]) == 0
    )
    assert (
        main(["export", "articles", "--db", db, "--format", "parquet", "-o", str(out_pq), "-q"])
        == 0
    )
    rows = list(csv.DictReader(io.StringIO(out_csv.read_text())))
    table = pq.read_table(out_pq)
    assert sorted(rows[0]) == sorted(table.column_names)
    assert table.num_rows == len(rows) == 2
    assert any(json.loads(r["removed"]) for r in rows)  # nested values survive as JSON text


def test_export_takes_its_format_from_the_file_name(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An OSINT probe: "-o stories.parquet" wrote JSON Lines and said nothing."""
    out_pq, out_csv, out_jsonl = tmp_path / "a.parquet", tmp_path / "a.csv", tmp_path / "a.jsonl"
    for out in (out_pq, out_csv, out_jsonl):
        assert main(["export", "articles", "--db", db, "-o", str(out), "-q"]) == 0
    assert pq.read_table(out_pq).num_rows == 2
    assert len(list(csv.DictReader(io.StringIO(out_csv.read_text())))) == 2
    assert len([json.loads(line) for line in out_jsonl.read_text().splitlines()]) == 2
    capsys.readouterr()
    mismatch = tmp_path / "b.csv"
    assert main(["export", "articles", "--db", db, "--format", "jsonl", "-o", str(mismatch)]) == 2
    assert "ends as a csv file" in capsys.readouterr().err and not mismatch.exists()


def test_run_inside_its_input_folder_does_not_read_its_own_outputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``copydesk run .`` with the store and results in that folder: the second run
    must not take the store for a binary input nor the exports for articles."""
    (tmp_path / "a.txt").write_text(article_text())
    monkeypatch.chdir(tmp_path)
    assert main(["run", ".", "--db", "news.db", "--out", "out", "-q"]) == EXIT_OK
    assert (tmp_path / "out" / "articles.jsonl").exists()
    ferry = ("Ferry crews joined the walkout on Wednesday, leaving island routes idle.",)
    (tmp_path / "b.txt").write_text(article_text("Ferry crews join harbour strike", ferry))
    assert main(["run", ".", "--db", "news.db", "--out", "out"]) == EXIT_OK
    printed = capsys.readouterr()
    assert "rejected:" not in printed.err + printed.out
    assert "1 new article(s) stored" in printed.out
    assert (tmp_path / "out" / "articles.jsonl").read_text().count("\n") == 2


def test_results_written_into_the_input_folder_hide_only_themselves(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``copydesk run . --out .``: the exports and report pages are skipped on the next
    run, the articles beside them (even JSON Lines ones) are still read."""
    (tmp_path / "a.txt").write_text(article_text())
    monkeypatch.chdir(tmp_path)
    assert main(["run", ".", "--db", "news.db", "--out", ".", "-q"]) == EXIT_OK
    assert (tmp_path / "articles.jsonl").exists() and (tmp_path / "index.html").exists()
    ferry = ("Ferry crews joined the walkout on Wednesday, leaving island routes idle.",)
    row = {"title": "Ferry crews join harbour strike", "maintext": ferry[0] * 2}
    (tmp_path / "wire.jsonl").write_text(json.dumps(row) + "\n")
    assert main(["run", ".", "--db", "news.db", "--out", "."]) == EXIT_OK
    printed = capsys.readouterr()
    assert "rejected:" not in printed.err + printed.out
    assert "1 new article(s) stored" in printed.out


def test_run_writes_exports(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "in"), "--db", db, "--out", str(out)]) == EXIT_OK
    assert (out / "articles.jsonl").read_text().count("\n") == 2
    assert "ingest:" in capsys.readouterr().out
    # Threads are gathered from the stories (three probes looked for them): each story's
    # thread has a row, and the rows hold every story once.
    stories = [json.loads(line) for line in (out / "stories.jsonl").read_text().splitlines()]
    threads = [json.loads(line) for line in (out / "threads.jsonl").read_text().splitlines()]
    assert {t["id"] for t in threads} == {s["thread_id"] for s in stories}
    assert sorted(i for t in threads for i in t["story_ids"]) == sorted(s["id"] for s in stories)
    assert sum(t["articles"] for t in threads) == sum(s["articles"] for s in stories)



def test_a_run_never_replaces_a_file_it_did_not_write(
        db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A user-experience audit: "copydesk run . --out ." replaced the folder's own
    articles.jsonl (an input) with the export, and "report --out site" a site's
    index.html. Now the run stops before any work and says which files are in the way;
    a folder copydesk wrote before (its manifest lists the files) is written again."""
    folder = tmp_path / "in"
    mine = folder / "articles.jsonl"
    mine.write_text('{"title": "Mine", "maintext": "' + "A sentence of mine. " * 20 + '"}\n')
    before = mine.read_bytes()
    assert main(["run", str(folder), "--db", db, "--out", str(folder)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "articles.jsonl" in err and "did not write" in err
    assert mine.read_bytes() == before
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<p>my site</p>")
    out = tmp_path / "out"
    assert main(["run", str(folder), "--db", db, "--out", str(out)]) == EXIT_OK
    assert main(["run", str(folder), "--db", db, "--out", str(out)]) == EXIT_OK  # again
    assert main(["report", "--db", db, "--out", str(site)]) == EXIT_USAGE
    assert (site / "index.html").read_text() == "<p>my site</p>"


def test_a_run_whose_report_cannot_be_imported_fails_and_says_why(
        db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A broken install (jinja2 missing) had been caught, logged at INFO, and the run
    ended 0 with no report: it looked complete."""
    import sys

    monkeypatch.setitem(sys.modules, "copydesk.report", None)  # import fails
    code = main(["run", str(tmp_path / "in"), "--db", db, "--out", str(tmp_path / "out")])
    assert code not in (EXIT_OK, EXIT_PARTIAL)
    assert "copydesk.report" in capsys.readouterr().err

def test_a_run_after_an_interrupted_one_says_it_finishes_its_work(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An incremental-run probe: after a kill, the next run gave no sign that it was
    finishing an earlier run's work."""
    from copydesk import api

    def killed(*args: object, **kwargs: object) -> list[str]:
        raise KeyboardInterrupt

    monkeypatch.setattr(api, "run_steps", killed)
    with pytest.raises(KeyboardInterrupt):
        api.run([str(tmp_path / "in")], db=db, out=str(tmp_path / "out"))
    assert api.unfinished_run(db)
    monkeypatch.undo()
    # An input probe: export and report read the killed run's store with no word.
    assert main(["export", "relations", "--db", db, "-o", str(tmp_path / "r.jsonl")]) == 0
    assert main(["report", "--db", db, "--out", str(tmp_path / "rep"), "-q"]) == 0
    assert capsys.readouterr().err.count("may be incomplete (run it again to finish)") == 2
    assert "its records may be incomplete" in (tmp_path / "rep" / "index.html").read_text()
    assert "**Warning:**" in (tmp_path / "rep" / "report.md").read_text()
    assert main(["run", str(tmp_path / "in"), "--db", db, "--out", str(tmp_path / "out")]) == 0
    assert "stopped before it finished" in capsys.readouterr().err
    assert not api.unfinished_run(db)
    assert main(["run", str(tmp_path / "in"), "--db", db, "--out", str(tmp_path / "out")]) == 0
    assert "stopped before it finished" not in capsys.readouterr().err
    assert not api.unfinished_run(str(tmp_path / "none.db"))


def test_workers_option_reaches_every_step_and_is_restored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from copydesk.cli import ingest as ingest_command
    from copydesk.workers import worker_count

    monkeypatch.delenv("COPYDESK_WORKERS", raising=False)
    (tmp_path / "a.txt").write_text(article_text())
    seen: list[int] = []
    real_main = ingest_command.main

    def spying(args):  # type: ignore[no-untyped-def]
        seen.append(worker_count(10**9, per_worker=1))
        return real_main(args)

    monkeypatch.setattr(ingest_command, "main", spying)
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(tmp_path / "a.txt"), "--db", db, "--workers", "3", "-q"]) == 0
    assert seen == [3]
    assert "COPYDESK_WORKERS" not in os.environ
    assert main(["ingest", str(tmp_path / "a.txt"), "--db", db, "--workers", "0"]) == 2
    assert "--workers must be at least 1" in capsys.readouterr().err


def test_serve_on_a_busy_port_is_a_usage_error_before_anything_starts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert main(["serve", "--db", str(tmp_path / "s.db"), "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert f"cannot listen on 127.0.0.1:{port}" in err and "serving" not in err


def test_an_unwritable_output_is_one_line_not_a_traceback(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "taken").write_text("a file where the results folder should go")
    before = Path(db).stat().st_mtime_ns
    # A usage error before any work (it failed after every step had run).
    assert main(["run", str(tmp_path / "in"), "--db", db, "--out", str(tmp_path / "taken"),
                 "-q"]) == 2
    assert Path(db).stat().st_mtime_ns == before
    missing = tmp_path / "no" / "such" / "folder" / "a.csv"
    assert main(["export", "articles", "--db", db, "--format", "csv", "-o", str(missing)]) == 2
    assert main(["export", "articles", "--db", db, "-o", str(tmp_path)]) == 2
    assert main(["report", "--db", db, "--out", str(tmp_path / "taken")]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert f"copydesk run: {tmp_path / 'taken'}: a file is in the way of a folder" in err
    assert f"copydesk export: {missing.parent}: no such folder (create it" in err
    assert f"copydesk export: {tmp_path} is a folder: give --output a file name" in err
    assert f"copydesk report: {tmp_path / 'taken'}: a file is in the way of a folder" in err
    # An input probe: an unset variable's "--out ''" wrote over the working folder's files.
    assert main(["run", str(tmp_path / "in"), "--db", db, "--out", "", "-q"]) == 2
    assert "the results folder is empty: give --out a folder name" in capsys.readouterr().err


def test_a_db_that_is_no_store_is_a_usage_error_and_leaves_no_results_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "notes.db"
    text.write_text("shopping list, not a database")
    (tmp_path / "in.txt").write_text("A harbour reopened after the storm on Monday morning.")
    for db in (text, tmp_path):  # a text file, a folder
        out = tmp_path / f"out-{db.name}"
        assert main(["run", str(tmp_path / "in.txt"), "--db", str(db), "--out", str(out),
                     "-q"]) == 2
        assert not out.exists()
        assert main(["report", "--db", str(db), "--out", str(out)]) == 2
        assert not out.exists()
    err = capsys.readouterr().err
    assert "give --db a copydesk store, or a new file name to start one" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("command", ["ingest", "run"])
def test_a_db_that_cannot_be_written_is_a_usage_error_before_any_work(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A user's read-only --db exited 1, a failure, where the README calls it a usage
    error (2), as an unwritable results folder is. A path under a file can never be made,
    whoever runs the test."""
    (tmp_path / "in.txt").write_text(article_text())
    (tmp_path / "notes").write_text("a file, where the store's folder would go")
    out = tmp_path / "out"
    extra = ["--out", str(out)] if command == "run" else []
    for db in (tmp_path / "notes" / "s.db", tmp_path / "notes" / "deeper" / "s.db"):
        code = main([command, str(tmp_path / "in.txt"), "--db", str(db), "-q", *extra])
        assert code == 2
        err = capsys.readouterr().err
        assert f"{tmp_path / 'notes'} is a file; give --db a writable path" in err
        assert "Traceback" not in err and not out.exists()


def test_a_read_only_folder_for_the_db_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in.txt").write_text(article_text())
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as root: a read-only folder is writable anyway (the "
                        "up-front check is tested with the access check faked)")
        assert main(["ingest", str(tmp_path / "in.txt"), "--db", str(locked / "s.db"),
                     "-q"]) == 2
        assert "read-only; give --db a writable path" in capsys.readouterr().err
    finally:
        locked.chmod(0o755)


def test_an_up_to_date_store_that_is_read_only_is_refused_before_reading_any_input(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An up-to-date store opens without a write, so a read-only one failed only at the
    first batch, after its inputs had been read, as a failure (1). The file system's
    answer is faked: as root, chmod cannot make a file read-only."""
    import copydesk.store.sqlite as sqlite_store

    real = os.access

    def read_only(path: object, mode: int, **kwargs: object) -> bool:
        if mode & os.W_OK and os.fspath(path) == db:  # type: ignore[arg-type]
            return False
        return real(path, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite_store.os, "access", read_only)
    (tmp_path / "new.txt").write_text(article_text("A second harbour story"))
    for command in (["ingest"], ["run", "--out", str(tmp_path / "out")]):
        assert main([*command[:1], str(tmp_path / "new.txt"), "--db", db, "-q",
                     *command[1:]]) == 2
        err = capsys.readouterr().err
        assert f"copydesk {command[0]}: {db}: the store or its folder is read-only" in err
    assert not (tmp_path / "out").exists()


def _serve_never_starts(monkeypatch: pytest.MonkeyPatch) -> int:
    """A port nothing listens on, for a serve command that must stop before serving."""
    import socket

    import copydesk.web

    def never(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the server must not start")

    monkeypatch.setattr(copydesk.web, "serve", never)
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        return int(free.getsockname()[1])


def test_serve_on_a_file_that_is_no_store_says_so_before_announcing_anything(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    port = _serve_never_starts(monkeypatch)
    notes = tmp_path / "notes.db"
    notes.write_text("shopping list: bread, milk\n" * 50)
    assert main(["serve", "--db", str(notes), "--port", str(port)]) == 2  # a usage error
    err = capsys.readouterr().err
    assert "not a usable copydesk store" in err and "serving" not in err
    # A web probe: a folder was "no store … starting with an empty one", then a failure;
    # another program's SQLite file exited 1; an unknown host asked about another serve.
    assert main(["serve", "--db", str(tmp_path), "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert "is a folder" in err and "empty one" not in err and "serving" not in err
    other = tmp_path / "other.db"
    import sqlite3

    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE todo (item TEXT)")
    con.close()
    assert main(["serve", "--db", str(other), "--port", str(port)]) == 2
    capsys.readouterr()
    # export and report had exited 1 on it, saying they "will not write into it".
    assert main(["export", "articles", "--db", str(other)]) == 2
    assert main(["report", "--db", str(other), "--out", str(tmp_path / "r")]) == 2
    err = capsys.readouterr().err
    assert "not a copydesk store" in err and "write" not in err
    assert main(["serve", "--db", str(notes), "--host", "999.1.1.1", "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert "no such host" in err and "another copydesk serve" not in err


def test_serve_on_a_new_db_it_cannot_create_says_so_before_starting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """It said "starting with an empty one", then failed with exit 1."""
    port = _serve_never_starts(monkeypatch)
    (tmp_path / "notes").write_text("a file, where the store's folder would go")
    assert main(["serve", "--db", str(tmp_path / "notes" / "s.db"), "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert "give --db a writable path" in err and "empty one" not in err


def test_a_later_ingest_of_the_folder_skips_the_results_a_run_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ingest`` is not told where ``run`` wrote its results: the results folder's
    manifest says it (exports and report pages), and the walk leaves them out."""
    from copydesk.outputs import MANIFEST, listed_outputs

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(article_text())
    out = folder / "results"
    assert main(["run", str(folder), "--db", str(tmp_path / "s.db"), "--out", str(out),
                 "-q"]) == EXIT_OK
    listed = listed_outputs(out)
    assert {"articles.jsonl", "relations.jsonl", "index.html", "report.json"} <= listed
    assert (out / MANIFEST).is_file()
    assert main(["ingest", str(folder), "--db", str(tmp_path / "other.db")]) == EXIT_OK
    printed = capsys.readouterr()
    assert "rejected:" not in printed.err
    assert "ingest: 1 input(s), 1 document(s) read, 1 new article(s) stored" in printed.out


def test_parquet_takes_a_column_of_numbers_and_ranges(tmp_path: Path) -> None:
    """A quantity's value is a number or a [low, high] range: the Parquet export of the
    demo's quantities failed (ArrowInvalid) on that mix."""
    from copydesk.exports import write_export

    rows = [{"id": "a", "value": 24.0, "unit": "t"}, {"id": "b", "value": [24.0, 144.0],
                                                      "unit": None}]
    path = tmp_path / "q.parquet"
    assert write_export(rows, path, "parquet") == 2
    table = pq.read_table(path)
    assert [json.loads(v) for v in table.column("value").to_pylist()] == [24.0, [24.0, 144.0]]
    assert table.column("unit").to_pylist() == ["t", None]


@pytest.mark.parametrize("kind", ["articles", "relations", "quantities", "facts"])
def test_an_empty_export_still_has_its_columns(kind: str, tmp_path: Path) -> None:
    from copydesk.exports import export_columns
    from copydesk.store import open_store

    db = str(tmp_path / "empty.db")
    open_store(db).close()
    out_csv, out_pq = tmp_path / "e.csv", tmp_path / "e.parquet"
    for fmt, out in (("csv", out_csv), ("parquet", out_pq)):
        assert main(["export", kind, "--db", db, "--format", fmt, "-o", str(out), "-q"]) == 0
    header = out_csv.read_text().splitlines()
    assert header == [",".join(export_columns(kind))]
    assert "id" in header[0] and pq.read_table(out_pq).column_names == export_columns(kind)


def test_a_mistyped_path_is_a_usage_error_before_anything_is_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """All stages ran over nothing and wrote empty exports, exit 3 ("partial")."""
    monkeypatch.chdir(tmp_path)
    assert main(["run", "no/such/dir", "--out", "o", "--db", "o.db"]) == 2
    assert "no such file or folder: no/such/dir (check the path)" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())
    (tmp_path / "a.txt").write_text(article_text())
    assert main(["ingest", "a.txt", "typo.txt", "--db", "o.db", "-q"]) == 3  # one is there


def test_a_uri_for_the_local_engines_results_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Spark probe: the local engine wrote "--out s3a://bucket/x" into a folder named
    "s3a:" and said it had written to the bucket."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(article_text())
    assert main(["run", "a.txt", "--out", "s3a://bucket/x", "--db", "o.db"]) == 2
    assert "the local engine writes to a folder on this machine" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_a_new_field_mapping_on_a_stored_file_says_what_it_does_not_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "custom.jsonl"
    path.write_text(json.dumps({"headline": "Ferry fares rise", "body": article_text(),
                                "ts": "2025-03-11T08:00:00Z"}) + "\n")
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(path), "--db", db, "--field", "text=body"]) == EXIT_OK
    capsys.readouterr()
    assert main(["ingest", str(path), "--db", db, "--field", "text=body",
                 "--field", "published=ts"]) == EXIT_OK
    assert "re-reads only the files no article was stored from" in capsys.readouterr().out


def test_a_file_rejected_whole_is_read_again_with_the_field_mapping_it_asked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An ingest probe: every record lacked a text field and was rejected with "map yours
    with --field"; the rerun with --field on the same store skipped the file as
    unchanged and printed the same advice. 3,000 such records were 3,000 lines."""
    path = tmp_path / "scraper.jsonl"
    path.write_text("".join(json.dumps({"doc": {"body": article_text(
        f"Ferry fares rise on route {i}", (f"Route {i} carries {100 + i} cars a day.",
                                            *BODY_PARAGRAPHS))}, "n": i}) + "\n"
        for i in range(40)))
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(path), "--db", db, "-q"]) == EXIT_PARTIAL
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 4 and "37 more record(s) for the same reason" in err[-1]
    assert main(["ingest", str(path), "--db", db, "-q", "--field", "text=doc.body"]) == EXIT_OK
    assert capsys.readouterr().err == ""
    assert main(["export", "articles", "--db", db, "--output", str(tmp_path / "a.jsonl")]) == 0
    assert len((tmp_path / "a.jsonl").read_text().splitlines()) == 40


def test_a_rerun_still_reports_what_an_earlier_run_rejected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The input is skipped as unchanged, so its bad line was no longer read: the rerun
    (after an interruption, say) said "0 rejected" and exited 0."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(article_text())
    good = json.dumps({"title": "Ferry crews join strike", "text": article_text()})
    (folder / "feed.jsonl").write_text(good + "\n{bad json\n")
    db = str(tmp_path / "s.db")

    assert main(["ingest", str(folder), "--db", db]) == EXIT_PARTIAL
    first = capsys.readouterr()
    assert main(["ingest", str(folder), "--db", db]) == EXIT_PARTIAL
    again = capsys.readouterr()
    assert "1 rejected by an earlier run" in again.out
    (line,) = [x for x in first.err.splitlines() if x.startswith("rejected:")]
    assert f"{line} (recorded by an earlier run)" in again.err.splitlines()
    # Fixed, the file is read again, and its old rejection is gone for good.
    (folder / "feed.jsonl").write_text(good + "\n")
    os.utime(folder / "feed.jsonl", (1, 1))  # a new size and time: another input
    for _ in range(2):
        assert main(["ingest", str(folder), "--db", db]) == EXIT_OK
        assert "rejected:" not in capsys.readouterr().err


def test_export_reads_a_store_it_cannot_open_for_writing(
    db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A store on read-only media: every command opened it for writing and failed with
    "not a usable copydesk store"; export and report now read it read-only."""
    _on_read_only_media(monkeypatch)
    assert main(["export", "articles", "--db", db]) == EXIT_OK
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_an_old_store_on_read_only_media_says_how_to_migrate_it(
    db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said "the store or its folder is read-only … export can read a read-only
    store" to a user of export."""
    import sqlite3

    with sqlite3.connect(db) as con:
        con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    _on_read_only_media(monkeypatch)
    assert main(["export", "articles", "--db", db]) == 1
    assert "copy it somewhere writable" in capsys.readouterr().err


def _on_read_only_media(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stores open only read-only, as on read-only media (as root, chmod cannot show it)."""
    import copydesk.store as stores
    from copydesk.errors import StoreError

    real = stores.open_store

    def read_only_media(path: str = "copydesk.db", *, readonly: bool = False):  # type: ignore[no-untyped-def]
        if not readonly:
            raise StoreError(f"{path}: the store or its folder is read-only")
        return real(path, readonly=True)

    monkeypatch.setattr(stores, "open_store", read_only_media)


def test_parquet_columns_are_typed_by_the_record_not_by_the_rows(tmp_path: Path) -> None:
    """An empty relations export had every column as strings, and a column every row left
    empty had Arrow's null type: the types now come from the record classes."""
    from copydesk.store import open_store

    db = str(tmp_path / "empty.db")
    open_store(db).close()
    out = tmp_path / "r.parquet"
    args = ["--format", "parquet", "-q", "-o"]
    assert main(["export", "relations", "--db", db, *args, str(out)]) == 0
    types = {f.name: str(f.type) for f in pq.read_table(out).schema}
    assert types["confidence"] == "double" and types["passages"] == "string"
    assert types["substitutions"] == "string" and types["original"] == "string"
    # The flags a relation's reason says in words: booleans, plain text, two languages
    # as a list of strings (not JSON text).
    assert types["spun_part"] == types["round_trip"] == "bool"
    assert types["quoted_by"] == types["credit"] == types["shared_source"] == "string"
    assert types["languages"] == "list<element: string>"
    # A relation's type is a Literal of strings: a plain column, not JSON text ('"spun"').
    assert columns(Relation)["type"] == "str"
    text = article_text()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(text)
    db2 = str(tmp_path / "one.db")
    assert main(["ingest", str(folder), "--db", db2, "-q"]) == 0
    out2 = tmp_path / "a.parquet"
    assert main(["export", "articles", "--db", db2, *args, str(out2)]) == 0
    table = pq.read_table(out2)
    types = {f.name: str(f.type) for f in table.schema}
    assert (types["spun"], types["spin_score"], types["published"], types["byline"]) == (
        "bool", "double", "string", "string")  # all empty before any reuse step ran
    assert table.num_rows == 1 and table.column("spun").to_pylist() == [None]


def test_csv_cells_that_spreadsheets_would_run_as_formulas_are_kept_as_text(
    tmp_path: Path,
) -> None:
    out = tmp_path / "hostile.csv"
    rows = [
        {"id": "a", "title": "=HYPERLINK(\"http://x\")", "site": "+farm", "n": -3},
        {"id": "b", "title": "@SUM(1+1)", "site": "-spin", "n": 4},
        {"id": "c", "title": "Plain title - with a dash", "site": "wire.example", "n": 0},
    ]
    assert write_export(rows, out, "csv") == 3
    read = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["title"] for r in read] == [
        "'=HYPERLINK(\"http://x\")", "'@SUM(1+1)", "Plain title - with a dash"
    ]
    assert [r["site"] for r in read] == ["'+farm", "'-spin", "wire.example"]
    assert [r["n"] for r in read] == ["-3", "4", "0"]  # numbers are not text cells


def test_an_empty_db_path_is_refused_not_a_silent_temporary_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(article_text())
    assert main(["ingest", str(tmp_path / "a.txt"), "--db", "", "-q"]) != EXIT_OK
    assert "store path is empty" in capsys.readouterr().err


@pytest.mark.parametrize(("failure", "advice"), [
    ("attempt to write a readonly database", "give --db a writable file"),
    ("database is locked", "another copydesk"),
])
def test_a_store_that_fails_on_write_is_one_line_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    failure: str, advice: str,
) -> None:
    """A read-only (or locked) store file opens, then its first write raised
    sqlite3.OperationalError through to a traceback."""
    import sqlite3

    from copydesk.store.sqlite import SQLiteStore

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError(failure)

    monkeypatch.setattr(SQLiteStore, "add_batch", refuse)
    (tmp_path / "a.txt").write_text(article_text())
    code = main(["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "c.db"), "-q"])
    err = capsys.readouterr().err
    assert code not in (EXIT_OK, None) and advice in err and "Traceback" not in err


def test_a_bad_copydesk_workers_is_said_before_the_store_is_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COPYDESK_WORKERS", "abc")
    (tmp_path / "a.txt").write_text(article_text())
    db = tmp_path / "new" / "c.db"
    assert main(["ingest", str(tmp_path / "a.txt"), "--db", str(db), "-q"]) != EXIT_OK
    assert "COPYDESK_WORKERS" in capsys.readouterr().err
    assert not db.exists() and not db.parent.exists()


def test_a_spark_run_into_a_store_holding_articles_is_refused_before_spark_starts(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Its steps work on its own run's articles: over an earlier run's store they had
    replaced its relations, stories and facts with the new run's alone (a parity probe).
    Refused as a usage error, with no Spark session, no results folder and no change."""
    out = tmp_path / "results"
    before = Path(db).read_bytes()
    assert main(["run", str(tmp_path / "in"), "--db", db, "--out", str(out),
                 "--engine", "spark", "-q"]) == 2
    err = capsys.readouterr().err
    assert "already holds 2 article(s)" in err and "--engine local" in err
    assert not out.exists() and Path(db).read_bytes() == before


def test_an_export_is_swapped_in_whole(tmp_path: Path) -> None:
    """An input probe: a run killed while writing its exports left a short file that read
    as complete in place of the last whole one."""
    from copydesk.exports import write_export

    target = tmp_path / "relations.jsonl"
    assert write_export([{"a": 1}, {"a": 2}], target, "jsonl") == 2

    def dying() -> object:
        yield {"a": 3}
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_export(dying(), target, "jsonl")  # type: ignore[arg-type]
    assert target.read_text() == '{"a": 1}\n{"a": 2}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["relations.jsonl"]


def test_an_export_writes_through_a_link_or_a_pipe(tmp_path: Path) -> None:
    """A user-experience audit: "-o /dev/stdout", a named pipe or a link was swapped for
    a new file (the reader of the pipe got nothing; /dev/stdout became a file)."""
    import os
    import threading

    from copydesk.exports import write_export

    real = tmp_path / "real.jsonl"
    real.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert write_export([{"a": 1}], link, "jsonl") == 1
    assert link.is_symlink() and real.read_text() == '{"a": 1}\n'
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    read: list[str] = []
    reader = threading.Thread(target=lambda: read.append(pipe.read_text()))
    reader.start()
    assert write_export([{"a": 2}], pipe, "jsonl") == 1
    reader.join(timeout=10)
    assert read == ['{"a": 2}\n'] and not pipe.is_file()


def test_a_run_over_an_empty_folder_says_so(
        db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A user-experience audit: an empty folder (a wrong path in a cron job) ended 0
    with an empty report, as if all had been read."""
    empty = tmp_path / "empty"
    empty.mkdir()
    code = main(["run", str(empty), "--db", db, "--out", str(tmp_path / "out"), "-q"])
    assert code == EXIT_PARTIAL
    assert "no file to read" in capsys.readouterr().err
