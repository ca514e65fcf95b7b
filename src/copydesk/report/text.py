"""Sentences and content words: the small text tools the summary, timeline and quotes share.

The report runs on whatever language the articles are in and must not need a
model, so sentences are cut with punctuation rules (a stop, then a capital, a
digit or an opening quote) and words are ``\\w+`` runs without a short list of
English function words. Good enough to rank and compare sentences; the stages
do the real linguistics.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from decimal import Decimal

from copydesk.abbreviations import TITLE_ABBREVIATIONS
from copydesk.calendar_words import MONTHS, WEEKDAYS
from copydesk.extract.quantities.lexicon import lower_case_only_scale, scale_word_powers
from copydesk.number_words import SMALL_NUMBERS
from copydesk.scripts import CAPITALS

_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019\u00bb)\]]*(?=\s)")
_NEXT_STARTS = re.compile(rf"\s+[\"'\u201c\u2018\u00ab(\[]?[{CAPITALS}0-9]")
_WORD = re.compile(r"\w+", re.UNICODE)

#: English function words: they say nothing about what a sentence is about.
STOPWORDS = frozenset(
    """a about after against all also an and any are as at be been before being but by can
    could did do does during each for from had has have he her his how i if in into is it
    its itself more most no not of on once only or other our out over own said says same she
    should so some such than that the their them then there these they this those through to
    too under until up very was we were what when where which while who whom why will with
    would you your""".split()
)


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence: cut at line breaks and at sentence-ending punctuation,
    but not inside a quotation that closes later on the line (“We will wait. Nobody
    should rush,” she said. is one sentence: cut inside, the timeline showed
    "Nobody should rush,” she said." with no opening mark and no first half)."""
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        segment = line.group()
        quoted = _quoted_ranges(segment)
        for end in _END.finditer(segment):
            following = segment[end.end():]
            if any(a < end.end() < b for a, b in quoted):
                continue
            if _NEXT_STARTS.match(following) and not _abbreviation(segment, end, following):
                stop = line.start() + end.end()
                if text[start:stop].strip():
                    yield _strip(text, start, stop)
                start = stop
        if text[start:line.end()].strip():
            yield _strip(text, start, line.end())


#: Words that a full stop abbreviates, not ends ("Dr. Anna Berg of St. Olaf hospital",
#: "Lt. Col. Mara Veen", "No. 7 vessel"): cut after them, the summary and the timeline
#: quoted "... according to Lt." and a sentence without its speaker. Titles, ranks and
#: a few place words only; "Inc.", "Ltd." and "Jr." often do end a sentence, so they are not.
ABBREVIATIONS = frozenset(TITLE_ABBREVIATIONS) | frozenset(
    """Dr St Ste Mt Ft Fr Pres No Nos Nr Art Vol Fig pp vs Abs Bd Str
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec""".split()
)


def _abbreviation(segment: str, end: re.Match[str], following: str) -> bool:
    """Whether the full stop at ``end`` belongs to the word before it: a listed
    abbreviation, an initial ("J. Smith"), or a number that opens the line or comes
    before a month ("1. FC Quellmoor", "am 3. März" in German)."""
    if end.group().rstrip("\"'\u201d\u2019\u00bb)]") != ".":
        return False
    word = re.search(r"(\w+)$", segment[: end.start()])
    if word is None:
        return False
    token = word.group(1)
    after = re.match(r"\s*[\"'\u201c\u2018(]*(\w+)", following)
    next_word = after.group(1).lower() if after else ""
    if next_word in STOPWORDS:
        return False  # "Plan B. The …", "Oak St. Then …": a sentence starts
    if token in ABBREVIATIONS or (len(token) == 1 and token.isupper()):
        return True
    if token.isdigit():
        first_on_line = not segment[: word.start()].strip()
        # "3. März": a German day before its month (English writes no stop there, and
        # "in 2023. March brought …" or "tied at 2. May …" end sentences).
        return first_on_line or (len(token) <= 2 and next_word in _OTHER_MONTHS)
    return False


#: Month names of German, French and Spanish, whose writers put a stop after a day.
_OTHER_MONTHS = frozenset(
    """januar februar märz maerz mai juni juli oktober dezember janvier février mars avril
    juin juillet août septembre octobre novembre décembre enero febrero marzo abril mayo
    junio julio agosto septiembre octubre noviembre diciembre""".split()
)


_OPEN_MARKS = "\u201c\u00ab\u201e"  # “ « „
_CLOSE_MARKS = "\u201d\u00bb"  # ” »


