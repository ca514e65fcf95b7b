"""The Spark engine's pure parts, without Spark: batch replay, table columns, ARI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import copydesk.engines.local as local
from copydesk.columns import columns
from copydesk.engines.spark.compare import adjusted_rand_index, partition
from copydesk.engines.spark.ingest import batch_of, list_inputs, replay_batches
from copydesk.engines.spark.tables import row_of
from copydesk.records import Article, Passage, Relation, Story, content_id
from copydesk.store import SQLiteStore

WORDS = ("harbour", "strike", "crane", "union", "ferry", "council", "budget", "river")


def _line(i: int, j: int) -> str:
    text = " ".join(WORDS[(i + j + k) % len(WORDS)] for k in range(12)) + f" item {i} {j}."
    return json.dumps({"title": f"Report {i}-{j}", "text": text, "site": f"s{j % 2}.example"})


@settings(max_examples=40, deadline=None)
@given(counts=st.lists(st.integers(min_value=0, max_value=7), min_size=1, max_size=6),
       batch_size=st.integers(min_value=1, max_value=5))
@example(counts=[1, 0, 0, 0, 1], batch_size=3)  # a flush because three files were finished
def test_replay_batches_matches_the_local_engine(
    tmp_path_factory: pytest.TempPathFactory, counts: list[int], batch_size: int
) -> None:
    folder = tmp_path_factory.mktemp("inputs")
    for i, n in enumerate(counts):
        lines = [_line(i, j) for j in range(n)] or ["{not json"]
        (folder / f"in{i:02d}.jsonl").write_text("\n".join(lines) + "\n")
    seen: list[list[str]] = []

    class Recording(local.Cleaner):
        def clean_batch(self, docs):  # type: ignore[no-untyped-def]
            seen.append([f"{d.source}#{d.position}" for d in docs])
            return super().clean_batch(docs)

    mp = pytest.MonkeyPatch()
    mp.setattr(local, "Cleaner", Recording)
    try:
        store = SQLiteStore(":memory:")
        local.ingest_into(store, [str(folder)], batch_size=batch_size)
        store.close()
    finally:
        mp.undo()
    expected = {doc: b for b, batch in enumerate(seen) for doc in batch}
    listing = list_inputs([str(folder)])
    accepted = {idx: counts[i] for i, (idx, _p, _f) in enumerate(listing.files)}
    starts, _n = replay_batches(listing.files, accepted, batch_size)
    replayed: dict[str, int] = {}
    for (idx, path, _f), n in zip(listing.files, counts, strict=True):
        for k in range(n):
            replayed[f"{path}#{k + 1}"] = batch_of(starts[idx], k, batch_size)
    # Batch numbers may differ by empty flushes; the grouping and order must not.
    assert _groups(replayed) == _groups(expected)


def _groups(batches: dict[str, int]) -> list[list[str]]:
    by: dict[int, list[str]] = {}
    for doc, b in batches.items():
        by.setdefault(b, []).append(doc)
    return [sorted(by[b]) for b in sorted(by)]


def test_columns_follow_the_record_fields() -> None:
    rel = columns(Relation)
    assert rel["passages"] == "json" and rel["confidence"] == "double" and rel["id"] == "str"
    story = columns(Story)
    assert story["article_ids"] == "strings" and story["articles"] == "long"
    art = columns(Article)
    assert {"family_id", "story_id", "spin_score", "spun", "removed"} <= set(art)
    assert list(art) == sorted(art)


def test_row_of_writes_nested_values_as_json_text() -> None:
    r = Relation(a="a1", b="b2", type="partial", confidence=0.5, reason="x",
                 passages=(Passage(0, 10, 5, 15),))
    row = dict(zip(columns(Relation), row_of("relations", r), strict=True))
    assert row["id"] == content_id("a1", "b2")
    assert json.loads(row["passages"]) == [{"a_start": 0, "a_end": 10, "b_start": 5, "b_end": 15}]
    assert row["substitutions"] == "[]"


def test_adjusted_rand_index() -> None:
    assert adjusted_rand_index([1, 1, 2, 2], ["x", "x", "y", "y"]) == pytest.approx(1.0)
    assert adjusted_rand_index([1, 1, 2, 2], [1, 2, 1, 2]) < 0
    mixed = adjusted_rand_index([1, 1, 1, 2, 2, 2], [1, 1, 2, 2, 2, 2])
    assert 0 < mixed < 1
    with pytest.raises(ValueError):
        adjusted_rand_index([1], [1, 2])


def test_partition_keeps_unlabelled_items_apart() -> None:
    groups = partition({"a": "f", "b": "f", "c": None, "d": None})
    assert groups == [frozenset({"a", "b"}), frozenset({"c"}), frozenset({"d"})]


def test_list_inputs_sets_parquet_apart(tmp_path: Path) -> None:
    (tmp_path / "t.parquet").write_bytes(b"PAR1")
    (tmp_path / "a.txt").write_text("A short text about a harbour strike in Portvale today.\n")
    listing = list_inputs([str(tmp_path / "t.parquet"), str(tmp_path / "a.txt"),
                           str(tmp_path / "missing.txt")])
    assert [p for _i, p in listing.parquet] == [str(tmp_path / "t.parquet")]
    assert [p for _i, p, _f in listing.files] == [str(tmp_path / "a.txt")]
    assert len(listing.rejected) == 1 and listing.inputs == 3


# ------------------------------------------------------ reuse: the join, without Spark


def _texts() -> list[Article]:
    base = ("The harbour authority of Portvale said on Tuesday that the strike by crane "
            "operators had halted loading at all four container terminals of the port. ")
    other = ("Union leader Maren Holt told reporters that more than 3,000 workers had walked "
             "out after talks on overtime pay broke down late on Monday in Portvale. ")
    third = ("Shipping agents warned that at least 40 vessels were waiting offshore and that "
             "fuel deliveries to the northern provinces could slip by a week or more. ")
    texts = [base + other, base + other + third, other + third, third + base,
             "A council in Eastbrook voted on the river bridge budget before the winter floods."]
    return [Article(id=content_id(t), source="t", text=t, language="en") for t in texts]


def test_key_join_gives_the_index_candidates() -> None:
    from copydesk.engines.spark.reuse import (
        fingerprint_of,
        is_candidate,
        key_pairs,
        key_rows,
    )
    from copydesk.reuse import ReuseIndex, ReuseOptions
    from copydesk.reuse.fingerprints import KINDS, fingerprint

    arts = _texts()
    options = ReuseOptions()
    index = ReuseIndex()
    index.add((a.id, fingerprint(a.text, a.language, None)) for a in arts)
    groups: dict[tuple[int, int], list[tuple[float, str]]] = {}
    for key, seniority in key_rows(fingerprint_of(enumerate(arts))):
        groups.setdefault(key, []).append(seniority)
    sizes = {a.id: tuple(len(fingerprint(a.text, a.language).of(k)) for k in KINDS) for a in arts}
    for max_postings in (options.max_postings, 1):  # 1: every key pairs through its hubs
        want = {(c.a, c.b): c.shared
                for c in index.candidates(dict(options.min_shared), max_postings)}
        sums: dict[tuple[str, str], tuple[int, ...]] = {}
        for item in groups.items():
            for pair, one in key_pairs(item, max_postings):
                old = sums.get(pair, (0,) * len(one))
                sums[pair] = tuple(x + y for x, y in zip(old, one, strict=True))
        judged = {p: is_candidate(c, sizes[p[0]], sizes[p[1]], dict(options.min_shared))
                  for p, c in sums.items()}
        got = {p: c for p, c in judged.items() if c is not None}
        assert want, "the fixture must make candidates"
        assert set(got) == set(want)
        assert {p: tuple(sorted((k, n) for k, n in zip(KINDS, c, strict=True) if n))
                for p, c in got.items()} == want


# --------------------------------------------------- stories: windows, without Spark


def test_plan_windows_cuts_equal_counts_with_a_lead_in() -> None:
    from datetime import datetime, timedelta, timezone

    from copydesk.engines.spark.stories import plan_windows

    t0 = datetime(2025, 3, 1, tzinfo=timezone.utc)
    whens: list[datetime | None] = [t0 + timedelta(days=i) for i in range(40)] + [None, None]
    keys = plan_windows(whens, 4, timedelta(days=3))
    own = [k[0] for k in keys]
    assert all(not lead for _w, lead in own)
    counts = [sum(1 for w, _l in own if w == x) for x in range(4)]
    assert counts == [10, 10, 10, 12]  # the undated two join the last window
    assert [w for w, _l in own] == sorted(w for w, _l in own)
    # days 7..9 lead into window 1 (starting day 10), and nothing older does
    leads = [i for i, k in enumerate(keys) if (1, True) in k]
    assert leads == [7, 8, 9]


def test_merge_windows_follows_lead_in_articles_and_families() -> None:
    from copydesk.engines.spark.stories import merge_windows
    from copydesk.stories import StoryState

    def res(window: int, assigned: dict[str, str], own: list[str]) -> dict[str, object]:
        members: dict[str, list[str]] = {}
        for a, s in assigned.items():
            members.setdefault(s, []).append(a)
        keep = {assigned[a] for a in own}
        return {"window": window, "assigned": assigned, "own": own,
                "states": [StoryState(id=s, first_article=members[s][0]) for s in keep],
                "members": {s: m for s, m in members.items() if s in keep}}

    w0 = res(0, {"a1": "S1", "a2": "S1", "a3": "S2"}, ["a1", "a2", "a3"])
    # window 1 sees a2 and a3 again as lead-in; its T1 continues S1, T3 is new
    w1 = res(1, {"a2": "T1", "a3": "T2", "b1": "T1", "b2": "T3", "b3": "T3"},
             ["b1", "b2", "b3"])
    order = {a: i for i, a in enumerate(["a1", "a2", "a3", "b1", "b2", "b3"])}
    story_of, states = merge_windows([w1, w0], order, {"b3": "F", "a3": "F"})
    assert story_of["b1"] == "S1"
    assert story_of["b2"] == "T3"
    assert story_of["b3"] == "S2"  # family F's first copy (a3) is in S2
    assert set(states) == {"S1", "S2", "T3"}
    # A Spark probe: a story a family's copy seeds, its family's story dormant before the
    # lead-in, is that family's story, with what joined it (a rewrite had stayed behind
    # in a story of its own, named after the copy that moved).
    w2 = res(2, {"c1": "U1", "c2": "U1", "c3": "U2"}, ["c1", "c2", "c3"])
    order.update(c1=6, c2=7, c3=8)
    story_of, states = merge_windows([w0, w1, w2], order, {"a3": "F", "b3": "F", "c1": "F"})
    assert story_of["c1"] == story_of["c2"] == "S2"  # seeded by F's copy c1
    assert story_of["c3"] == "U2"


def test_a_folder_is_a_parquet_table_only_when_it_holds_parquet_parts_alone(
    tmp_path: Path,
) -> None:
    """A folder of articles that also held a Parquet file was read as one table, its
    other files dropped without a word; copydesk's own results inside the input crashed
    a rerun (a parity probe)."""
    table = tmp_path / "dump"
    table.mkdir()
    (table / "part-00000.parquet").write_bytes(b"PAR1")
    (table / "_SUCCESS").write_text("")
    assert [raw for _i, raw in list_inputs([str(table)]).parquet] == [str(table)]
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    (mixed / "extra.parquet").write_bytes(b"PAR1")
    (mixed / "story.txt").write_text("The harbour board met on Monday about the dredging.")
    listing = list_inputs([str(mixed)])
    assert listing.parquet == [] and str(mixed / "story.txt") in [f[1] for f in listing.files]
    results = tmp_path / "results"
    results.mkdir()
    (results / "articles.parquet").write_bytes(b"PAR1")
    (results / ".copydesk-outputs").write_text("articles.parquet\n")
    assert list_inputs([str(results)]).parquet == []
