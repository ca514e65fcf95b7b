"""The web app and its JSON API, through FastAPI's TestClient over a sample store file."""

from __future__ import annotations

import dataclasses
import io
import json
import sqlite3
import time
from pathlib import Path

import lxml.html
import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from copydesk.exports import export_rows
from copydesk.store import SQLiteStore, open_store
from copydesk.web import create_app
from copydesk.web import jobs as jobs_module
from copydesk.web.jobs import safe_filename
from report_sample import build_sample


@pytest.fixture
def sample_db(tmp_path: Path) -> tuple[str, dict[str, str]]:
    db = str(tmp_path / "web.db")
    s = open_store(db)
    ids = build_sample(s)
    s.close()
    return db, ids


@pytest.fixture
def client(sample_db: tuple[str, dict[str, str]], tmp_path: Path) -> TestClient:
    return TestClient(create_app(sample_db[0], uploads=tmp_path / "uploads"))


def _rows(html: str) -> list[str]:
    doc = lxml.html.document_fromstring(html)
    return [a.text_content() for a in doc.xpath("//a[@class='story-link']")]


def test_story_list_filters_and_pages(client: TestClient) -> None:
    assert len(_rows(client.get("/").text)) == 2
    assert _rows(client.get("/?min_sources=3").text) == [
        "Lenna Street bridge closed after cracks found in pillar"]
    assert _rows(client.get("/?q=ferry+strike").text) == [
        "Saltmere ferry crews strike over night-shift rosters"]
    assert _rows(client.get("/?date_from=2025-04-02").text) == [
        "Saltmere ferry crews strike over night-shift rosters"]
    assert _rows(client.get("/?date_to=2025-03-31").text) == []
    assert "No story matches" in client.get("/?date_to=2025-03-31").text
    first = client.get("/?per_page=1&sort=recent")
    assert _rows(first.text) == ["Saltmere ferry crews strike over night-shift rosters"]
    assert "page=2" in first.text and "Page 1 of 2" in first.text
    assert len(_rows(client.get("/?per_page=1&page=2").text)) == 1
    # Accents are folded as the search box folds them ("Lokführer" found by "Lokfuhrer").
    assert _rows(client.get("/?q=S%C3%A1ltmere+r%C3%B3sters").text) == [
        "Saltmere ferry crews strike over night-shift rosters"]
    # Empty form fields are "no filter"; nonsense is a 400 page, not a crash.
    assert client.get("/?q=&date_from=&date_to=&min_sources=").status_code == 200
    assert client.get("/?date_from=yesterday").status_code == 400
    reversed_range = client.get("/?date_from=2025-04-03&date_to=2025-04-02")
    assert reversed_range.status_code == 400 and "swap them" in reversed_range.text


def test_story_page_is_the_report_page(client: TestClient,
                                       sample_db: tuple[str, dict[str, str]]) -> None:
    ids = sample_db[1]
    r = client.get(f"/stories/{ids['story']}")
    assert r.status_code == 200
    doc = lxml.html.document_fromstring(r.text)
    assert doc.xpath("//svg[@class='lineage']")
    assert len(doc.xpath("//details[@class='diff']")) == 4
    assert doc.xpath(f"//a[@href='/articles/{ids['spun']}']")
    assert r.headers["content-security-policy"].startswith("default-src 'self'")
    assert client.get("/stories/unknown").status_code == 404


