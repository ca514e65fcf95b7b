"""The optional embedding path: a stand-in embedding function (no model is bundled)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from tests.reuse.reuse_texts import corpus

from copydesk.reuse import ReuseIndex, find_reuse
from copydesk.reuse.fingerprints import skeleton_items


def names_embedder(texts: Sequence[str]) -> np.ndarray:
    """Sentence → bag of its name/number keys hashed into 64 dimensions: language-neutral,
    like a multilingual model on names, deterministic, and cheap."""
    out = np.zeros((len(texts), 64))
    for row, text in enumerate(texts):
        for _, _, key in skeleton_items(text, None):
            out[row, sum(map(ord, key)) % 64] += 1.0
    return out


def test_embeddings_add_candidates_and_keep_results_sound():
    articles = corpus()
    index = ReuseIndex()
    relations = find_reuse(list(articles.values()), index, embed=names_embedder)
    role = {a.id: r for r, a in articles.items()}
    pairs = {frozenset((role[r.a], role[r.b])): r for r in relations}
    german = pairs[frozenset(("original", "german"))]
    assert german.type == "translated"
    assert "embeddings" in german.reason
    assert any(dict(c.shared).get("embedding") for c in index.candidates())
    # Embeddings alone never make a same-language copy of an independent report.
    assert frozenset(("original", "independent_1")) not in pairs


def test_lexical_path_stands_alone():
    articles = list(corpus().values())
    relations = find_reuse(articles, ReuseIndex())
    assert relations
    assert all("lexical" in r.reason for r in relations)
