"""Each reader turns its format into the same clean article, metadata included."""

from __future__ import annotations

import gzip
import io
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import BODY_PARAGRAPHS, TITLE, article_html, article_text
from copydesk.clean import clean_documents
from copydesk.ingest import ReaderOptions, iter_inputs
from copydesk.records import Article, RawDocument, Rejected


def read_all(*paths: str, options: ReaderOptions | None = None) -> list[RawDocument | Rejected]:
    out: list[RawDocument | Rejected] = []
    for item in iter_inputs(list(paths), options):
        if isinstance(item, Rejected):
            out.append(item)
        else:
            out.extend(item.documents())
    return out


def clean_one(doc: RawDocument | Rejected) -> Article:
    assert isinstance(doc, RawDocument), doc
    (article,) = clean_documents([doc])
    assert isinstance(article, Article), article
    return article


def assert_body(article: Article) -> None:
    assert article.text.split("\n\n") == list(BODY_PARAGRAPHS)
    assert article.title == TITLE


def test_plain_text_first_line_is_title(tmp_path: Path) -> None:
    path = tmp_path / "strike.txt"
    path.write_text(article_text(), encoding="utf-8")
    article = clean_one(*read_all(str(path)))
    assert_body(article)
    assert article.source == str(path) and article.position is None
    assert article.language == "en"


def test_plain_text_without_headline_has_no_title(tmp_path: Path) -> None:
    path = tmp_path / "strike.txt"
    path.write_text("\n\n".join(BODY_PARAGRAPHS), encoding="utf-8")
    article = clean_one(*read_all(str(path)))
    assert article.title is None
    assert article.text.split("\n\n") == list(BODY_PARAGRAPHS)


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "strike.html"
    path.write_text(article_html(), encoding="utf-8")
    article = clean_one(*read_all(str(path)))
    assert_body(article)
    assert article.site == "Portvale Ledger"
    assert article.byline == "Ines Laurier"
    assert article.published == datetime(2025, 3, 11, 8, 15, tzinfo=timezone.utc)
    removed = " ".join(r.text for r in article.removed)
    assert "Ferry fares to rise in spring" in removed  # nothing dropped silently
    assert "Share on Facebook" in removed


def test_a_copyright_year_is_no_publication_date(tmp_path: Path) -> None:
    """A page without date metadata whose footer reads "© Portvale Ledger 2025" was
    dated 1 January 2025 (htmldate's free-text guess)."""
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY_PARAGRAPHS)
    path = tmp_path / "undated.html"
    path.write_text(f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}"
                    f"</h1>{paragraphs}</article><footer>© Portvale Ledger 2025</footer>"
                    "</body></html>", encoding="utf-8")
    article = clean_one(*read_all(str(path)))
    assert_body(article)
    assert article.published is None