def test_search_highlights_and_tolerates_bad_syntax(client: TestClient) -> None:
    r = client.get("/search?q=traverse")
    doc = lxml.html.document_fromstring(r.text)
    assert [m.text for m in doc.xpath("//mark")] == ["traverse"]
    assert len(doc.xpath("//ul[@class='hits']/li")) == 1
    assert client.get('/search?q=bridge"').status_code == 200  # retried as plain words
    assert "No article matches" in client.get("/search?q=zeppelin").text
    # A web probe: "night-shift" is quoted as a phrase, not a fallback, and said nothing
    # about "plain words"; a page past the last one said "N matching" beside "No article".
    assert "plain words" not in client.get("/search?q=night-shift").text
    assert "plain words" in client.get('/search?q=bridge"').text
    # A web probe: ordinary text with punctuation FTS5 has no syntax for was a 400 from
    # the API ("dockworkers.", "AT&T", "9/11", "U.S.", "C++") while the page answered it.
    for q in ("traverse.", "traverse, bridge", "AT&T", "9/11", "U.S.", "50%", "#MeToo",
              "C++", "pay/rota", "@handle", "12,000.", "(traverse, OR weir)", "^traverse"):
        r = client.get("/api/search", params={"q": q})
        assert r.status_code == 200, (q, r.text)
    assert client.get("/api/search", params={"q": "traverse."}).json()["total"] == 1
    # A regression probe: column filters had become searches for the word "title".
    for q in ('title:"bridge closed"', "title: bridge", "{title}:bridge", "{title text}:bridge",
              "title:(bridge OR ferry)", "title:bridge, cracks"):
        r = client.get("/api/search", params={"q": q})
        assert r.status_code == 200 and r.json()["total"] >= 1, (q, r.text)
    assert client.get("/api/search", params={"q": "- bridge"}).status_code == 400
    bad = client.get("/api/search", params={"q": "traverse. AND"})
    assert bad.status_code == 400 and "'traverse. AND'" in bad.json()["error"]
    late = client.get("/search?q=traverse&page=50", follow_redirects=False)
    assert late.status_code == 303 and late.headers["location"] == "/search?q=traverse"
    assert client.get("/search?q=traverse&page=1_0").status_code == 400
    # A web probe: "-1" was "not a whole number"; another script's digit was taken by the
    # pages and refused by the API.
    below = client.get("/?page=-1")
    assert below.status_code == 400 and "must be at least 1" in below.text
    assert client.get("/?page=\u0661").status_code == 400


def test_article_page_shows_relations(client: TestClient,
                                      sample_db: tuple[str, dict[str, str]]) -> None:
    ids = sample_db[1]
    r = client.get(f"/articles/{ids['original']}")
    doc = lxml.html.document_fromstring(r.text)
    assert len(doc.xpath("//details[@class='diff']")) == 4
    r = client.get(f"/articles/{ids['independent']}")
    assert "No reuse found" in r.text
    # What the cleaner removed is on the page, as text, not only in the API (a visual probe).
    removed = [["Share on Facebook | Share on X", "share widget"],
               ["<script>alert(1)</script> Read more", "page chrome (HTML)"]]
    with sqlite3.connect(sample_db[0]) as db:
        db.execute("UPDATE articles SET removed = ? WHERE id = ?",
                   (json.dumps(removed), ids["original"]))
    html = client.get(f"/articles/{ids['original']}").text
    doc = lxml.html.document_fromstring(html)
    rows = doc.xpath("//details[contains(@class, 'removed')]//tbody/tr")
    assert [[td.text_content() for td in tr] for tr in rows] == [[r, t] for t, r in removed]
    assert "<script>alert" not in html
    # A web probe: two copies of one original share its text; the page called the earlier
    # sibling the later one's original, where the story page said "both copy [1]".
    store = open_store(sample_db[0])
    dup, part = ids["duplicate"], ids["partial"]
    (from_wire,) = [x for x in store.records_for("relations", part) if x.type == "partial"]
    a, b = sorted((dup, part))
    store.add_records("relations", [dataclasses.replace(from_wire, a=a, b=b, original=dup)])
    store.close()
    page = lxml.html.document_fromstring(client.get(f"/articles/{part}").text)
    sibling = [d for d in page.xpath("//details[@class='diff']") if "both copy" in
               d.text_content()]
    assert len(sibling) == 1 and "· original" not in sibling[0].text_content()
    assert client.get("/articles/unknown").status_code == 404
    assert client.get("/articles?page=1").status_code == 200


