"""Alignment across languages: sentences that carry the same names and numbers in order.

A translation changes every word but keeps its names, numbers and their order, mostly
sentence by sentence. Seeds are sentence pairs sharing skeleton items (see
:func:`copydesk.reuse.fingerprints.skeleton_items`), optionally sentence pairs whose
embeddings are close when an embedding model is given; the aligner's extension,
validation and filtering (:func:`copydesk.reuse.align.align_seeds`) do the rest, so a
translated pair gets sentence-aligned passages like any other.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from rapidfuzz.distance import LCSseq

from copydesk.records import Article
from copydesk.reuse.align import align_seeds
from copydesk.reuse.alignment import Alignment, AlignOptions
from copydesk.reuse.chain import with_chain
from copydesk.reuse.fingerprints import skeleton_items
from copydesk.reuse.sentence_space import Seed
from copydesk.reuse.text import Sentence

#: Sentence pairs sharing at least this many names/numbers seed a translated passage.
MIN_SHARED_ITEMS = 2
#: ... holding at least this share of the smaller sentence's items (a lone common name in
#: two long sentences is not a translation). The smaller side, not the Dice coefficient
#: of both: German capitalises its nouns, and the rare ones (Hafenarbeiter, Containerterminals)
#: pass for names, so a German sentence holds two or three times the items of its source
#: (demo: the German translation of the strike report had 2 sentence pairs at Dice ≥ 0.5,
#: under the 3 a relation needs; it has 5 with the share of the smaller side).
MIN_ITEM_SHARE = 0.5
#: Passages need this Dice of the items of their whole stretches.
VALIDATION_DICE = 0.4
#: A translation keeps names and numbers in order: the longest common subsequence of the
#: two skeletons must hold this share of the shorter one. On the demo corpus true
#: translations score 0.81–0.93 and independent reports of the same event 0.3–0.57.
MIN_SKELETON_ORDER = 0.7
#: Below this whole-text order a cross-language pair is not aligned at all (the cheap
#: filter; independent reports of one event score 0.3–0.57, so the 0.7 above is checked
#: again after alignment).
MIN_PRE_ORDER = 0.3
#: A translation of part of an article (its first half, in German) has a whole-text
#: order of 0.44: the other half's names count against it. When the aligned passages
#: cover this share of one side, the order inside the passages decides instead.
MIN_ORDERED_COVERAGE = 0.6
#: Embedding cosine that seeds a sentence pair when an embedding model is given
#: (multilingual MiniLM puts translations at ~0.8 and same-topic sentences at ~0.5).
EMBEDDING_SEED_COSINE = 0.7


def skeleton_order(
    a_text: str, a_language: str | None, b_text: str, b_language: str | None
) -> float:
    """Share of the shorter skeleton (names, numbers) found in the same order in the other."""
    return _in_order([k for _, _, k in skeleton_items(a_text, a_language)],
                     [k for _, _, k in skeleton_items(b_text, b_language)])


def _in_order(xs: list[str], ys: list[str]) -> float:
    """The share of the shorter list found in the same order in the other."""
    if not xs or not ys:
        return 0.0
    return LCSseq.similarity(xs, ys) / min(len(xs), len(ys))


def passage_order(a: Article, b: Article, passages: Sequence[Alignment]) -> float:
    """``skeleton_order`` of the items inside the aligned passages only."""
    xs = [k for s, _, k in skeleton_items(a.text, a.language)
          if any(p.a_start <= s < p.a_end for p in passages)]
    ys = [k for s, _, k in skeleton_items(b.text, b.language)
          if any(p.b_start <= s < p.b_end for p in passages)]
    return _in_order(xs, ys)


def sentence_items(
    text: str, sents: Sequence[Sentence], language: str | None
) -> list[frozenset[str]]:
    """The skeleton items inside each sentence.

    One person's full name ("Oswin Farraday") counts as two items, so a sentence
    sharing only that name with another is a seed. Counting it once (tried in the
    seventeenth session) removed one false translation between two independent reports
    quoting the same people, but lost three true ones in two probe corpora: a
    translation's attribution sentences ("Dr Elin Moss, the museum's archaeologist,
    said…") are often its only seeds besides the figures."""
    out: list[set[str]] = [set() for _ in sents]
    k = 0
    for start, _end, key in skeleton_items(text, language):
        while k < len(sents) and sents[k].end <= start:
            k += 1
        if k < len(sents) and sents[k].start <= start:
            out[k].add(key)
    return [frozenset(s) for s in out]


def align_translated(
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    a_items: Sequence[frozenset[str]],
    b_items: Sequence[frozenset[str]],
    options: AlignOptions | None = None,
    a_vectors: np.ndarray | None = None,
    b_vectors: np.ndarray | None = None,
) -> list[Alignment]:
    """Passages of A translated in B (or back), from skeleton and embedding seeds."""
    options = options or AlignOptions()
    seeds: set[Seed] = set()
    for i, x in enumerate(a_items):
        if len(x) < MIN_SHARED_ITEMS:
            continue
        for j, y in enumerate(b_items):
            shared = len(x & y)
            if shared >= MIN_SHARED_ITEMS and shared / min(len(x), len(y)) >= MIN_ITEM_SHARE:
                seeds.add((i, j))
    if a_vectors is not None and b_vectors is not None and len(a_vectors) and len(b_vectors):
        cosine = _normalise(a_vectors) @ _normalise(b_vectors).T
        seeds.update((int(i), int(j)) for i, j in np.argwhere(cosine >= EMBEDDING_SEED_COSINE))

    def similarity(a_range: tuple[int, int], b_range: tuple[int, int]) -> float:
        xs = frozenset().union(*a_items[a_range[0] : a_range[1] + 1])
        ys = frozenset().union(*b_items[b_range[0] : b_range[1] + 1])
        dice = 2 * len(xs & ys) / (len(xs) + len(ys)) if xs or ys else 0.0
        if a_vectors is not None and b_vectors is not None:
            va = a_vectors[a_range[0] : a_range[1] + 1].mean(axis=0)
            vb = b_vectors[b_range[0] : b_range[1] + 1].mean(axis=0)
            denom = float(np.linalg.norm(va) * np.linalg.norm(vb)) or 1.0
            dice = max(dice, float(va @ vb) / denom)
        return dice

    translated = AlignOptions(
        seed_cosine=options.seed_cosine, seed_dice=options.seed_dice, max_gap=options.max_gap,
        validation=VALIDATION_DICE, min_passage_chars=options.min_passage_chars,
        summary_ratio=0.0,  # a translation is never a summary: lengths differ by language
    )  # fmt: skip
    found = align_seeds(sorted(seeds), a, b, similarity, translated)
    if not (options.chain_sentences and a and b):
        return found
    # Sentences sharing one name or number each, in order throughout, are a translation
    # too: a German brief's sentences shared 1 item each ("Osters", "61 Prozent"), and
    # two seeds (sentences sharing two) were too few.
    return with_chain(found, lambda: _item_dice(a_items, b_items), similarity, a, b, options)


def _item_dice(
    a_items: Sequence[frozenset[str]], b_items: Sequence[frozenset[str]]
) -> np.ndarray:
    """The Dice coefficient of the items of every sentence of A with every one of B."""
    out = np.zeros((len(a_items), len(b_items)))
    for i, x in enumerate(a_items):
        for j, y in enumerate(b_items):
            if shared := len(x & y):
                out[i, j] = 2 * shared / (len(x) + len(y))
    return out


def _normalise(m: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.where(norms == 0, 1, norms)