def test_jsonl_default_news_crawl_fields(tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    rows = [
        {
            "title": TITLE,
            "maintext": "\n".join(BODY_PARAGRAPHS),
            "date_publish": "2025-03-11 08:15:00",
            "url": "https://ledger.example/strike",
            "source_domain": "ledger.example",
            "authors": ["Ines Laurier", "Tom Ash"],
        },
        {
            "headline": "Second",
            "text": "\n".join(BODY_PARAGRAPHS[:2]),
            "published": "2025-03-12T10:00:00Z",
        },
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    first, second = read_all(str(path))
    article = clean_one(first)
    assert_body(article)
    assert article.position == 1 and article.site == "ledger.example"
    assert article.byline == "Ines Laurier, Tom Ash"
    assert article.published == datetime(2025, 3, 11, 8, 15, tzinfo=timezone.utc)
    assert isinstance(second, RawDocument) and second.position == 2
    assert second.published == datetime(2025, 3, 12, 10, tzinfo=timezone.utc)


def test_jsonl_field_mapping_option(tmp_path: Path) -> None:
    path = tmp_path / "custom.jsonl"
    path.write_text(json.dumps({"heading": TITLE, "story": "\n".join(BODY_PARAGRAPHS)}) + "\n")
    options = ReaderOptions(fields={"text": ("story",), "title": ("heading",)})
    assert_body(clean_one(*read_all(str(path), options=options)))


def test_jsonl_field_mapping_takes_dotted_paths_into_nested_objects(tmp_path: Path) -> None:
    """--field text=content.body reads a nested field, a list item by its index; a key
    that itself holds the dot is taken first; a path that leads nowhere finds nothing."""
    path = tmp_path / "nested.jsonl"
    records = [
        {"content": {"body": "\n".join(BODY_PARAGRAPHS)}, "headlines": [TITLE, "other"]},
        {"content.body": "\n".join(BODY_PARAGRAPHS), "content": {"body": "wrong"},
         "headlines": [TITLE]},
        {"content": ["not", "an", "object"], "headlines": [TITLE]},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    options = ReaderOptions(fields={"text": ("content.body",), "title": ("headlines.0",)})
    docs = list(read_all(str(path), options=options))
    for doc in docs[:2]:
        assert_body(clean_one(doc))
        assert doc.title == TITLE
    assert isinstance(docs[2], Rejected) and "no article text" in docs[2].reason


def test_a_one_word_author_keeps_no_publication_label(tmp_path: Path) -> None:
    """An OSINT probe: "By Northwire | Published 2025-03-12T09:02:00+00:00" under a meta
    author "Northwire" gave the byline "Northwire; Published"."""
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY_PARAGRAPHS)
    path = tmp_path / "wire.html"
    path.write_text(
        '<html><head><title>Dock strike</title><meta name="author" content="Northwire">'
        '</head><body><article><h1>Dock strike</h1><div class="byline">By Northwire | '
        f"Published 2025-03-12T09:02:00+00:00</div>{paragraphs}</article></body></html>",
        encoding="utf-8")
    article = clean_one(*read_all(str(path)))
    assert article.byline == "Northwire"


def test_jsonl_with_html_in_text_field(tmp_path: Path) -> None:
    path = tmp_path / "html.jsonl"
    path.write_text(json.dumps({"title": TITLE, "text": article_html()}) + "\n")
    assert_body(clean_one(*read_all(str(path))))


def _warc(path: Path) -> None:
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n, html in enumerate([article_html(), "<html><body>no article</body></html>"]):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            payload = html.encode("utf-8")
            record = writer.create_warc_record(
                f"https://ledger.example/{n}",
                "response",
                payload=io.BytesIO(payload),
                length=len(payload),
                http_headers=headers,
            )
            writer.write_record(record)
        writer.write_record(
            writer.create_warc_record(
                "https://ledger.example/robots.txt",
                "request",
                payload=io.BytesIO(b"GET /"),
                length=5,
            )
        )


def test_warc_html_responses_with_offsets(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _warc(path)
    docs = read_all(str(path))
    assert len(docs) == 2
    article = clean_one(docs[0])
    assert_body(article)
    assert article.position == 0 and article.url == "https://ledger.example/0"
    (second,) = clean_documents([docs[1]]) if isinstance(docs[1], RawDocument) else [docs[1]]
    assert isinstance(second, Rejected)
    assert second.position is not None and second.position > 0  # where in the crawl file


@pytest.mark.parametrize("compressed", [True, False])
def test_warc_cut_short_reports_the_lost_tail_and_keeps_what_came_before(
    tmp_path: Path, compressed: bool
) -> None:
    """warcio stops without a word at a record cut short (a crawl killed mid-write):
    the records before it are read and the cut is one rejection; a whole archive,
    compressed or not (its last record ends in blank lines), has none."""
    whole = tmp_path / "crawl.warc.gz"
    _warc(whole)
    data = whole.read_bytes() if compressed else gzip.decompress(whole.read_bytes())
    intact = tmp_path / ("whole.warc.gz" if compressed else "whole.warc")
    intact.write_bytes(data)
    assert not [d for d in read_all(str(intact)) if isinstance(d, Rejected)
                and "truncated" in d.reason]
    cut = tmp_path / ("cut.warc.gz" if compressed else "cut.warc")
    cut.write_bytes(data[: len(data) - 40])  # into the last record (the request)
    docs = read_all(str(cut))
    assert [clean_one(docs[0]).url] == ["https://ledger.example/0"]
    lost = [d for d in docs if isinstance(d, Rejected) and "truncated" in d.reason]
    assert len(lost) == 1 and lost[0].position is not None and lost[0].position > 0


PARAGRAPHS_HTML = "".join(f"<p>{p}</p>" for p in BODY_PARAGRAPHS)


def test_rss_feed_items(tmp_path: Path) -> None:
    items = "".join(
        f"<item><title>{TITLE} {n}</title><link>https://wire.example/{n}</link>"
        f"<pubDate>Tue, 11 Mar 2025 08:0{n}:00 GMT</pubDate>"
        f"<description><![CDATA[{PARAGRAPHS_HTML}]]></description></item>"
        for n in (1, 2)
    )
    path = tmp_path / "wire.xml"
    path.write_text(
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>{items}"
        "</channel></rss>"
    )
    docs = read_all(str(path))
    assert [d.position for d in docs] == [1, 2]
    article = clean_one(docs[0])
    assert article.text.split("\n\n") == list(BODY_PARAGRAPHS)
    assert article.published == datetime(2025, 3, 11, 8, 1, tzinfo=timezone.utc)
    assert article.site == "Wire"


def test_feed_item_links_are_made_absolute_against_the_feed(tmp_path: Path) -> None:
    """A relative item link left the article without a host, so without a publisher."""
    path = tmp_path / "wire.xml"
    path.write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
        "<link>https://wire.example/home</link>"
        f"<item><title>{TITLE}</title><link>/news/ferry</link>"
        f"<description><![CDATA[{PARAGRAPHS_HTML}]]></description></item>"
        f"<item><title>{TITLE} 2</title><link>https://other.example/x</link>"
        f"<description><![CDATA[{PARAGRAPHS_HTML} Two.]]></description></item>"
        "</channel></rss>"
    )
    assert [d.url for d in read_all(str(path))] == [
        "https://wire.example/news/ferry", "https://other.example/x"]


def test_a_feeds_section_is_no_part_of_its_sites_name(tmp_path: Path) -> None:
    """A crawl probe: "Veldmoor Post – Top stories" and "Veldmoor Post – Environment" were
    two sites beside the paper's own pages, so one paper counted as three sources. The
    part of the title the home page's host spells is the site; without a match the whole
    title stays."""
    def site_of(title: str, home: str) -> str | None:
        path = tmp_path / "feed.xml"
        path.write_text(
            f"<?xml version='1.0'?><rss version='2.0'><channel><title>{title}</title>"
            f"<link>{home}</link><item><title>{TITLE}</title><link>/news/x</link>"
            f"<description><![CDATA[{PARAGRAPHS_HTML}]]></description></item></channel></rss>")
        (doc,) = read_all(str(path))
        return doc.site

    home = "https://veldmoorpost.example/"
    assert site_of("Veldmoor Post – Top stories", home) == "Veldmoor Post"
    assert site_of("World news | The Ledger", "https://www.theledger.example/") == "The Ledger"
    assert site_of("Breaking: Top stories", "https://wire.example/") == "Breaking: Top stories"
    # not a section word the host also spells (a regression probe's "News – Kelso News")
    assert site_of("News – Kelso News", "https://kelsonews.example/") == "Kelso News"


def test_atom_feed(tmp_path: Path) -> None:
    path = tmp_path / "feed.atom"
    content = "".join(f"<p>{p}</p>" for p in BODY_PARAGRAPHS).replace("<", "&lt;")
    path.write_text(
        "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Atom Wire</title>"
        f"<entry><title>{TITLE}</title><updated>2025-03-11T08:00:00Z</updated>"
        f"<content type='html'>{content}</content></entry></feed>"
    )
    assert_body(clean_one(*read_all(str(path))))


def test_feed_titles_with_markup_and_dates_feedparser_cannot_read(tmp_path: Path) -> None:
    """An Atom title of type html kept its <em> tags; "March 12, 2025 9:15 PM EST" in a
    pubDate was no date at all."""
    content = "".join(f"<p>{p}</p>" for p in BODY_PARAGRAPHS).replace("<", "&lt;")
    atom = tmp_path / "feed.atom"
    atom.write_text(
        "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Wire</title>"
        "<entry><title type='html'>Ferry &lt;em&gt;late&lt;/em&gt; again</title>"
        f"<content type='html'>{content}</content></entry></feed>")
    assert [d.title for d in read_all(str(atom))] == ["Ferry late again"]
    rss = tmp_path / "wire.xml"
    rss.write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
        f"<item><title>{TITLE}</title><pubDate>March 12, 2025 9:15 PM EST</pubDate>"
        f"<description><![CDATA[{PARAGRAPHS_HTML}]]></description></item></channel></rss>")
    (item,) = read_all(str(rss))
    assert isinstance(item, RawDocument)
    assert item.published == datetime(2025, 3, 13, 2, 15, tzinfo=timezone.utc)


def test_gzip_is_transparent(tmp_path: Path) -> None:
    path = tmp_path / "strike.txt.gz"
    path.write_bytes(gzip.compress(article_text().encode("utf-8")))
    assert_body(clean_one(*read_all(str(path))))


def test_folders_are_walked_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(article_text())
    (tmp_path / "b" / "deep" / "c.html").write_text(article_html())
    (tmp_path / ".hidden.txt").write_text(article_text())
    sources = [d.source for d in read_all(str(tmp_path))]
    assert sources == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "deep" / "c.html")]


