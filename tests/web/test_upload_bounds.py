"""Uploads as a long-running server sees them: what an uploaded article's source says,
how many jobs may wait, how much the uploads folder may hold, and whose forwarded
headers are believed."""

from __future__ import annotations

import io
import os
import re
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from conftest import article_html, article_text
from copydesk.store import SQLiteStore
from copydesk.web import create_app
from copydesk.web import jobs as jobs_module
from copydesk.web.app import MAX_UPLOAD_BYTES


def _wait(client: TestClient, job_id: str) -> dict[str, object]:
    status: dict[str, object] = {}
    for _ in range(400):
        status = client.get(f"/api/jobs/{job_id}").json()
        if status["state"] in ("done", "partial", "failed"):
            return status
        time.sleep(0.05)
    raise AssertionError(f"job {job_id} did not finish: {status}")


def _upload(client: TestClient, *files: tuple[str, bytes]) -> object:
    return client.post("/api/ingest", files=[
        ("files", (name, io.BytesIO(data), "application/octet-stream")) for name, data in files])


def _text(n: int) -> str:
    """An article of its own for each ``n`` (ids are hashes of the text)."""
    return article_text(title=f"Ferry number {n} sails", paragraphs=(
        f"Ferry {n} left Portvale harbour at dawn with {n + 40} cars aboard and returned "
        "after noon, the harbour office said.",
        f"Its crew of {n + 9} said the crossing had been calm despite the forecast."))


@pytest.fixture
def no_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jobs_module, "run_steps", lambda store, progress=None: [])


def test_an_uploaded_article_names_its_file_not_the_servers_folder(
    tmp_path: Path, no_steps: None,
) -> None:
    """Its source had been the server's path (/home/…/copydesk-uploads/<job>/page.html),
    shown on its page, in the API and in every export."""
    uploads = tmp_path / "srv" / "copydesk-uploads"
    client = TestClient(create_app(str(tmp_path / "w.db"), uploads=uploads))
    r = _upload(client, ("../Harbour page.html", article_html().encode()),
                ("note.txt", _text(1).encode()),
                ("empty.txt", b""))
    assert r.status_code == 202
    job_id = r.json()["job"]["id"]
    assert _wait(client, job_id)["state"] == "partial"
    items = client.get("/api/articles").json()["items"]
    assert sorted(a["source"] for a in items) == [
        f"upload:{job_id}/Harbour_page.html", f"upload:{job_id}/note.txt"]
    for article in items:
        shown = client.get(f"/articles/{article['id']}").text
        shown += client.get(f"/api/articles/{article['id']}").text
        assert str(tmp_path) not in shown and "copydesk-uploads" not in shown
    store = SQLiteStore(str(tmp_path / "w.db"))
    try:
        assert [r.source for r in store.rejections()] == [f"upload:{job_id}/empty.txt"]
    finally:
        store.close()
    # The files are still read from where they were saved.
    assert (uploads / job_id / "Harbour_page.html").is_file()


