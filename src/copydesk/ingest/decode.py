"""Bytes → text: UTF-8 first, then a detected legacy encoding, never a crash.

Scraped text arrives in cp1252 and latin-1 as often as in UTF-8. Rejecting it
would lose articles, and decoding it as UTF-8 with replacement would lose every
accented letter, so a charset detector (charset-normalizer) picks the encoding
when UTF-8 fails; binary content (NUL bytes, no plausible encoding) is refused.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter

import charset_normalizer

from copydesk.errors import InputError
from copydesk.scripts import latin_only
from copydesk.wordfreqs import zipf

#: Characters that XML (and so lxml, under trafilatura) refuses: C0 controls other than
#: tab and line breaks, lone surrogates, and the two non-characters U+FFFE/U+FFFF.
_XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Drop characters no HTML page means and lxml cannot hold (they raise deep inside it)."""
    return _XML_INCOMPATIBLE.sub("", text)

#: How much of a file is inspected to tell text from binary.
SNIFF_BYTES = 8192


#: NUL bytes a text's first block may hold and still be text (the cleaner drops them): one
#: NUL from a broken copy rejected a whole article as binary, while NULs further on were
#: dropped. Binary formats hold many in their first kilobytes.
MAX_STRAY_NULS = 2


def looks_binary(data: bytes) -> bool:
    """More than a stray NUL byte or two, or many control characters, in the first block
    mean binary.

    UTF-16 text also has NULs: it is decoded before this test when it carries a
    byte-order mark or its NULs sit at one parity (:func:`_utf16_without_bom`).
    """
    head = data[:SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if head.count(b"\x00") > MAX_STRAY_NULS:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return bool(head) and controls / len(head) > 0.05


#: A run of NUL bytes this long at a file's end is padding (a preallocated or partly
#: flushed download), not text: an input probe's article with 4 KB of them was
#: rejected whole as binary.
MIN_NUL_PADDING = 64


def _without_nul_padding(data: bytes) -> bytes:
    stripped = data.rstrip(b"\x00")
    if len(data) - len(stripped) < MIN_NUL_PADDING or not stripped:
        return data
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) and len(stripped) % 2:
        stripped += b"\x00"  # UTF-16 keeps its last character's pair whole
    return stripped


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Return (text, encoding name); raise InputError for binary or undecodable data.

    The order: a byte-order mark; UTF-8; UTF-8 with a few stray bytes (an ad's
    cp1252 byte in a UTF-8 page, read as cp1252: decoding the page as something else
    turned every "é" into "Ã©"); the charset the server ``declared``; UTF-8 lines with a
    Latin-1 line pasted in, each line in its own encoding; cp1252 for text
    whose only non-ASCII bytes are smart quotes, dashes, £ and the like (a detector
    guesses Mac Roman or Shift_JIS from one "’"); the detector for the rest, unless it
    picks another Latin code page whose letters no one language has together while
    cp1252's are one language's (an ingest probe's Norwegian, French, Spanish and German
    files read as cp1250: "Jřrn Hĺkonsen", "Anders Mřller").
    """
    data = _without_nul_padding(data)
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if (wide := _utf16_without_bom(data)) is not None:
        return wide
    if data.startswith(b"PAR1"):
        # A Parquet table found in a folder (a parity probe: "binary content" gave no hint
        # that Parquet is read at all).
        raise InputError("a Parquet file, not text: give it as an input of its own to "
                         "the Spark engine (copydesk run FILE.parquet --engine spark); "
                         "the local engine does not read Parquet")
    if data[:64].lstrip().startswith(b"%PDF-"):
        # (an input probe: a compressed PDF was "not text in any known encoding", an
        # uncompressed one was stored as an article of "%PDF-1.4 … obj <<")
        raise InputError("a PDF: copydesk reads no PDF (convert it to text first, e.g. "
                         "with pdftotext)")
    if data[:64].lstrip().startswith(b"{\\rtf"):
        raise InputError("an RTF document: copydesk reads no RTF (save it as plain text or "
                         "HTML first)")
    if looks_binary(data):
        raise InputError("binary content (NUL or control bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if (mostly := _mostly_utf8(data)) is not None:
        return mostly, "utf-8"
    if (encoding := _codec(declared)) is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            pass
        else:
            # A server that names the wrong Latin code page: cp1252 bytes declared as
            # windows-1250 read "Café Lumičre on Brückner Street" with no error (a crawl
            # probe). The same test as for the detector's guess below.
            western = _as_cp1252(data) if encoding not in _WESTERN else None
            if western is not None and latin_only(text) and _prefer_cp1252(western, text):
                return western, "cp1252"
            return text, encoding
    if (mixed := _utf8_by_line(data)) is not None:
        return mixed, "utf-8+cp1252"
    if _western_punctuation(data):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    best = charset_normalizer.from_bytes(data[: 4 * 1024 * 1024]).best()
    if best is None or best.encoding is None:
        raise InputError("not text in any known encoding")
    try:
        guessed = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputError(f"could not decode as {best.encoding}: {exc}") from exc
    western = _as_cp1252(data)
    if western is not None and best.encoding != "cp1252" and (
            _prefer_cp1252(western, guessed) if latin_only(guessed)
            # another script's code page for a text whose cp1252 letters are all one
            # language's ("Le pont à Brest." was read as Urdu, cp1006)
            else _all_one_language(western)):
        return western, "cp1252"
    return guessed, best.encoding


#: The accented letters of the languages written in Latin-script code pages, lower case.
#: A text in one language uses one of these sets; the same bytes read in the wrong code
#: page give letters of several ("Jørn Håkonsen" read as cp1250 is "Jřrn Hĺkonsen": ř
#: is Czech, ĺ Slovak, and no language has both).
_ALPHABETS: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (language, frozenset(letters)) for language, letters in (
        ("fr", "àâæçéèêëîïôœùûüÿ"), ("de", "äöüß"), ("es", "áéíñóúü"), ("it", "àèéìíîòóù"),
        ("pt", "àáâãçéêíóôõú"), ("nl", "éëïèöü"), ("sv", "åäöé"), ("nb", "æøåéó"),
        ("is", "áðéíóúýþæö"), ("fi", "äöå"), ("ca", "àçèéíïòóúü"), ("pl", "ąćęłńóśźż"),
        ("cs", "áčďéěíňóřšťúůýž"), ("sk", "áäčďéíĺľňóôŕšťúýž"), ("hu", "áéíóöőúüű"),
        ("ro", "ăâîșțşţ"), ("sh", "čćđšž"), ("sl", "čšž"), ("lt", "ąčęėįšųūž"),
        ("lv", "āčēģīķļņšūž"), ("et", "äõöüšž"), ("tr", "çğıöşüâî"),
    ))


def _accented(text: str) -> Counter[str]:
    """A text's accented letters, and the signs inside its words ("zdecydowa³a", Polish
    read as cp1252), which are letters of no alphabet."""
    low = text.lower()
    inside = (c for i, c in enumerate(low) if 0 < i < len(low) - 1
              and low[i - 1].isalpha() and low[i + 1].isalpha())
    letters = Counter(c for c in low if c.isalpha() and not c.isascii())
    letters.update(c for c in inside if not c.isascii() and not c.isalpha())
    return letters


def _alphabet_fit(text: str) -> tuple[float, list[str]]:
    """The share of a text's accented letters that one language's alphabet holds, and
    the languages whose alphabets hold that share."""
    letters = _accented(text)
    total = sum(letters.values())
    if not total:
        return 1.0, []
    fits = {language: sum(n for c, n in letters.items() if c in alphabet) / total
            for language, alphabet in _ALPHABETS}
    best = max(fits.values())
    return best, [language for language, fit in fits.items() if fit == best]


def _all_one_language(text: str) -> bool:
    """Whether a text has accented letters and one language's alphabet holds them all."""
    fit, languages = _alphabet_fit(text)
    return fit == 1.0 and bool(languages)


