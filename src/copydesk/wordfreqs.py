"""Word frequencies from wordfreq's shipped lists, safe for every detected language.

wordfreq tokenizes each look-up with the language's own tokenizer, and for Chinese,
Japanese and Korean that tokenizer (jieba, MeCab) is an optional package that copydesk
does not install. The language detector does now and then call a short English text
Chinese or Japanese, and one such article must not stop a million-article run, so for
those languages the word is looked up in the frequency table directly, untokenized.
"""

from __future__ import annotations

import math
from functools import lru_cache

import wordfreq

#: Languages whose look-ups need a segmenter that is not installed.
_NEEDS_SEGMENTER = frozenset({"zh", "ja", "ko"})


@lru_cache(maxsize=1)
def available() -> frozenset[str]:
    return frozenset(wordfreq.available_languages())


def zipf(word: str, lang: str | None = "en") -> float:
    """Zipf frequency of ``word`` (0 when unknown); English for unknown languages."""
    code = lang if lang in available() else "en"
    if code in _NEEDS_SEGMENTER:
        freq = wordfreq.get_frequency_dict(code).get(word.lower(), 0.0)  # cached by wordfreq
        return round(math.log10(freq) + 9, 2) if freq > 0 else 0.0
    return float(wordfreq.zipf_frequency(word, code))
