"""Weekdays and yesterday, today and tomorrow in German, Spanish, Italian, Portuguese,
Dutch, Russian and Ukrainian: "am Dienstag", "el martes pasado", "giovedì prossimo",
"ontem", "gisteren", "в прошлую среду", "у п'ятницю", "вчора".

The date rules read days with their month in these languages ("am 20. März", "el 3 de
marzo"), but not the days news most often gives, so a German or Spanish report's
timeline had its weekdays missing. Each language's rules run on its own text only:
"hier" is French for yesterday and German for here, "morgen" German and Dutch for
tomorrow; German "Morgen" (capitalised), Spanish "la mañana" and Dutch "'s morgens" are
the morning, not read.

A bare weekday is the latest one on or before the publication date, unless its sentence
speaks of the future in that language (a future tense or a word of plans: "wird",
"celebrará", "va a", "prossimo") and not of the past, then the next one on or after it;
"nächsten", "próximo", "prossimo" make it the next one, "letzten", "pasado", "scorso"
the last one. Tense is read from a few words per language, so it is rougher than the
English and French rules; Russian and Ukrainian tense is read from the verbs by the
dictionary (``slavic_tense``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import partial

from copydesk.calendar_words import (
    ANY_LAST_WEEKDAY_WORDS,
    ANY_NEXT_WEEKDAY_WORDS,
    APOSTROPHES,
    FOREIGN_WEEKDAYS,
    RELATIVE_DAYS,
    SLAVIC_WEEKDAYS,
    WEEKDAY_NUMBERS,
)
from copydesk.extract.dates.patterns import _Rule, inside_a_sentence, sentence_around
from copydesk.extract.dates.periods_other import PERIOD_RULES
from copydesk.extract.dates.resolvers import _month_range, _weekday_near, _year_near
from copydesk.extract.dates.slavic_tense import slavic_tense_words

#: Each language's weekdays as its text writes them, for patterns ("lunes|martes|…").
_DAYS = {language: "|".join(day.title() if language == "de" else day for day in days)
         for language, days in FOREIGN_WEEKDAYS.items()}

#: Words of a sentence about what is to come, by language.
FUTURE = {
    "de": re.compile(rf"\b(?:für(?=\s+(?:den\s+)?(?:{_DAYS['de']}))"
                     r"|wird|werden|soll|sollen|geplant|plant|planen|künftig|kommende[nmrs]?"
                     r"|nächste[nmrs]?|erwartet|erwarten|rechnet|rechnen|warnt|warnen)\b"),
    # (a day something is called for: "convocaron una huelga para el martes", "uno sciopero
    # per martedì", "für Dienstag einen Streik angekündigt")
    # (and the conditional of plans reported: "las obras comenzarían en septiembre"; not
    # "habría", "avrebbe", "teria": would have)
    "es": re.compile(r"\b(?:\w+(?:rá|rán|remos)|(?!habr)\w+rían?|va\s+a|van\s+a|prevé|prevén"
                     r"|previst[oa]s?"
                     rf"|próxim[oa]s?|para(?=\s+el\s+(?:{_DAYS['es']})))\b"),
    "it": re.compile(r"\b(?:\w+(?:rà|ranno|remo)|(?!avr)\w+rebbero?|previst[oaie]|prossim[oaie]"
                     rf"|per(?=\s+(?:{_DAYS['it']})))\b"),
    "pt": re.compile(r"\b(?:\w+(?:rá|rão|remos)|vai|vão|prevê|previst[oa]s?|próxim[oa]s?)\b"),
    # (Dutch tells what is to come in the present: "wordt pas in september openbaar
    # gemaakt", a held-out probe's September went a year back)
    "nl": re.compile(r"\b(?:zal|zullen|gaat|gaan|gepland|komende|volgende|verwacht|verwachten"
                     r"|wordt|worden)\b"),
}
#: ... and of what happened. Not an attribution ("dijo Halvik", "disse"): it tells when
#: it was said, not when what it says happens ("«… lo que el viernes tiene que dar …»,
#: dijo Halvik": the demo's coming Friday had gone a week back).
PAST = {
    # (irregular past forms news uses: "hielt am Donnerstag eine Rede", "hizo el anuncio el
    # jueves", "fece l'annuncio giovedì" had each been the Thursday to come)
    "de": re.compile(r"\b(?:hat|haben|hatte|hatten|war|waren|wurde|wurden|hielt|gab|kam|ging"
                     r"|nahm|fand|traf|rief|stand|lag|fiel|zog|brachte|stimmte|stimmten|wählte"
                     r"|beschloss|beschlossen|verlor|gewann|starb|schlug|brach|sah|stieg|sank)\b"),
    "es": re.compile(r"\b(?:\w+(?:ó|aron|ieron)|ha|han|había|habían|fue|fueron|hizo|hicieron"
                     r"|tuvo|puso|vino|dio|estuvo|quiso|pudo|supo|trajo"
                     # "dijo el lunes que …": the day of the saying, not of what it says
                     rf"|dijo(?=\s+el\s+(?:{_DAYS['es']})))\b"),
    "it": re.compile(r"\b(?:ha|hanno|aveva|avevano|era|erano|è\s+stat[oaie]|sono\s+stat[ie]"
                     r"|fece|fecero|ebbe|venne|vennero|mise|prese|vide|diede"
                     # "si sono tenute a ottobre", "si è insediato a dicembre" (not "è previsto")
                     r"|(?:si\s+)?(?:è|sono)\s+(?!previst)\w+(?:at|ut|it)[oaie])\b"),
    "pt": re.compile(r"\b(?:\w+(?:ou|aram|eram|iram)|foi|foram)\b"),
    "nl": re.compile(r"\b(?:heeft|hebben|had|hadden|was|waren|werd|werden)\b"),
}
#: A state in force until a day to come, in the present: "el servicio queda suspendido
#: hasta el jueves" (a fact-checker probe's Spanish copy put it before the collapse its
#: English original reported), "die Brücke bleibt bis Donnerstag gesperrt".
_UNTIL_STATE = {language: re.compile(rf"(?i)\b(?:{verbs})\s+(?:[\w-]+\s+){{0,4}}?(?:{until})\s+$")
                for language, verbs, until in (
    ("de", "bleibt|bleiben|ist|sind", r"bis(?:\s+(?:zum|am))?"),
    ("es", "queda|quedan|permanece|permanecen|está|están|sigue|siguen", r"hasta(?:\s+el)?"),
    ("it", r"resta|restano|rimane|rimangono|(?:è|sono)(?!\s+(?:stat|rimast|restat))",
     r"fino\s+a"),
    ("pt", "fica|ficam|permanece|permanecem|está|estão|segue|seguem", r"até(?:\s+à|\s+a)?"),
    ("nl", "blijft|blijven|is|zijn", r"tot(?:\s+en\s+met)?"),
)}
#: Words before "mañana", "morgen" or "amanhã" that make it the morning.
_MORNING_BEFORE = re.compile(r"(?i)\b(?:la|esta|por|de|heute|gestern|vandaag|'s)\s+$")


def _weekday_pattern(language: str) -> re.Pattern[str]:
    forms = sorted(WEEKDAY_NUMBERS[language], key=lambda f: (-len(f), f))
    names = "|".join(re.escape(f).replace("'", "['’ʼ]") for f in forms)
    return re.compile(rf"(?i)(?<![\w-])(?P<wd>{names})(?![\w-])")


def _relative_pattern(language: str) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in RELATIVE_DAYS[language])
    return re.compile(rf"(?<![\w'’-])(?P<rd>{words})(?![\w'’-])", re.IGNORECASE)


def _resolve_weekday(
    language: str, m: re.Match[str], base: date | None, before: str
) -> tuple[date | None, date | None, str]:
    if base is None:
        return None, None, "unresolved: no publication date"
    target = WEEKDAY_NUMBERS[language][m.group("wd").lower().translate(APOSTROPHES)]
    text = m.string
    near = (text[max(0, m.start() - 20):m.start()].lower().split()[-1:]
            + text[m.end():m.end() + 20].lower().split()[:1])
    if any(w.strip(",.;") in ANY_NEXT_WEEKDAY_WORDS for w in near):
        return _weekday_near(base, target, "next", "the next one")
    if any(w.strip(",.;") in ANY_LAST_WEEKDAY_WORDS for w in near):
        return _weekday_near(base, target, "last", "the one before")
    until = _UNTIL_STATE.get(language)
    if until is not None and until.search(text[max(0, m.start() - 80):m.start()]):
        return _weekday_near(base, target, "after", "in force until: on or after")
    tense = _nearest_tense(language, text, m.start(), m.end())
    if tense == "future":
        return _weekday_near(base, target, "after", "future tense: on or after")
    if tense == "past":
        return _weekday_near(base, target, "before", "past tense: on or before")
    # A present tense tells of either ("beginnt am Freitag", "teilte am Montag mit" has a
    # past; "Zondag staan nog de massastart …"): the nearer one.
    return _weekday_near(base, target, "nearer", "no tense read: the nearer one")


def _nearest_tense(language: str, text: str, start: int, end: int) -> str | None:
    """The tense of the future or past word nearest the weekday in its sentence: "la
    capilla ardiente se instalará este domingo" is to come though the sentence opened
    on the day of mourning the city declared."""
    sentence = sentence_around(text, start, end)
    at = text.rfind(sentence, 0, start + len(sentence))  # where it begins, at or before start
    best: tuple[int, str] | None = None
    if language in SLAVIC_WEEKDAYS:
        words_and_tenses = slavic_tense_words(sentence, language)
    else:
        words_and_tenses = [(w.start(), w.end(), tense)
                            for tense, words in (("future", FUTURE[language]),
                                                 ("past", PAST[language]))
                            for w in words.finditer(sentence)]
    for w_start, w_end, tense in words_and_tenses:
        distance = min(abs(at + w_start - end), abs(at + w_end - start))
        if best is None or distance < best[0]:
            best = (distance, tense)
    return best[1] if best else None


#: Words before a weekday that make it any such day, not one: "un martedì mattina", "la
#: prima domenica del mese", "jeden Montag", "cada lunes", "каждую пятницу".
_ANY_WEEKDAY_BEFORE = re.compile(
    r"(?i)\b(?:un|una|uno|ein|einen|einem|een|um|uma|jeden|jede|cada|ogni|elke|todos\s+os"
    r"|todas\s+as|tutti\s+i|todos\s+los|primer|primera|prima|primo|erste[nmr]?|eerste"
    r"|último|última|ultimo|ultima|letzte[nmr]?\s+\w+\s+des"
    r"|каждый|каждую|каждое|кожен|кожний|кожну|кожного|кожної|każdy|każdą|każde|każdego)\s+$")


def a_weekday_here(m: re.Match[str]) -> bool:
    """A weekday of this story, not any one ("un martedì mattina"), nor a holy day
    ("Viernes Santo", "Venerdì Santo"), nor a name: Spanish, Italian, Portuguese and
    Dutch write weekdays in lower case, so one capitalised inside a sentence is a name's
    ("el tenor Plácido Domingo", "het programma Zondag met Lubach"; German capitalises
    every noun)."""
    word = m.group("wd")
    if word[:1].isupper() and word.lower() not in _GERMAN_WEEKDAYS \
            and inside_a_sentence(m.string, m.start()):
        return False
    return not _ANY_WEEKDAY_BEFORE.search(m.string, max(0, m.start() - 24), m.start()) \
        and not _HOLY_AFTER.match(m.string, m.end()) \
        and not _SUNDAY_PAPER.search(m.string, max(0, m.start() - 12), m.start())


#: German Sunday papers: "Welt am Sonntag", "Bild am Sonntag".
_SUNDAY_PAPER = re.compile(r"\b(?:Welt|Bild|Tagesspiegel|Kurier)\s+am\s+$")
_GERMAN_WEEKDAYS = frozenset(FOREIGN_WEEKDAYS["de"])


_HOLY_AFTER = re.compile(r"\s+(?:Santo|Santa)\b")


def _resolve_relative_day(
    language: str, m: re.Match[str], base: date | None, before: str
) -> tuple[date | None, date | None, str]:
    if base is None:
        return None, None, "unresolved: no publication date"
    offset = RELATIVE_DAYS[language][m.group("rd").lower()]
    return base + timedelta(days=offset), None, "relative to publication date"


def a_relative_day_here(m: re.Match[str]) -> bool:
    """Not the morning ("heute Morgen", "la mañana", "'s morgens"): "Morgen" capitalised
    inside a sentence (German's noun; "Morgen beginnt …" opening one is tomorrow), or
    "mañana"/"morgen"/"amanhã" after an article or a day."""
    word = m.group("rd")
    if word[:1].isupper() and inside_a_sentence(m.string, m.start()):
        return False  # "El diario Hoy informó", "Il settimanale Oggi": a title
    if _NOWADAYS.match(m.string, m.end()) or _NEITHER.search(
            m.string, max(0, m.start() - 4), m.start()):
        return False  # "hoy en día", "hoje em dia" (nowadays), "ni hoy ni mañana" (never)
    if word.lower() not in ("morgen", "mañana", "amanhã"):
        return True
    text, at = m.string, m.start()
    if word == "Morgen" and not _OPENS.search(text, max(0, at - 4), at):
        return False
    return not _MORNING_BEFORE.search(text, max(0, at - 12), at)


_NOWADAYS = re.compile(r"\s+(?:en|em)\s+d[ií]a\b", re.IGNORECASE)
_NEITHER = re.compile(r"\bni\s+$", re.IGNORECASE)
_OPENS = re.compile(r"(?:^|[.!?:]\s*|\n\s*|[„“\"«]\s*)$")


#: Each language's months, and the words before a month that make it a date of the
#: story ("im Oktober", "en septiembre", "a gennaio", "em outubro", "in oktober"); a
#: regression probe's 15 such months had gone unread.
_MONTHS: dict[str, tuple[str, str]] = {
    "de": ("januar/jänner februar märz april mai juni juli august september oktober "
           "november dezember", r"im|seit|bis|ab|anfang|mitte|ende|vom|zum|bis\s+zum"),
    "es": ("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
           "diciembre", r"en|desde|hasta|para|finales\s+de|principios\s+de|mediados\s+de"),
    "it": ("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
           "novembre dicembre", r"a|ad|in|da|dal|fino\s+a|entro|fine|metà|inizio\s+di"),
    "pt": ("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
           "dezembro", r"em|desde|até|para|fim\s+de|início\s+de|meados\s+de|final\s+de"),
    "nl": ("januari februari maart april mei juni juli augustus september oktober november "
           "december", r"in|sinds|tot|vanaf|eind|begin|half|medio"),
    # the locative after "в"/"у" ("в марте", "у березні"), the genitive after "с"/"з",
    # "до" and a part of the month ("с марта", "до березня", "в конце марта")
    "ru": ("январе/января феврале/февраля марте/марта апреле/апреля мае/мая июне/июня "
           "июле/июля августе/августа сентябре/сентября октябре/октября ноябре/ноября "
           "декабре/декабря",
           r"в|во|с|со|до|в\s+начале|в\s+середине|в\s+конце|с\s+начала|до\s+конца"),
    "uk": ("січні/січня лютому/лютого березні/березня квітні/квітня травні/травня "
           "червні/червня липні/липня серпні/серпня вересні/вересня жовтні/жовтня "
           "листопаді/листопада грудні/грудня",
           r"в|у|з|із|від|до|на\s+початку|в\s+середині|у\s+середині|наприкінці"
           r"|в\s+кінці|у\s+кінці|з\s+початку|до\s+кінця"),
    # Polish: the locative after "w" ("w marcu"), the genitive after "od", "do" and a part
    # of the month ("od marca", "pod koniec maja", "w połowie czerwca")
    "pl": ("styczniu/stycznia lutym/lutego marcu/marca kwietniu/kwietnia maju/maja "
           "czerwcu/czerwca lipcu/lipca sierpniu/sierpnia wrześniu/września "
           "październiku/października listopadzie/listopada grudniu/grudnia",
           r"w|we|od|do|na\s+początku|z\s+początkiem|w\s+połowie|pod\s+koniec|z\s+końcem"
           r"|od\s+początku|do\s+końca"),
}
_SINCE_WORDS = frozenset({"seit", "desde", "dal", "da", "sinds", "с", "со", "з", "із", "від",
                          "с начала", "з початку", "od", "od początku"})
#: The words before a month that name a third of it, as English "early", "mid", "late":
#: "Ende Juni" had been all of June (a held-out date probe).
_PARTS = {
    **dict.fromkeys(("anfang", "principios de", "inizio di", "início de", "begin",
                     "в начале", "на початку", "na początku", "z początkiem"), "early"),
    **dict.fromkeys(("mitte", "mediados de", "metà", "meados de", "half", "medio",
                     "в середине", "в середині", "у середині", "w połowie"), "mid"),
    **dict.fromkeys(("ende", "finales de", "fine", "fim de", "final de", "eind", "в конце",
                     "наприкінці", "в кінці", "у кінці", "pod koniec", "z końcem"), "late"),
}
_MONTH_NUMBERS = {language: {name: number for number, spellings in enumerate(names.split(), 1)
                             for name in spellings.split("/")}
                  for language, (names, _) in _MONTHS.items()}


def _month_pattern(language: str) -> re.Pattern[str]:
    names = "|".join(_MONTH_NUMBERS[language])
    return re.compile(rf"(?i)(?<![\w-])(?P<pre>{_MONTHS[language][1]})\s+(?P<mon>{names})"
                      r"(?![\w-])(?:\s+(?:de\s+|del\s+)?(?P<year>(?:19|20)\d\d)\b)?")


def _resolve_month(
    language: str, m: re.Match[str], base: date | None, before: str
) -> tuple[date | None, date | None, str]:
    """A month without a day or year: the last one up to the publication month after
    "since" or in a sentence whose nearest tense word is past, the next one from it in a
    future one, else the nearest."""
    if base is None:
        return None, None, "unresolved: no year and no publication date"
    month = _MONTH_NUMBERS[language][m.group("mon").lower()]
    part = _PARTS.get(re.sub(r"\s+", " ", m.group("pre").lower()))
    if m.group("year"):
        year = int(m.group("year"))
        return (*_month_range(year, month, part), "absolute")
    tense = ("past" if m.group("pre").lower() in _SINCE_WORDS
             else _nearest_tense(language, m.string, m.start("mon"), m.end("mon")))
    if tense == "past":
        year, how = (base.year if month <= base.month else base.year - 1), "past tense"
    elif tense == "future":
        year, how = (base.year if month >= base.month else base.year + 1), "future tense"
    else:  # the mid-month nearest the publication date, as a month of French text
        near = _year_near(month, 15, base)
        year, how = (near.year if near else base.year), "nearest"
    return (*_month_range(year, month, part), f"absolute; year from publication date ({how})")


#: The rules of each language, weekday first.
OTHER_RULES: dict[str, tuple[_Rule, ...]] = {
    language: (
        _Rule(f"weekday_{language}", _weekday_pattern(language),
              partial(_resolve_weekday, language)),
        _Rule(f"relative_day_{language}", _relative_pattern(language),
              partial(_resolve_relative_day, language)),
        *((_Rule(f"month_{language}", _month_pattern(language),
                 partial(_resolve_month, language)),) if language in _MONTHS else ()),
        *PERIOD_RULES.get(language, ()),
    )
    # Russian, Ukrainian and Polish weekdays and days, their tense read by the dictionary
    # (``slavic_tense``); their days with months are read with the English rules'
    for language in ("de", "es", "it", "pt", "nl", "ru", "uk", "pl")
}
