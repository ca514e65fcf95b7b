"""An article's title as every page and record shows it: one rule for the story record,
the report's and the web app's pages.

A scraper often gives no headline. Each place had made one of its own from the text,
each cut mid-word somewhere else and without a mark of the cut: a story was titled
"… under new canvas ro", its sources list said "… with fort", and the article's own
page "(untitled)". An untitled article is now "(untitled)" and the opening words of its
text, cut at a word and ended with "…" when the text goes on; a long title is cut at a
word with "…" too.
"""

from __future__ import annotations

#: A title shown in full up to this many characters: a probe's hostile page had a
#: title of 3,000 characters, which filled the screen (it wrapped, but said nothing more).
MAX_TITLE = 300
#: The excerpt that stands for a missing title, at most (about a headline's length).
EXCERPT_CHARS = 80
UNTITLED = "(untitled)"
#: What a cut excerpt does not end with before its "…".
_TRAILING = " ,;:-–—"


def cut_at_word(text: str, limit: int) -> tuple[str, bool]:
    """``text`` (whitespace collapsed) to at most ``limit`` characters, cut before the word
    that does not fit, and whether it was cut. Text without a space there (Chinese,
    Japanese, one long address) is cut at the limit."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text, False
    head = text[:limit]
    if text[limit] != " " and " " in head:
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(_TRAILING), True


def shown_title(title: str | None, text: str = "") -> str:
    """The title to show: the article's own, or "(untitled)" and the opening words of its
    text's first line (a scraped text's first line is most often its headline)."""
    if title and title.strip():
        shown, cut = cut_at_word(title, MAX_TITLE)
        return shown + "…" * cut
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    excerpt, cut = cut_at_word(first_line, EXCERPT_CHARS)
    more = cut or first_line.strip() != text.strip()
    return f"{UNTITLED} {excerpt}{'…' * more}" if excerpt else UNTITLED


__all__ = ["EXCERPT_CHARS", "MAX_TITLE", "UNTITLED", "cut_at_word", "shown_title"]
