"""The article page, the article list and search over a story of a wire and its copies:
one number, one role and one title for an article on every page."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from fastapi.testclient import TestClient

from copydesk.records import Article, Passage, Relation, Story, content_id
from copydesk.store import open_store
from copydesk.titles import shown_title
from copydesk.web import create_app
from railway_copies import build

#: A report of another story that copied the wire's first sentence.
ROUNDUP = (
    "Storm damage closed the coastal railway between Aldhaven and Pellick on Monday, the "
    "operator said. In other news, the Pellick ferry ran to timetable all week."
)


@pytest.fixture
def site(tmp_path: Path) -> tuple[TestClient, Story, list[Article]]:
    db = str(tmp_path / "railway.db")
    store = open_store(db)
    story, arts = build(store)
    roundup = Article(id=content_id("roundup"), source="railway/roundup.txt", text=ROUNDUP,
                      site="Weekly Roundup", title="The week in Pellick",
                      published=arts[-1].published)
    other = Story(id=content_id("story", "week"), title="The week in Pellick",
                  thread_id=content_id("thread", "week"), article_ids=(roundup.id,),
                  first_seen=None, last_seen=None, articles=1, sources=1,
                  independent_sources=1)
    store.add_batch([roundup])
    a, b = sorted((arts[0].id, roundup.id))
    end = ROUNDUP.index(" In other")
    store.add_records("relations", [Relation(
        a, b, "partial", 0.7, "partial: written for a test", arts[0].id,
        (Passage(0, end, 0, end),))])
    store.add_records("stories", [other])
    store.annotate_articles("story_id", [*((x.id, story.id) for x in arts),
                                         (roundup.id, other.id)])
    store.close()
    return TestClient(create_app(db, uploads=tmp_path / "uploads")), story, [*arts, roundup]


def _doc(client: TestClient, url: str) -> lxml.html.HtmlElement:
    response = client.get(url)
    assert response.status_code == 200
    return lxml.html.document_fromstring(response.text)


def _entries(doc: lxml.html.HtmlElement) -> dict[str, tuple[int, str, str]]:
    """Article id → (number, title, meta line) of a page's list of sources."""
    return {li.get("id").removeprefix("art-"): (
        int(li.get("value")), li.xpath("string(.//div[@class='src-title'])").strip(),
        " ".join(li.xpath("string(.//div[@class='src-meta'])").split()))
        for li in doc.xpath("//ol[@class='sources']/li")}


def test_an_article_page_numbers_and_casts_its_articles_as_its_story_page(
        site: tuple[TestClient, Story, list[Article]]) -> None:
    """An article page numbered its articles [1], [2] where the story page called them
    [8] and [7], and opened its partial match with another copy of the wire rather than
    its link to the original."""
    client, story, arts = site
    wire, dup, spin1, spin2, *_ = arts
    story_page = _doc(client, f"/stories/{story.id}")
    roles = {li.get("id").removeprefix("art-"): li.xpath("string(.//span[@class='role'])")
             for li in story_page.xpath("//ol[@class='sources']/li")}
    page = _doc(client, f"/articles/{spin1.id}")
    entries = _entries(page)
    assert set(entries) == {wire.id, dup.id, spin1.id, spin2.id}
    for aid, (number, title, meta) in entries.items():
        assert (number, title) == _entries(story_page)[aid][:2]
        assert meta.endswith(roles[aid])
    assert entries[spin1.id][2].endswith("this article · spun copy of [1]")
    boxes = page.xpath("//details[@class='diff']")
    titles = [" ".join(b.xpath("string(./summary/span[@class='diff-title'])").split())
              for b in boxes]
    assert titles[0] == "[3] Buzz Feedline ← [1] Coast Wire"
    assert boxes[0].get("open") is not None and all(b.get("open") is None for b in boxes[1:])
    assert [t for t in titles if "↔" in t] == titles[1:]  # the copies of one source last
    # Each side of a heading links to its article's page.
    links = boxes[0].xpath("./summary/span[@class='diff-title']/a/@href")
    assert links == [f"/articles/{spin1.id}", f"/articles/{wire.id}"]
    # The crumbs end at the story, not at a stray "›".
    crumbs = " ".join(page.xpath("string(//p[@class='crumbs'])").split())
    assert crumbs == f"Articles › {story.title}"


