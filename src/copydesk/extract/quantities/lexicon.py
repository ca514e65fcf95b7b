"""The words quantities are made of: number words, scales, vague magnitudes, currencies,
units, casualty participles and the stop words that end a counted phrase. Tables, and
two readers of them for other stages."""

from __future__ import annotations

import math

#: The noun of a toll that leaves it out ("killing 12 people and wounding 38"): people,
#: unless an earlier count of the sentence names another ("infected 40,000 chickens and
#: killed 3,000" counts chickens; "Of the 30 vehicles, 12 were hit" vehicles).
_LEFT_OUT = "people "


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
    # the genitive singular after a fraction ("3,2 мільйона гривень" had been 3.2)
    "мільйона": 1e6, "мільярда": 1e9,
}


#: Abbreviations that scale only in lower case: "150 MLD" is a plant's million litres a
#: day (a regression probe's sewage plant of 150 billion), "150 mld zł" is billions.
_LOWER_CASE_SCALES = frozenset({"mln", "mld", "mlrd", "tys"})


def scale_word_powers() -> dict[str, int]:
    """The scale words of a thousand and more as powers of ten ("млн": 6), for readers
    of figures outside the quantities stage (the report's figure keys), so that a text
    has one reading of its scale words: the report's own list had lacked the Russian and
    Ukrainian ones, and keyed "3,2 млн" as 3.2."""
    return {word: round(math.log10(value)) for word, value in _SCALES.items() if value >= 1e3}


def lower_case_only_scale(word: str) -> bool:
    """Whether ``word`` is a scale abbreviation that capitals make something else."""
    return word.lower() in _LOWER_CASE_SCALES


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
    # French elisions are one token: "l'annulation d'au moins 1 500 vols", "jusqu'à 60
    # km/h" had no qualifier (a held-out quantities probe); Italian "fino a".
    (("d'au", "moins"), "at least"), (("d’au", "moins"), "at least"),
    (("jusqu'à",), "up to"), (("jusqu’à",), "up to"), (("fino", "a"), "up to"),
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
    # Ukrainian (a multilingual probe's "12,5 млн євро" had no unit)
    "євро": "EUR", "долар": "USD", "долари": "USD", "доларів": "USD", "доллары": "USD",
    # Currencies named by a word of one country (a held-out quantities probe's "a ransom of
    # 50 million naira" counted "naira"); not "rand", "shilling", "peso", "dinar", "riyal":
    # a name, or several countries' money.
    "naira": "NGN", "cedi": "GHS", "cedis": "GHS", "zloty": "PLN", "zlotys": "PLN",
    "forint": "HUF", "forints": "HUF", "baht": "THB", "ringgit": "MYR", "rupiah": "IDR",
    "hryvnya": "UAH", "lempira": "HNL", "lempiras": "HNL",
}
#: A country's word before a currency's name that says which one: "12 million Swiss
#: francs" was a count of "Swiss francs" (a standards-desk probe), "Canadian dollars" USD.
_CURRENCY_COUNTRY = {
    ("swiss", "franc"): "CHF", ("us", "dollar"): "USD", ("u.s.", "dollar"): "USD",
    ("american", "dollar"): "USD", ("canadian", "dollar"): "CAD",
    ("australian", "dollar"): "AUD", ("singapore", "dollar"): "SGD",
    ("taiwan", "dollar"): "TWD", ("mexican", "peso"): "MXN", ("argentine", "peso"): "ARS",
    ("chilean", "peso"): "CLP", ("philippine", "peso"): "PHP",
    # two-word countries, by their second word ("9 million New Zealand dollars")
    ("kong", "dollar"): "HKD", ("zealand", "dollar"): "NZD", ("african", "rand"): "ZAR",
}


#: Every money unit this module writes (the facts stage reads a sum by it).
CURRENCY_CODES = frozenset(
    set(_CURRENCY_SYMBOLS.values()) | set(_CURRENCY_PREFIX_WORDS.values())
    | set(_CURRENCY_WORDS.values()) | set(_CURRENCY_COUNTRY.values())
    | {"AUD", "CAD", "HKD", "NZD"}
)


