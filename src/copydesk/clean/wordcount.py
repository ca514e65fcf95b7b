"""Counting words in a line, for scripts written with and without spaces.

The cleaner's rules are in words (a headline has 3 to 30, prose 25 or more, an
article at least 5). Chinese and Japanese leave no space between words, so a whole
paragraph is one "word" to ``str.split`` and every article in them was rejected as
having no text. Their runs of ideographs and kana count one word per
``CHARS_PER_WORD`` characters instead: modern Chinese words average under two
characters, so this undercounts a little rather than taking a menu for prose.
"""

from __future__ import annotations

import re

from copydesk.scripts import UNSPACED

#: Characters per word in a run of Han ideographs, Hiragana or Katakana.
CHARS_PER_WORD = 2
_UNSPACED = re.compile(f"[{UNSPACED}]+")


def count_words(line: str) -> int:
    """Words in ``line``: whitespace-separated, and runs of unspaced scripts by length."""
    n = len(line.split())
    if line.isascii():
        return n
    for run in _UNSPACED.findall(line):
        n += -(-len(run) // CHARS_PER_WORD) - 1  # the run already counted once
    return max(n, 0)
