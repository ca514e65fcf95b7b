"""Date expressions in news text, resolved against the article's publication date.

Public entry (pure)::

    find_dates(text: str, article_id: str, published: datetime | date | None = None)
        -> list[DateRef]
    infer_publication_date(text: str) -> tuple[date | None, str]   # (date, why)
    resolve(expression: str, published: date | None) -> tuple[date | None, date | None, str]

Why our own resolver: dateparser resolves "Friday" against a Friday base to the
Friday a week before (PREFER_DATES_FROM='past') and reads "next week" as a single
day (DEPENDENCIES.md). News dates are few shapes, and their meaning depends on
the publication date and the tense of the sentence, so a small rule set is more
correct and ~100x faster:

- absolute: "14 March 2025", "March 14, 2025", "Friday, 21 January", "2025-03-14",
  "March 2025" and "late December" (a month, or a third of one, as a range),
  "in 2014" (the year as a range), "the 1990s";
- relative days: today, tonight, yesterday, tomorrow, last night, "this morning";
- weekdays: "on Friday" is the latest Friday on or before the publication date,
  unless the sentence speaks of the future ("will", "is scheduled to", "plans"…),
  then the next one on or after it; "next Monday" is the Monday of next week,
  "last Friday" the latest Friday strictly before;
- periods as ranges (Monday–Sunday weeks, calendar quarters): this/last/next/
  past/coming week, weekend, month, quarter and year; "earlier this month";
- "three days ago", "two weeks from now"; "the fourth of next month"; "on the 14th".

A day and month without a year take the year that puts them nearest the
publication date. With no publication date, ``find_dates`` first infers one from
the content (``infer_publication_date``); when that fails too, relative
expressions are still found, with ``value`` None and ``how`` saying why.
``DateRef.how`` always says which rule resolved the expression.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from copydesk.calendar_words import (
    FOREIGN_MONTHS,
    GERMAN_MONTHS,
    LOWER_CASE_MONTHS,
    MONTHS,
    WEEKDAYS,
)
from copydesk.records import DateRef, content_id

__all__ = ["find_dates", "infer_publication_date", "resolve"]


def find_dates(
    text: str,
    article_id: str,
    published: datetime | date | None = None,
    written_by: str | None = None,
    language: str | None = None,
) -> list[DateRef]:
    """Every date expression in ``text`` in text order, resolved where possible.
    ``written_by``: the id of the original whose publication time ``published`` is
    (the text is a copy of it), named in each relative date's ``how``. In a text of
    another ``language`` than English, whose tenses these rules do not read, a month
    without its year is the nearest such month ("Das Schiff wurde im November
    geprüft": a translation probe's German copy put November a year ahead of its
    English original)."""
    base: date | None
    base_note = f"; on the publication date of its original {written_by}" if written_by else ""
    base = published.date() if isinstance(published, datetime) else published
    found = _matches(text)
    if base is None:
        base, why = _infer(text, found)
        if base is not None:
            base_note = f"; publication date inferred ({why})"
    refs = []
    for m in found:
        value, end_value, how = m.rule.resolve(m.match, base, _context(text, m))
        if m.rule.name == "month" and value is not None and base is not None \
                and language and not language.lower().startswith("en") \
                and how.startswith("absolute; year"):
            value, end_value = _foreign_month(value, end_value, base, _sentence_at(text, m.start))
        if value is not None and base_note and how != "absolute":
            how += base_note
        refs.append(
            DateRef(
                id=content_id("date", article_id, str(m.start), str(m.end)),
                article_id=article_id,
                start=m.start,
                end=m.end,
                text=text[m.start : m.end],
                value=value,
                end_value=end_value,
                how=how,
            )
        )
    return refs


#: Tense words of the other languages' sentences (German, French, Spanish, Italian,
#: Portuguese, Dutch): a month in a sentence with one of these is the last one before
#: the publication date, or the next one after it (a regression probe: "Die Brücke war
#: im April gesperrt worden", published in November, went to the April to come).
_FOREIGN_PAST = re.compile(
    r"\b(?:war|waren|wurde|wurden|hatte|hatten|worden|vergangenen|letzten|était|étaient"
    r"|avait|avaient|dernier|dernière|fue|fueron|había|habían|pasado|era|erano|aveva|scorso"
    r"|foi|foram|tinha|passado|werd|vorige)\b", re.IGNORECASE)
_FOREIGN_FUTURE = re.compile(
    r"\b(?:wird|werden|soll|sollen|kommenden|nächsten|sera|seront|prochain|prochaine|será"
    r"|serán|próximo|próxima|sarà|saranno|prossimo|prossima|vai|vão|zal|zullen|volgende)\b",
    re.IGNORECASE)


def _foreign_month(
    value: date, end_value: date | None, base: date, sentence: str
) -> tuple[date, date | None]:
    """A month without its year in a sentence of another language: the last one before
    ``base`` after a past tense, the next after a future, else the nearest."""
    past, future = bool(_FOREIGN_PAST.search(sentence)), bool(_FOREIGN_FUTURE.search(sentence))
    month = value.month
    if past and not future:
        year = base.year if month <= base.month else base.year - 1
    elif future and not past:
        year = base.year if month >= base.month else base.year + 1
    else:
        near = _year_near(month, 15, base)
        year = near.year if near else value.year
    shift = year - value.year
    return (value.replace(year=year),
            end_value.replace(year=end_value.year + shift) if end_value else None)


def _sentence_at(text: str, pos: int) -> str:
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    stop = min((i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0),
               default=len(text))
    return text[start:stop]


def resolve(expression: str, published: date | None) -> tuple[date | None, date | None, str]:
    """Resolve one short expression ("next week", "on Friday"): (value, end_value, how)."""
    for m in _matches(expression):
        return m.rule.resolve(m.match, published, _context(expression, m))
    return None, None, "no date expression"


def infer_publication_date(text: str) -> tuple[date | None, str]:
    """The publication date the content itself gives, and the evidence used.

    In order of trust: a "Published/Updated …" line; a dateline opening a
    paragraph ("GENEVA, Jan. 21 (Reuters) —"); a line near the top that is only
    a date; a weekday+date mention whose weekday fixes the year; the latest
    full date (day, month, year) mentioned — a lower bound, the weakest evidence.
    """
    return _infer(text, _matches(text))


def _infer(text: str, found: list[_Found]) -> tuple[date | None, str]:
    for m in _PUBLISHED_RE.finditer(text):
        day = _full_date(m.group("rest"), None) or _after_a_mention(m.group("rest"), found)
        if day:
            return day, f"'{m.group('label').strip()}' line"
    for m in _DATELINE_RE.finditer(text):
        day = _full_date(m.group("date"), None) or _after_a_mention(m.group("date"), found)
        if day:
            return day, "dateline"
    for line in text.splitlines()[:6]:
        stripped = line.strip()
        if 6 <= len(stripped) <= 60:
            day = _full_date(stripped, None, whole=True)
            if day:
                return day, "date line near the top"
    candidates: list[tuple[date, str]] = []
    for found_ref in found:
        if found_ref.rule.name in {"dmy", "mdy", "iso"}:
            g = found_ref.match.groupdict()
            full = _iso(g.get("iso")) or _absolute_day(g, None)
            if full is not None:
                candidates.append((full, "latest full date mentioned"))
            elif g.get("wd"):
                fixed = _year_from_weekday(g, _max_year(text))
                if fixed is not None:
                    return fixed, "weekday+date mention"
    if candidates:
        return max(candidates)[0], max(candidates)[1]
    return None, "no date in the text"


# ------------------------------------------------------------------ patterns

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
    r"\b(?:will|shall|won['’]t|['’]ll|would|scheduled|schedule|plans?|planned"
    # "planning" of local government is a noun: "filed … with the planning board on
    # November 20" had been read as future.
    r"|planning(?!\s+(?:board|committee|commission|permission|department|office|officers?"
    r"|officials|applications?|authority|authorities|rules|laws|process|system|appeal|consent"
    r"|inspectorate|inquiry))"
    r"|expected|expects?|due|set\s+to|going\s+to|aims?\s+to|upcoming|is\s+to|are\s+to"
    r"|intends?|to\s+be\s+held|next|must|forecast|ahead\s+of|in\s+the\s+run-up\s+to"
    r"|hopes?\s+to|hoping\s+to"
    r")\b"
    # "deferred to January": only right before the date, and not "had been delayed until".
    r"|(?<!had\s)(?<!been\s)(?:deferred|postponed|delayed|pushed\s+back|put\s+off)"
    r"\s+(?:to|until)\s*$",
    re.IGNORECASE,
)

_PUBLISHED_RE = re.compile(
    r"(?im)^\s*(?P<label>(?:first\s+)?published|updated|last\s+updated|posted|date)"
    r"\s*(?:on|:|-)?\s*(?P<rest>[^\n]{4,80})$"
)
_DATELINE_RE = re.compile(
    r"(?m)^[A-Z][A-Z .'’-]{1,30}(?:,\s*[A-Z][A-Za-z .]{1,30})?,?\s+"
    r"(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)"
    r"\s*(?:\([A-Za-z ]+\))?\s*[-–—]"
)


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


def _matches(text: str) -> list[_Found]:
    """All rule matches, overlaps resolved: the earliest, then the longest wins."""
    found = []
    for rule in _RULES:
        for m in rule.pattern.finditer(text):
            if m.end() > m.start() and _accept(rule, m, text):
                found.append(_Found(m.start(), m.end(), rule, m))
    found.sort(key=lambda f: (f.start, -(f.end - f.start), _RULES.index(f.rule)))
    kept: list[_Found] = []
    for f in found:
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    return kept


#: Words before a four-digit number that make it a count, not a year ("about 2000
#: farmers", "etwa 2000 Landwirte", "environ 2000 agriculteurs").
_APPROXIMATE = re.compile(
    r"(?i)\b(?:about|around|some|nearly|almost|roughly|approximately|over|more\s+than"
    r"|fewer\s+than|less\s+than|up\s+to|at\s+least|etwa|rund|fast|über|mehr\s+als|circa"
    r"|ca\.|environ|près\s+de|plus\s+de|unos|unas|alrededor\s+de|más\s+de|cerca\s+de)\s+$"
)
#: A preposition or a determiner before a four-digit number makes it a year even before
#: a plural ("in 2019 farmers marched", "the 2022 elections", "NATO's 1997 borders");
#: without one, a plural after it makes it a count ("2000 troops crossed").
_YEAR_PREPOSITION = re.compile(
    r"(?i)\b(?:in|since|by|from|until|till|of|before|after|during|to|and|or|between|the|its"
    r"|their|his|her|our|this|that|im|seit|bis|depuis|en|desde|\w+['’]s)\s+$"
)
_PLURAL_AFTER = re.compile(r"\s+[a-z]+s\b")


#: Before "in N days", what makes it a span rather than a time from now: a count, an
#: ordinal or superlative ("the first … in", "three matches in", "the worst … in").
_SPAN_BEFORE = re.compile(
    r"(?i)\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|first"
    r"|second|third|last|only|\w+est)\b(?:\s+[\w'’-]+){0,3}\s*$")


def _accept(rule: _Rule, m: re.Match[str], text: str) -> bool:
    g = m.groupdict()
    if rule.name == "in_time":  # a time from now only where the sentence speaks of the future
        # ... and not a span: "its first derby in six years", "three matches in ten days",
        # "a second fire in two weeks" (a regression probe's 2031 and a match date)
        if _SPAN_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
            return False
        return _is_future(_sentence_before(text, m.start()))
    if rule.name == "year" and not g.get("part"):
        before = text[max(0, m.start() - 24) : m.start()]
        if _APPROXIMATE.search(before):
            return False
        if _PLURAL_AFTER.match(text, m.end()) and not _YEAR_PREPOSITION.search(before):
            return False
    if g.get("month") == "May" and not (g.get("day") or g.get("year") or g.get("part")):
        before = text[max(0, m.start() - 8) : m.start()].lower()
        return bool(re.search(r"\b(in|since|until|by|from|early|late|mid)\s+$", before))
    month = g.get("month") or ""
    # "Jan" alone is a name as often as a month.
    return not (
        rule.name == "month" and month[:3] in {"Jan", "Mar", "Dec", "Jun"} and len(month) <= 4
        and not g.get("year")
    )


# ------------------------------------------------------------------ resolvers


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
    future = _is_future(before[: -len(_IN_THE_PAST) - 1] if past else before)
    d = _year_near(month, int(g["day"]), base, future=future, past=past and not future)
    return d, None, "absolute; year from publication date"


def _resolve_iso(
    m: re.Match[str], base: date | None, before: str
) -> tuple[date | None, date | None, str]:
    try:
        return date.fromisoformat(m.group("iso")), None, "absolute"
    except ValueError:
        return None, None, "invalid date"


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
    # year's too ("the cut follows a rise in February"): only a future marker moves a
    # month into next year.
    soft = before.endswith(" " + _NO_PAST)
    future = _is_future(before[: -len(_NO_PAST) - 1] if soft else before)
    year = base.year
    if future and month < base.month:
        year += 1
    elif not future and not soft and month > base.month:
        year -= 1
    lo, hi = _month_range(year, month, g.get("part"))
    return lo, hi, "absolute; year from publication date"


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
    start, end, how = _period(m, base)
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


def _period(m: re.Match[str], base: date | None) -> tuple[date | None, date | None, str]:
    if base is None:
        return None, None, "unresolved: no publication date"
    rel = m.group("rp").lower()
    period = m.group("per").lower()
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
    months = base.year * 12 + base.month - 1 + sign * n * (12 if unit == "year" else 1)
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


def _is_future(before: str) -> bool:
    return bool(_FUTURE_RE.search(before))


#: The dot of "a.m." or "p.m." ends a sentence only before a capitalised word that is
#: no weekday or month: "sank at 6 a.m. on Monday", "at 8 p.m. Thursday" are one clause,
#: "opened at 9 a.m. Traders expect…" two.
_CLOCK_END = (r"(?<=[ap]\.m)\.(?=\s+[A-Z])(?!\s+(?:"
              + "|".join(w.title() for w in WEEKDAYS + MONTHS) + r")\b)")
#: A clause starts after a sentence end, a line break, a semicolon or a relative conjunction.
_CLAUSE_START = re.compile(
    rf"(?<![ap]\.m)[.?!]\s|{_CLOCK_END}\s|\n|;\s|,\s+(?:which|who|while|whereas|but|although)\b")
#: Strong future markers right after the expression ("what Friday must deliver").
#: Not past a conjunction: "failed to agree on Tuesday and will meet again" is two events.
_FUTURE_AFTER_RE = re.compile(
    r"^(?:(?!\b(?:and|but|or|then)\b)[^,.;]){0,25}?\b(?:will|must|is\s+due|is\s+scheduled)\b")
#: Asking, urging, inviting or promising, then whom, with no clause between ("told
#: reporters he had gone to …" is another clause).
_ASKING = (r"\b(?P<verb>urged|urges|asked|asks|called\s+on|calls\s+on|told|ordered|orders"
           r"|invited|invites|encouraged|encourages|advised|advises|warned|warns|appealed\s+to"
           r"|promised|promises|pledged|pledges|vowed|vows)"
           r"(?:\s+(?!(?:he|she|they|it|we|i|had|has|have|was|were|is|are)\b)[\w'’-]+){0,5}?")
#: A verb of a timetable in the present right before a weekday: "returns on Saturday",
#: "the council meets on Friday" are to come, whatever past the sentence also tells
#: ("The festival, which was cancelled last year, returns on Saturday").
_SCHEDULED_RIGHT_BEFORE = re.compile(
    r"\b(?:returns|opens|reopens|starts|begins|ends|resumes|closes|kicks\s+off|takes\s+place"
    r"|goes\s+ahead|arrives|departs|launches|meets|visits|travels|hosts|plays|faces|expires"
    r"|comes\s+into\s+force|takes\s+effect)\s+(?:on\s+|next\s+)?$"
    # "called a vigil for Thursday evening", "set for Monday": a time something is set for
    # (a standards-desk probe's vigil, in a past-tense sentence, had gone to the Thursday
    # before). "for Thursday's attack" is an incident and never reaches this.
    r"|\b(?:set|scheduled|planned|called|fixed|booked|due)?\s*\S+\s+for\s+(?:next\s+)?$"
    # What someone was urged, asked or invited to attend on a weekday comes after the
    # asking: "called on residents to gather for a vigil on Thursday" (a probe's vigil
    # went to the Thursday before). Only an event named right before the day: in news
    # style the day at a sentence's end is most often the asking's ("she urged the board
    # to resign on Tuesday", "told the driver to stop on Monday, but he accelerated
    # away": two regression probes' cases).
    r"|" + _ASKING.replace("(?P<verb>", "(?:")
    + r"(?:\s+to\s+(?!be\b)[a-z]+(?:\s+[^\s,.;]+){0,3}?)?\s+(?:for|to|at|in|of)\s+(?:a|an|the)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:vigil|meeting|rally|protest|march|strike|vote|ballot|ceremony"
    r"|funeral|memorial|service|hearing|briefing|match|game|concert|summit|session|debate"
    r"|demonstration|referendum|election|trial|inquest|walkout|parade|festival|gathering"
    r"|assembly|conference|talks)\s+(?:on\s+)?$",
    re.IGNORECASE)


#: Asked, urged or promised to do something on a weekday, with no event named before it
#: ("urged residents to stay indoors on Thursday"): to come only when a promise says it
#: or a clause of condition or time follows in the present ("…, when the flood crest
#: arrives", "… if the company meets the union") — a regression probe's cases; else the
#: day is the asking's, as news style has it.
_ASKED_TO_RIGHT_BEFORE = re.compile(
    _ASKING + r"\s+to\s+(?!be\b)[a-z]+"
    r"(?:\s+(?!(?:after|following|since|during|over|amid|despite)\b)[^\s,.;]+){0,5}?"
    r"\s+(?:on\s+|by\s+)?$", re.IGNORECASE)
_PROMISES = ("promise", "pledge", "vow")
#: A clause of condition or time right after the day: "…, when parliament debates it".
_WHEN_AFTER = re.compile(r"^\s*,?\s*(?:when|if|unless|once|until|as\s+soon\s+as)\b",
                         re.IGNORECASE)


def _asked_ahead(before: str, tail: str) -> bool:
    """Whether what someone was asked or promised to do on the day is still to come."""
    m = _ASKED_TO_RIGHT_BEFORE.search(before)
    if m is None or _past_verb_in(tail):
        return False
    return m.group("verb").lower().startswith(_PROMISES) or bool(_WHEN_AFTER.match(tail))


#: "should be reconnected by Saturday", "should reopen on Friday": a deadline to come,
#: right before the day (not "should have"), in a sentence that tells no past around it
#: ("the sirens that should sound … stayed silent on Sunday", "were told the ferry should
#: sail on Monday, but the crossing was cancelled": regression probes' cases).
_SHOULD_RIGHT_BEFORE = re.compile(
    r"\bshould\s+(?!have\b)(?:be\s+)?[a-z]+(?:\s+[a-z]+){0,2}?\s+(?:on|by)\s+$",
    re.IGNORECASE)


#: Verbs in the past: regular ones by their ending, and the irregular ones news uses.
_PAST_VERBS = (
    r"[a-z]{2,}ed|met|held|began|came|went|left|struck|won|lost|rose|fell|took|gave|made"
    r"|spoke|broke|sent|sat|was|were|shot|sank|fled|fought|ran|paid|brought|bought|caught"
    r"|drove|wrote|stole|threw|spent|sold|swept|withdrew|saw|knew|grew|blew|drew|chose|froze"
    r"|shook|sang|rang|swam|flew|tore|swore|woke|forgot|slid|dug|hid|bit"
)
# Not "hit", "cut", "put", "shut", "hurt", "split", "spread": the present and the noun
# ("will hit on Friday", "the fuel tax cut takes effect on Monday") are written alike.
#: A verb in the past right before the expression ("agreed on Thursday", "met Friday"):
#: that date is past even in a clause that speaks of the future ("will return to work on
#: Friday after the union agreed on Thursday").
#: A reporting verb may have its audience or setting between ("said in a statement on
#: Monday that ...", "told reporters in Brussels on Tuesday"): the weekday is the report's.
_PAST_RIGHT_BEFORE = re.compile(
    rf"\b(?P<verb>{_PAST_VERBS}|said|told)\s+"
    r"(?:(?<=said\s|told\s)(?:(?:reporters|journalists|lawmakers|parliament)\s+)?"
    r"(?:(?:(?:in|at|during)\s+(?:(?:a|an|the|his|her|its|their)\s+)?"
    r"|to\s+(?:a|an|the|his|her|its|their)\s+)[\w’'-]+"
    r"(?:\s+(?:news\s+)?conference)?\s+)?)?"
    r"(?:on\s+|late\s+|early\s+)?$"
)


#: "will be held on Friday", "will stay closed on Tuesday": a participle after "will be"
#: (stay, remain) is no past tense (after "to be" it
#: may be: "had been due to be completed on Monday").
_PASSIVE = re.compile(
    r"\b(?:will|shall|would|['’]ll)\s+(?:not\s+)?(?:be|stay|remain|get|become)\s+$", re.IGNORECASE)


def _context(text: str, found: _Found) -> str:
    """What a rule resolves its match against (see ``_sentence_before``)."""
    # A bare month is read like a weekday: a sentence with no verb in the past may speak
    # of what is to come ("talks resume in May", in March, was May of the year before).
    return _sentence_before(text, found.start, found.end,
                            weekday=found.rule.name in ("weekday", "month"),
                            day_month=found.rule.name in ("dmy", "mdy"))


def _sentence_before(
    text: str, pos: int, end: int | None = None, *, weekday: bool = False,
    day_month: bool = False,
) -> str:
    """The clause holding ``pos``, up to ``pos`` (so tense markers of another clause
    — "…, which held $310 million at the end of February" — do not count), plus a
    strong future marker right after the expression, if any; nothing when a verb in
    the past stands right before the expression ("met on Friday and will meet again").
    For a ``weekday``, a sentence with no verb in the past reads as future (``_NO_PAST``);
    for a ``day_month``, one with a verb in the past says so (``_IN_THE_PAST``)."""
    window = text[max(0, pos - 300) : pos]
    cut = list(_CLAUSE_START.finditer(window))
    before = window[cut[-1].end() :] if cut else window
    if cut and cut[-1].group().rstrip().endswith(("which", "who")) and ", " in before:
        before = before.rsplit(", ", 1)[1]  # past the relative clause, to the main verb
    past = _PAST_RIGHT_BEFORE.search(before)
    if past and not _FUTURE_RE.fullmatch(past.group("verb")) and not _PASSIVE.search(
            before[: past.start()]):
        return " " + _IN_THE_PAST if day_month else ""
    incident = end is not None and bool(_INCIDENT_AFTER.match(text, end))
    if incident and _SINCE_RIGHT_BEFORE.search(before):
        return ""  # "under water after Wednesday's dam failure": it happened, "would" or not
    clause, before = before, _after_last_future_marker_in_the_past(before)
    # "Monday's victims will be buried": the future is the burial's, not the incident's.
    after = (_FUTURE_AFTER_RE.match(text[end : end + 40])
             if end is not None and not incident else None)
    out = before + " " + after.group(0) if after else before
    if end is None or not (day_month or (weekday and not incident)):
        return out
    stop = _SENTENCE_STOP.search(text, end)
    tail = text[end : stop.start() if stop else len(text)]
    if day_month:
        # The verb comes after a date that opens the sentence: "On January 3 the ferry
        # sank"; only up to the clause's end ("On July 4 talks resume, after they…").
        opening = _OPENING.fullmatch(clause) is not None
        verb_at = _past_verb_in(clause) or (opening and _past_verb_in(_CLAUSE_END.split(tail)[0]))
        # "Northfield voted for change, and change starts on January 5" (said on 31
        # December): a timetable verb right before the date is the date's, whatever past
        # the clause told before it (a facts probe's January 5 went a year back).
        if verb_at and not _FUTURE_RE.search(clause + " " + tail) \
                and not _SCHEDULED_RIGHT_BEFORE.search(before):
            out += " " + _IN_THE_PAST
    if weekday and not incident:  # "Monday's fire" happened
        sentence = clause + " " + tail
        # "Monday's effort", "Thursday's crowd trouble": what a day's possessive names
        # took place that day, though no incident word says so (a regression probe's
        # "thanked them for Monday's effort" went a week ahead).
        possessive = end is not None and text[end:end + 2] in ("'s", "’s")
        should = _SHOULD_RIGHT_BEFORE.search(before)
        if (_SCHEDULED_RIGHT_BEFORE.search(before) and not possessive) or (
                not possessive and _asked_ahead(before, tail)) or (
                should and not _PAST_ANYWHERE.search(_own_part(
                    clause[: len(clause) - len(before) + should.start()]) + tail)) or (
                len(sentence.split()) >= 3 and not _PAST_ANYWHERE.search(sentence)):
            out += " " + _NO_PAST  # read as future (see _NO_PAST); a bare "on Friday" is not
    return out


#: Where a reported or coordinated clause begins: "Norlys said | most homes should be
#: reconnected by Saturday", "crews were working, and | most homes should …".
_OWN_PART = re.compile(
    r"\b(?:said|says|told|tells|announced|added|warned|stated|expects?|hopes?)\b|,\s+(?:and|but)\s",
    re.IGNORECASE)


def _own_part(text: str) -> str:
    """``text`` from the start of its last reported or coordinated clause."""
    cuts = list(_OWN_PART.finditer(text))
    return text[cuts[-1].end():] if cuts else text


def _past_verb_in(clause: str) -> bool:
    """A verb in the past before a month and day: not an adjective ("the damaged
    stairwell") or a participle after a present "stays", "is", "remains" ("The building
    stays closed until June 30"). A regression probe found "resumes on July 4 and is
    expected to last six weeks" dated a year back when the words after the date counted."""
    for m in _PAST_ANYWHERE.finditer(clause):
        if not _NO_PAST_BEFORE.search(clause[: m.start()]):
            return True
    return False


#: A clause that holds nothing before its date but a preposition: "On ", "Late on ".
_OPENING = re.compile(r"\s*(?:(?:early|late)\s+)?(?:on|by|until|since|from)?\s*", re.IGNORECASE)
#: Where the clause after a date ends.
_CLAUSE_END = re.compile(r",|;|\s(?:and|but|when|while|after|before)\s", re.IGNORECASE)
#: Words before an "-ed" form that make it no verb in the past.
_NO_PAST_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|your|this|that|these|those|is|are|be|been|being"
    r"|stays?|remains?|gets?|seems?|looks?|becomes?)\s+$", re.IGNORECASE)


