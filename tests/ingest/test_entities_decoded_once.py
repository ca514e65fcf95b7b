"""HTML entities are decoded once, whatever the format: by the parser of a page or a
feed, by the reader for text that is no markup (a text file, a JSON field). The
cleaner then decodes what a double encoding left ("&amp;#8217;", "&amp;amp;"), except
"&lt;" and "&gt;", which a page means to show."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import BODY_PARAGRAPHS
from copydesk.clean import clean_documents
from copydesk.ingest import iter_inputs
from copydesk.records import Article, RawDocument, Rejected

#: A paragraph about markup, as a page writes it: a browser shows "&lt;b&gt;" and "&amp;".
SHOWN = "The style guide writes &lt;b&gt;Concerned&lt;/b&gt; for bold, and Dock &amp; Rail."
ESCAPED = SHOWN.replace("&", "&amp;")
#: What is kept of it: the markup as shown, the ampersand as a reader reads it.
KEPT = SHOWN.replace("&amp;", "&")


def cleaned(path: Path) -> list[Article]:
    docs: list[RawDocument | Rejected] = []
    for item in iter_inputs([str(path)]):
        assert not isinstance(item, Rejected), item
        docs.extend(item.documents())
    articles = clean_documents([d for d in docs if isinstance(d, RawDocument)])
    assert all(isinstance(a, Article) for a in articles), articles
    return [a for a in articles if isinstance(a, Article)]


def test_a_page_s_title_and_text_are_decoded_once(tmp_path: Path) -> None:
    """A user's "&amp;lt;b&amp;gt;" in a <title> became "<b>": the parser decoded it,
    trafilatura again, and the cleaner a third time."""
    title = "&amp;lt;b&amp;gt;Concerned&amp;lt;/b&amp;gt; is how the harbour writes bold"
    paragraphs = "".join(f"<p>{p}</p>" for p in (*BODY_PARAGRAPHS, ESCAPED))
    (tmp_path / "page.html").write_text(
        f"<html><head><title>{title}</title>"
        "<meta property='og:site_name' content='Dock &amp;amp; Rail Weekly'></head>"
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>")
    (article,) = cleaned(tmp_path / "page.html")
    assert article.title == "&lt;b&gt;Concerned&lt;/b&gt; is how the harbour writes bold"
    assert article.text.split("\n\n")[-1] == KEPT
    assert article.site == "Dock &amp; Rail Weekly"  # metadata is not repaired


def test_a_text_file_s_entities_are_decoded_once(tmp_path: Path) -> None:
    """Scraped text files keep entities from a bad export ("&amp;", "&#8217;"): they are
    decoded, once ("&lt;b&gt;" is "<b>"; "&amp;lt;b&amp;gt;" was "<b>" too)."""
    (tmp_path / "story.txt").write_text(
        "Harbour style guide revised\n\n" + "\n\n".join(BODY_PARAGRAPHS)
        + f"\n\n{SHOWN} It&#8217;s final.\n\n{ESCAPED}\n")
    (article,) = cleaned(tmp_path / "story.txt")
    once, twice = article.text.split("\n\n")[-2:]
    assert once == ("The style guide writes <b>Concerned</b> for bold, and Dock & Rail. "
                    "It’s final.")
    assert twice == KEPT


def test_json_fields_are_decoded_once(tmp_path: Path) -> None:
    """A JSON Lines body that quoted "<script>" kept "this &amp; every attack" (a web
    probe); "&amp;amp;" in a title is "&amp;", not "&"."""
    body = "\n".join(BODY_PARAGRAPHS) + "\nWe take this &amp; every <script> attack seriously."
    (tmp_path / "crawl.jsonl").write_text(json.dumps({
        "title": "Dock &amp;amp; Rail strike talks resume", "text": body}) + "\n")
    (article,) = cleaned(tmp_path / "crawl.jsonl")
    assert article.title == "Dock & Rail strike talks resume"
    assert article.text.endswith("We take this & every <script> attack seriously.")


def test_a_feed_decodes_html_as_html_and_text_as_text(tmp_path: Path) -> None:
    """An item's HTML is decoded as a page's text is (its XML, then its HTML); a text
    construct is plain text once its XML is read, and is not decoded again."""
    paragraphs = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in BODY_PARAGRAPHS)
    (tmp_path / "feed.atom").write_text(
        "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Wire</title>"
        "<entry><title type='text'>Dock &amp;amp; Rail: a plain title</title>"
        f"<content type='html'>{paragraphs}&lt;p&gt;{ESCAPED.replace('&', '&amp;')}&lt;/p&gt;"
        "</content></entry>"
        "<entry><title type='html'>Dock &amp;amp; Rail: an HTML title</title>"
        f"<content type='text'>{chr(10).join(BODY_PARAGRAPHS)}\n{ESCAPED}</content></entry>"
        "</feed>")
    html, text = cleaned(tmp_path / "feed.atom")
    assert html.title == "Dock & Rail: a plain title"
    assert html.text.split("\n\n")[-1] == KEPT
    assert text.title == "Dock & Rail: an HTML title"
    assert text.text.split("\n\n")[-1] == KEPT


def test_a_double_encoding_is_undone_but_markup_stays_shown(tmp_path: Path) -> None:
    """A regression probe: a WordPress page's og:title and text written twice over
    ("Harbour&amp;#8217;s", "&amp;ldquo;") showed raw entities once the readers decoded
    only once, and a verbatim copy of it on another site was read as a partial copy."""
    title = "Harbour&amp;#8217;s New Lighthouse Lit &amp;amp; Ready"
    paragraphs = "".join(f"<p>{p}</p>" for p in (
        *BODY_PARAGRAPHS, "&amp;ldquo;We&amp;#8217;re glad,&amp;rdquo; she said at "
        "6:40&amp;nbsp;am."))
    (tmp_path / "page.html").write_text(
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{paragraphs}</article></body></html>")
    (article,) = cleaned(tmp_path / "page.html")
    assert article.title == "Harbour’s New Lighthouse Lit & Ready"
    assert article.text.split("\n\n")[-1] == "“We’re glad,” she said at 6:40 am."
