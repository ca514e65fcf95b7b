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

Keys are 48-bit hashes (xxhash of each token, combined and mixed over the n-gram) in
uint64 numpy arrays, one array per kind, so an index of millions of articles stays
compact. Shingles are sampled (one in ``SHINGLE_SAMPLE`` by hash value, the same ones
in every article) to keep the index small. :func:`fingerprint_batch` computes a batch
of articles together, which is what the reuse step calls.
"""

from __future__ import annotations

import functools
import itertools
import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import xxhash
from anyascii import anyascii

from copydesk.letters import plain_letters
from copydesk.number_words import number_word
from copydesk.reuse.text import WORD, base_language, fold, stop_words
from copydesk.scripts import UNSPACED
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
#: A token: a number with its separators and anything glued to it (1,000 / 3.5 / 3D),
#: or a word with inner apostrophes (O'Brien). Shingles, stop-word grams and the
#: skeleton (the tokens that start with a capital or a digit) come from one pass. French
#: groups thousands with a space ("3 200", also no-break or narrow no-break): one number,
#: or every French figure of 1,000 or more missed its English "3,200" in the skeleton.
_TOKEN = re.compile(rf"(?<![\d.,])\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d.,]\d)|"
                    rf"\d+(?:[.,]\d+)*[^\W{UNSPACED}]*|" + WORD.pattern)
#: Articles fingerprinted together (the article number takes 16 bits of a packed key).
_BATCH = 4_096
#: Keys keep their top 48 bits (see ``_per_doc``).
_KEEP_SHIFT = np.uint64(16)
_LOW_48 = np.uint64((1 << 48) - 1)
_V = TypeVar("_V")
#: Combining marks (accents once NFKD has split them off their letters).
_COMBINING = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in range(0x10000) if unicodedata.combining(chr(c))) + "]"
)
#: Token hashes kept (a news vocabulary is far smaller; the cache is emptied when full).
_MAX_CACHED = 1_000_000
#: Multipliers of the n-gram polynomial and of SplitMix64's finaliser (odd constants).
_STEP = np.uint64(0x9E3779B97F4A7C15)
_MIX_1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX_2 = np.uint64(0x94D049BB133111EB)


@dataclass(frozen=True, slots=True)
class Fingerprints:
    """The keys of one article, by kind (unique, sorted uint64 arrays)."""

    shingle: np.ndarray
    stopword: np.ndarray
    skeleton: np.ndarray
    embedding: np.ndarray

    def of(self, kind: str) -> np.ndarray:
        return getattr(self, kind)


def fold_text(text: str) -> str:
    """The whole text folded as :func:`fold` folds a word (lower case, no diacritics)."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    return _COMBINING.sub("", unicodedata.normalize("NFKD", plain_letters(lowered)))


def tokens(text: str) -> list[str]:
    """The words of ``text`` as fingerprints see them: numbers whole (1,000 / 3.5),
    inner apostrophes kept, case and accents folded."""
    return token_lists([text])[0]


def token_lists(texts: Sequence[str]) -> list[list[str]]:
    """:func:`tokens` of many texts, through the vocabulary fingerprints keep (the
    word shingles of ``bench/candidates.py`` are made of these)."""
    return _VOCABULARY.folded_tokens(list(texts))


def forget_tokens() -> None:
    """Empty the vocabulary of tokens and chunks seen so far, as a new process starts:
    ``bench/candidates.py`` times each method from here, so none of them is handed
    the tokenising another one paid for."""
    _VOCABULARY.empty()


def skeleton_items(text: str, language: str | None) -> list[tuple[int, int, str]]:
    """Names and numbers in order, as (start, end, key)."""
    lang = base_language(language)
    out: list[tuple[int, int, str]] = []
    keys = _skeleton_cache(lang)
    for m in _TOKEN.finditer(text):
        if key := keys[m.group()]:
            out.append((m.start(), m.end(), key))
    return out


def name_item(word: str, language: str | None) -> str:
    """The skeleton's key of a name (a capitalised word rarer than ``NAME_MAX_ZIPF``), or
    "" for any other word."""
    key = _skeleton_cache(base_language(language))[word] if word else ""
    return "" if key.startswith("#") else key