def _after_last_future_marker_in_the_past(before: str) -> str:
    """``before``, or "" when "was", "were" or "had" follows its last future marker: "a plan
    to ban cars was defeated on Friday", "talks expected to resume were suspended on
    Monday" speak of the past ("plan", "expected" qualify a noun there)."""
    markers = list(_FUTURE_RE.finditer(before))
    if not markers:
        return before
    return "" if _PAST_AFTER_MARKER.search(before, markers[-1].end()) else before


#: The finite past that, after a future marker, makes the clause past: "was", "were",
#: "had" ("a plan to ban cars was defeated"). Not any "-ed" word: participles after a
#: future verb ("will visit the town destroyed by the earthquake on Monday", "will meet
#: families of those killed"), "need" and "hundred" end in "ed" too (a regression probe).
_PAST_AFTER_MARKER = re.compile(r"\b(?:was|were|had)\b", re.IGNORECASE)
#: A weekday's incident ("Monday's fire", "Sunday's attack"): something that happened,
#: even in a present-tense sentence ("There is no link to Monday's fire"); a weekday's
#: deadline, meeting or vote in such a sentence is to come ("Friday's deadline is looming").
_INCIDENT_AFTER = re.compile(
    # One word may stand between ("Wednesday's dam failure", "Monday's train crash").
    r"['’]s\s+(?:[a-z-]+\s+)?(?:fire|blaze|attack|crash|blast|"
    r"explosion|earthquake|quake|shooting|stabbing|storm|flood|flooding|collapse|derailment|"
    r"accident|bombing|raid|strike|strikes|riot|riots|killing|killings|landslide|eruption|"
    r"failure|breach|outage|leak|spill|sinking|"
    # what an incident left: "funerals for Monday's victims will begin" (a regression
    # probe's funerals went to the Monday to come)
    r"victims|dead|casualties|wounded|survivors|disaster|tragedy|violence|clashes|unrest|"
    r"massacre|ambush|assault|protests?|crowd\s+trouble|pitch\s+invasion)\b",
    re.IGNORECASE,
)
_SENTENCE_STOP = re.compile(rf"(?<![ap]\.m)[.?!](?=\s|$)|{_CLOCK_END}|\n")
#: "after", "following" or "since" right before a weekday's incident: it is past.
_SINCE_RIGHT_BEFORE = re.compile(r"\b(?:after|following|since)\s+(?:last\s+)?$", re.IGNORECASE)
#: Words that put a sentence in the past. A reporting verb ("…, the government said")
#: does not: its tense is the report's, not the event's.
_PAST_ANYWHERE = re.compile(
    rf"(?i)\b(?:{_PAST_VERBS}|had|did|ago|yesterday|last|earlier)\b"
    # "cut", "hit", "shut" are past too when no modal, "to" or article comes before them
    # and an object follows ("The bank cut interest rates on Thursday", "Russia hit Kyiv"),
    # not in "will hit on Friday" or "the fuel tax cut takes effect".
    r"|(?<!\bwill\s)(?<!\bto\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bcan\s)(?<!\bmay\s)"
    r"(?<!\bmust\s)(?<!\bmight\s)(?<!\bshould\s)(?<!['’]ll\s)(?<!\bnot\s)(?<!\bdo\s)"
    r"(?<!\bdoes\s)(?<!\bthe\s)(?<!\ba\s)(?<!\btax\s)(?<!\brate\s)(?<!n['’]t\s)"
    r"(?<!\bcannot\s)(?<!\bagain\s)(?<!s\s)"  # "tariffs hit", "Traders put": present too
    # An adverb after a modal: "could also hit", "may finally cut", "could well cut".
    r"(?<!ly\s)(?<!\balso\s)(?<!\bwell\s)(?<!\bthen\s)(?<!\bstill\s)(?<!\beven\s)"
    r"(?<!\bjust\s)(?<!\bnever\s)(?<!\bsoon\s)"
    # "The river burst its banks on Wednesday", "quit the market", "set fire to",
    # "spread to other towns" (a briefing probe: each had put its day a week ahead). Not
    # "let": "Let the voters decide on Sunday" (a regression probe).
    r"\b(?:cut|hit|shut|put|set|hurt|spread|beat|burst|quit|shed|split|cast)\s+"
    r"(?:(?:the|a|an|its|his|her|their|our|interest|rates?|down|off|back|out|fire|to)\b"
    r"|(?-i:[A-Z])|\d)"
)
#: What a weekday's context gets when its sentence has no verb in the past: news reports
#: past events in the past tense, so a weekday in a present-tense sentence is to come
#: ("Applications open on Monday", "Halvik returns to Portavel on Wednesday").
_NO_PAST = "scheduled"
#: What a month and day's context gets when its sentence has a verb in the past: the
#: last such day before publication, not the nearest ("They met on March 3", in a
#: September paper, had been the March to come, nearer by 15 days).
_IN_THE_PAST = "happened"


