"""Quantities in news text: number, unit, qualifier and what is counted.

Public entry (pure, no model needed)::

    find_quantities(text: str, article_id: str) -> list[Quantity]

    parse_quantity(text: str) -> Quantity | None     # one phrase, for tests and tools

Why our own parser: quantulum3 crashes with current scikit-learn and reads
"90 minutes" as minutes of arc, text2num reads "tens of thousands" as "10 of
1000" (see DEPENDENCIES.md). News numbers come in a small number of shapes, so
a token-level parser over those shapes is both more correct and ~100x faster
than a model:

- digits with Western or Indian grouping ("100,000", "1,00,000"), decimals, and
  a scale word ("$1.5 billion", "200 million", "5bn", "3 lakh", "2 crore");
- written numbers ("two", "twenty-five", "a dozen", "two hundred", "half a million");
- vague magnitudes as ranges, [low, high): "hundreds" = [100, 1000),
  "tens of thousands" = [10000, 100000), "dozens" = [24, 144);
- explicit ranges ("10-20", "10 to 20 million", "between 10 and 20");
- qualifiers normalised to: about, more than, less than, nearly, up to, at least;
- units: currencies (symbol or word, as ISO codes), percent, time, distance,
  mass, area, volume, energy, speed; "a 90-minute meeting" is 90 minute;
- ``counts``: the noun phrase counted ("troops", "military aid"), with a
  casualty participle joined when it follows ("people killed").

Not quantities (left to the date extractor or ignored): years ("in 2014"),
days of months ("14 March"), times of day, ordinals, numbers that are part of a
name or code ("Neptune 22", "F-16"), and a bare "one" (a pronoun far more often
than a count). The span of a Quantity runs from its qualifier to the end of what
it counts, so it reads well in context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from copydesk.calendar_words import GERMAN_MONTHS, LOWER_CASE_MONTHS
from copydesk.records import Quantity, content_id

__all__ = ["CURRENCY_CODES", "find_quantities", "parse_quantity"]


#: Languages that write a decimal comma and group thousands with a point ("41.200
#: personas", "2,5 millones"). Read as English, "41.200" was 41.2.
DECIMAL_COMMA_LANGUAGES = frozenset(
    "bg ca cs da de el es et fi fr hr hu id it lt lv nb nl no pl pt ro ru sk sl sr sv tr uk vi"
    .split()
)


#: Languages that capitalise every noun ("12 Menschen"): a capitalised word after a
#: number is no name there.
NOUNS_CAPITALISED_LANGUAGES = frozenset({"de", "lb"})


#: Numbers that show a decimal comma ("8,4 %", "2,5 millones", "1.200.000") or a decimal
#: point ("52.3%", "112,406,000") in one text.
_COMMA_STYLE = re.compile(r"\d,\d{1,2}(?![\d,])|\d\.\d{3}\.\d{3}")
_POINT_STYLE = re.compile(r"\d\.\d{1,2}(?![\d.])|\d,\d{3},\d{3}")


def _writes_decimal_comma(text: str) -> bool:
    """Whether a text in a decimal-comma language writes its numbers that way: not a
    Mexican paper's "52.3% de los votos" and "112,406 votos" (read as 112.406 and as
    nothing). With no sign either way, the language decides ("41.200 personas")."""
    return len(_COMMA_STYLE.findall(text)) >= len(_POINT_STYLE.findall(text))


def find_quantities(text: str, article_id: str, language: str | None = None) -> list[Quantity]:
    """Every quantity in ``text``, in text order, with offsets into ``text``. ``language``
    (the article's) decides which of "." and "," is the decimal mark; English if unknown."""
    tokens = _tokenize(text, decimal_comma=language in DECIMAL_COMMA_LANGUAGES
                       and _writes_decimal_comma(text),
                       space_grouped=language in SPACE_GROUPING_LANGUAGES)
    phones = _phone_spans(text)
    nouns_capitalised = language in NOUNS_CAPITALISED_LANGUAGES
    found: list[Quantity] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if phones and any(lo <= tok.start < hi for lo, hi in phones):
            i += 1
            continue
        if not (tok.text[0].isdigit() or tok.low in _STARTERS):
            i += 1
            continue
        parsed = _parse_at(text, tokens, i, nouns_capitalised)
        if parsed is None:
            i += 1
            continue
        if parsed.counts and parsed.counts.startswith(_LEFT_OUT) \
                and "people" not in text[parsed.start:parsed.end].lower():
            # (an explicit "5 people were stranded" keeps its people: it had become
            # "men stranded" after "Two men were charged")
            counted = next((q for q in reversed(found) if q.counts), None)
            if counted is not None:
                parsed = _noun_from_before(text, parsed, counted)
        found.append(_record(text, article_id, parsed))
        i = parsed.next_index
    return found


#: The noun of a toll that leaves it out ("killing 12 people and wounding 38"): people,
#: unless an earlier count of the sentence names another ("infected 40,000 chickens and
#: killed 3,000" counts chickens; "Of the 30 vehicles, 12 were hit" vehicles).
_LEFT_OUT = "people "


def _noun_from_before(text: str, parsed: _Parsed, before: Quantity) -> _Parsed:
    if not before.counts or any(c in text[before.end : parsed.start] for c in ".!?\n"):
        return parsed
    words = before.counts.split()
    noun = words[1] if words[0] == "more" and len(words) > 1 else words[0]
    if noun == "people" or noun in _CASUALTY:
        return parsed  # "killed two more people, raising the death toll to 31": 31 killed
    return replace(parsed, counts=noun + " " + (parsed.counts or "")[len(_LEFT_OUT):])


def parse_quantity(text: str) -> Quantity | None:
    """The first quantity in a short phrase, or None (article id "")."""
    found = find_quantities(text, "")
    return found[0] if found else None


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


# ------------------------------------------------------------------ lexicon

_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
#: Scale words after a number; the short forms only count when glued to the
#: digits or after a currency ("5bn", "$3m"), where they cannot be a word.
_SCALES = {
    "hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
    # Other languages' millions and billions ("40 Millionen Kronen", "2,4 milliards"):
    # read as English, "40 Millionen" was 40 and counted "Millionen".
    "tausend": 1e3, "mille": 1e3, "mil": 1e3,
    "millionen": 1e6, "mio": 1e6, "millions": 1e6, "millón": 1e6,
    "millones": 1e6, "milione": 1e6, "milioni": 1e6, "milhão": 1e6, "milhões": 1e6,
    "miljoen": 1e6, "miljoner": 1e6, "millioner": 1e6,
    "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "milliard": 1e9, "milliards": 1e9,
    "miliardo": 1e9, "miliardi": 1e9, "bilhão": 1e9, "bilhões": 1e9,
    "miljard": 1e9, "miljarden": 1e9, "miljarder": 1e9, "milliarder": 1e9,
    # Abbreviations no word shares, and the Slavic words ("45,7 mln euro", "12,4 млрд",
    # "2 млн гривень" had been 45.7 and 12.4: a translation probe's false conflicts)
    "mln": 1e6, "mld": 1e9, "mlrd": 1e9, "млн": 1e6, "млрд": 1e9, "тыс": 1e3, "тис": 1e3,
    "tys": 1e3, "milion": 1e6, "miliony": 1e6, "milionów": 1e6, "miliard": 1e9,
    "miliardy": 1e9, "miliardów": 1e9, "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6,
    "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9, "мільйон": 1e6, "мільйони": 1e6,
    "мільйонів": 1e6, "мільярд": 1e9, "мільярди": 1e9, "мільярдів": 1e9, "тысяч": 1e3,
    "тысячи": 1e3, "тисяч": 1e3, "тисячі": 1e3,
}
#: Abbreviations that scale only in lower case: "150 MLD" is a plant's million litres a
#: day (a regression probe's sewage plant of 150 billion), "150 mld zł" is billions.
_LOWER_CASE_SCALES = frozenset({"mln", "mld", "mlrd", "tys"})
_SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
#: Words after "400m" that make it metres, not millions: "a 400m stretch of the sea wall"
#: had been 400 million (a regression probe), "the 100m final" 100 million.
_METRES_BEFORE = frozenset(
    "stretch length long high tall deep wide final race sprint wall tower span swim "
    "freestyle backstroke breaststroke butterfly relay hurdles dash strip spire cliff"
    .split())  # not "fall", "drop", "gap": "a 5m fall in passengers" is millions
#: Plural magnitudes read as ranges [m, 10m); a dozen-based one for "dozens".
_VAGUE = {
    "tens": (10.0, 100.0), "dozens": (24.0, 144.0), "hundreds": (100.0, 1000.0),
    "thousands": (1e3, 1e4), "millions": (1e6, 1e7), "billions": (1e9, 1e10),
}

_QUALIFIERS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("more", "than"), "more than"), (("greater", "than"), "more than"),
    (("in", "excess", "of"), "more than"), (("upwards", "of"), "more than"),
    (("well", "over"), "more than"), (("just", "over"), "more than"),
    (("over",), "more than"), (("above",), "more than"),
    (("less", "than"), "less than"), (("fewer", "than"), "less than"),
    (("under",), "less than"), (("below",), "less than"),
    (("just", "under"), "nearly"), (("nearly",), "nearly"), (("almost",), "nearly"),
    (("close", "to"), "nearly"),
    (("up", "to"), "up to"), (("as", "many", "as"), "up to"), (("as", "much", "as"), "up to"),
    (("at", "most"), "up to"), (("no", "more", "than"), "up to"),
    (("at", "least"), "at least"), (("a", "minimum", "of"), "at least"),
    (("about",), "about"), (("around",), "about"), (("approximately",), "about"),
    (("roughly",), "about"), (("some",), "about"), (("an", "estimated"), "about"),
    (("estimated",), "about"), (("circa",), "about"), (("approx",), "about"),
    # German, French, Spanish, Italian, Portuguese ("Mindestens 12 Menschen" was an exact 12).
    (("mindestens",), "at least"), (("wenigstens",), "at least"), (("rund",), "about"),
    (("etwa",), "about"), (("ungefähr",), "about"), (("mehr", "als"), "more than"),
    (("bis", "zu"), "up to"), (("knapp",), "nearly"),  # not "fast": "a fast 10 km race"
    (("au", "moins"), "at least"), (("environ",), "about"), (("plus", "de"), "more than"),
    (("près", "de"), "nearly"), (("quelque",), "about"), (("quelques",), "about"),
    (("al", "menos"), "at least"), (("por", "lo", "menos"), "at least"),
    (("unos",), "about"), (("unas",), "about"), (("alrededor", "de"), "about"),
    (("más", "de"), "more than"), (("casi",), "nearly"), (("hasta",), "up to"),
    (("almeno",), "at least"), (("oltre",), "more than"),
    (("pelo", "menos"), "at least"), (("cerca", "de"), "about"), (("mais", "de"), "more than"),
)

_CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB",
                     "₴": "UAH"}
_CURRENCY_PREFIX_WORDS = {"usd": "USD", "eur": "EUR", "gbp": "GBP", "rs": "INR", "inr": "INR",
                          "jpy": "JPY", "chf": "CHF", "cny": "CNY", "rub": "RUB"} | {
    # Other ISO codes news writes before an amount ("KES 4 billion"), upper case only
    # (see ``_currency_prefix``). Left out: codes that are words or names in capitals
    # before a number (MAD, PEN, COP as in "COP 28").
    code.lower(): code for code in (
        "AUD", "CAD", "NZD", "HKD", "SGD", "KES", "NGN", "ZAR", "GHS", "EGP", "ETB",
        "TZS", "UGX", "BRL", "MXN", "ARS", "CLP", "PLN", "CZK", "HUF", "RON",
        "SEK", "NOK", "DKK", "ISK", "UAH", "KZT", "ILS", "SAR", "AED", "QAR", "KWD", "PKR",
        "BDT", "LKR", "NPR", "IDR", "MYR", "THB", "VND", "KRW", "TWD")}
_CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "rupee": "INR",
    "rupees": "INR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rouble": "RUB",
    "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH",
    "franc": "CHF", "francs": "CHF", "usd": "USD", "eur": "EUR", "gbp": "GBP",
    "sterling": "GBP",
    # Swedish, Norwegian, Danish, Czech, Icelandic: one unit, as articles write it. A fine
    # "of 750,000 crowns" and bribes "of 3.8 million crowns" were counts of one thing in
    # conflict.
    "crown": "crowns", "crowns": "crowns", "krona": "crowns", "kronor": "crowns",
    "krone": "crowns", "kroner": "crowns", "koruna": "crowns", "kronen": "crowns",
    "couronne": "crowns", "couronnes": "crowns", "corona": "crowns", "coronas": "crowns",
    "corone": "crowns",
    # The same units in the other languages of the demo and the probes.
    "dólar": "USD", "dólares": "USD", "dollaro": "USD", "dollari": "USD",
    "rublos": "RUB", "rubli": "RUB", "rubel": "RUB", "franken": "CHF", "francos": "CHF",
    "franchi": "CHF",
    "евро": "EUR", "доллар": "USD", "доллара": "USD", "долларов": "USD", "долларів": "USD",
    "рубль": "RUB", "рубля": "RUB", "рублей": "RUB", "гривень": "UAH", "гривні": "UAH",
    "гривня": "UAH", "гривен": "UAH", "гривны": "UAH", "złotych": "PLN",
    "zł": "PLN", "dolarów": "USD",
}
#: Every money unit this module writes (the facts stage reads a sum by it).
CURRENCY_CODES = frozenset(
    set(_CURRENCY_SYMBOLS.values()) | set(_CURRENCY_PREFIX_WORDS.values())
    | set(_CURRENCY_WORDS.values()) | {"AUD", "CAD", "HKD", "NZD"}
)
_UNIT_WORDS = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
    # Short forms a spinner or a sports desk writes ("about 90 mins" was a count of "mins").
    "secs": "second", "min": "minute", "mins": "minute", "hr": "hour",  # "hrs": a clock time
    "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week",
    "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "mile": "mile", "miles": "mile", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "cm": "cm", "mm": "mm", "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg",
    "kilos": "kg", "gram": "g", "grams": "g", "tonne": "tonne", "tonnes": "tonne",
    "ton": "ton", "tons": "ton", "pound": "pound", "pounds": "pound", "lb": "pound",
    "lbs": "pound", "litre": "litre", "litres": "litre", "liter": "litre", "liters": "litre",
    "barrel": "barrel", "barrels": "barrel", "acre": "acre", "acres": "acre",
    "hectare": "hectare", "hectares": "hectare", "mph": "mph", "kph": "km/h",
    "degree": "degree", "degrees": "degree", "mw": "MW", "gw": "GW", "kwh": "kWh",
    "megawatt": "MW", "megawatts": "MW", "gigawatt": "GW", "gigawatts": "GW",
}
#: "6 Prozent" (German), "procent" (Dutch, Swedish, Danish, Polish, Czech), "prosent"
#: (Norwegian): German counts had read "count of Prozent".
_PERCENT_WORDS = {"percent": "percent", "pct": "percent", "prozent": "percent",
                  "procent": "percent", "prosent": "percent"}
#: Two-word percent signs of the Romance languages: "por ciento", "pour cent", "per cento".
_PERCENT_PAIRS = frozenset({("por", "ciento"), ("pour", "cent"), ("per", "cento"),
                            ("por", "cento"), ("per", "cent")})
_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}
#: Month names short enough to look abbreviated: "in May. 30 people …" ends a sentence.
_FULL_SHORT_MONTHS = frozenset({"may", "june", "july"})
_TIME_SUFFIXES = {"am", "pm", "a.m", "p.m", "gmt", "utc", "hrs", "bst", "cet", "est", "edt",
                  "uhr"}  # "um 20.40 Uhr": a German clock time, not 20.4
_ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}
#: Participles that say what happened to the counted people; joined to ``counts``.
_CASUALTY = {
    "killed", "dead", "wounded", "injured", "hurt", "displaced", "arrested", "detained",
    "evacuated", "missing", "died", "infected", "rescued", "deported", "captured",
}
#: Verbs that, right before a count, say what was done to those counted: the casualty
#: participles that are also transitive verbs ("killed 96 people", not "died 96").
_DONE_TO = _CASUALTY - {"dead", "died", "missing"}
#: "killing 14 workers" says what "killed 14 workers" says.
_DONE_TO_ING = {verb[:-2] + "ing": verb for verb in _DONE_TO if verb.endswith("ed")} | {
    "hurting": "hurt"}
_AUX = {"have", "has", "had", "were", "was", "are", "is", "been", "being", "be", "reportedly"}
#: After "of", words that make a count a part of another ("three of the victims").
_PARTITIVE = frozenset({"the", "those", "these", "them", "its", "their"})
#: What happened to those counted, written after them, that keeps a count apart from the
#: total ("1 firefighter had been treated for smoke" was the count of firefighters,
#: against "dozens of firefighters").
_DONE_AFTER = frozenset({"treated", "hospitalised", "hospitalized", "saved", "freed",
                         "released", "charged"})  # not "trapped": 9 miners trapped are the miners
#: Words that end a counted noun phrase: function words and common verbs.
_STOP = {
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from",
    "by", "with", "without", "as", "than", "that", "which", "who", "whom", "whose", "this",
    "these", "those", "it", "its", "they", "them", "their", "he", "she", "his", "her", "we",
    "our", "you", "your", "i", "my", "is", "are", "was", "were", "be", "been", "being", "has",
    "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "shall",
    "do", "does", "did", "said", "says", "say", "told", "into", "onto", "over", "under",
    "about", "after", "before", "since", "until", "during", "along", "across", "near",
    "between", "against", "per", "each", "so", "if", "when", "while", "where", "because",
    "not", "no", "also", "only", "just", "more", "most", "less", "all", "some", "any", "there",
    "here", "up", "down", "out", "off", "ago", "later", "earlier", "now", "then", "still",
    "around", "through", "via", "within", "toward", "towards", "amid", "among", "despite",
    "including", "like", "unlike", "such", "what", "how", "why", "ahead", "behind", "again",
    "back", "away", "already", "yet", "even", "very", "too", "both", "either", "neither",
    "another", "same", "own", "whether", "last", "next", "first", "second",
    "alongside", "beside", "inside", "outside", "beyond", "upon", "throughout", "till",
    "versus", "underneath", "above", "below", "instead",
    # no noun: "eight times its earnings" is a ratio, "20 depending on the route" counts
    # nothing (a facts probe's "count of times", "count of depending"); not "overnight",
    # which may be an adjective ("20,000 extra overnight visitors")
    "times", "depending", "today", "tonight", "yesterday", "tomorrow", "respectively",
    "apiece", "altogether", "rather",
}
#: Joiners between a quantity and its counted phrase ("$200 million in aid").
_JOINERS = {"of", "in", "worth"}
#: The longest counted phrase kept: news counts are short ("US military equipment").
MAX_COUNT_WORDS = 4  # longer phrases on the seeds were always a clause, not a noun phrase


# ------------------------------------------------------------------ tokens

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
_NBSP_GROUPED_RE = re.compile(r"(?<![\d.,])\d{1,3}(?:[\u00a0\u202f]\d{3})+(?![\d]|[.,]\d)")
#: Languages whose numbers group thousands with a space.
SPACE_GROUPING_LANGUAGES = frozenset(
    "fr pl cs sk ru uk bg sv nb no nn da fi et lv lt hu sl hr sr ro pt".split())


def _keep_width_glued(m: re.Match[str]) -> str:
    return re.sub(r"[ \u00a0\u202f]", _GLUE, m.group())


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    end: int
    text: str
    low: str  # lower case, trailing dot dropped unless part of an abbreviation


