"""Sentences and words with character offsets: the units every reuse fingerprint and
every alignment is built from.

Why our own splitter: alignment needs exact character offsets into the clean text
(passages are reported as offsets), it must be fast enough for the 5,185 PAN pairs on
one core, and it must not need a model. A sentence ends at ``.``, ``!`` or ``?``
(optionally followed by a closing quote or bracket) before whitespace, at ``。``,
``！`` or ``？`` (Chinese and Japanese put no space after them), or at a blank
line (paragraph). Single line breaks are
not boundaries: wrapped lines are common in plain-text sources.
Words are stemmed (Snowball, per language) and stop words are kept apart: content
stems carry the meaning that survives copying, stop words carry the syntax that
survives spinning (Stamatatos 2011).
"""

from __future__ import annotations

import functools
import importlib
import re
import unicodedata
from dataclasses import dataclass

import snowballstemmer

from copydesk.letters import plain_letters
from copydesk.scripts import CAPITALS, UNSPACED

#: Sentences with fewer content words than this are merged into the next one, so that
#: "He said." does not become a unit of its own (Sanchez-Perez et al. 2014 use 3).
MIN_SENTENCE_WORDS = 3

#: A word: letters and digits, with inner apostrophes (don't, O’Brien); in Chinese and
#: Japanese, each character. Without a segmenter a whole clause was one "word", and a
#: verbatim Chinese copy shared no 5-shingle with its source unless five clauses in a
#: row were equal; characters are the usual unit of Chinese copy detection.
WORD = re.compile(rf"[^\W{UNSPACED}]+(?:['’][^\W{UNSPACED}]+)*|[{UNSPACED}]", re.UNICODE)
_SENTENCE_END = re.compile(
    rf"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[{CAPITALS}0-9])"  # punctuation, space, capital
    r"|(?<=[。！？])[」』”’）)]*"  # full stop of Chinese and Japanese: no space follows
    r"|\n[ \t]*\n\s*",  # blank line
)

_SNOWBALL = {
    "ar": "arabic", "ca": "catalan", "cs": "czech", "da": "danish", "de": "german",
    "el": "greek", "en": "english", "es": "spanish", "fi": "finnish", "fr": "french",
    "hu": "hungarian", "id": "indonesian", "it": "italian", "lt": "lithuanian",
    "nl": "dutch", "no": "norwegian", "nb": "norwegian", "pl": "polish",
    "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian",
    "sv": "swedish", "tr": "turkish",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: [start, end) in the text, its content stems and its stop words."""

    start: int
    end: int
    stems: tuple[str, ...]
    stopwords: tuple[str, ...]


def base_language(language: str | None) -> str:
    """``"en-GB"`` → ``"en"``; None (unknown) is treated as English, the corpus majority."""
    if not language:
        return "en"
    return language.split("-")[0].split("_")[0].lower()


@functools.lru_cache(maxsize=64)
def stop_words(language: str | None) -> frozenset[str]:
    """spaCy's stop-word list for the language (English when it has none)."""
    lang = base_language(language)
    try:
        module = importlib.import_module(f"spacy.lang.{lang}.stop_words")
    except ImportError:
        module = importlib.import_module("spacy.lang.en.stop_words")
    return frozenset(w.lower() for w in module.STOP_WORDS)


class Stemmer:
    """A Snowball stemmer with a cache (news and PAN texts repeat words a lot)."""

    def __init__(self, language: str | None) -> None:
        name = _SNOWBALL.get(base_language(language))
        self._stemmer = snowballstemmer.stemmer(name) if name else None
        self._cache: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        stem = self._cache.get(word)
        if stem is None:
            stem = self._stemmer.stemWord(word) if self._stemmer else word
            if len(self._cache) < 500_000:
                self._cache[word] = stem
        return stem


@functools.lru_cache(maxsize=64)
def stemmer(language: str | None) -> Stemmer:
    return Stemmer(language)


@functools.lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lower case without diacritics: 'Zürich' and 'Zurich' are one key.

    Cached: fingerprinting and the word diff of every aligned pair fold the same few
    hundred thousand words over and over (a fifth of alignment time before the cache).
    """
    decomposed = unicodedata.normalize("NFKD", plain_letters(word).lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[tuple[int, int, str]]:
    """Every word as (start, end, word) in text order."""
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        _add_span(text, pos, m.start(), spans)
        pos = m.end()
    _add_span(text, pos, len(text), spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def sentences(text: str, language: str | None = None) -> list[Sentence]:
    """The text's sentences with stems; short ones merged into the following sentence."""
    stops = stop_words(language)
    stem = stemmer(language)
    out: list[Sentence] = []
    pending: tuple[int, list[str], list[str]] | None = None
    for start, end in sentence_spans(text):
        content: list[str] = []
        function: list[str] = []
        for m in WORD.finditer(text, start, end):
            w = m.group().lower()
            if w in stops:
                function.append(w)
            elif not w.isdigit() or len(w) > 1:
                content.append(stem(w))
        if pending is not None:
            start = pending[0]
            content = pending[1] + content
            function = pending[2] + function
            pending = None
        if len(content) < MIN_SENTENCE_WORDS:
            pending = (start, content, function)
            continue
        out.append(Sentence(start, end, tuple(content), tuple(function)))
    if pending is not None:
        if out:
            last = out.pop()
            out.append(
                Sentence(
                    last.start,
                    len(text.rstrip()),
                    last.stems + tuple(pending[1]),
                    last.stopwords + tuple(pending[2]),
                )
            )
        elif pending[1]:
            out.append(
                Sentence(pending[0], len(text.rstrip()), tuple(pending[1]), tuple(pending[2]))
            )
    return out