#: How long before a yearless dateline ("BRESKA, March 3 —") a dated mention may be
#: for the dateline to take its year: a report is written days after what it reports.
DATELINE_REACH = timedelta(days=45)


def _after_a_mention(fragment: str, found: list[_Found]) -> date | None:
    """A yearless dateline's date in the year that puts it at most ``DATELINE_REACH``
    after a date the text gives with its year ("Work began on 28 February 2025" dates
    "March 3" 2025; "in December 2025" dates "January 4" 2026). Not any year the text
    names: "last closed in 2021", "first proposed in June 2023" and "due to open in
    August 2028" had each dated the article, and every date resolved against it (two
    probes). None when no mention is near: no date rather than a wrong one."""
    best = None
    for f in found:
        start = _mentioned_day(f)
        if start is None:
            continue
        for year in (start.year, start.year + 1):
            day = _full_date(fragment, year)
            if day is not None and timedelta(0) <= day - start <= DATELINE_REACH:
                best = day if best is None else max(best, day)
    return best


def _mentioned_day(f: _Found) -> date | None:
    """The first day of a mention that gives its year: a day, or a month's first day."""
    g = f.match.groupdict()
    if f.rule.name == "iso":
        return _iso(g.get("iso"))
    if not g.get("year") or f.rule.name not in {"dmy", "mdy", "month"}:
        return None
    if f.rule.name == "month":
        return date(int(g["year"]), _MONTH_NAMES[g["month"].lower().rstrip(".")], 1)
    return _absolute_day(g, None)


