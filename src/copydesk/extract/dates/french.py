"""French relative dates: "hier", "demain soir", "lundi prochain", "jeudi", "la semaine
dernière", "l'an prochain". The English rules read none of them (a French-desk probe:
39 of 85 French date expressions right, against 13 of 14 in English), and the same words
mean other things elsewhere ("hier" is German's "here"), so they run on French text only.

A bare weekday is read as in English: the latest one on or before the publication date,
unless its sentence speaks of the future (a French future tense, "va"/"doit" with an
infinitive, "prévu", "prochain"), then the next one on or after it. "lundi prochain" is
the first Monday after the publication date, as French uses it ("next Monday" in English
is the Monday of next week), "lundi dernier" the last one before it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from copydesk.calendar_words import FOREIGN_WEEKDAYS
from copydesk.extract.dates.patterns import _Rule, sentence_around
from copydesk.extract.dates.resolvers import _period, _weekday_near

WEEKDAYS_FR = {name: n for n, name in enumerate(FOREIGN_WEEKDAYS["fr"])}

#: A French sentence that speaks of what is to come: a future tense ("fermera",
#: "se réunira", "viendront", "sera"), "va"/"vont"/"doit"/"doivent"/"devrait" (before an
#: infinitive), "prévu", "prochain". Lower case only: "Vera" is a name.
FRENCH_FUTURE = re.compile(
    r"\b(?:[a-zàâçéèêëîïôûù]+(?:era|eront|ira|iront|dra|dront)|sera|seront|aura|auront"
    r"|fera|feront|pourra|pourront|devra|devront|verra|verront|saura|sauront|va|vont|doit"
    r"|doivent|devrait|devraient|prévue?s?|prochaine?s?|attendue?s?|programmée?s?"
    r"|organisée?s?)\b")
#: ... and one that tells of what happened: a compound past ("a fermé", "ont été
#: évacués", "est mort"), an imperfect of être/avoir. Not an attribution ("…, a rappelé
#: la compagnie", "a promis la préfecture": when it was said, not when it happens), nor
#: a passive present ("est organisée samedi": a regression probe's Saturday went back).
FRENCH_PAST = re.compile(
    r"\b(?:(?:a|ont|avait|avaient|était|étaient)\s+(?:été\s+)?(?!(?:rappel|précis|indiqu"
    r"|annonc|promis|assur|déclar|expliqu|affirm|ajout|soulign|estim|confirm|averti|dit"
    r"|écrit|précisé)\w*\b)[a-zàâçéèêëîïôûù]+(?:é|ée|és|ées|i|ie|is|it|u|ue|us|ert|erte)"
    r"|(?:est|sont)\s+(?:mort|née?|tombée?|arrivée?|partie?|venue?|allée?|sortie?|entrée?"
    r"|montée?|descendue?|restée?|retournée?|devenue?|décédée?|survenue?)s?)\b")

_WD = "(?P<wd>" + "|".join(WEEKDAYS_FR) + ")"
_PART = r"(?:\s+(?:matin|midi|après-midi|soir|dans\s+la\s+soirée|dans\s+la\s+nuit))?"


def a_weekday_here(m: re.Match[str]) -> bool:
    """Whether a French weekday match is a day of this story (see the patterns above;
    a capitalised weekday inside a sentence is a name: French writes days in lower case)."""
    text, at = m.string, m.start("wd")
    return not (_NOT_THIS_WEEKDAY_AFTER.match(text, m.end("wd"))
                or _NOT_THIS_WEEKDAY_BEFORE.search(text[max(0, at - 30):at])
                or (text[at].isupper() and not _opens_sentence(text, at)))


def _opens_sentence(text: str, at: int) -> bool:
    """Whether only spaces, quotation marks or dashes stand between ``at`` and the end of
    the sentence before (French writes a weekday in lower case inside a sentence)."""
    before = text[:at].rstrip(" \t«»\"“”—–-\u00a0")
    return not before or before[-1] in ".!?:\n"


def _resolve_relative_day(
    m: re.Match[str], base: date | None, before: str
) -> tuple[date | None, date | None, str]:
    if base is None:
        return None, None, "unresolved: no publication date"
    word = m.group("rd").lower().replace("’", "'")
    offset = {"avant-hier": -2, "hier": -1, "demain": 1, "après-demain": 2}.get(word, 0)
    return base + timedelta(days=offset), None, "relative to publication date"


#: A weekday that is part of a name or another day: "le lundi de Pâques", "mardi gras",
#: "le dernier jeudi du mois", "le journal Vendredi" (a regression probe's).
_NOT_THIS_WEEKDAY_AFTER = re.compile(r"(?i)\s+(?:de\s+(?:Pâques|Pentecôte)|gras|saint|noir)\b")
_NOT_THIS_WEEKDAY_BEFORE = re.compile(
    r"(?i)\b(?:premier|deuxième|troisième|dernier|chaque|tous\s+les)\s+$")


def _resolve_weekday(
    m: re.Match[str], base: date | None, before: str
) -> tuple[date | None, date | None, str]:
    if base is None:
        return None, None, "unresolved: no publication date"
    target = WEEKDAYS_FR[m.group("wd").lower()]
    rel = (m.group("wrel") or "").lower()
    if rel.startswith("prochain"):
        return _weekday_near(base, target, "next", "the next one")
    if rel.startswith("dernier"):
        return _weekday_near(base, target, "last", "the one before")
    if _SAID_RIGHT_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        return _weekday_near(base, target, "before", "past tense: on or before")
    sentence = sentence_around(m.string, m.start(), m.end())  # the verb may follow it
    if FRENCH_FUTURE.search(sentence) and not FRENCH_PAST.search(sentence):
        return _weekday_near(base, target, "after", "future tense: on or after")
    return _weekday_near(base, target, "before", "on or before")


#: A compound past right before the weekday, an attribution's too: "a annoncé mardi",
#: "ont indiqué lundi" tell the day it was said, which is past whatever the sentence
#: goes on to say ("… une usine qui doit employer 1 800 personnes": a multilingual
#: probe's Tuesday had gone to the next one).
_SAID_RIGHT_BEFORE = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+(?:été\s+)?[a-zàâçéèêëîïôûù]+(?:é|ée|és|ées|i|is|it|u|us)"
    r"\s+$")


_PERIODS = {"semaine": "week", "week-end": "weekend", "mois": "month", "trimestre": "quarter",
            "année": "year", "an": "year"}
_RELATIONS = {"dernier": "last", "dernière": "last", "passé": "last", "passée": "last",
              "prochain": "next", "prochaine": "next"}


def _resolve_period(
    m: re.Match[str], base: date | None, before: str
) -> tuple[date | None, date | None, str]:
    period = _PERIODS[(m.group("per") or m.group("per2")).lower()]
    rel = _RELATIONS.get((m.group("rel") or "").lower(), "this")
    return _period(rel, period, base)


FRENCH_RULES: tuple[_Rule, ...] = (
    _Rule("relative_day_fr", re.compile(
        r"(?i)(?<![\w-])(?<!\bde\s)(?<!\bd['’])(?P<rd>avant-hier|après-demain|hier|demain"
        r"|aujourd['’]hui|ce\s+matin|cet\s+après-midi|ce\s+soir|cette\s+nuit)"
        r"(?:\s+(?:matin|midi|après-midi|soir))?(?![\w-])"
    ), _resolve_relative_day),
    _Rule("weekday_fr", re.compile(
        rf"(?i)\b(?:ce\s+)?{_WD}{_PART}(?:\s+(?P<wrel>prochain|dernier))?\b(?!\s+\d)"
    ), _resolve_weekday),
    _Rule("period_fr", re.compile(
        r"(?i)\b(?:(?:la|le|l['’])\s*(?P<per>semaine|week-end|mois|trimestre|année|an)"
        r"\s+(?P<rel>dernière|dernier|passée|passé|prochaine|prochain)"
        r"|(?:cette|ce|cet)\s+(?P<per2>semaine|week-end|mois|trimestre|année)(?:-ci)?)\b"
    ), _resolve_period),
)


def french_day(value: date, base: date, text: str, pos: int) -> date:
    """A French day and month without a year at ``pos``: the next such day after a future
    tense ("fermera ses portes le 30 septembre", published in March: this September, not
    the last), the last one before a compound past, else ``value`` (the nearest). The
    date's own clause decides first ("Le tunnel, qui avait été fermé le 20 septembre …,
    rouvrira")."""
    future, past = _tenses(_clause_before(text, pos))
    if future == past:
        future, past = _tenses(sentence_around(text, pos))
    if future == past:
        return value
    candidates = [d for d in (_same_day(value, base.year + k) for k in (-1, 0, 1))
                  if d is not None]
    if future:
        return min((d for d in candidates if d >= base), default=value)
    return max((d for d in candidates if d <= base), default=value)


def _tenses(words: str) -> tuple[bool, bool]:
    return bool(FRENCH_FUTURE.search(words)), bool(FRENCH_PAST.search(words))


def _clause_before(text: str, pos: int) -> str:
    """The words of a date's clause before it: from the last comma, or sentence end."""
    start = max(text.rfind(",", 0, pos), text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))
    return text[start + 1 : pos]


def _same_day(value: date, year: int) -> date | None:
    try:
        return value.replace(year=year)
    except ValueError:  # 29 February
        return None
