"""An article flagged machine-spun, with no relation to its source in the corpus, is not
where a briefing takes its words from: its sentences and quotes are shown only when no
other article has them, and facts only it states are listed last and marked."""

from __future__ import annotations

from copydesk.records import Fact, Quote, Story
from copydesk.report.fact_rows import fact_rows
from copydesk.report.markdown import story_markdown
from copydesk.report.quote_groups import quote_groups
from copydesk.report.summary import SourceText, summarise
from copydesk.report.views import StoryView

PLAIN = ("The harbour board met on Monday to discuss the ferry timetable for the summer. "
         "Board members agreed to add two evening crossings from June onwards.")
SPUN = ("The harbour panel assembled on Monday to talk about the ferry schedule for the "
        "summertime. Panel participants concurred to include two night crossings from "
        "June onwards. The chairwoman Ilse Varn stated the expense would be coated by "
        "fares and never by the council price range.")


def test_the_summary_takes_its_sentences_from_the_article_that_is_not_spun():
    docs = [SourceText("spun", 1, "spun", SPUN, spun=True), SourceText("plain", 2, "plain", PLAIN)]
    shown = summarise(docs)
    assert shown and all(c.article_id == "plain" for c in shown)
    unflagged = summarise([SourceText("spun", 1, "spun", SPUN), docs[1]])
    assert any(c.article_id == "spun" for c in unflagged)  # earlier, so it won before


def test_a_story_of_spun_articles_only_still_gets_a_summary():
    shown = summarise([SourceText("spun", 1, "spun", SPUN, spun=True)])
    assert shown and shown[0].article_id == "spun"


def test_a_spun_quote_is_cited_under_the_wording_of_another_article():
    spun = Quote("q1", "spun", 0, 10, "the expense would be coated by fares alone", "Ilse Varn",
                 None)
    plain = Quote("q2", "plain", 0, 10, "the cost would be covered by fares alone", "Ilse Varn",
                  None)
    numbers = {"spun": 1, "plain": 2}
    (group,) = quote_groups([spun, plain], numbers, spun={"spun"})
    assert group.quotes[0].text == plain.text
    (before,) = quote_groups([spun, plain], numbers)
    assert before.quotes[0].text == spun.text


def test_facts_only_spun_articles_state_come_last_and_are_marked():
    def fact(fid: str, value: str, ids: tuple[str, ...]) -> Fact:
        return Fact(fid, "s", "Ilse Varn", "said", value, None, ids, len(ids))

    rows = fact_rows([fact("f1", "info and historical past", ("spun", "spun2")),
                      fact("f2", "facts and history", ("plain",))],
                     {"spun": 1, "spun2": 2, "plain": 3}, spun={"spun", "spun2"})
    assert [r.value for r in rows] == ["facts and history", "info and historical past"]
    assert [r.spun_only for r in rows] == [False, True]
    story = Story("s", "Ferry timetable", "t", ("spun", "spun2", "plain"), None, None, 3, 3, 2)
    text = story_markdown(StoryView(story=story, sources=[], facts=rows))
    spun_line = next(line for line in text.splitlines() if "info and historical past" in line)
    assert "machine-spun sources only" in spun_line
    plain_line = next(line for line in text.splitlines() if "facts and history" in line)
    assert "machine-spun" not in plain_line


def test_the_copy_side_of_a_spun_relation_is_spun_whatever_its_score():
    """The demo's spun copy scored 0.51 and was not flagged, so its "pay upward thrust"
    and a quote it gave the wrong speaker stood in the key facts as plain facts."""
    from copydesk.records import Relation
    from copydesk.report.sources import Source, spun_articles

    def source(aid: str, flagged: bool) -> Source:
        return Source(1, aid, aid, "site", None, None, "en", "", 0.5, flagged)

    spun_rel = Relation("wire", "farm", "spun", 0.9, "swaps", "wire")
    copied = Relation("wire", "blog", "duplicate", 0.9, "same", "wire")
    undirected = Relation("wire", "other", "spun", 0.9, "swaps", None)
    oriented = [(spun_rel, "wire", "farm", True), (copied, "wire", "blog", True),
                (undirected, "wire", "other", False)]
    sources = [source(a, a == "flagged") for a in ("wire", "farm", "blog", "other", "flagged")]
    sources_of = {"farm": {"wire"}, "blog": {"wire"}}
    assert spun_articles(sources, oriented, sources_of) == {"farm", "flagged"}
    # A regression probe: a partial copy of the wire, "spun" beside the wire's spun copy,
    # is no spin: both copy the wire.
    sibling = Relation("farm", "blog", "spun", 0.9, "swaps", "farm")
    assert spun_articles(sources, [*oriented, (sibling, "farm", "blog", True)],
                         sources_of) == {"farm", "flagged"}
    assert spun_articles(sources, [*oriented, (sibling, "farm", "blog", True)],
                         {"farm": {"wire"}}) == {"farm", "flagged", "blog"}
    # A spun part (a spin of part of a longer page, typed partial) is the spinner's too;
    # a partial copy with edits is not.
    part = Relation("wire", "digest", "partial", 0.9, "partial: a spun part", "wire",
                    spun_part=True)
    edited = Relation("wire", "paper", "partial", 0.9, "partial: passages reused", "wire")
    assert spun_articles(sources, [(part, "wire", "digest", True),
                                   (edited, "wire", "paper", True)], {}) == {"flagged"} | {
        "digest"}