def _max_year(text: str) -> int | None:
    years = [int(y) for y in re.findall(r"(?<![\d,.])(?:19|20)\d\d(?![\d,])", text)]
    return max(years) if years else None


def _full_date(fragment: str, near_year: int | None, whole: bool = False) -> date | None:
    """A day-level date in a short fragment (a "Published" line, a dateline)."""
    for m in _matches(fragment):
        if m.rule.name not in {"dmy", "mdy", "iso"}:
            continue
        if whole and len(fragment) - (m.end - m.start) > 25:
            continue
        g = m.match.groupdict()
        if m.rule.name == "iso":
            try:
                return date.fromisoformat(g["iso"] or "")
            except ValueError:
                continue
        d = _absolute_day(g, None)
        if d is not None:
            return d
        if whole:
            continue
        if g.get("wd"):
            d = _year_from_weekday(g, near_year)
            if d is not None:
                return d
        if near_year:
            d = _absolute_day({**g, "year": str(near_year)}, None)
            if d is not None:
                return d
    return None


#: A day and month in another language: "am 20. November", "le 12 mars 2025", "el 3 de
#: marzo", "il 12 marzo", "em 13 de novembro". Before the seventeenth session these gave a
#: month at best ("November") and mostly nothing, so the timeline and the facts of a
#: translation had no day. Weekdays and relative words in these languages are still not
#: read. Months are matched as each language writes them, so "12 Mars missions" is none.
_FOREIGN_MONTH = "(?P<fmonth>" + "|".join(sorted(LOWER_CASE_MONTHS, key=len, reverse=True)) + ")"
_GERMAN_MONTH = "(?P<gmonth>" + "|".join(GERMAN_MONTHS) + ")"


