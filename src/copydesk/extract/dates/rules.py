"""The date rules, most specific first, each a pattern and its resolver, and the matcher
that runs them over a text and keeps the longest match at each place."""

from __future__ import annotations

import re
from datetime import date

from copydesk.calendar_words import (
    FOREIGN_MONTHS,
    GERMAN_MONTHS,
    LOWER_CASE_MONTHS,
)
from copydesk.extract.dates.anchored import ANCHORED, a_count_here, resolve_anchored
from copydesk.extract.dates.french import FRENCH_RULES, a_weekday_here
from copydesk.extract.dates.holidays import (
    HOLIDAY,
    NTH_WEEKDAY,
    a_holiday_here,
    resolve_holiday,
    resolve_nth_weekday,
)
from copydesk.extract.dates.other_languages import OTHER_RULES, a_relative_day_here
from copydesk.extract.dates.other_languages import a_weekday_here as an_other_weekday_here
from copydesk.extract.dates.patterns import (
    _DAY,
    _MONTH,
    _MONTH_NAMES,
    _NO_OLD_YEAR,
    _ORD,
    _WD,
    _YEAR,
    _Found,
    _Rule,
    inside_a_sentence,
)
from copydesk.extract.dates.ranges import FIRST_DAY, with_first_day
from copydesk.extract.dates.resolvers import (
    _resolve_ago,
    _resolve_day_month,
    _resolve_day_only,
    _resolve_in_time,
    _resolve_iso,
    _resolve_month,
    _resolve_ordinal_of_month,
    _resolve_period,
    _resolve_relative_day,
    _resolve_weekday,
    _resolve_year,
    _year_near,
    resolve_numeric,
)
from copydesk.extract.dates.seasons import SEASON, a_season_here, resolve_season
from copydesk.extract.dates.tense import _is_future, _sentence_before


def _matches(text: str, language: str | None = None) -> list[_Found]:
    """All rule matches, overlaps resolved: the earliest, then the longest wins. A French
    text is read with the French rules too (``french.FRENCH_RULES``)."""
    code = (language or "").lower()[:2]
    rules = _RULES + (FRENCH_RULES if code == "fr" else OTHER_RULES.get(code, ()))
    found = []
    for rule in rules:
        for m in rule.pattern.finditer(text):
            if m.end() > m.start() and _accept(rule, m, text):
                # a month of another language is read after its preposition ("im
                # Oktober") and is only the month
                start = m.start("mon") if "mon" in rule.pattern.groupindex else m.start()
                found.append(_Found(start, m.end(), rule, m))
    found.sort(key=lambda f: (f.start, -(f.end - f.start), rules.index(f.rule)))
    kept: list[_Found] = []
    for f in found:
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    return kept


#: Named days: "Good Friday", "Black Friday", "Super Tuesday", "Mail on Sunday".
_NAMED_DAY_BEFORE = re.compile(
    r"\b(?:Good|Black|Ash|Holy|Maundy|Easter|Palm|Super|Cyber|Bloody|Shrove|Whit|Giving"
    r"|Mail\s+on)\s+$")
#: A newspaper named by its day: "The Sunday Times", "the Sunday Telegraph".
_PAPER_AFTER = re.compile(r"\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Independent"
                          r"|Mail|Tribune|Sport|People|Star)\b|\.(?:com|org|net)\b")


#: Words before a weekday that make it any such day: "every Monday", "each Friday", "a
#: sunny Sunday", "the first Tuesday of" (what follows decides: ``nth_weekday``).
_ANY_WEEKDAY_BEFORE = re.compile(
    r"(?i)\b(?:every|each|(?-i:[Aa]n?)(?:\s+[a-z]+)?|(?:first|second|third|fourth|fifth|last)"
    r"|on\s+(?:Mondays|Tuesdays))\s+$")
#: A capitalised word after a weekday that makes it a name's ("Friday Harbor", "Tuesday
#: Morning" in the middle of a sentence).
_NAME_AFTER = re.compile(
    r" (?:Harbor|Harbour|Island|Street|Road|Market|Mosque|Church|Club|Morning|Afternoon"
    r"|Evening)\b(?!\s+(?:[A-Z]))")


#: What names a version, not a day, before figures like a date.
_VERSION_BEFORE = re.compile(r"(?i)\b(?:version|v|firmware|software|release|build|update"
                             r"|patch|model|no|number|nr)\.?\s*$")