def test_linked_folders_are_walked_once_and_broken_links_are_reported(tmp_path: Path) -> None:
    """A linked folder and a broken link were left out without a word (exit 0)."""
    data = tmp_path / "elsewhere"
    data.mkdir()
    (data / "b.txt").write_text(article_text())
    root = tmp_path / "inputs"
    root.mkdir()
    (root / "a.txt").write_text(article_text())
    (root / "linked").symlink_to(data, target_is_directory=True)
    (root / "loop").symlink_to(root, target_is_directory=True)  # no hang
    # A link up the tree left the folder: an ingest probe's "bad/loop -> .." read the
    # whole corpus again under new names.
    (root / "up").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "outside.txt").write_text(article_text())
    (root / "gone.txt").symlink_to(tmp_path / "missing.txt")
    items = read_all(str(root))
    docs = [d.source for d in items if isinstance(d, RawDocument)]
    assert docs == [str(root / "a.txt"), str(root / "linked" / "b.txt")]
    broken, loop, up = sorted((r for r in items if isinstance(r, Rejected)),
                              key=lambda r: r.source)
    assert broken.source == str(root / "gone.txt") and "broken link" in broken.reason
    assert loop.source == str(root / "loop") and "(a loop): not followed" in loop.reason
    assert up.source == str(root / "up") and "(a loop)" in up.reason


