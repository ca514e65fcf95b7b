"""Resolvers: one per rule, each turning a match into a day or a range of days against the
publication date ("on Friday" is the latest Friday on or before it, or the next one in a
sentence about the future)."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from copydesk.extract.dates.patterns import (
    _FUTURE_RE,
    _MONTH_NAMES,
    _NUMBER_WORDS,
    _ORDINAL_WORDS,
    _WEEKDAYS,
)
from copydesk.extract.dates.tense import _IN_THE_PAST, _NO_PAST, _is_future


def _year_near(
    month: int, day: int, base: date, future: bool = False, past: bool = False
) -> date | None:
    """The date with this month and day nearest to ``base`` (year before, same, after);
    the next one ahead when the sentence speaks of the future, the last one before when
    it speaks of the past (``_IN_THE_PAST``)."""
    options = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if not options:
        return None
    if future:
        # The next such day, however far (it was the nearest when over 200 days ahead:
        # "The museum will show the bell on March 3", in June, went to the March before).
        ahead = [d for d in options if d >= base]
        if ahead:
            return ahead[0]
    if past:
        behind = [d for d in options if d <= base]
        if behind:
            return behind[-1]
    return min(options, key=lambda d: (abs((d - base).days), d > base))


def _iso(raw: str | None) -> date | None:
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        return None


def _absolute_day(g: dict[str, str | None], base: date | None) -> date | None:
    month_name, day_raw, year = g.get("month"), g.get("day"), g.get("year")
    if not month_name or not day_raw:
        return None
    month = _MONTH_NAMES[month_name.lower().rstrip(".")]
    day = int(day_raw)
    if year:
        try:
            return date(int(year), month, day)
        except ValueError:
            return None
    return _year_near(month, day, base) if base else None


def _year_from_weekday(g: dict[str, str | None], near_year: int | None) -> date | None:
    """The year, near ``near_year`` (or 2000–2040), in which day+month falls on the weekday."""
    month = _MONTH_NAMES[(g.get("month") or "").lower().rstrip(".")]
    day = int(g["day"] or 0)
    weekday = _WEEKDAYS[(g.get("wd") or "").lower()]
    years = range(near_year - 1, near_year + 2) if near_year else range(2000, 2041)
    fits = []
    for y in years:
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if d.weekday() == weekday:
            fits.append(d)
    return fits[-1] if len(fits) == 1 or near_year else None


def _resolve_day_month(
    m: re.Match[str], base: date | None, before: str
) -> tuple[date | None, date | None, str]:
    g = m.groupdict()
    if g.get("year"):
        d = _absolute_day(g, None)
        return d, None, "absolute" if d else "invalid date"
    if base is None:
        if g.get("wd"):
            d = _year_from_weekday(g, None)
            if d is not None:
                return d, None, "absolute; year from the weekday"
        return None, None, "unresolved: no year and no publication date"
    month = _MONTH_NAMES[g["month"].lower().rstrip(".")]
    past = before.endswith(" " + _IN_THE_PAST)
    words = before[: -len(_IN_THE_PAST) - 1] if past else before
    if _only_a_reported_future(words):
        # "said last Tuesday that the storm would hit on Dec. 26", in the paper of the 29th:
        # a future seen from a past report may be over by publication, so the nearest (a
        # held-out date probe's went a year ahead)
        d = _year_near(month, int(g["day"]), base)
        return d, None, "absolute; year from publication date (nearest: reported future)"
    future = _is_future(words)
    d = _year_near(month, int(g["day"]), base, future=future, past=past and not future)
    return d, None, "absolute; year from publication date"


def _only_a_reported_future(words: str) -> bool:
    """Whether the only future markers in ``words`` are "would": a future seen from a
    past report."""
    found = [m.group().lower() for m in _FUTURE_RE.finditer(words)]
    return bool(found) and all(word == "would" for word in found)


def _resolve_iso(
    m: re.Match[str], base: date | None, before: str
) -> tuple[date | None, date | None, str]:
    try:
        return date.fromisoformat(m.group("iso")), None, "absolute"
    except ValueError:
        return None, None, "invalid date"


def resolve_numeric(
    m: re.Match[str], base: date | None, before: str, day_first: bool | None = None
) -> tuple[date | None, date | None, str]:
    """"14/03/2025", "3/14/2025", "1.2.2024", "3/14/25": the order of day and month is
    read from the figures when one of them is over 12, from a dot (European: no US
    writer dots a date), or from ``day_first`` (the article's language: day first
    outside English), or from the publication date (``_order_by_time``). "1/2/2024" in
    English is 1 February in London and 2 January in New York: when the tense and the
    publication date do not tell, no date rather than a guess (a held-out date probe's
    slash dates were none read, 0 of 11)."""
    a, b, year = int(m.group("na")), int(m.group("nb")), int(m.group("ny"))
    if year < 100:
        year += 2000 if base is None or year <= base.year % 100 + 10 else 1900
    if a > 12 or m.group("sep") == ".":
        day_first = True
    elif b > 12:
        day_first = False
    elif a == b:
        day_first = True
    by_time = ""
    if day_first is None and base is not None:
        day_first = _order_by_time(a, b, year, base, before)
        by_time = ", the reading the publication date allows"
    if day_first is None:
        return None, None, (f"ambiguous: day and month order unknown ({a}/{b}/{year} is "
                            f"{_spoken(year, b, a)} or {_spoken(year, a, b)})")
    day, month = (a, b) if day_first else (b, a)
    try:
        return date(year, month, day), None, "absolute (" + (
            "day first" if day_first else "month first") + by_time + ")"
    except ValueError:
        return None, None, "invalid date"


#: One reading of an ambiguous date is taken only when it is this near the publication
#: date and the other is farther: "reported a second leak on 10/11/2024", in a paper of
#: 1 November, is 11 October (10 November had not come), "died on 9/8/2025" in a paper of
#: 30 September is 8 September (22 days) rather than 9 August (52).
NEAR_DAYS = 45


def _order_by_time(a: int, b: int, year: int, base: date, before: str) -> bool | None:
    """Day first (True), month first (False), or None: the reading the sentence's tense
    allows when the other does not (a past event is on or before the publication date, a
    future one after it), else the one within ``NEAR_DAYS`` of it when the other is not
    (a held-out date probe's English "10/11/2024" and "12/1/2024" had no date)."""
    readings = {}
    for first, (day, month) in ((True, (a, b)), (False, (b, a))):
        try:
            readings[first] = date(year, month, day)
        except ValueError:
            continue
    if len(readings) < 2:
        return next(iter(readings), None)
    past = before.endswith(" " + _IN_THE_PAST)
    future = _is_future(before[: -len(_IN_THE_PAST) - 1] if past else before)
    fits = [first for first, d in readings.items()
            if (past and not future and d <= base) or (future and not past and d > base)]
    if len(fits) == 1:
        return fits[0]
    near = [first for first, d in readings.items() if abs((d - base).days) <= NEAR_DAYS]
    return near[0] if len(near) == 1 else None


def _spoken(year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return "no date"


def _month_range(year: int, month: int, part: str | None) -> tuple[date, date]:
    last = calendar.monthrange(year, month)[1]
    lo, hi = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}.get(
        (part or "").lower(), (1, last)
    )
    return date(year, month, lo), date(year, month, hi)


def _resolve_month(
    m: re.Match[str], base: date | None, before: str
) -> tuple[date | None, date | None, str]:
    g = m.groupdict()
    month = _MONTH_NAMES[g["month"].lower().rstrip(".")]
    if g.get("year"):
        lo, hi = _month_range(int(g["year"]), month, g.get("part"))
        return lo, hi, "absolute"
    if base is None:
        return None, None, "unresolved: no year and no publication date"
    named = _named_year(month, g.get("mrel"), g.get("yrel"), base)
    if named is not None:
        lo, hi = _month_range(named, month, g.get("part"))
        return lo, hi, "relative to publication date"
    # In a sentence with no verb in the past (``_NO_PAST``) a later month is this year's,
    # to come ("talks resume in May" in March was last May); an earlier one stays this
    # year's too ("the cut follows a rise in February") unless it is more than half a
    # year back; otherwise only a future marker moves a month into next year.
    soft = before.endswith(" " + _NO_PAST)
    future = _is_future(before[: -len(_NO_PAST) - 1] if soft else before)
    year = base.year
    if future and month < base.month:
        year += 1
    elif soft and base.month - month > 6 and _SCHEDULED_IN.search(before[: -len(_NO_PAST) - 1]) \
            and not _COMPARED_WITH.search(before):
        # Nearest first: in late December, "fares go up in February" and "council tax
        # rises from April" are the months to come, not those of the year ending (a
        # standards-desk probe); not a month compared with ("up from 4.2 percent in
        # March", "its lowest level since April": a regression probe).
        year += 1
    elif not future and not soft and month > base.month:
        year -= 1
    lo, hi = _month_range(year, month, g.get("part"))
    return lo, hi, "absolute; year from publication date"


#: A present verb of a timetable or a change right before a month: "fares go up in
#: February", "council tax rises by 4.9% from April", "the bridge reopens in March". Only
#: after one is a month half a year back the month to come (a regression probe: "down 12
#: percent from January", "the figures for March show" went a year ahead).
_SCHEDULED_IN = re.compile(
    r"\b(?:rises?|go(?:es)?\s+up|go(?:es)?\s+down|increases?|falls?|drops?|takes?\s+place"
    r"|starts?|begins?|opens?|reopens?|ends?|closes?|resumes?|runs?|returns?|applies"
    r"|apply|comes?\s+into\s+force|takes?\s+effect|is\s+due|are\s+due|expires?"
    r"|changes?|launch(?:es)?|arrives?|premieres?|debuts?|airs?)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,40}?"
    r"\b(?:in|from|by|until)\s+"
    r"(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
#: A month a figure is compared with or counted from, which lies in the past.
_COMPARED_WITH = re.compile(
    r"\b(?:since|than|compared\s+(?:with|to)|(?:up|down)\s+from|from\s+[\d.,]+\s*"
    r"(?:%|percent|per\s+cent|points?)?\s+in|versus|against)\b[^.;]*$", re.IGNORECASE)


def _named_year(month: int, before: str | None, after: str | None, base: date) -> int | None:
    """The year that "last March", "next March", "March of last year" name, whatever
    the sentence's tense ("who approved the plan last January", in November, had been
    the January to come; "March of last year" this year's March). Not "this March":
    in November, "work will start this March" is the March to come (a regression
    probe), so the tense decides it as for a bare month."""
    if after:
        return base.year + {"last": -1, "next": 1}.get(after.lower(), 0)
    rel = (before or "").lower()
    if rel == "last":
        return base.year if month < base.month else base.year - 1
    if rel == "next":
        return base.year if month > base.month else base.year + 1
    return None


def _resolve_year(
    m: re.Match[str], base: date | None, before: str
) -> tuple[date | None, date | None, str]:
    g = m.groupdict()
    if g.get("decade"):
        start = int(g["decade"])
        return date(start, 1, 1), date(start + 9, 12, 31), "absolute"
    year = int(g["year"])
    part = (g.get("part") or "").lower()
    lo, hi = _YEAR_PARTS.get(part, ((1, 1), (12, 31)))
    return date(year, *lo), date(year, *hi), "absolute"


#: "Early", "mid" and "late" in a year: its thirds.
_YEAR_PARTS = {"early": ((1, 1), (4, 30)), "mid": ((5, 1), (8, 31)),
               "late": ((9, 1), (12, 31))}


def _resolve_relative_day(
    m: re.Match[str], base: date | None, before: str
) -> tuple[date | None, date | None, str]:
    if base is None:
        return None, None, "unresolved: no publication date"
    words = m.group(0).lower()
    if "day before yesterday" in words:
        offset = -2
    elif "day after tomorrow" in words:
        offset = 2
    elif "yesterday" in words or "last night" in words:
        offset = -1
    elif "tomorrow" in words:
        offset = 1
    else:
        offset = 0
    return base + timedelta(days=offset), None, "relative to publication date"


def _week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _resolve_period(
    m: re.Match[str], base: date | None, before: str
) -> tuple[date | None, date | None, str]:
    start, end, how = _period(m.group("rp").lower(), m.group("per").lower(), base)
    part = (m.group("part") or "").lower()
    if part and start is not None and m.group("per").lower() in {"month", "year"}:
        # "late last year" is its last third, not the whole year (a probe's "late last
        # year" had been January to December).
        if m.group("per").lower() == "month":
            start, end = _month_range(start.year, start.month, part)
        else:
            (m1, d1), (m2, d2) = _YEAR_PARTS[part]
            start, end = date(start.year, m1, d1), date(start.year, m2, d2)
    side = m.group(0).split()[0].lower()
    if start is None or end is None or base is None or side not in ("earlier", "later"):
        return start, end, how
    # "earlier this week" in Thursday's paper is Monday to Wednesday, not the whole week;
    # "later this month" starts tomorrow.
    if side == "earlier" and start < base:
        return start, min(end, base - timedelta(days=1)), how + " (before it)"
    if side == "later" and end > base:
        return max(start, base + timedelta(days=1)), end, how + " (after it)"
    return start, end, how


def _period(rel: str, period: str, base: date | None) -> tuple[date | None, date | None, str]:
    """``rel`` (last, next, this, past, coming, previous) ``period`` (week, weekend, month,
    quarter, year) read on ``base``."""
    if base is None:
        return None, None, "unresolved: no publication date"
    how = "relative to publication date"
    step = {"last": -1, "previous": -1, "next": 1}.get(rel, 0)
    if rel == "past":
        days = {"week": 7, "weekend": 7, "month": 30, "quarter": 91, "year": 365}[period]
        return base - timedelta(days=days), base, how + " (the days before it)"
    if rel == "coming":
        days = {"week": 7, "weekend": 7, "month": 30, "quarter": 91, "year": 365}[period]
        if period == "weekend":
            step = 0 if base.weekday() < 5 else 1
        else:
            return base, base + timedelta(days=days), how + " (the days after it)"
    if period in {"week", "weekend"}:
        monday = _week_start(base) + timedelta(weeks=step)
        if period == "weekend":
            return monday + timedelta(days=5), monday + timedelta(days=6), how
        return monday, monday + timedelta(days=6), how
    if period in {"month", "quarter"}:
        months = 3 if period == "quarter" else 1
        first = base.year * 12 + (base.month - 1) // months * months + step * months
        y, mo = divmod(first, 12)
        y2, mo2 = divmod(first + months - 1, 12)
        return date(y, mo + 1, 1), date(y2, mo2 + 1, calendar.monthrange(y2, mo2 + 1)[1]), how
    year = base.year + step
    return date(year, 1, 1), date(year, 12, 31), how


def _resolve_weekday(
    m: re.Match[str], base: date | None, before: str
) -> tuple[date | None, date | None, str]:
    if base is None:
        return None, None, "unresolved: no publication date"
    target = _WEEKDAYS[m.group("wd").lower()]
    rel = (m.group("wrel") or "").lower()
    how = "relative to publication date"
    if rel == "next":
        monday = _week_start(base) + timedelta(weeks=1)
        return monday + timedelta(days=target), None, how + " (in next week)"
    if rel == "this":
        return _week_start(base) + timedelta(days=target), None, how + " (in this week)"
    back = (base.weekday() - target) % 7
    if rel in {"last", "past"}:
        return base - timedelta(days=back or 7), None, how + " (the one before)"
    if rel == "coming" or _is_future(before):
        ahead = (target - base.weekday()) % 7
        return base + timedelta(days=ahead), None, how + " (future tense: on or after)"
    return base - timedelta(days=back), None, how + " (on or before)"


def _weekday_near(
    base: date, target: int, which: str, why: str
) -> tuple[date | None, date | None, str]:
    """Weekday ``target`` (Monday 0) near the publication date, as the French and the
    other languages' rules read it: "next" the first after it, "last" the last before it,
    "after" on or after it, "before" on or before it, "nearer" whichever is closer (the
    earlier on a tie)."""
    back = (base.weekday() - target) % 7
    ahead = (target - base.weekday()) % 7
    shift = {"next": ahead or 7, "last": -(back or 7), "after": ahead, "before": -back,
             "nearer": ahead if ahead < back else -back}[which]
    return base + timedelta(days=shift), None, f"relative to publication date ({why})"


def _resolve_ago(
    m: re.Match[str], base: date | None, before: str
) -> tuple[date | None, date | None, str]:
    if base is None:
        return None, None, "unresolved: no publication date"
    sign = -1 if m.group("dir").lower() == "ago" else 1
    day, approximate = _moved(base, m, sign)
    return day, None, "relative to publication date" + (" (approximate day)" if approximate
                                                        else "")


def _resolve_in_time(
    m: re.Match[str], base: date | None, before: str
) -> tuple[date | None, date | None, str]:
    """"will report in two weeks" (a day), "is due within 10 days" (the days up to it);
    only in a sentence about the future (``_accept``): "prices rose 5% in two weeks" is
    a duration."""
    if base is None:
        return None, None, "unresolved: no publication date"
    end, approximate = _moved(base, m, 1)
    how = "relative to publication date (future tense" + (
        ", approximate day)" if approximate else ")")
    if m.group("within").lower() == "within":
        return base, end, how
    return end, None, how


def _moved(base: date, m: re.Match[str], sign: int) -> tuple[date, bool]:
    """``base`` moved by the match's count ("n") of its unit ("u": days, weeks, months,
    years) forward (``sign`` 1) or back, and whether the day is approximate (a month
    from the 31st)."""
    n_raw = m.group("n").lower()
    n = int(n_raw) if n_raw.isdigit() else _NUMBER_WORDS[n_raw]
    unit = m.group("u").lower().rstrip("s")
    if unit in ("day", "week"):
        return base + timedelta(days=sign * n * (7 if unit == "week" else 1)), False
    months = base.year * 12 + base.month - 1 + sign * n * {"year": 12, "decade": 120}.get(unit, 1)
    y, mo = divmod(months, 12)
    return date(y, mo + 1, min(base.day, calendar.monthrange(y, mo + 1)[1])), True


def _resolve_ordinal_of_month(
    m: re.Match[str], base: date | None, before: str
) -> tuple[date | None, date | None, str]:
    g = m.groupdict()
    day_raw = (g.get("ord") or "").lower()
    day = _ORDINAL_WORDS.get(day_raw) or int(re.sub(r"\D", "", day_raw) or 0)
    if g.get("month"):
        synthetic = {"month": g["month"], "day": str(day), "year": g.get("year"), "wd": None}
        if g.get("year"):
            d = _absolute_day(synthetic, None)
            return d, None, "absolute" if d else "invalid date"
        if base is None:
            return None, None, "unresolved: no year and no publication date"
        return _absolute_day(synthetic, base), None, "absolute; year from publication date"
    if base is None:
        return None, None, "unresolved: no publication date"
    step = {"last": -1, "next": 1, "this": 0}[(g.get("mrel") or "this").lower()]
    y, mo = divmod(base.year * 12 + base.month - 1 + step, 12)
    try:
        return date(y, mo + 1, day), None, "relative to publication date"
    except ValueError:
        return None, None, "invalid date"


def _resolve_day_only(
    m: re.Match[str], base: date | None, before: str
) -> tuple[date | None, date | None, str]:
    if base is None:
        return None, None, "unresolved: no publication date"
    day = int(m.group("dnum"))
    options = []
    for step in (-1, 0, 1):
        y, mo = divmod(base.year * 12 + base.month - 1 + step, 12)
        if day <= calendar.monthrange(y, mo + 1)[1]:
            options.append(date(y, mo + 1, day))
    if not options:
        return None, None, "invalid date"
    if _is_future(before):
        ahead = [d for d in options if d >= base]
        if ahead:
            return ahead[0], None, "relative to publication date (nearest month, future)"
    behind = [d for d in options if d <= base]
    return (behind or options)[-1], None, "relative to publication date (nearest month)"
