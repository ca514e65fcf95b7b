"""Finding direct quotations in a text (who said them is :mod:`copydesk.extract.quotes`).

Scraped copies mix straight and curly marks and sometimes use the closing mark to open
(machine translation), so double marks (" “ ” „ « ») are paired by toggling within a
paragraph rather than by direction; single curly marks (‘…’) count only where they
cannot be apostrophes. A paragraph that ends inside a quote and a next paragraph that
opens with a mark is the newswire convention for a quote running over paragraphs: one
quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Double quotation marks of every kind, paired by toggling (see the module doc).
DOUBLE_MARKS = frozenset('"“”„«»')
_MARK = re.compile('["“”„«»‘’\']')
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quotation's marks and content: content is text[start:end]."""

    open: int
    close: int
    start: int
    end: int


def find_quote_spans(text: str, min_words: int = 3) -> list[QuoteSpan]:
    """Direct quotations in ``text``, in order, multi-paragraph ones joined."""
    spans: list[QuoteSpan] = []
    pending: tuple[int, int] | None = None  # (open mark, content start) running over paragraphs
    pos = 0
    for para in re.split(r"(\n)", text):
        if para == "\n" or not para.strip():
            pos += len(para)
            continue
        found, tail = _paragraph_quotes(para, pos, continuing=pending)
        spans.extend(found)
        pending = tail
        pos += len(para)
        if pending is not None and not _continues(text, pos):
            pending = None
    contents = [(s, text[s.start:s.end]) for s in spans]
    return [s for s, c in contents if len(_WORD.findall(c)) >= min_words and not _is_title(c)
            and not _named_not_said(text, s, c)]


#: Words before a quotation that make it a name, a title or a label, not words someone
#: said: "the so-called "efficiency review"", "a petition titled "Keep the Vale Moving"",
#: "known to fans as "The Hammer"", "nicknamed", "signed only", "under the banner",
#: "what the prison calls". Not "with the words "back soon"": a post's words are said.
_NAMING_BEFORE = re.compile(
    r"(?:\bso-called|\bso\s+called|\bdubbed|\bnicknamed|\bknown\s+(?:[\w\s]{0,30}?\s)?as"
    r"|\b(?:en)?titled|\bsigned(?:\s+only)?|\bunder\s+the\s+(?:banner|slogan|name|title)"
    r"|\bthe\s+(?:word|phrase|term|slogan|motto|label|hashtag)"
    r"|\bwhat\s+(?:\S+\s+){1,3}calls)"
    r"\s*[,:]?\s*$", re.IGNORECASE)
#: A work's noun before a quoted title: "Worth's previous novel, “Lanterns for the
#: Drowned”", "her latest album, "Paper Harbour"".
_WORK_BEFORE = re.compile(
    r"\b(?:novel|book|memoir|film|album|song|play|poem|series|column|documentary"
    r"|exhibition|programme|program|opera|symphony|piece)\s*,?\s*$", re.IGNORECASE)


def _named_not_said(text: str, span: QuoteSpan, content: str) -> bool:
    """Whether a quotation names something rather than reports what someone said (an
    English quotes probe: 10 of 24 such strings read as quotes, and five given to a
    person): after a naming word, or a work's title after the work's noun. Title case
    only after a work's noun ("the book, "a good read"", a verdict, stays a quote)."""
    before = text[max(0, span.open - 50):span.open]
    if _NAMING_BEFORE.search(before):
        return True
    words = _WORD.findall(content)
    capitalised = sum(1 for w in words if w[0].isupper())
    return bool(_WORK_BEFORE.search(before)) and capitalised * 2 >= len(words)


def _is_title(content: str) -> bool:
    """A quoted name, not a statement: every word capitalised or a number, four words at
    most, no closing punctuation ("Neptune 22", "Operation Iron Gate"; not "Never Again!"
    or "We Are Ready," before its speaker)."""
    words = _WORD.findall(content)
    return len(words) <= 4 and all(w[0].isupper() or w.isdigit() for w in words) \
        and not content.rstrip().endswith(("!", "?", ".", ","))


def _continues(text: str, pos: int) -> bool:
    """Whether the next non-blank paragraph after ``pos`` opens with a quote mark."""
    rest = text[pos:pos + 10].lstrip()
    return bool(rest) and rest[0] in DOUBLE_MARKS


def _paragraph_quotes(
    para: str, offset: int, continuing: tuple[int, int] | None
) -> tuple[list[QuoteSpan], tuple[int, int] | None]:
    found: list[QuoteSpan] = []
    i = 0
    stripped = len(para) - len(para.lstrip())
    open_at: tuple[int, int] | None = None
    if continuing is not None and para.strip() and para.lstrip()[0] in DOUBLE_MARKS:
        open_at = continuing
        i = stripped + 1
    single: int | None = None
    for mark in _MARK.finditer(para, i):
        i = mark.start()
        c = mark.group(0)
        if c in DOUBLE_MARKS:
            if open_at is None:
                open_at = (offset + i, offset + i + 1)
            else:
                found.append(QuoteSpan(open_at[0], offset + i, open_at[1], offset + i))
                open_at = None
            single = None
        elif c in "’'" and single is not None and not para[i - 1].isspace() and (
                i + 1 >= len(para) or not para[i + 1].isalpha()) and (
                c == "’" or para[i - 1] in ",.!?;:…"):
            found.append(QuoteSpan(offset + single, offset + i, offset + single + 1, offset + i))
            single = None
        elif c in "‘'" and open_at is None and (i == 0 or not para[i - 1].isalnum()) and (
                c == "‘" or (i + 1 < len(para) and para[i + 1].isalpha())):
            # Straight marks as British papers write them ('We will stay,' she said): one
            # between letters is an apostrophe (don't, O'Brien) and opens nothing, nor does
            # one before a digit (the '90s); a straight closing mark follows the quote's own
            # punctuation, so a plural possessive (the teachers' union) or scare quotes
            # ('stealth tax') close nothing, and an opening one left open is dropped at the
            # paragraph's end.
            single = i
    return [_trimmed(s, para, offset) for s in found], open_at


def _char_at(para: str, offset: int, position: int) -> str:
    """The character at a text position, if it lies in this paragraph (else "")."""
    i = position - offset
    return para[i] if 0 <= i < len(para) else ""


def _trimmed(span: QuoteSpan, para: str, offset: int) -> QuoteSpan:
    start, end = span.start, span.end
    while start < end and _char_at(para, offset, start).isspace():
        start += 1  # "« Nous …»": the space French puts inside the marks
    # Content offsets may start in an earlier paragraph; only trim inside this one.
    while end > start and end - offset - 1 >= 0 and para[end - offset - 1].isspace():
        end -= 1
    return QuoteSpan(span.open, span.close, start, end)
