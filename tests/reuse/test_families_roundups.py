"""Families do not join through a roundup (reuse/lineage.py: build_families)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from copydesk.records import Article, Relation
from copydesk.reuse import build_families

T0 = datetime(2025, 3, 10, 8, tzinfo=timezone.utc)


def _articles(*names: str) -> list[Article]:
    return [
        Article(id=n, source="", text="", published=T0 + timedelta(hours=i))
        for i, n in enumerate(names)
    ]


def _rel(a: str, b: str, kind: str, original: str | None) -> Relation:
    x, y = sorted((a, b))
    return Relation(a=x, b=y, type=kind, confidence=0.9, reason="", original=original)


def _family_of(relations: list[Relation], articles: list[Article]) -> dict[str, str]:
    return {i: f.id for f in build_families(relations, articles) for i in f.article_ids}


def test_a_live_blog_quoting_the_wire_and_a_local_report_keeps_them_two_families():
    articles = _articles("wire", "wire_copy", "local", "local_copy", "live")
    relations = [
        _rel("wire", "wire_copy", "duplicate", "wire"),
        _rel("local", "local_copy", "duplicate", "local"),
        _rel("live", "wire", "partial", "wire"),
        _rel("live", "wire_copy", "partial", "wire_copy"),
        _rel("live", "local", "partial", "local"),
    ]
    family = _family_of(relations, articles)
    assert family["wire"] == family["wire_copy"] == "wire"
    assert family["local"] == family["local_copy"] == "local"
    assert family["live"] == "live"  # a source of its own, joining neither


def test_partial_copies_of_one_story_still_make_one_family():
    # Two local papers reprint parts of the wire and share paragraphs with each other:
    # one group quoted, so neither is a roundup.
    articles = _articles("wire", "paper1", "paper2")
    relations = [
        _rel("paper1", "wire", "partial", "wire"),
        _rel("paper2", "wire", "partial", "wire"),
        _rel("paper1", "paper2", "partial", None),
    ]
    assert set(_family_of(relations, articles).values()) == {"wire"}


def test_an_original_that_two_papers_each_reprinted_a_part_of_is_no_roundup():
    """Quoting is the copy's side: the wire, partial source of two papers that share
    nothing with each other, was taken for a roundup, and its copies for independent
    sources (found by a regression probe)."""
    articles = _articles("wire", "wire_copy", "paper1", "paper2", "aggregator")
    relations = [
        _rel("wire", "wire_copy", "duplicate", "wire"),
        _rel("paper1", "wire", "partial", "wire"),
        _rel("paper2", "wire", "partial", "wire"),
        _rel("aggregator", "paper1", "partial", "paper1"),  # a chain: wire → paper → site
    ]
    assert set(_family_of(relations, articles).values()) == {"wire"}


def test_relations_without_a_known_original_make_no_roundup():
    articles = _articles("a", "b", "c")
    relations = [_rel("a", "b", "partial", None), _rel("a", "c", "partial", None)]
    assert set(_family_of(relations, articles).values()) == {"a"}


def test_a_translation_of_a_roundup_stays_with_the_roundup():
    articles = _articles("strike", "flood", "roundup", "roundup_de")
    relations = [
        _rel("roundup", "strike", "partial", "strike"),
        _rel("roundup", "flood", "partial", "flood"),
        _rel("roundup", "roundup_de", "translated", "roundup"),
    ]
    family = _family_of(relations, articles)
    assert family["strike"] == "strike" and family["flood"] == "flood"
    assert family["roundup"] == family["roundup_de"] == "roundup"
