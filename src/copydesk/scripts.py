"""Writing systems that leave no space between words.

Chinese and Japanese text is a run of ideographs and kana with no spaces, so every
rule that counts or splits words by whitespace sees a paragraph as one word. The
cleaner counts such runs by their length and the reuse step reads them a character
at a time; both take the characters from here, so they agree on what the scripts are.
"""

from __future__ import annotations

#: Hiragana, Katakana, CJK ideographs (with extension A and compatibility forms), as the
#: body of a regular-expression character class.
UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