def test_api_lists_records_and_pages(client: TestClient,
                                     sample_db: tuple[str, dict[str, str]]) -> None:
    ids = sample_db[1]
    stories = client.get("/api/stories?per_page=1").json()
    assert stories["total"] == 2 and len(stories["items"]) == 1
    story = client.get(f"/api/stories/{ids['story']}").json()
    assert story["story"]["id"] == ids["story"] and story["summary"] and story["diffs"]
    arts = client.get("/api/articles?per_page=5&page=2").json()
    assert arts["total"] == 8 and len(arts["items"]) == 3 and "text" not in arts["items"][0]
    # List items are the export's rows, annotations included, without text and removed.
    assert {"family_id", "spin_score", "spun", "story_id"} <= set(arts["items"][0])
    assert all(isinstance(a["spun"], bool) for a in arts["items"] if a["spun"] is not None)
    art = client.get(f"/api/articles/{ids['spun']}").json()
    assert art["spun"] is True and len(art["relations"]) == 1  # bool, as exported
    # One article has the list's shape plus its text, removed lines and relations.
    listed = next(a for page in (1, 2) for a in client.get(
        f"/api/articles?per_page=5&page={page}").json()["items"] if a["id"] == ids["spun"])
    assert {k: v for k, v in art.items() if k not in ("text", "removed", "relations")} == listed
    # A story's articles, in its order, and its ids in the story list.
    items = client.get("/api/stories?per_page=10").json()["items"]
    first = next(s for s in items if s["id"] == ids["story"])
    own = client.get(f"/api/articles?story_id={ids['story']}&per_page=100").json()
    assert [a["id"] for a in own["items"]] == first["article_ids"] and own["total"] == len(
        first["article_ids"]) == first["articles"]
    assert client.get("/api/articles?story_id=nope").status_code == 404
    # A day written without dashes is a day, as on the pages (a web probe: read as an
    # epoch, then a 422 about "zero time").
    basic = client.get("/api/stories?date_from=20000101&per_page=100").json()
    assert basic["total"] == stories["total"]
    # So is any other filter naming what is not there (a web probe: 200 and no items).
    for url in ("/api/relations?article_id=nope", "/api/facts?story_id=nope"):
        missing = client.get(url)
        assert missing.status_code == 404 and "nope" in missing.json()["error"], url
    rels = client.get("/api/relations?type=spun").json()
    assert [r["type"] for r in rels["items"]] == ["spun"]
    # Every relation type is a filter (a summary's "rewritten" too), and nothing else.
    assert client.get("/api/relations?type=rewritten").json()["total"] == 0
    assert client.get("/api/relations?type=summary").status_code == 422
    # The same objects as `copydesk export relations` writes, id included.
    store = open_store(sample_db[0])
    exported = {r["id"]: r for r in export_rows(store, "relations")}
    store.close()
    assert rels["items"][0] == exported[rels["items"][0]["id"]]
    assert art["relations"][0] == exported[art["relations"][0]["id"]]
    assert client.get(f"/api/relations?article_id={ids['original']}").json()["total"] == 4
    facts = client.get(f"/api/facts?story_id={ids['ferry_story']}").json()
    assert [f["predicate"] for f in facts["items"]] == ["cancelled sailings"]
    hits = client.get("/api/search?q=Revik").json()
    assert {h["id"] for h in hits["items"]} == {ids["original"], ids["duplicate"],
                                                ids["independent"]}
    # A word with a hyphen is a word, not FTS5 syntax ("no such column: shift", 400).
    hyphen = client.get("/api/search?q=night-shift")
    assert hyphen.status_code == 200 and hyphen.json()["total"] >= 1
    assert "\x02" not in hits["items"][0]["snippet"]


