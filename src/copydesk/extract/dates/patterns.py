"""The words and regular-expression pieces dates are written with (months, weekdays,
ordinals, number words, the future's markers) and the two records the matcher passes on."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from copydesk.calendar_words import (
    MONTHS,
    WEEKDAYS,
)

_MONTH_NAMES = {
    name: i for i, name in enumerate(MONTHS, start=1)
} | {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}


_WEEKDAYS = {name: i for i, name in enumerate(WEEKDAYS)}


_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25,
    "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29,
    "thirtieth": 30, "thirty-first": 31,
}


_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}


_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)


_WD = "(?P<wd>" + "|".join(day.title() for day in WEEKDAYS) + ")"


_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d])"


_YEAR = r"(?P<year>1[89]\d\d|20\d\d)(?![\d])"


_ORD = "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))


#: A month with a year before 1800 ("November 1687") is history, not this year's or last
#: year's month: it had put a galleon's sinking on a 2024 timeline. No date rather than a
#: wrong one.
_NO_OLD_YEAR = r"(?!(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+(?:of\s+)?\d{4}(?!\d))"


#: Words that put a weekday or month in the future (searched in the sentence
#: before the expression). Chosen from how the seeds and demo articles announce
#: plans; "would" covers reported speech ("said he would meet on Friday"), "ahead of"
#: an event to come ("talks ahead of Friday's summit").
_FUTURE_RE = re.compile(
    # "plans" only as a verb: "unveiled plans for a tram on Friday" tells the unveiling
    # (not "would not comment on Tuesday": the refusal's day)
    r"\b(?:will|shall|won['’]t|['’]ll"
    r"|would(?!\s+not\s+(?:comment|say|confirm|disclose|elaborate|discuss|reveal|speculate"
    r"|respond)\b)|has\s+to|have\s+to|scheduled|schedule|plans?(?=\s+to\b)|plans?\s+for(?=\s+$)|planned"
    # "is anticipated to update the cabinet on Wednesday" (a spinner's "expected")
    r"|(?:is|are|was|were)\s+(?:anticipated|predicted|projected|slated|poised|likely"
    r"|tipped)\s+to"
    # "planning" of local government is a noun: "filed … with the planning board on
    # November 20" had been read as future.
    r"|planning(?!\s+(?:board|committee|commission|permission|department|office|officers?"
    r"|officials|applications?|authority|authorities|rules|laws|process|system|appeal|consent"
    r"|inspectorate|inquiry))"
    # (not "than expected": "prices had risen faster than expected in May" is a past May,
    # an OSINT probe's went a year ahead)
    # (not "were due on April 15", in late April: a deadline that has passed, a held-out
    # date probe's went a year ahead)
    r"|(?<!than\s)expected|expects?|(?<!\bwas\s)(?<!\bwere\s)due|set\s+to|going\s+to|aims?\s+to|upcoming|is\s+to"
    r"|are\s+to"
    r"|intends?|to\s+be\s+held|next|must|forecast|ahead\s+of|in\s+the\s+run-up\s+to"
    r"|hopes?\s+to|hoping\s+to"
    r")\b"
    # "deferred to January": only right before the date, and not "had been delayed until".
    # ("was adjourned until 12 March", on 5 March: a held-out date probe's went a year back)
    r"|(?<!had\s)(?<!had\sbeen\s)(?:deferred|postponed|delayed|pushed\s+back|put\s+off"
    r"|adjourned)"
    r"\s+(?:to|until)\s*$",
    re.IGNORECASE,
)


#: A word or a comma, then spaces: what stands before a word inside a sentence.
_WORD_BEFORE = re.compile(r"[\w,'’]\s+$")


def inside_a_sentence(text: str, at: int) -> bool:
    """Whether a word or a comma stands right before ``at``: a capitalised "Today",
    "Hoy" or "Domingo" there is a name's ("USA Today", "Plácido Domingo"), not a day."""
    return bool(_WORD_BEFORE.search(text, max(0, at - 40), at))


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Callable[[re.Match[str], date | None, str], tuple[date | None, date | None, str]]


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    rule: _Rule
    match: re.Match[str]


def sentence_around(text: str, start: int, end: int | None = None) -> str:
    """The sentence holding [start, end) (cut at ". " and line breaks): the tense words a
    date without its year, or a weekday whose verb follows it, is read by."""
    end = start if end is None else end
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return text[left : min(stops, default=len(text))]
