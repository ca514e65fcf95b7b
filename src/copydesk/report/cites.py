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
from itertools import pairwise

from copydesk.calendar_words import CALENDAR_WORDS
from copydesk.report.text import (
    NEGATED,
    agrees,
    content_words,
    figures_in,
    number_key,
    sentence_spans,
)
from copydesk.reuse.text import base_language
from copydesk.wordfreqs import zipf

#: Share of a sentence's content words (same language) or of its names and numbers (a
#: translation) that a copy's text must hold to be cited for it. A 30 % spin keeps
#: about 70 % of the content words; a copy without the paragraph holds few of them.
MIN_CARRIED = 0.5
#: A translated sentence with fewer names and numbers than this cannot be checked: it
#: is cited on its passage alone.
MIN_ANCHORS = 2

#: Weekdays and months are translated ("Friday" → "Freitag"): no anchors.
_CALENDAR = CALENDAR_WORDS
_ANCHOR = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’-]+|\d[\d.,]*\d|\d")


#: A capitalised word this common in English is a word a translation translates ("Union",
#: "Harbour", "Workers"), not a name it keeps.
COMMON_ZIPF = 3.0


def _translatable(anchor: str, language: str | None) -> bool:
    """A capitalised common word of the sentence's language, which a translation
    translates: German capitalises every noun (Gewerkschaftschef, Fahrgäste), and read
    with English frequencies they were names no English translation keeps."""
    word = anchor.rstrip("'’s") if anchor.endswith(("'", "’", "'s", "’s")) else anchor
    return word.isalpha() and zipf(word.lower(), base_language(language or "en")) >= COMMON_ZIPF


#: Letters of a name a translation keeps when it inflects it ("Marvessan" →
#: "marvessischen", "Serravine" → "Serravines").
NAME_STEM = 6


def _kept(anchor: str, figures: set[str], folded: str) -> bool:
    """Whether a translation keeps an anchor: a name by its stem in the ``folded`` text,
    a figure among the text's ``figures`` (``number_key``: "250.000" in German is
    "250,000" in English)."""
    if anchor[:1].isdigit():
        return number_key(anchor) in figures
    return anchor[:NAME_STEM].casefold() in folded


#: A stretch of a copy (one sentence or two in a row): its text, its content words, and
#: each sentence's text and words.
_Stretch = tuple[str, frozenset[str], tuple[tuple[str, frozenset[str]], ...]]


@dataclass
class CopyCheck:
    """Checks against the texts of one story's articles (their sentences' word sets
    cached)."""

    texts: Mapping[str, str]
    languages: Mapping[str, str | None]
    _spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    _sentences: dict[str, tuple[list[_Stretch], list[_Stretch]]] = field(default_factory=dict)

    def carries(
        self,
        original: str,
        start: int,
        end: int,
        copy: str,
        share: float = MIN_CARRIED,
        *,
        aligned: bool = False,
    ) -> bool:
        """Whether ``copy`` holds what ``original`` says in [start, end) (widened to the
        sentence around it: a quote's speaker is named outside its marks): ``share``
        of its content words (same language) or of its names and numbers (a
        translation) in one sentence of the copy, or two or three in a row, that also gives its
        numbers and negates as it does (``agrees``).

        One stretch of the copy, not its whole text: the speaker's name and title held
        anywhere in a copy made half of a quote's words, and the copy was cited for a
        quote it does not have. ``aligned``: a duplicate or spun copy whose passage the
        aligner matched word for word: its numbers and negations are compared loosely
        (a spinner writes "twelve" for 12), and a quote's own words need not be there
        (a heavy spin rewords every one of them)."""
        text, other = self.texts.get(original), self.texts.get(copy)
        if text is None or other is None:
            return False
        inner = content_words(text[start:end]) - {NEGATED}
        start, end = self._sentence(original, text, start, end)
        said = text[start:end]
        said_words = content_words(said)
        same_language = self.languages.get(original) == self.languages.get(copy)
        if same_language:
            wanted = said_words - {NEGATED}
            if not wanted:
                return True

            def held(piece: str, words: frozenset[str]) -> frozenset[str]:
                # The words asked about, not only the sentence around them: a quote's
                # speaker named in another sentence of the copy made half of it.
                if not aligned and len(words & inner) < share * len(inner):
                    return frozenset()
                return words & wanted
        else:
            language = self.languages.get(original)
            wanted = frozenset(a for a in _ANCHOR.findall(said) if not a[:1].isdigit()
                               and a.lower() not in _CALENDAR
                               and not _translatable(a, language)) | set(figures_in(said))
            if len(wanted) < MIN_ANCHORS:
                return True

            def held(piece: str, words: frozenset[str]) -> frozenset[str]:
                folded = piece.casefold()
                figures = set(figures_in(piece))
                return frozenset(a for a in wanted if _kept(a, figures, folded))

        need = share * len(wanted)
        loose = aligned or not same_language
        for piece, words, parts in self._stretches(copy, other, three=not same_language):
            if len(held(piece, words)) < need or not agrees(
                    words, said_words, same_language, loose=loose, negation=same_language):
                continue
            if not same_language:
                return True
            # Of two sentences, the one holding more of the words must negate as the
            # sentence does: "… would negotiate. She did not say when." is no "would
            # not negotiate" because its next sentence has a "not".
            main = max(parts, key=lambda part: len(held(part[0], part[1])))[1]
            if (NEGATED in main) == (NEGATED in said_words):
                return True
        return False

    def _stretches(self, article: str, text: str, three: bool = False) -> list[_Stretch]:
        """Each sentence of an article and each two in a row (and three, for a
        translation), with their content words and those of the sentences they are
        made of. Three only for a translation: it may split one sentence in three (and
        before ``sentence_spans`` knew them, German ordinals, "am 3. März", cut sentences
        where none ends); in one language a third sentence lent a figure of another year
        to a copy that changed it."""
        if article not in self._sentences:
            single = [(p, content_words(p)) for s, e in self._spans_of(article, text)
                      if (p := text[s:e])]
            out: list[_Stretch] = [(p, words, ((p, words),)) for p, words in single]
            for (a, wa), (b, wb) in pairwise(single):
                out.append((f"{a} {b}", wa | wb, ((a, wa), (b, wb))))
            triples: list[_Stretch] = [
                (f"{a} {b} {c}", wa | wb | wc, ((a, wa), (b, wb), (c, wc)))
                for (a, wa), (b, wb), (c, wc) in zip(single, single[1:], single[2:],
                                                     strict=False)]
            self._sentences[article] = (out, triples)
        two, triples = self._sentences[article]
        return two + triples if three else two

    def _spans_of(self, article: str, text: str) -> list[tuple[int, int]]:
        if article not in self._spans:
            self._spans[article] = list(sentence_spans(text))
        return self._spans[article]

    def _sentence(self, article: str, text: str, start: int, end: int) -> tuple[int, int]:
        inside = [(s, e) for s, e in self._spans_of(article, text) if s < end and start < e]
        return (min(start, inside[0][0]), max(end, inside[-1][1])) if inside else (start, end)


__all__ = ["MIN_CARRIED", "CopyCheck"]
