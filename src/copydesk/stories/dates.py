"""Event dates in a sentence, resolved against the article's publication date.

A small resolver of our own rather than dateparser: it runs on every article
(dateparser takes milliseconds per call), and it reads "on Friday" the way news
means it — the latest Friday on or before publication, or the next one when the
sentence speaks of the future — where dateparser with PREFER_DATES_FROM='past'
gives the Friday a week before a Friday publication date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from copydesk.calendar_words import WEEKDAYS

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

_MONTH_NAMES = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)


def _month_group(name: str) -> str:
    return rf"(?P<{name}>{_MONTH_NAMES})\.?"


_DATE = re.compile(
    r"\b(?:"
    r"(?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d))"
    rf"|(?P<md>{_month_group('mdm')}\s+(?P<mdd>[0-3]?\d)(?:st|nd|rd|th)?\b(?:\s*,?\s*(?P<mdy>(?:19|20)\d\d))?)"
    rf"|(?P<dm>(?P<dmd>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_month_group('dmm')}"
    r"(?:\s*,?\s*(?P<dmy>(?:19|20)\d\d))?)"
    rf"|(?P<my>{_month_group('mym')}\s+(?P<myy>(?:19|20)\d\d))"
    r"|(?P<wd>(?:(?P<wdq>last|next|this|on|coming)\s+)?"
    rf"(?P<wdn>{'|'.join(WEEKDAYS)}))"
    r"|(?P<rel>yesterday|today|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))"
    r"|(?P<wk>(?P<wkq>last|this|next|past)\s+week)"
    r"|(?P<yr>(?:19|20)\d\d)"
    r")\b",
    re.IGNORECASE,
)
#: Every date expression holds a digit or one of these: a cheap test before the big regex.
_MAYBE = re.compile(r"\d|day|week|night|morning|afternoon|evening", re.IGNORECASE)
#: Words that put a sentence in the future, so a bare weekday is the next one.
_FUTURE = re.compile(
    r"\b(?:will|would|shall|scheduled|plans?|planning|expected\s+to|is\s+to|are\s+to|"
    r"due\s+to|set\s+to|upcoming|ahead\s+of)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateAnchor:
    """One date expression: ``key`` is its feature ("d:2022-01-21", "m:2013-05", "y:2013",
    "w:2022-W03", or "wd:friday" when a weekday cannot be resolved)."""

    key: str
    text: str
    future: bool = False


def _month(name: str) -> int:
    return MONTHS[name.lower()[:3]]


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def nearest_year(m: int, d: int, base: date) -> date | None:
    """A day and month without a year: the year that puts it nearest the base date."""
    best: date | None = None
    for y in (base.year - 1, base.year, base.year + 1):
        cand = safe_date(y, m, d)
        if cand and (best is None or abs((cand - base).days) < abs((best - base).days)):
            best = cand
    return best


def _day(value: date) -> str:
    return f"d:{value.isoformat()}"


def _week(value: date) -> str:
    iso = value.isocalendar()
    return f"w:{iso[0]}-W{iso[1]:02d}"


def resolve_weekday(name: str, qualifier: str, base: date, future: bool) -> date:
    """"on Friday" → the latest Friday on or before base (the next one on or after it in a
    future sentence); "last Friday" strictly before; "next Friday" in the next week."""
    target = WEEKDAYS.index(name.lower())
    q = qualifier.lower()
    if q == "next":
        monday_next = base - timedelta(days=base.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=target)
    if q == "last":
        back = (base.weekday() - target) % 7 or 7
        return base - timedelta(days=back)
    if future or q == "coming":
        return base + timedelta(days=(target - base.weekday()) % 7)
    return base - timedelta(days=(base.weekday() - target) % 7)


def is_future(sentence: str) -> bool:
    """Whether a sentence speaks of what is still to come ("will meet", "is scheduled to")."""
    return _FUTURE.search(sentence) is not None


#: A line of at most this many words is a dateline or a "Posted …" line, not prose.
DATELINE_WORDS = 12
#: In a longer line, a date this close to its start may head it ("10 March 2025 — LONDON",
#: "PORT ALDIS, Westmarch (Harbor Wire Service) - March 12, 2025 - The port…") ...
DATELINE_START = 80
#: ... unless a word that makes it an event's date comes right before it ("the collapse
#: of the dam on 4 May 2019").
_EVENT_DATE = re.compile(r"\b(on|since|in|of|from|until|till|before|after|by|between|and|"
                         r"to|at|during)\s*$", re.IGNORECASE)


def infer_published(lines: Sequence[str]) -> date | None:
    """A publication date from a page's first lines ("Posted 10 March 2025 09:40"): the first
    full date with its year in a short line or heading a longer one. For articles whose
    metadata gave none. A date inside a sentence is an event's: three undated reports of
    a 2025 inquiry whose lead named "the collapse … on 4 May 2019" were dated 2019 and
    joined the collapse's story."""
    for line in lines:
        short = len(line.split()) <= DATELINE_WORDS
        for m in _DATE.finditer(line):
            if not short and (m.start() > DATELINE_START
                              or _EVENT_DATE.search(line[: m.start()])):
                break
            if m.group("iso"):
                found = safe_date(int(m["iy"]), int(m["im"]), int(m["id"]))
            elif (m.group("md") or m.group("dm")) and (m["mdy"] or m["dmy"]):
                found = safe_date(int(m["mdy"] or m["dmy"]), _month(m["mdm"] or m["dmm"]),
                                   int(m["mdd"] or m["dmd"]))
            else:
                continue
            if found is not None:
                return found
    return None