def test_standard_input(monkeypatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(article_html().encode("utf-8")))
    monkeypatch.setattr(sys, "stdin", fake)
    (doc,) = read_all("-")
    assert doc.source == "-"
    assert_body(clean_one(doc))


@pytest.mark.parametrize("value", [1741680000, 1741680000000, "1741680000",
                                   "Tue, 11 Mar 2025 08:00:00 GMT", "2025-03-11T08:00:00Z",
                                   # a negative offset's sign was taken for an RFC 850 dash
                                   # (03:00 -0500 was read as 03:00 +0500, ten hours off)
                                   "Tue, 11 Mar 2025 03:00:00 -0500",
                                   "Tuesday, 11-Mar-25 08:00:00 GMT",
                                   # an ISO time with a zone's name was cut to its date
                                   "2025-03-11T03:00:00 EST", "2025-03-11 08:00:00 UTC"])
def test_jsonl_publication_times_as_crawls_write_them(tmp_path: Path, value: object) -> None:
    """POSIX seconds or milliseconds (numbers or strings) and RFC 2822 dates were read as
    no date at all; they are the same instant as the ISO form."""
    path = tmp_path / "crawl.jsonl"
    path.write_text(json.dumps({"title": TITLE, "maintext": "\n".join(BODY_PARAGRAPHS),
                                "date_publish": value}) + "\n")
    (doc,) = read_all(str(path))
    assert isinstance(doc, RawDocument)
    assert doc.published == datetime(2025, 3, 11, 8, 0, tzinfo=timezone.utc)


def test_html_nested_deeper_than_the_parser_goes_keeps_its_text(tmp_path: Path) -> None:
    """libxml2 stops at 256 nested elements: the page was rejected as having no text."""
    depth = 400
    body = "".join(f"<p>{p}</p>" for p in BODY_PARAGRAPHS)
    page = (f"<html><head><title>{TITLE}</title></head><body>" + "<div class='wrap'>" * depth
            + body + "</div>" * depth + "</body></html>")
    path = tmp_path / "deep.html"
    path.write_text(page)
    (doc,) = read_all(str(path))
    assert isinstance(doc, RawDocument), doc
    assert BODY_PARAGRAPHS[0] in doc.body and BODY_PARAGRAPHS[-1] in doc.body


