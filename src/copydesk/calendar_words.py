"""English weekday and month names, in calendar order, lower case.

Several stages read them: the date extractor resolves them, the reuse step counts a
swapped weekday as another event's date, the story anchors and the entity tagger keep
them out of names, and the generator writes them. One list, so that a stage cannot
miss a name another knows.
"""

from __future__ import annotations

import re

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
#: Both, as one set: capitalised words that name no one.
CALENDAR_WORDS = frozenset(WEEKDAYS + MONTHS)

#: Month names of the other languages the demo and the probes write (German, French,
#: Spanish, Italian, Portuguese, Dutch, Russian, Ukrainian, Polish), lower case, with
#: their month number. The date extractor reads "am 20. November", "le 12 mars", "el 3
#: de marzo" with them, and the quantity extractor keeps their days from being counts
#: ("am 28. Mai" had been 28).
FOREIGN_MONTHS = {
    **dict.fromkeys(("januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "januari"), 1),
    **dict.fromkeys(("februar", "février", "fevrier", "febrero", "febbraio", "fevereiro",
                     "februari"), 2),
    **dict.fromkeys(("märz", "maerz", "mars", "marzo", "março", "marco", "maart"), 3),
    **dict.fromkeys(("avril", "abril", "aprile"), 4),
    **dict.fromkeys(("mai", "mayo", "maggio", "maio", "mei"), 5),
    **dict.fromkeys(("juni", "juin", "junio", "giugno", "junho"), 6),
    **dict.fromkeys(("juli", "juillet", "julio", "luglio", "julho"), 7),
    **dict.fromkeys(("août", "aout", "agosto", "augustus"), 8),
    **dict.fromkeys(("septembre", "septiembre", "setiembre", "settembre", "setembro"), 9),
    **dict.fromkeys(("oktober", "octobre", "octubre", "ottobre", "outubro"), 10),
    **dict.fromkeys(("novembre", "noviembre", "novembro"), 11),
    **dict.fromkeys(("dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro"), 12),
    # Russian, Ukrainian and Polish write a day's month in the genitive ("3 марта", "3
    # березня", "3 marca"); a translation probe's days had been counts of 3 and 17.
    **{name: n for n, names in enumerate((
        ("января", "січня", "stycznia"), ("февраля", "лютого", "lutego"),
        ("марта", "березня", "marca"), ("апреля", "квітня", "kwietnia"),
        ("мая", "травня", "maja"), ("июня", "червня", "czerwca"),
        ("июля", "липня", "lipca"), ("августа", "серпня", "sierpnia"),
        ("сентября", "вересня", "września"), ("октября", "жовтня", "października"),
        ("ноября", "листопада", "listopada"), ("декабря", "грудня", "grudnia")), 1)
       for name in names},
}
#: Weekday names of the other languages the stories step reads dates in, Monday first.
FOREIGN_WEEKDAYS: dict[str, tuple[str, ...]] = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "pt": ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
}
#: Words next to a weekday of those languages (and French) that make it the next one
#: ("nächsten Dienstag", "el próximo martes", "mardi prochain") ...
NEXT_WEEKDAY_WORDS = frozenset(
    "nächsten nächster kommenden kommender próximo próxima prochain prochaine prossimo "
    "prossima volgende komende".split())
#: ... and those that make it the last one ("letzten Dienstag", "mardi dernier").
LAST_WEEKDAY_WORDS = frozenset(
    "dernier dernière letzten letzter vergangenen vergangener vorigen vorige afgelopen "
    "pasado pasada scorso scorsa passado passada".split())
#: Yesterday, today and tomorrow in those languages, as days from the publication date.
#: German "Morgen" (capitalised) is the morning, and Spanish "la mañana" too: the
#: reader takes "morgen" in lower case only and "mañana" not after an article.
FOREIGN_RELATIVE_DAYS: dict[str, dict[str, int]] = {
    "fr": {"hier": -1, "aujourd'hui": 0, "aujourd’hui": 0, "demain": 1},
    "de": {"gestern": -1, "heute": 0, "morgen": 1},
    # ... and this morning, afternoon and evening of the day (a held-out probe's
    # "esta mañana", "stamattina", "vanmorgen" were unread)
    "es": {"ayer": -1, "hoy": 0, "mañana": 1, "esta mañana": 0, "esta tarde": 0,
           "esta noche": 0},
    "it": {"ieri": -1, "oggi": 0, "domani": 1, "stamattina": 0, "stamane": 0,
           "questo pomeriggio": 0, "stasera": 0},
    "pt": {"ontem": -1, "hoje": 0, "amanhã": 1, "esta manhã": 0, "esta tarde": 0,
           "esta noite": 0},
    "nl": {"gisteren": -1, "vandaag": 0, "morgen": 1, "vanmorgen": 0, "vanochtend": 0,
           "vanmiddag": 0, "vanavond": 0},
}

#: Russian, Ukrainian and Polish weekdays in the cases a date puts them in, Monday first: the
#: nominative, the accusative of "во вторник", "у середу" and the genitive of "минулого
#: вівторка", "до пятницы". Kept apart from ``FOREIGN_WEEKDAYS``, one name a day, which
#: the extract stage's date patterns read.
SLAVIC_WEEKDAYS: dict[str, tuple[tuple[str, ...], ...]] = {
    "ru": (("понедельник", "понедельника"), ("вторник", "вторника"),
           ("среда", "среду", "среды"), ("четверг", "четверга"),
           ("пятница", "пятницу", "пятницы"), ("суббота", "субботу", "субботы"),
           ("воскресенье", "воскресенья")),
    "uk": (("понеділок", "понеділка"), ("вівторок", "вівторка"),
           ("середа", "середу", "середи"), ("четвер", "четверга"),
           ("п'ятниця", "п'ятницю", "п'ятниці"), ("субота", "суботу", "суботи"),
           ("неділя", "неділю", "неділі")),
    # Polish: the accusative of "w środę", the genitive of "od poniedziałku", "do piątku"
    "pl": (("poniedziałek", "poniedziałku"), ("wtorek", "wtorku"),
           ("środa", "środę", "środy"), ("czwartek", "czwartku"), ("piątek", "piątku"),
           ("sobota", "sobotę", "soboty"), ("niedziela", "niedzielę", "niedzieli")),
}
#: Russian and Ukrainian words before a weekday that make it the next one ("в следующий
#: вторник", "наступного вівторка") ...
SLAVIC_NEXT_WEEKDAY_WORDS = frozenset(
    "следующий следующую следующее следующего следующей ближайший ближайшую "
    "наступний наступну наступного наступної найближчий найближчу "
    "przyszły przyszłą przyszłego przyszłej najbliższy najbliższą najbliższego "
    "najbliższej".split())
#: ... and those that make it the last one ("в прошлую пятницу", "минулого вівторка").
SLAVIC_LAST_WEEKDAY_WORDS = frozenset(
    "прошлый прошлую прошлое прошлого прошлой минувший минувшую "
    "минулий минулу минулого минулої "
    "ubiegły ubiegłą ubiegłego ubiegłej zeszły zeszłą zeszłego zeszłej miniony minioną "
    "minionego minionej".split())
#: Yesterday, today and tomorrow (and the days either side) in Russian, Ukrainian and
#: Polish.
SLAVIC_RELATIVE_DAYS: dict[str, dict[str, int]] = {
    "ru": {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2},
    "uk": {"позавчора": -2, "вчора": -1, "учора": -1, "сьогодні": 0, "завтра": 1,
           "післязавтра": 2},
    "pl": {"przedwczoraj": -2, "wczoraj": -1, "dziś": 0, "dzisiaj": 0, "jutro": 1,
           "pojutrze": 2},
}

#: Each weekday's number (Monday 0) by every form a language other than English writes it
#: in: one a day in French, German, Spanish, Italian, Portuguese and Dutch, every case a
#: preposition puts it in in Russian and Ukrainian ("во вторник", "минулого вівторка").
#: Read by the extract stage's date rules and the stories' date anchors alike.
WEEKDAY_NUMBERS: dict[str, dict[str, int]] = {
    **{language: {name: n for n, name in enumerate(names)}
       for language, names in FOREIGN_WEEKDAYS.items()},
    **{language: {form: n for n, forms in enumerate(days) for form in forms}
       for language, days in SLAVIC_WEEKDAYS.items()},
}
#: Yesterday, today and tomorrow in all those languages; and the words that make a
#: weekday the next one or the last one in any of them.
RELATIVE_DAYS = {**FOREIGN_RELATIVE_DAYS, **SLAVIC_RELATIVE_DAYS}
ANY_NEXT_WEEKDAY_WORDS = NEXT_WEEKDAY_WORDS | SLAVIC_NEXT_WEEKDAY_WORDS
ANY_LAST_WEEKDAY_WORDS = LAST_WEEKDAY_WORDS | SLAVIC_LAST_WEEKDAY_WORDS
#: Ukrainian writes its apostrophe three ways ("п'ятницю", "п’ятницю", "пʼятницю"): each
#: as the tables' "'".
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})