def _tokenize(text: str, decimal_comma: bool = False, space_grouped: bool = False) -> list[_Tok]:
    out = []
    glued = _SPACED_THOUSANDS_RE.sub(_keep_width_glued, text)
    glued = _NBSP_GROUPED_RE.sub(_keep_width_glued, glued)
    if space_grouped:
        glued = _SPACE_GROUPED_RE.sub(_keep_width_glued, glued)
    for m in _TOKEN_RE.finditer(glued):
        s, e, t = m.start(), m.end(), m.group()
        if decimal_comma and t[0].isdigit():
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


# ------------------------------------------------------------------ parser


def _parse_at(
    text: str, toks: list[_Tok], i: int, nouns_capitalised: bool = False
) -> _Parsed | None:
    start_i = i
    qualifier, i = _qualifier(toks, i)
    if qualifier and toks[start_i].low == "over" and start_i > 0 \
            and toks[start_i - 1].low in _OVER_PARTICLE_VERBS:
        qualifier = None  # "will hand over $3.2 billion": no "more than"
    negative = _minus(toks, i)
    if negative:
        i += 1  # "minus 15 degrees", "shrank by -2.5%"
    between = False
    if i < len(toks) and toks[i].low == "between":
        between = True
        i += 1
    unit, i_cur = _currency_prefix(toks, i)
    i = i_cur
    num = _number(text, toks, i, after_currency=unit is not None)
    if num is None:
        return None
    value, j, is_word = num
    if negative:
        if not isinstance(value, float) or is_word:
            return None
        value = -value
    first = start_i if qualifier or unit or negative else i
    if not _plausible_start(text, toks, first, j, is_word, value):
        return None
    # Ranges: "10-20", "10 to 20 million", "between 10 and 20".
    if isinstance(value, float) and j < len(toks):
        joiner = toks[j].low
        # "rose from 12 to 15" is a change, not a range: the toll is 15 now, and a range
        # [12, 15] would agree with a report of 12 as much as with one of 15.
        change = joiner == "to" and start_i > 1 and toks[start_i - 1].low == "from" and (
            toks[start_i - 2].low in _CHANGE_VERBS)
        if (joiner in {"-", "–", "to"} and not between and not change) or (
                joiner == "and" and between):
            adjacent = joiner in {"-", "–"} and toks[j].start == toks[j - 1].end
            k = j + 1
            if unit is not None and k < len(toks) and _CURRENCY_SYMBOLS.get(toks[k].text) == unit:
                k += 1  # "between $3 million and $4 million": the sign again
            second = _number(text, toks, k, after_currency=unit is not None)
            if second is not None and isinstance(second[0], float) and (
                joiner not in {"-", "–"} or adjacent
            ):
                low, high = value, second[0]
                if high > low * 10 and low < 1000 and _scale_of(high) > 1:
                    low = low * _scale_of(high)  # "10 to 20 million": scale both ends
                if low <= high:
                    value, j = (low, high), second[1]
                elif adjacent:
                    return None  # "voted 5–2": a tally or a score, not a quantity
    elif between:
        return None
    end_i = j  # exclusive token index of the number
    if unit is None and is_word and isinstance(value, float) and value < 1 and j + 2 < len(toks) \
            and toks[j].low == "of" and toks[j + 1].low in {"a", "an"}:
        fraction_unit, after = _unit_after(toks, j + 2)  # "a quarter of a percentage point"
        if fraction_unit is not None:
            unit, j = fraction_unit, after
    # "a 90-minute meeting", "a 9% rise": the quantity modifies the noun after it.
    hyphenated = (j < len(toks) and toks[j].text == "-") or (
        start_i > 0 and toks[start_i - 1].low in {"a", "an"}
    )
    if unit is None:
        unit, j = _unit_after(toks, j)
    # "killed 96 people", "arrested 2000 demonstrators": a casualty verb before the number
    # says what happened to those counted (and that 2000 is a count, not a year).
    done_to = toks[start_i - 1].low if start_i > 0 else ""
    done_to = _DONE_TO_ING.get(done_to, done_to if done_to in _DONE_TO else "")
    if unit is None and isinstance(value, float) and not done_to and _is_year(
            toks[end_i - 1], value, qualifier):
        return None
    if _is_date_or_time(toks, i, end_i):
        return None
    ratio = _ratio(text, toks, end_i, value) if unit is None and end_i == j else None
    if ratio is not None:  # "one in five passengers": a share, not five passengers
        value, unit, j = ratio
    elif unit is None and is_word and value == 1.0 and not qualifier:
        return None  # "one" is a pronoun far more often than a count
    increment = _increment_at(toks, j) if unit is None and ratio is None else ""
    after = j + bool(increment)
    # A ratio's noun follows it straight ("one in five passengers"), as a count's does.
    counts, j2 = _counts(toks, after, None if ratio else unit, hyphenated, nouns_capitalised)
    if counts is None and unit is None and done_to and isinstance(value, float) \
            and (after >= len(toks) or toks[after].low in _STOP
                 or not toks[after].text[0].isalnum()):
        counts = _LEFT_OUT.strip()  # "killing 12 people and wounding 38": 38 people wounded
    if counts and increment:
        # "killed two more people": part of the toll. "Two more dams" counted nothing
        # before "more" was read, and is no figure to check.
        toll = bool(done_to) or counts.rsplit(" ", 1)[-1] in _CASUALTY
        counts = f"{increment} {counts}" if toll else None
    if unit is None and counts in (None, "people", "protesters", "demonstrators") \
            and not done_to and _crowd_before(text, toks[start_i].start):
        counts = "crowd"  # "police put the crowd at 40,000", "a crowd of 40,000 people"
    if counts is None and unit is None:
        counts = _number_of_before(text, toks[start_i].start)
    elif counts and unit is None and _MARGIN_BEFORE.search(
            text, max(0, toks[start_i].start - 60), toks[start_i].start):
        counts = "margin of " + counts  # not the votes themselves (a facts probe)
    if counts is None and unit == "percent":
        counts = _measured(text, toks, start_i, j)
    if unit in CURRENCY_CODES:
        counts, j2 = _what_a_sum_is(text, toks, start_i, j, counts, j2)
    if counts and done_to and counts.rsplit(" ", 1)[-1] not in _CASUALTY:
        counts += " " + done_to
    last = j2 if counts else j
    return _Parsed(
        start=toks[start_i].start,
        end=toks[last - 1].end,
        value=value,
        unit=unit,
        qualifier=qualifier,
        counts=counts,
        next_index=last,
    )


#: Verbs of a change "from X to Y" ("rose from 12 to 15"); after others ("ranged from 5
#: to 10 years", "temperatures from 12 to 15 degrees") it is a range.
_CHANGE_VERBS = frozenset({
    "rose", "risen", "rises", "rise", "fell", "fallen", "falls", "increased", "increases",
    "decreased", "climbed", "climbs", "dropped", "drops", "jumped", "jumps", "grew", "grown",
    "raised", "lowered", "cut", "surged", "plunged", "slipped", "soared", "doubled", "tripled",
    "halved", "revised", "upgraded", "downgraded", "up", "down",
})


def _ratio(
    text: str, toks: list[_Tok], j: int, value: float | tuple[float, float]
) -> tuple[float, str, int] | None:
    """(percent, "percent", index after) for "one in five", "two out of three": a share of
    what follows, which read as the counts 1 and 5 ("5 passengers", against 212)."""
    if not isinstance(value, float) or value <= 0 or j >= len(toks):
        return None
    k = j + 1 if toks[j].low == "in" else j + 2 if [t.low for t in toks[j : j + 2]] == [
        "out", "of"] else None
    if k is not None and toks[j].low == "in" and _counted_by_verb(toks, j):
        return None  # "killed 12 in 48 hours", "scored 3 in 12 minutes": a count
    if k is None:
        return None
    whole = _number(text, toks, k, after_currency=False)
    if whole is None or not isinstance(whole[0], float) or not value < whole[0] <= 1000:
        return None
    if not whole[2] and _is_year(toks[whole[1] - 1], whole[0], None):
        return None  # "one in 2010"
    if whole[1] < len(toks) and toks[whole[1]].low in _UNIT_WORDS:
        return None  # "3 in 12 minutes"
    return round(100 * value / whole[0], 2), "percent", whole[1]


def _counted_by_verb(toks: list[_Tok], j: int) -> bool:
    """Whether a verb stands right before the number that ends at ``j`` (skipping a
    qualifier): "killed 12 in 48 hours", "arrested 15 in 20 raids" count, and "in" is
    where or when."""
    k = j - 1
    while k > 0 and (toks[k].text[:1].isdigit() or toks[k].low in _UNITS_WORDS
                     or toks[k].low in _TENS_WORDS or toks[k].low in _QUALIFIERS_BY_FIRST
                     or toks[k].low in {"than", "least", "most", "some", "about"}):
        k -= 1
    return k >= 0 and k < j - 1 and (toks[k].low.endswith("ed") or toks[k].low in _DONE_TO
                                     or toks[k].low in _DONE_TO_ING
                                     or toks[k].low in _TALLY_VERBS)


#: Verbs before a count of a tally: "Kane has 10 in 12 appearances", "holds 3 in 10 seats".
_TALLY_VERBS = frozenset({
    "scored", "won", "lost", "hit", "made", "has", "have", "had", "holds", "hold", "held",
    "gets", "got", "takes", "took", "makes", "wins", "scores", "leads", "led", "claims",
    "claimed", "saw", "sees",
})


def _scale_of(value: float) -> float:
    for scale in (1e12, 1e9, 1e6, 1e3):
        if value >= scale:
            return scale
    return 1.0


def _qualifier(toks: list[_Tok], i: int) -> tuple[str | None, int]:
    for words, canon in _QUALIFIERS_BY_FIRST.get(toks[i].low, ()):
        n = len(words)
        if tuple(t.low for t in toks[i : i + n]) == words:
            return canon, i + n
    return None, i