def _skeleton_key(token: str, lang: str) -> str:
    """A number's digits (``#1000``) or words (``#4``), a name's key, or "" for a word
    that starts in lower case, a number glued to letters (3D, 5G, 1990s) or a common
    capitalised word."""
    if token[0].isdigit():
        return "#" + number_key(token) if token[-1].isdigit() else ""
    if (figure := number_word(token, lang or "en")) is not None:
        return f"#{figure}"  # "Four workers" and "Quatre ouvriers" (copydesk.number_words)
    if not token[0].isupper() or len(token) < 2 or token.lower() in stop_words(lang):
        return ""
    if zipf_frequency(token.lower(), lang) >= NAME_MAX_ZIPF:
        return ""
    return name_key(token)


_POSSESSIVE = re.compile(r"['’]s?$")


def name_key(word: str) -> str:
    """A spelling-tolerant key for a name: folded, w→v, c/q→k, ts/tz/z→s, tsch→ch, an
    initial h→g, vowels and repeats dropped, first letter kept (Lavrov/Lawrow → lvrv,
    Moscow/Moskau → msk, Hrytsenko/Hryzenko/Gritsenko → grsn…). A name in another
    alphabet is transliterated first (anyascii): Лавров is Lavrov, Вальмора Val'mora, so
    a Russian or Greek translation shares its names with the original. Chinese and
    Japanese renderings of a foreign name ("WaErMoLa", "vuarumora" for Valmora) are
    sounds, not spellings; they keep no key in common, and such a pair shares only its
    numbers, often too few to find it without the embedding model (the ``embed``
    extra)."""
    w = _POSSESSIVE.sub("", fold(word))  # Malek's is Malek
    if not w.isascii():
        w = re.sub(r"[^a-z]", "", fold(anyascii(w)))
    w = w.replace("tsch", "ch").replace("w", "v").replace("c", "k").replace("q", "k")
    w = w.replace("ph", "f")
    # The sounds transliterations write differently: ц is ts, German z (Hrytsenko,
    # Hryzenko, Gritsenko); ч ch or tsch (Pryrichansk, Pryritschansk); з z or s
    # (Bilozerka, Bilosjorka). A multilingual probe's three translations of one wire
    # missed it on those keys alone.
    w = w.replace("tz", "s").replace("ts", "s").replace("z", "s")
    if not w:
        return ""
    # Russian writes H as Г (Гамбург, Гриценко), which Ukrainian reads as H (Hrytsenko).
    head, tail = ("g" if w[0] == "h" else w[0]), re.sub(r"[aeiouyhj]", "", w[1:])
    key = head + re.sub(r"(.)\1+", r"\1", tail)
    return key[:4]


def number_key(token: str) -> str:
    """Digits only: 1,000 and 1.000 (German) and 1000 are one key, and so is the
    full-width １０００ of Chinese and Japanese text."""
    return "".join(str(unicodedata.digit(c)) for c in token if c.isdigit()).lstrip("0") or "0"


def skeleton_pairs(text: str, language: str | None) -> np.ndarray:
    """The skeleton keys of one text (pairs of nearby names and numbers)."""
    return fingerprint(text, language).skeleton


def fingerprint(
    text: str, language: str | None, embedding_keys: np.ndarray | None = None
) -> Fingerprints:
    """All fingerprints of one article (``embedding_keys`` from :mod:`.embed` when used)."""
    (prints,) = fingerprint_batch([(text, language)], [embedding_keys])
    return prints


def fingerprint_batch(
    docs: Sequence[tuple[str, str | None]],
    embedding_keys: Sequence[np.ndarray | None] | None = None,
) -> list[Fingerprints]:
    """The fingerprints of many articles (text, language) at once, equal to
    :func:`fingerprint` of each.

    Why a batch: per article, the work is cutting the text into words and then a few
    array operations on about a hundred hashes; done one article at a time, numpy's
    and pyarrow's per-call overhead was most of the cost. Here each kind of key is computed over
    the batch's concatenated token hashes, n-grams crossing two articles dropped."""
    out: list[Fingerprints] = []
    for lo in range(0, len(docs), _BATCH):
        part = docs[lo : lo + _BATCH]
        extra = embedding_keys[lo : lo + _BATCH] if embedding_keys is not None else None
        out.extend(_batch(part, extra))
    return out