def _prefer_cp1252(western: str, guessed: str) -> bool:
    """Whether the cp1252 reading fits one language's alphabet better than the
    detector's; on a tie (French "à" is Slovak "ŕ", Polish "ę" is French "ê"), whether
    more of its accented words are words of its languages (a regression probe's short
    Polish "będzie zamknięty" had become "bêdzie zamkniêty")."""
    (fit_w, langs_w), (fit_g, langs_g) = _alphabet_fit(western), _alphabet_fit(guessed)
    if fit_w != fit_g:
        return fit_w > fit_g
    return _known_share(western, langs_w) >= _known_share(guessed, langs_g)


def _known_share(text: str, languages: list[str]) -> float:
    """The share of a text's words with accented letters that one of ``languages``
    knows (the first 300 such words)."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text) if not w.isascii()][:300]
    if not words or not languages:
        return 0.0
    known = sum(any(zipf(w, language) > 0 for language in languages[:3]) for w in words)
    return known / len(words)


#: Codecs whose reading a cp1252 reading is no fix for (the same letters, or a superset).
_WESTERN = frozenset({"cp1252", "latin_1", "iso8859-1", "iso8859_1", "ascii", "utf-8"})


def _as_cp1252(data: bytes) -> str | None:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


#: NUL bytes a block must have, nearly all at one parity, to be read as UTF-16.
UTF16_MIN_NULS = 8


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text saved without a byte-order mark (Windows tools do), as (text, codec).

    Its ASCII characters (spaces, digits, punctuation in any script) put a NUL byte
    at every other position, the odd ones little-endian, the even ones big-endian;
    binary data has NULs at both. The text must also decode (no lone surrogate) and
    hold almost no control characters, else it is left to the binary test."""
    codec = _utf16_by_parity(data[:SNIFF_BYTES])
    if codec is None:
        return None
    try:
        text = data[: len(data) // 2 * 2].decode(codec)
    except UnicodeDecodeError:
        return None
    sample = text[:SNIFF_BYTES]
    controls = sum(1 for c in sample if c < " " and c not in "\t\n\r")
    return None if controls > len(sample) // 100 else (text, codec)


def utf16_codec(head: bytes) -> str | None:
    """The UTF-16 codec of a text starting with ``head`` (its first block), or None: by
    its byte-order mark, else by where its NULs sit (see :func:`_utf16_without_bom`)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    return _utf16_by_parity(head[:SNIFF_BYTES])


def _utf16_by_parity(head: bytes) -> str | None:
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd >= UTF16_MIN_NULS and even <= odd // 50:
        return "utf-16-le"
    if even >= UTF16_MIN_NULS and odd <= even // 50:
        return "utf-16-be"
    return None


#: At most this many undecodable bytes per well-formed multi-byte UTF-8 character.
STRAY_PER_UTF8 = 0.2
#: Most non-ASCII bytes a text may have to be taken for English with smart quotes.
FEW_BYTES = 64


#: Stray bytes a UTF-8 text may hold however few its multi-byte characters: a Windows
#: editor's "é" beside two curly quotes was decoded whole as a Mac code page
#: ("‚Äúwe are pleased‚ÄĚ … cafť").
MAX_STRAY_BYTES = 2


def _stray_as_cp1252(exc: UnicodeError) -> tuple[str, int]:
    """A codec error handler: a byte that is not UTF-8 is read as cp1252 (what a stray
    byte in a UTF-8 file almost always is), or U+FFFD where cp1252 has no character."""
    assert isinstance(exc, UnicodeDecodeError)
    byte = exc.object[exc.start:exc.start + 1]
    return byte.decode("cp1252", errors="replace"), exc.start + 1


codecs.register_error("copydesk-stray-cp1252", _stray_as_cp1252)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few bytes that are not (a cp1252 "é" pasted in), its stray bytes read
    as cp1252: when its well-formed multi-byte characters outnumber them enough."""
    replaced = data.decode("utf-8", errors="replace")
    stray = replaced.count("\ufffd")
    wide = len(replaced) - len(replaced.encode("ascii", "ignore")) - stray
    if wide < 1 or stray > max(MAX_STRAY_BYTES, STRAY_PER_UTF8 * wide):
        return None
    return data.decode("utf-8", errors="copydesk-stray-cp1252")


def _utf8_by_line(data: bytes) -> str | None:
    """A file pasted together from UTF-8 and Latin-1 parts (a UTF-8 article with a line
    added by a Windows tool): each line in the encoding it is valid in, when some lines
    hold UTF-8's multi-byte letters, more of them than lines that are not UTF-8, and no
    charset was declared. Decoded whole as a
    single-byte code page, the UTF-8 lines' "ü" became "ĂĽ", and the headline kept it."""
    lines = data.split(b"\n")
    out: list[str] = []
    wide = broken = 0
    for line in lines:
        try:
            text = line.decode("utf-8")
            wide += not line.isascii()
        except UnicodeDecodeError:
            text = line.decode("cp1252", errors="replace")
            broken += 1
        out.append(text)
    # Most lines with letters beyond ASCII must be UTF-8: in GB18030 or Shift_JIS text a
    # short line ("图 1") is valid UTF-8 by chance, and the rest is not.
    return "\n".join(out) if broken and wide > broken else None


#: cp1252's typographic bytes (€ ‚ „ … ‘ ’ “ ” • – — ™) and the Latin-1 signs English
#: text uses (no-break space, £, ©, ®, °, ·). In Central European and Cyrillic code
#: pages these bytes are letters, but such texts also hold other letters outside this
#: set (ł is 0xB3, ś 0x9C, Cyrillic 0xC0–0xFF), so a text whose only non-ASCII bytes are
#: these is English with smart quotes: a detector guessed Mac Roman or Shift_JIS from one.
_CP1252_PUNCTUATION = frozenset(
    [0x80, 0x82, 0x84, 0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x99,
     0xA0, 0xA3, 0xA9, 0xAE, 0xB0, 0xB7])


def _western_punctuation(data: bytes) -> bool:
    high = data.translate(None, _ASCII)  # the non-ASCII bytes, counted in C
    return 0 < len(high) <= FEW_BYTES and set(high) <= _CP1252_PUNCTUATION


_ASCII = bytes(range(0x80))


def _codec(name: str | None) -> str | None:
    """A declared charset Python knows ("ISO-8859-1" means cp1252, as browsers read it)."""
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
        return "cp1252"
    if name.startswith(("utf-16", "utf16", "utf-32", "utf32")):
        return None  # an 8-bit page that says so is wrong (browsers ignore it too)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{2,40})""",
                           re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.-]{2,40})", re.IGNORECASE)


def page_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset a page declares: its server's Content-Type header, else its own
    ``<meta charset>`` or ``http-equiv`` tag in the first 4 KB."""
    if content_type and (header := _HEADER_CHARSET.search(content_type)):
        return header.group(1)
    if meta := _META_CHARSET.search(data[:4096]):
        return meta.group(1).decode("ascii")
    return None
