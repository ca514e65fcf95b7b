"""The synthetic corpus generator: reproducible, consistent ground truth, the promised shape."""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

import pytest

from copydesk.synth import SynthArticle, generate, write_jsonl

N = 4000


@pytest.fixture(scope="module")
def corpus() -> list[SynthArticle]:
    return list(generate(N, seed=11))


def shingles(text: str, k: int = 5) -> set[tuple[str, ...]]:
    w = re.findall(r"\w+", text.lower())
    return {tuple(w[i : i + k]) for i in range(len(w) - k + 1)}


def containment(part: str, whole: str) -> float:
    """Share of ``part``'s word 5-grams that occur in ``whole``."""
    a = shingles(part)
    return len(a & shingles(whole)) / len(a) if a else 0.0


# --------------------------------------------------------------------------- determinism
def test_same_seed_same_output() -> None:
    assert list(generate(700, seed=3)) == list(generate(700, seed=3))


def test_different_seeds_differ() -> None:
    a, b = list(generate(300, seed=1)), list(generate(300, seed=2))
    assert [x.text for x in a] != [x.text for x in b]
    assert len({x.title for x in a} & {x.title for x in b}) < 30


def test_exact_count_and_trivial_sizes() -> None:
    assert list(generate(0)) == []
    assert len(list(generate(1))) == 1
    assert len(list(generate(57, seed=4))) == 57


def test_streams_without_building_the_corpus() -> None:
    """The first article of a billion comes at once: nothing is built ahead."""
    first = next(generate(10**9, seed=5))
    assert first.relation is None and first.family == first.id


# --------------------------------------------------------------------------- ground truth
def test_articles_are_well_formed(corpus: list[SynthArticle]) -> None:
    assert len({a.id for a in corpus}) == N
    for a in corpus:
        assert re.fullmatch(r"g\d{6,}", a.id)
        assert a.title and a.text and a.site.endswith(".example")
        assert a.published.tzinfo is not None
        assert a.relation in (None, "duplicate", "partial", "spun")
        assert 40 <= len(a.text.split()) <= 400


def test_stream_is_in_publication_order(corpus: list[SynthArticle]) -> None:
    times = [a.published for a in corpus]
    assert times == sorted(times)


def test_every_copy_points_to_an_original_of_its_event(corpus: list[SynthArticle]) -> None:
    by_id = {a.id: a for a in corpus}
    for a in corpus:
        if a.relation is None:
            assert a.family == a.id
            continue
        source = by_id[a.family]
        assert source.relation is None, "families are rooted at originals"
        assert source.event == a.event and source.thread == a.thread
        assert source.published <= a.published


def test_duplicates_share_most_of_their_text(corpus: list[SynthArticle]) -> None:
    by_id = {a.id: a for a in corpus}
    dups = [a for a in corpus if a.relation == "duplicate"]
    assert dups
    for a in dups:
        assert containment(by_id[a.family].text, a.text) >= 0.8, a.id


def test_partial_copies_and_spins_look_like_their_kind(corpus: list[SynthArticle]) -> None:
    by_id = {a.id: a for a in corpus}
    for a in corpus:
        src = by_id[a.family]
        if a.relation == "partial":
            reused = [p for p in a.text.split("\n\n") if p in src.text.split("\n\n")]
            assert 2 <= len(reused) <= 3, a.id
            assert containment(src.text, a.text) < 0.8
        elif a.relation == "spun":
            assert a.text != src.text
            assert a.text.count("\n\n") == src.text.count("\n\n"), "a spin keeps the order"


def test_independent_rewrites_rarely_share_sentences(corpus: list[SynthArticle]) -> None:
    """Rewrites of one event tell the same facts in other words, not in shared sentences."""
    by_event: dict[str, list[SynthArticle]] = defaultdict(list)
    for a in corpus:
        if a.relation is None:
            by_event[a.event].append(a)
    overlaps = []
    for arts in by_event.values():
        for x, y in itertools.combinations(arts, 2):
            overlaps.append(containment(x.text, y.text))
    assert sum(overlaps) / len(overlaps) < 0.35


def test_shape_of_the_corpus(corpus: list[SynthArticle]) -> None:
    rel = Counter(a.relation for a in corpus)
    assert 0.25 < rel["duplicate"] / N < 0.35
    assert 0.11 < rel["partial"] / N < 0.19
    assert 0.07 < rel["spun"] / N < 0.13
    events = {a.event for a in corpus}
    assert 0.7 * N / 20 < len(events) < 1.3 * N / 20
    days = (corpus[-1].published - corpus[0].published).total_seconds() / 86400
    assert 0.5 * N / 200 < days < 2 * N / 200
    per_thread: dict[str, set[str]] = defaultdict(set)
    for a in corpus:
        per_thread[a.thread].add(a.event)
    assert any(len(e) >= 2 for e in per_thread.values()), "some threads hold several events"


def test_events_are_told_apart_by_their_originals(corpus: list[SynthArticle]) -> None:
    originals = [a for a in corpus if a.relation is None and a.family == a.id]
    firsts = {a.event: a for a in reversed(originals)}
    texts = [a.text for a in firsts.values()]
    assert len(set(texts)) == len(texts)


def test_events_of_a_thread_share_participants(corpus: list[SynthArticle]) -> None:
    first_by_event: dict[str, SynthArticle] = {}
    for a in corpus:
        first_by_event.setdefault(a.event, a)
    threads: dict[str, list[SynthArticle]] = defaultdict(list)
    for a in first_by_event.values():
        threads[a.thread].append(a)
    checked = 0
    for arts in threads.values():
        if len(arts) >= 2:
            names = [set(re.findall(r"\b[A-Z][a-z]+[a-z]\b", a.text)) for a in arts]
            assert set.intersection(*names), "a thread's events share names and places"
            checked += 1
    assert checked


def test_active_set_is_bounded() -> None:
    """Articles of an event appear within a few days of its first one."""
    first: dict[str, datetime] = {}
    for a in generate(3000, seed=8):
        start = first.setdefault(a.event, a.published)
        assert (a.published - start).total_seconds() <= 3.5 * 86400


# --------------------------------------------------------------------------- JSON Lines
def test_write_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "synth.jsonl"
    assert write_jsonl(path, 250, seed=6) == 250
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    expected = list(generate(250, seed=6))
    assert len(rows) == 250
    for row, a in zip(rows, expected, strict=True):
        assert row["title"] == a.title and row["maintext"] == a.text
        assert datetime.fromisoformat(row["date_publish"]) == a.published.replace(microsecond=0)
        assert row["source_domain"] == a.site and row["url"].startswith(f"https://{a.site}/")
        assert row["truth_event"] == a.event and row["truth_family"] == a.family
        assert row["truth_relation"] == a.relation
