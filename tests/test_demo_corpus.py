"""The demo corpus agrees with its ground truth.

Later stages test themselves against ``ground_truth.json`` (which article copies
which, the facts, the conflicts, the junk lines), so a wrong ground truth would
make their tests lie. These checks read the files themselves, independently of
copydesk's readers.
"""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime, timezone
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from copydesk.demo import corpus_dir, ground_truth

GT = ground_truth()
CORPUS = corpus_dir()
ARTICLES: list[dict[str, Any]] = GT["articles"]
RELATIONS = {None, "duplicate", "partial", "spun", "translated"}


def ref(article: dict[str, Any]) -> str:
    return article["file"] + (f"#{article['record']}" if article["record"] else "")


BY_REF = {ref(a): a for a in ARTICLES}
ORIGINAL_REFS = {a["copy_of"] for a in ARTICLES if a["copy_of"]}


@cache
def jsonl_records() -> list[dict[str, Any]]:
    lines = (CORPUS / "feed_dump.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@cache
def rss_items() -> list[ET.Element]:
    return ET.parse(CORPUS / "wire_feed.xml").getroot().findall("./channel/item")


def _html_paras(fragment: str) -> list[str]:
    """Plain <p> paragraphs (no attributes, no markup inside): the article text, not chrome."""
    paras = [html.unescape(p) for p in re.findall(r"<p>([^<]*)</p>", fragment)]
    return [p for p in paras if not re.fullmatch(r"\[ad_\d\]", p)]


@cache
def txt_blocks(name: str) -> list[str]:
    text = (CORPUS / name).read_text(encoding="utf-8")
    return [b for b in text.split("\n\n") if b.strip()]


@cache
def body(r: str) -> list[str]:
    """The body paragraphs of one article, junk excluded, read straight from its file."""
    a = BY_REF[r]
    name = a["file"]
    if name.endswith(".txt"):
        junk = set(GT["junk_lines"][name])
        return [b for b in txt_blocks(name)[1:] if not set(b.splitlines()) <= junk]
    if name.endswith(".html"):
        page = (CORPUS / name).read_text(encoding="utf-8")
        return _html_paras(page[page.index("<article") : page.index("</article>")])
    if name == "feed_dump.jsonl":
        return str(jsonl_records()[a["record"] - 1]["maintext"]).split("\n")
    description = rss_items()[a["record"] - 1].findtext("description") or ""
    return _html_paras(description)


def words(paras: list[str]) -> set[str]:
    return {w.lower() for p in paras for w in re.findall(r"\w+", p)}


# --------------------------------------------------------------------------- files
def test_every_referenced_file_and_record_exists() -> None:
    n_jsonl, n_rss = len(jsonl_records()), len(rss_items())
    for a in ARTICLES:
        assert (CORPUS / a["file"]).is_file(), a["file"]
        if a["file"] == "feed_dump.jsonl":
            assert 1 <= a["record"] <= n_jsonl
        elif a["file"] == "wire_feed.xml":
            assert 1 <= a["record"] <= n_rss
        else:
            assert a["record"] is None
    assert len(BY_REF) == len(ARTICLES), "two articles share a file reference"
    assert sum(a["file"] == "feed_dump.jsonl" for a in ARTICLES) == n_jsonl
    assert sum(a["file"] == "wire_feed.xml" for a in ARTICLES) == n_rss


def test_corpus_holds_only_articles() -> None:
    """The demo ingests the whole folder: nothing but articles may live there."""
    referenced = {a["file"] for a in ARTICLES}
    assert {p.name for p in CORPUS.iterdir()} == referenced


def test_file_names_and_formats() -> None:
    for a in ARTICLES:
        if a["record"] is None:
            assert re.fullmatch(r"\d\d_[a-z0-9]+_[a-z0-9_]+\.(html|txt)", a["file"]), a["file"]
    formats = Counter(a["file"].rsplit(".", 1)[1] for a in ARTICLES)
    assert 6 <= formats["jsonl"] <= 8
    assert 3 <= formats["xml"] <= 4
    singles = formats["html"] + formats["txt"]
    assert abs(formats["html"] - formats["txt"]) <= singles // 5, formats


# --------------------------------------------------------------------------- sizes and counts
def test_size_of_the_corpus() -> None:
    assert len(ARTICLES) >= 44
    events = {e["id"] for e in GT["events"]}
    assert len(events) >= 6
    assert {a["event"] for a in ARTICLES} == events
    assert len({a["outlet"] for a in ARTICLES}) >= 10
    threads = Counter(e["thread"] for e in GT["events"])
    assert sum(n >= 2 for n in threads.values()) >= 2, "need threads of several events"


def test_relation_counts() -> None:
    rel = Counter(a["relation"] for a in ARTICLES)
    assert set(rel) <= RELATIONS
    assert rel["duplicate"] >= 6
    assert rel["partial"] >= 4
    assert rel["spun"] >= 5
    independent = [a for a in ARTICLES if a["relation"] is None and ref(a) not in ORIGINAL_REFS]
    assert len(independent) >= 8
    # Some wire originals are republished verbatim by three or more sites.
    dups = Counter(a["copy_of"] for a in ARTICLES if a["relation"] == "duplicate")
    assert max(dups.values()) >= 3


def test_languages() -> None:
    foreign = [a for a in ARTICLES if a["language"] != "en"]
    assert len(foreign) >= 3
    assert len({a["language"] for a in foreign}) >= 2
    assert sum(a["relation"] == "translated" for a in foreign) >= 2
    round_trip = [a for a in ARTICLES if a["relation"] == "translated" and a["language"] == "en"]
    assert round_trip, "one English machine-translation round trip is expected"


def test_article_lengths() -> None:
    for a in ARTICLES:
        n = sum(len(p.split()) for p in body(ref(a)))
        assert 150 <= n <= 450, (ref(a), n)


def test_publication_times_within_one_week() -> None:
    times = [datetime.fromisoformat(a["published"]) for a in ARTICLES]
    assert all(t.utcoffset() is not None and t.utcoffset().total_seconds() == 0 for t in times)
    assert min(times) >= datetime(2025, 3, 1, tzinfo=timezone.utc)
    assert (max(times) - min(times)).days < 7
    for event in GT["events"]:
        assert event["date"].startswith("2025-03-")
        assert event["participants"] and event["place"]


# --------------------------------------------------------------------------- copies
def test_copy_of_points_to_an_existing_article() -> None:
    for a in ARTICLES:
        assert a["relation"] in RELATIONS
        assert (a["copy_of"] is None) == (a["relation"] is None), ref(a)
        if a["copy_of"]:
            source = BY_REF[a["copy_of"]]
            assert source["event"] == a["event"]
            assert source["relation"] is None, "copies point at originals"
            assert source["published"] < a["published"], ref(a)


def test_duplicates_repeat_the_body_verbatim() -> None:
    for a in ARTICLES:
        if a["relation"] == "duplicate":
            assert body(ref(a)) == body(a["copy_of"]), ref(a)


def test_partial_copies_reuse_some_paragraphs() -> None:
    for a in ARTICLES:
        if a["relation"] == "partial":
            mine, source = body(ref(a)), set(body(a["copy_of"]))
            reused = [p for p in mine if p in source]
            assert 2 <= len(reused) <= 4, ref(a)
            assert len(mine) > len(reused), "a partial copy adds paragraphs of its own"


def test_spins_keep_the_order_but_change_the_words() -> None:
    for a in ARTICLES:
        if a["relation"] == "spun":
            mine, source = body(ref(a)), body(a["copy_of"])
            assert len(mine) == len(source), ref(a)
            changed = sum(m != s for m, s in zip(mine, source, strict=True))
            assert changed >= len(source) - 1, ref(a)
            shared = len(words(mine) & words(source)) / len(words(source))
            assert 0.4 < shared < 0.95, (ref(a), shared)


def test_translations_follow_the_original_paragraph_by_paragraph() -> None:
    for a in ARTICLES:
        if a["relation"] == "translated":
            assert len(body(ref(a))) == len(body(a["copy_of"])), ref(a)
            assert body(ref(a)) != body(a["copy_of"])


def test_independent_rewrites_share_no_paragraph() -> None:
    by_event: dict[str, list[str]] = {}
    for a in ARTICLES:
        if a["relation"] is None:
            by_event.setdefault(a["event"], []).append(ref(a))
    for refs in by_event.values():
        seen: dict[str, str] = {}
        for r in refs:
            for p in body(r):
                assert p not in seen, (r, seen.get(p))
                seen[p] = r


# --------------------------------------------------------------------------- metadata in files
def test_txt_files_match_the_ground_truth() -> None:
    txt = [a for a in ARTICLES if a["file"].endswith(".txt")]
    assert set(GT["junk_lines"]) == set(GT["body_lines"]) == {a["file"] for a in txt}
    for a in txt:
        name = a["file"]
        lines = (CORPUS / name).read_text(encoding="utf-8").splitlines()
        assert lines[0] == a["title"] and lines[1] == ""
        junk = GT["junk_lines"][name]
        assert junk, f"{name}: plain-text files carry scraper junk"
        for line in junk:
            assert line in lines, (name, line)
        assert len(body(name)) == GT["body_lines"][name]
        assert not set(junk) & set(body(name))


def test_html_metadata_matches_the_ground_truth() -> None:
    for a in ARTICLES:
        if not a["file"].endswith(".html"):
            continue
        page = (CORPUS / a["file"]).read_text(encoding="utf-8")
        meta = {
            m[0]: html.unescape(m[1])
            for m in re.findall(r'<meta (?:property|name)="([^"]+)" content="([^"]*)"', page)
        }
        assert meta["og:title"] == a["title"]
        assert meta["og:site_name"] and meta["author"]
        published = datetime.fromisoformat(meta["article:published_time"])
        assert published == datetime.fromisoformat(a["published"]), a["file"]
        for part in ("<nav", "<footer", "<form", "related"):
            assert part in page, (a["file"], part)


def test_jsonl_and_rss_metadata_match_the_ground_truth() -> None:
    for a in ARTICLES:
        if a["file"] == "feed_dump.jsonl":
            rec = jsonl_records()[a["record"] - 1]
            assert set(rec) >= {"title", "maintext", "date_publish", "url", "source_domain",
                                "authors"}
            assert rec["title"] == a["title"] and rec["source_domain"] == a["outlet"]
            published = datetime.fromisoformat(rec["date_publish"])
            assert published.tzinfo is not None
            assert published == datetime.fromisoformat(a["published"])
        elif a["file"] == "wire_feed.xml":
            item = rss_items()[a["record"] - 1]
            assert item.findtext("title") == a["title"]
            assert item.findtext("{http://purl.org/dc/elements/1.1/}creator")
            stamp = datetime.strptime(item.findtext("pubDate") or "", "%a, %d %b %Y %H:%M:%S %z")
            assert stamp == datetime.fromisoformat(a["published"])


# --------------------------------------------------------------------------- facts
def test_facts_and_conflicts_point_at_articles_of_their_event() -> None:
    per_event = Counter(f["event"] for f in GT["facts"])
    assert set(per_event) == {e["id"] for e in GT["events"]}
    assert all(3 <= n <= 6 for n in per_event.values()), per_event
    for fact in GT["facts"]:
        assert fact["subject"] and fact["predicate"] and fact["value"] and fact["articles"]
        for r in fact["articles"]:
            assert BY_REF[r]["event"] == fact["event"], (fact["id"], r)
    assert GT["conflicts"]
    for conflict in GT["conflicts"]:
        assert len(conflict["values"]) >= 2
        outlets = []
        for value in conflict["values"]:
            for r in value["articles"]:
                assert BY_REF[r]["event"] == conflict["event"]
                outlets.append(BY_REF[r]["outlet"])
        assert len(set(outlets)) >= 2


# --------------------------------------------------------------------------- originality
def _norm(line: str) -> str:
    return " ".join(line.casefold().split())


@cache
def _corpus_lines() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for path in sorted(CORPUS.iterdir()):
        if path.suffix == ".jsonl":
            for rec in jsonl_records():
                out += [(path.name, line) for line in [rec["title"], *rec["maintext"].split("\n")]]
            continue
        for raw in path.read_text(encoding="utf-8").splitlines():
            for part in re.split(r"<[^>]+>", raw):
                out.append((path.name, html.unescape(part)))
    return [(name, line) for name, line in out if _norm(line)]


def test_no_line_is_taken_from_the_real_seeds(seeds: Path) -> None:
    """The corpus is our own writing: no line of it (case and spacing aside) is in the seeds."""
    seed_lines = {
        _norm(line)
        for path in seeds.iterdir() if path.is_file()
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
        if _norm(line)
    }
    taken = [(name, line) for name, line in _corpus_lines() if _norm(line) in seed_lines]
    assert not taken


@pytest.mark.parametrize("name", ["Halwik", "Brenaert", "Dunholdt", "1,20,000"])
def test_variants_the_later_stages_rely_on(name: str) -> None:
    text = "\n".join(line for _, line in _corpus_lines())
    assert name in text
