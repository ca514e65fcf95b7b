"""Letters Unicode gives no base letter: "ı", "ł", "ø", "đ" and "ß" keep no "i", "l",
"o", "d" or "ss" once NFKD has split the marks off the others (é → e + ´).

Every fold of a name for comparison reads them through :func:`plain_letters` first: the
entity keys had turned the Turkish minister "Arıkan" into two words, "ar kan", apart from
the "Arikan" of English copies (a real-names probe), and "Łódź" into "odz".
"""

from __future__ import annotations

_PLAIN = str.maketrans({
    "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d",
    "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
    "ß": "ss", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T", "ĸ": "k",
})


def plain_letters(text: str) -> str:
    """``text`` with each letter that has no decomposition written as plain Latin."""
    return text if text.isascii() else text.translate(_PLAIN)