def _quoted_ranges(line: str) -> list[tuple[int, int]]:
    """(open, close) of each double-quoted passage that closes on the line: curly marks by
    direction, straight ones by turns; an unclosed quote makes no range."""
    out: list[tuple[int, int]] = []
    opened: int | None = None
    for i, c in enumerate(line):
        if c in _OPEN_MARKS or (c == '"' and opened is None):
            opened = i if opened is None else opened  # a second “ keeps the first
        elif (c in _CLOSE_MARKS or c == '"') and opened is not None:
            out.append((opened, i))
            opened = None
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


#: Words that negate what a sentence says, in the languages news copies come in. They
#: are function words, but "the city would not negotiate" must not be cited to an
#: article saying "the city would negotiate": they become one token, ``NEGATED``.
NEGATIONS = frozenset(
    """not never nobody nothing none neither nor cannot nicht kein keine keinen keinem
    keiner keines nie niemals niemand nichts nunca jamás nadie nada ni tampoco ne pas
    jamais aucun aucune rien não""".split()
)
#: "no" negates unless a number follows ("No 10", "No. 4 platform"); "non" is left out,
#: since "non-profit" is no negation.
_NO = re.compile(r"\bno\b(?!\.?\s*\d)")
#: The token that stands for a negation (and a contracted "n't") among content words.
NEGATED = "¬"
#: Numbers are one token each, "#" and the figure (``number_key``): "300,000",
#: "300.000" and "300 000" are one figure in English, German and French, "2.5" and
#: "2,5" another, and a different figure is a different claim (``agrees``).
_NUMBER = re.compile(r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3}(?!\d))+|\d+(?:[.,]\d+)?")
#: Scale words after a figure, by the power of ten they stand for, so that "3.2 billion",
#: "3,200,000,000", "3.200 millones", "3,2 Milliarden" and "3,2 млрд" are one figure (a
#: translation that rescaled a figure lost its citation). They are the quantities
#: reader's words (``scale_word_powers``: one reading of "млн" or "Millionen" for both
#: stages; this list had lacked the Russian and Ukrainian ones), and these that it does
#: not read as scales after a figure: "bn" (it does only glued or after a currency, as
#: here it always is), Spanish and Portuguese billions of two words, and the long-scale
#: 10**12 of German, Spanish and English plurals. Lower-case and title-case "billion" are
#: English's 10**9 (headlines capitalise it); German's "Billionen" are 10**12. "m" and
#: "k" are left alone: "40m" is as often metres.
_OWN_SCALES = {
    6: ("millon",),
    9: ("bn", "billions", "mil millones", "mil milhões"),
    12: ("trillions", "billionen", "billón", "billones"),
}
_SCALE_POWER = scale_word_powers() | {
    word: power for power, words in _OWN_SCALES.items() for word in words}
_FIGURE = re.compile(
    rf"(?P<number>{_NUMBER.pattern})(?:[\u00a0\u202f ]?-?(?P<scale>"
    + "|".join(sorted(map(re.escape, _SCALE_POWER), key=len, reverse=True)) + r")(?!\w))?",
    re.IGNORECASE)
_CONTRACTED_NOT = re.compile(r"\wn['’]t\b")
#: A weekday's or a month's name as a name (capitalised: not "may" the verb, "march" the
#: walk), as a content-word token: "@monday".
_CALENDAR_NAME = re.compile(r"\b(" + "|".join(w.capitalize() for w in WEEKDAYS + MONTHS) + r")\b")
#: A clock time, as one ``#t`` token in 24-hour form: "6:45 pm", "18:45 Uhr", "18h45",
#: "18 h 45" and "6.45pm" are one time (a "." separates hours only before am/pm, Uhr
#: or h).
_TIME = re.compile(
    r"\b(\d{1,2})(?::(\d{2})|\.(\d{2})(?=\s*(?:[ap]\.?m\b|uhr\b|h\b))|\s?h\s?(\d{2})\b)"
    r"(?:\s*([ap])\.?m\.?)?", re.IGNORECASE)


def _times(text: str) -> tuple[set[str], str]:
    """The clock times of a text as tokens, and the text without them."""
    found = set()
    for m in _TIME.finditer(text):
        hour, minute = int(m.group(1)), m.group(2) or m.group(3) or m.group(4)
        if (m.group(5) or "").lower() == "p" and hour < 12:
            hour += 12
        found.add(f"#t{hour}:{minute}")
    return found, _TIME.sub(" ", text)


