"""Which copies reuse binds into one story (stories/bindings.py)."""

from __future__ import annotations

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
