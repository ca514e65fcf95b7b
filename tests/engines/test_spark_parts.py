"""The Spark engine's pure parts, without Spark: batch replay, table columns, ARI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import copydesk.engines.local as local
from copydesk.engines.spark.compare import adjusted_rand_index, partition
from copydesk.engines.spark.ingest import batch_of, list_inputs, replay_batches
from copydesk.engines.spark.tables import columns, row_of
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