def number_key(written: str) -> str:
    """A figure as a comparable string: thousands groups joined ("1,500,000" →
    "1500000"), a decimal part after a point ("2,5" → "2.5"), no leading zeros ("03" →
    "3"). A separator followed by other than three digits is a decimal one: "2.5" and
    "25" are two figures."""
    groups = re.split(r"[.,\u00a0\u202f ]", written)
    if len(groups) > 1 and len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
        return groups[0].lstrip("0") + "".join(groups[1:]) or "0"
    whole, _, part = written.replace(",", ".").partition(".")
    whole = whole.lstrip("0") or "0"
    return f"{whole}.{part}" if part else whole


def figures_in(text: str) -> list[str]:
    """The figures of a text as comparable keys (``number_key``), a scale word that
    follows one applied: "3.2 billion" and "3.200 millones" are "3200000000". The first
    figure of a range takes the second's scale: "2 to 3 million" is "2 million to 3
    million", as its other writing says."""
    matches = list(_FIGURE.finditer(text))
    scales = [None if (scale := m.group("scale")) and scale.isupper()
              and lower_case_only_scale(scale) else scale for m in matches]
    for i in range(len(matches) - 2, -1, -1):
        if not scales[i] and scales[i + 1] and _RANGE_JOIN.fullmatch(
                text, matches[i].end(), matches[i + 1].start()):
            scales[i] = scales[i + 1]
    return [_scaled(m.group("number"), scale) for m, scale in zip(matches, scales, strict=True)]


#: What joins the two ends of a range: "2 to 3 million", "2-3 billion", "2 or 3", "от 2 до 3".
_RANGE_JOIN = re.compile(
    r"\s*(?:-|–|—|to|and|or|bis|à|a|y|und|et|oder|ou|o|до|и|или|і|або)\s*")


def _scaled(number: str, scale: str | None) -> str:
    key = number_key(number)
    if not scale:
        return key
    value = Decimal(key).scaleb(_SCALE_POWER[" ".join(scale.lower().split())])
    return format(value.normalize(), "f")


#: An English number in words, two to ninety-nine, not before a scale word ("two
#: million" stays words: its figure would be 2): "Seventy people were killed" and "Seven
#: people were killed" were one claim, and a briefing probe's summary cited the corrected
#: article for the withdrawn toll. "one" is left out: mostly no count ("one of the").
_UNIT_WORDS = {w: n for w, n in SMALL_NUMBERS["en"].items() if n < 20}
_TEN_WORDS = {w: n for w, n in SMALL_NUMBERS["en"].items() if n >= 20}
_NUMBER_WORD = re.compile(
    rf"\b(?:(?P<tens>{'|'.join(_TEN_WORDS)})(?:[-\s](?P<unit>one|{'|'.join(_UNIT_WORDS)}))?"
    rf"|(?P<alone>{'|'.join(_UNIT_WORDS)}))\b"
    r"(?![-\s]+(?:hundred|thousand|million|billion|trillion)\b)")


def _number_words(lowered: str) -> tuple[set[str], str]:
    """The English numbers in words of ``lowered`` as ``#figure`` tokens, and the text
    without them."""
    found: set[str] = set()

    def figure(m: re.Match[str]) -> str:
        if m.group("alone"):
            found.add(f"#{_UNIT_WORDS[m.group('alone')]}")
        else:
            unit = {"one": 1, **_UNIT_WORDS}.get(m.group("unit") or "", 0)
            found.add(f"#{_TEN_WORDS[m.group('tens')] + unit}")
        return " "

    return found, _NUMBER_WORD.sub(figure, lowered)


def content_words(text: str) -> frozenset[str]:
    """Lower-cased words that carry meaning (no function words, no single letters),
    each number (in figures, or in English words from two to ninety-nine) as one
    ``#figure`` token, each weekday or month named as an ``@name`` token, and
    ``NEGATED`` when the text negates."""
    times, text = _times(text)
    lowered = text.lower()
    spelled, lowered = _number_words(lowered)
    numbers = times | spelled | {"#" + figure for figure in figures_in(text)}
    words = _WORD.findall(_FIGURE.sub(" ", lowered))
    negated = (any(w in NEGATIONS for w in words) or _NO.search(lowered)
               or _CONTRACTED_NOT.search(lowered))
    kept = {w for w in words if len(w) > 1 and w not in STOPWORDS and w not in NEGATIONS}
    days = {"@" + d.lower() for d in _CALENDAR_NAME.findall(text)}
    return frozenset(kept | numbers | days | ({NEGATED} if negated else set()))