def _batch(
    docs: Sequence[tuple[str, str | None]], embedding_keys: Sequence[np.ndarray | None] | None
) -> list[Fingerprints]:
    base = {language: base_language(language) for language in {lang for _text, lang in docs}}
    hashes, stop, is_name, name_hash, word_counts = _VOCABULARY.look_up(
        [text for text, _language in docs], [base[language] for _text, language in docs]
    )
    n = len(docs)
    word_doc = np.repeat(np.arange(n, dtype=np.uint64), word_counts)
    shingle_keys, shingle_docs = _ngrams(hashes, word_doc, SHINGLE_WORDS)
    sampled = (shingle_keys >> _KEEP_SHIFT) % np.uint64(SHINGLE_SAMPLE) == 0
    stop_keys, stop_docs = _ngrams(hashes[stop], word_doc[stop], STOPWORD_NGRAM)
    skeleton_keys, skeleton_docs = _skip_pairs(name_hash[is_name], word_doc[is_name],
                                               SKELETON_REACH)
    shingle = _per_doc(shingle_keys[sampled], shingle_docs[sampled], n)
    stopword = _per_doc(stop_keys, stop_docs, n)
    skeleton = _per_doc(skeleton_keys, skeleton_docs, n)
    extra = list(embedding_keys) if embedding_keys is not None else [None] * n
    empty = np.zeros(0, np.uint64)
    return [
        Fingerprints(shingle[i], stopword[i], skeleton[i], empty if keys is None else keys)
        for i, keys in enumerate(extra)
    ]