_UNIT_WORDS = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
    # Short forms a spinner or a sports desk writes ("about 90 mins" was a count of "mins").
    # ("hrs" is a clock time; "h" after a number hours, "7 h de retraso")
    "secs": "second", "min": "minute", "mins": "minute", "hr": "hour", "h": "hour",
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
    "magnitude": "magnitude",  # "a 5.8-magnitude quake"
} | {
    # The same units in the other languages of the probes: a held-out quantities probe's
    # "8 años de prisión", "18 mois avec sursis", "40 Zentimeter", "34 grados" and "300
    # Hektar" counted the unit's word, with no unit. (Not "an" or "ore", English words.)
    word: unit for unit, words in {
        "year": "años anos ans anni anno jahre jahren",
        "month": "meses mes mois mesi monate monaten",
        "week": "semanas semaines settimane wochen",
        "day": "días dias jours giorni tage tagen",
        "hour": "horas heures stunden",
        "minute": "minutos minuti minuten",
        "second": "segundos secondes secondi sekunden",
        "km": "kilómetros kilometros kilomètres chilometri kilometern",
        "m": "metros mètres metri metern",
        "cm": "centímetros centimetros centimètres centimetri zentimeter zentimetern",
        "mm": "milímetros millimètres millimetri millimeter",
        "degree": "grados degrés gradi",  # not "grad": "12 grad students"
        "hectare": "hectáreas hectareas ettari hektar",
        "tonne": "toneladas tonnellate tonnen",
        "litre": "litros litri",
    }.items() for word in words.split()
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
                  "uhr", "o'clock", "o’clock"}  # "um 20.40 Uhr": a German clock time


#: Glued to a number, they make it an ordinal: English, and French ("le 1er juin", "la 2e
#: place", "au 3ème étage": a held-out quantities probe's "1er juin" counted "er juin"),
#: and the Spanish and Italian ordinal indicators ("1º", "2ª").
_ORDINAL_SUFFIXES = {"st", "nd", "rd", "th", "er", "re", "ère", "e", "ème", "eme", "es",
                     "ers", "º", "ª"}


#: Participles that say what happened to the counted people; joined to ``counts``.
_CASUALTY = {
    "killed", "dead", "wounded", "injured", "hurt", "displaced", "arrested", "detained",
    "evacuated", "missing", "died", "infected", "rescued", "deported", "captured",
    "unaccounted",  # "at least four remained unaccounted for": missing (``CASUALTY_AS``)
}
#: A casualty word counted under another's name: the facts step compares "people missing".
CASUALTY_AS = {"unaccounted": "missing"}


#: Verbs that, right before a count, say what was done to those counted: the casualty
#: participles that are also transitive verbs ("killed 96 people", not "died 96").
_DONE_TO = _CASUALTY - {"dead", "died", "missing", "unaccounted"}


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
    # adverbs of place and manner ("every contract worth more than €10,000 online", a
    # standards-desk probe's "count of online")
    "abroad", "annually", "anyway", "together",
    # prepositions and comparatives of the other languages, which start no counted
    # phrase: a held-out quantities probe's "2,5 milliards d'euros pour l'emploi des
    # jeunes" counted "pour l'emploi des jeunes", "52 puntos, 5 más que el segundo" "más
    # que el segundo" (not "de", "la", "el": "El Paso", "La Paz" start names)
    "en", "à", "pour", "avec", "sans", "sur", "dans", "chez", "contre", "selon", "dont",
    "que", "qui", "moins", "para", "contra", "según", "más", "menos", "senza", "contro",
    "più", "meno", "che", "für", "mit", "ohne", "gegen", "nach", "bei", "seit", "als", "wie", "und",
    "oder", "mehr", "weniger",
    # Russian and Ukrainian prepositions and conjunctions: a probe's "«48 на 48»" (a
    # prisoner swap's formula) counted "на"
    "на", "в", "во", "по", "из", "за", "до", "от", "с", "со", "у", "к", "о", "об", "при",
    "под", "над", "для", "и", "или", "но", "а", "что", "как", "і", "й", "та", "або", "з",
    "із", "під", "біля", "що", "як",
}


#: Joiners between a quantity and its counted phrase ("$200 million in aid").
_JOINERS = {"of", "in", "worth"}


#: The longest counted phrase kept: news counts are short ("US military equipment").
MAX_COUNT_WORDS = 4  # longer phrases on the seeds were always a clause, not a noun phrase
