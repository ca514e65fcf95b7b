"""Text repair: mojibake, odd whitespace, words broken by line ends or stray spaces."""

from __future__ import annotations

import html
import re

import ftfy

from copydesk.wordfreqs import zipf

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
#: A word broken over a line end. It starts at a word's start: without the anchor a run
#: of 200,000 letters was rescanned from each of its letters (3 minutes; a security probe).
_HYPHEN_BREAK = re.compile(r"(?<!\w)(\w+)-\n\s*([a-z]\w*)")
#: "L avrov": a scraper dropped a space into a name. Only the first letter is
#: split off, and the join is made only when the whole word occurs elsewhere in
#: the same article, so "I am" or "A man" are never joined.
_SPLIT_WORD = re.compile(r"\b([A-Z]) ([a-z]{2,})\b")
#: "I ran" next to "Iran", "A dam" next to "Adam": a one-letter word before a word.
_ONE_LETTER_WORDS = frozenset("AI")
_NAME_NEXT = re.compile(r" (?-i:[A-Z])[a-z]")
#: Zipf frequency from which the rest is taken as an English word of its own.
_WORD_ZIPF = 3.0


#: Characters no article needs and a page must not show: C0 controls but tab and line
#: ends (a NUL byte made pages "binary"), and the bidirectional overrides and isolates,
#: which can show "DETACILPUD" as "DUPLICATED" or a site "news\u202eevil" as "newslive".
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
#: A vertical tab or form feed separates words like a space.
_BREAKS = str.maketrans({"\x0b": " ", "\x0c": " "})


def strip_invisible(value: str) -> str:
    """``value`` without control characters and bidirectional overrides."""
    return _INVISIBLE.sub("", value.translate(_BREAKS))


#: An HTML entity left in text its reader has decoded once: a bad export's double
#: encoding ("&amp;#8217;" read as "&#8217;"; WordPress titles and feeds write them).
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: What a left-over entity may not be decoded to: a page that shows "&lt;b&gt;" means the
#: characters, not markup (a visual probe's "&amp;lt;b&amp;gt;" had become "<b>").
_MARKUP = frozenset("<>")


def decode_leftover_entities(text: str) -> str:
    """``text`` with the entities a double encoding left decoded ("Harbour&#8217;s",
    "Lit &amp; Ready", "&ldquo;", "6:40&nbsp;am": a regression probe found them raw in
    titles and text once the readers decoded only once), except those of "<" and ">",
    which a page means to show."""
    def one(m: re.Match[str]) -> str:
        decoded = html.unescape(m.group())
        return m.group() if decoded in _MARKUP or decoded == m.group() else decoded

    if "&" not in text:
        return text
    for _ in range(3):  # "&amp;amp;#8217;": each pass takes one layer
        decoded = _ENTITY.sub(one, text)
        if decoded == text:
            break
        text = decoded
    return text


def repair_text(text: str) -> str:
    """Fix encoding damage and whitespace; keep line structure."""
    text = decode_leftover_entities(strip_invisible(text))
    # Pure ASCII cannot hold mojibake; skipping ftfy there halves cleaning time. Full-width
    # forms are kept: they are how Chinese and Japanese write "，", "％" and "！", and a
    # quote is cited as written (the reuse step reads full-width digits as digits). HTML
    # entities are the readers' to decode, once (ingest/text.py): ftfy decodes until
    # none is left, so "&amp;lt;b&amp;gt;", which a page shows as "&lt;b&gt;", was "<b>".
    fixed = (
        text if text.isascii()
        else ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False,
                           fix_character_width=False, unescape_html=False)
    )
    fixed = fixed.replace("\r\n", "\n").replace("\r", "\n")
    fixed = _HYPHEN_BREAK.sub(_join_hyphen, fixed)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in fixed.split("\n"))


def _join_hyphen(m: re.Match[str]) -> str:
    # "inter-\nnational" → "international"; a real compound keeps its hyphen
    # only when the line break was not in it, which we cannot see, so we join
    # lowercase continuations (the common case of typesetting breaks).
    return m.group(1) + m.group(2)


def rejoin_split_words(text: str) -> str:
    """Join "L avrov" to "Lavrov" when "Lavrov" appears elsewhere in the text."""
    words = set(re.findall(r"\b[A-Z][a-z]{2,}\b", text))

    def join(m: re.Match[str]) -> str:
        joined = m.group(1) + m.group(2)
        if joined not in words:
            return m.group(0)
        # "I van Smith" is a drop cap in a name ("Ivan Smith"); "I ran to" is two words.
        name_follows = bool(_NAME_NEXT.match(text, m.end()))
        if not name_follows and _two_words(m.group(1), m.group(2)):
            return m.group(0)
        return joined

    return _SPLIT_WORD.sub(join, text)


def _two_words(letter: str, rest: str) -> bool:
    """Whether "I ran" is the pronoun and a verb, not a broken "Iran"."""
    return letter in _ONE_LETTER_WORDS and zipf(rest, "en") >= _WORD_ZIPF
