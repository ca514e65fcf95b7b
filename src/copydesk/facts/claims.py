"""Claims from one article's extracted records: what the article asserts, with evidence.

A claim is (subject, predicate, value, time) plus the span of text that says it,
so every fact built from claims can be shown in context. Three sources:

- quantities: (who, "count of troops" / "amount of military aid" / …, the number
  with qualifier and unit, the date of the sentence). The subject is the named
  entity nearest before the number in its sentence that is not the object of a
  preposition ("military action *against Ukraine* with 100,000 troops" → not
  Ukraine), else the nearest capitalised phrase; quantities that count nothing
  and are not money are left out (a bare "two days" asserts nothing);
- quotes: (speaker, "said", the quote normalised); quotes the extract stage
  linked across articles (``linked_quote_ids``) share a ``group`` so they count
  as one claim;
- event statements: sentences with a meeting or visit verb and at least one
  person: (participants, "met"/"visited", place, date), where the place is a
  place entity after "in"/"to"/the verb, and the date the first resolved date
  expression of the sentence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from copydesk.calendar_words import WEEKDAYS
from copydesk.extract.quantities import CURRENCY_CODES
from copydesk.extract.quantities.french import TOLL_COUNTS
from copydesk.records import DateRef, Quantity, Quote
from copydesk.unionfind import KeyedUnionFind

__all__ = ["COMPARATORS", "GENERIC_SUM", "UNKNOWN_SPEAKER", "Claim", "EntityMention",
           "claims_for_article", "normalise_text", "quote_groups"]


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A named mention in one article, with the canonical entity it belongs to."""

    start: int
    end: int
    name: str
    type: str  # "person" | "organisation" | "place" | "" (lexical fallback)


@dataclass(frozen=True, slots=True)
class Claim:
    """One assertion of one article, with the text span that makes it."""

    article_id: str
    kind: str  # "quantity" | "quote" | "event"
    subject: str
    predicate: str
    value: str
    time: str | None
    start: int
    end: int
    text: str
    #: Quantity claims: the interval the number allows, for comparisons.
    low: float | None = None
    high: float | None = None
    #: Event claims: the date range of ``time``.
    day_low: date | None = None
    day_high: date | None = None
    #: Quote claims: the linked-quote group (the same quote across articles).
    group: str | None = None
    #: Quantity claims: an earlier year the sentence is about ("In 1998, 17 people were
    #: killed"), which makes its count another count than this story's.
    era: int | None = None
    #: Quantity claims: a figure given exactly (one number, no qualifier, not a round
    #: one): two exact figures that differ disagree, however close (``reconcile``), unless
    #: one is the other rounded to its ``decimals`` (48 % and 48.3 %).
    exact: bool = False
    decimals: int = 0
    #: When the claim was first reported, when not at its article's publication (a copy
    #: repeating its original: ``build._as_first_reported``).
    reported_at: datetime | None = None
    #: Quantity claims: what kind of name the subject is ("place" when it is the nearest
    #: place and maybe only where it happened: ``reconcile._subject_groups``).
    subject_type: str = ""
    #: Quote claims of an article of another story, linked to a quote of this one: they
    #: may give the words to someone else (a dispute), never back a fact of this story.
    outside: bool = False
    #: Quantity claims of a copy that changed the figure: the original's value, which a
    #: count compared only within one value (residents, money) is grouped by.
    keyed_as: str | None = None


def claims_for_article(
    article_id: str,
    text: str,
    *,
    quantities: Sequence[Quantity] = (),
    dates: Sequence[DateRef] = (),
    quotes: Sequence[Quote] = (),
    mentions: Sequence[EntityMention] = (),
    quote_group: Mapping[str, str] | None = None,
    year: int | None = None,
    english: bool = True,
) -> list[Claim]:
    """Every claim of one article, in text order. ``year``: its publication year.

    An article in another language (``english`` False) gives its quotes, its sums of
    money and its French tolls only: its counted nouns, names and event verbs are not
    read by these English rules, but "3,2 Milliarden Dollar" is the "$3.2 billion" of the
    English reports (before the seventeenth session no figure of a translation backed any
    fact), and "quatre personnes ont été tuées" their "four people were killed"."""
    names = (sorted(mentions, key=lambda m: m.start) or _capitalised(text)) if english else []
    sentences = _sentence_bounds(text)
    claims: list[Claim] = []
    now = year or _current_year(dates)
    if not english:
        # ... and the tolls read in French (``quantities.french``), in English words.
        quantities = [q if q.counts in TOLL_COUNTS else replace(q, counts=None)
                      for q in quantities if q.unit in _CURRENCIES or q.counts in TOLL_COUNTS]
    for q in quantities:
        s_start, s_end = _sentence_of(sentences, q.start)
        if _compared_figure(text, q, quantities, sentences) or _retracted(text, q, sentences) \
                or _sources_who_said(text, q) or _in_the_clause_of(_THEIR_EARLIER, text,
                                                                   s_start, q):
            continue
        own = _own_dates(text, dates, q)
        claim = _quantity_claim(article_id, text, q, names, own, sentences)
        if claim is not None:
            era = _sentence_year(text, own, s_start, s_end, q.start, now)
            if now and era and era > now and not _a_forecast(text, own, s_start, q, era):
                era = None  # a later year dates only a forecast ("inflation … in 2026")
            # A count dated to a day ("collapsed on Monday and 14 were killed") is this
            # story's, whatever year the sentence also names ("which opened in 1998")...
            if now and era and era != now and claim.day_low is None:
                claim = replace(claim, era=era, time=claim.time or str(era))
            elif now and claim.day_low and (date(now, 1, 1) - claim.day_low).days > ERA_DAYS:
                # ... unless the day is of an earlier year, long before the article's
                # own days: "since 4 November 2009, when the footbridge collapsed,
                # killing 19" had been a later report of this week's toll (a probe).
                claim = replace(claim, era=claim.day_low.year)
            claims.append(claim)
    for quote in quotes:
        claims.append(_quote_claim(article_id, quote, (quote_group or {}).get(quote.id)))
    if english:
        claims.extend(_event_claims(article_id, text, names, dates, sentences))
    claims.sort(key=lambda c: (c.start, c.kind, c.predicate))
    return claims