def test_api_rejects_malformed_input_with_json(client: TestClient) -> None:
    for url, status in [
        ("/api/stories?date_from=soon", 422), ("/api/stories?per_page=1000", 422),
        ("/api/stories?page=0", 422), ("/api/stories?sort=random", 422),
        ("/api/search", 422), ('/api/search?q=bridge"', 400), ("/api/stories/nope", 404),
        ("/api/articles/nope", 404), ("/api/jobs/nope", 404), ("/api/nothing", 404),
        ("/api/stories?date_from=2025-04-03&date_to=2025-04-02", 400),
        # A parameter the endpoint does not take (a typo, another API's paging) is no
        # silent "all records": a probe read these as filters applied.
        ("/api/stories?limit=1", 422), ("/api/articles?site=x", 422),
        ("/api/search?q=bridge&date_from=2025-01-01", 422), ("/api/jobs/nope?x=1", 422),
        # An empty filter is invalid, as an empty type was (it had listed every record).
        ("/api/relations?article_id=", 422), ("/api/facts?story_id=", 422),
    ]:
        r = client.get(url)
        assert r.status_code == status, url
        assert r.headers["content-type"] == "application/json" and "error" in r.json(), url
    problem = client.get("/api/stories?min_source=2").json()["detail"][0]
    assert problem["where"] == "query.min_source" and "min_sources" in problem["problem"]
    r = client.post("/api/ingest", content=b"not multipart",
                    headers={"content-type": "text/plain"})
    assert r.status_code == 422 and "error" in r.json()
    # A method a page does not take: its 405 says which it does, as the API's does.
    for url in ("/", "/search", "/api/stories"):
        r = client.post(url)
        assert r.status_code == 405 and "GET" in r.headers.get("allow", ""), url


def test_punctuation_alone_finds_nothing_rather_than_failing(client: TestClient) -> None:
    for q in ("*", "-", "(", "%25", "'", "***"):
        r = client.get(f"/search?q={q}")
        assert r.status_code == 200 and "0 matching articles" in r.text, q
    r = client.get("/api/search?q=%20")
    assert r.status_code == 400 and "holds no word" in r.json()["error"]
    # FTS5 reads "-strike" and "a:b" as columns: the answer says so, not "no such column".
    for q in ("-strike", "harbour:closed"):
        error = client.get(f"/api/search?q={q}").json()["error"]
        assert "no such column" not in error and "double quotes" in error, q


def test_head_answers_wherever_get_does(client: TestClient,
                                        sample_db: tuple[str, dict[str, str]]) -> None:
    for url in ("/", "/api/stories", f"/stories/{sample_db[1]['story']}", "/search?q=bridge"):
        got, head = client.get(url), client.head(url)
        assert head.status_code == 200 and head.content == b"", url
        assert head.headers["content-type"] == got.headers["content-type"], url
        assert head.headers["x-content-type-options"] == "nosniff"
    assert client.head("/api/stories/nope").status_code == 404


def test_page_numbers_past_any_store_are_a_clear_error(client: TestClient) -> None:
    for url in ("/articles?page=10000000000000000000", "/search?q=bridge&page=461168601842738792",
                "/?page=1000001"):
        r = client.get(url)
        assert r.status_code == 400 and "must be at most 1,000,000" in r.text, url
    assert client.get("/api/articles?page=10000000000000000000").status_code == 422


