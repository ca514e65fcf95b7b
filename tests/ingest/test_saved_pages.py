"""A page a browser saved "as text" keeps its markup and the .txt name its user gave it:
it is read as the HTML it is, while prose that merely opens with an angle bracket stays
plain text."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import BODY_PARAGRAPHS, TITLE, article_html, article_text
from copydesk.clean import clean_documents
from copydesk.ingest import Input, iter_inputs
from copydesk.records import Article, RawDocument


def _document(path: Path) -> RawDocument:
    (item,) = iter_inputs([str(path)])
    assert isinstance(item, Input), item
    (doc,) = list(item.documents())
    assert isinstance(doc, RawDocument), doc
    return doc


def _article(path: Path) -> Article:
    (article,) = clean_documents([_document(path)])
    assert isinstance(article, Article), article
    return article


@pytest.mark.parametrize("name,page", [
    ("saved.txt", article_html()),
    ("saved.TXT", "\n  " + article_html().replace("<!doctype html>", "<!DOCTYPE html>")),
    ("saved.txt", article_html().replace("<!doctype html>", "")),  # opens with <html>
    ("saved.text", "\ufeff" + article_html()),
    ("saved.md", "<!-- saved from url=(0031)https://ledger.example/x -->\n" + article_html()),
    ("saved.txt.gz", article_html()),
    ("saved.txt", '<?xml version="1.0" encoding="utf-8"?>\n' + article_html()),
])
def test_a_page_saved_as_text_is_read_as_html(tmp_path: Path, name: str, page: str) -> None:
    """Read as text, its title was "<!DOCTYPE html>" and its body the page's source."""
    path = tmp_path / name
    data = page.encode("utf-8")
    if name.endswith(".gz"):
        import gzip
        data = gzip.compress(data)
    path.write_bytes(data)
    article = _article(path)
    assert article.title == TITLE
    assert article.text.split("\n\n") == list(BODY_PARAGRAPHS)
    assert article.site == "Portvale Ledger" and "<" not in article.text


@pytest.mark.parametrize("first_line", [
    "<html> is the tag every web page opens with, a course told its pupils",
    "<b>Breaking</b>: crane operators walk out",
    "<Update> Crane operators halt Portvale harbour",
    "<!-- draft --> Crane operators halt Portvale harbour",
    "<htmlcheck> flagged the harbour notice twice",
])
def test_prose_opening_with_an_angle_bracket_stays_text(tmp_path: Path, first_line: str) -> None:
    path = tmp_path / "note.txt"
    path.write_text(article_text(title=first_line), encoding="utf-8")
    doc = _document(path)
    # Read as text, whatever brackets its first line holds (read as HTML, its tags
    # would vanish, or the whole text with them).
    assert doc.body == article_text(title=first_line) and doc.title is None
    assert _article(path).text.split("\n\n")[-3:] == list(BODY_PARAGRAPHS)
