"""Small numbers written as words, in the languages copydesk reads.

A translation keeps its figures, and that is how reuse finds one: names and numbers in
the same order on both sides (``reuse.fingerprints.skeleton_items``). News writes small
counts in words, and so does its translator ("Four workers were killed and 15 others
were injured" / "Quatre ouvriers ont été tués et quinze autres ont été blessés"), so a
French translation of a wire report shared only two sentences' names with it and was
counted as an independent source (a standards-desk probe). Single words only, two to
twenty and the tens: "one" and its kin are articles as often as numbers, and words
that are also common words of their language are left out (French "neuf", new;
Italian "sei", you are). The extract step's tables read more (compounds, "une
trentaine"); these are for matching, not for reading a value.
"""

from __future__ import annotations

_TENS = {
    "en": "twenty thirty forty fifty sixty seventy eighty ninety",
    "fr": "vingt trente quarante cinquante soixante",
    "de": "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
    "es": "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
    "it": "venti trenta quaranta cinquanta sessanta settanta ottanta novanta",
    "pt": "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
    "nl": "twintig dertig veertig vijftig zestig zeventig tachtig negentig",
}

#: Two to nineteen, in order; "-" holds the place of a word left out.
_SMALL = {
    "en": "two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen",
    "fr": "deux trois quatre cinq six sept huit - dix onze douze treize quatorze quinze "
          "seize dix-sept dix-huit dix-neuf",
    "de": "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn "
          "fünfzehn sechzehn siebzehn achtzehn neunzehn",
    "es": "dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
          "dieciséis diecisiete dieciocho diecinueve",
    "it": "due tre quattro cinque - sette otto nove dieci undici dodici tredici quattordici "
          "quindici sedici diciassette diciotto diciannove",
    "pt": "dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze "
          "dezesseis dezessete dezoito dezenove",
    "nl": "twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien "
          "vijftien zestien zeventien achttien negentien",
}

#: Other spellings of the same numbers.
_VARIANTS = {"pt": {"duas": 2, "quatorze": 14, "dezasseis": 16, "dezassete": 17,
                    "dezanove": 19}}


def _table(language: str) -> dict[str, int]:
    words = {w: n for n, w in enumerate(_SMALL[language].split(), start=2) if w != "-"}
    words.update({w: 10 * n for n, w in enumerate(_TENS[language].split(), start=2)})
    words.update(_VARIANTS.get(language, {}))
    return words


SMALL_NUMBERS: dict[str, dict[str, int]] = {lang: _table(lang) for lang in _SMALL}


def number_word(word: str, language: str | None) -> int | None:
    """The number ``word`` writes in ``language`` (any case), or None."""
    return SMALL_NUMBERS.get(language or "en", {}).get(word.lower())


__all__ = ["SMALL_NUMBERS", "number_word"]
