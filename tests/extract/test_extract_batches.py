"""The extract step reads the corpus in batches: any batch size gives the same records
as the in-memory ``extract_batch`` over the whole corpus at once."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from copydesk.engines.local import ingest_into
from copydesk.engines.steps import extract as step
from copydesk.extract.lexical import LexicalTagger
from copydesk.extract.passes import CorpusExtraction
from copydesk.extract.pipeline import extract_batch
from copydesk.progress import silent
from copydesk.records import Article, Relation, content_id, to_dict

DEMO = Path(__file__).resolve().parents[2] / "src" / "copydesk" / "demo" / "corpus"


def _rows(records) -> list[dict]:  # type: ignore[no-untyped-def]
    return sorted((to_dict(r) for r in records), key=lambda d: d["id"])


@pytest.mark.parametrize("batch", [3, 17])
def test_step_in_small_batches_equals_whole_corpus(store, monkeypatch, batch) -> None:  # type: ignore[no-untyped-def]
    if not DEMO.is_dir():
        pytest.skip("the demo corpus is absent")
    ingest_into(store, [str(DEMO)], progress=silent)
    articles = list(store.iter_articles())
    assert len(articles) > 2 * batch  # several batches, and a last partial one
    # One reuse relation per pair of neighbours, so quote linking sees evidence too.
    relations = [
        Relation(a=min(a.id, b.id), b=max(a.id, b.id), type="spun", confidence=0.5,
                 reason="test")
        for a, b in itertools.pairwise(articles)
    ]
    store.replace_records("relations", relations)
    assert step._reuse_pairs(store) == sorted(
        ((r.a, r.b, r.type) for r in relations), key=lambda t: content_id(t[0], t[1])
    )
    whole = extract_batch(articles, LexicalTagger(),
                          relations=[(r.a, r.b) for r in relations])
    monkeypatch.setattr(step, "load_tagger", lambda **_: LexicalTagger())
    monkeypatch.setattr(step, "load_language_taggers", lambda **_: {})  # no models at all
    monkeypatch.setattr(step, "ARTICLE_BATCH", batch)
    step.run(store, silent)
    assert _rows(store.iter_records("entities")) == _rows(whole.entities)
    assert _rows(store.iter_records("quotes")) == _rows(whole.quotes)
    assert _rows(store.iter_records("quantities")) == _rows(whole.quantities)
    assert _rows(store.iter_records("dates")) == _rows(whole.dates)
    assert any(q.linked_quote_ids for q in whole.quotes)


def test_passes_refuse_tagging_after_entities_are_settled() -> None:
    run = CorpusExtraction(LexicalTagger())
    text = "Minister Lena Vos met Maren Holt in Portvale on Monday."
    run.tag([Article(id="a1", source="t", text=text)])
    entities = run.settle()
    assert any(e.name == "Lena Vos" for e in entities)
    with pytest.raises(RuntimeError):
        run.tag([Article(id="a2", source="t", text=text)])


def test_a_copy_reads_its_relative_dates_on_its_originals_date(store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A wire story republished nine days later said "on Monday" of its original's week;
    read on the copy's own date, the Monday moved a week on."""
    from datetime import date, datetime, timezone

    text = ("Dock workers in Kessler Bay voted on Monday to end their strike, the union said. "
            "Loading resumed at the main terminal this morning.")
    original = Article(id=content_id(text, "wire"), source="wire", text=text,
                       published=datetime(2025, 3, 12, 9, 0, tzinfo=timezone.utc))
    copy = Article(id=content_id(text, "blog"), source="blog", text=text,
                   published=datetime(2025, 3, 21, 9, 0, tzinfo=timezone.utc))
    store.add_batch([original, copy])
    a, b = sorted((original.id, copy.id))
    store.replace_records("relations", [Relation(a=a, b=b, type="duplicate", confidence=0.9,
                                                 reason="test", original=original.id)])
    monkeypatch.setattr(step, "load_tagger", lambda **_: LexicalTagger())
    step.run(store, silent)
    mondays = {d.article_id: d for d in store.iter_records("dates") if d.text == "Monday"}
    assert mondays[original.id].value == mondays[copy.id].value == date(2025, 3, 10)
    assert f"its original {original.id}" in (mondays[copy.id].how or "")
    mornings = {d.article_id: d.value for d in store.iter_records("dates")
                if "morning" in d.text}
    assert set(mornings.values()) <= {date(2025, 3, 12)}


def test_a_copy_of_a_copy_reads_its_dates_on_the_first_publication(store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A translation made from a later copy was read on that copy's date, not on the
    text's first publication."""
    from datetime import date, datetime, timezone

    text = "Dock workers in Kessler Bay voted on Monday to end their strike, the union said."
    when = [datetime(2025, 3, 12, 9, tzinfo=timezone.utc),
            datetime(2025, 3, 19, 9, tzinfo=timezone.utc),
            datetime(2025, 3, 26, 9, tzinfo=timezone.utc)]
    chain = [Article(id=content_id(text, site), source=site, text=text, published=t)
             for site, t in zip(("wire", "blog", "digest"), when, strict=True)]
    store.add_batch(chain)

    def copied(original: Article, copy: Article) -> Relation:
        a, b = sorted((original.id, copy.id))
        return Relation(a=a, b=b, type="duplicate", confidence=0.9, reason="test",
                        original=original.id)

    store.replace_records("relations", [copied(chain[0], chain[1]), copied(chain[1], chain[2])])
    monkeypatch.setattr(step, "load_tagger", lambda **_: LexicalTagger())
    step.run(store, silent)
    mondays = {d.article_id: d.value for d in store.iter_records("dates") if d.text == "Monday"}
    assert set(mondays.values()) == {date(2025, 3, 10)}
