"""Quantities in news text: number, unit, qualifier and what is counted.

Public entry (pure, no model needed)::

    find_quantities(text: str, article_id: str) -> list[Quantity]

    parse_quantity(text: str) -> Quantity | None     # one phrase, for tests and tools

Why our own parser: quantulum3 crashes with current scikit-learn and reads
"90 minutes" as minutes of arc, text2num reads "tens of thousands" as "10 of
1000" (see DEPENDENCIES.md). News numbers come in a small number of shapes, so
a token-level parser over those shapes is both more correct and ~100x faster
than a model:

- digits with Western or Indian grouping ("100,000", "1,00,000"), decimals, and
  a scale word ("$1.5 billion", "200 million", "5bn", "3 lakh", "2 crore");
- written numbers ("two", "twenty-five", "a dozen", "two hundred", "half a million");
- vague magnitudes as ranges, [low, high): "hundreds" = [100, 1000),
  "tens of thousands" = [10000, 100000), "dozens" = [24, 144);
- explicit ranges ("10-20", "10 to 20 million", "between 10 and 20");
- qualifiers normalised to: about, more than, less than, nearly, up to, at least, and
  "from" for the first end of a change ("rose from 3.2 to 3.5 million euros", whose
  first end takes the second's scale and unit: ``change_ends``);
- units: currencies (symbol or word, as ISO codes), percent, time, distance,
  mass, area, volume, energy, speed; "a 90-minute meeting" is 90 minute;
- ``counts``: the noun phrase counted ("troops", "military aid"), with a
  casualty participle joined when it follows ("people killed").

Not quantities (left to the date extractor or ignored): years ("in 2014"),
days of months ("14 March"), times of day, ordinals, numbers that are part of a
name or code ("Neptune 22", "F-16"), and a bare "one" (a pronoun far more often
than a count). The span of a Quantity runs from its qualifier to the end of what
it counts, so it reads well in context.
"""

from __future__ import annotations

import re
from dataclasses import replace

from copydesk.extract.quantities.change_ends import first_ends_of_changes
from copydesk.extract.quantities.changes import percent_changes
from copydesk.extract.quantities.cues import death_toll_before
from copydesk.extract.quantities.french import french_tolls
from copydesk.extract.quantities.lexicon import _CASUALTY, _LEFT_OUT, CURRENCY_CODES
from copydesk.extract.quantities.numbers import _STARTERS
from copydesk.extract.quantities.ordinal_tolls import ordinal_tolls
from copydesk.extract.quantities.parse import _parse_at
from copydesk.extract.quantities.tallies import vote_tallies
from copydesk.extract.quantities.terms import prison_terms
from copydesk.extract.quantities.tokens import (
    SPACE_GROUPING_LANGUAGES,
    _Parsed,
    _phone_spans,
    _Tok,
    _tokenize,
    in_english_numbers,
)
from copydesk.extract.quantities.tolls_other import LANGUAGES as TOLL_LANGUAGES
from copydesk.extract.quantities.tolls_other import other_tolls
from copydesk.number_marks import DECIMAL_COMMA_LANGUAGES
from copydesk.records import Quantity, content_id

__all__ = ["CURRENCY_CODES", "find_quantities", "parse_quantity"]


#: Languages that capitalise every noun ("12 Menschen"): a capitalised word after a
#: number is no name there.
NOUNS_CAPITALISED_LANGUAGES = frozenset({"de", "lb"})


#: Numbers that show a decimal comma ("8,4 %", "2,5 millones", "1.200.000") or a decimal
#: point ("52.3%", "112,406,000") in one text.
_COMMA_STYLE = re.compile(r"\d,\d{1,2}(?![\d,])|\d\.\d{3}\.\d{3}")


_POINT_STYLE = re.compile(r"\d\.\d{1,2}(?![\d.])|\d,\d{3},\d{3}")


#: Languages whose press writes days and times with a point ("с 01.03 по 20.03", "о
#: 11.30"): there a point before two digits is no sign of a decimal point, only one
#: before a single digit is. A held-out Russian and Ukrainian probe's exhibition report
#: (dates and opening hours beside "15,5 тысячи посетителей") had lost every decimal
#: comma, and read "20.03" as 20.03.
_POINT_DATES_LANGUAGES = frozenset({"ru", "uk"})


_POINT_STYLE_BESIDE_DATES = re.compile(r"\d\.\d(?![\d.])|\d,\d{3},\d{3}")


def _writes_decimal_comma(text: str, language: str | None = None) -> bool:
    """Whether a text in a decimal-comma language writes its numbers that way: not a
    Mexican paper's "52.3% de los votos" and "112,406 votos" (read as 112.406 and as
    nothing). With no sign either way, the language decides ("41.200 personas")."""
    points = _POINT_STYLE_BESIDE_DATES if language in _POINT_DATES_LANGUAGES else _POINT_STYLE
    return len(_COMMA_STYLE.findall(text)) >= len(points.findall(text))