class _Vocabulary(dict[str, int]):
    """Each distinct token as written, numbered, with what the fingerprints need of it
    computed once: the hash of its folded form, and per language whether it is a stop
    word and its skeleton key's hash. A batch's tokens then become one array of numbers,
    and the rest is numpy indexing: folding, hashing, the stop-word test and the
    skeleton look-up each ran once per token before (a third of the cost of
    fingerprinting). Emptied between batches when it holds ``_MAX_CACHED`` tokens or
    chunks, so a long run over an endless vocabulary stays bounded.

    Texts are cut at white space by pyarrow (C++, no Python string per word) and each
    distinct chunk ("Minister,", "(AP)") is tokenised by ``_TOKEN`` once, when first
    seen: a token never holds white space, so the tokens of a text are those of its
    chunks in order. The regular expression over every text was two thirds of the cost
    of fingerprinting (2.4 of 3.5 s at 100,000 generated articles)."""

    def __init__(self) -> None:
        super().__init__()
        self.tokens: list[str] = []
        self.folded: list[str] = []
        self.hashes = _Grow(np.uint64)
        self._languages: dict[str, tuple[_Grow, _Grow, _Grow]] = {}
        self._chunks = _Chunks(self)
        self._lock = threading.Lock()

    def empty(self) -> None:
        with self._lock:
            self._empty()

    def _empty(self) -> None:
        self.clear()
        self.tokens, self.folded = [], []
        self.hashes = _Grow(np.uint64)
        self._languages = {}
        self._chunks = _Chunks(self)

    def __missing__(self, token: str) -> int:
        number = self[token] = len(self.tokens)
        self.tokens.append(token)
        self.folded.append(fold(token))
        return number

    def look_up(
        self, texts: list[str], languages: list[str]
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, list[int]]:
        """For the tokens of all ``texts`` in a row, each in its text's language: the
        hash of the folded token, whether it is a stop word, whether it is a skeleton
        item, and the hash of its skeleton key; and each text's token count. Under a
        lock: token numbers change when the vocabulary is emptied."""
        with self._lock:
            ids, counts = self._tokens_of(texts)
            self.hashes.extend(_hashes(self.folded[self.hashes.size :]))
            hashes = self.hashes.view[ids]
            if len(set(languages)) <= 1:
                stop, named, key_hash = self._of_language(languages[0] if languages else "")
                return hashes, stop[ids], named[ids], key_hash[ids], counts
            stop, named = np.zeros(len(ids), bool), np.zeros(len(ids), bool)
            key_hash = np.zeros(len(ids), np.uint64)
            language = np.repeat(np.array(languages, object), counts)
            for lang in sorted(set(languages)):
                at = np.flatnonzero(language == lang)
                of_lang = self._of_language(lang)
                stop[at], named[at], key_hash[at] = (column[ids[at]] for column in of_lang)
            return hashes, stop, named, key_hash, counts

    def _tokens_of(self, texts: list[str]) -> tuple[np.ndarray, list[int]]:
        """Token numbers and counts of ``texts``, the vocabulary emptied first when full
        (the caller holds the lock)."""
        if len(self) >= _MAX_CACHED or len(self._chunks) >= _MAX_CACHED:
            self._empty()
        return self._chunks.tokens_of(texts)

    def folded_tokens(self, texts: list[str]) -> list[list[str]]:
        """The folded tokens of each of ``texts``."""
        with self._lock:
            ids, counts = self._tokens_of(texts)
            words = list(map(self.folded.__getitem__, ids.tolist()))
        ends = list(itertools.accumulate(counts))
        return [words[end - count : end] for end, count in zip(ends, counts, strict=True)]

    def _of_language(self, lang: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per token number: a stop word of ``lang``; a skeleton item; its key's hash."""
        if lang not in self._languages:
            self._languages[lang] = (_Grow(np.bool_), _Grow(np.bool_), _Grow(np.uint64))
        stop, named, key_hash = self._languages[lang]
        new = self.tokens[stop.size :]
        if new:
            words = stop_words(lang)
            keys = [_skeleton_key(token, lang) for token in new]
            stop.extend(np.array([f in words for f in self.folded[stop.size :]], bool))
            named.extend(np.array([bool(k) for k in keys], bool))
            key_hash.extend(_hashes(keys))
        return stop.view, named.view, key_hash.view


class _Grow:
    """A numpy array that grows by doubling, so that appending is amortised O(1) (the
    vocabulary's per-token arrays were concatenated whole at every call: with a large
    vocabulary, fingerprinting one article at a time slowed to 45 ms an article)."""

    def __init__(self, dtype: type) -> None:
        self._data: np.ndarray = np.zeros(1024, dtype)
        self.size = 0

    def extend(self, values: np.ndarray | Sequence[int]) -> None:
        need = self.size + len(values)
        if need > len(self._data):
            grown = np.zeros(max(need, 2 * len(self._data)), self._data.dtype)
            grown[: self.size] = self._data[: self.size]
            self._data = grown
        self._data[self.size : need] = values
        self.size = need

    @property
    def view(self) -> np.ndarray:
        return self._data[: self.size]


#: Chunks longer than this are tokenised when met, not kept: an unspaced (Chinese,
#: Japanese) paragraph is one chunk that never comes back, and keeping it held a list
#: entry per character (60,000 Chinese articles: 0.8 → 2.5 GB; a probe).
LONG_CHUNK = 48
#: Batches shorter than this (characters) are cut at white space by Python: pyarrow's
#: calls cost more than they save on one article (a sentence: 70 µs against 3 µs).
ARROW_MIN_CHARS = 20_000


class _Chunks(dict[str, int]):
    """The white-space-free chunks of text seen so far, numbered, each with its token
    numbers in ``vocabulary`` (``_flat``, with ``_start`` and ``_count`` per chunk)."""

    def __init__(self, vocabulary: _Vocabulary) -> None:
        super().__init__()
        self._vocabulary = vocabulary
        self._flat, self._start, self._count = _Grow(np.int64), _Grow(np.int64), _Grow(np.int64)

    def __missing__(self, chunk: str) -> int:
        number = self[chunk] = self._append(self._token_numbers(chunk))
        return number

    def _append(self, tokens: list[int]) -> int:
        number = self._start.size
        self._start.extend([self._flat.size])
        self._count.extend([len(tokens)])
        self._flat.extend(tokens)
        return number

    def _token_numbers(self, chunk: str) -> list[int]:
        return [self._vocabulary[token] for token in _TOKEN.findall(chunk)]

    def tokens_of(self, texts: list[str]) -> tuple[np.ndarray, list[int]]:
        """The token numbers of ``texts`` in a row, and each text's token count. Chunks
        too long to keep are appended to the table for this call and cut off after."""
        unique, occurrences, per_text = _split(texts)
        long = [j for j, chunk in enumerate(unique) if len(chunk) > LONG_CHUNK]
        if long:
            numbers = np.array([0 if len(c) > LONG_CHUNK else self[c] for c in unique], np.int64)
        else:
            numbers = np.fromiter(map(self.__getitem__, unique), np.int64, count=len(unique))
        kept = self._start.size, self._flat.size
        for j in long:
            numbers[j] = self._append(self._token_numbers(unique[j]))
        chunk = numbers[occurrences]
        counts = self._count.view[chunk]
        ends = np.cumsum(counts)
        at = np.arange(int(ends[-1]) if len(ends) else 0) + np.repeat(
            self._start.view[chunk] - ends + counts, counts)
        ids = self._flat.view[at]
        self._start.size, self._count.size, self._flat.size = kept[0], kept[0], kept[1]
        before = np.concatenate(([0], ends))[np.concatenate(([0], np.cumsum(per_text)))]
        return ids, np.diff(before).tolist()


def _split(texts: list[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The distinct white-space-free chunks of ``texts``, each chunk occurrence as its
    place in that list (in a row), and the number of chunks of each text. pyarrow cuts
    and numbers a large batch in C++; a small one, or one pyarrow cannot hold (a lone
    surrogate is no UTF-8), is cut by Python: both cut at white space, so the tokens
    are the same."""
    if sum(map(len, texts)) >= ARROW_MIN_CHARS:
        try:
            split = pc.utf8_split_whitespace(pa.array(texts, pa.large_string()))
        except UnicodeEncodeError:
            pass
        else:
            encoded = pc.dictionary_encode(split.values)
            return (encoded.dictionary.to_pylist(), encoded.indices.to_numpy(),
                    np.diff(split.offsets.to_numpy()))
    parts = [text.split() for text in texts]
    places: dict[str, int] = {}
    occurrences = np.fromiter(
        (places.setdefault(c, len(places)) for c in itertools.chain.from_iterable(parts)),
        np.int64, count=sum(map(len, parts)))
    return list(places), occurrences, np.array([len(part) for part in parts], np.int64)


def _hashes(items: list[str]) -> np.ndarray:
    return np.fromiter(
        (xxhash.xxh3_64_intdigest(item.encode()) for item in items), np.uint64, count=len(items)
    )


_VOCABULARY = _Vocabulary()


class _Cache(dict[str, _V]):
    """A bounded memo whose hits are plain dict look-ups (no Python call per token):
    news repeats a small vocabulary, and a call per token was a third of the cost.
    Emptied when full, so a long run over an endless vocabulary stays bounded."""

    def __init__(self, compute: Callable[[str], _V]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, token: str) -> _V:
        if len(self) >= _MAX_CACHED:
            self.clear()
        value = self[token] = self._compute(token)
        return value


@functools.lru_cache(maxsize=64)
def _skeleton_cache(lang: str) -> _Cache[str]:
    return _Cache(lambda token: _skeleton_key(token, lang))


def _mix(values: np.ndarray) -> np.ndarray:
    """SplitMix64's finaliser: every output bit depends on every input bit, so the
    bits kept and the bit used for sampling are uniform."""
    values = values ^ (values >> np.uint64(30))
    values = values * _MIX_1
    values = values ^ (values >> np.uint64(27))
    values = values * _MIX_2
    return values ^ (values >> np.uint64(31))


def _ngrams(
    hashes: np.ndarray, docs: np.ndarray, n: int
) -> tuple[np.ndarray, np.ndarray]:
    """Keys of every run of ``n`` consecutive hashes within one article, and their
    article: a polynomial over the hashes (wrapping at 2**64, order-sensitive), mixed."""
    count = len(hashes) - n + 1
    if count <= 0:
        return np.zeros(0, np.uint64), np.zeros(0, np.uint64)
    keys = hashes[:count].copy()
    for k in range(1, n):
        keys = keys * _STEP + hashes[k : k + count]
    inside = docs[:count] == docs[n - 1 :]
    return _mix(keys[inside]), docs[:count][inside]


def _skip_pairs(
    hashes: np.ndarray, docs: np.ndarray, reach: int
) -> tuple[np.ndarray, np.ndarray]:
    """Keys of each item paired with each of the next ``reach`` items of its article
    (two equal items make no key)."""
    keys, owners = [np.zeros(0, np.uint64)], [np.zeros(0, np.uint64)]
    for step in range(1, reach + 1):
        first, second = hashes[:-step], hashes[step:]
        ok = (docs[:-step] == docs[step:]) & (first != second)
        keys.append(_mix(first[ok] * _STEP + second[ok]))
        owners.append(docs[:-step][ok])
    return np.concatenate(keys), np.concatenate(owners)


def _per_doc(keys: np.ndarray, docs: np.ndarray, n: int) -> list[np.ndarray]:
    """Each article's unique keys, sorted: one sort of (article, key) over the batch.

    A key keeps its top 48 bits so that the article number fits beside it in one
    uint64; a batch holds at most 2**16 articles. 48-bit keys collide by chance once
    in ~10**14 pairs of distinct keys, far below the two or three keys a pair must share."""
    packed = np.sort((docs << np.uint64(48)) | (keys >> _KEEP_SHIFT), kind="stable")  # radix: 3x
    if len(packed):
        packed = packed[np.concatenate(([True], packed[1:] != packed[:-1]))]
    owner = packed >> np.uint64(48)
    bounds = np.searchsorted(owner, np.arange(n + 1, dtype=np.uint64))
    values = packed & _LOW_48
    return [values[bounds[i] : bounds[i + 1]] for i in range(n)]