def agrees(
    held: frozenset[str],
    said: frozenset[str],
    calendar: bool = True,
    *,
    loose: bool = False,
    negation: bool = True,
) -> bool:
    """Whether text with content words ``held`` can be cited for text with ``said``
    beyond their shared words. Shared words alone cited "about 450,000 passengers" for
    "about 300,000 passengers", "would negotiate" for "would not negotiate", and
    Tuesday's bulletin for Monday's.

    Strict (one language, one wording): ``held`` gives every figure ``said`` gives.
    ``loose`` (a translation, a spun copy): a figure may be written otherwise ("five
    per cent", "twelve"), so the two conflict only when each gives a figure the other
    does not (300,000 against 450,000, whatever year both name). ``negation``: ``held``
    negates when ``said`` does and only then (not across languages: their negation
    words differ). With ``calendar`` (same language), the two may not name different
    weekdays or months (one may name more)."""
    if negation and (NEGATED in held) != (NEGATED in said):
        return False
    numbers = {w for w in said if w.startswith("#")}
    theirs = {w for w in held if w.startswith("#")}
    if loose:
        if numbers - theirs and theirs - numbers:
            return False
    elif not numbers <= theirs:
        return False
    if calendar:
        days = {w for w in said if w.startswith("@")}
        other_days = {w for w in held if w.startswith("@")}
        return not (days and other_days and not (days <= other_days or other_days <= days))
    return True


def same_claim(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two texts agree both ways (``agrees``): one may stand for the other, as
    near-copies merged into one summary sentence, timeline entry or quote."""
    return agrees(a, b) and agrees(b, a)


#: Share of a shown sentence's content words another must hold to be cited for it.
CITED_SHARE = 0.75


def holds_most(words: frozenset[str], shown: frozenset[str]) -> bool:
    """Whether ``words`` hold ``CITED_SHARE`` of ``shown``'s: "accepted the resignation"
    does not say "accepted the resignation and thanked Elgrin for his service"."""
    return len(words & shown) >= CITED_SHARE * len(shown)


#: Timeline sentences this similar (Jaccard of content words) on one date are one event.
#: (Quotes this similar are one quotation too: ``quote_groups``.)
SAME_EVENT = 0.5


def says(words: frozenset[str], shown: frozenset[str]) -> bool:
    """Whether a near-copy merged into a timeline entry says it, to be cited for it:
    "Members will vote next week" is merged with "Members will vote next week, but the
    executive has suspended the strike" and must not be cited for it."""
    return holds_most(words, shown) and agrees(words, shown)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


class NearGroups:
    """Groups of near-identical texts: :meth:`place` gives a text the first group whose
    text is the same or whose words reach ``threshold`` Jaccard, else a new group.

    Why not a loop over the groups: a story of a thousand articles has thousands of
    dated sentences and quotes, and comparing each with every group was quadratic (an
    article of 14,000 dates took minutes to report). Equal texts are found by a dict;
    similar ones by prefix filtering (Chaudhuri et al. 2006): two word sets with
    Jaccard ≥ t share one of each set's first ``|x| - ceil(t·|x|) + 1`` words in any
    fixed order, so only groups sharing such a word are compared, with the same result
    as the loop. Texts that do not ``agree`` (another number, a negation) are not one
    group, however many words they share."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self._by_text: dict[str, int] = {}
        self._words: list[frozenset[str]] = []
        self._by_prefix: dict[str, list[int]] = {}

    def place(self, text: str, words: frozenset[str]) -> tuple[int, bool]:
        """(group number, whether it is new) for ``text`` with content ``words``."""
        known = self._by_text.get(text)
        if known is not None:
            return known, False
        prefix = self._prefix(words)
        candidates = sorted({g for w in prefix for g in self._by_prefix.get(w, ())})
        for group in candidates:
            known_words = self._words[group]
            if jaccard(known_words, words) >= self.threshold and same_claim(known_words, words):
                self._by_text.setdefault(text, group)
                return group, False
        group = len(self._words)
        self._words.append(words)
        self._by_text[text] = group
        for w in prefix:
            self._by_prefix.setdefault(w, []).append(group)
        return group, True

    def _prefix(self, words: frozenset[str]) -> list[str]:
        ordered = sorted(words)  # any fixed order keeps the filter exact
        keep = len(ordered) - math.ceil(self.threshold * len(ordered)) + 1
        return ordered[: max(keep, 0)]


__all__ = ["NEGATED", "NEGATIONS", "SAME_EVENT", "STOPWORDS", "NearGroups", "agrees",
           "content_words", "figures_in", "jaccard", "number_key", "same_claim", "says",
           "sentence_spans"]
