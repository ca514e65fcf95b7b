"""The stories step over a store: records, annotations, export, and resuming a later run."""

from __future__ import annotations

import json

from copydesk.engines.steps import stories as step
from copydesk.exports import export_rows
from copydesk.progress import silent
from copydesk.records import Family, to_dict
from copydesk.store import SQLiteStore

from .story_fixtures import TEXTS, article, articles

FIELDS = {"id", "title", "thread_id", "article_ids", "first_seen", "last_seen", "articles",
          "sources", "independent_sources"}


def test_step_writes_stories_and_story_ids(store: SQLiteStore) -> None:
    arts = articles(*TEXTS)
    store.add_batch(arts)
    line = step.run(store, silent)
    assert "4 stories" in line
    stories = list(store.iter_records("stories"))
    assert len(stories) == 4
    by_id = {s.id: s for s in stories}
    for a in arts:
        story_id = store.annotations(a.id)["story_id"]
        assert a.id in by_id[story_id].article_ids
    for s in stories:
        assert set(to_dict(s)) >= FIELDS
        assert s.articles == len(s.article_ids)
        assert s.first_seen is not None and s.last_seen is not None
        assert s.first_seen <= s.last_seen
        assert s.title and s.keywords
    rows = [json.loads(json.dumps(r)) for r in export_rows(store, "stories")]
    assert {r["id"] for r in rows} == set(by_id)


def test_visit_and_summit_are_two_stories_of_one_thread(store: SQLiteStore) -> None:
    store.add_batch(articles("visit", "summit", "summit2", "strike_a1"))
    step.run(store, silent)
    story = {a: store.annotations(article(a).id)["story_id"]
             for a in ("visit", "summit", "summit2", "strike_a1")}
    thread = {s.id: s.thread_id for s in store.iter_records("stories")}
    assert story["summit"] == story["summit2"] != story["visit"]
    assert thread[story["visit"]] == thread[story["summit"]]
    assert thread[story["strike_a1"]] != thread[story["summit"]]


def test_a_family_counts_once_among_independent_sources(store: SQLiteStore) -> None:
    a1, a2 = article("strike_a1"), article("strike_a2")
    copy = article("strike_a1", site="copier.example", text_suffix="\n\nShare this article.")
    store.add_batch([a1, a2, copy])
    store.replace_records("families", [Family(id="f1", root=a1.id, article_ids=(a1.id, copy.id))])
    step.run(store, silent)
    (story,) = store.iter_records("stories")
    assert story.articles == 3
    assert story.sources == 3
    assert story.independent_sources == 2


def test_a_later_run_keeps_stories_and_only_clusters_new_articles(store: SQLiteStore) -> None:
    first = articles("strike_a1", "strike_b1", "visit")
    store.add_batch(first)
    step.run(store, silent)
    before = {a.id: store.annotations(a.id)["story_id"] for a in first}
    store.add_batch(articles("strike_a2", "strike_b2", "summit"))
    line = step.run(store, silent)
    assert "3 new articles clustered, 3 kept their story" in line
    assert {a.id: store.annotations(a.id)["story_id"] for a in first} == before
    assert store.annotations(article("strike_a2").id)["story_id"] == before[first[0].id]
    again = step.run(store, silent)
    assert "0 new articles clustered" in again


def test_step_on_an_empty_store(store: SQLiteStore) -> None:
    assert step.run(store, silent).startswith("0 stories")
    assert list(store.iter_records("stories")) == []


def test_reports_of_one_time_get_the_same_story_ids_whatever_order_they_came_in(
    tmp_path: object,
) -> None:
    """A correction carries its first version's time; the two were clustered in the order
    the files were given, so the story's id (its first article's) depended on it (an
    incremental-run probe's "run day4 day3 day2 day1")."""
    from dataclasses import replace
    from pathlib import Path

    same_time = [replace(article(k), published=article("strike_a1").published)
                 for k in ("strike_a1", "strike_a2", "strike_a3")]
    results = []
    for n, order in enumerate((same_time, same_time[::-1])):
        store = SQLiteStore(Path(str(tmp_path)) / f"{n}.db")
        try:
            store.add_batch(order)
            step.run(store, silent)
            results.append({a.id: store.annotations(a.id)["story_id"] for a in order})
        finally:
            store.close()
    assert results[0] == results[1]
    assert len(set(results[0].values())) == 1