def test_a_json_array_file_and_api_shaped_fields(tmp_path: Path) -> None:
    """A .json export holding one array was "a JSON line must be an object" (all lost);
    NewsAPI's nested source and authors were stored as Python dict text, "null" as a title."""
    records = [
        {"title": TITLE, "content": "\n".join(BODY_PARAGRAPHS),
         "source": {"id": None, "name": "Harbour Times"},
         "authors": [{"name": "Carl Dunn"}, {"name": "Ada Roe"}],
         "publishedAt": "March 12, 2025 9:15 PM EST"},
        {"title": "null", "text": "\n".join(BODY_PARAGRAPHS[1:]), "source_domain": "null"},
        [1, 2],
    ]
    path = tmp_path / "export.json"
    path.write_text(json.dumps(records, indent=2))
    first, second, third = read_all(str(path))
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert (first.site, first.byline, first.title) == ("Harbour Times", "Carl Dunn, Ada Roe", TITLE)
    assert first.published == datetime(2025, 3, 13, 2, 15, tzinfo=timezone.utc)
    assert (second.title, second.site, second.position) == (None, None, 2)
    assert isinstance(third, Rejected) and third.position == 3
    assert third.reason == "an item of the JSON array must be an object"


@pytest.mark.parametrize("indent", [None, 4])
def test_one_pretty_printed_article_and_an_api_response_are_read(
    tmp_path: Path, indent: int | None
) -> None:
    """A news-please article written with indent=4 was 11 "not valid JSON" rejections,
    one a line; NewsAPI's {"status": "ok", "articles": [...]} was "no article text"."""
    article = {"title": TITLE, "maintext": "\n".join(BODY_PARAGRAPHS),
               "date_publish": "2025-03-11 08:00:00"}
    one = tmp_path / "one.json"
    one.write_text(json.dumps(article, indent=indent))
    response = tmp_path / "newsapi.json"
    response.write_text(json.dumps({"status": "ok", "totalResults": 2, "articles": [
        {"title": TITLE, "content": article["maintext"], "source": {"name": "Harbour Times"}},
        {"title": "Second", "content": "\n".join(BODY_PARAGRAPHS[1:]) + "… [+1200 chars]"}]},
        indent=indent))
    (doc,) = read_all(str(one))
    assert isinstance(doc, RawDocument) and doc.title == TITLE
    first, second = read_all(str(response))
    assert isinstance(first, RawDocument) and first.site == "Harbour Times"
    assert isinstance(second, RawDocument) and second.position == 2
    # NewsAPI's sign that it cut the text is no text of the article, and is kept as removed.
    assert second.body.endswith(BODY_PARAGRAPHS[-1])
    assert [(r.text, r.reason) for r in second.removed] == [
        ("… [+1200 chars]", "truncation marker")]
    # NewsAPI's sign that it cut the text is no text of the article, and is kept as removed.
    assert second.body.endswith(BODY_PARAGRAPHS[-1])
    assert [(r.text, r.reason) for r in second.removed] == [
        ("… [+1200 chars]", "truncation marker")]


def test_json_lines_with_a_broken_first_line_are_still_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    good = json.dumps({"title": TITLE, "text": "\n".join(BODY_PARAGRAPHS)})
    path.write_text('{"title": "cut' + "\n" + good + "\n")
    broken, doc = read_all(str(path))
    assert isinstance(broken, Rejected) and broken.position == 1
    assert isinstance(doc, RawDocument) and doc.title == TITLE


def test_markup_and_entities_in_a_json_text_field(tmp_path: Path) -> None:
    """A text of "<div>…<br><br>…</div>" kept its tags, and "&amp;" stayed in ASCII text."""
    path = tmp_path / "crawl.jsonl"
    body = "<div>" + "<br><br>".join(BODY_PARAGRAPHS) + "</div>"
    plain = "\n".join(BODY_PARAGRAPHS) + "\nCafe owners &amp; bar staff said &quot;never&quot;."
    path.write_text(json.dumps({"title": "Ferry &amp; fares", "text": body}) + "\n"
                    + json.dumps({"title": TITLE, "text": plain}) + "\n")
    tagged, entities = (clean_one(d) for d in read_all(str(path)))
    assert "<" not in tagged.text and tagged.text.split("\n\n")[0] == BODY_PARAGRAPHS[0]
    assert tagged.title == "Ferry & fares"
    assert entities.text.endswith('Cafe owners & bar staff said "never".')


@pytest.mark.parametrize("preamble", [b"\xef\xbb\xbf", b"<!-- saved from url=(0042)x -->\n"])
def test_a_page_is_known_as_html_behind_a_bom_or_a_comment(preamble: bytes, tmp_path: Path) -> None:
    """Without a telling name (stdin, .php) such a page was read as plain text: tags and all."""
    path = tmp_path / "story.php"
    path.write_bytes(preamble + article_html().encode())
    (doc,) = read_all(str(path))
    assert_body(clean_one(doc))