_QUALIFIERS_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _words, _canon in _QUALIFIERS:
    _QUALIFIERS_BY_FIRST.setdefault(_words[0], []).append((_words, _canon))

#: Verbs whose particle "over" is no "more than": "hand over $3.2 billion", "took over 40
#: stores" is ambiguous and stays a qualifier.
_OVER_PARTICLE_VERBS = frozenset(
    "hand hands handed handing turn turns turned turning sign signs signed signing pass "
    "passes passed passing fork forks forked shell shells shelled".split())

#: Lower-case tokens a quantity can start with (besides digits): a cheap filter
#: so the parser only runs where a quantity may begin.
_STARTERS = (
    set(_QUALIFIERS_BY_FIRST) | set(_UNITS_WORDS) | set(_TENS_WORDS) | set(_VAGUE)
    | set(_CURRENCY_SYMBOLS) | set(_CURRENCY_PREFIX_WORDS)
    | {"a", "an", "half", "between", "us", "c", "hk", "nz", "rs.", "minus", "-", "−"}
)


def _currency_prefix(toks: list[_Tok], i: int) -> tuple[str | None, int]:
    if i >= len(toks):
        return None, i
    t = toks[i]
    if t.text in _CURRENCY_SYMBOLS:
        return _CURRENCY_SYMBOLS[t.text], i + 1
    if t.low in {"us", "a", "c", "hk", "nz"} and i + 1 < len(toks) and toks[i + 1].text == "$" \
            and toks[i + 1].start == t.end:
        code = {"us": "USD", "a": "AUD", "c": "CAD", "hk": "HKD", "nz": "NZD"}[t.low]
        return code, i + 2
    is_code = (t.low in _CURRENCY_PREFIX_WORDS and t.text.isupper()) or t.low in {"rs", "rs."}
    if is_code and i + 1 < len(toks) and toks[i + 1].text[:1].isdigit():
        return _CURRENCY_PREFIX_WORDS.get(t.low, "INR"), i + 1
    return None, i


def _minus(toks: list[_Tok], i: int) -> bool:
    """A sign before digits: the word "minus", or a "-" glued to the number but not to a
    word before it ("-2.5%", not the range "10-20" nor "COVID-19")."""
    if i + 1 >= len(toks) or not toks[i + 1].text[:1].isdigit():
        return False
    t = toks[i]
    if t.low == "minus":
        return True
    return t.text in {"-", "−"} and toks[i + 1].start == t.end and (
        i == 0 or toks[i - 1].end < t.start)


def _number(
    text: str, toks: list[_Tok], i: int, *, after_currency: bool
) -> tuple[float | tuple[float, float], int, bool] | None:
    """(value, index after, written in words?) for a number starting at token i."""
    if i >= len(toks):
        return None
    t = toks[i]
    if t.text[0].isdigit():
        value = _digits(t.text)
        if value is None:
            return None
        j = i + 1
        if j < len(toks):
            nxt = toks[j]
            glued = nxt.start == t.end
            if nxt.low in _SCALES and not (nxt.low == "hundred" and glued) \
                    and not (nxt.low in _LOWER_CASE_SCALES and nxt.text.isupper()):
                value *= _SCALES[nxt.low]
                j += 1
                if j < len(toks) and toks[j].low in _SCALES and _SCALES[toks[j].low] > 100:
                    value *= _SCALES[toks[j].low]  # "2 hundred thousand"
                    j += 1
            elif nxt.low in _SHORT_SCALES and (glued or after_currency) and nxt.text[0] != "M" \
                    and not (nxt.low == "m" and not after_currency and j + 1 < len(toks)
                             and toks[j + 1].low in _METRES_BEFORE):
                value *= _SHORT_SCALES[nxt.low]
                j += 1
            elif nxt.low == "dozen":  # "2 dozen protesters" are 24
                value *= 12
                j += 1
        return value, j, False
    return _words_number(toks, i)


def _digits(raw: str) -> float | None:
    whole, _, frac = raw.replace(_GLUE, ",").partition(".")
    if (frac and not frac.isdigit()) or not _GROUPED_RE.fullmatch(whole):
        return None  # "1.2.3", "1,2", "0.0,0": a version or list, not a number
    return float(whole.replace(",", "") + ("." + frac if frac else ""))


def _words_number(toks: list[_Tok], i: int) -> tuple[float | tuple[float, float], int, bool] | None:
    t = toks[i]
    # Vague magnitudes: "tens of thousands", "hundreds", "dozens of".
    if t.low in _VAGUE:
        low, high = _VAGUE[t.low]
        j = i + 1
        if j + 1 < len(toks) and toks[j].low == "of" and toks[j + 1].low in _VAGUE \
                and toks[j + 1].low not in {"tens", "dozens"}:
            m = _VAGUE[toks[j + 1].low][0]
            low, high = low * m, high * m
            j += 2
        elif t.low == "tens":
            return None  # "tens" alone is not a count
        return (low, high), j, True  # ("thousands of euros": money, see _unit_after)
    # "a dozen", "a hundred", "half a million", "a million", "a fifth of".
    if t.low in {"a", "an", "one", "half"} and _fraction_of(toks, i + 1) is not None:
        d, j = _fraction_of(toks, i + 1)  # type: ignore[misc]
        scale, j = _of_a_scale(toks, j)
        return scale / d, j, True
    if t.low == "half" and i + 1 < len(toks) and toks[i + 1].low == "of":
        return 0.5, i + 1, True
    if t.low in {"a", "an"} and i + 1 < len(toks):
        nxt = toks[i + 1].low
        if nxt == "dozen":
            return 12.0, i + 2, True
        if nxt in _SCALES and nxt not in {"lakhs", "crores"}:
            return _SCALES[nxt], i + 2, True
        return None
    if t.low == "half" and i + 2 < len(toks) and toks[i + 1].low == "a" \
            and toks[i + 2].low in _SCALES:
        return 0.5 * _SCALES[toks[i + 2].low], i + 3, True
    total = 0.0
    current = 0.0
    last_scale = 0.0
    j = i
    seen = False
    while j < len(toks):
        w = toks[j].low
        if w in _UNITS_WORDS:
            if seen and current % 100 not in (0, 20, 30, 40, 50, 60, 70, 80, 90):
                break
            current += _UNITS_WORDS[w]
        elif w in _TENS_WORDS:
            if seen and current % 100 != 0:
                break
            current += _TENS_WORDS[w]
        elif w == "dozen" and seen:
            current *= 12
        elif w == "hundred" and seen:
            current *= 100
        elif w in _SCALES and seen and w not in {"hundred"}:
            total += current * _SCALES[w]
            last_scale = _SCALES[w]
            current = 0.0
        elif w == "and" and seen and [t.low for t in toks[j + 1 : j + 3]] in (
            ["a", "half"], ["an", "half"]
        ):  # "two and a half billion", "one and a half years", "two million and a half"
            j += 3
            if current == 0 and total and last_scale:
                total += 0.5 * last_scale
                break
            current += 0.5
            if j < len(toks) and toks[j].low in _SCALES and toks[j].low != "hundred":
                total += current * _SCALES[toks[j].low]
                current = 0.0
                j += 1
            break
        elif w in {"-", "and"} and seen and j + 1 < len(toks) and (
            toks[j + 1].low in _UNITS_WORDS or toks[j + 1].low in _TENS_WORDS
        ) and (w == "-" or current >= 100 or total > 0):
            j += 1
            continue
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None
    if total == 0 and 1 < current < 20:
        k = j + 1 if j < len(toks) and toks[j].text == "-" else j
        fraction = _fraction_of(toks, k)
        if fraction is not None:  # "two-thirds of", "three quarters of"
            scale, after = _of_a_scale(toks, fraction[1])
            return scale * current / fraction[0], after, True
    return total + current, j, True


_FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
    "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}


