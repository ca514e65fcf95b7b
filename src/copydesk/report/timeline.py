"""The timeline of a story page: the sentence around each resolved date, copies merged.

The dates stage finds and resolves every date an article names; most are not
when its news happened (a reference point "since February", a compared figure
"up from four on Monday", a retracted date), so this module decides which dated
sentences are events, at which of their dates each is shown, and which articles
are cited for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from copydesk.facts.cited_figures import RETRACTION
from copydesk.facts.claim_dates import COMPARATORS
from copydesk.number_words import SMALL_NUMBERS
from copydesk.records import DateRef
from copydesk.report.summary import CopiesOf, no_copies
from copydesk.report.text import SAME_EVENT, NearGroups, content_words, says, sentence_spans

MAX_TIMELINE = 25
#: A timeline "sentence" longer than this is a list or table without full stops: the
#: timeline shows the stretch around its date instead (``EVENT_CONTEXT`` each side).
MAX_EVENT_CHARS = 600
EVENT_CONTEXT = 160


@dataclass(frozen=True)
class Event:
    """A timeline line: the sentence that reports what happened on ``when`` (to
    ``until`` for a span), cited by the numbers of the articles that carry it."""

    when: date
    until: date | None
    text: str
    cites: tuple[int, ...]


#: A date that is a reference point, not when the sentence's news happened: "its lowest
#: since February", "who ran the ministry from 2017 to 2022", "the dam, built in 1968,"
#: (the timeline showed the bond's fall under February and a 2025 verdict under 2017).
_SINCE_BEFORE = re.compile(
    r"\b(?:since|(?:built|founded|opened|established|born|constructed|completed|launched"
    r"|formed|created)\s+in)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\bfrom\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"\s+(?:to|until|till|through)\s", re.IGNORECASE)
_RANGE_END_BEFORE = re.compile(r"\bfrom\s+\S+(?:\s+\S+)?\s+(?:to|until|till|through)\s+$",
                               re.IGNORECASE)


#: The date of a figure the sentence compares with: "58 percent, up from 41 percent four
#: years ago" (a poll's lead was shown under the date four years back).
#: ... or in words, as reported then: "has risen to seven, up from four reported on
#: Monday" (a standards-desk probe's timeline put the new toll under Monday).
_COMPARED_BEFORE = re.compile(
    rf"\b(?:{COMPARATORS}|(?<!more\s)(?<!less\s)(?<!fewer\s)than)"
    rf"\s+(?:\S+\s+)?(?:\S*\d[\d.,]*|{'|'.join(SMALL_NUMBERS['en'])})"
    r"(?:\s*%|\s+\S+)?\s+(?:(?:reported|recorded|counted|given|announced)\s+)?"
    r"(?:in\s+|on\s+|im\s+(?:Jahr\s+)?|en\s+)?$", re.IGNORECASE)


#: A sentence that reports what someone said (see ``timeline_events``).
_REPORTED = re.compile(r"\b(?:said|says|told|announced|confirmed|reported)\b")


def _reference_point(text: str, ref: DateRef) -> bool:
    before = text[max(0, ref.start - 40):ref.start]
    return bool(_SINCE_BEFORE.search(before) or _RANGE_END_BEFORE.search(before) or (
        _RANGE_BEFORE.search(before) and _RANGE_AFTER.match(text, ref.end))
        or _COMPARED_BEFORE.search(before))


def timeline_events(refs: Iterable[DateRef], texts: dict[str, str], numbers: dict[str, int],
                    copies_of: CopiesOf = no_copies) -> list[Event]:
    """Dated events: the sentence around each resolved date, near-copies merged.

    A sentence naming several dates is shown once, at its narrowest one ("on Monday"
    rather than "this year"); among equally narrow ones, at what it reports as done
    rather than a date read as future ("agreed on Thursday to return to work on
    Friday"), then, in a sentence someone said, at a day not named as the owner of what
    it tells of ("the toll of Monday's explosion has risen to seven, officials said on
    Tuesday" is Tuesday's news; "protested during yesterday's signing" is yesterday's),
    then at the first written (a lead names its event first: "held talks on Tuesday,
    laying the groundwork for a summit on Friday")."""
    groups: list[tuple[str, set[int], list[tuple[date, date | None, bool, bool]],
                      frozenset[str]]] = []
    near = NearGroups(SAME_EVENT)
    spans: dict[str, list[tuple[int, int]]] = {}
    words_of: dict[tuple[str, int, int], frozenset[str]] = {}
    for ref in sorted(refs, key=lambda r: (numbers.get(r.article_id, 0), r.start)):
        text = texts.get(ref.article_id)
        if ref.value is None or text is None or _reference_point(text, ref):
            continue
        if ref.article_id not in spans:
            spans[ref.article_id] = list(sentence_spans(text))
        start, end = next(((s, e) for s, e in spans[ref.article_id] if s <= ref.start < e),
                          (ref.start, ref.end))
        windowed = end - start > MAX_EVENT_CHARS  # a list or table with no full stops
        if windowed:
            start, end = _window(text, ref.start, ref.end)
        sentence = text[start:end] or ref.text
        if RETRACTION.search(sentence):
            continue  # a correction's withdrawn date is no event (a briefing probe)
        if windowed:
            sentence = ("… " if start > 0 else "") + sentence + (" …" if end < len(text) else "")
        key = (ref.article_id, start, end)
        if key not in words_of:  # every date of one sentence shares its words
            words_of[key] = content_words(sentence)
        cites = {numbers[ref.article_id]} | copies_of(ref.article_id, start, end)
        dated = (ref.value, ref.end_value, _reads_future(ref),
                 text.startswith(("'s", "’s"), ref.end) and bool(_REPORTED.search(sentence)))
        group, new = near.place(sentence, words_of[key])
        if new:
            groups.append((sentence, cites, [dated], words_of[key]))
        else:
            if says(words_of[key], groups[group][3]):
                groups[group][1].update(cites)
            groups[group][2].append(dated)
    events = []
    for sentence, cites, dates, _words in groups:
        when, until, _future, _whose = min(dates, key=lambda d: ((d[1] or d[0]) - d[0], d[2], d[3]))
        events.append(Event(when, until if until and until != when else None, sentence,
                            tuple(sorted(cites))))
    events.sort(key=lambda e: (e.when, e.until or e.when, e.cites))
    return events[:MAX_TIMELINE]


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """The words around [start, end): ``EVENT_CONTEXT`` characters each side, widened to
    whole words."""
    lo = max(0, start - EVENT_CONTEXT)
    hi = min(len(text), end + EVENT_CONTEXT)
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    return lo, hi


def _reads_future(ref: DateRef) -> bool:
    """Whether the date extractor resolved the expression forward (a plan, not a report)."""
    return "future" in (ref.how or "")


__all__ = ["EVENT_CONTEXT", "MAX_EVENT_CHARS", "MAX_TIMELINE", "Event", "timeline_events"]