def test_an_xhtml_page_keeps_its_removed_lines() -> None:
    """lxml refuses a str with an encoding declaration, so the page's chrome was dropped
    without being recorded in ``removed``."""
    from copydesk.ingest.html import read_html

    plain = read_html("p.html", article_html())
    xhtml = read_html("p.xhtml", '<?xml version="1.0" encoding="utf-8"?>\n' + article_html())
    assert plain.removed and xhtml.removed == plain.removed


def test_json_lines_after_a_bracketed_header_and_prose_with_angle_brackets(tmp_path: Path) -> None:
    """A first line "[crawl 7]" or a column list made the whole file one failed JSON array;
    an e-mail address in angle brackets was deleted as a tag."""
    record = {"title": TITLE, "text": "\n".join(BODY_PARAGRAPHS)
              + "\nWrite to Li Wei <li.wei@brackwell.example> with tips."}
    for header in ("[crawl 2025-03-12 run 7]", '["title", "text", "url"]'):
        path = tmp_path / "crawl.jsonl"
        path.write_text(header + "\n" + json.dumps(record) + "\n")
        first, doc = read_all(str(path))
        assert isinstance(first, Rejected) and first.position == 1
        assert isinstance(doc, RawDocument)
        assert "<li.wei@brackwell.example>" in clean_one(doc).text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_jsonl_in_utf16_keeps_every_record(tmp_path: Path, encoding: str) -> None:
    """Lines were cut at the byte 0x0A before decoding, half a UTF-16 character: one
    record of two was stored, and the other reported as binary."""
    rows = [{"title": f"Harbour report {i}", "text": article_text() + f" Part {i}."}
            for i in (1, 2)]
    path = tmp_path / "export.jsonl"
    path.write_bytes("".join(json.dumps(r) + "\n" for r in rows).encode(encoding))
    docs = read_all(str(path))
    assert [d.title for d in docs if isinstance(d, RawDocument)] == [
        "Harbour report 1", "Harbour report 2"]
    assert not [d for d in docs if isinstance(d, Rejected)]


def test_a_json_array_cut_off_keeps_its_complete_records(tmp_path: Path) -> None:
    """A download that stopped mid-array lost every record, and each line of the file
    was reported as a rejection of its own."""
    rows = [{"title": f"Harbour report {i}", "text": article_text() + f" Part {i}."}
            for i in (1, 2, 3)]
    whole = json.dumps(rows, indent=2)
    path = tmp_path / "cut.json"
    path.write_text(whole[: whole.rindex("Part 3")], encoding="utf-8")
    docs = read_all(str(path))
    assert [d.title for d in docs if isinstance(d, RawDocument)] == [
        "Harbour report 1", "Harbour report 2"]
    (rejected,) = [d for d in docs if isinstance(d, Rejected)]
    assert "cut off" in rejected.reason and "2 complete records" in rejected.reason


@pytest.mark.parametrize("listed", [["harbour", "strike"], []])
def test_one_article_with_a_list_field_named_like_an_api_list_is_one_record(
    tmp_path: Path, listed: list[str]
) -> None:
    """"items" (its tags) or "data" on one article made it an API response: its strings
    were rejected as records, or it was an "empty JSON array"."""
    path = tmp_path / "one.json"
    record = {"title": "Harbour report", "text": article_text(), "items": listed}
    path.write_text(json.dumps(record), encoding="utf-8")
    docs = read_all(str(path))
    assert [d.title for d in docs if isinstance(d, RawDocument)] == ["Harbour report"]
    assert not [d for d in docs if isinstance(d, Rejected)]


def test_utf16_json_lines_are_recoded_as_they_are_read(tmp_path: Path) -> None:
    """Records far longer than one read, and letters that UTF-16 writes in four bytes
    (split across reads): every record whole. A first version read the first 256 MB
    and silently dropped the rest."""
    from copydesk.ingest import jsonl

    long_text = (article_text() + " Über 𝄞 Café. ") * 400
    rows = [{"title": f"Report {i}", "text": long_text + str(i)} for i in range(3)]
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-16")
    assert len(data) > 4 * jsonl._Recoded.CHUNK
    path = tmp_path / "wide.jsonl"
    path.write_bytes(data)
    docs = [d for d in read_all(str(path)) if isinstance(d, RawDocument)]
    assert [d.title for d in docs] == ["Report 0", "Report 1", "Report 2"]
    assert "Über 𝄞 Café" in docs[2].body and docs[2].body.endswith("2")


