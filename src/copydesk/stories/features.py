"""An article's anchors as one weighted, unit-length feature vector.

Feature keys carry their kind: ``e:`` a participant or place (canonical name), ``k:`` a
keyword, ``#:`` a number, and the date keys of ``dates`` (``d:``, ``w:``, ``m:``, ``y:``,
``wd:``). A weight is kind weight × (1 + log count) × informativeness × lead boost, where
informativeness is word rarity from general frequencies (names, keywords) or a fixed value
(numbers, dates). Names and places dominate: they, not topic words, tell events apart.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from copydesk.morphology import LANGUAGES as SLAVIC_LANGUAGES
from copydesk.stories.anchors import Anchors
from copydesk.stories.cyrillic import cyrillic, lemma, name_form
from copydesk.stories.names import AliasTable
from copydesk.stories.text import fold, rarity, sentences, tokens


@dataclass(frozen=True, slots=True)
class FeatureWeights:
    """Kind weights. keyword, number, date, lead: coordinate search on ECB+ train (small
    gains, ±0.01 F1). title 2.0 and place 1.0: chosen on the demo corpus and the seeds,
    where headlines name the event (ECB+ documents mostly have none: its profile in
    bench/stories.py keeps title 1.0, place 1.5)."""

    name: float = 1.0
    place: float = 1.0
    keyword: float = 0.35
    number: float = 0.5
    date: float = 1.0
    lead: float = 2.0
    #: Extra factor for what the headline names: it says which event the article is about.
    title: float = 2.0
    #: Features kept per article (the heaviest): bounds memory and candidate search.
    max_features: int = 60


#: Informativeness of date keys: a day pins an event, a year barely does.
DATE_WEIGHTS: Mapping[str, float] = {"d": 6.0, "w": 3.0, "m": 3.0, "y": 1.5, "wd": 1.0}
#: Numbers: multi-digit ones (tolls, magnitudes "6.1", sums) say more than "2".
NUMBER_WEIGHT_LONG = 4.0
NUMBER_WEIGHT_SHORT = 1.0


def vectorise(anchors: Anchors, aliases: AliasTable, weights: FeatureWeights) -> dict[str, float]:
    """Unit-length sparse vector of one article's anchors (its heaviest features only)."""
    vec: dict[str, float] = {}
    lang = anchors.language
    lead = anchors.lead

    def add(key: str, value: float) -> None:
        vec[key] = vec.get(key, 0.0) + value

    native = anchors.native
    for name, count in anchors.names.items():
        w = weights.name * (1.0 + math.log(count)) * rarity(native.get(name, name), lang)
        if name in anchors.places:
            w *= weights.place
        if name in lead:
            w *= weights.lead
        if name in anchors.title:
            w *= weights.title
        add("e:" + aliases.resolve(name, anchors.alternates.get(name, ())), w)
    for word, count in anchors.keywords.items():
        if word in anchors.names:
            continue
        w = weights.keyword * (1.0 + math.log(count)) * rarity(word, lang)
        if word in lead:
            w *= weights.lead
        if word in anchors.title:
            w *= weights.title
        add("k:" + word, w)
    for number, count in anchors.numbers.items():
        info = NUMBER_WEIGHT_LONG if len(number) > 1 else NUMBER_WEIGHT_SHORT
        w = weights.number * (1.0 + math.log(count)) * info
        if number in lead:
            w *= weights.lead
        if number in anchors.title:
            w *= weights.title
        add("#:" + number, w)
    for key, count in anchors.dates.items():
        w = weights.date * (1.0 + math.log(count)) * DATE_WEIGHTS[key.split(":", 1)[0]]
        if key in lead:
            w *= weights.lead
        if key in anchors.title:
            w *= weights.title
        add(key, w)
    return normalise(top(vec, weights.max_features))


def unspaced(char: str) -> bool:
    """A letter of a script written without spaces between words (Chinese, Japanese,
    Thai, Lao, Khmer, Myanmar): its "token" is a clause, which no other article repeats,
    so it has no place in the word vector (it would only lower the score of such
    articles). Korean, spaced, is kept."""
    code = ord(char)
    return (0x2E80 <= code < 0xA000 or 0x0E00 <= code < 0x0F00 or 0x1000 <= code < 0x10A0
            or 0x1780 <= code < 0x1800 or 0xF900 <= code < 0xFB00)


#: Words at least this rare (zipf below 8 − this) count in the word vector: drops "the",
#: "said", "was" without a stop list. 2.0, 2.5 and 3.0 gave the same ECB+ train F1.
MIN_WORD_RARITY = 2.0


def word_vector(text: str, title: str | None, language: str | None, n: int) -> dict[str, float]:
    """Unit-length bag of the article's words, the ``n`` heaviest: every folded word of
    the title and text that is rare enough, weight (1 + log count) × rarity. Unlike the
    anchor vector it keeps common content words ("arrested", "fired", "patch"): they
    describe what happened, which names and numbers alone do not (``word_weight``).
    In a Russian or Ukrainian article a Cyrillic word counts as its lemma ("переговоров"
    and "переговоры" are one word) and a name as its key, the one the anchors give it
    ("Блинкеном" is "blinken", as in an English report)."""
    lang = language or "en"
    slavic = lang in SLAVIC_LANGUAGES
    native: dict[str, str] = {}  # a Cyrillic word's key → the word its rarity is read from
    counts: dict[str, int] = {}
    for part in (title or "", text):
        for sentence in sentences(part):
            for tok in tokens(sentence):
                if not tok[:1].isalpha() or len(tok) < 2 or unspaced(tok[0]):
                    continue
                if slavic:
                    word, rare_as = _slavic_word(tok, lang)
                    if rare_as is not None:
                        native[word] = rare_as
                else:
                    word = fold(tok)
                counts[word] = counts.get(word, 0) + 1
    vec = {}
    for word, count in counts.items():
        info = rarity(native.get(word, word), lang)
        if info >= MIN_WORD_RARITY:
            vec[word] = (1.0 + math.log(count)) * info
    return normalise(top(vec, n))


@lru_cache(maxsize=500_000)
def _slavic_word(tok: str, lang: str) -> tuple[str, str | None]:
    """A token's key in the word vector of a Russian or Ukrainian article, and for a
    Cyrillic one the word its rarity is read from: a name's key when the dictionary
    reads it as a name (or does not know it), else its lemma ("Переговоры" opening a
    sentence is "переговоры"). Cached: it runs on every token."""
    if not cyrillic(tok):
        return fold(tok), None
    if tok[:1].isupper():
        form = name_form(tok, lang)
        if form.proper:
            return form.key, form.native
    word = lemma(tok.lower(), lang)
    return word, word


def top(vec: Mapping[str, float], n: int) -> dict[str, float]:
    """The ``n`` heaviest features, ties broken by key so the result is deterministic."""
    if len(vec) <= n:
        return dict(vec)
    return dict(sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:n])


def normalise(vec: Mapping[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {k: v / norm for k, v in vec.items()} if norm else dict(vec)


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Dot product of two unit vectors (iterating over the shorter one)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())
