"""Quality gate: cross-document entity clustering on ECB+ gold mentions (../shared, skipped
when absent). Topics 1–5 keep it to a second; bench/entities_ecb.py runs all 33."""

from __future__ import annotations

from types import ModuleType

import pytest

from conftest import load_bench

#: Floor (may only rise): B-cubed F1 of named gold mentions, topics 1–5, measured
#: 0.815 with bench/entities_ecb.py (head-word baseline 0.763).
NAMED_F1_FLOOR = 0.79


def _bench() -> ModuleType:
    return load_bench("entities_ecb")


def test_named_mentions_cluster_better_than_the_head_baseline() -> None:
    bench = _bench()
    if not bench.DEFAULT_DATA.is_dir():
        pytest.skip(f"ECB+ is absent ({bench.DEFAULT_DATA})")
    texts, mentions = bench.load(bench.DEFAULT_DATA, topics=["1", "2", "3", "4", "5"])
    named = [m for m in mentions if m.named]
    assert len(named) > 500
    gold = [m.cluster for m in named]
    _, _, ours = bench.b_cubed(gold, bench.copydesk_clusters(texts, named))
    _, _, head = bench.b_cubed(gold, [f"{m.topic}:{bench.head(m.text)}" for m in named])
    assert ours >= NAMED_F1_FLOOR
    assert ours > head
