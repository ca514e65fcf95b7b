"""Dates of articles in French, German, Spanish, Italian, Portuguese, Dutch, Russian and
Ukrainian, as story anchors: "le 14 mars", "am 20. April", "el 3 de marzo", "12 марта",
"12 березня", weekdays ("mardi", "am Dienstag", "el martes dernier", "во вторник", "у
вівторок") and yesterday, today, tomorrow ("hier", "gestern", "ayer", "вчера", "вчора").
Russian and Ukrainian put a day's month in the genitive ("марта", "березня") and a
weekday in the case its preposition asks ("в среду", "до пятницы"): their tables hold
those forms (``calendar_words.SLAVIC_WEEKDAYS``).

The English rules of ``dates`` read none of them, so a French report of an event had no
date keys where the English reports of it had heavy ones ("d:2026-03-10" weighs six times
a year), and scored low against their story (a multilingual probe: reports in other
languages stood in stories of their own). They give features only, never the event day
that a date conflict is read from: their tense is not read, so a bare weekday is the
latest on or before the publication date ("prochain", "nächsten", "próximo"… make it the
next one), which a sentence about next Tuesday gets wrong.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from copydesk.calendar_words import (
    ANY_LAST_WEEKDAY_WORDS,
    ANY_NEXT_WEEKDAY_WORDS,
    APOSTROPHES,
    FOREIGN_MONTHS,
    MONTHS,
    RELATIVE_DAYS,
    WEEKDAY_NUMBERS,
)
from copydesk.stories.dates import nearest_year, safe_date
from copydesk.stories.text import fold

#: The languages read here.
LANGUAGES = frozenset(WEEKDAY_NUMBERS)

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: A day before its month: "14 mars", "1er mai", "20. April", "3 de marzo", with a year
#: maybe ("14 mars 2026", "3 de marzo de 2026").
_DAY_MONTH = re.compile(
    r"\b(?P<day>[0-3]?\d)(?P<dot>\.)?(?:er|º|°)?\s+(?:de\s+)?(?P<month>[^\W\d_]+)\b"
    r"(?:\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)\b)?")
#: German months: its own names and those it spells as English does ("April").
_GERMAN_MONTHS = {**FOREIGN_MONTHS, **{name: n for n, name in enumerate(MONTHS, 1)}}

#: Words before "mañana" or "Morgen" that make it the morning, not tomorrow.
_MORNING_BEFORE = frozenset("la esta por heute gestern".split())


def foreign_days(sentence: str, base: date | None, language: str) -> list[tuple[date, str]]:
    """The days one sentence of an article in ``language`` names, with the words naming
    each; relative ones need ``base`` (the publication date)."""
    if language not in LANGUAGES:
        return []
    out: list[tuple[date, str]] = []
    for m in _DAY_MONTH.finditer(sentence):
        month = _month(m.group("month"), language, bool(m.group("dot")))
        if month is None:
            continue
        day = int(m.group("day"))
        value = (safe_date(int(m.group("year")), month, day) if m.group("year")
                 else nearest_year(month, day, base) if base is not None else None)
        if value is not None:
            out.append((value, m.group(0)))
    if base is None:
        return out
    weekdays = WEEKDAY_NUMBERS[language]
    relative = RELATIVE_DAYS[language]
    words = _WORD.findall(sentence)
    lowered = [w.lower().translate(APOSTROPHES) for w in words]
    for i, (word, low) in enumerate(zip(words, lowered, strict=True)):
        before = lowered[i - 1] if i else ""
        after = lowered[i + 1] if i + 1 < len(lowered) else ""
        if low in weekdays:
            out.append((_weekday(weekdays[low], base, before, after), word))
        elif low in relative and not (word == "Morgen" or before in _MORNING_BEFORE):
            out.append((base + timedelta(days=relative[low]), word))
    return out


def _month(word: str, language: str, dotted: bool) -> int | None:
    low = word.lower()
    if language == "de":
        return _GERMAN_MONTHS.get(low) if word[:1].isupper() else None
    if dotted:
        return None  # "20. mars" is no French, Spanish… date: a sentence ends at the dot
    return FOREIGN_MONTHS.get(low)


def _weekday(target: int, base: date, before: str, after: str) -> date:
    """The weekday meant: the next one after ``base`` with "prochain"/"nächsten"…, the
    last one before it with "dernier"/"letzten"…, else the latest on or before it."""
    if before in ANY_NEXT_WEEKDAY_WORDS or after in ANY_NEXT_WEEKDAY_WORDS:
        return base + timedelta(days=(target - base.weekday()) % 7 or 7)
    if before in ANY_LAST_WEEKDAY_WORDS or after in ANY_LAST_WEEKDAY_WORDS:
        return base - timedelta(days=(base.weekday() - target) % 7 or 7)
    return base - timedelta(days=(base.weekday() - target) % 7)



#: Each language's weekday and month names, folded as anchors fold words.
_CALENDAR = {
    language: frozenset(fold(w) for w in (*weekdays, *FOREIGN_MONTHS, *MONTHS))
    for language, weekdays in WEEKDAY_NUMBERS.items()
}


def calendar_word(folded: str, language: str) -> bool:
    """Whether a folded word is a weekday or month of ``language`` (not English): German
    capitalises them, and "Dienstag" and "April" had been names of a German report."""
    words = _CALENDAR.get(language)
    return words is not None and folded in words