def _fraction_of(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """(denominator, index after) for "third of…": a fraction only when "of" follows,
    so that "a third round" stays an ordinal."""
    if k + 1 < len(toks) and toks[k].low in _FRACTIONS and toks[k + 1].low == "of":
        return _FRACTIONS[toks[k].low], k + 1
    return None


def _of_a_scale(toks: list[_Tok], j: int) -> tuple[float, int]:
    """(scale, index after) for a fraction's "of a million" at ``j`` ("a quarter of a
    million residents" is 250,000: a facts probe had it as 0.25 and a million), else
    (1.0, ``j``): the fraction stands alone ("a fifth of its wheat")."""
    if j + 2 < len(toks) and toks[j].low == "of" and toks[j + 1].low in {"a", "an"} \
            and toks[j + 2].low in _SCALES and toks[j + 2].low not in {"lakhs", "crores"}:
        return _SCALES[toks[j + 2].low], j + 3
    return 1.0, j


#: Words after which a number names or grades something rather than counting it: "No. 5",
#: "Article 5", "a magnitude 6.1 earthquake" (was "6.1 earthquake struck" counted),
#: "a category 4 storm".
_NAMING_WORDS = frozenset({
    "no.", "no", "number", "version", "article", "chapter", "page", "room", "magnitude",
    "category",
})  # not "level", "stage", "gate"…: "a level 5 percent higher", "the gate 3 hours"


def _plausible_start(
    text: str, toks: list[_Tok], first: int, end: int, is_word: bool, value: object
) -> bool:
    """Reject numbers glued into names or codes: "F-16", "Neptune 22", "No. 5", "#3"."""
    t = toks[first]
    if first > 0:
        prev = toks[first - 1]
        touching = prev.end == t.start
        if touching and (prev.text[0].isalnum() or prev.text in {"-", "–", "/", "#", ".", ":"}):
            return False
        if prev.low in _NAMING_WORDS:
            return False
        if (
            not is_word
            and t.text[:1].isdigit()  # "Kenya $40 million": the sign parts name and number
            and prev.text[:1].isupper()
            and prev.low not in _MONTHS
            and not _sentence_start(text, prev.start)
            and prev.text not in _CURRENCY_SYMBOLS
            # "fined Kalmar Grid 40 million crowns": a number with a scale is an amount
            and not (first + 1 < len(toks) and toks[first + 1].low in _SCALES)
        ):
            return False  # "Neptune 22", "Boeing 737", "Article 5"
    if end < len(toks) and toks[end - 1].end == toks[end].start:
        nxt = toks[end]
        if nxt.low in _ORDINAL_SUFFIXES or nxt.text in {"/", ":"}:
            return False
        if nxt.text in {"s", "'s", "’s"} and t.text.isdigit() and len(t.text) in (2, 4) \
                and t.text.endswith("0"):
            return False  # a decade: "the 1680s", "the 80s" (it counted "s")
        if len(nxt.text) == 1 and nxt.text.isupper() and nxt.low not in _SHORT_SCALES and not (
                nxt.text in "CF" and _warmth(toks, end)):
            return False  # a code: "Flight 7F", "ward 4C", "5G" (not "-8C" in a forecast)
        if nxt.text == "-" and end + 1 < len(toks) and toks[end + 1].text[:1].isalpha() \
                and toks[end + 1].low not in _UNIT_WORDS and not is_word:
            return False  # "19-year" is fine (unit), "22-nation" is a compound adjective
    return True


def _sentence_start(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k] in " \t\"“'‘(":
        k -= 1
    return k < 0 or text[k] in ".!?\n:;"


def _unit_after(toks: list[_Tok], j: int) -> tuple[str | None, int]:
    if j >= len(toks):
        return None, j
    t = toks[j]
    k = j
    if t.text == "-" and j + 1 < len(toks) and toks[j + 1].start == t.end:
        k = j + 1  # "90-minute"
        t = toks[k]
    if t.text == "%":
        return "percent", k + 1
    if t.low in _PERCENT_WORDS:
        return "percent", k + 1
    if k + 1 < len(toks) and (t.low, toks[k + 1].low) in _PERCENT_PAIRS:
        return "percent", k + 2
    if t.low == "percentage" and k + 1 < len(toks) and toks[k + 1].low in {"point", "points"}:
        return "percentage point", k + 2
    if t.low == "of" and k + 1 < len(toks) and toks[k + 1].text.islower() \
            and toks[k + 1].low in _CURRENCY_WORDS and j > 0 \
            and toks[j - 1].low in _VAGUE:
        return _CURRENCY_WORDS[toks[k + 1].low], k + 2  # "thousands of euros a day"
    if t.low.startswith(("d'", "d’")) and t.low[2:] in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[t.low[2:]], k + 1  # "2,4 milliards d'euros"
    if t.low in {"de", "di"} and k + 1 < len(toks) and toks[k + 1].text.islower() \
            and toks[k + 1].low in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[toks[k + 1].low], k + 2  # "2,4 millones de euros"
    if t.low in _CURRENCY_WORDS and (t.low not in {"usd", "eur", "gbp"} or t.text.isupper()):
        return _CURRENCY_WORDS[t.low], k + 1
    if t.low in {"pound", "pounds"} and j > 0 and (
            (k + 1 < len(toks) and toks[k + 1].low == "sterling") or (
                _money_before(toks, j) and not (k + 1 < len(toks) and toks[k + 1].low == "of"))):
        # "invest 2.5 million pounds", "promised 250,000 pounds for a retraining scheme"
        # are money (probes' were weights); "landed 3 million pounds", "the 1.8 million
        # pounds had been shipped", "promised 4,000 pounds of potatoes" stay weights
        # (regression probes)
        sterling = k + 1 < len(toks) and toks[k + 1].low == "sterling"
        return "GBP", k + 2 if sterling else k + 1
    if t.low == "km" and k + 2 < len(toks) and toks[k + 1].text == "/" \
            and toks[k + 2].low == "h":
        return "km/h", k + 3  # "110 km/h" had been 110 km (a regression probe)
    if t.low in _UNIT_WORDS:
        if t.low in {"m"} and not t.text.islower():
            return None, j
        return _UNIT_WORDS[t.low], k + 1
    if t.text == "m" and k + 1 < len(toks) and toks[k + 1].low in _METRES_BEFORE:
        return "m", k + 1  # "a 400m stretch", "the 100m final"
    if t.text in {"°"}:
        if k + 1 < len(toks) and toks[k + 1].text in {"C", "F"}:
            return "°" + toks[k + 1].text, k + 2
        return "degree", k + 1
    if t.text in {"C", "F"} and j > 0 and toks[j - 1].end == t.start and _warmth(toks, j):
        return "°" + t.text, k + 1  # "drop to -8C", "highs of 95F": not a count of "C"
    return None, j


#: Words before a sum in pounds that make it money rather than a weight.
_MONEY_VERBS = frozenset(
    "invest invests invested investing pay pays paid paying cost costs costing spend spends "
    "spent spending raise raises raised raising fund funds funded funding worth fine fined "
    "fines budget budgeted price priced loan loans grant grants granted donate donated "
    "donation award awarded compensation salary bill debt debts owe owes owed bid bids sold "
    "bought earn earns earned profit profits revenue revenues deal bonus bonuses promise "
    "promises promised pledge pledges pledged allocate allocates allocated".split())


def _money_before(toks: list[_Tok], j: int) -> bool:
    """A money word among the six tokens before the number's scale word."""
    return any(t.low in _MONEY_VERBS for t in toks[max(0, j - 7) : j])


#: Words that make a number glued to C or F a temperature ("Temperatures drop to -8C");
#: elsewhere it is a code ("Flight 7F", "ward 4C").
_WARMTH = frozenset({
    "temperature", "temperatures", "degrees", "high", "highs", "low", "lows", "heat",
    "heatwave", "warm", "warmer", "cold", "colder", "freezing", "frost", "thermometer",
    "celsius", "fahrenheit", "mercury", "hot", "hotter", "chill",
})


def _warmth(toks: list[_Tok], j: int) -> bool:
    return any(t.low in _WARMTH for t in toks[max(0, j - 8) : j + 4])


def _is_year(tok: _Tok, value: float, qualifier: str | None) -> bool:
    return (
        qualifier is None
        and tok.text.isdigit()
        and len(tok.text) == 4
        and 1800 <= value <= 2100
    )


_CLOCK_RE = re.compile(r"^(?:[ap]\.?m\.?|[ap])$", re.IGNORECASE)  # "6 a.m.", "6pm", "4 p.m."


def _is_date_or_time(toks: list[_Tok], first: int, end: int) -> bool:
    if first > 0 and toks[first - 1].low in _MONTHS and toks[first - 1].text[0].isupper():
        return True
    if first > 1 and toks[first - 1].text == "." and toks[first - 2].end == toks[first - 1].start \
            and toks[first - 2].low in _MONTHS and toks[first - 2].low not in _FULL_SHORT_MONTHS \
            and len(toks[first - 2].low) <= 4 \
            and toks[first - 2].text[0].isupper() and toks[first - 1].end + 1 == toks[first].start:
        return True  # "Dec. 30": the abbreviation's dot (not "in May. 30 people …")
    if end < len(toks):
        nxt = toks[end]
        if nxt.low in _MONTHS and nxt.text[0].isupper():
            return True
        if nxt.text in LOWER_CASE_MONTHS:
            return True  # "le 30 décembre", "el 30 de diciembre" write months in lower case
        if nxt.low == "de" and end + 1 < len(toks) and toks[end + 1].text in LOWER_CASE_MONTHS:
            return True
        if nxt.text == "." and end + 1 < len(toks) and toks[end + 1].text in GERMAN_MONTHS:
            return True  # "am 28. Mai": a German day, not 28
        if nxt.low in _TIME_SUFFIXES or (_CLOCK_RE.match(nxt.text) and (
                len(nxt.text) > 1 or nxt.start == toks[end - 1].end
                or (end + 1 < len(toks) and toks[end + 1].text == "."
                    and toks[end + 1].start == nxt.end))):
            return True  # "6pm", "6 pm", "6a", "6 a.m."; not "$3 a day", "$3.2 billion a year"
        if nxt.low == "of" and end + 1 < len(toks) and toks[end + 1].low in _MONTHS \
                and toks[end + 1].text[0].isupper():
            return True
    return False


def _counts(
    toks: list[_Tok], j: int, unit: str | None, hyphenated: bool = False,
    nouns_capitalised: bool = False,
) -> tuple[str | None, int]:
    """The noun phrase counted after the number and unit, and the index after it.

    After a measure ("4% of voters", "eight years of fighting") the phrase needs
    "of": "4% spread over", "three years running" count nothing. A hyphenated
    unit is an adjective ("a 90-minute meeting"), and money may run straight on.
    """
    k = j
    partitive = False
    measure = unit is not None and unit not in CURRENCY_CODES and not hyphenated
    if measure and not (k < len(toks) and toks[k].low == "of"):
        return None, j
    if k < len(toks) and toks[k].low in _JOINERS:
        if unit in {"second", "minute", "hour", "day", "week", "month", "year", "decade"} \
                and toks[k].low != "of":
            return None, j
        if unit is None and toks[k].low == "of" and k + 1 < len(toks) \
                and toks[k + 1].low in _PARTITIVE and k > 0 and (
                    toks[k - 1].low[:1].isdigit() or toks[k - 1].low in _UNITS_WORDS
                    or toks[k - 1].low in _TENS_WORDS) and not (
                    k > 1 and toks[k - 2].low in _DONE_TO | _DONE_AFTER):
            # ("Police arrested 14 of the protesters" counts the protesters arrested)
            # "19 of the injured were in a serious condition" is part of a count, not its
            # total (it had been the hospital's count of injured); "two of the injured
            # workers later died" counts the dead among them.
            partitive = True
        k += 1
        if k < len(toks) and toks[k].low == "of":  # "worth of"
            k += 1
        if toks[k - 1].low == "of" and k < len(toks) and toks[k].low in {"the", "its", "their"}:
            k += 1  # "12% of the harvest"
    words: list[_Tok] = []
    while k < len(toks) and len(words) < MAX_COUNT_WORDS:
        t = toks[k]
        if not words and unit in CURRENCY_CODES and t.low.endswith("ing") and k + 1 < len(toks) \
                and toks[k + 1].low in _PARTITIVE | {"a", "an", "our", "his", "her"}:
            break  # "spend 3 billion euros rebuilding the line": a verb, not what it counts
        if not words and k == j and unit in CURRENCY_CODES and (
                t.low.endswith("ed") or t.low in _SUM_PARTICIPLES) and k + 1 < len(toks) \
                and toks[k + 1].low in _AFTER_PARTICIPLE:
            # "90,000 crowns given to his campaign", "$2 million earmarked for": no "amount
            # of given"; but "a $30 million bed tower", "$5 million seed funding" name it.
            break
        if words and _joins_hyphen(toks, k, words[-1]):
            # "tit-for-tat tariffs", "long-range missiles": one word across its hyphens.
            nxt = toks[k + 1]
            last = words[-1]
            joined = f"{last.text}-{nxt.text}"
            words[-1] = _Tok(last.start, nxt.end, joined, joined.lower())
            k += 2
            if _is_plural_head(words[-1]) and not _joins_hyphen(toks, k, words[-1]):
                break
            continue
        if words and t.start - words[-1].end > 1:
            break  # a line break or punctuation gap ends the phrase
        if not t.text[0].isalpha() or t.low in _STOP or t.low in _MONTHS \
                or t.low in _UNITS_WORDS or t.low in _TENS_WORDS:
            break
        if words and (t.low.endswith("ed") or t.low.endswith("ing") or t.low in _VERBS_S):
            break  # "troops gathered at", "the $130 million reduction falls on": a verb
        if nouns_capitalised and t.text[0].islower() and any(w.text[0].isupper() for w in words):
            break  # German: the noun ends the phrase ("12 Menschen sind ums Leben gekommen")
        if not words and k == j and _is_verb_after_count(toks, k):
            break  # "eight expected a cut": a verb, not an adjective ("300 skilled workers")
        if t.text[0].isupper() and t.text.isalpha() and not t.text.isupper() and words \
                and not words[-1].text[0].isupper():
            break  # a new name starts: "troops Russia…"
        words.append(t)
        k += 1
        if _is_plural_head(t) and not _joins_hyphen(toks, k, t) and not (
                t.low in _IRREGULAR_PLURALS and k < len(toks) and toks[k].low.endswith("ers")
                and toks[k].text.islower()):
            break  # a plural noun is the head: "vessels stuck in the bay" (not "people smugglers")
    if not words:
        # "12 people died and 41 were wounded": a toll whose noun is left out counts people.
        m = _past_bridge(toks, k)
        if unit is None and m > k and m < len(toks) and toks[m].low in _CASUALTY:
            return _LEFT_OUT + toks[m].low, m + 1
        return None, j
    if not nouns_capitalised and _a_name_not_a_count(words):
        return None, j  # "Arsenal 2 Chelsea 3": a score, not two Chelseas
    if nouns_capitalised and not any(w.text[0].isupper() for w in words):
        return None, j  # German counts a noun, and nouns are capitalised ("40 wurden verletzt")
    phrase = " ".join(w.text for w in words)
    # "14,000 people have been killed" → "people killed".
    m = _past_bridge(toks, k)
    if m < len(toks) and (toks[m].low in _CASUALTY or (m > k and toks[m].low in _DONE_AFTER)):
        phrase += " " + toks[m].low
        return phrase, (k if m > k else m + 1)
    if [t.low for t in toks[m:m + 3]] == ["lost", "their", "lives"]:
        return phrase + " died", k  # "17 people lost their lives": the toll
    return (None, j) if partitive else (phrase, k)


def _increment_at(toks: list[_Tok], j: int) -> str:
    """"more" of "killed two more people": the number adds to a toll given elsewhere, so
    it is part of the toll and never a rival figure for it (``facts.reconcile`` keeps
    such parts out of conflicts). Not "12 more than". ("further" and "additional" are no
    stop words: the counted phrase keeps them anyway.)"""
    if j < len(toks) and toks[j].text == "more" \
            and not (j + 1 < len(toks) and toks[j + 1].low == "than"):
        return "more"
    return ""


def _a_name_not_a_count(words: list[_Tok]) -> bool:
    """A phrase of capitalised words only, whose last is no plural: a name that follows a
    number ("Arsenal 2 Chelsea 3", "Rovers 2-3 United") rather than a counted group
    ("40 Palestinians", "three Swiss", "two Dutch", "300 Boeing jets" run on in lower
    case). A results table had become facts such as "Arsenal count of chelsea 3"."""
    last = words[-1].text
    return all(w.text[0].isupper() for w in words) and not last.isupper() \
        and not last.lower().endswith(_PLURAL_NAME_ENDINGS)


#: How names of peoples end in English when they count people: Americans, Chinese,
#: British, Dutch, French, Swiss.
_PLURAL_NAME_ENDINGS = ("s", "ese", "ish", "ch", "ss")


def _past_bridge(toks: list[_Tok], k: int) -> int:
    """The index after the auxiliaries and hedges between a counted noun and what happened
    to it: "have been killed", "are now known to have died", "are feared dead"."""
    m = k
    while m < len(toks) and m - k < 7 and toks[m].low in _BRIDGE:
        m += 1
    return m


#: Words between a counted noun and its casualty word. Before the sixteenth session only
#: auxiliaries: "Fourteen people are now known to have died" counted "people", which
#: is never compared, and the story's 14 never met another report's 12.
_BRIDGE = _AUX | {
    "now", "all", "also", "already", "since", "so", "far", "later", "known", "believed",
    "thought", "feared", "presumed", "reported", "confirmed", "said", "understood", "to",
    # "25 people were still missing", "13 remain missing" (a count of "people" was shown
    # as if it were the toll)
    "still", "remain", "remains", "remained",
}


#: Verbs that follow a count whose noun is left out, not in -ed (a probe found "two remain
#: in a critical condition" as a count of "remain").
_BARE_COUNT_VERBS = frozenset({
    "remain", "remains", "survive", "survived", "stay", "stayed", "say", "said", "agree",
    "disagree", "left", "went", "came", "fled", "were", "are", "was", "is", "have", "had",
})


def _is_verb_after_count(toks: list[_Tok], k: int) -> bool:
    """A word in -ed right after a number that a function word or punctuation follows:
    the verb of a count whose noun is left out ("eight expected a cut", "five agreed.")."""
    t = toks[k]
    if t.low in _BARE_COUNT_VERBS:
        return True  # "two remain in a critical condition": no "count of remain"
    if not t.low.endswith("ed") or t.low in _CASUALTY:
        return False
    return k + 1 >= len(toks) or toks[k + 1].low in _STOP or not toks[k + 1].text[0].isalpha()


def _is_plural_head(t: _Tok) -> bool:
    """"vessels", "people", not "region's" (a possessive runs on to its noun) or "bus"."""
    if t.text.islower() and t.low in _IRREGULAR_PLURALS:
        return True  # "41 people hours before the talks" counted "people hours"
    # (a compound "people smugglers" runs on: see _counts)
    return t.text.islower() and t.low.endswith("s") and not t.low.endswith(("ss", "us")) \
        and len(t.low) > 3 and not t.low.endswith(("'s", "’s"))


#: Plurals without an -s that end a counted phrase; not "police", "women", "men",
#: which often modify a noun ("2,000 police officers", "12 women workers").
_IRREGULAR_PLURALS = frozenset({"people", "children"})


def _joins_hyphen(toks: list[_Tok], k: int, last: _Tok) -> bool:
    """Whether toks[k] is a hyphen written tight between ``last`` and a next word."""
    return (
        k + 1 < len(toks) and toks[k].text == "-" and toks[k].start == last.end
        and toks[k + 1].start == toks[k].end and toks[k + 1].text[0].isalpha()
    )


_NUMBER_OF_RE = re.compile(
    r"\b(?:number|count|toll|tally)\s+of\s+"
    r"(?P<np>[a-z][\w-]*(?:\s+(?!(?:at|to|was|is|as|stood|stands|reached|reaches|rose|risen"
    r"|has|have|had|now|climbed|hit)\b)[a-z][\w-]*){0,3})"
    # "the number of injured stands at 40", "the number of people arrested has reached 12"
    r"\s+(?:(?:has|have|had|now)\s+)?(?:at|to|was|is|as|stood\s+at|stands\s+at|reached"
    r"|reaches|hit|(?:rose|risen|climbed|jumped|increased|fell|fallen|dropped)\s+to)\s*$"
)


#: What a sum is, written before it: "a fine of", "bail of", "bribes of", "a loan of".
_PAID_OF = re.compile(
    # with the word before it, which may say which sum: "health spending", "annual revenue"
    r"(?:(?<![\w'’])(?P<mod>[a-z][a-z-]*)\s+)?\b(fine|bail|bribes?|ransom|damages|compensation|grant|loan|penalty|settlement|salary"
    r"|bonus|budget|payout|subsidy|levy|tax"
    # "health spending of 41.2 billion crowns", "a deal of $3 billion": a sum named by
    # its value only is its own fact, and an outlet's corrected figure (14.2 billion for
    # 41.2) never met the one it corrected (an incremental-run probe)
    r"|spending|funding|investment|aid|revenues?|profits?|losses|debts?|deficit|contract"
    r"|deal|package|donations?|contributions?)\s+of\s+(?:(?:about|around|nearly|almost|some"
    r"|more\s+than|over|up\s+to|at\s+least)\s+)?$", re.IGNORECASE)
#: Verbs in -s that follow a counted noun and are no part of it ("the $130 million
#: reduction falls mostly on parks" counted "reduction falls" for a regression probe).
_VERBS_S = frozenset(
    "falls rises goes comes includes takes brings represents follows affects applies "
    "reaches replaces exceeds amounts begins lasts".split())
# Not "funds", "remains", "covers", "marks", "means", "leaves", "ends", "starts": nouns as
# often ("emergency funds", "human remains"); "emergency funds" had become "emergency".
#: Words after a participle that show it is one: "given to", "earmarked for", "raised by".
_AFTER_PARTICIPLE = frozenset("to for by in on from at with into under over as".split())
#: Participles after a sum, not ending in -ed, that say what was done with it.
_SUM_PARTICIPLES = frozenset("given taken stolen lost spent paid owed won sent lent".split())
#: Nouns after a sum that name the sum itself, not what it buys or pays for.
_SUM_ITSELF = frozenset("figure figures number sum amount total estimate".split())
#: A sum asked for, not imposed or agreed: "prosecutors had asked for a fine of €6
#: million" stood as a rival figure for the fine the court imposed.
_SOUGHT = re.compile(r"\b(?:ask(?:ed|ing|s)?\s+for|sought|seek(?:s|ing)?|demand(?:ed|ing|s)?"
                     r"|call(?:ed|ing|s)?\s+for|request(?:ed|ing|s)?|propos(?:ed|ing|es))"
                     r"\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
#: A sum's participle that makes it one asked for: "the €6 million sought by prosecutors".
_ASKED_WORDS = frozenset({"sought", "requested", "demanded"})
#: Who asked for a sum, written after it: "the €6 million prosecutors had sought", "the
#: $1.95 billion the mayor had requested".
_ASKED_AFTER = re.compile(
    r"\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,2}(?:had|have|has)\s+"
    r"(?:sought|asked\s+for|demanded|requested|proposed|wanted)\b", re.IGNORECASE)
#: What a sum asked for was, named earlier in the sentence ("fined … €4.2 million, less than
#: the €6 million prosecutors had sought": a fine).
_KIND_BEFORE = re.compile(
    r"\b(fine|bail|damages|compensation|ransom|penalty|settlement|budget|subsidy|grant)",
    re.IGNORECASE)
#: A sum right after "fined" and whom it fined (at most five words) is a fine: a
#: standards-desk probe's verdict ("fined Brightwater Foods €4.2 million") was "amount of
#: money" while another report's "a fine of €4.5 million" was "amount of fine", and the
#: two never met.
_FINED = re.compile(r"\bfined\s+(?:[\w.&'’-]+\s+){0,5}$", re.IGNORECASE)
#: Nouns a percentage measures when written next to it: "the key rate to 5%", "the 18%
#: wheat duty", "inflation rose to 3.1%". Without one the figure counted nothing and
#: never became a fact: a rate cut's story had "count of members: 2" as its top fact.
_MEASURED_NOUNS = frozenset(
    "rate rates inflation unemployment duty duties tariff tariffs tax taxes levy turnout "
    "growth stake yield margin premium deficit surplus discount fee fees wage wages pay "
    "salary salaries price prices quota output occupancy approval support majority "
    "unemployed vat".split()
)
#: Words that may stand between the measured noun and its percentage ("rate to 5%",
#: "inflation rose to 3.1%", "turnout was 61 percent", "duty falls to 6%").
_MEASURE_VERBS = frozenset(
    "to at of by was is were are stood stands rose rises risen fell falls fallen dropped "
    "drops climbed climbs jumped jumps eased eases slowed slows reached reaches hit hits "
    "cut cuts raised raises lowered lowers increased increases decreased decreases remained "
    "remains went goes came comes will would be been has had have now further up down".split()
)
_NOUN_WORD = re.compile(r"[a-z][a-z-]*$")


def _measured(text: str, toks: list[_Tok], start_i: int, after_i: int) -> str | None:
    """The noun a percentage measures: right after it ("the 18% wheat duty", "a 25%
    stake") or before it across a verb ("cut its key rate to 5%", "inflation rose to
    3.1%"), with up to two words before the noun ("key rate", "wheat duty"). Not across
    another number: "to 5% from 5.25%" leaves the old 5.25% uncounted, and so no rival."""
    if _a_change(toks, start_i):
        return None  # "rose by 2% to 7%": the rate is 7 %, the 2 % only how far it moved
    after = [t.low for t in toks[after_i:after_i + 3]]
    for n, word in enumerate(after):
        if not _NOUN_WORD.match(word):
            break
        if word in _MEASURED_NOUNS:
            return " ".join(after[: n + 1])
    k = start_i - 1
    if k > 0 and toks[k].low == "to":
        # "cut its main policy rate by a quarter of a percentage point to 5.00%": the
        # change between the noun and its new value.
        by = next((b for b in range(k - 1, max(-1, k - 9), -1) if toks[b].low == "by"), None)
        # or the size of the change without "by": "rose 2 percentage points to 7%".
        k = by if by is not None else _before_an_amount(toks, k)
    while k >= 0 and toks[k].low in _MEASURE_VERBS and start_i - k <= 12:
        k -= 1
    if k >= 0 and toks[k].low not in _MEASURED_NOUNS:
        k = _past_modifier(toks, k)
    if k < 0 or toks[k].low not in _MEASURED_NOUNS or toks[k].end > toks[start_i].start:
        return None
    if any(c in text[toks[k].end:toks[start_i].start] for c in ".;:!?\n"):
        return None
    words = [toks[k].low]
    m = k - 1
    while m >= 0 and len(words) < 3 and _NOUN_WORD.match(toks[m].low) and toks[m].text.islower() \
            and toks[m].low not in _STOP and toks[m].low not in _MEASURE_VERBS:
        words.insert(0, toks[m].low)
        m -= 1
    while m >= 0 and toks[m].low in {"the", "its", "their", "a", "an", "his", "her"}:
        m -= 1
    if m >= 0 and toks[m].low in _NOT_THE_VALUE:
        return None  # "two members preferring to hold the rate at 5.25%": not the rate
    return " ".join(words)


def _what_a_sum_is(
    text: str, toks: list[_Tok], start_i: int, j: int, counts: str | None, j2: int
) -> tuple[str | None, int]:
    """What a sum of money counts, and the index after its phrase: the noun after it
    (``counts``, ending at ``j2``) unless the sum was named before it or the noun names
    the number itself or who asked for it; else what is written before it ("a fine of",
    "asked for a fine of", "fined X")."""
    start = toks[start_i].start
    paid = _PAID_OF.search(text, max(0, start - 40), start)
    if counts is not None and (counts.split()[0] in _SUM_ITSELF or paid):
        # "bail of €50,000 pending an appeal": what the sum is was said before it, and
        # "the $2.4 billion figure refers to" names the number itself (a regression
        # probe's "amount of pending" and "amount of figure refers").
        counts, j2 = None, j
    if counts in _ASKED_WORDS or _ASKED_AFTER.match(text, toks[j - 1].end):
        # "the €6 million sought by prosecutors" is a sum sought, as the fine it was
        # compared with: its noun is no "sought" (the full name of a sum is its key).
        # "the €6 million prosecutors had sought": the noun after the sum is who asked
        # for it, not what it counts (a regression probe's "amount of prosecutors").
        kind = _KIND_BEFORE.findall(text, max(0, start - 200), start)
        return (kind[-1].lower() if kind else "sum") + " sought", j
    if counts is not None:
        return counts, j2
    if paid:
        counts = paid.group(2).lower()  # "a fine of 750,000 crowns"
        mod = (paid.group("mod") or "").lower()
        if mod and mod not in _STOP and mod not in _NOT_A_SUM_MODIFIER \
                and not mod.endswith(("ed", "ing")):  # "received donations of"
            # "defence spending of" and "education spending of" are two sums, "annual
            # revenue of" and "fourth-quarter revenue of" too (a regression probe: one
            # fact in conflict with itself); "spending of" alone is neither.
            counts = f"{mod} {counts}"
        if _SOUGHT.search(text, max(0, paid.start() - 40), paid.start()):
            counts += " sought"  # "prosecutors had asked for a fine of €6 million"
        return counts, j2
    if _FINED.search(text, max(0, start - 60), start):
        return "fine", j2  # "a court fined Brightwater Foods €4.2 million"
    estimate = _ESTIMATED_AT.search(text, max(0, start - 60), start)
    if estimate:
        # "estimated the damage at €40 million", "put the losses at": two officials'
        # estimates were sums of nothing, never compared (a briefing probe).
        what = _singular_of((estimate.group("what") or estimate.group("what2")).lower())
        whose = estimate.group("whose") or estimate.group("whose2")
        if whose:
            # "damage to the harbour" and "damage to farms" are two sums (a regression probe)
            what += " " + " ".join(w for w in whose.lower().split() if w not in _ARTICLES)
        return what, j2
    return None, j2


#: A sum an estimate puts on something, named before it ("estimated the damage at",
#: "put the cost of the repairs at", "damage to the harbour estimated at").
#: A qualifier before an estimated figure ("at about 40,000").
_ABOUT = (r"(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|at\s+least|up\s+to"
          r"|as\s+many\s+as|just\s+under|just\s+over)\s+)?")
_WHOSE = r"(?:\s+(?P<{}>(?:of|to|from|for)\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+))?"
_ARTICLES = frozenset({"the", "a", "an"})
#: Words before a sum's name that do not say which sum it is ("a total deal of").
_NOT_A_SUM_MODIFIER = frozenset("total overall new first last such whole entire its his her "
                                "their our your one took takes gave gives got gets made makes "
                                "won wins paid pays set sets show shows assume assumes include "
                                "includes expect expects report reports receive receives need "
                                "needs have has had see sees saw cut cuts raise raises project "
                                "projects forecast forecasts plan plans estimate estimates seek "
                                "seeks want wants offer offers approve approves announce "
                                "announces total totals public".split())
_ESTIMATED_AT = re.compile(
    r"\b(?:estimated|estimates|estimate|put|puts|putting|valued|values|assessed|assesses"
    r"|priced|prices|pegged)\s+(?:the\s+)?(?:total\s+)?(?P<what>damage|damages|cost|costs"
    r"|losses|loss|bill)" + _WHOSE.format("whose") + r"\s+at\s+" + _ABOUT + r"$"
    r"|\b(?:the\s+)?(?:total\s+)?(?P<what2>damage|cost|losses|bill)" + _WHOSE.format("whose2")
    + r"(?:\s+(?:was|is|has\s+been|had\s+been))?\s+(?:estimated|put|valued|assessed)\s+at\s+"
    + _ABOUT + r"$",
    re.IGNORECASE)


def _singular_of(word: str) -> str:
    return {"damages": "damage", "costs": "cost", "losses": "loss"}.get(word, word)


def _past_modifier(toks: list[_Tok], k: int) -> int:
    """The measured noun before a short "for"/"of"/"in" phrase that qualifies it: "Support
    for the tunnel stands at 58 percent", "Approval of the plan rose to 61%", "The jobless
    rate in Ambria climbed to 7 percent" (all counted nothing, so a poll or a rate gave
    no fact); ``k`` itself when there is none."""
    for p in range(k, max(-1, k - 4), -1):
        if toks[p].low in {"for", "of", "in"} and p > 0 and toks[p - 1].low in _MEASURED_NOUNS \
                and all(t.text.isalpha() for t in toks[p + 1:k + 1]):
            return p - 1
    return k


#: Words of a change's size between a verb and "to": "rose 2 percentage points to 7%".
_AMOUNT_WORDS = frozenset({"percentage", "point", "points", "%", "percent", "pct", "basis"})


def _before_an_amount(toks: list[_Tok], to: int) -> int:
    """The index before the amount a change is written with just before ``to`` ("2
    percentage points", "two points"), else ``to`` itself."""
    p = to - 1
    while p >= 0 and toks[p].low in _AMOUNT_WORDS:
        p -= 1
    if p < to - 1 and p >= 0 and (toks[p].low[:1].isdigit() or toks[p].low in _UNITS_WORDS):
        return p - 1
    return to


def _a_change(toks: list[_Tok], start_i: int) -> bool:
    """A percentage after "by", "up" or "down" says how far a figure moved ("fell by 2%",
    "rose by 2% to 7%", "went up 4%"), not what it is. ("Rose 3% to 4%" is a range,
    and stays one.)"""
    return start_i > 0 and toks[start_i - 1].low in {"by", "up", "down"}


#: Verbs before a measured noun that make its percentage a wish, not its value.
_NOT_THE_VALUE = frozenset(
    "hold holding held keep keeping kept leave leaving maintain maintaining prefer "
    "preferring preferred want wanted wants propose proposed proposing seek sought seeking "
    "demand demanded demanding urge urged target targeting expect expected forecast "
    "predict predicted".split()
)


#: "the death toll rose to 12", "the death toll from the fire stood at 12", "a death toll
#: of 12": the commonest way a toll is updated, which counted nothing before the sixteenth
#: session.
_DEATH_TOLL_RE = re.compile(
    r"\b(?:(?:death\s+)?toll|loss\s+of\s+life|number\s+of\s+(?:deaths|dead|fatalities|victims"
    # "the number of people killed in the fire has risen to 19"
    r"|(?:people|persons)\s+(?:killed|dead|who\s+(?:have\s+|had\s+)?died)))\s+"
    r"(?:(?:from|in|of|at|after)\s[^.;:!?]{0,100}?\s)?"  # "from the fire at the plant"
    r"(?:(?:has|had|have|was|is|now|then|officially|later)\s+){0,2}"
    r"(?:(?:rose|rises|risen|climbed|climbs|jumped|jumps|increased|grew|reached|reaches|hit"
    r"|hits|stood|stands|was|is|of|at|fell|fallen|dropped|lowered|corrected"
    # "the death toll was revised down to 38" (a regression probe's downward revision)
    r"|revised(?:\s+(?:down|up|upwards?|downwards?))?)\b\s*)(?:to\b|at\b)?\s*$"
    # "…, bringing the death toll to 14", "which took the number of dead to 9"
    r"|\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|took|pushing|pushes"
    r"|pushed|lifting|lifts|lifted|revised|revising|revises|lowered|lowering|corrected"
    r"|correcting)\s+(?:the\s+)?(?:(?:death\s+)?toll|number\s+of\s+(?:deaths"
    r"|dead|fatalities|victims))\s+"
    r"(?:(?:from|in|of|after)\s[^.;:!?]{0,100}?\s)?"  # "raising the death toll from Tuesday's…"
    r"(?:(?:down|up|upwards?|downwards?)\s+)?to\s*$",
    re.IGNORECASE,
)


_DEATHS_NEAR = re.compile(
    r"\b(?:dead|deaths?|died|killed|bodies|body|fatalities|victims|flood|quake|earthquake"
    r"|fire|blaze|crash|storm|disaster)\b", re.IGNORECASE)


#: A difference written before a count: "The margin was about 4,400 votes", "won by 312
#: votes", "a majority of 12 seats" count a margin, not the votes or seats (a facts
#: probe's 4,400 was shown as a later report of the winner's 48,210 votes).
_MARGIN_BEFORE = re.compile(
    # not "lead to 300 job losses", "the majority of 40 shops" (a regression probe)
    r"\b(?:(?:margin|lead|gap)\s+(?:was|is|of|stood\s+at|stands\s+at)"
    r"|(?:won|winning|wins|lost|losing|loses)\s+by|beat\s+\w+\s+by|ahead\s+by)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|just|only|some|over|under|more\s+than"
    r"|fewer\s+than|less\s+than)\s+)?$", re.IGNORECASE)


#: An estimate of a crowd's size, written before the number: "police estimated the crowd
#: at 40,000", "organisers put turnout at 120,000, police at 45,000", "the crowd was put at",
#: "a crowd of", "crowds numbering". The organisers' and the police's figures are the
#: commonest disputed count of a protest, and both counted nothing (a crowd of "people" at
#: most), so they were never compared. Turnout and attendance are a crowd only in a
#: sentence about a protest, march or rally (not an election's turnout nor a match's
#: attendance: a regression probe's derby crowd had disputed a march's).
_CROWD_WORDS = (r"(?:crowds?|turnout|attendance"
                r"|(?:the\s+)?size\s+of\s+the\s+(?:crowd|rally|march|protest))")
#: Who estimates a crowd, the noun of a second estimate that leaves "crowd" out
#: ("organisers put turnout at 120,000, police at 45,000"; not "the arrests at 40",
#: "officers at 2,500": a regression probe).
_ESTIMATORS = (r"(?:the\s+)?(?:police|organi[sz]ers|officials|authorities|city|council|ministry"
               r"|government|unions?|opposition|others|critics|media|estimates?|counts?)")
_CROWD_BEFORE = re.compile(
    r"\b(?:estimated|estimates|estimating|estimate|put|puts|putting|placed|places|placing"
    r"|pegged|pegs|numbered|counted)\s+(?:the\s+|their\s+|its\s+)?" + _CROWD_WORDS
    + r"\s+at\s+" + _ABOUT + r"$"
    + r"|\b" + _CROWD_WORDS + r"\s+(?:was|were|is|are|had\s+been|has\s+been)\s+"
    r"(?:officially\s+)?(?:estimated|put|placed|pegged|counted)\s+at\s+" + _ABOUT + r"$"
    + r"|\bcrowds?\s+(?:of|numbering|numbered|estimated\s+at|put\s+at)\s+" + _ABOUT + r"$"
    + r"|\b(?:estimated|put|puts|placed|pegged)\s+(?:the\s+)?" + _CROWD_WORDS
    + r"\s+at\s+" + _ABOUT + r"[\d.,]+(?:\s+(?:thousand|million))?\s*,?\s+(?:and\s+|while\s+"
    r"|but\s+|whereas\s+)?" + _ESTIMATORS + r"\s+(?:at\s+)?" + _ABOUT + r"$",
    re.IGNORECASE)
_PROTEST_WORDS = re.compile(
    r"\b(?:protests?|protesters|march(?:es|ed|ers)?|rall(?:y|ies)|demonstrat\w+|vigils?"
    r"|procession|walkout|strikers)\b", re.IGNORECASE)


def _clause_before(text: str, start: int) -> str:
    """The words of the number's clause before it (at most 160 characters)."""
    window = text[max(0, start - 160) : start]
    return window[max(window.rfind(". "), window.rfind("\n")) + 1 :]


def _crowd_before(text: str, start: int) -> bool:
    clause = _clause_before(text, start)
    m = _CROWD_BEFORE.search(clause)
    if m is None:
        return False
    if re.search(r"\bcrowds?\b|\bsize\b", m.group(), re.IGNORECASE):
        return True
    end = text.find(". ", start)
    return bool(_PROTEST_WORDS.search(clause + text[start : end if end > 0 else start + 200]))


def _number_of_before(text: str, start: int) -> str | None:
    """The counted phrase named before the number: "put the number of workers on strike
    at about 9,500" → "workers on strike"."""
    clause = _clause_before(text, start)
    toll = _DEATH_TOLL_RE.search(clause)  # a toll's phrase may run long: "from the fire at…"
    if toll and (any(w in toll.group().lower() for w in ("death", "loss of life"))
                 or _DEATHS_NEAR.search(clause)):
        # A bare "toll" is a death toll where the sentence speaks of the dead ("after
        # finding the last two missing residents dead, bringing the toll … to 11"), not
        # a road's or a strike's toll.
        return _LEFT_OUT + "killed"
    m = _NUMBER_OF_RE.search(clause[-90:])
    return m.group("np") if m else None


def _record(text: str, article_id: str, p: _Parsed) -> Quantity:
    span = text[p.start : p.end]
    return Quantity(
        id=content_id("quantity", article_id, str(p.start), str(p.end)),
        article_id=article_id,
        start=p.start,
        end=p.end,
        text=span,
        value=p.value,
        unit=p.unit,
        qualifier=p.qualifier,
        counts=p.counts,
    )
