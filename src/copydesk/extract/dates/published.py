"""A publication date read from the text when the metadata has none: a "Posted 10 March
2025" line, a dateline, or the latest full date the article mentions."""

from __future__ import annotations

import re
from datetime import date, timedelta

from copydesk.extract.dates.patterns import _MONTH_NAMES, _Found
from copydesk.extract.dates.resolvers import _absolute_day, _iso, _year_from_weekday
from copydesk.extract.dates.rules import _matches
from copydesk.extract.dates.tense import DATELINE_REACH


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


_PUBLISHED_RE = re.compile(
    r"(?im)^\s*(?P<label>(?:first\s+)?published|updated|last\s+updated|posted|date)"
    r"\s*(?:on|:|-)?\s*(?P<rest>[^\n]{4,80})$"
)


_DATELINE_RE = re.compile(
    r"(?m)^[A-Z][A-Z .'’-]{1,30}(?:,\s*[A-Z][A-Za-z .]{1,30})?,?\s+"
    r"(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)"
    r"\s*(?:\([A-Za-z ]+\))?\s*[-–—]"
)


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
