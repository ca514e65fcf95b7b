"""Optional sentence embeddings: extra candidates and extra translation seeds.

The lexical path (shingles, stop-word n-grams, name/number skeleton) is the default and
stands alone. When the caller passes an embedding function (sentence texts → vectors,
e.g. a multilingual MiniLM), each article's mean sentence vector is hashed with random
hyperplanes (Charikar's SimHash) into ``BANDS`` band keys for the candidate index, and
sentence vectors seed cross-language alignment (:mod:`.translated`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import xxhash

#: Sentence texts → one vector per sentence (rows). Any model; none is bundled.
Embedder = Callable[[Sequence[str]], np.ndarray]

#: Bands of ``BITS`` hyperplane bits: two articles become candidates when one band agrees.
#: 8 bands of 12 bits make pairs at cosine ≥ 0.9 candidates with probability > 0.9 and
#: pairs at cosine 0.5 with probability < 0.01.
BANDS = 8
BITS = 12
#: Seed of the hyperplanes, so that keys are the same in every process and run.
SEED = 20131


def band_keys(vector: np.ndarray) -> np.ndarray:
    """The LSH band keys of one vector (unique, uint64)."""
    rng = np.random.default_rng(SEED)
    planes = rng.standard_normal((BANDS * BITS, len(vector)))
    bits = (planes @ vector > 0).reshape(BANDS, BITS)
    keys = [
        xxhash.xxh3_64_intdigest(bytes([band]) + np.packbits(row).tobytes())
        for band, row in enumerate(bits)
    ]
    return np.unique(np.array(keys, np.uint64))


def article_vectors(embed: Embedder, sentence_texts: Sequence[str]) -> np.ndarray:
    """Sentence vectors of one article as a float array (rows may be empty)."""
    if not sentence_texts:
        return np.zeros((0, 1), np.float64)
    return np.asarray(embed(list(sentence_texts)), np.float64)
