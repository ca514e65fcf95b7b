"""Spanish and German tolls: "al menos cuatro personas murieron", "seis muertos y 27
heridos", "mindestens vier Menschen kamen ums Leben", "sechs Tote und 27 Verletzte"; and
the reader of every language's tolls (Italian, Portuguese and Dutch words are in
:mod:`tolls_more`).

As with French (``french``), the parser's counted nouns and casualty words are English,
so a Spanish or German report's toll made no fact, and a disaster covered in two
languages never had its tolls compared across them. These rules read tolls only, in the
words the facts step knows ("people killed", "people injured", "people missing",
"people evacuated", "people hospitalised"); other counts keep no noun and make no fact.
The guards are the French ones in each language: not after a forecast, a condition, a
negation, the size of a rise or an earlier figure, nor in figures of speech.
"""

from __future__ import annotations

import re

from copydesk.extract.quantities.toll_rules import TollRules, number_words, parse_number
from copydesk.extract.quantities.tolls_more import MORE_LANGUAGES
from copydesk.extract.quantities.tolls_slavic import SLAVIC_LANGUAGES, SLAVIC_VERBS
from copydesk.records import Quantity, content_id

_NUMBERS = {
    "es": {"un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
           "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
           "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "diecisiete": 17,
           "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiún": 21, "veintiuno": 21,
           "veintiuna": 21, "veintidós": 22, "veintitrés": 23, "veinticuatro": 24,
           "veinticinco": 25, "veintiséis": 26, "veintisiete": 27, "veintiocho": 28,
           "veintinueve": 29, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
           "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100},
    "de": {"ein": 1, "eine": 1, "einer": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
           "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
           "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
           "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40,
           "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
           "hundert": 100},
}


def _number_words(language: str) -> str:
    return number_words(_NUMBERS[language], _JOINERS[language])


_JOINERS = {"es": r"\s+y\s+", "de": r"und"}


_SPANISH_AUX = (r"(?:(?:han|habían|que|se)\s+)?(?:(?:resultaron|resultado|quedaron|siguen"
                r"|seguían|permanecen|permanecían|están|estaban|fueron|han\s+sido"
                r"|tuvieron\s+que\s+ser)\s+)?(?:(?:gravemente|levemente|heridas?\s+de\s+gravedad)"
                r"\s+)?")
_SPANISH_DEEDS = (r"murieron|muerto|fallecieron|fallecido|perdieron\s+la\s+vida|perdido\s+la"
                  r"\s+vida|heridas?|heridos?|desaparecidas?|desaparecidos?|evacuadas?"
                  r"|evacuados?|desalojadas?|desalojados?|hospitalizadas?|hospitalizados?"
                  r"|atendidas?|atendidos?")
_SPANISH = TollRules(
    language="es",
    numbers=_NUMBERS["es"],
    joiner=_JOINERS["es"],
    patterns=(re.compile(
        r"(?i)(?<![\w,.])(?P<qual>al\s+menos|por\s+lo\s+menos|más\s+de|cerca\s+de|unos|unas"
        r"|alrededor\s+de|casi|menos\s+de)?\s*"
        r"(?P<n>\d{1,3}(?:[.\s\u00a0]\d{3})*|" + _number_words("es") + r")\s+"
        # any plural noun, and where they were from ("siete vecinos de Pueblo Arenillas")
        r"(?:(?:(?P<noun>(?-i:[a-záéíóúñü]+s))(?:\s+de(?:l)?\s+(?-i:[A-ZÁÉÍÓÚ][\w-]*)"
        r"(?:\s+(?-i:[A-ZÁÉÍÓÚ][\w-]*)){0,2})?\s+)?" + _SPANISH_AUX
        + r"(?P<deed>" + _SPANISH_DEEDS + r")"
        r"|(?P<bare>muertos|muertas|muerto|fallecidos|fallecidas|heridos|herido|desaparecidos"
        r"|desaparecidas|desaparecido|evacuados|evacuadas|víctimas\s+mortales))\b"),
        # "se cobró la vida de cinco ancianos"
        re.compile(r"(?i)cobr[óa]\s+la\s+vida\s+de\s+(?P<qual>al\s+menos|más\s+de)?\s*"
                   r"(?P<n>\d{1,3}(?:[.\s\u00a0]\d{3})*|" + _number_words("es") + r")\b"),
        # "causó la muerte de tres personas", "41 muertes"
        re.compile(r"(?i)\bla\s+muerte\s+de\s+(?P<qual>al\s+menos|más\s+de)?\s*"
                   r"(?P<n>\d{1,3}(?:[.\s\u00a0]\d{3})*|" + _number_words("es") + r")\s+"
                   r"(?P<noun>(?-i:[a-záéíóúñü]+s))\b"),
        re.compile(r"(?i)(?<![\w,.])(?P<qual>al\s+menos|más\s+de)?\s*(?P<n>\d{1,3}"
                   r"(?:[.\s\u00a0]\d{3})*|" + _number_words("es") + r")\s+(?P<bare>muertes)\b"),
        # the verb first: "murieron dos personas", "murió un motorista"
        re.compile(r"(?i)\b(?P<deed>murieron|fallecieron|murió|falleció)\s+(?P<qual>al\s+menos"
                   r"|más\s+de)?\s*(?P<n>\d{1,3}(?:[.\s\u00a0]\d{3})*|"
                   + _number_words("es") + r")\s+(?P<noun>(?-i:[a-záéíóúñü]+))\b"),
        # a new total: "el número de fallecidos … asciende ya a 34", "elevó a nueve el
        # número de muertos"
        re.compile(r"(?i)\b(?:número|cifra|balance)\s+de\s+(?P<bare>muertos|fallecidos|heridos"
                   r"|desaparecidos)[^.;:!?]{0,60}?\b(?:asciende|ascendió|se\s+eleva|se\s+elevó"
                   r"|llega|llegó|sube|subió)\s+(?:ya\s+)?a\s+(?P<qual>más\s+de)?\s*"
                   r"(?P<n>\d{1,3}(?:[.\s\u00a0]\d{3})*|" + _number_words("es") + r")\b"),
        re.compile(r"(?i)\belev[óa]\s+a\s+(?P<qual>más\s+de)?\s*(?P<n>\d{1,3}(?:[.\s\u00a0]"
                   r"\d{3})*|" + _number_words("es") + r")\s+(?:el\s+)?(?:número|balance|cifra)"
                   r"\s+de\s+(?P<bare>muertos|fallecidos|heridos|desaparecidos)\b"),
    ),
    deeds={"mu": "killed", "fallec": "killed", "perd": "killed", "víctimas": "killed",
           "her": "injured", "atend": "injured", "desaparec": "missing",
           "evacu": "evacuated", "desaloj": "evacuated", "hospital": "hospitalised"},
    qualifiers={"al menos": "at least", "por lo menos": "at least", "más de": "more than",
                "cerca de": "nearly", "casi": "nearly", "unos": "about", "unas": "about",
                "alrededor de": "about", "menos de": "fewer than"},
    not_this_toll=re.compile(
        r"(?i)(?:\b(?:podría[n]?|puede[n]?|podrá[n]?|temen?|teme[n]?|si|superar|alcanzar)\b"
        r"[^.;:!?]*|\b(?:no|ningún|ninguna|ninguno|sin|nadie|ni)\s+(?:hubo\s+|hay\s+)?"
        r"|\b(?:aumentó|aumentado|subió|subido|creció|crecido|elevó|elevado|bajó)\s+"
        r"en\s+|\b(?:primer|anterior|inicial)\s+balance\b[^.;:!?]*|\bhablaba\s+de\s+"
        r"|\binicialmente\b[^.;:!?]*|\b(?:19|20)\d\d\b[^.;:!?]*"
        r"|\b(?:año\s+pasado|hace\s+\w+\s+años|capacidad|hasta)\b[^.;:!?]*"
        r"|(?:^|[.!?]\s+|\s)(?:los|las|estos|estas)\s+)$"),
    not_a_toll_after=re.compile(
        r"(?i)\s+(?:de\s+(?:risa|miedo|hambre|frío|sueño|vergüenza|envidia|cansancio)"
        r"|en\s+su\s+(?:orgullo|amor\s+propio)|fueron\s+hallad|fueron\s+encontrad"
        r"|aparecieron|con\s+vida|[^.;:!?]{0,40}\b(?:en|durante)\s+(?:la\s+década\s+de\s+)?"
        r"(?:19|20)\d\d)\b"),
)

_GERMAN_NUMBER = r"(?P<n>\d{1,3}(?:[.\s\u00a0]\d{3})*|" + _number_words("de") + r")"
_GERMAN_QUALIFIER = (r"(?P<qual>mindestens|wenigstens|mehr\s+als|über|rund|etwa|fast|knapp"
                     r"|weniger\s+als|ungefähr)?\s*")
_GERMAN = TollRules(
    language="de",
    numbers=_NUMBERS["de"],
    joiner=_JOINERS["de"],
    patterns=(re.compile(
        r"(?i)(?<![\w,.])" + _GERMAN_QUALIFIER + _GERMAN_NUMBER + r"\s+"
        r"(?:(?:(?P<noun>(?-i:[A-ZÄÖÜ][a-zäöüß]+)|weitere)(?:\s+(?-i:einer|eines|der|des|aus)"
        r"\s+[^.;:!?]{0,30}?)?\s+)?"
        # the verb's two parts around the rest: "kamen am Mittwoch beim Einsturz … ums
        # Leben", "wurden bei der Explosion … verletzt"
        r"(?:(?:sind|wurden|werden|mussten|kamen|gelten|galten|haben|hatten|erlitten)\b"
        r"[^.;:!?]{0,90}?\s)?(?:(?:schwer|leicht|lebensgefährlich|tödlich)\s+)?(?:als\s+)?"
        r"(?P<deed>ums\s+Leben|das\s+Leben|starben|gestorben|getötet|verletzt|vermisst"
        r"|evakuiert|Verletzungen|(?:ins|im|in\s+(?:ein|die)?\s*)\s*Krankenh[aä]use?r?"
        r"|verunglückt)"
        r"|(?P<bare>Tote|Toten|Todesopfer|Menschenleben|Verletzte|Verletzten|Schwerverletzte"
        r"|Schwerverletzten|Leichtverletzte|Leichtverletzten|Vermisste|Vermissten"
        r"|Evakuierte))\b"),
        # the verb first: "starben siebzehn Fahrgäste", "forderte einen Toten" is above
        re.compile(r"(?i)\b(?P<deed>starben|verunglückten)\s+" + _GERMAN_QUALIFIER
                   + _GERMAN_NUMBER + r"\s+(?P<noun>(?-i:[A-ZÄÖÜ][a-zäöüß]+))\b"),
        # a new total: "Die Zahl der Toten … ist auf 23 gestiegen"
        re.compile(r"(?i)\bZahl\s+der\s+(?P<bare>Toten|Todesopfer|Verletzten|Vermissten)"
                   r"[^.;:!?]{0,60}?\bauf\s+" + _GERMAN_QUALIFIER + _GERMAN_NUMBER
                   + r"\s+(?:gestiegen|angestiegen|erhöht|gewachsen)\b"),
    ),
    deeds={"ums": "killed", "das": "killed", "menschenleben": "killed", "starb": "killed",
           "gestorb": "killed", "getötet": "killed",
           "tote": "killed", "todesopfer": "killed", "verunglückt": "killed",
           "verletzt": "injured", "schwerverletzt": "injured", "leichtverletzt": "injured",
           "vermisst": "missing", "evakuiert": "evacuated", "ins": "hospitalised",
           "im": "hospitalised", "in": "hospitalised"},
    qualifiers={"mindestens": "at least", "wenigstens": "at least", "mehr als": "more than",
                "über": "more than", "rund": "about", "etwa": "about", "ungefähr": "about",
                "fast": "nearly", "knapp": "nearly", "weniger als": "fewer than"},
    not_this_toll=re.compile(
        r"(?i)(?:\b(?:könnte[n]?|dürfte[n]?|befürchte[tn]?|falls|wenn|sollte[n]?|droh\w*"
        r"|steigen|erreichen)\b[^.;:!?]*|\b(?:kein|keine|keinen|keiner|ohne|niemand|nicht)"
        r"\s+|\b(?:stieg|gestiegen|erhöhte\s+sich|erhöht)\s+um\s+"  # "auf" gives the new total
        r"|\b(?:ersten?|vorherigen?|frühere[nm]?)\s+(?:Bilanz|Angaben)\b[^.;:!?]*"
        r"|\bzunächst\b[^.;:!?]*|\bvon\s+(?=[^.;:!?]*\bdie\s+Rede\b)"
        r"|\b(?:19|20)\d\d\b[^.;:!?]*|(?:^|[.!?]\s+|\s)(?:die|diese|beiden|alle)\s+"
        r"|\b(?:um|gegen|ab|seit|bis|vor)\s+"  # "um 4 starben", "vor 50 Jahren": a time
        r"|\b(?:vor\s+\w+\s+Jahren|anfangs|damals|bis\s+zu)\b[^.;:!?]*)$"),
    not_a_toll_after=re.compile(
        r"(?i)\s+(?:wurden\s+(?:lebend|wohlbehalten)|(?:sind|wurden)\s+(?:wieder\s+)?"
        r"aufgetaucht|in\s+(?:ihrem|seinem)\s+Stolz|die\s+Rede\s+war"
        r"|[^.;:!?]{0,30}\b(?:von|aus|im\s+Jahr)\s+(?:19|20)\d\d)\b"),
)

LANGUAGES = {"es": _SPANISH, "de": _GERMAN, **MORE_LANGUAGES, **SLAVIC_LANGUAGES}
#: Casualty words that are verbs, a toll by themselves after a count ("27 murieron").
_A_VERB = re.compile(r"(?i)murieron|fallecieron|perdieron|starben|ums\s+Leben|morreram"
                     r"|perderam|om\s+het\s+leven|omgekomen|overleden|" + SLAVIC_VERBS)


def other_tolls(text: str, article_id: str, language: str) -> list[Quantity]:
    """The tolls of a Spanish or German ``text`` as quantities (they replace what the
    English parser read at the same place)."""
    rules = LANGUAGES.get(language)
    if rules is None:
        return []
    found: dict[int, Quantity] = {}
    for pattern in rules.patterns:
        for m in pattern.finditer(text):
            toll = _toll(text, article_id, rules, m)
            if toll is not None and not any(q.start < toll.end and toll.start < q.end
                                            for q in found.values()):
                found[toll.start] = toll
    return [found[k] for k in sorted(found)]


#: Who died that is no person: "unas 3.000 gallinas murieron".
_ANIMALS = frozenset("animales gallinas pollos vacas ovejas cabras cerdos caballos reses peces "
                     "perros gatos aves tiere hühner kühe rinder schafe ziegen schweine pferde "
                     "fische hunde katzen vögel animali galline mucche pecore capre maiali "
                     "cavalli pesci cani gatti uccelli animais galinhas vacas ovelhas cabras "
                     "porcos cavalos peixes cães gatos aves dieren kippen koeien schapen geiten "
                     "varkens paarden vissen honden katten vogels frangos cane gatto cavallo "
                     "mucca cão cavalo hond paard koe".split())


def _toll(text: str, article_id: str, rules: TollRules, m: re.Match[str]) -> Quantity | None:
    groups = m.groupdict()
    if (groups.get("noun") or "").lower() in _ANIMALS:
        return None
    the = "the" if groups.get("the") else "n"  # "the driver": one person, no count
    number = 1 if the == "the" else parse_number(m.group("n"), rules)
    stop = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()))
    sentence = stop + 1 if stop >= 0 else 0
    start = m.start("qual") if groups.get("qual") else m.start(the)
    first = min(start, m.start())
    if not number or rules.not_this_toll.search(text[sentence:start]) \
            or rules.not_a_toll_after.match(text, m.end()) \
            or text[max(0, first - 1):first] in _QUOTES:
        return None  # a forecast, a negation, an earlier figure, a title in quotes …
    deed_word = (groups.get("deed") or groups.get("bare") or "").lower()
    if groups.get("deed") and not groups.get("noun") and not text[
            m.end(the):m.start("deed")].strip() and not _A_VERB.match(deed_word) \
            and deed_word not in _ALONE and m.start("deed") > m.start(the):
        return None  # "45 heridas" are wounds: a participle alone needs its verb or noun
    deed = next((english for stem, english in rules.deeds.items()
                 if deed_word.startswith(stem)), None) if deed_word else "killed"
    if deed is None:
        return None
    noun = "others" if (groups.get("noun") or "").lower() in ("otras", "otros", "weitere") \
        else "people"
    qual = " ".join((groups.get("qual") or "").lower().split())
    end = max(m.end(), m.end(the))
    return Quantity(
        id=content_id("quantity", article_id, str(first), str(end)),
        article_id=article_id, start=first, end=end, text=text[first:end],
        value=float(number), unit=None, qualifier=rules.qualifiers.get(qual),
        counts=f"{noun} {deed}")


#: A toll alone after its count ("seis muertos y 27 heridos"): the masculine plural,
#: which names people; "45 heridas" are wounds.
_ALONE = frozenset("muertos fallecidos heridos desaparecidos evacuados muerto fallecido herido "
                   "desaparecido morti deceduti feriti dispersi sfollati evacuati ricoverati "
                   "mortos feridos desaparecidos desalojados deslocados evacuados internados "
                   "hospitalizados gewond vermist omgekomen".split())
_QUOTES = frozenset("'‘\"“„«")
