"""Weeks, months and years before or after the publication date in German, Spanish,
Italian, Portuguese, Dutch, Russian and Ukrainian: "nächste Woche", "la semana pasada",
"il mese prossimo", "no ano passado", "vorig jaar", "на прошлой неделе", "наступного
року"; and counts back from it: "vor drei Tagen", "hace dos semanas", "tre giorni fa",
"há um mês", "twee dagen geleden", "три дня назад", "тиждень тому".

A held-out date probe found none of these read ("nächste Woche", "próxima semana"),
where the English and French rules read their own. They resolve as those do (a week is
Monday to Sunday, ``resolvers._period``); a count back is a day, approximate for months
and years (``resolvers._moved``).
"""

from __future__ import annotations

import re
from datetime import date
from functools import partial

from copydesk.extract.dates.patterns import _Rule
from copydesk.extract.dates.resolvers import _moved, _period
from copydesk.number_words import SMALL_NUMBERS

#: Each language's words for a week, a month and a year (singular and plural stems).
_UNITS: dict[str, dict[str, str]] = {
    "de": {"woche": "week", "wochen": "week", "monat": "month", "monats": "month",
           "monaten": "month", "jahr": "year", "jahres": "year", "jahren": "year",
           "tag": "day", "tagen": "day"},
    "es": {"semana": "week", "semanas": "week", "mes": "month", "meses": "month",
           "año": "year", "años": "year", "día": "day", "días": "day"},
    "it": {"settimana": "week", "settimane": "week", "mese": "month", "mesi": "month",
           "anno": "year", "anni": "year", "giorno": "day", "giorni": "day"},
    "pt": {"semana": "week", "semanas": "week", "mês": "month", "meses": "month",
           "ano": "year", "anos": "year", "dia": "day", "dias": "day"},
    "nl": {"week": "week", "weken": "week", "maand": "month", "maanden": "month",
           "jaar": "year", "jaren": "year", "dag": "day", "dagen": "day"},
    # Russian and Ukrainian in the cases a period and a count put them in
    "ru": {**dict.fromkeys("неделе неделю недели недель".split(), "week"),
           **dict.fromkeys("месяц месяце месяца месяцев".split(), "month"),
           **dict.fromkeys("год году года лет".split(), "year"),
           **dict.fromkeys("день дня дней".split(), "day")},
    "uk": {**dict.fromkeys("тиждень тижні тижня тижнів".split(), "week"),
           **dict.fromkeys("місяць місяці місяця місяців".split(), "month"),
           **dict.fromkeys("рік році року років".split(), "year"),
           **dict.fromkeys("день дні днів".split(), "day")},
}
#: Words that make a period the next, the last or this one.
_RELATIONS: dict[str, dict[str, str]] = {
    "de": {**dict.fromkeys("nächste nächsten nächster nächstes kommende kommenden".split(),
                           "next"),
           **dict.fromkeys("letzte letzten letzter letztes vergangene vergangenen vorige "
                           "vorigen".split(), "last"),
           **dict.fromkeys("diese diesen dieser dieses".split(), "this")},
    "es": {**dict.fromkeys("próximo próxima que_viene".split(), "next"),
           **dict.fromkeys("pasado pasada".split(), "last"),
           **dict.fromkeys("este esta".split(), "this")},
    "it": {**dict.fromkeys("prossimo prossima".split(), "next"),
           **dict.fromkeys("scorso scorsa".split(), "last"),
           **dict.fromkeys("questo questa quest".split(), "this")},
    "pt": {**dict.fromkeys("próximo próxima que_vem".split(), "next"),
           **dict.fromkeys("passado passada".split(), "last"),
           **dict.fromkeys("este esta".split(), "this")},
    "nl": {**dict.fromkeys("volgende volgend komende".split(), "next"),
           **dict.fromkeys("vorige vorig afgelopen".split(), "last"),
           **dict.fromkeys("deze dit".split(), "this")},
    "ru": {**dict.fromkeys("следующей следующем следующего следующую следующий".split(),
                           "next"),
           **dict.fromkeys("прошлой прошлом прошлого прошлую прошлый".split(), "last"),
           **dict.fromkeys("этой этом этого эту этот".split(), "this")},
    "uk": {**dict.fromkeys("наступного наступному наступній наступну наступний".split(),
                           "next"),
           **dict.fromkeys("минулого минулому минулій минулу минулий".split(), "last"),
           **dict.fromkeys("цього цьому цій цю цей".split(), "this")},
}
#: "one" in each language, which ``SMALL_NUMBERS`` leaves out (it is an article too).
_ONE = {"de": "einem einer ein", "es": "un una uno", "it": "un una uno",
        "pt": "um uma", "nl": "een", "ru": "один одну", "uk": "один одну"}
