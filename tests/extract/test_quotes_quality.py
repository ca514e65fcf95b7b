"""Quality gate: quotes with speakers and entity mentions against the hand-written gold
(tests/data/gold_extract.json, scored by bench/extract.py's helpers) on the demo sample
and, when ../shared is present, on the real seeds."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from conftest import load_bench

#: Floors (may only rise), measured with spaCy's pipeline (bench/extract.py helpers):
#: demo quotes+speakers F1 1.00, entity mentions (typed) 0.84, clusters (pairs) 1.00;
#: seeds 0.75, 0.82, 0.98 (the spun seed's "authentic" for "official" costs speakers).
FLOORS: dict[str, dict[str, float]] = {
    "demo": {"quotes+speakers": 0.95, "mentions": 0.80, "clusters (pairs)": 0.95},
    "seeds": {"quotes+speakers": 0.71, "mentions": 0.77, "clusters (pairs)": 0.94},
}


def _bench() -> ModuleType:
    return load_bench("extract")


def _scores(corpus: str) -> dict[str, Any]:
    bench = _bench()
    if corpus == "seeds" and not bench.SEEDS.is_dir():
        pytest.skip(f"the real seeds are absent ({bench.SEEDS})")
    docs = bench.gold_documents(corpus)
    if not docs:
        pytest.skip(f"no {corpus} gold documents")
    stage = bench.run_stage(docs)
    if not stage.tagger.startswith("spacy"):
        pytest.skip("floors are for spaCy's pipeline; it is not installed")
    quotes: dict[str, list[Any]] = {}
    for q in stage.quotes:
        quotes.setdefault(q.article_id, []).append(q)
    scores = dict(bench.score_quotes(docs, quotes))
    scores.update(bench.score_entities(docs, stage.entities))
    return scores


@pytest.mark.parametrize("corpus", ["demo", "seeds"])
def test_quote_and_entity_quality(corpus: str) -> None:
    scores = _scores(corpus)
    for name, floor in FLOORS[corpus].items():
        assert scores[name].f1 >= floor, (corpus, name, scores[name].line())
