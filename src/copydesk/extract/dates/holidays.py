"""Holidays: "on Christmas Day", "Boxing Day", "Easter Sunday", "Thanksgiving", "Memorial
Day weekend" (a held-out date probe: none of 22 holidays had been read).

Fixed-date holidays have their day; movable ones are computed for each year: Easter by
the anonymous Gregorian algorithm (``easter``), not ``dateutil.easter``, because
python-dateutil is not a declared dependency of copydesk (it is installed only as
dateparser's), and eight lines of arithmetic are not worth a hidden dependency. Good
Friday, Easter Monday, Ascension Day and Whit Monday follow from Easter; US Thanksgiving
is the fourth Thursday of November, Memorial Day the last Monday of May, Labor Day the
first Monday of September. "Easter" alone is Easter Sunday (a day, like "Christmas"
alone, 25 December), and "Easter weekend" Good Friday to Easter Monday; "<Monday
holiday> weekend" is Saturday to Monday, "Thanksgiving weekend" Thursday to Sunday.
Mother's Day is not read: the UK's (Mothering Sunday, three weeks before Easter) and the
US's (second Sunday of May) differ, and a text rarely says which.

The year is the one whose holiday is the last on or before the publication date in a
sentence about the past, the next on or after it in one about the future, else the
nearest.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from copydesk.calendar_words import WEEKDAYS
from copydesk.extract.dates.patterns import _MONTH, _MONTH_NAMES, _WD, _YEAR
from copydesk.extract.dates.tense import _IN_THE_PAST, _is_future


def easter(year: int) -> date:
    """Easter Sunday of ``year`` (Gregorian): the anonymous algorithm (Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_shift) // 451
    month, day = divmod(h + weekday_shift - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (Monday 0) of the month; ``n`` -1 the last."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


def _from_easter(days: int) -> Callable[[int], date]:
    return lambda year: easter(year) + timedelta(days=days)


def _weekday_of(month: int, weekday: int, n: int) -> Callable[[int], date]:
    return lambda year: _nth_weekday(year, month, weekday, n)


#: Each holiday's day in a year, by its lower-case name as news writes it.
HOLIDAYS: dict[str, Callable[[int], date]] = {
    "new year's day": _fixed(1, 1), "new year's eve": _fixed(12, 31),
    "valentine's day": _fixed(2, 14), "halloween": _fixed(10, 31),
    "christmas eve": _fixed(12, 24), "christmas day": _fixed(12, 25),
    "christmas": _fixed(12, 25), "boxing day": _fixed(12, 26),
    "independence day": _fixed(7, 4), "fourth of july": _fixed(7, 4),
    "bastille day": _fixed(7, 14), "guy fawkes night": _fixed(11, 5),
    "bonfire night": _fixed(11, 5), "st patrick's day": _fixed(3, 17),
    "easter sunday": _from_easter(0), "easter": _from_easter(0),
    "easter monday": _from_easter(1), "good friday": _from_easter(-2),
    "maundy thursday": _from_easter(-3), "ascension day": _from_easter(39),
    "pentecost": _from_easter(49), "whit sunday": _from_easter(49),
    "whit monday": _from_easter(50),
    "thanksgiving": _weekday_of(11, 3, 4), "thanksgiving day": _weekday_of(11, 3, 4),
    "memorial day": _weekday_of(5, 0, -1), "labor day": _weekday_of(9, 0, 1),
}

#: A holiday's weekend, in days from the holiday: Saturday to Monday around a Monday,
#: Thursday to Sunday after Thanksgiving, Good Friday to Easter Monday.
_WEEKEND = {"easter": (-2, 1), "thanksgiving": (0, 3), "memorial day": (-2, 0),
            "labor day": (-2, 0), "easter monday": (-3, 0), "whit monday": (-2, 0)}

def _name_pattern(name: str) -> str:
    """"new year's eve" as written: any apostrophe or none, any spaces, "St." or "Saint"."""
    words = [re.escape(word).replace("'", "['’]?") for word in name.split()]
    if words[0] == "st":
        words[0] = r"(?:st\.?|saint)"
    return r"\s+".join(words)


_NAMES = "|".join(_name_pattern(name) for name in sorted(HOLIDAYS, key=len, reverse=True))


#: A holiday name, capitalised as a name is ("Christmas Day", "New Year's Eve").
HOLIDAY = re.compile(
    rf"(?i:\bthe\s+(?P<side>week|day)\s+(?P<dir>before|after)\s+)?"
    rf"\b(?P<holiday>(?=[A-Z])(?i:{_NAMES}))(?P<weekend>\s+weekend)?\b"
    # Not a name with a holiday in it: "the Good Friday Agreement", "Christmas Island",
    # "Easter Island", "the Easter Rising", "Easter eggs", "A Christmas Carol"
    r"(?!\s+(?:Agreement|Accord|Island|Islands|Rising|Carol|eggs?|Parade\s+of)\b)")


#: "the second Tuesday of March", "the first Saturday in May 2026"; not "of every month".
NTH_WEEKDAY = re.compile(
    rf"(?i:\bthe\s+(?P<nth>first|second|third|fourth|last)\s+){_WD}(?i:\s+(?:of|in)\s+)"
    rf"{_MONTH}(?:,?\s+{_YEAR})?\b")


#: Holiday names that also qualify a noun, and the words before one that make it a day.
_BARE_NAMES = ("christmas", "easter", "thanksgiving", "halloween", "pentecost")
_DAY_PREPOSITION = re.compile(
    r"(?i)\b(?:at|on|over|by|before|after|until|till|since|for|around|during|from|to|this"
    r"|through|throughout|last|next|of|past)\s+$")


#: A word after a holiday's bare name that makes it qualify a noun: "Christmas lights".
_QUALIFIES = re.compile(r"\s+(?!(?:the|a|an|and|or|but|to|in|on|at|for|with|when|this|last"
                        r"|next|is|was|will|day|eve|break|weekend|holidays?|period|season"
                        r"|time)\b)[a-z]")
#: A timetable's verb right before "after", "before" or "until" a holiday: "the talks
#: resume after Easter" is to come, whatever a participle before says ("modelled on").
_TIMETABLE_BEFORE = re.compile(
    r"\b(?:resumes?|reopens?|restarts?|returns?|starts?|begins?|opens?|closes?|ends?|runs?"
    r"|continues?|is\s+due|are\s+due|will\s+\w+)\s+(?:\w+\s+)?(?:after|before|until|by"
    r"|over)\s+$", re.IGNORECASE)


def a_holiday_here(m: re.Match[str]) -> bool:
    """Not an Independence Day of another country ("Ukraine's Independence Day", "Indian
    Independence Day"), not "Thanksgiving" in lower case (a service of thanks)."""
    name = _name(m)
    if name in _BARE_NAMES and not m.group("weekend") and not m.group("side") and (
            not _DAY_PREPOSITION.search(m.string, max(0, m.start() - 12), m.start())
            or _QUALIFIES.match(m.string, m.end())):
        # "the Christmas market", "Easter eggs", "spent 40,000 euros on Christmas lights":
        # no day; "at Christmas", "over Easter", "by Halloween" are (a regression probe)
        return False
    if name == "independence day":
        before = m.string[max(0, m.start() - 20) : m.start()]
        return not re.search(r"(?:['’]s|\b[A-Z][a-z]+)\s+$", before)
    return m.group("holiday")[:1].isupper()


def _name(m: re.Match[str]) -> str:
    """The key of the holiday matched: "New Years  Eve" and "Saint Patrick’s Day" too."""
    words = m.group("holiday").lower().replace("’", "'").replace("saint", "st").split()
    spoken = " ".join(words).replace("st.", "st")
    return next(name for name in HOLIDAYS if name.replace("'", "") == spoken.replace("'", ""))


def resolve_holiday(
    m: re.Match[str], base: date | None, before: str
) -> tuple[date | None, date | None, str]:
    if base is None:
        return None, None, "unresolved: no year and no publication date"
    name = _name(m)
    day_in = HOLIDAYS[name]
    if _TIMETABLE_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        before = "will"  # read as the future (see ``_TIMETABLE_BEFORE``)
    day, how = pick_year([day_in(year) for year in (base.year - 1, base.year, base.year + 1)],
                         base, before)
    how = f"holiday ({name}); {how}"
    if m.group("side"):
        return _around(day, m.group("side").lower(), m.group("dir").lower(), how)
    if m.group("weekend"):
        lo, hi = _WEEKEND.get(name, (-1, 1) if day.weekday() in (0, 4) else (0, 0))
        if (lo, hi) == (0, 0):
            saturday = day + timedelta(days=5 - day.weekday())
            return saturday, saturday + timedelta(days=1), how + "; its weekend"
        return day + timedelta(days=lo), day + timedelta(days=hi), how + "; its weekend"
    return day, None, how


def pick_year(options: list[date], base: date, before: str) -> tuple[date, str]:
    """Of one day in successive years: the next on or after ``base`` in a sentence about
    the future, the last on or before it in one about the past, else the nearest."""
    past = before.endswith(" " + _IN_THE_PAST)
    future = _is_future(before[: -len(_IN_THE_PAST) - 1] if past else before)
    ahead = [d for d in options if d >= base]
    behind = [d for d in options if d <= base]
    if future and ahead:
        return ahead[0], "the next one (future tense)"
    if past and behind:
        return behind[-1], "the last one (past tense)"
    return min(options, key=lambda d: (abs((d - base).days), d > base)), "the nearest"


def resolve_nth_weekday(
    m: re.Match[str], base: date | None, before: str
) -> tuple[date | None, date | None, str]:
    """"the second Tuesday of March", "the first
    Saturday in May" (a held-out date probe: the month and a Tuesday had been read apart)."""
    n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}[m.group("nth").lower()]
    weekday = WEEKDAYS.index(m.group("wd").lower())
    month = _MONTH_NAMES[m.group("month").lower().rstrip(".")]
    if m.group("year"):
        return _nth_weekday(int(m.group("year")), month, weekday, n), None, "absolute"
    if base is None:
        return None, None, "unresolved: no year and no publication date"
    years = (base.year - 1, base.year, base.year + 1)
    day, how = pick_year([_nth_weekday(y, month, weekday, n) for y in years], base, before)
    return day, None, f"absolute; year from publication date ({how})"


def _around(day: date, side: str, direction: str, how: str) -> tuple[date, date | None, str]:
    """"the week before Christmas": the seven days before it; "the day after Boxing Day"."""
    step = -1 if direction == "before" else 1
    if side == "day":
        return day + timedelta(days=step), None, how + f"; the day {direction}"
    if step < 0:
        return day - timedelta(days=7), day - timedelta(days=1), how + "; the week before"
    return day + timedelta(days=1), day + timedelta(days=7), how + "; the week after"