def test_many_single_article_files_are_read_in_processes_under_their_upload_names(
    tmp_path: Path, no_steps: None, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past PARALLEL_AFTER files the pool reads them, and had reopened each by its source."""
    from copydesk.ingest import parallel

    monkeypatch.setattr(parallel, "PARALLEL_AFTER", 2)
    monkeypatch.setenv("COPYDESK_WORKERS", "2")
    runner = jobs_module.JobRunner(str(tmp_path / "p.db"), tmp_path / "up")
    files = [(f"n{i}.txt", io.BytesIO(_text(i).encode())) for i in range(4)]
    job = runner.submit(files)
    for _ in range(600):
        if job.finished is not None and job.state != "running":
            break
        time.sleep(0.05)
    assert (job.state, job.stored) == ("done", 4), job.snapshot()


def test_jobs_past_the_queue_limit_are_refused_with_429(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every POST had queued another job, without bound."""
    release = threading.Event()

    def slow_steps(store: object, progress: object = None) -> list[str]:
        release.wait(20)
        return []

    monkeypatch.setattr(jobs_module, "run_steps", slow_steps)
    client = TestClient(create_app(str(tmp_path / "q.db"), uploads=tmp_path / "u",
                                   max_queued_jobs=2))
    first = _upload(client, ("a.txt", _text(1).encode()))
    second = _upload(client, ("b.txt", _text(2).encode()))
    assert (first.status_code, second.status_code) == (202, 202)
    refused = _upload(client, ("c.txt", _text(3).encode()))
    assert refused.status_code == 429 and refused.headers["retry-after"]
    assert "--max-queued-jobs" in refused.json()["error"]
    page = client.post("/upload", files=[("files", ("d.txt", b"Fourth upload", "text/plain"))])
    assert page.status_code == 429 and "--max-queued-jobs" in page.text
    # Refused before anything was saved.
    assert len(list((tmp_path / "u").iterdir())) == 2
    release.set()
    for r in (first, second):
        _wait(client, r.json()["job"]["id"])
    assert _upload(client, ("e.txt", _text(5).encode())).status_code == 202


def test_the_uploads_folder_is_kept_under_its_limit_oldest_jobs_first(
    tmp_path: Path, no_steps: None,
) -> None:
    """The folder had grown by every upload for the server's life (and across restarts)."""
    uploads = tmp_path / "u"
    stale = uploads / "0123456789abcdef"  # a job folder of an earlier server
    stale.mkdir(parents=True)
    (stale / "old.txt").write_bytes(b"x" * 1500)
    os.utime(stale, (1, 1))
    keep = uploads / "notes"  # not a job's folder: never deleted
    keep.mkdir()
    (keep / "mine.txt").write_bytes(b"y" * 100)
    client = TestClient(create_app(str(tmp_path / "s.db"), uploads=uploads,
                                   max_upload_storage_bytes=4000))
    first = _upload(client, ("a.txt", _text(1).encode().ljust(1000)))
    _wait(client, first.json()["job"]["id"])
    assert stale.is_dir()  # 2,500 bytes with the new upload: nothing to delete
    os.utime(uploads / first.json()["job"]["id"], (2, 2))
    second = _upload(client, ("b.txt", _text(2).encode().ljust(2000)))
    _wait(client, second.json()["job"]["id"])
    # 1,500 + 1,000 + 2,000 is past 4,000: the oldest folder went first, and only it.
    assert not stale.exists() and (uploads / first.json()["job"]["id"]).is_dir()
    third = _upload(client, ("c.txt", _text(3).encode().ljust(1500)))
    _wait(client, third.json()["job"]["id"])
    assert not (uploads / first.json()["job"]["id"]).exists()
    assert (uploads / second.json()["job"]["id"]).is_dir() and (keep / "mine.txt").is_file()
    # An upload larger than the whole allowance is refused, and says what to do.
    refused = _upload(client, ("huge.txt", b"z" * 4100))
    assert refused.status_code == 507, refused.text
    assert "--max-upload-storage-mb" in refused.json()["error"]
    # The articles stay in the store whatever happened to their files.
    assert client.get("/api/articles").json()["total"] == 3


def test_forwarded_headers_are_believed_only_behind_a_named_proxy(tmp_path: Path) -> None:
    """uvicorn believed X-Forwarded-For and X-Forwarded-Proto from 127.0.0.1 by default
    (so any local program could set the client address the log shows)."""
    from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

    from copydesk.web import server_config

    plain = server_config(str(tmp_path / "a.db"))
    plain.load()
    assert plain.proxy_headers is False
    assert not isinstance(plain.loaded_app, ProxyHeadersMiddleware)
    behind = server_config(str(tmp_path / "a.db"), trusted_proxies=["10.1.2.3"])
    behind.load()
    assert behind.proxy_headers is True
    assert isinstance(behind.loaded_app, ProxyHeadersMiddleware)
    assert behind.forwarded_allow_ips == ["10.1.2.3"]


def test_serve_offers_the_bounds_with_the_apps_defaults() -> None:
    import argparse

    from copydesk.cli import serve as serve_cli

    parser = argparse.ArgumentParser()
    serve_cli.add_arguments(parser)
    args = parser.parse_args([])
    assert args.max_queued_jobs == jobs_module.MAX_QUEUED_JOBS
    assert args.max_upload_storage_mb * 1024 * 1024 == jobs_module.MAX_UPLOAD_STORAGE_BYTES
    assert args.max_upload_mb * 1024 * 1024 == MAX_UPLOAD_BYTES
    assert args.trust_proxy == [] and args.job_niceness == jobs_module.JOB_NICENESS
    assert {"--max-queued-jobs", "--max-upload-storage-mb", "--trust-proxy"} <= set(
        " ".join(serve_cli.EXAMPLES.split()).split())


def test_a_job_in_a_process_of_its_own_reports_as_one_in_a_thread(tmp_path: Path) -> None:
    """``serve`` runs each job in a process at a lower priority: in a thread of the server
    it held the interpreter's lock against every request (bench/web_queued.py: pages took
    a median 30 ms during a job, 12.7 ms with the job in a process at niceness 10). The
    real stages run here: stubs do not cross into another process."""
    import sqlite3

    reports = []
    for niceness in (None, 10):
        runner = jobs_module.JobRunner(str(tmp_path / f"{niceness}.db"), tmp_path / "u",
                                       niceness=niceness)
        job = runner.submit([("a.txt", io.BytesIO(_text(1).encode())),
                             ("b.bin", io.BytesIO(b"\x00\x01" * 50))])
        for _ in range(1200):
            if job.finished is not None and job.state != "running":
                break
            time.sleep(0.05)
        status = job.snapshot()
        assert status["state"] == "partial", status
        assert (status["stored"], status["already_stored"], status["rejected"]) == (1, 0, 1)
        db = sqlite3.connect(tmp_path / f"{niceness}.db")
        (source,) = db.execute("SELECT source FROM articles").fetchone()
        db.close()
        assert source == f"upload:{job.id}/a.txt"
        # Speeds differ, and so may tagging processes (a forkserver keeps the environment
        # it started with: COPYDESK_WORKERS of an earlier test).
        reports.append([re.sub(r" in \d+ processes|[\d.]+ articles/s", "", line)
                        .replace(job.id, "JOB") for line in status["lines"]])
    assert reports[0] == reports[1] and any(line.startswith("stories:") for line in reports[1])


def test_the_upload_page_states_the_servers_own_limit(tmp_path: Path, no_steps: None) -> None:
    """The page had said "up to 50 MB" whatever the server refused; a user who chose a
    smaller limit was told a bigger one and met a 413."""
    client = TestClient(create_app(str(tmp_path / "w.db"), max_upload_bytes=3 * 1024 * 1024))
    page = client.get("/upload").text
    assert "up to 3 MB per upload" in page and "50 MB" not in page
    r = _upload(client, ("big.txt", b"a" * (3 * 1024 * 1024 + 1)))
    assert r.status_code == 413 and "3 MB" in r.json()["error"]
    assert _upload(client, ("note.txt", _text(5).encode())).status_code == 202
    default = TestClient(create_app(str(tmp_path / "d.db"))).get("/upload").text
    assert f"up to {MAX_UPLOAD_BYTES // (1024 * 1024)} MB per upload" in default


@pytest.mark.parametrize(("options", "problem"), [
    (["--max-upload-mb", "0"], "--max-upload-mb must be at least 1"),
    (["--max-upload-mb", "300", "--max-upload-storage-mb", "200"], "is more than"),
])
def test_serve_refuses_an_upload_limit_it_could_not_keep(
    tmp_path: Path, options: list[str], problem: str,
) -> None:
    import argparse

    from copydesk.cli import serve as serve_cli
    from copydesk.errors import UsageError

    parser = argparse.ArgumentParser()
    serve_cli.add_arguments(parser)
    args = parser.parse_args(["--db", str(tmp_path / "s.db"), *options])
    with pytest.raises(UsageError, match=problem):
        serve_cli.main(args)
    assert not (tmp_path / "s.db").exists()  # refused before any store is made


class _SlowUpload(io.BytesIO):
    """An uploaded file whose reading waits for ``go``: the first upload is still being
    saved when the second arrives."""

    def __init__(self, data: bytes, reading: threading.Event, go: threading.Event) -> None:
        super().__init__(data)
        self.reading, self.go = reading, go

    def read(self, size: int | None = -1) -> bytes:
        self.reading.set()
        assert self.go.wait(10)
        return super().read(size)


def test_two_uploads_at_once_cannot_both_take_the_same_room(
    tmp_path: Path, no_steps: None,
) -> None:
    """Files are saved outside the runner's lock; the folder of an upload still being
    saved had counted as empty, so a second upload found room that the first had taken
    and the folder went past its limit."""
    runner = jobs_module.JobRunner(str(tmp_path / "s.db"), tmp_path / "u", max_storage=4000)
    reading, go = threading.Event(), threading.Event()
    first: list[object] = []
    saving = threading.Thread(target=lambda: first.append(runner.submit(
        [("a.txt", _SlowUpload(b"a" * 3000, reading, go))])))
    saving.start()
    assert reading.wait(10)
    try:
        with pytest.raises(jobs_module.UploadRefused) as refused:
            runner.submit([("b.txt", io.BytesIO(b"b" * 3000))])
        assert refused.value.status == 507
        runner.submit([("c.txt", io.BytesIO(b"c" * 900))])  # what is left still fits
    finally:
        go.set()
        saving.join(10)
    assert len(first) == 1