def quote_groups(quotes: Iterable[Quote]) -> dict[str, str]:
    """Quote id → group id (the smallest id of its linked component)."""
    groups: KeyedUnionFind[str] = KeyedUnionFind()
    for q in quotes:
        groups.add(q.id)
        for other in q.linked_quote_ids:
            groups.join(q.id, other)
    return groups.roots()


def normalise_text(text: str) -> str:
    """Lower case, letters and digits only, single spaces: for comparing quotes."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return " ".join(re.findall(r"[^\W_]+", folded))


# ------------------------------------------------------------------ quantities

_UNIT_PREDICATE = {
    "percent": "share of", "percentage point": "change in", "basis point": "change in",
    "second": "duration of", "minute": "duration of", "hour": "duration of",
    "day": "duration of", "week": "duration of", "month": "duration of",
    "year": "duration of", "decade": "duration of",
}
#: A percentage's count that names a change ("rise in property tax", quantities'
#: ``changes``) is its own predicate: not "share of rise in property tax".
_A_CHANGE = re.compile(r"(?:rise|cut|fall) in \S")
_CHANGE_UNITS = frozenset({"percent", "percentage point"})
#: What lasted a duration written before it: "the talks lasted about three hours", "the
#: ministers met for nearly five hours", "the search ran for 70 hours". Without it a time
#: counted nothing and made no fact: an OSINT probe's three reports of the meeting's
#: length (five, six and three hours) were never compared. Only an event's own length
#: (minutes to days), not "had not met for three years", "negotiated for two years over
#: the route" nor "ran 40 minutes late" (a regression probe).
_LASTED = re.compile(
    r"\b(?:(?P<noun>talks|meeting|negotiations|session|summit|call|conversation|hearing"
    r"|debate|interview|visit|siege|strike|search|operation|trial)(?:\s+[\w'’-]+){0,5}?"
    r"\s+(?:had\s+|has\s+)?(?:lasted|ran|went\s+on|stretched|continued|took)(?:\s+for)?"
    # "spoke by telephone for 90 minutes" (not "spoke for 20 minutes to reporters")
    r"|(?P<phone>spoke|talked)\s+(?:by|on\s+the)\s+(?:tele)?phone\s+for"
    r"|(?<!not\s)(?<!never\s)(?<!n't\s)(?P<verb>met|talked|negotiated|conferred)"
    r"\b(?:\s+[\w'’-]+){0,4}?\s+for"
    r")\s+(?:(?:about|around|roughly|nearly|almost"
    r"|more\s+than|over|some|just\s+(?:under|over))\s+)?$", re.IGNORECASE)
#: What each noun or verb of ``_LASTED`` names as one claim.
_LASTED_AS = {"meeting": "talks", "negotiations": "talks", "session": "talks",
              "conversation": "call", "met": "talks", "talked": "talks",
              "negotiated": "talks", "conferred": "talks"}
#: Units an event's own length is told in.
_EVENT_UNITS = frozenset({"minute", "hour", "day"})
#: Words after a time that make it no length: "the meeting ran 40 minutes late".
_NOT_A_LENGTH_AFTER = re.compile(r"\s+(?:late|early|behind|ahead|before|after|ago|later)\b",
                                 re.IGNORECASE)


def _what_lasted(text: str, start: int, end: int) -> str | None:
    m = _LASTED.search(text, max(0, start - 120), start)
    if m is None or _NOT_A_LENGTH_AFTER.match(text, end):
        return None
    if m.group("phone"):
        return "call"
    word = (m.group("noun") or m.group("verb")).lower()
    return _LASTED_AS.get(word, word)


#: The money units the quantity extractor writes (one list: "crowns" was a count).
_CURRENCIES = CURRENCY_CODES
#: Prepositions that make the following name an object or place, not the subject.
_OBJECT_PREPOSITIONS = re.compile(
    r"\b(?:against|to|in|at|from|on|into|with|for|of|near|toward|towards|across|along|over"
    r"|inside|within|by|between|alongside)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _quantity_claim(
    article_id: str,
    text: str,
    q: Quantity,
    names: Sequence[EntityMention],
    dates: Sequence[DateRef],
    sentences: list[tuple[int, int]],
) -> Claim | None:
    money = q.unit in _CURRENCIES
    if not q.counts and q.unit in _EVENT_UNITS:
        q = replace(q, counts=_what_lasted(text, q.start, q.end))
    if not q.counts and not money:
        return None
    if q.unit is None and not isinstance(q.value, tuple) and 0 < q.value < 1:
        # "two-thirds of the traffic", "a fifth of its wheat": a share, not a count.
        q = replace(q, value=q.value * 100, unit="percent")
    s_start, s_end = _sentence_of(sentences, q.start)
    subject, subject_type = "", ""
    for m in reversed(names):
        if m.end > q.start or m.start < s_start:
            continue
        if _OBJECT_PREPOSITIONS.search(text[max(s_start, m.start - 20) : m.start]):
            continue
        if re.search(r"[—–)]|\s-\s", text[m.end : q.start]):
            continue  # a dateline's outlet or place: "SALTMERE (Meridian Press) — 12,000…"
        if _object_of_a_first_deed(text, m, q.start) and any(
                s_start <= o.start and o.end <= m.start for o in names):
            continue
        subject, subject_type = m.name, m.type
        break
    counted = (q.counts or "").lower()
    if money:
        predicate = "amount of " + counted if counted else GENERIC_SUM
    else:
        predicate = counted if _A_CHANGE.match(counted) and q.unit in _CHANGE_UNITS else (
            _UNIT_PREDICATE.get(q.unit or "", "count of") + " " + counted)
    if _a_target(text[s_start:q.start]):
        predicate = "target " + predicate
    elif not money and _CAPACITY_BEFORE.search(text, max(s_start, q.start - 40), q.start):
        predicate = ("capacity of " + counted) if q.unit is None else "capacity " + predicate
    low, high = _in_base_unit(q.unit, *_interval(q))
    when = _sentence_date(dates, s_start, s_end, near=q.start)
    return Claim(
        article_id=article_id,
        kind="quantity",
        subject=subject,
        subject_type=subject_type,
        predicate=predicate.strip(),
        value=format_quantity(q) + _of_the_whole(q),
        time=_time_text(when),
        start=q.start,
        end=q.end,
        text=q.text,
        low=low,
        high=high,
        day_low=when.value if when else None,
        day_high=(when.end_value or when.value) if when else None,
        exact=is_exact(q) and not (_HEDGED_AFTER.match(text, q.end, s_end)
                                   or _ESTIMATED.search(text, q.end, s_end)),
        decimals=_decimals(q.value) if not isinstance(q.value, tuple) else 0,
    )


#: A second deed joined to the first by "and": "… met President Leontyne in Drazhen on
#: Thursday and pledged $120 million". Past tenses, regular or the common irregular ones.
_AND_DEED = re.compile(
    r"[\s,]+and\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]+ed|gave|sent|took|made|paid|brought"
    r"|spent|won|lost|put|set|cut|raised|sold|bought|lent)\b(?P<tail>[^,;:.]*)$")
#: What may stand between the first deed's object and that "and": places, days, names.
_BETWEEN_DEEDS = frozenset(
    "in on at of for with to the a an last this early late same".split())


def _object_of_a_first_deed(text: str, m: EntityMention, at: int) -> bool:
    """Whether the name ``m`` is the object of a verb whose subject also did the deed the
    figure at ``at`` counts: "Reuel met President Amara Leontyne in Drazhen on Thursday
    and pledged $120 million in aid" is Reuel's pledge (an OSINT probe's fact gave it to
    Leontyne, apart from the $150 million another outlet gave Reuel). Only when nothing
    but places, days and names comes between the name and the "and"."""
    between = text[m.end:at]
    deed = _AND_DEED.search(between)
    if deed is None or len(deed.group("tail").split()) > 3:
        return False
    words = re.findall(r"[\w'’.-]+", between[: deed.start()])
    return all(w in _BETWEEN_DEEDS or w[:1].isupper() or w[:1].isdigit() for w in words)


#: A change to a figure: "cutting India's tariff to 15 percent", "wants it cut to 10".
_CHANGED_TO = re.compile(
    r"\b(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|rais(?:e|es|ed|ing)"
    r"|increas(?:e|es|ed|ing)|bring(?:s|ing)?|slash(?:es|ed|ing)?|trim(?:s|med|ming)?)\b"
    r"[^.;:,\d]{0,40}?\bto\s+(?:about\s+|around\s+|roughly\s+|just\s+|no\s+more\s+than\s+)?$",
    re.IGNORECASE)
#: Verbs that make such a change one a side wants or offers, not one made or announced:
#: not "would" or "will" ("said the government would raise its aid to 6 million euros"
#: is the figure other reports give as the aid's total), nor a noun ("raised its offer
#: for Brightwell to £3.4 billion"; both regression comparisons).
_NOT_YET = re.compile(
    r"\b(?:wants?|wanted|wanting|propos(?:e|es|ed|ing)|offered|offering|seek(?:s|ing)?"
    r"|sought|demanded|demanding|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)"
    r"|ask(?:s|ed|ing)?|hop(?:e|es|ed|ing))\b", re.IGNORECASE)


#: Words before a count that make it what something holds, not how many there were: "its
#: licensed capacity is 130 passengers" had been the count of passengers aboard, beside
#: the wire's "about 120" (a versions probe). Not "designed to": "a fund designed to help
#: 3,000 families" counts them (a regression probe).
_CAPACITY_BEFORE = re.compile(
    r"\b(?:capacity|licensed\s+to\s+(?:carry|hold)|certified\s+(?:to|for)|room\s+for"
    r"|(?:can|could)\s+(?:carry|hold|seat|accommodate)|designed\s+for)"
    r"(?:\s+(?:of|is|was|for|at))?\s+(?:up\s+to\s+|about\s+|some\s+)?$", re.IGNORECASE)


def _a_target(before: str) -> bool:
    """Whether the figure is one a change is wanted or offered to, not the figure as it
    stands: "the EU has proposed cutting India's tariff to 15 percent" is no rival of
    "India charges a 110 percent tariff" (a real-names probe's briefing showed the two as
    a later report and a conflict). A change made ("the toll rose to 193", "was cut to
    9 percent") is the figure as it stands."""
    m = _CHANGED_TO.search(before)
    if m is None:
        return False
    # the wish in the change's own clause: not "The port authority, which had offered to
    # cut crews to 8 operators, agreed to 9" (a regression probe)
    clause = max(before.rfind(",", 0, m.start()), before.rfind(";", 0, m.start())) + 1
    return bool(_NOT_YET.search(before, clause, m.end()))


#: "14 of the 23 chapters": a part, and the whole it is counted out of (not "upwards of
#: 60 crew members", a qualifier). Shared with ``reconcile``.
PART_OF_A_NUMBER = re.compile(r"^(?!upwards?\b)\S+\s+of\s+(?:the\s+)?(\d[\d,.]*)(?=\s)",
                              re.IGNORECASE)


def _of_the_whole(q: Quantity) -> str:
    """" of 23" for a count of "14 of the 23 chapters": a briefing showed "count of
    chapters: 14" beside "count of chapters: 23", as if two reports disagreed."""
    m = PART_OF_A_NUMBER.match(q.text)
    return f" of {m.group(1)}" if m and q.unit is None and q.qualifier is None else ""


#: After a count, what makes it a guess however exact it looks: "20 people are feared
#: dead", "killed 30 people, according to early estimates" (a regression probe: such
#: early tolls conflicted with the confirmed 19 and 27).
_HEDGED_AFTER = re.compile(r"\s+(?:people\s+|persons\s+)?(?:are|were|is|was)\s+(?:feared"
                           r"|believed|presumed|thought)\s+(?:dead|killed|drowned|to\s+have"
                           r"\s+died)\b", re.IGNORECASE)
_ESTIMATED = re.compile(r"\baccording\s+to\s+(?:early|initial|preliminary|first)\s+"
                        r"(?:estimates|reports|figures)\b", re.IGNORECASE)
_THE_DEAD = re.compile(r"\b(?:killed|dead|died|deaths?|bodies|fatalities|lives)\b")


def is_exact(q: Quantity) -> bool:
    """Whether a figure is given exactly: one number without a qualifier ("about",
    "nearly", "more than"…) that is not round. Round: one significant digit (200,
    3,000, 40 million), or two from a thousand up (1,500 people), except for a sum of
    money ($3.2 billion is exact); 230, 212, 19, 20 dead and 3.1 % are exact. A newsroom
    rounds a big number, not a count of 19 or 20 dead (a versions probe: the wire's
    update of its toll from 19 to 20 was folded into 19 as the same figure rounded),
    though it may round the injured ("40 others were injured", then 38: one fact)."""
    if q.qualifier or isinstance(q.value, tuple) or "dozen" in q.text.lower():
        return False  # "a dozen" is no count of twelve
    value = abs(float(q.value))
    if value != int(value):
        return True
    digits = str(int(value)).rstrip("0")
    if len(digits) == 2 and q.unit in _CURRENCIES:
        # A sum is stated, not estimated: "a fine of €4.5 million" against "fined €4.2
        # million" are two amounts (a standards-desk probe: one fact, 7 % apart).
        return True
    if q.unit is None and value < 100 and _THE_DEAD.search(q.counts or ""):
        return True  # the dead are counted one by one; "40 injured" may be a guess
    return len(digits) > 2 or (len(digits) == 2 and value < 1000)


def _decimals(value: float) -> int:
    """Decimal places a figure is given to (3.25 → 2, 48.0 → 0)."""
    fraction = repr(float(value)).partition(".")[2].rstrip("0")
    return 0 if "e" in fraction else len(fraction)


def format_quantity(q: Quantity) -> str:
    """A readable value: qualifier, number or range, unit ("more than 100,000")."""
    if isinstance(q.value, tuple):
        number = f"{_num(q.value[0])}–{_num(q.value[1])}"
    else:
        number = _num(q.value)
    unit = q.unit or ""
    if unit in UNIT_PLURALS and (isinstance(q.value, tuple) or q.value != 1):
        unit = UNIT_PLURALS[unit]
    parts = [q.qualifier or "", number, unit]
    return " ".join(p for p in parts if p)


#: Units one figure may be given in by one outlet and another in by the next: compared in
#: the first unit of each pair (a numbers probe's "30-mile detour" and "48 km detour",
#: "12,350 acres" and "5,000 hectares" were two facts each, never compared). Not "ton":
#: short, long and metric tons differ by 10 %, the tolerance itself.
BASE_UNITS: dict[str, tuple[str, float]] = {
    "km": ("km", 1.0), "mile": ("km", 1.609344), "m": ("km", 0.001),
    "hectare": ("hectare", 1.0), "acre": ("hectare", 0.40468564224),
    "kg": ("kg", 1.0), "pound": ("kg", 0.45359237), "tonne": ("kg", 1000.0),
    "km/h": ("km/h", 1.0), "mph": ("km/h", 1.609344),
    "percentage point": ("percentage point", 1.0), "basis point": ("percentage point", 0.01),
}


def _in_base_unit(
    unit: str | None, low: float | None, high: float | None
) -> tuple[float | None, float | None]:
    """A figure's interval in its unit's base unit (``BASE_UNITS``), for comparing."""
    factor = BASE_UNITS.get(unit or "", ("", 1.0))[1]
    return (None if low is None else low * factor), (None if high is None else high * factor)


#: Units written out in a fact's value, plural unless the value is one ("about 5 hours",
#: "1 year").
UNIT_PLURALS = {
    unit: unit + "s"
    for unit in ("second", "minute", "hour", "day", "week", "month", "year", "decade", "mile",
                 "tonne", "ton", "pound", "litre", "barrel", "acre", "hectare", "degree",
                 "percentage point", "basis point")
} | {"century": "centuries"}
#: A value's last word back to its unit, so that "1 hour" and "5 hours" compare.
UNIT_OF_WORD = {plural.split()[-1]: unit.split()[-1] for unit, plural in UNIT_PLURALS.items()}


def _num(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0").rstrip(".")


#: How far past its number an open-ended figure reaches: "more than 100,000" is read as
#: 100,000–125,000 and "up to 40" as 30–40, because newsrooms round such figures to the
#: nearest round number below (above). Without a bound "at least 12 dead" would agree
#: with any toll; the demo's ground truth counts 12 vs 19 dead as a conflict.
OPEN_BOUND = 0.25


def _interval(q: Quantity) -> tuple[float, float]:
    """The numbers the statement allows: "more than 100" → [100, 125]."""
    if isinstance(q.value, tuple):
        low, high = q.value
    else:
        low = high = float(q.value)
    if q.qualifier in {"more than", "at least"}:
        high = high * (1 + OPEN_BOUND)
    elif q.qualifier in {"less than", "up to"}:
        low = low * (1 - OPEN_BOUND)
    return low, high


# ------------------------------------------------------------------ quotes


#: The predicate of a sum named by its value only ("$3.2 billion", "3,2 Milliarden Dollar").
GENERIC_SUM = "amount of money"
#: The subject of a quote whose speaker the extract step did not find.
UNKNOWN_SPEAKER = "unknown speaker"


def _quote_claim(article_id: str, quote: Quote, group: str | None) -> Claim:
    return Claim(
        article_id=article_id,
        kind="quote",
        subject=quote.speaker or UNKNOWN_SPEAKER,
        predicate="said",
        value=quote.text.strip(),
        time=None,
        start=quote.start,
        end=quote.end,
        text=quote.text,
        group=group,
    )


# ------------------------------------------------------------------ events

#: Verbs that state an event between named people; chosen from how newswires
#: word meetings and visits (demo corpus and seeds).
_EVENT_VERBS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:met|meets|meet|meeting|held\s+talks|talks\s+with|sat\s+down\s+with"
                r"|sitdown\s+with)\b", re.IGNORECASE), "met"),
    (re.compile(r"\b(?:visited|visits|visit|visiting|travell?ed\s+to|flew\s+to)\b",
                re.IGNORECASE), "visited"),
)
#: How far (characters) from the verb the participants of a meeting may be named:
#: the subject before it, the counterpart after it ("Halvik held talks with his
#: counterpart Brennaert"). Wider windows pulled in people of other clauses on the seeds.
MEET_BEFORE, MEET_AFTER = 120, 80
_SPEECH = re.compile(r"\b(?:said|says|told|tells|added|stated|noted|explained|announced"
                     r"|according\s+to)\b", re.IGNORECASE)
