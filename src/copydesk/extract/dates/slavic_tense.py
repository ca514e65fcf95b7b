"""The tense of a Russian, Ukrainian or Polish sentence's verbs, by the dictionary
(pymorphy3; SGJP through morfeusz2 for Polish: "odbyła się", "podpisze"), for
the weekday rules of ``other_languages``: a past verb ("прибыл", "заявила", "відбулася")
makes a bare weekday the last one, a future one ("состоится", "прибудет", "буде",
"відвідає") the next one.

The other languages' tense is read from a few words each; these two mark tense in the
verb's ending, which a list of words cannot cover and the dictionary reads: the
perfective's present form is its future ("подпишет"), and both languages put a verb's
past in its gender and number ("подписал", "подписала", "підписали").
"""

from __future__ import annotations

import re
from functools import lru_cache

from copydesk.morphology import readings_of
from copydesk.polish_morphology import tense as polish_tense

_WORD = re.compile(r"[^\W\d_][\w'’ʼ-]*")


def slavic_tense_words(sentence: str, language: str) -> list[tuple[int, int, str]]:
    """(start, end, "past" or "future") of each word of ``sentence`` the dictionary reads
    only as a verb of that tense."""
    out = []
    for m in _WORD.finditer(sentence):
        tense = _tense(m.group().lower(), language)
        if tense is not None:
            out.append((m.start(), m.end(), tense))
    return out


@lru_cache(maxsize=100_000)
def _tense(word: str, language: str) -> str | None:
    if language == "pl":
        return polish_tense(word)  # SGJP's readings (morfeusz2)
    readings = readings_of(word, language)
    if not readings or any(p.tag.POS != "VERB" for p in readings):
        return None  # not a verb, or not only one: "стекло" is glass or "it flowed"
    tenses = {p.tag.tense for p in readings}
    if tenses == {"past"}:
        return "past"
    if tenses == {"futr"}:
        return "future"
    return None


__all__ = ["slavic_tense_words"]
