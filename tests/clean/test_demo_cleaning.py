"""On the demo corpus: the junk lines its authors planted are removed, the body kept."""

from __future__ import annotations

from copydesk.clean import clean_documents
from copydesk.demo import corpus_dir, ground_truth
from copydesk.ingest import iter_inputs
from copydesk.records import Article, Rejected


def cleaned_text_files() -> dict[str, Article]:
    out = {}
    for item in iter_inputs([str(corpus_dir())]):
        assert not isinstance(item, Rejected)
        if item.source.endswith(".txt"):
            (article,) = clean_documents(list(item.documents()))  # type: ignore[arg-type]
            assert isinstance(article, Article), article
            out[item.source.rsplit("/", 1)[-1]] = article
    return out


def test_planted_junk_removed_and_body_paragraphs_kept() -> None:
    truth = ground_truth()
    articles = cleaned_text_files()
    assert set(articles) == set(truth["junk_lines"])
    kept_junk, wrong_counts = [], []
    for name, article in articles.items():
        removed = {" ".join(r.text.split()) for r in article.removed}
        kept_junk += [
            (name, j) for j in truth["junk_lines"][name] if " ".join(j.split()) not in removed
        ]
        paragraphs = article.text.split("\n\n")
        if len(paragraphs) != truth["body_lines"][name]:
            wrong_counts.append((name, len(paragraphs), truth["body_lines"][name]))
    assert kept_junk == []
    assert wrong_counts == []
