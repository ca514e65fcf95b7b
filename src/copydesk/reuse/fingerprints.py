"""Fingerprints of an article: the keys under which the candidate index files it.

Each kind of fingerprint survives a different kind of reuse:

- ``shingle``: hashed word 5-grams (every word, case and accents folded). Verbatim and
  lightly edited copies share many; spun copies share few (a spinner changes about one
  word in four, and on the seeds two spins of one sentence share no 5-shingle).
- ``stopword``: hashed 8-grams of the article's stop-word stream (Stamatatos 2011).
  Spinners substitute content words and leave "of the", "that it was" alone, so the
  sequence of function words survives spinning where shingles do not.
- ``skeleton``: hashed pairs of nearby names and numbers (in text order). Translation keeps names,
  numbers and their order while every other word changes, so this is the lexical key
  shared by an article and its translation. Names are reduced to a consonant key
  (Lavrov / Lawrow → ``lvrv``) and numbers to their digits (1,000 / 1.000 → ``1000``).

Keys are 64-bit xxhash values in numpy arrays, one array per kind, so an index of
millions of articles stays compact. Shingles are sampled (one in ``SHINGLE_SAMPLE`` by
hash value, the same ones in every article) to keep the index small.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import numpy as np
import xxhash

from copydesk.reuse.text import base_language, fold, stop_words, words
from copydesk.wordfreqs import zipf as zipf_frequency

KINDS: tuple[str, ...] = ("shingle", "stopword", "skeleton", "embedding")

#: Words per shingle: 5 keeps chance matches rare in news (one shared 5-gram is common
#: phrasing, two are not) while an edited copy still shares most of them.
SHINGLE_WORDS = 5
#: Keep shingles whose hash is 0 modulo this (the same sample in every article).
SHINGLE_SAMPLE = 2
#: Stop words per stop-word n-gram (Stamatatos 2011 found 8–11 best on PAN).
STOPWORD_NGRAM = 8
#: A capitalised word is a skeleton name only when rarer than this Zipf frequency in its
#: language: German capitalises nouns (Regierung 5.2, but Lawrow 3.2), and the same rule
#: in every language keeps both sides of a translation alike (Russia 4.9 and Russland
#: 5.0 both drop out; Blinken, Lavrov, Lawrow stay).
NAME_MAX_ZIPF = 4.0
#: Each item is paired with the next this many items (skip-grams), so one name missing
#: on one side of a translation does not break every key around it.
SKELETON_REACH = 2
#: The skeleton's tokens: numbers (1,000 / 3.5) and capitalised words (O'Brien). Only
#: these are matched, not every word (visiting every word in Python was most of the
#: fingerprinting time); the look-behinds keep a match from starting inside a word.
_UPPER = "".join(sorted({c for c in map(chr, range(0x10000)) if c.isupper()}))
_CANDIDATE = re.compile(
    r"(?<!\w)(?<!\w['’])(?:\d(?:[\d.,]*\d)?|[" + re.escape(_UPPER) + r"]\w*(?:['’]\w+)*)"
)


@dataclass(frozen=True, slots=True)
class Fingerprints:
    """The keys of one article, by kind (unique, sorted uint64 arrays)."""

    shingle: np.ndarray
    stopword: np.ndarray
    skeleton: np.ndarray
    embedding: np.ndarray

    def of(self, kind: str) -> np.ndarray:
        return getattr(self, kind)  # type: ignore[no-any-return]


def _hashes(grams: list[str]) -> np.ndarray:
    if not grams:
        return np.zeros(0, np.uint64)
    return np.unique(
        np.fromiter(
            (xxhash.xxh3_64_intdigest(g.encode()) for g in grams), np.uint64, count=len(grams)
        )
    )


def _tokens(text: str) -> list[str]:
    return [fold(w[2]) for w in words(text)]


def shingles(text: str, tokens: list[str] | None = None) -> np.ndarray:
    toks = _tokens(text) if tokens is None else tokens
    n = SHINGLE_WORDS
    keys = _hashes([" ".join(toks[i : i + n]) for i in range(len(toks) - n + 1)])
    return keys[keys % np.uint64(SHINGLE_SAMPLE) == 0]


def stopword_ngrams(text: str, language: str | None, tokens: list[str] | None = None) -> np.ndarray:
    stops = stop_words(language)
    stream = [w for w in (_tokens(text) if tokens is None else tokens) if w in stops]
    n = STOPWORD_NGRAM
    return _hashes(["\x00".join(stream[i : i + n]) for i in range(len(stream) - n + 1)])


def name_key(word: str) -> str:
    """A spelling-tolerant key for a name: folded, w→v, c/q→k, vowels and repeats dropped,
    first letter kept (Lavrov/Lawrow → lvrv, Moscow/Moskau → msk…)."""
    w = fold(word).replace("w", "v").replace("c", "k").replace("q", "k").replace("ph", "f")
    if not w:
        return ""
    head, tail = w[0], re.sub(r"[aeiouyhj]", "", w[1:])
    key = head + re.sub(r"(.)\1+", r"\1", tail)
    return key[:4]


def number_key(token: str) -> str:
    """Digits only: 1,000 and 1.000 (German) and 1000 are one key."""
    return "".join(c for c in token if c.isdigit()).lstrip("0") or "0"


def skeleton_items(text: str, language: str | None) -> list[tuple[int, int, str]]:
    """Names and numbers in order, as (start, end, key)."""
    lang = base_language(language)
    out: list[tuple[int, int, str]] = []
    for m in _CANDIDATE.finditer(text):
        start, end, w = m.start(), m.end(), m.group()
        if w[0].isdigit():
            if end < len(text) and text[end].isalpha():
                continue  # 3D, 5G: a name, not a quantity
            out.append((start, end, "#" + number_key(w)))
        elif key := _name_item(w, lang):
            out.append((start, end, key))
    return out


@functools.lru_cache(maxsize=200_000)
def _name_item(word: str, lang: str) -> str:
    """The name key of a capitalised word, or "" when it is a common word (sentence
    start, German noun, country name) or a stop word. Cached: names repeat across news."""
    if len(word) < 2 or word.lower() in stop_words(lang):
        return ""
    if zipf_frequency(word.lower(), lang) >= NAME_MAX_ZIPF:
        return ""
    return name_key(word)


def skeleton_pairs(text: str, language: str | None) -> np.ndarray:
    items = [k for _, _, k in skeleton_items(text, language)]
    grams = [
        f"{x}\x00{y}"
        for i, x in enumerate(items)
        for y in items[i + 1 : i + 1 + SKELETON_REACH]
        if x != y
    ]
    return _hashes(grams)


def fingerprint(
    text: str, language: str | None, embedding_keys: np.ndarray | None = None
) -> Fingerprints:
    """All fingerprints of one article (``embedding_keys`` from :mod:`.embed` when used).

    The text is tokenised once for shingles and stop-word grams (half the cost)."""
    tokens = _tokens(text)
    return Fingerprints(
        shingle=shingles(text, tokens),
        stopword=stopword_ngrams(text, language, tokens),
        skeleton=skeleton_pairs(text, language),
        embedding=embedding_keys if embedding_keys is not None else np.zeros(0, np.uint64),
    )