def _resolve_foreign_day_month(
    m: re.Match[str], base: date | None, before: str
) -> tuple[date | None, date | None, str]:
    name = (m.group("fmonth") or m.group("gmonth")).lower()
    month = FOREIGN_MONTHS.get(name) or _MONTH_NAMES[name]
    day = int(m.group("fday"))
    if m.group("year"):
        try:
            return date(int(m.group("year")), month, day), None, "absolute"
        except ValueError:
            return None, None, "invalid date"
    if base is None:
        return None, None, "unresolved: no year and no publication date"
    d = _year_near(month, day, base)
    return d, None, "absolute; year from publication date (nearest)"


_RULES: tuple[_Rule, ...] = (
    _Rule("dmy_foreign", re.compile(
        r"(?<![\d.,])(?P<fday>3[01]|[12]\d|0?[1-9])"
        rf"(?:(?:er|º|°|\.º)?\s+(?:de\s+)?{_FOREIGN_MONTH}|\.\s+{_GERMAN_MONTH})"
        rf"(?:,?\s+(?:de\s+|del\s+)?{_YEAR})?\b"
    ), _resolve_foreign_day_month),
    _Rule("dmy", re.compile(
        rf"(?:{_WD},?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b"
    ), _resolve_day_month),
    _Rule("mdy", re.compile(
        rf"(?:{_WD},?\s+)?{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b{_NO_OLD_YEAR}"
    ), _resolve_day_month),
    _Rule("iso", re.compile(r"(?<![\d-])(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)(?![\d-])"),
          _resolve_iso),
    _Rule("ordinal_of", re.compile(
        rf"(?i:\bthe\s+(?P<ord>{_ORD}|\d{{1,2}}(?:st|nd|rd|th))\s+of\s+)"
        rf"(?:(?i:(?P<mrel>next|this|last)\s+month)|{_MONTH}(?:,?\s+{_YEAR})?)\b"
    ), _resolve_ordinal_of_month),
    _Rule("month", re.compile(
        rf"(?:(?i:(?P<part>early|mid|late))[\s-]+)?(?:(?i:(?P<mrel>last|next))\s+)?"
        rf"\b{_MONTH}(?(mrel)(?!\s+\d))(?:\s+(?:of\s+)?{_YEAR}"
        r"|,?\s+(?:of\s+)?(?i:(?P<yrel>last|next|this)\s+year))?\b"
        + _NO_OLD_YEAR
    ), _resolve_month),
    _Rule("decade", re.compile(r"\b(?i:the\s+)(?P<decade>(?:1[89]|20)\d0)['’]?s\b"),
          _resolve_year),
    _Rule("year", re.compile(
        r"(?:(?i:(?P<part>early|mid|late))[\s-]+)?"
        r"(?<![\d,.$€£/-])\b(?P<year>1[89]\d\d|20\d\d)\b(?![,.]\d|%|-\d|\d)"
        r"(?!\s?(?:GMT|UTC|local\s+time)\b)"  # "1800 GMT" is a time of day
    ), _resolve_year),
    _Rule("relative_day", re.compile(
        r"(?i)\b(?:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)"
        r"|(?:earlier|later)\s+today|today|tonight|yesterday|tomorrow|last\s+night"
        r"|this\s+(?:morning|afternoon|evening))\b"
    ), _resolve_relative_day),
    _Rule("period", re.compile(
        r"(?i)\b(?:(?:earlier|later)\s+|(?P<part>early|mid|late)[\s-]+)?"
        r"(?P<rp>last|next|this|past|coming|previous)\s+"
        r"(?P<per>week|weekend|month|quarter|year)\b"
    ), _resolve_period),
    _Rule("weekday", re.compile(
        rf"(?:(?i:(?P<wrel>last|next|this|past|coming))\s+)?{_WD}"
        r"(?:\s+(?:morning|afternoon|evening|night))?\b"
    ), _resolve_weekday),
    _Rule("ago", re.compile(
        r"(?i)\b(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
        r"|twelve)\s+(?P<u>days?|weeks?|months?|years?)\s+(?P<dir>ago|from\s+now)\b"
    ), _resolve_ago),
    # Not years: "its first title in six years" is most often a span.
    _Rule("in_time", re.compile(
        r"(?i)\b(?P<within>in|within)\s+(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven"
        r"|eight|nine|ten|eleven|twelve)\s+(?P<u>days?|weeks?|months?)(?:['’]\s*time)?\b"
    ), _resolve_in_time),
    _Rule("day_only", re.compile(
        r"(?<=\bon\s)the\s+(?P<dnum>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b(?!\s+of\b)"
    ), _resolve_day_only),
)