#: A visitor is named just before the verb ("Vask visited…", "Burns visited Kiev").
VISITOR_BEFORE = 40


def _event_claims(
    article_id: str,
    text: str,
    names: Sequence[EntityMention],
    dates: Sequence[DateRef],
    sentences: list[tuple[int, int]],
) -> list[Claim]:
    claims = []
    for s_start, s_end in sentences:
        sentence = text[s_start:s_end]
        inside = [m for m in names if s_start <= m.start and m.end <= s_end]
        for pattern, predicate in _EVENT_VERBS:
            verb = pattern.search(sentence)
            if verb is None:
                continue
            v_start, v_end = s_start + verb.start(), s_start + verb.end()
            people_before = [m for m in inside if m.type == "person" and m.end <= v_start]
            people_after = [m for m in inside if m.type == "person" and m.start >= v_end]
            # People named before a speech verb report the event, they are not in it:
            # "Psaki said that Blinken and Lavrov are expected to meet".
            speech = list(_SPEECH.finditer(text, max(s_start, v_start - MEET_BEFORE), v_start))
            if speech:
                people_before = [m for m in people_before if m.start >= speech[-1].end()]
            if predicate == "met":
                near = [m for m in people_before if v_start - m.end <= MEET_BEFORE]
                near += [m for m in people_after if m.start - v_end <= MEET_AFTER]
                people = sorted({m.name for m in near})
                if len(people) < 2 or not any(m in near for m in people_before):
                    continue
            else:
                visitor = _visitor(sentence, verb, s_start, inside, people_before, speech)
                if visitor is None:
                    continue
                people = [visitor.name]
            place = _event_place(text, inside, v_start)
            if not place and len(people) == 1:
                continue  # "Halvik visited" and no place: the briefing showed a blank fact
            when = _sentence_date(dates, s_start, s_end)
            claims.append(
                Claim(
                    article_id=article_id,
                    kind="event",
                    subject=" & ".join(people),
                    predicate=predicate,
                    value=place,
                    time=_time_text(when),
                    start=s_start,
                    end=s_end,
                    text=sentence,
                    day_low=when.value if when else None,
                    day_high=(when.end_value or when.value) if when else None,
                )
            )
            break
    return claims


