"""Ranges of days: "from 14 to 16 March", "vom 10. bis 12. Januar", "entre 20 e 23 de
dezembro" (one rule each), and two dates joined ("from Dec. 30 to Jan. 4", "between
Wednesday and Saturday", "entre el lunes y el miércoles", "from Monday to Wednesday next
week"), merged after resolution into one record: ``value`` the first day, ``end_value``
the last (a held-out date probe: 3 of 17 ranges right; only the last day had been read).
"""

from __future__ import annotations

import contextlib
import re
from datetime import date, timedelta

from copydesk.records import DateRef, content_id

#: The first day of a range whose month is written once, after the last: "from 14 to",
#: "between 1 and", "vom 10. bis", "entre 20 e", "van 20 tot en met", "du 3 au".
FIRST_DAY = (r"(?i:\b(?:from|between|vom|von|van|entre|del|dal|du)\s+)"
             r"(?P<d1>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|\.)?"
             r"(?i:\s+(?:to|and|until|through|bis|e|y|tot(?:\s+en\s+met)?|al|a|au|et)\s+)")


def with_first_day(
    end_day: tuple[date | None, date | None, str], m: re.Match[str]
) -> tuple[date | None, date | None, str]:
    """The range from the match's first day ("d1") to ``end_day``'s day: the same month, or
    the month before when the first day is after the last ("from 30 to 2 May")."""
    last, _, how = end_day
    if last is None:
        return end_day
    first_day = int(m.group("d1"))
    month_start = last.replace(day=1)
    if first_day > last.day:
        month_start = (month_start - timedelta(days=1)).replace(day=1)
    try:
        first = month_start.replace(day=first_day)
    except ValueError:
        return end_day
    return first, last, how + "; a range"


#: What joins two dates into a range: "from A to B", "between A and B", "entre A y B".
_OPENER = re.compile(
    r"(?i)\b(?:from|between|entre(?:\s+(?:el|o|a))?|vom|von|van|desde(?:\s+el)?|dal|du)\s+$")
_JOINER = re.compile(
    r"(?i)\s*(?:to|until|through|and|[-–]|y(?:\s+el)?|e(?:\s+(?:o|a))?|bis(?:\s+(?:zum|am))?"
    r"|tot(?:\s+en\s+met)?|al|a|au|et|hasta(?:\s+el)?)\s*")
#: "next week" or "this week" after a range of weekdays: both days are in it.
_WEEK_AFTER = re.compile(r"(?i)\s+(?P<rel>next|this)\s+week\b")

_ONE_DAY_RULES = ("dmy", "mdy", "weekday", "dmy_foreign", "holiday", "weekday_fr",
                  "weekday_de", "weekday_es", "weekday_it", "weekday_pt", "weekday_nl")


def merge_ranges(text: str, article_id: str, refs: list[DateRef], rules: list[str],
                 base: date | None) -> list[DateRef]:
    """``refs`` with each "from A to B" pair of single days merged into one range."""
    out: list[DateRef] = []
    i = 0
    while i < len(refs):
        a = refs[i]
        b = refs[i + 1] if i + 1 < len(refs) else None
        opener = _OPENER.search(text, max(0, a.start - 12), a.start)
        if b is not None and opener and rules[i] in _ONE_DAY_RULES \
                and rules[i + 1] in _ONE_DAY_RULES and a.value and b.value \
                and a.end_value is None and b.end_value is None \
                and _JOINER.fullmatch(text, a.end, b.start) \
                and (" and" not in text[a.end:b.start] or "between" in opener.group().lower()):
            out.append(_merged(text, article_id, a, b, opener.start(),
                               rules[i].startswith("weekday"), base))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _merged(text: str, article_id: str, a: DateRef, b: DateRef, start: int,
            weekdays: bool, base: date | None) -> DateRef:
    first, last, end = a.value, b.value, b.end
    assert first is not None and last is not None
    how = f"a range: {a.how}; to {b.how}"
    week = _WEEK_AFTER.match(text, b.end) if weekdays and base is not None else None
    if week and base is not None:
        # "from Monday to Wednesday next week": both days in that week, not the next
        # Monday and the Wednesday on or after publication (a held-out date probe)
        monday = base - timedelta(days=base.weekday())
        monday += timedelta(weeks=1 if week.group("rel").lower() == "next" else 0)
        first = monday + timedelta(days=first.weekday())
        last = monday + timedelta(days=last.weekday())
        end, how = week.end(), f"a range of weekdays in {week.group('rel').lower()} week"
    elif last < first:
        if weekdays and "future" in b.how + a.how:
            last += timedelta(days=7)
        elif weekdays:
            first -= timedelta(days=7)
        else:
            with contextlib.suppress(ValueError):  # 29 February
                last = last.replace(year=last.year + 1)
    return DateRef(id=content_id("date", article_id, str(start), str(end)),
                   article_id=article_id, start=start, end=end, text=text[start:end],
                   value=first, end_value=last, how=how)
