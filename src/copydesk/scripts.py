"""Writing systems: which leave no space between words, and which capitals start a sentence.

Chinese and Japanese text is a run of ideographs and kana with no spaces, so every
rule that counts or splits words by whitespace sees a paragraph as one word. The
cleaner counts such runs by their length and the reuse step reads them a character
at a time; both take the characters from here, so they agree on what the scripts are.
"""

from __future__ import annotations

import re
import unicodedata

#: Hiragana, Katakana, CJK ideographs (with extension A and compatibility forms), as the
#: body of a regular-expression character class.
UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

#: Capital letters a sentence may start with, as the body of a character class: Latin
#: (with Latin-1 and Latin Extended-A, where Ł, Š and Ž stand), Greek and Cyrillic. The
#: reuse step cut sentences only before A–Z and À–Þ, so a Russian article was one
#: sentence and its translation of an English report could seed nothing.
CAPITALS = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u0386-\u038f\u0391-\u03a9\u0400-\u042f"

def latin_only(text: str) -> bool:
    """Whether every letter of ``text`` is a Latin one (accents and all): the decoder's
    test of a cp1252 reading, and the entities' choice of a name to show."""
    return all(unicodedata.name(c, "").startswith("LATIN") for c in set(text)
               if c.isalpha() and not c.isascii())


#: A run of letters of the scripts above (not their punctuation, such as the katakana
#: middle dot "・").
_UNSPACED_RUN = re.compile(f"[{UNSPACED}]+")


def _letter_runs(text: str) -> list[str]:
    return [run for chunk in _UNSPACED_RUN.findall(text)
            for run in re.split(r"[^\w]+", chunk) if run]


def unspaced_grams(*texts: str) -> str:
    """The Chinese and Japanese of ``texts`` as a search index can take it: each run of
    characters as its overlapping pairs and its last character alone ("修理のため" →
    "修理 理の のた ため め"), space-separated; "" when the texts hold none.

    A word index keeps a run as one token, and those scripts leave no space between
    words, so a word inside a run cannot be found. Pairs are the usual answer (Lucene's
    CJK bigram filter, Elasticsearch's ``cjk`` analyzer): a word of two or more
    characters is the phrase of its pairs (``unspaced_phrase``), and a single
    character is a pair beginning with it or a run's last character."""
    grams: list[str] = []
    for text in texts:
        for run in _letter_runs(text or ""):
            grams.extend(run[i : i + 2] for i in range(len(run) - 1))
            grams.append(run[-1])
    return " ".join(grams)


def unspaced_phrase(term: str) -> str | None:
    """The search expression (SQLite FTS5 syntax) finding ``term`` as written in an
    index of ``unspaced_grams``; None unless the term is letters of those scripts only."""
    if not term or _letter_runs(term) != [term]:
        return None
    if len(term) == 1:
        return f'"{term}"*'
    return '"' + " ".join(term[i : i + 2] for i in range(len(term) - 1)) + '"'
