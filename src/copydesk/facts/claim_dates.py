"""When a figure is of: the day its sentence names, or a year that makes it another count.

A figure's date decides what it is compared with: a count of 1998 is not this week's
toll, nor a forecast for 2026 this year's figure. So the rules that keep a date from the
wrong figure (the older side of a comparison, a founding year, a fiscal year, a
forecast's year) are kept together here. ``COMPARATORS`` is also read by the report's
timeline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from copydesk.records import DateRef, Quantity

__all__ = ["COMPARATORS", "ERA_DAYS", "MAX_CLAIM_DAYS", "WHOLE_YEAR_DAYS", "a_forecast",
           "current_year", "own_dates", "sentence_date", "sentence_year", "time_text"]


#: The widest date range (days) that dates a claim: a day or a week ("last week").
#: A month or year named in the sentence is more often background ("since 2014",
#: "a further 2% in January") than the time of the claim.
MAX_CLAIM_DAYS = 7


def sentence_date(
    dates: Sequence[DateRef], start: int, end: int, near: int | None = None
) -> DateRef | None:
    """The resolved date expression of the sentence that is a day or a week: the first,
    or with ``near`` the one nearest that offset (a figure's own date: in "the death toll
    from Sunday's landslide rose to 27 on Tuesday" the 27 is Tuesday's)."""
    days = [d for d in sorted(dates, key=lambda d: d.start)
            if start <= d.start < end and d.value is not None
            and ((d.end_value or d.value) - d.value).days <= MAX_CLAIM_DAYS]
    if not days:
        return None
    if near is None:
        return days[0]
    return min(days, key=lambda d: (min(abs(d.start - near), abs(d.end - near)), d.start))


#: Days before the article's year from which a day is another event's (a toll of 30
#: December reported on 2 January is this story's, and so is a blast of 14 October in
#: January's coverage of its trial: a regression probe's 9 against 11 had gone with 60).
ERA_DAYS = 365


def current_year(dates: Sequence[DateRef]) -> int | None:
    """The year the article speaks from: the latest year of its day-wide dates ("on
    Friday", "March 3"), which are resolved against its publication date."""
    years = [d.value.year for d in dates if d.value is not None
             and ((d.end_value or d.value) - d.value).days <= MAX_CLAIM_DAYS]
    return max(years) if years else None


def own_dates(text: str, dates: Sequence[DateRef], q: Quantity) -> list[DateRef]:
    """The dates that may date ``q``: not one that comes after a figure it is compared
    with. In "turnout rose to 58 percent from 41 percent four years ago" the date is the
    41's; the 58 had been dated four years back."""
    return [d for d in dates
            if (d.start < q.end or not _COMPARED_WITH.search(text, q.end, d.start))
            and not ((q.end <= d.start or _CHANGED_TO_AFTER.match(text, d.end, q.start))
                     and _BASELINE_DATE.search(d.text)
                     and not _A_DAY.search(d.text)
                     and _BASELINE_BEFORE.search(text, max(0, d.start - 50), d.start))]


def sentence_year(
    text: str, dates: Sequence[DateRef], start: int, end: int, at: int,
    now: int | None = None,
) -> int | None:
    """The year a sentence names as a whole ("in 1998", "since 2011, when…"), if any, for
    the count at ``at``; not a bare "since 2022", which runs to the present. "Since 1998,
    when…" dates only what its "when" clause says: in "the deadliest fire since 1998,
    when 17 people were killed", the 17 are of 1998 and the sentence's own toll is not."""
    for d in sorted(dates, key=lambda d: d.start):
        if start <= d.start < end and d.value is not None:
            since = text[max(start, d.start - 6):d.start].lower().endswith("since ")
            when_clause = text[d.end:d.end + 7].lower().startswith(", when")
            if since and (not when_clause or at < d.end):
                continue
            if _of_its_origin(text, start, d, at):
                continue
            span = ((d.end_value or d.value) - d.value).days
            if now and d.value.year > now and span < WHOLE_YEAR_DAYS:
                continue  # "in the year to March 2026": a fiscal year, begun this year
            if span > MAX_CLAIM_DAYS:
                return d.value.year
    return None


#: A forecast's verb before its figure ("expects to carry 5 million in 2026").
_FORECAST = re.compile(r"\b(?:expect\w*|forecast\w*|project\w*|predict\w*|see|sees|saw"
                       r"|will|would|plans?\s+to|planned\s+to|aims?\s+to|targets?|targeting"
                       r"|estimates?\s+that)\b", re.IGNORECASE)
#: What parts a figure's clause from a date after it: "killed 14 people, and rebuilding
#: … until 2027" dates the rebuilding, not the toll (a regression probe).
_CLAUSE_BREAK = re.compile(r"[;:]|,\s*(?:and|but|while|which|who|as|the|its|their)\b"
                           r"|\b(?:while|before|after|when|until|once)\b", re.IGNORECASE)


def a_forecast(
    text: str, dates: Sequence[DateRef], start: int, q: Quantity, year: int
) -> bool:
    """Whether a figure with a later year in its sentence is a forecast for that year: a
    forecast's verb before it in its clause, and the year after it in the same clause
    ("the council saw inflation between 2.5 and 3 percent in 2026"; not "carried 4
    million passengers and expects to carry 5 million in 2026" for the 4 million, nor
    "a strike which could last into 2026 has cost 40 million dollars"); ``start`` is
    where its sentence starts."""
    clause = max((m.end() for m in _CLAUSE_BREAK.finditer(text, start, q.start)), default=start)
    verb = _FORECAST.search(text, clause, q.start)
    if verb is None:
        return False
    if any(d.value is not None and d.value.year == year and verb.end() <= d.start
           and d.end <= q.start and not re.search(r"\d", text[d.end:q.start]) for d in dates):
        return True  # "expects for 2026 an inflation between 2,5 % and 3 %"
    fronted = _FRONTED_YEAR.match(text, start, verb.start())
    if fronted and int(fronted.group(1)) == year and all(
            m.start() < fronted.end() for m in _CLAUSE_BREAK.finditer(text, start, verb.start())):
        return True  # "For 2027, the bank forecasts growth of 2.4 percent"
    # ... and no other figure between them: "a 5.5 per cent pay rise … and a further 2 per
    # cent in 2027" dates the 2 per cent (a regression run).
    return any(d.value is not None and d.value.year == year and d.start >= q.end
               and ((d.end_value or d.value) - d.value).days >= WHOLE_YEAR_DAYS
               and not _CLAUSE_BREAK.search(text, q.end, d.start)
               and not re.search(r"\d", text[q.end:d.start]) for d in dates)


#: A year set before its sentence's clause: "For 2027, the bank forecasts …", "In 2027,
#: it expects …" (a regression probe's forecast was not read as the year's).
_FRONTED_YEAR = re.compile(
    r"\s*(?:for|in|over|during|through(?:out)?)\s+(?:(?:the\s+)?(?:whole\s+|full\s+|calendar\s+"
    r"|fiscal\s+)?year\s+)?(\d{4})\s*,\s*", re.IGNORECASE)
#: A later year dates a figure only as a whole year ("in 2026", "next year"); a month of
#: it may end this year's fiscal year (a finance probe's deficit "in the year to March
#: 2026" against this October's 3.4 percent).
WHOLE_YEAR_DAYS = 300


#: What a year after it tells of a thing's beginning, not of the sentence's figures:
#: "Larkmoor, which was founded in 1852, has about 310,000 residents" (the count had
#: been dated 1852, and so never compared with today's).
_ORIGIN_BEFORE = re.compile(
    r"\b(?:founded|established|built|born|formed|incorporated|constructed|set\s+up|opened"
    r"|launched|completed|created"
    r"|dat(?:ing|es?)\s+(?:back\s+)?(?:from|to))\s+(?:in\s+)?$", re.IGNORECASE)


def _of_its_origin(text: str, start: int, d: DateRef, at: int) -> bool:
    """Whether year ``d`` is when something was founded or built, in a clause of its
    own apart from the figure at ``at`` ("…, built in 1932, carries 40,000 cars a
    day"; "has 900 pupils and was founded in 1901"). In the figure's own clause it
    dates the figure: "the plant was built in 2019 with 400 workers"."""
    if not _ORIGIN_BEFORE.search(text[max(start, d.start - 40) : d.start]):
        return False
    if at < d.start:
        # "had 120 pupils when it was founded in 1901": the founding dates the figure
        # (a regression probe: "120" lost its year and conflicted with today's 900).
        return not re.search(r"\b(?:when|at\s+the\s+time|by\s+the\s+time)\b", text[at : d.start],
                             re.IGNORECASE)
    # "… founded in 1901 and now has 900 pupils": today's figure, the year's clause over;
    # "built in 1964, when the town had 8,000 residents" is the year's own (a probe).
    between = text[d.end : at]
    if re.match(r"\s*,\s*(?:when|by\s+which\s+time|at\s+which\s+time|at\s+the\s+time)\b",
                between, re.IGNORECASE):
        return False
    return bool(re.search(r"[,;:—–()]|\b(?:now|today|currently)\b", between, re.IGNORECASE))


#: Words that compare a figure with another, older one ("58% from 41% in 2021", "nach
#: 41 Prozent"), besides "than"; the report's timeline reads them too.
COMPARATORS = (r"from|against|compared\s+(?:with|to)|versus|vs\.?|nach|gegenüber|contre"
               r"|comparé\s+à|frente\s+al?|comparado\s+con|rispetto\s+a")
#: A second figure that a date after it belongs to: "58% from 41% in 2021", "up from 9".
_COMPARED_WITH = re.compile(rf"\b(?:{COMPARATORS}|than)\s+(?:\S+\s+)?\S*\d", re.IGNORECASE)


#: Before a date, the words that make it the other side of a change, dating no figure of
#: the sentence: "a net profit of $2.1bn, up 12 per cent on the same quarter last year"
#: (the profit had been dated last year and so never compared with this year's); a figure
#: after the date is the date's own ("compared with 2025, when it was $8.4 billion"),
#: "a 12 percent increase from a year ago", "down 3% compared with 2024". A bare "from"
#: compares only after a change ("figures from 2023 show …" are of 2023), "on" and
#: "over" only before "the same period" ("rose 3% on Monday" is Monday's, "sales rose to
#: $3bn over the past year" that year's).
#: ... a date of a year or a period, not a day: "a 14 per cent rise in fares from 1
#: April" is when the rise comes (a regression run).
#: ... or after it, as where the change went: "rose 12% on the same period last year to
#: $1.2bn" (else a figure after the date is the date's own: "compared with 2025, when it
#: was $8.4 billion").
_CHANGED_TO_AFTER = re.compile(r"\s*,?\s*to\s+\S{0,4}$", re.IGNORECASE)
_BASELINE_DATE = re.compile(r"\b(?:years?|quarter|period|half|\d{4})\b", re.IGNORECASE)
_A_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")
_BASELINE_BEFORE = re.compile(
    r"(?:\b(?:up|down|rise|rises|rose|risen|fell|falls?|fallen|increase[sd]?|decrease[sd]?"
    r"|drop(?:ped|s)?|jump(?:ed|s)?|gain(?:ed|s)?|grew|growth|declined?|declines|higher"
    r"|lower|more|less|percent|per\s+cent|%)\W[^.;]{0,40}?"
    rf"\b(?:{COMPARATORS}|than)\s+(?:the\s+)?"
    rf"|\b(?:{COMPARATORS}|on|in|over)\s+the\s+(?:same\s+|corresponding\s+|comparable\s+)"
    r"(?:\w+\s+){0,2}?(?:quarter|period|month|week|half|season|time)\s+(?:of\s+)?"
    r"(?:the\s+)?)$",
    re.IGNORECASE)


def time_text(ref: DateRef | None) -> str | None:
    if ref is None or ref.value is None:
        return None
    if ref.end_value and ref.end_value != ref.value:
        return f"{ref.value.isoformat()}/{ref.end_value.isoformat()}"
    return ref.value.isoformat()
