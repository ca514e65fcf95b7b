"""Spin score: how likely an article is machine-spun, judged without its source.

A spinner swaps words for dictionary synonyms one at a time, so its output
carries marks that careful writers and translators rarely leave:

* **broken collocations**: a fixed pair with one side swapped ("overseas
  minister" for "foreign minister", "press convention" for "press conference");
* **rare-for-context words**: a word much rarer than the everyday word it
  stands in for ("newshounds" where anyone writes "reporters"), measured with
  wordfreq's shipped frequencies;
* **odd phrases**: spinner rewrites of function words that clean text almost
  never contains ("now not", "got here", "1000's", leftover "{spintax}").

plus the share of everyday word pairs never seen in a 1.2M-word mining corpus.
Six rates built from these (``FEATURE_NAMES``) feed a logistic regression
written with numpy whose coefficients ship in ``reuse/data/spin_model.json``;
the collocations, seen pairs and synonym lists they use ship beside it (see
``bench/spin_score.py build``). ``bench/spin_score.py train`` regenerates the
model from clean English text and the same text spun by
``copydesk.reuse.spinner`` (split by document, fixed seed), picks the threshold
(the score that at most 5 % of the clean texts reach in cross-validation: a real
pile is mostly honest) and prints held-out precision, recall, AUC and Brier score.
The probability assumes spun and clean articles are equally common, as they were in
training; the flag also needs two pieces of evidence (``SpinOptions.min_evidence``).

Only English is judged: any other language gets evidence "language not
supported", score 0.0 and ``spun`` False rather than a guess.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import math
import re
from collections.abc import Sequence, Set
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import wordfreq

from copydesk.records import Article, SpinScore

DATA_DIR = Path(__file__).with_name("data")
FEATURE_NAMES = (
    "rare_word_rate",
    "rare_synonym_rate",
    "broken_collocation_rate",
    "odd_phrase_rate",
    "content_zipf_gap",
    "unseen_bigram_rate",
)
#: A word under this Zipf frequency (about once per million words) is rare.
#: The cut-offs below were set a priori, then checked: moving any one of them by
#: +-0.5 kept held-out AUC between 0.926 and 0.933 (bench/spin_score.py's split),
#: since the regression weighs the rates they produce.
RARE_ZIPF = 3.0
#: A synonym is "rare for context" when the word it usually replaces is this
#: many Zipf units (powers of ten) more frequent. One unit = ten times rarer.
RARE_SYNONYM_GAP = 1.0
#: Both words of a pair must be this common (Zipf) for an unseen pair to be odd:
#: pairs of rarer words are unseen in a 1.2M-word corpus by chance.
COMMON_ZIPF = 3.5
#: Collocations seen at least this often in the mining corpus count as fixed.
MIN_COLLOCATION = 4

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|\{[^{}\n]{1,40}\}|\d+['’]s|\S")
_FUNCTION = frozenset(
    "a an the and or but of to in on at by for with from as is was were be been are it its "
    "this that these those he she they we you i his her their our your not no".split()
)


@dataclass(frozen=True, slots=True)
class SpinModel:
    """Logistic regression over standardised features, and its decision threshold."""

    weights: np.ndarray
    bias: float
    mean: np.ndarray
    std: np.ndarray
    threshold: float = 0.5
    meta: dict[str, Any] = field(default_factory=dict)
    #: (below, threshold) from short to long: a text of fewer than ``below`` words (and
    #: not fewer than the entry before's) is flagged at that threshold, a longer one at
    #: ``threshold``. Rates over few words vary more: a threshold set on texts of 80–450
    #: words flagged 15 % of honest 60-word texts (``bench/spin_score.py train``).
    by_length: tuple[tuple[int, float], ...] = ()

    def threshold_for(self, words: int) -> float:
        """The threshold for a text of ``words`` words: as few honest texts of that
        length flagged as of the training texts."""
        for below, threshold in self.by_length:
            if words < below:
                return max(threshold, self.threshold)
        return self.threshold

    def predict(self, x: np.ndarray) -> np.ndarray:
        z = ((np.atleast_2d(x) - self.mean) / self.std) @ self.weights + self.bias
        return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))))

    def to_json(self, threshold: float, meta: dict[str, Any],
                by_length: Sequence[tuple[int, float]] = ()) -> dict[str, Any]:
        return {
            "features": list(FEATURE_NAMES),
            "weights": [round(float(w), 6) for w in self.weights],
            "bias": round(float(self.bias), 6),
            "mean": [round(float(m), 6) for m in self.mean],
            "std": [round(float(s), 6) for s in self.std],
            "threshold": round(float(threshold), 4),
            "threshold_by_length": [[n, round(float(t), 4)] for n, t in by_length],
            "meta": meta,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SpinModel:
        if tuple(data["features"]) != FEATURE_NAMES:
            raise ValueError("spin model was trained on other features; rerun bench/spin_score.py")
        return cls(
            np.array(data["weights"], dtype=float),
            float(data["bias"]),
            np.array(data["mean"], dtype=float),
            np.array(data["std"], dtype=float),
            float(data["threshold"]),
            dict(data.get("meta", {})),
            tuple((int(n), float(t)) for n, t in data.get("threshold_by_length", ())),
        )


@dataclass(frozen=True, slots=True)
class SpinOptions:
    """How articles are scored.

    ``model``: None uses the shipped model. ``threshold``: None uses the
    model's (chosen on training-side cross-validation, see the bench script).
    ``min_words``: below this many words the evidence is too thin and the
    article gets score 0.0 with evidence "too short to judge".
    ``max_evidence``: evidence strings kept per article (the strongest kinds first).
    ``min_evidence``: pieces of evidence an article needs to be called spun, whatever its
    score: in a 48-word brief one common phrase ("national grant", read as a broken
    "national award") gave 0.88.
    """

    model: SpinModel | None = None
    threshold: float | None = None
    min_words: int = 40
    max_evidence: int = 8
    min_evidence: int = 2


@dataclass(frozen=True, slots=True)
class SpinFeatures:
    """The measured rates of one text and the evidence behind them."""

    words: int
    rare_word_rate: float
    rare_synonym_rate: float
    broken_collocation_rate: float
    odd_phrase_rate: float
    content_zipf_gap: float
    unseen_bigram_rate: float
    evidence: tuple[str, ...] = ()

    def vector(self) -> list[float]:
        return [
            self.rare_word_rate,
            self.rare_synonym_rate,
            self.broken_collocation_rate,
            self.odd_phrase_rate,
            self.content_zipf_gap,
            self.unseen_bigram_rate,
        ]


# ------------------------------------------------------------------ resources
def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA_DIR / name).read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@functools.lru_cache(maxsize=1)
def _resources() -> tuple[dict[str, list[str]], dict[str, int], frozenset[str]]:
    """(synonym -> words it replaces, collocations, odd phrases)."""
    reverse: dict[str, set[str]] = {}
    for word, by_tag in _load("synonyms.json").items():
        for syns in by_tag.values():
            for s in syns:
                reverse.setdefault(s, set()).add(word)
    for phrase, outs in _load("spin_phrases.json").items():
        if " " in phrase:
            continue
        for out in outs:
            if " " not in out and out != phrase:
                reverse.setdefault(out, set()).add(phrase)
    colloc = {k: int(v) for k, v in _load("collocations.json").items() if v >= MIN_COLLOCATION}
    odd = frozenset(_load("odd_phrases.json"))
    return {k: sorted(v) for k, v in reverse.items()}, colloc, odd


def bigram_hash(a: str, b: str) -> int:
    """A stable 32-bit hash of a lowercase word pair (Python's hash() differs per run)."""
    return int.from_bytes(hashlib.blake2b(f"{a} {b}".encode(), digest_size=4).digest(), "little")


@functools.lru_cache(maxsize=1)
def _seen_bigrams() -> frozenset[int]:
    """Hashes of the content-word bigrams of the mining corpus (bench/spin_score.py).

    A frozenset: membership is then a dict lookup, ~10x faster than searching the
    sorted array per pair, for ~9 MB of memory.
    """
    return frozenset(np.load(DATA_DIR / "bigrams.npy").tolist())


#: Everyday pairs of British and Commonwealth English that the mining corpus (mostly
#: American) lacks, and whose American form is a known collocation: "primary school" is
#: no spun "elementary school" (a docs audit's honest school report was flagged spun on
#: it and "village hall"). Only the pairs `_repair` would call broken are listed.
_REGIONAL_PAIRS = frozenset({"primary school", "village hall", "town council", "town centre"})


def _seen(a: str, b: str) -> bool:
    return bigram_hash(a, b) in _seen_bigrams() or f"{a} {b.removesuffix('s')}" in _REGIONAL_PAIRS


@functools.lru_cache(maxsize=1)
def _odd_pattern() -> re.Pattern[str]:
    _, _, odd = _resources()
    ordered = sorted(odd, key=lambda p: (-len(p), p))
    alternation = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
    # Leftover spintax ("{meeting|assembly}": braces with a choice in them, not a quoted
    # template's "{{7*7}}", which had flagged an honest security report as spun: a web
    # probe) and digit plurals for words ("1000's") too.
    return re.compile(
        rf"(?<![\w'’])(?:{alternation})(?![\w'’])|\{{[^{{}}\n|]{{1,40}}\|[^{{}}\n]{{1,40}}\}}"
        r"|\b10+['’]s\b",
        re.IGNORECASE,
    )


@functools.lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    return float(wordfreq.zipf_frequency(word, "en"))


@functools.lru_cache(maxsize=65536)
def _usual(word: str) -> tuple[str, float] | None:
    """The most frequent word that ``word`` can stand in for, and how much rarer it is."""
    sources = _resources()[0].get(word)
    if not sources:
        return None
    best = max(sources, key=lambda s: (_zipf(s), s))
    return best, _zipf(best) - _zipf(word)


@functools.lru_cache(maxsize=1)
def load_model_cached() -> SpinModel:
    return SpinModel.from_json(json.loads((DATA_DIR / "spin_model.json").read_text("utf-8")))


def load_model(refresh: bool = False) -> SpinModel:
    """The shipped model (``refresh`` rereads it after the bench script rewrote it)."""
    if refresh:
        load_model_cached.cache_clear()
    return load_model_cached()


# ------------------------------------------------------------------- features
#: Two capitalised words in a row (the second in a lookahead, so that every pair of
#: "Governor Helena Strand" is seen).
_NAME_PAIR = re.compile(r"\b([A-Z][A-Za-z]*)[ \u00a0](?=([A-Z][A-Za-z]*)\b)")


def _names(text: str, stop_words: Set[str]) -> frozenset[str]:
    """Words (lower case) the text uses as surnames: capitalised right after another
    capitalised word that is no function word ("Helena Strand", "Mr Heath"). A spinner
    keeps names, and a surname that is also a word ("Strand", "Lamb") read as a rare
    synonym flagged a clean report. Only the second word: in "Overseas Minister" it is
    the first that a spinner swapped."""
    return frozenset(second.lower() for first, second in _NAME_PAIR.findall(text)
                     if first.lower() not in stop_words)


def features(text: str) -> SpinFeatures:
    """Measure the spin marks of an English text."""
    from spacy.lang.en.stop_words import STOP_WORDS  # a plain word list; no model loads

    reverse, colloc, _ = _resources()
    tokens = _TOKEN.findall(text)
    words = [t.lower() for t in tokens if t[0].isalpha()]
    # Names are no synonyms: "Governor Helena Strand" is not a spun "beach".
    names = _names(text, STOP_WORDS)
    content = [w for w in words if len(w) >= 3 and w not in STOP_WORDS and w not in _FUNCTION
               and w not in names]
    n_content = max(1, len(content))
    evidence: list[tuple[int, str]] = []

    rare = sum(_zipf(w) < RARE_ZIPF for w in content)
    rare_syn = 0
    gaps: list[float] = []
    named: set[str] = set()
    for w in content:
        usual = _usual(w)
        if usual is None:
            continue
        best, gap = usual
        gaps.append(max(0.0, gap))
        if gap >= RARE_SYNONYM_GAP:
            rare_syn += 1
            if w not in named:
                named.add(w)
                evidence.append((2, f'rare synonym: "{w}" (usual: "{best}")'))

    broken = 0
    pairs = 0
    common_pairs = 0
    unseen_common = 0
    seen_broken: set[str] = set()
    for a, b in itertools.pairwise(tokens):
        if not (a[0].isalpha() and b[0].isalpha()):
            continue
        pairs += 1
        la, lb = a.lower(), b.lower()
        if la in STOP_WORDS or lb in STOP_WORDS or _seen(la, lb):
            if la not in STOP_WORDS and lb not in STOP_WORDS:
                common_pairs += _common_pair(a, b)
            continue
        if _common_pair(a, b):
            common_pairs += 1
            unseen_common += 1
        repaired = _repair(la, lb, reverse, colloc)
        if repaired:
            broken += 1
            if f"{la} {lb}" not in seen_broken:
                seen_broken.add(f"{la} {lb}")
                evidence.append((0, f'broken collocation: "{la} {lb}" (usual: "{repaired}")'))

    odd = 0
    seen_odd: set[str] = set()
    for m in _odd_pattern().finditer(text):
        odd += 1
        phrase = " ".join(m.group().lower().split())
        if phrase not in seen_odd:
            seen_odd.add(phrase)
            evidence.append((1, f'odd phrase: "{phrase}"'))

    n_words = max(1, len(words))
    evidence.sort(key=lambda e: e[0])
    return SpinFeatures(
        words=len(words),
        rare_word_rate=100.0 * rare / n_content,
        rare_synonym_rate=100.0 * rare_syn / n_content,
        broken_collocation_rate=100.0 * broken / max(1, pairs),
        odd_phrase_rate=math.log1p(100.0 * odd / n_words),
        content_zipf_gap=float(np.mean(gaps)) if gaps else 0.0,
        unseen_bigram_rate=100.0 * unseen_common / max(1, common_pairs),
        evidence=tuple(e for _, e in evidence),
    )


def _common_pair(a: str, b: str) -> bool:
    """Two lowercase everyday words: the pairs whose absence from the corpus is telling."""
    return a.islower() and b.islower() and _zipf(a) >= COMMON_ZIPF and _zipf(b) >= COMMON_ZIPF


def _repair(a: str, b: str, reverse: dict[str, list[str]], colloc: dict[str, int]) -> str | None:
    """The known collocation that ``a b`` would be with one side put back, if any."""
    best: tuple[int, str] | None = None
    for s in reverse.get(b, ()):
        n = colloc.get(f"{a} {s}", 0)
        if n and (best is None or n > best[0]):
            best = (n, f"{a} {s}")
    for s in reverse.get(a, ()):
        n = colloc.get(f"{s} {b}", 0)
        if n and (best is None or n > best[0]):
            best = (n, f"{s} {b}")
    return best[1] if best else None


# --------------------------------------------------------------------- scoring
def score_articles(
    articles: Sequence[Article], options: SpinOptions = SpinOptions()
) -> list[SpinScore]:
    """A calibrated probability that each article is machine-spun, with evidence.

    Returned in the order given. Non-English articles, articles whose language
    cannot be told, and articles too short to judge get score 0.0, ``spun``
    False and evidence saying why.
    """
    model = options.model or load_model()
    out: list[SpinScore] = []
    for art in articles:
        language = art.language or _language(art.text)
        if (language or "").split("-")[0].lower() != "en":
            why = "language not supported" if language else "language not detected"
            out.append(SpinScore(art.id, 0.0, False, (why,)))
            continue
        feats = features(art.text)
        if feats.words < options.min_words:
            out.append(SpinScore(art.id, 0.0, False, ("too short to judge",)))
            continue
        p = float(model.predict(np.array(feats.vector()))[0])
        score = round(p, 4)
        threshold = model.threshold_for(feats.words) if options.threshold is None \
            else options.threshold
        spun = p >= threshold and len(feats.evidence) >= options.min_evidence
        out.append(SpinScore(art.id, score, spun, feats.evidence[: options.max_evidence]))
    return out


def _language(text: str) -> str | None:
    from copydesk.clean.language import detect_language

    return detect_language(text)


# -------------------------------------------------------------------- training
def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, iterations: int = 50) -> SpinModel:
    """L2-regularised logistic regression by Newton's method on standardised features."""
    mean = x.mean(axis=0)
    std = x.std(axis=0)
    std[std == 0] = 1.0
    xs = np.hstack([(x - mean) / std, np.ones((len(x), 1))])
    w = np.zeros(xs.shape[1])
    penalty = np.full(xs.shape[1], l2)
    penalty[-1] = 0.0  # the bias is not shrunk
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(xs @ w, -30, 30)))
        grad = xs.T @ (p - y) + penalty * w
        hess = (xs * (p * (1 - p))[:, None]).T @ xs + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return SpinModel(w[:-1], float(w[-1]), mean, std)