#: A capitalised word right after a month: a surname, when no preposition stands before.
_SURNAME_AFTER = re.compile(r" (?-i:[A-Z][a-z])")


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
    if rule.name == "weekday_fr":
        return a_weekday_here(m)
    if rule.name.startswith("relative_day_") and rule.name != "relative_day_fr":
        return a_relative_day_here(m)
    if rule.name.startswith("weekday_") and rule.name != "weekday_fr":
        return an_other_weekday_here(m)
    if rule.name == "numeric" and _VERSION_BEFORE.search(text, max(0, m.start() - 20),
                                                          m.start()):
        return False  # "version 1.2.2024", "firmware 2.10.2023" (a regression probe)
    if rule.name == "holiday":
        return a_holiday_here(m)
    if rule.name == "anchored":
        return a_count_here(m)
    if rule.name == "season":
        return a_season_here(m)
    g = m.groupdict()
    if rule.name == "relative_day" and m.group()[:1].isupper() \
            and inside_a_sentence(text, m.start()):
        return False  # "told Brackenford Today", "the Today programme": a title, not the day
    if rule.name == "weekday" and (_NAMED_DAY_BEFORE.search(text, max(0, m.start() - 12),
                                                            m.start())
                                   or _PAPER_AFTER.match(text, m.end())):
        return False  # "the Good Friday Agreement", "The Sunday Times", "Mail on Sunday"
    if rule.name == "weekday" and not g.get("wrel") and (
            _ANY_WEEKDAY_BEFORE.search(text, max(0, m.start() - 30), m.start())
            or _NAME_AFTER.match(text, m.end())):
        # a held-out date probe: "open every Monday", "meets on the first Tuesday of every
        # month", "A sunny Sunday in May" (no one day), "A Friday Harbor ferry", "Tuesday
        # Morning, the discount chain" (names) had each been read as a day
        return False
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
    bare = rule.name == "month" and not (g.get("year") or g.get("part") or g.get("mrel")
                                         or g.get("yrel"))
    if g.get("month") in ("May", "June") and bare:
        # a given name as often as a month: only after a preposition ("in June", not
        # "Singer June Tabor")
        before = text[max(0, m.start() - 8) : m.start()].lower()
        return bool(re.search(r"\b(in|since|until|by|from|early|late|mid|through|of)\s+$",
                              before))
    if bare and _SURNAME_AFTER.match(text, m.end()) \
            and not re.search(r"(?i)\b(?:in|since|until|by|from|through|of)\s+$",
                              text[max(0, m.start() - 8) : m.start()]):
        return False  # "April Ryan, a White House correspondent", "August Moreno"
    month = g.get("month") or ""
    # "Jan" alone is a name as often as a month, and "Sept" alone is French for seven
    # ("Sept des blessés ont été transportés", a briefing probe's timeline under Sep 2024);
    # news writes the abbreviation with a day ("Sept. 5") or a year.
    return not (
        rule.name == "month" and month[:3] in {"Jan", "Mar", "Dec", "Jun", "Sep"}
        and len(month) <= 4
        and not g.get("year")
    )


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


def _resolve_day_range(
    m: re.Match[str], base: date | None, before: str
) -> tuple[date | None, date | None, str]:
    """"from 14 to 16 March": the last day read as a day and month, the first from it."""
    return with_first_day(_resolve_day_month(m, base, before), m)


def _resolve_foreign_day_range(
    m: re.Match[str], base: date | None, before: str
) -> tuple[date | None, date | None, str]:
    """"vom 10. bis 12. Januar", "entre 20 e 23 de dezembro", "van 20 tot en met 22 juni"."""
    return with_first_day(_resolve_foreign_day_month(m, base, before), m)


_RULES: tuple[_Rule, ...] = (
    _Rule("dmy_foreign", re.compile(
        r"(?<![\d.,])(?P<fday>3[01]|[12]\d|0?[1-9])"
        rf"(?:(?:er|º|°|\.º)?\s+(?:de\s+)?{_FOREIGN_MONTH}|\.\s+{_GERMAN_MONTH})"
        rf"(?:,?\s+(?:de\s+|del\s+)?{_YEAR})?\b"
    ), _resolve_foreign_day_month),
    _Rule("day_range_foreign", re.compile(
        FIRST_DAY + r"(?P<fday>3[01]|[12]\d|0?[1-9])"
        rf"(?:(?:er|º|°|\.º)?\s+(?:de\s+)?{_FOREIGN_MONTH}|\.\s+{_GERMAN_MONTH})"
        rf"(?:,?\s+(?:de\s+|del\s+)?{_YEAR})?\b"
    ), _resolve_foreign_day_range),
    _Rule("day_range", re.compile(
        FIRST_DAY + rf"{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b"
    ), _resolve_day_range),
    _Rule("dmy", re.compile(
        rf"(?:{_WD},?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b"
    ), _resolve_day_month),
    _Rule("mdy", re.compile(
        rf"(?:{_WD},?\s+)?{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b{_NO_OLD_YEAR}"
    ), _resolve_day_month),
    _Rule("holiday", HOLIDAY, resolve_holiday),
    _Rule("nth_weekday", NTH_WEEKDAY, resolve_nth_weekday),
    _Rule("season", SEASON, resolve_season),
    _Rule("iso", re.compile(r"(?<![\d-])(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)(?![\d-])"),
          _resolve_iso),
    # "14/03/2025", "1.2.2024", "3/14/25" (not "24/7", a score, or a version "1.2.3")
    _Rule("numeric", re.compile(
        r"(?<![\d/.,])(?P<na>0?[1-9]|[12]\d|3[01])(?P<sep>[/.])(?P<nb>0?[1-9]|[12]\d|3[01])"
        r"(?P=sep)(?P<ny>(?:19|20)\d\d|(?<=/)\d\d)(?![\d/]|\.\d)"), resolve_numeric),
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
    _Rule("anchored", ANCHORED, resolve_anchored),
    _Rule("ago", re.compile(
        r"(?i)\b(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
        r"|twelve)\s+(?P<u>days?|weeks?|months?|years?|decades?)\s+(?P<dir>ago|from\s+now"
        r"|from\s+today)\b"
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