def date_anchors(sentence: str, base: date | None) -> list[DateAnchor]:
    """Date expressions of one sentence as feature keys, resolved against ``base``."""
    out: list[DateAnchor] = []
    if _MAYBE.search(sentence) is None:
        return out
    future = _FUTURE.search(sentence) is not None
    for m in _DATE.finditer(sentence):
        text = m.group(0)
        value: date | None = None
        if m.group("iso"):
            value = safe_date(int(m["iy"]), int(m["im"]), int(m["id"]))
        elif m.group("md") or m.group("dm"):
            month = _month(m["mdm"] or m["dmm"])
            day = int(m["mdd"] or m["dmd"])
            year = m["mdy"] or m["dmy"]
            if year:
                value = safe_date(int(year), month, day)
            elif base is not None:
                value = nearest_year(month, day, base)
            if value is None and year:
                out.append(DateAnchor(f"y:{year}", text))
        elif m.group("my"):
            out.append(DateAnchor(f"m:{m['myy']}-{_month(m['mym']):02d}", text))
            out.append(DateAnchor(f"y:{m['myy']}", text))
            continue
        elif m.group("wd"):
            qualifier = (m["wdq"] or "").lower()
            if base is None:
                out.append(DateAnchor(f"wd:{m['wdn'].lower()}", text))
                continue
            value = resolve_weekday(m["wdn"], qualifier, base, future)
        elif m.group("rel"):
            if base is None:
                continue
            word = m["rel"].lower()
            shift = -1 if word in ("yesterday", "last night") else 1 if word == "tomorrow" else 0
            value = base + timedelta(days=shift)
        elif m.group("wk"):
            if base is None:
                continue
            shift = {"last": -7, "past": -7, "this": 0, "next": 7}[m["wkq"].lower()]
            out.append(DateAnchor(_week(base + timedelta(days=shift)), text))
            continue
        elif m.group("yr"):
            out.append(DateAnchor(f"y:{m['yr']}", text))
            continue
        if value is not None:
            out.extend(day_anchors(value, text, future))
    return out


def day_anchors(value: date, text: str, future: bool = False) -> list[DateAnchor]:
    """A resolved day's keys: the day, its week and its year."""
    return [DateAnchor(_day(value), text, future), DateAnchor(_week(value), text),
            DateAnchor(f"y:{value.year}", text)]