def test_an_api_response_with_no_articles_is_an_empty_array_and_a_bad_record_no_cut(
    tmp_path: Path,
) -> None:
    """A regression probe: an empty article list beside a long message became "no
    article text"; a whole array with one bad record was reported "cut off"."""
    empty = tmp_path / "empty.json"
    empty.write_text(json.dumps({"status": "ok", "articles": [],
                                 "message": "No articles matched. " * 20}), encoding="utf-8")
    (rejected,) = read_all(str(empty))
    assert isinstance(rejected, Rejected) and "empty JSON array" in rejected.reason
    bad = tmp_path / "bad.json"
    good = {"title": "Harbour report", "text": article_text()}
    bad.write_text("[\n" + json.dumps(good) + ",\n{broken},\n" + json.dumps(good) + "\n]\n",
                   encoding="utf-8")
    assert not any("cut off" in d.reason for d in read_all(str(bad)) if isinstance(d, Rejected))


def test_a_site_name_that_is_markup_gives_way_to_the_host() -> None:
    """An og:site_name of escaped markup was stored, title-cased, as the site's name."""
    from copydesk.ingest.html import read_html

    page = article_html().replace(
        "content='Portvale Ledger'", "content='&lt;img src=x onerror=alert(3)&gt;'")
    doc = read_html("p.html", page, url="https://portvale-ledger.example/2025/03/ferry")
    assert doc.site == "portvale-ledger.example"
    assert read_html("p.html", article_html()).site == "Portvale Ledger"


def test_a_relative_canonical_link_is_made_absolute_by_the_pages_base() -> None:
    """An ingest probe: a page with "<base href>" and a relative canonical link was
    stored with no URL, so with no site either."""
    from copydesk.ingest.html import read_html

    page = ("<html><head><base href='https://finreport.example/banking/'>"
            "<link rel='canonical' href='lumora-breach'><title>Breach</title></head><body>"
            "<article><h1>Breach</h1>" + "".join(f"<p>{p}</p>" for p in BODY_PARAGRAPHS)
            + "</article></body></html>")
    doc = read_html("page.html", page)
    assert doc.url == "https://finreport.example/banking/lumora-breach"
    assert doc.site == "finreport.example"
    # Without a base a relative link makes no URL.
    assert read_html("page.html", page.replace(
        "<base href='https://finreport.example/banking/'>", "")).url is None


def test_a_blog_posts_headline_is_not_the_blogs_name() -> None:
    """An ingest probe: a Blogger page's first heading is the blog's name, which became
    the title, while the post's headline was removed as chrome."""
    from copydesk.ingest.html import read_html

    page = ("<html><head><title>Bay Notes: Harbour board approves the crane plan</title>"
            "</head><body><div class='header'><h1 class='title'>Bay Notes</h1></div>"
            "<div class='post hentry'><h3 class='post-title entry-title'>Harbour board "
            "approves the crane plan</h3><div class='post-body entry-content'>"
            + "".join(f"<p>{p}</p>" for p in BODY_PARAGRAPHS) + "</div></div></body></html>")
    assert read_html("post.html", page).title == "Harbour board approves the crane plan"
    # Without a post title element, the rest of the page's <title>.
    plain = page.replace("post-title entry-title", "heading")
    assert read_html("post.html", plain).title == "Harbour board approves the crane plan"


def test_a_headline_before_the_sites_name_in_the_page_title_stays() -> None:
    """The rule above read "Cranes fall silent … | The Harbour Gazette" the wrong way
    round and made the site's name the title of a demo page."""
    from copydesk.ingest.html import read_html

    page = ("<html><head><title>Harbour board approves the crane plan | The Bay Gazette"
            "</title></head><body><article><h1>Harbour board approves the crane plan</h1>"
            + "".join(f"<p>{p}</p>" for p in BODY_PARAGRAPHS) + "</article></body></html>")
    assert read_html("page.html", page).title == "Harbour board approves the crane plan"