#: Small numbers in Russian and Ukrainian, which ``SMALL_NUMBERS`` has not.
_SLAVIC_NUMBERS = {
    "ru": {"два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
           "восемь": 8, "девять": 9, "десять": 10},
    "uk": {"два": 2, "дві": 2, "три": 3, "чотири": 4, "п'ять": 5, "шість": 6, "сім": 7,
           "вісім": 8, "дев'ять": 9, "десять": 10},
}


def _words(language: str) -> str:
    return "|".join(sorted(_UNITS[language], key=len, reverse=True))


def _relation_words(language: str) -> str:
    words = [w.replace("_", r"\s+") for w in _RELATIONS[language]]
    return "|".join(sorted(words, key=len, reverse=True))


def _numbers(language: str) -> dict[str, int]:
    return SMALL_NUMBERS.get(language) or _SLAVIC_NUMBERS[language]


def _count(language: str) -> str:
    words = [*_numbers(language), *_ONE[language].split()]
    return r"\d{1,3}|" + "|".join(sorted(words, key=len, reverse=True))


#: A period is one week, month or year: "in den vergangenen Jahren", "komende maanden"
#: (recent years, the coming months) are no period of the calendar.
_SINGULAR = {"de": "woche monat monats jahr jahres", "es": "semana mes año",
             "it": "settimana mese anno", "pt": "semana mês ano", "nl": "week maand jaar",
             "ru": "неделе неделю месяце месяц году год", "uk": "тижня тижні місяця місяці "
             "року році рік"}


def _period_pattern(language: str) -> re.Pattern[str]:
    """"nächste Woche", "la semana pasada", "il mese prossimo", "quest'anno"."""
    units = "|".join(sorted(_SINGULAR[language].split(), key=len, reverse=True))
    rel = _relation_words(language)
    return re.compile(
        rf"(?i)(?<![\w-])(?:(?P<rel>{rel})['’]?\s*(?P<per>{units})"
        rf"|(?P<per2>{units})\s+(?P<rel2>{rel}))(?![\w-])")


def _ago_pattern(language: str) -> re.Pattern[str]:
    """"vor drei Tagen", "hace dos semanas", "tre giorni fa", "há um mês", "twee dagen
    geleden"."""
    n, units = _count(language), _words(language)
    unit = rf"(?P<n>{n})\s+(?P<u>{units})"
    return re.compile({
        "de": rf"(?i)\bvor\s+{unit}\b",
        # ("hace dos semanas que no llueve" is a duration: it has not rained for two weeks)
        "es": rf"(?i)\bhace\s+{unit}\b(?!\s+que\b)",
        "it": rf"(?i)\b{unit}\s+fa\b",
        "pt": rf"(?i)\bhá\s+{unit}\b(?!\s+que\b)",
        "nl": rf"(?i)\b{unit}\s+geleden\b",
        # (a unit alone in the singular is one: "неделю назад", "місяць тому"; not
        # "несколько лет назад", "кілька років тому", several)
        "ru": rf"(?i)(?<![\w-])(?:{unit}|(?P<u1>неделю|месяц|год|день))\s+назад(?![\w-])",
        "uk": rf"(?i)(?<![\w-])(?:{unit}|(?P<u1>тиждень|місяць|рік|день))\s+тому(?![\w-])",
    }[language])


def _resolve_period(
    language: str, m: re.Match[str], base: date | None, before: str
) -> tuple[date | None, date | None, str]:
    rel_word = (m.group("rel") or m.group("rel2")).lower()
    rel = _RELATIONS[language].get(re.sub(r"\s+", "_", rel_word), "this")
    period = _UNITS[language][(m.group("per") or m.group("per2")).lower()]
    return _period(rel, period, base)


class _Count:
    """A match seen as ``resolvers._moved`` reads one: "n" a number, "u" an English unit."""

    def __init__(self, language: str, m: re.Match[str]) -> None:
        raw = (m.group("n") or "1").lower()
        one = raw in _ONE[language].split()
        self._n = raw if raw.isdigit() else str(1 if one else _numbers(language)[raw])
        unit = m.group("u") or m.group("u1")  # ("u1": Russian or Ukrainian, alone)
        self._u = _UNITS[language][unit.lower()]

    def group(self, name: str) -> str:
        return self._n if name == "n" else self._u


def _resolve_ago(
    language: str, m: re.Match[str], base: date | None, before: str
) -> tuple[date | None, date | None, str]:
    if base is None:
        return None, None, "unresolved: no publication date"
    day, approximate = _moved(base, _Count(language, m), -1)  # type: ignore[arg-type]
    return day, None, "relative to publication date" + (
        " (approximate day)" if approximate else "")


#: Each language's period and count-back rules (added to ``other_languages.OTHER_RULES``).
PERIOD_RULES: dict[str, tuple[_Rule, ...]] = {
    language: (
        _Rule(f"period_{language}", _period_pattern(language),
              partial(_resolve_period, language)),
        _Rule(f"ago_{language}", _ago_pattern(language), partial(_resolve_ago, language)),
    )
    for language in ("de", "es", "it", "pt", "nl", "ru", "uk")
}

__all__ = ["PERIOD_RULES"]
