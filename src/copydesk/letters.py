"""Letters Unicode gives no base letter: "ı", "ł", "ø", "đ" and "ß" keep no "i", "l",
"o", "d" or "ss" once NFKD has split the marks off the others (é → e + ´).

Every fold of a name for comparison reads them through :func:`plain_letters` first: the
entity keys had turned the Turkish minister "Arıkan" into two words, "ar kan", apart from
the "Arikan" of English copies (a real-names probe), and "Łódź" into "odz".
"""

from __future__ import annotations

import re

_PLAIN = str.maketrans({
    "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d",
    "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
    "ß": "ss", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T", "ĸ": "k",
})


def plain_letters(text: str) -> str:
    """``text`` with each letter that has no decomposition written as plain Latin."""
    return text if text.isascii() else text.translate(_PLAIN)


# ------------------------------------------------------------------- Cyrillic

#: Russian letters in Latin as the English press writes Russian names (BGN/PCGN, without
#: its marks): "Лавров" Lavrov, "Захарова" Zakharova, "Щербаков" Shcherbakov.
_RUSSIAN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", (
    "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya").split(),
    strict=True))
#: Ukrainian letters as its official romanisation writes them (2010), which the English
#: press follows for Ukrainian names: "Шмигаль" Shmyhal, "Київ" Kyiv, "Зеленський"
#: Zelenskyi (г is h, и is y, і is i). (A Ukrainian letter read the Russian way first.)
_RUSSIAN.update(zip("ґєії", "g e i i".split(), strict=True))
_UKRAINIAN = {**_RUSSIAN, **dict(zip("гґєиіїйюя", "h g ie y i i i iu ia".split(), strict=True))}
#: How a word opening with these letters writes them instead ("Єрмак" Yermak, "Юлія" Yuliia;
#: "Ельцин" Yeltsin).
_UKRAINIAN_FIRST = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_RUSSIAN_FIRST = {"е": "ye"}
#: Letters only Ukrainian writes: a word with one is romanised the Ukrainian way.
UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]+")
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff'’ʼ]+")


def has_cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is not None


def romanised(text: str, ukrainian: bool | None = None) -> str:
    """``text`` with its Cyrillic words in Latin letters, each word the Ukrainian way when
    ``ukrainian`` (None: when the word has a letter only Ukrainian writes), else the
    Russian way. The keys of names are made of Latin letters, so a Russian or Ukrainian
    article's "Блинкен" had no key at all, and could meet no "Blinken"."""
    if text.isascii() or not has_cyrillic(text):
        return text
    return _CYRILLIC_WORD.sub(lambda m: _romanised_word(m.group(0), ukrainian), text)


def _romanised_word(word: str, ukrainian: bool | None) -> str:
    if ukrainian is None:
        ukrainian = any(c in UKRAINIAN_LETTERS for c in word)
    letters, first = (_UKRAINIAN, _UKRAINIAN_FIRST) if ukrainian else (_RUSSIAN, _RUSSIAN_FIRST)
    out = []
    for i, c in enumerate(word):
        low = c.lower()
        latin = (first.get(low) if i == 0 else None) or letters.get(low, "")
        latin = "" if latin == "-" else latin
        out.append(latin.capitalize() if c != low else latin)
    return "".join(out)


#: The English vowels a silent final "e" lengthens ("Kate", "Mike", "Rose", "Luke"), as
#: Russian and Ukrainian write their sound by ear, romanised: "Кейт", "Майк", "Роуз",
#: "Люк". Entities read an English name as it sounds (``extract.heard_names``), stories a
#: Cyrillic one as English spells it (``stories.cyrillic``): one table for both ways.
LONG_VOWELS_HEARD = {"a": ("ey", "ei"), "i": ("ay", "ai"), "o": ("ou",), "u": ("yu", "iu")}
