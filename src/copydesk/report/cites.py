"""Which copies a sentence may cite: those whose reused passage covers it and whose
text carries it.

A relation's passages say where two articles share text, but they are coarse in two
ways: the aligner bridges short gaps (a partial copy's passage spans a paragraph it left
out), and a translation's passages are hulls of aligned sentences. Citing every copy
whose passage overlaps a sentence cited articles for sentences they do not have
(ninth session's audit of the demo: a translation cited for a quote it omits, a partial
copy for a summary sentence it lacks). So a copy is cited only when its own text holds
the sentence's words (same language) or its names and numbers (a translation).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from copydesk.calendar_words import MONTHS, WEEKDAYS
from copydesk.report.text import content_words, sentence_spans
from copydesk.wordfreqs import zipf

#: Share of a sentence's content words (same language) or of its names and numbers (a
#: translation) that a copy's text must hold to be cited for it. A 30 % spin keeps
#: about 70 % of the content words; a copy without the paragraph holds few of them.
MIN_CARRIED = 0.5
#: A translated sentence with fewer names and numbers than this cannot be checked: it
#: is cited on its passage alone.
MIN_ANCHORS = 2

#: Weekdays and months are translated ("Friday" → "Freitag"): no anchors.
_CALENDAR = frozenset(WEEKDAYS + MONTHS)
_ANCHOR = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’-]+|\d[\d.,]*\d|\d")


#: A capitalised word this common in English is a word a translation translates ("Union",
#: "Harbour", "Workers"), not a name it keeps.
COMMON_ZIPF = 3.0


def _translatable(anchor: str) -> bool:
    word = anchor.rstrip("'’s") if anchor.endswith(("'", "’", "'s", "’s")) else anchor
    return word.isalpha() and zipf(word.lower(), "en") >= COMMON_ZIPF


#: Letters of a name a translation keeps when it inflects it ("Marvessan" →
#: "marvessischen", "Serravine" → "Serravines").
NAME_STEM = 6


def _kept(anchor: str, text: str, folded: str) -> bool:
    if anchor[:1].isdigit():
        return anchor in text
    return anchor[:NAME_STEM].casefold() in folded


@dataclass
class CopyCheck:
    """Checks against the texts of one story's articles (their word sets cached)."""

    texts: Mapping[str, str]
    languages: Mapping[str, str | None]
    _words: dict[str, frozenset[str]] = field(default_factory=dict)
    _spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    _folded: dict[str, str] = field(default_factory=dict)

    def carries(self, original: str, start: int, end: int, copy: str) -> bool:
        """Whether ``copy`` holds what ``original`` says in [start, end) (widened to the
        sentence around it: a quote's speaker is named outside its marks)."""
        text, other = self.texts.get(original), self.texts.get(copy)
        if text is None or other is None:
            return False
        start, end = self._sentence(original, text, start, end)
        said = text[start:end]
        if self.languages.get(original) == self.languages.get(copy):
            wanted = content_words(said)
            held = self._words.setdefault(copy, content_words(other))
        else:
            wanted = frozenset(a for a in _ANCHOR.findall(said)
                               if a.lower() not in _CALENDAR and not _translatable(a))
            if len(wanted) < MIN_ANCHORS:
                return True
            folded = self._folded.setdefault(copy, other.casefold())
            held = frozenset(a for a in wanted if _kept(a, other, folded))
        return not wanted or len(wanted & held) >= MIN_CARRIED * len(wanted)

    def _sentence(self, article: str, text: str, start: int, end: int) -> tuple[int, int]:
        if article not in self._spans:
            self._spans[article] = list(sentence_spans(text))
        inside = [(s, e) for s, e in self._spans[article] if s < end and start < e]
        return (min(start, inside[0][0]), max(end, inside[-1][1])) if inside else (start, end)


__all__ = ["MIN_CARRIED", "CopyCheck"]
