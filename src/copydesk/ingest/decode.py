"""Bytes → text: UTF-8 first, then a detected legacy encoding, never a crash.

Scraped text arrives in cp1252 and latin-1 as often as in UTF-8. Rejecting it
would lose articles, and decoding it as UTF-8 with replacement would lose every
accented letter, so a charset detector (charset-normalizer) picks the encoding
when UTF-8 fails; binary content (NUL bytes, no plausible encoding) is refused.
"""

from __future__ import annotations

import re

import charset_normalizer

from copydesk.errors import InputError

#: Characters that XML (and so lxml, under trafilatura) refuses: C0 controls other than
#: tab and line breaks, lone surrogates, and the two non-characters U+FFFE/U+FFFF.
_XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Drop characters no HTML page means and lxml cannot hold (they raise deep inside it)."""
    return _XML_INCOMPATIBLE.sub("", text)

#: How much of a file is inspected to tell text from binary.
SNIFF_BYTES = 8192


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first block mean binary.

    UTF-16 text also has NULs; it is rare in scraped news and a detector would
    accept it, so it is decoded when it carries a byte-order mark.
    """
    head = data[:SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return bool(head) and controls / len(head) > 0.05


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name); raise InputError for binary or undecodable data."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if looks_binary(data):
        raise InputError("binary content (NUL or control bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data[: 4 * 1024 * 1024]).best()
    if best is None or best.encoding is None:
        raise InputError("not text in any known encoding")
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputError(f"could not decode as {best.encoding}: {exc}") from exc