def test_an_article_of_another_story_is_numbered_after_the_storys_own(
        site: tuple[TestClient, Story, list[Article]]) -> None:
    client, _, arts = site
    wire, roundup = arts[0], arts[-1]
    entries = _entries(_doc(client, f"/articles/{wire.id}"))
    assert entries[wire.id][0] == 1
    assert entries[wire.id][2].endswith("this article · original")
    assert entries[roundup.id][0] == 8  # the story's page numbers its seven articles
    page = _doc(client, f"/articles/{roundup.id}")
    assert _entries(page)[roundup.id][0] == 1  # its own story's only article
    heading = " ".join(page.xpath("string(//span[@class='diff-title'])").split())
    assert heading == "[1] Weekly Roundup ← [2] Coast Wire"


def test_an_untitled_article_has_one_title_on_every_page(
        site: tuple[TestClient, Story, list[Article]]) -> None:
    """A story was titled "… under new canvas ro", its Sources and Articles lists cut the
    text elsewhere ("… with fort"), and its own page said "(untitled)"."""
    client, story, arts = site
    untitled = arts[6]
    expected = shown_title(None, untitled.text)
    assert expected.startswith("(untitled) Storm damage closed") and expected.endswith("…")
    article = _doc(client, f"/articles/{untitled.id}")
    assert article.xpath("string(//h1)") == expected
    assert article.xpath("string(//title)").startswith(expected)
    assert _entries(_doc(client, f"/stories/{story.id}"))[untitled.id][1] == expected
    listed = _doc(client, "/articles").xpath(f"//a[@href='/articles/{untitled.id}']")
    assert [a.text_content() for a in listed] == [expected]
    hits = _doc(client, "/search?q=soon").xpath("//div[@class='hit-title']/a")
    assert [a.text_content() for a in hits] == [expected]


def test_a_search_hit_names_its_story_and_its_role(
        site: tuple[TestClient, Story, list[Article]]) -> None:
    """Six identical snippets gave no hint which was the original; the page's title did
    not say what was searched; an empty query showed a blank page; and the page had two
    search boxes."""
    client, story, arts = site
    page = _doc(client, "/search?q=tickets")
    assert page.xpath("string(//title)") == "Search: tickets · copydesk"
    hits = {li.xpath("string(.//div[@class='hit-title']/a/@href)").removeprefix("/articles/"):
            li for li in page.xpath("//ul[@class='hits']/li")}
    assert set(hits) == {a.id for a in arts[:3]} | {arts[6].id}  # [4] says "passes"
    for li in hits.values():
        (link,) = li.xpath(".//div[@class='hit-story']/a[1]")
        assert link.get("href") == f"/stories/{story.id}" and link.text_content() == story.title
    said = {aid: " ".join(li.xpath("string(.//div[@class='hit-story'])").split())
            for aid, li in hits.items()}
    assert said[arts[0].id].endswith("· [1] original")
    assert said[arts[2].id].endswith("· [3] spun copy of [1]")
    assert said[arts[1].id].endswith("· [2] duplicate copy of [1]")
    # One search box: the page's own, labelled, with the query in it.
    assert [f.get("class") for f in page.xpath("//form[@role='search']")] == ["filters"]
    assert page.xpath("//form[@role='search']//input/@value") == ["tickets"]
    empty = _doc(client, "/search")
    assert empty.xpath("string(//title)") == "Search · copydesk"
    hint = " ".join(empty.xpath("string(//div[@class='hint'])").split())
    assert "title and text of every stored article" in hint and '"night shift"' in hint
    assert len(empty.xpath("//form[@role='search']")) == 1
    # Every other page keeps the header's box.
    assert _doc(client, "/articles").xpath("//form[@class='top-search']")