def test_a_page_past_the_last_shows_the_last(client: TestClient) -> None:
    """"/articles?page=999" showed "No articles yet." and "Page 999 of 1"."""
    r = client.get("/articles?page=999", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/articles"
    r = client.get("/?page=50&per_page=1&sort=recent", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/?sort=recent&per_page=1&page=2"
    assert "No articles yet" not in client.get("/articles?page=999").text


def test_a_bug_still_answers_with_the_security_headers(
    sample_db: tuple[str, dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from copydesk.store.sqlite import SQLiteStore

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(SQLiteStore, "list_articles", broken)
    app = create_app(sample_db[0], uploads=tmp_path / "u")
    r = TestClient(app, raise_server_exceptions=False).get("/articles")
    assert r.status_code == 500 and "internal error" in r.json()["error"]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "default-src" in r.headers["content-security-policy"]


def test_openapi_without_cdn_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/stories", "/api/articles", "/api/relations", "/api/facts", "/api/search",
            "/api/ingest"} <= set(spec["paths"])
    assert "/" not in spec["paths"]  # pages are not API
    # The errors it describes are the ones it sends (FastAPI's default 422 body is not).
    listed = spec["paths"]["/api/stories"]["get"]["responses"]
    assert {"200", "400", "404", "422"} <= set(listed)
    assert listed["422"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorBody")
    assert listed["200"]["content"]["application/json"]["schema"]["$ref"].endswith("/ListPage")
    sent = client.get("/api/stories?per_page=0").json()
    assert set(sent) <= set(spec["components"]["schemas"]["ErrorBody"]["properties"])
    assert "HTTPValidationError" not in spec["components"]["schemas"]
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404
    assert "/api/stories" in client.get("/api").text


def test_upload_limit_gives_413(sample_db: tuple[str, dict[str, str]], tmp_path: Path) -> None:
    small = TestClient(create_app(sample_db[0], uploads=tmp_path / "u",
                                  max_upload_bytes=1000))
    r = small.post("/api/ingest", files={"files": ("big.txt", b"x" * 5000, "text/plain")})
    assert r.status_code == 413 and "larger than" in r.json()["error"]
    assert not (tmp_path / "u").exists() or not any((tmp_path / "u").iterdir())

    def chunks():  # no content-length: the limit is counted while reading
        for _ in range(5):
            yield b"y" * 400

    r = small.post("/api/ingest", content=chunks(),
                   headers={"content-type": "multipart/form-data; boundary=b"})
    assert r.status_code == 413


@given(st.text(max_size=300))
def test_uploaded_names_cannot_leave_their_folder(name: str) -> None:
    safe = safe_filename(name, 3)
    assert safe and "/" not in safe and "\\" not in safe and not safe.startswith(".")
    assert len(safe) <= 120 and safe not in ("..", ".")
    folder = Path("/srv/uploads/job")
    assert (folder / safe).resolve().parent == folder


def test_known_traversal_names() -> None:
    assert safe_filename("../../etc/passwd", 1) == "passwd"
    assert safe_filename("..\\..\\win.ini", 1) == "win.ini"
    assert safe_filename("/", 2) == "upload-2"
    assert safe_filename("..", 4) == "upload-4"
    assert safe_filename("news feed (1).xml", 1) == "news_feed_1_.xml"


def test_upload_runs_in_background_and_reports_progress(
    client: TestClient, sample_db: tuple[str, dict[str, str]], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ran: list[str] = []

    def fake_steps(store: SQLiteStore, progress: object = None) -> list[str]:
        ran.append("steps")
        return ["reuse: (stubbed in this test)"]

    monkeypatch.setattr(jobs_module, "run_steps", fake_steps)
    text = ("Storm Idris closed the coastal road at Brannock Point on Thursday morning.\n\n"
            "Council crews said the road would reopen once the debris had been cleared.\n")
    r = client.post("/upload", files=[
        ("files", ("../../escape.txt", io.BytesIO(text.encode()), "text/plain")),
        ("files", ("feed.jsonl", io.BytesIO(b'{not json\n[1, 2]\n'), "application/json")),
    ], follow_redirects=False)
    assert r.status_code == 303
    job_id = r.headers["location"].rsplit("/", 1)[-1]
    status = {}
    for _ in range(200):
        polled = client.get(f"/api/jobs/{job_id}")
        # A web probe: no Cache-Control on a status that changes while it is polled.
        assert polled.headers["cache-control"] == "no-store"
        status = polled.json()
        if status["state"] in ("done", "partial", "failed"):
            break
        time.sleep(0.05)
    # Two lines of the feed were rejected: "partial", as the command line's exit status 3,
    # with the counts a client reads instead of parsing the lines.
    assert status["state"] == "partial", status
    assert (status["stored"], status["already_stored"], status["rejected"]) == (1, 0, 2)
    # Times as the rest of the API writes them (they were epoch seconds).
    assert status["created"].endswith("+00:00") and status["finished"] >= status["created"]
    assert ran == ["steps"] and status["files"] == ["escape.txt", "feed.jsonl"]
    assert (tmp_path / "uploads" / job_id / "escape.txt").is_file()
    assert not (tmp_path / "escape.txt").exists()
    assert any("1 new article" in line for line in status["lines"]), status["lines"]
    # Each rejection as the command line gives it: the file's name and the line number.
    assert [line.split(" (")[0] for line in status["lines"] if line.startswith("rejected")] == [
        "rejected: feed.jsonl#1: not valid JSON",
        "rejected: feed.jsonl#2: a JSON line must be an object"]
    assert client.get("/api/articles").json()["total"] == 9
    # The page says what "partial" means (a visual probe read it as jargon).
    page = lxml.html.document_fromstring(client.get(f"/jobs/{job_id}").text)
    (note,) = page.xpath("//p[@id='job-partial']")
    assert note.get("hidden") is None and "rejected" in note.text_content()
    page = client.get(f"/jobs/{job_id}").text
    assert 'data-status-url="/api/jobs/' in page


def test_very_common_queries_come_newest_first(client: TestClient,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from copydesk.web import search as search_module

    ranked = client.get("/api/search?q=bridge").json()
    assert ranked["order"] == "rank" and ranked["total"] == 5
    monkeypatch.setattr(search_module, "RANK_LIMIT", 3)
    recent = client.get("/api/search?q=bridge").json()
    assert recent["order"] == "recent" and recent["total"] == 5
    assert sorted(h["id"] for h in recent["items"]) == sorted(h["id"] for h in ranked["items"])
    assert "last stored come first" in client.get("/search?q=bridge").text
    assert client.get("/api/search?q=bridge&order=rank").json()["order"] == "rank"
    assert client.get("/api/search?q=bridge&order=best").status_code == 422


def test_foreign_hosts_and_cross_site_posts_are_refused(
    sample_db: tuple[str, dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from copydesk.web import jobs as jobs_module

    monkeypatch.setattr(jobs_module, "run_steps", lambda store, progress=None: [])
    app = create_app(sample_db[0], uploads=tmp_path / "u",
                     allowed_hosts=["127.0.0.1", "localhost", "::1"])
    local = TestClient(app, base_url="http://127.0.0.1:8000")
    assert local.get("/").status_code == 200
    assert TestClient(app, base_url="http://localhost:8000").get("/api/stories").status_code == 200
    rebound = TestClient(app, base_url="http://attacker.example")
    r = rebound.get("/api/stories")
    assert r.status_code == 400 and "unknown host" in r.json()["error"]
    files = {"files": ("a.txt", b"A short text about a weir.", "text/plain")}
    for foreign in ({"origin": "https://evil.example"}, {"origin": "null"},
                    {"origin": "http://127.0.0.1:9999"}, {"sec-fetch-site": "cross-site"},
                    {"sec-fetch-site": "same-site"}):
        r = local.post("/api/ingest", files=files, headers=foreign)
        assert r.status_code == 403 and not (tmp_path / "u").exists(), foreign
    own = {"origin": "http://127.0.0.1:8000", "sec-fetch-site": "same-origin"}
    accepted = local.post("/api/ingest", files=files, headers=own)
    assert accepted.status_code == 202
    assert accepted.headers["location"] == accepted.json()["status_url"]


def test_the_date_filter_and_the_api_use_the_pages_clock() -> None:
    """A story of 14 May UTC whose last article was stamped 23:45 −04:00 (the 13th on
    its own clock) fell out of a 14 May filter, and the API gave it a last_seen a day
    before its first_seen."""
    from datetime import date, datetime, timedelta, timezone

    from copydesk.records import Story
    from copydesk.web.queries import StoryFilter, story_summary

    first = datetime(2025, 5, 14, 3, 10, tzinfo=timezone.utc)
    last = datetime(2025, 5, 13, 23, 45, tzinfo=timezone(timedelta(hours=-4)))
    story = Story("s", "Velmora", "t", ("a", "b"), first, last, 2, 2, 2)
    day = date(2025, 5, 14)
    assert StoryFilter(date_from=day, date_to=day).matches(story)
    summary = story_summary(story)
    assert summary["last_seen"] == "2025-05-14T03:45:00+00:00"
    assert summary["first_seen"] < summary["last_seen"]


def test_the_story_filter_reads_sharp_s_as_ss() -> None:
    from datetime import datetime, timezone

    from copydesk.records import Story
    from copydesk.web.queries import StoryFilter

    when = datetime(2025, 4, 1, tzinfo=timezone.utc)
    story = Story(id="s", title="Sperrung der Hafenstraße", thread_id="s", article_ids=("a",),
                  first_seen=when, last_seen=when, articles=1, sources=1,
                  independent_sources=1)
    assert StoryFilter(text="hafenstrasse").matches(story)
    assert StoryFilter(text="Hafenstraße").matches(story)
    # Words or their beginnings, not any run of letters inside a word.
    assert StoryFilter(text="hafen sperr").matches(story)
    assert not StoryFilter(text="strasse").matches(story)


def test_a_server_beyond_loopback_still_refuses_foreign_host_names(
    sample_db: tuple[str, dict[str, str]], tmp_path: Path,
) -> None:
    """A web probe served on 0.0.0.0, where the Host check was off, and uploaded
    through "Host: evil.example": DNS rebinding needs no open network, only the
    operator's browser. Any IP address, this machine's names and --allow-host pass."""
    import socket

    from copydesk.web import host_names

    names = host_names("0.0.0.0", ["desk.newsroom.example"])
    assert {"0.0.0.0", "127.0.0.1", "localhost", "desk.newsroom.example",
            socket.gethostname().lower()} <= set(names)
    assert host_names("127.0.0.1") == ["127.0.0.1", "::1", "localhost"]
    app = create_app(sample_db[0], uploads=tmp_path / "u", allowed_hosts=names,
                     any_address=True)
    for url in ("http://192.168.1.20:8000", "http://[fe80::1]:8000",
                "http://desk.newsroom.example:8000", f"http://{socket.gethostname()}:8000"):
        assert TestClient(app, base_url=url).get("/api/stories").status_code == 200, url
    r = TestClient(app, base_url="http://evil.example:8000").get("/api/stories")
    assert r.status_code == 400 and "unknown host" in r.json()["error"]
    # On loopback an address other than the one served is refused as before.
    strict = create_app(sample_db[0], uploads=tmp_path / "v",
                        allowed_hosts=host_names("127.0.0.1"))
    assert TestClient(strict, base_url="http://192.168.1.20").get("/").status_code == 400


def test_every_loopback_address_gets_the_host_check() -> None:
    from copydesk.web import is_loopback

    assert all(is_loopback(h) for h in ("127.0.0.1", "127.0.0.2", "localhost", "::1", "[::1]"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "192.168.1.4", "example.org", "::"))


def test_a_job_lists_a_bounded_number_of_rejections_and_old_jobs_are_forgotten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A web probe: a 3 kB gzip of a million empty JSON lines made a 132 MB job status
    (one line per rejection), fetched again by the upload page every 0.7 s, and finished
    jobs stayed in memory for the server's life. Past an input's first 1,000 rejections
    the rest are counted per reason, and the job counts every record (it said 1,001)."""
    monkeypatch.setattr(jobs_module, "run_steps", lambda store, progress=None: [])
    monkeypatch.setattr(jobs_module, "MAX_LISTED_REJECTIONS", 5)
    monkeypatch.setattr(jobs_module, "MAX_KEPT_JOBS", 2)
    runner = jobs_module.JobRunner(str(tmp_path / "j.db"), tmp_path / "uploads")
    empties = io.BytesIO(b"{}\n" * 1010)
    first = runner.submit([("empties.jsonl", empties)])
    for _ in range(400):
        if first.finished is not None and first.state != "running":
            break
        time.sleep(0.05)
    status = first.snapshot()
    assert status["rejected"] == 1010 and status["state"] == "partial"
    listed = [line for line in status["lines"] if line.startswith("rejected")]
    assert len(listed) == 5 and status["lines"][-1].startswith("… and 1,005 more rejected")
    jobs = [first]
    for i in range(3):
        jobs.append(runner.submit([(f"e{i}.jsonl", io.BytesIO(b"{}\n"))]))
        for _ in range(400):
            if jobs[-1].finished is not None and jobs[-1].state != "running":
                break
            time.sleep(0.05)
    assert runner.get(first.id) is None and runner.get(jobs[-1].id) is jobs[-1]
    assert len(runner.jobs) <= 2


def test_a_chinese_or_japanese_word_inside_a_run_is_found(
    sample_db: tuple[str, dict[str, str]], tmp_path: Path,
) -> None:
    """A web probe: the word index keeps a run of Chinese or Japanese as one token, so
    "修理" inside "修理のため" found nothing. The terms are looked for as written (an
    index of character pairs)."""
    from copydesk.records import Article

    text = "東港大橋は修理のため三日間閉鎖される。<b>市</b>が発表した。"
    store = open_store(sample_db[0])
    store.add_batch([Article(id="ja1", source="ja.txt", text=text, title="東港大橋が閉鎖",
                             language="ja")])
    store.close()
    client = TestClient(create_app(sample_db[0], uploads=tmp_path / "u"))
    found = client.get("/api/search", params={"q": "修理"}).json()
    assert found["total"] == 1 and [h["id"] for h in found["items"]] == ["ja1"]
    # A later article holding the word as a whole run, which the word index finds, must
    # not hide the first: both are found, last stored first.
    store = open_store(sample_db[0])
    store.add_batch([Article(id="ja2", source="ja2.txt", text="橋の工事。修理。以上。",
                             title="工事", language="ja")])
    store.close()
    found = client.get("/api/search", params={"q": "修理"}).json()
    assert found["total"] == 2 and [h["id"] for h in found["items"]] == ["ja2", "ja1"]
    # A regression probe: the query's OR and NOT had been dropped (every term required).
    assert client.get("/api/search", params={"q": "閉鎖 OR 工事"}).json()["total"] == 2
    either = client.get("/api/search", params={"q": "地震 OR 工事"}).json()
    assert [h["id"] for h in either["items"]] == ["ja2"] and "工事" in either["items"][0]["snippet"]
    assert [h["id"] for h in client.get("/api/search", params={"q": "修理 NOT 閉鎖"}
                                        ).json()["items"]] == ["ja2"]
    assert "\x02" not in found["items"][0]["snippet"] and "修理" in found["items"][0]["snippet"]
    both = client.get("/api/search", params={"q": "大橋 閉鎖"}).json()
    assert both["total"] == 1
    assert client.get("/api/search", params={"q": "修理 地震"}).json()["total"] == 0
    # A web probe: a dangling operator or bracket had been a 500 on both.
    for broken in ("修理 OR", "(修理", "修理)", "NOT 修理", "修理 AND"):
        api = client.get("/api/search", params={"q": broken})
        assert api.status_code == 400 and "bad search query" in api.json()["error"], broken
        lenient_page = client.get("/search", params={"q": broken})
        assert lenient_page.status_code == 200 and "東港大橋が閉鎖" in lenient_page.text, broken
    page = client.get("/search", params={"q": "修理"}).text
    assert "<mark>修理</mark>" in page and "&lt;b&gt;市" in page  # escaped around the mark


def test_search_finds_sharp_s_and_ss_alike(
    sample_db: tuple[str, dict[str, str]], tmp_path: Path,
) -> None:
    """The index folds accents but not "ß": a Swiss paper's "Hafenstrasse" and a German
    paper's "Hafenstraße" are one street, and each spelling finds both."""
    from copydesk.records import Article

    store = open_store(sample_db[0])
    store.add_batch([
        Article(id="de1", source="de1.txt", title="Sperrung", language="de",
                text="Die Hafenstraße bleibt bis Freitag gesperrt, teilte die Stadt mit."),
        Article(id="ch1", source="ch1.txt", title="Sperrung", language="de",
                text="Die Hafenstrasse ist wegen Bauarbeiten für den Verkehr gesperrt."),
    ])
    store.close()
    client = TestClient(create_app(sample_db[0], uploads=tmp_path / "u"))
    for query in ("Hafenstraße", "hafenstrasse", "Hafenstrasse gesperrt"):
        found = client.get("/api/search", params={"q": query}).json()
        assert found.get("total") == 2, (query, found)
        assert sorted(h["id"] for h in found["items"]) == ["ch1", "de1"], query
    # Quoted phrases and operators keep their meaning.
    assert client.get("/api/search", params={"q": '"Hafenstrasse ist"'}).json()["total"] == 1
    assert client.get("/api/search", params={"q": "Hafenstraße NOT Bauarbeiten"}
                      ).json()["total"] == 1
    page = client.get("/search", params={"q": "Hafenstrasse"}).text
    assert "plain words" not in page and page.count("<mark>") >= 2