def _visitor(
    sentence: str,
    verb: re.Match[str],
    s_start: int,
    inside: Sequence[EntityMention],
    people_before: Sequence[EntityMention],
    speech: Sequence[re.Match[str]],
) -> EntityMention | None:
    """Who visits. "Burns visited Kiev": the person just before the verb. "during a visit"
    (a noun) belongs to the sentence's subject, not to the nearest name: "Blinken told
    President Zelenskyy during a visit to Kiev" is Blinken's visit, since the person
    right after "told" is the one spoken to."""
    v_start = s_start + verb.start()
    if not re.search(r"\b(?:a|an)\s+$", sentence[: verb.start()], re.I):  # not "his visits"
        near = [m for m in people_before if v_start - m.end <= VISITOR_BEFORE]
        return near[-1] if near else None
    people = [m for m in inside if m.type == "person" and m.end <= v_start]
    if speech and speech[-1].group(0).lower() in ("told", "tells"):
        told_at = speech[-1].start()
        before = [m for m in people if m.end <= told_at]
        return before[0] if before else None
    candidates = [m for m in people if not speech or m.start >= speech[-1].end()]
    return candidates[0] if candidates else None


def _event_place(text: str, inside: Sequence[EntityMention], verb_at: int) -> str:
    for m in inside:
        if m.type != "place" or m.start < verb_at:
            continue
        before = text[max(0, m.start - 12) : m.start].lower()
        if re.search(r"\b(?:in|to|at)\s+$", before) or m.start - verb_at < 12:
            return m.name
    for m in inside:
        if m.type == "place" and abs(m.start - verb_at) <= PLACE_WINDOW and re.search(
            r"\bin\s+$", text[max(0, m.start - 4) : m.start]
        ):
            return m.name
    return ""


