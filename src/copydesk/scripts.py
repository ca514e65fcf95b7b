"""Writing systems: which leave no space between words, and which capitals start a sentence.

Chinese and Japanese text is a run of ideographs and kana with no spaces, so every
rule that counts or splits words by whitespace sees a paragraph as one word. The
cleaner counts such runs by their length and the reuse step reads them a character
at a time; both take the characters from here, so they agree on what the scripts are.
"""

from __future__ import annotations

#: Hiragana, Katakana, CJK ideographs (with extension A and compatibility forms), as the
#: body of a regular-expression character class.
UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

#: Capital letters a sentence may start with, as the body of a character class: Latin
#: (with Latin-1 and Latin Extended-A, where Ł, Š and Ž stand), Greek and Cyrillic. The
#: reuse step cut sentences only before A–Z and À–Þ, so a Russian article was one
#: sentence and its translation of an English report could seed nothing.
CAPITALS = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u0386-\u038f\u0391-\u03a9\u0400-\u042f"