def test_a_quiet_feed_is_no_rejection_and_a_broken_one_says_so(tmp_path: Path) -> None:
    """An ingest probe: a feed with no items was a rejection, so every scheduled poll of
    a quiet feed ended "partial" (exit 3); a feed whose XML broke inside an item said
    only "feed item without text"."""
    quiet = tmp_path / "quiet.rss"
    quiet.write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>Q</title>"
                     "<link>https://q.example/</link></channel></rss>")
    assert read_all(str(quiet)) == []
    broken = tmp_path / "broken.xml"
    broken.write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>B</title>"
                      "<item><title>A headline</title><description>Cut in the mid</desc")
    (rejected,) = read_all(str(broken))
    assert isinstance(rejected, Rejected) and "XML is broken" in rejected.reason
    # A crawl probe: an intact item with a title and a link only, before the item where
    # the XML broke, was blamed on the break.
    linked = tmp_path / "linked.xml"
    linked.write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>B</title>"
                      "<item><title>Only a link</title><link>https://b.example/1</link></item>"
                      "<item><title>A headline</title><description>Cut in the mid</desc")
    first, last = read_all(str(linked))
    assert isinstance(first, Rejected) and "XML is broken" not in first.reason
    assert isinstance(last, Rejected) and "XML is broken" in last.reason
    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_text("<?xml version='1.0'?><urlset><url><loc>https://a.example/</loc>"
                       "</url></urlset>")
    (other,) = read_all(str(sitemap))
    assert isinstance(other, Rejected) and "no RSS or Atom items" in other.reason


def test_a_wordpress_post_gives_its_header_time_and_its_home_sites_host() -> None:
    """An ingest probe: three farms' pages of one wire text, naming no site but in their
    home link, were one article of no site; their <time class="entry-date published">
    was ignored, so they were dated midnight, hours before the wire they copied. A
    related post's time is not the page's."""
    from copydesk.ingest.html import read_html

    body = PARAGRAPHS_HTML
    page = ('<html><head><title>Mill fire</title></head><body>'
            '<header><a href="https://dailybuzz.example/" rel="home">Daily Buzz</a></header>'
            '<article><h1 class="entry-title">Mill fire in Castrel</h1>'
            '<time class="entry-date published" datetime="2025-03-12T09:02:11+00:00">'
            f'March 12, 2025</time>{body}</article>'
            '<aside><time datetime="2024-01-02T08:00:00+00:00">Jan 2</time></aside>'
            '</body></html>')
    doc = read_html("farm.html", page)
    assert doc.site == "dailybuzz.example"
    assert doc.published is not None and doc.published.isoformat() == "2025-03-12T09:02:11+00:00"
    # A regression probe: a "Latest" widget above the article lists other posts with the
    # same time marks; the article's own is the one outside the list.
    widget = ('<aside class="widget recent-posts"><ul><li><article><h4>Ferry cut</h4>'
              '<time class="entry-date published" datetime="2025-02-01T09:00:00+00:00">'
              '1 Feb</time></article></li></ul></aside>')
    doc = read_html("farm.html", page.replace("</header>", "</header>" + widget))
    assert doc.published is not None and doc.published.isoformat() == "2025-03-12T09:02:11+00:00"


def test_csv_rows_are_articles(tmp_path: Path) -> None:
    """A user-experience audit: a CSV file (a spreadsheet's, or copydesk's own export)
    was read as one untitled text article of its rows run together. A row is read as a
    JSON Lines record: its columns by the same names, ``--field`` for others."""
    body = "\n\n".join(BODY_PARAGRAPHS)  # paragraphs inside a quoted cell
    path = tmp_path / "articles.csv"
    path.write_text('title,maintext,date_publish,url\n'
                    f'"{TITLE}","{body}",2025-03-10,https://example.org/a\n'
                    f'"Quoted ""title""","{body}",2025-03-11,https://example.org/b\n'
                    '"No text",,2025-03-11,https://example.org/c\n', encoding="utf-8-sig")
    docs = read_all(str(path))
    kept = [d for d in docs if isinstance(d, RawDocument)]
    assert [d.title for d in kept] == [TITLE, 'Quoted "title"']
    assert [d.position for d in kept] == [2, 7]  # the lines rows start on (cells span 5)
    assert_body(clean_one(kept[0]))
    assert [(r.position, "no article text" in r.reason) for r in docs
            if isinstance(r, Rejected)] == [(12, True)]
    tsv = tmp_path / "feed.tsv"
    tsv.write_text(f"headline\tstory\n{TITLE}\t{' '.join(BODY_PARAGRAPHS)}\n",
                   encoding="utf-8")
    mapped = read_all(str(tsv), options=ReaderOptions(fields={"title": ("headline",),
                                                               "text": ("story",)}))
    assert [d.title for d in mapped if isinstance(d, RawDocument)] == [TITLE]


def test_a_csv_without_a_text_column_is_rejected_once(tmp_path: Path) -> None:
    path = tmp_path / "numbers.csv"
    path.write_text("a,b\n1,2\n3,4\n", encoding="utf-8")
    [rejected] = read_all(str(path))
    assert isinstance(rejected, Rejected) and "--field text=COLUMN" in rejected.reason
