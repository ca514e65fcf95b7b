"""The reuse step of ``copydesk run`` writes relations, families and family ids."""

from __future__ import annotations

from tests.reuse.reuse_texts import corpus

from copydesk.engines.steps import reuse as step
from copydesk.progress import silent
from copydesk.records import Family, Relation
from copydesk.reuse.index import ReuseIndex
from copydesk.store import open_store


def test_step_stores_relations_families_and_annotations():
    store = open_store(":memory:")
    articles = corpus(with_times=True)
    store.add_batch(list(articles.values()))
    line = step.run(store, silent)
    assert line.split(" ", 1)[0].isdigit() and " relations (" in line  # the runner adds "reuse: "
    relations = list(store.iter_records("relations"))
    assert relations and all(isinstance(r, Relation) for r in relations)
    families = list(store.iter_records("families"))
    assert all(isinstance(f, Family) for f in families)
    original = articles["original"].id
    for role in ("duplicate", "spun", "german"):
        assert store.annotations(articles[role].id)["family_id"] == original
    lone = articles["independent_1"].id
    assert store.annotations(lone)["family_id"] == lone
    assert any(r.original == original for r in store.records_for("relations", original))
    state = store.load_state(step.STATE)
    assert state is not None and len(ReuseIndex.from_bytes(state)) == len(articles)
    store.close()