#: German writes its months capitalised and its days with a dot ("am 20. November").
GERMAN_MONTHS = ("Januar", "Jänner", "Februar", "März", "Maerz", "April", "Mai", "Juni",
                 "Juli", "August", "September", "Oktober", "November", "Dezember")
#: Names that are German only, so never written in lower case ("mai", "juni" and "juli"
#: are French and Dutch too).
GERMAN_ONLY_MONTHS = frozenset({"januar", "jänner", "februar", "märz", "maerz", "oktober",
                                "dezember"})
#: The other languages' months as they are written in lower case.
LOWER_CASE_MONTHS = frozenset(FOREIGN_MONTHS) - GERMAN_ONLY_MONTHS

#: Zone abbreviations that name several zones, as news datelines mean them. dateparser
#: reads "IST" as Israel (UTC+2); in English-language news it is far more often India
#: (UTC+5:30, the demo's Indian outlet wrote "20:15 IST" for 14:45 UTC). Irish Standard
#: Time, the third reading, is written "IST" rarely outside Irish sites.
ZONE_ABBREVIATIONS = {"IST": "+0530"}
_ZONE = re.compile(r"\b(" + "|".join(ZONE_ABBREVIATIONS) + r")\b")


def explicit_zones(text: str) -> str:
    """``text`` with ambiguous zone abbreviations written as UTC offsets."""
    return _ZONE.sub(lambda m: ZONE_ABBREVIATIONS[m.group(1)], text)


__all__ = ["ANY_LAST_WEEKDAY_WORDS", "ANY_NEXT_WEEKDAY_WORDS", "APOSTROPHES",
           "CALENDAR_WORDS", "FOREIGN_MONTHS", "FOREIGN_RELATIVE_DAYS", "FOREIGN_WEEKDAYS",
           "GERMAN_MONTHS", "GERMAN_ONLY_MONTHS", "LAST_WEEKDAY_WORDS", "LOWER_CASE_MONTHS",
           "MONTHS", "NEXT_WEEKDAY_WORDS", "RELATIVE_DAYS", "SLAVIC_LAST_WEEKDAY_WORDS",
           "SLAVIC_NEXT_WEEKDAY_WORDS", "SLAVIC_RELATIVE_DAYS", "SLAVIC_WEEKDAYS", "WEEKDAYS",
           "WEEKDAY_NUMBERS", "ZONE_ABBREVIATIONS", "explicit_zones"]
