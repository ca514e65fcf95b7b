"""Which copies reuse binds into one story (stories/bindings.py)."""

from __future__ import annotations

from copydesk.store import SQLiteStore
from copydesk.stories.bindings import story_bindings


def test_copies_of_one_text_bind_under_their_family_id() -> None:
    relations = [("w1", "c1", "duplicate", "w1"), ("w1", "s1", "spun", "w1"),
                 ("w1", "p1", "partial", "w1")]
    families = dict.fromkeys(["w1", "c1", "s1", "p1"], "w1") | {"x": "x"}
    assert story_bindings(relations, families) == dict.fromkeys(["w1", "c1", "s1", "p1"], "w1")


def test_a_roundup_of_several_wire_stories_binds_none_of_them_together() -> None:
    """An evening roundup reprinting three wire stories made their families one, and
    the clusterer put the strike, the flood and the takeover in one story."""
    relations = [
        ("strike", "strike_copy", "duplicate", "strike"), ("flood", "flood_copy", "spun", None),
        ("roundup", "strike", "partial", "strike"), ("roundup", "flood", "partial", "flood"),
        ("roundup", "takeover", "partial", "takeover"),
    ]
    everyone = ["strike", "strike_copy", "flood", "flood_copy", "roundup", "takeover"]
    families = dict.fromkeys(everyone, "flood")  # connected components: one family
    bound = story_bindings(relations, families)
    assert bound["strike"] == bound["strike_copy"] != bound["flood"] == bound["flood_copy"]
    assert "roundup" not in bound and "takeover" not in bound
    assert bound["strike"] == "flood/strike"  # part of a family: family id and first member


def test_a_partial_copy_of_one_source_still_binds_to_it() -> None:
    relations = [("wire", "local", "partial", "wire"), ("wire", "copy", "duplicate", "wire"),
                 ("local", "copy", "partial", "copy")]
    families = dict.fromkeys(["wire", "local", "copy"], "wire")
    assert set(story_bindings(relations, families).values()) == {"wire"}


def test_local_papers_reprinting_parts_of_one_wire_story_all_bind_to_it() -> None:
    """Each local paper is a partial copy of the wire and of the others (they share
    paragraphs): counting the others as groups of their own made each a "roundup", and
    they were split out of the wire's story."""
    local = ["l1", "l2", "l3", "l4"]
    relations: list[tuple[str, str, str, str | None]] = [
        ("wire", x, "partial", "wire") for x in local]
    relations += [(a, b, "partial", None) for i, a in enumerate(local) for b in local[i + 1:]]
    families = dict.fromkeys(["wire", *local], "wire")
    assert story_bindings(relations, families) == dict.fromkeys(["wire", *local], "wire")


def test_texts_of_one_page_bind() -> None:
    """An OSINT probe: a feed's one-line summary of a page, beside the page itself, was a
    story of its own under the page's title."""
    from copydesk.stories.bindings import page_key, same_page_pairs

    assert page_key("https://www.ostvaletribune.example/city/tram/?utm_source=rss#top") == \
        page_key("http://ostvaletribune.example/city/tram") == "ostvaletribune.example/city/tram"
    assert page_key("https://scrapedaily.example/?p=4410") == "scrapedaily.example?p=4410"
    assert page_key("https://ostvaletribune.example/") is None  # a front page: many articles
    pages = [("summary", page_key("https://ostvaletribune.example/city/tram?utm_medium=feed")),
             ("page", page_key("https://ostvaletribune.example/city/tram")),
             ("other", page_key("https://ostvaletribune.example/city/budget")),
             ("home1", page_key("https://ostvaletribune.example")),
             ("home2", page_key("https://ostvaletribune.example/"))]
    pairs = same_page_pairs(pages)
    assert pairs == [("page", "summary")]
    assert story_bindings([], {}, pairs) == {"page": "page/page", "summary": "page/page"}


def test_the_step_puts_a_pages_summary_in_the_pages_story(store: SQLiteStore) -> None:
    import dataclasses

    from copydesk.engines.steps import stories as step
    from copydesk.progress import silent

    from .story_fixtures import article

    full = dataclasses.replace(article("strike_a1"), url="https://harbour.example/news/strike")
    other = article("summit")
    summary = dataclasses.replace(
        full, id="teaser", text="A short teaser about the night's vote.",
        url="https://harbour.example/news/strike/?utm_source=rss")
    store.add_batch([full, other, summary])
    step.run(store, silent)
    story = {a: store.annotations(a)["story_id"] for a in (full.id, other.id, "teaser")}
    assert story["teaser"] == story[full.id] != story[other.id]


def test_a_pages_summary_stored_in_a_later_run_joins_the_pages_story(
        store: SQLiteStore) -> None:
    import dataclasses

    from copydesk.engines.steps import stories as step
    from copydesk.progress import silent

    from .story_fixtures import article

    full = dataclasses.replace(article("strike_a1"), url="https://harbour.example/news/strike")
    store.add_batch([full, article("summit")])
    step.run(store, silent)
    summary = dataclasses.replace(full, id="teaser", text="A short teaser about the vote.",
                                  url="https://harbour.example/news/strike")
    store.add_batch([summary])
    step.run(store, silent)
    assert store.annotations("teaser")["story_id"] == store.annotations(full.id)["story_id"]