#: A meeting's place named before the verb must be this close to it ("in Geneva, Blinken
#: met…"); further away it is another event of the sentence.
PLACE_WINDOW = 60


# ------------------------------------------------------------------ helpers

_STOP_CAPS = {
    "The", "A", "An", "In", "On", "At", "He", "She", "It", "They", "We", "I", "But", "And",
    "As", "For", "This", "That", "These", "Those", "According", "After", "Before", "While",
    "When", "If", "Meanwhile", "However", "Prior", "Following", "During", "Instead", "Some",
    "There", "His", "Her", "Their", "Our", "Its", "More", "Most", "Many", "Nearly", "About",
    "Over", "Under", "Only", "All", "Both", "Each", "One", "Two", "Three", "Several", "No",
    "Not", "So", "Then", "Now", "Yet", "Still", "Also", "Even", "What", "Why", "How", "Where",
    "Who", "Let", "Since", "Until", "Once", "Although", "Though", "Despite", "With", "From",
    "By", "To", "Of", "Or", "Nor", "Unlike", "Like", "Among", "Asked", "Speaking",
} | {day.title() for day in WEEKDAYS}


def _capitalised(text: str) -> list[EntityMention]:
    """Capitalised phrases as untyped mentions: the fallback when no entities are given."""
    found = []
    for m in re.finditer(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", text):
        words = m.group().split()
        while words and words[0] in _STOP_CAPS:
            words = words[1:]
        if not words:
            continue
        phrase = " ".join(words)
        start = m.end() - len(phrase)
        before = text[max(0, start - 3) : start].strip(" \"“‘(")
        if len(words) == 1 and (start == 0 or before[-1:] in {".", "!", "?", "\n", ""}):
            continue  # one capitalised word opening a sentence: "Port authority figures…"
        found.append(EntityMention(start, m.end(), phrase, ""))
    return found


_SENTENCE_BREAK = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(]?[A-Z0-9])|\n+")


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    bounds = []
    start = 0
    for m in _SENTENCE_BREAK.finditer(text):
        if m.start() > start:
            bounds.append((start, m.start()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def _sentence_of(sentences: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for s, e in sentences:
        if s <= pos < e:
            return s, e
    return pos, pos


#: The widest date range (days) that dates a claim: a day or a week ("last week").
#: A month or year named in the sentence is more often background ("since 2014",
#: "a further 2% in January") than the time of the claim.
MAX_CLAIM_DAYS = 7


def _sentence_date(
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


def _current_year(dates: Sequence[DateRef]) -> int | None:
    """The year the article speaks from: the latest year of its day-wide dates ("on
    Friday", "March 3"), which are resolved against its publication date."""
    years = [d.value.year for d in dates if d.value is not None
             and ((d.end_value or d.value) - d.value).days <= MAX_CLAIM_DAYS]
    return max(years) if years else None


def _own_dates(text: str, dates: Sequence[DateRef], q: Quantity) -> list[DateRef]:
    """The dates that may date ``q``: not one that comes after a figure it is compared
    with. In "turnout rose to 58 percent from 41 percent four years ago" the date is the
    41's; the 58 had been dated four years back."""
    return [d for d in dates
            if (d.start < q.end or not _COMPARED_WITH.search(text, q.end, d.start))
            and not ((q.end <= d.start or _CHANGED_TO_AFTER.match(text, d.end, q.start))
                     and _BASELINE_DATE.search(d.text)
                     and not _A_DAY.search(d.text)
                     and _BASELINE_BEFORE.search(text, max(0, d.start - 50), d.start))]



def _sentence_year(
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


def _a_forecast(
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


#: The words right before a figure that make it the older side of a comparison with a
#: figure before it in the sentence: "rose to 19, up from the 14 deaths reported
#: yesterday", "58 percent against 41 percent", "higher than the 14 reported". A bare
#: "from" compares only right after the other figure ("to 6 million euros from the 2.4
#: million"): "12 killed, and crews from four districts came" compares nothing.
_COMPARED_BEFORE = re.compile(
    r"\b(?:(?:up|down|rising|falling|rose|fell|increased|decreased)\s+from|compared\s+"
    r"(?:with|to)|against|versus|vs\.?|than|nach|gegenüber|contre|comparé\s+à|frente\s+al?"
    r"|comparado\s+con|rispetto\s+a"
    # a figure set right: "put the price at $1.35bn, not the $1.2bn announced" (a probe's
    # dispute counted as one more article backing $1.2bn)
    r"|,\s+not|rather\s+than|instead\s+of)\s+(?:the|an?|its|their|some|about|around)?\s*$",
    re.IGNORECASE)
_TO_BEFORE = re.compile(r"\b(?:to|at)\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"^\W*(?:\S+\s+){0,3}from\s+(?:the|an?|its|their)?\s*$",
                          re.IGNORECASE)


#: A correction's sentence: what it says an earlier version gave is withdrawn ("An
#: earlier version of this article wrongly said the rate had been cut to 3.25%").
RETRACTION = re.compile(
    r"\b(?:wrongly|incorrectly|erroneously|mistakenly)\s+(?:said|stated|reported|gave|put"
    r"|described|named|quoted|attributed)\b|\ban\s+earlier\s+version\s+(?:of\s+this\s+"
    r"(?:article|story|report)\b|(?:also\s+)?(?:said|stated|reported|gave|misstated|named"
    r"|described|quoted)\b)"
    r"|\bthis\s+(?:article|story|report)\s+(?:has\s+been|was)\s+(?:corrected|amended)\b"
    r"|^\s*correction\s*:",
    re.IGNORECASE | re.MULTILINE)


#: The few people a report cites, right before their speech verb: "two employees said",
#: "three people familiar with the talks told Reuters".
_SAID_AFTER = re.compile(
    r"\s+(?:(?:familiar|close|briefed)\s+(?:with|to|on)\s+(?:the\s+)?[\w-]+\s+"
    r"|(?:of|at|from|in|with)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+)?"
    r"(?:said|say|says|told|confirmed)\b")
#: Who a report cites: people, not things ("Four hospitals confirmed they had run out of
#: beds" is a count; a regression probe's went missing).
_SOURCE_NOUNS = frozenset(
    "people person officials official employees employee workers staff members sources "
    "source witnesses residents diplomats officers executives lawmakers analysts aides "
    "doctors nurses engineers investigators insiders people familiar managers traders "
    "bankers players fans passengers survivors relatives neighbours neighbors students "
    "teachers drivers pilots soldiers activists organisers organizers union officials "
    "companies firms parties sides governments".split())
#: Before a number, words that make it a count however few ("just four", "only two").
_COUNTED_BEFORE = re.compile(r"(?i)\b(?:just|only|all|both|at\s+least|as\s+many\s+as)\s+$")
#: After "said", what makes the sayers a finding: "said they would", "said yes".
_SAID_THEY = re.compile(r"(?i)\s+(?:they|yes|no)\b")
#: At most this many: "15,000 workers said they would strike" is a count of its own.
MAX_CITED_SOURCES = 10


def _sources_who_said(text: str, q: Quantity) -> bool:
    """Whether ``q`` counts the people a report cites ("…, two employees said"): who said
    it, not a figure of the story. A regression probe's "two employees" became a count
    of employees beside the company's 15,000."""
    head = (q.counts or "").split()[-1:] or [""]
    said = _SAID_AFTER.match(text, q.end)
    return (q.unit is None and isinstance(q.value, float) and q.value <= MAX_CITED_SOURCES
            and head[0].lower() in _SOURCE_NOUNS and said is not None and not q.qualifier
            # "Just four nurses said they would accept the offer": a finding, counted
            # (a regression probe)
            and not _COUNTED_BEFORE.search(text, max(0, q.start - 20), q.start)
            and not _SAID_THEY.match(text, said.end()))


def withdrawn_figures(
    article_id: str, text: str, quantities: Sequence[Quantity]
) -> tuple[Claim, ...]:
    """The figures an article's corrections withdraw ("An earlier version of this article
    gave health spending as 41.2 billion crowns"), as claims of what they count: no claim
    of the article's own, but ``reconcile`` tells by them that another report's value of
    the same thing was corrected (a percentage a correction withdrew is no death toll: a
    regression probe)."""
    sentences = _sentence_bounds(text)
    found = []
    for q in quantities:
        if _retracted(text, q, sentences):
            claim = _quantity_claim(article_id, text, q, [], [], sentences)
            if claim is not None:
                found.append(claim)
    return tuple(found)


def _retracted(text: str, q: Quantity, sentences: list[tuple[int, int]]) -> bool:
    """Whether ``q`` stands in a correction's sentence, as the figure withdrawn: a
    standards-desk probe's correction counted as a second article backing the rate it
    corrected. Also the figure an outlet says it reported before ("We earlier reported 45
    arrests; police now say 38"), up to where its clause ends: a live blog's withdrawn
    45 had backed the 45 (a live-blog probe)."""
    start, end = _sentence_of(sentences, q.start)
    if _OWN_EARLIER.search(text, start, end) and not _AS_REPORTED.search(text, start, end):
        return _in_the_clause_of(_OWN_EARLIER, text, start, q)
    return bool(RETRACTION.search(text, start, end))


#: An outlet's own earlier figure: "we earlier reported", "we had previously said".
_OWN_EARLIER = re.compile(r"\bwe\s+(?:had\s+)?(?:earlier|previously|initially|wrongly|first)\s+"
                          r"(?:reported|said|stated|gave|put)\b", re.IGNORECASE)
#: Someone's earlier figure, which the report goes on to update: "police had earlier said
#: 12 people were killed", "earlier reports put the toll at 14". Only in the past perfect
#: or as "earlier reports": "the firm previously reported a net profit of $12 million" and
#: "which initially announced a renovation, reopened with 40,000 visitors" are the
#: report's own figures (a regression probe).
_THEIR_EARLIER = re.compile(
    r"\bhad\s+(?:earlier|previously|initially|first)\s+(?:reported|said|stated|put|given"
    r"|announced|estimated)\b|\bearlier\s+(?:reports?|figures?|estimates?)\s+(?:said|put"
    r"|gave|showed|had)\b", re.IGNORECASE)
#: What ends the clause of an earlier figure: "…; police now say 38", "…, but now …",
#: ", and the toll rose to 41" (not ", and that 30 were missing", still what was said),
#: ", while the governor said 17", "…, said on Thursday that seven", "has risen to $5
#: million" (a regression probe's current figures had gone).
_CLAUSE_END = re.compile(
    r"[;:]|\bnow\b|\bbut\b|\bsince\b|,\s*while\b|,\s*and\b(?!\s+that\b)|,\s*(?:said"
    r"|says|reported|has|have|is|are|was|were)\b", re.IGNORECASE)
#: "As we earlier reported, 12 people died", "As the Kelso Herald previously reported,
#: …": the report's own figure, said again.
_AS_REPORTED = re.compile(r"\bas\s+(?:[\w'’.-]+\s+){0,4}?(?:had\s+)?(?:earlier|previously"
                          r"|first|initially)\s+(?:reported|said|stated)\b", re.IGNORECASE)


def _in_the_clause_of(phrase: re.Pattern[str], text: str, start: int, q: Quantity) -> bool:
    """Whether ``q`` follows a match of ``phrase`` in its sentence with no clause end
    between them."""
    for m in phrase.finditer(text, start, q.start):
        if _AS_REPORTED.search(text, max(start, m.start() - 12), m.end()):
            continue
        if not _CLAUSE_END.search(text, m.end(), q.start):
            return True
    return False


def _compared_figure(
    text: str, q: Quantity, quantities: Sequence[Quantity], sentences: list[tuple[int, int]]
) -> bool:
    """Whether ``q`` is the figure another one in its sentence is compared with: an
    earlier report or an older value, which the article cites and does not claim. A
    standards-desk probe's wire update ("rose to 19 ..., up from the 14 deaths the fire
    service reported yesterday") was counted as a second independent source for 14, and
    14 and 19 stood as two facts where 19 had replaced 14."""
    if (q.counts or "").endswith(" sought"):
        return False  # "less than the €6 million prosecutors had sought": a request, a fact
    start, _ = _sentence_of(sentences, q.start)
    before = [o for o in quantities if o is not q and start <= o.start and o.end <= q.start]
    if not before:
        return False
    if _COMPARED_BEFORE.search(text, start, q.start):
        return True
    # A bare "from" compares a figure reached "to" with where it was: "raised its aid to 6
    # million euros from the 2.4 million", not "cutting $130 million from the $1.95
    # billion the mayor had requested" (a regression probe's request lost its backing).
    other = max(before, key=lambda o: o.end)
    return bool(_FROM_BEFORE.match(text[other.end:q.start])) and bool(
        _TO_BEFORE.search(text, start, other.start))


def _time_text(ref: DateRef | None) -> str | None:
    if ref is None or ref.value is None:
        return None
    if ref.end_value and ref.end_value != ref.value:
        return f"{ref.value.isoformat()}/{ref.end_value.isoformat()}"
    return ref.value.isoformat()