def find_quantities(text: str, article_id: str, language: str | None = None) -> list[Quantity]:
    """Every quantity in ``text``, in text order, with offsets into ``text``. ``language``
    (the article's) decides which of "." and "," is the decimal mark; English if unknown."""
    tokens = in_english_numbers(_tokenize(
        text, decimal_comma=language in DECIMAL_COMMA_LANGUAGES
        and _writes_decimal_comma(text, language),
        space_grouped=language in SPACE_GROUPING_LANGUAGES,
        comma_decimals=language in DECIMAL_COMMA_LANGUAGES), language)
    phones = _phone_spans(text)
    nouns_capitalised = language in NOUNS_CAPITALISED_LANGUAGES
    found: list[Quantity] = []
    whole_at = -1  # the token of an M in "N of the M nouns": M counts the whole only
    whole: _Parsed | None = None  # M, parsed once while reading N
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if phones and any(lo <= tok.start < hi for lo, hi in phones):
            i += 1
            continue
        if not (tok.text[0].isdigit() or tok.low in _STARTERS):
            i += 1
            continue
        parsed = whole if i == whole_at else _parse_at(text, tokens, i, nouns_capitalised)
        if parsed is None:
            i += 1
            continue
        if i == whole_at:
            parsed = _without_the_deed(text, parsed)
        else:
            at = _whole_after(tokens, parsed)
            whole = _parse_at(text, tokens, at, nouns_capitalised) if at >= 0 else None
            if whole is not None and whole.unit is None and whole.counts:
                # "Three of the 12 miners were rescued": three miners rescued, of 12 (the
                # 12 had been the miners rescued, and "14 of the 23 chapters" no count)
                parsed = replace(parsed, end=whole.end, counts=whole.counts, next_index=at)
                whole_at = at
        if parsed.counts and parsed.counts.startswith(_LEFT_OUT) \
                and "people" not in text[parsed.start:parsed.end].lower() \
                and not death_toll_before(text, parsed.start):
            # (an explicit "5 people were stranded" keeps its people: it had become
            # "men stranded" after "Two men were charged"; a death toll counts the dead,
            # not the "two officials" or the "$300 million in emergency financing" before
            # it, as a real-names probe's tolls had)
            counted = next((q for q in reversed(found) if q.counts), None)
            if counted is not None:
                parsed = _noun_from_before(text, parsed, counted)
        found.append(_record(text, article_id, parsed))
        i = parsed.next_index
    code = (language or "").lower()[:2]
    if code in ("", "en"):
        found = percent_changes(
            text, prison_terms(text, _replaced(found, vote_tallies(text, article_id))))
        ordinal = [t for t in ordinal_tolls(text, article_id)
                   if not any(t.start < q.end and q.start < t.end for q in found)]
        found = sorted(found + ordinal, key=lambda q: q.start) if ordinal else found
    if code == "fr" or code in TOLL_LANGUAGES:
        tolls = french_tolls(text, article_id) if code == "fr" else other_tolls(
            text, article_id, code)
        found = sorted([q for q in found if not any(t.start < q.end and q.start < t.end
                                                    for t in tolls)] + tolls,
                       key=lambda q: q.start)
    return first_ends_of_changes(text, found, language)


def _replaced(found: list[Quantity], better: list[Quantity]) -> list[Quantity]:
    """``found`` with what ``better`` reads of the same words in its place."""
    if not better:
        return found
    spans = [(b.start, b.end) for b in better]
    kept = [q for q in found if not any(s <= q.start < e or q.start <= s < q.end
                                        for s, e in spans)]
    return sorted(kept + better, key=lambda q: q.start)


def _whole_after(tokens: list[_Tok], parsed: _Parsed) -> int:
    """The token of M when a bare count N is followed by "of (the) M": -1 otherwise."""
    k = parsed.next_index
    if parsed.unit is not None or parsed.counts or isinstance(parsed.value, tuple) \
            or k >= len(tokens) or tokens[k].low != "of":
        return -1
    k += 1
    if k < len(tokens) and tokens[k].low in {"the", "its", "their", "all"}:
        k += 1
    return k if k < len(tokens) and tokens[k].text[:1].isdigit() else -1


def _without_the_deed(text: str, parsed: _Parsed) -> _Parsed:
    """M of "N of the M miners were rescued" counts the miners: the deed is N's."""
    phrase = " ".join(text[parsed.start:parsed.end].split()[1:]).lower()
    counts = parsed.counts or ""
    if phrase and counts.lower().startswith(phrase) and len(counts) > len(phrase):
        return replace(parsed, counts=counts[:len(phrase)])
    return parsed


def _noun_from_before(text: str, parsed: _Parsed, before: Quantity) -> _Parsed:
    if not before.counts or any(c in text[before.end : parsed.start] for c in ".!?\n"):
        return parsed
    words = before.counts.split()
    noun = words[1] if words[0] == "more" and len(words) > 1 else words[0]
    if noun == "people" or noun in _CASUALTY:
        return parsed  # "killed two more people, raising the death toll to 31": 31 killed
    return replace(parsed, counts=noun + " " + (parsed.counts or "")[len(_LEFT_OUT):])


def parse_quantity(text: str) -> Quantity | None:
    """The first quantity in a short phrase, or None (article id "")."""
    found = find_quantities(text, "")
    return found[0] if found else None


def _record(text: str, article_id: str, p: _Parsed) -> Quantity:
    span = text[p.start : p.end]
    return Quantity(
        id=content_id("quantity", article_id, str(p.start), str(p.end)),
        article_id=article_id,
        start=p.start,
        end=p.end,
        text=span,
        value=p.value,
        unit=p.unit,
        qualifier=p.qualifier,
        counts=p.counts,
    )
