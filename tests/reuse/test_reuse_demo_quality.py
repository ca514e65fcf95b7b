"""Quality gate: related pairs and relation types on the demo corpus's ground truth.

Truth: every demo article names the article it copies (``copy_of``) and how
(``relation``). A predicted relation is correct when both articles belong to one true
family (copies of copies are related too); recall counts the true copy edges found;
type accuracy is measured on the true edges found. Floors may only rise.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from copydesk import api
from copydesk.reuse import ReuseIndex, build_families, find_reuse
from copydesk.store import open_store
from copydesk.unionfind import KeyedUnionFind

DEMO = Path(__file__).resolve().parents[2] / "src" / "copydesk" / "demo"

PRECISION_FLOOR = 1.0
RECALL_FLOOR = 1.0
TYPE_ACCURACY_FLOOR = 1.0


def _ref(source: str, position: int | None) -> str:
    name = Path(source).name
    return f"{name}#{position}" if position is not None else name


@pytest.fixture(scope="module")
def demo(tmp_path_factory):  # type: ignore[no-untyped-def]
    truth_file = DEMO / "ground_truth.json"  # shipped in the package: never skipped
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    api.ingest([str(DEMO / "corpus")], db=str(db))
    store = open_store(str(db))
    articles = list(store.iter_articles())
    store.close()
    return truth, articles


def test_demo_reuse_quality(demo):  # type: ignore[no-untyped-def]
    truth, articles = demo
    by_ref = {}
    for a in articles:
        by_ref[_ref(a.source, a.position)] = a.id
        by_ref.setdefault(Path(a.source).name, a.id)

    def ref_of(item: dict) -> str:  # type: ignore[type-arg]
        return f"{item['file']}#{item['record']}" if item.get("record") else item["file"]

    edges = {}
    groups: KeyedUnionFind[str] = KeyedUnionFind()
    for item in truth["articles"]:
        me = by_ref.get(ref_of(item))
        if me is None:
            continue
        groups.add(me)
        if item.get("copy_of"):
            other = by_ref.get(item["copy_of"])
            if other is not None:
                edges[frozenset((me, other))] = item["relation"]
                groups.join(me, other)
    family = groups.roots()
    relations = find_reuse(articles, ReuseIndex())
    # A relation between two articles of one true family counts as right (copies of one
    # wire are related to each other too); the types are checked on the true edges.
    correct = sum(1 for r in relations if r.a in family and family[r.a] == family.get(r.b))
    precision = correct / len(relations) if relations else 0.0
    found = {frozenset((r.a, r.b)): r.type for r in relations}
    hits = [e for e in edges if e in found]
    recall = len(hits) / len(edges) if edges else 1.0
    type_ok = sum(1 for e in hits if found[e] == edges[e])
    accuracy = type_ok / len(hits) if hits else 0.0
    print(
        f"demo reuse: {len(relations)} relations, precision {precision:.3f}, recall "
        f"{recall:.3f} ({len(hits)}/{len(edges)} true edges), type accuracy {accuracy:.3f}"
    )
    families = build_families(relations, articles)
    assert {i for f in families for i in f.article_ids} == {a.id for a in articles}
    assert precision >= PRECISION_FLOOR
    assert recall >= RECALL_FLOOR
    assert accuracy >= TYPE_ACCURACY_FLOOR
