"""The number itself: digits with a scale ("$1.5bn", "3 lakh"), written numbers ("twenty-
five", "half a million"), vague magnitudes as ranges, explicit ranges and ratios, its
qualifier, currency and unit, and the shapes that are no quantity (years, dates, times of
day, names such as "F-16")."""

from __future__ import annotations

import re

from copydesk.calendar_words import GERMAN_MONTHS, LOWER_CASE_MONTHS
from copydesk.extract.quantities.lexicon import (
    _CURRENCY_COUNTRY,
    _CURRENCY_PREFIX_WORDS,
    _CURRENCY_SYMBOLS,
    _CURRENCY_WORDS,
    _DONE_TO,
    _DONE_TO_ING,
    _FULL_SHORT_MONTHS,
    _LOWER_CASE_SCALES,
    _METRES_BEFORE,
    _MONTHS,
    _ORDINAL_SUFFIXES,
    _PERCENT_PAIRS,
    _PERCENT_WORDS,
    _QUALIFIERS,
    _SCALES,
    _SHORT_SCALES,
    _TENS_WORDS,
    _TIME_SUFFIXES,
    _UNIT_WORDS,
    _UNITS_WORDS,
    _VAGUE,
)
from copydesk.extract.quantities.tokens import _GLUE, _GROUPED_RE, _Tok

#: Verbs of a change "from X to Y" ("rose from 12 to 15"); after others ("ranged from 5
#: to 10 years", "temperatures from 12 to 15 degrees") it is a range.
_CHANGE_VERBS = frozenset({
    "rose", "risen", "rises", "rise", "fell", "fallen", "falls", "increased", "increases",
    "decreased", "climbed", "climbs", "dropped", "drops", "jumped", "jumps", "grew", "grown",
    "raised", "lowered", "cut", "surged", "plunged", "slipped", "soared", "doubled", "tripled",
    "halved", "revised", "upgraded", "downgraded", "up", "down",
})


def _ratio(
    text: str, toks: list[_Tok], j: int, value: float | tuple[float, float]
) -> tuple[float, str, int] | None:
    """(percent, "percent", index after) for "one in five", "two out of three": a share of
    what follows, which read as the counts 1 and 5 ("5 passengers", against 212)."""
    if not isinstance(value, float) or value <= 0 or j >= len(toks):
        return None
    k = j + 1 if toks[j].low == "in" else j + 2 if [t.low for t in toks[j : j + 2]] == [
        "out", "of"] else None
    if k is not None and toks[j].low == "in" and _counted_by_verb(toks, j):
        return None  # "killed 12 in 48 hours", "scored 3 in 12 minutes": a count
    if k is None:
        return None
    whole = _number(text, toks, k, after_currency=False)
    if whole is None or not isinstance(whole[0], float) or not value < whole[0] <= 1000:
        return None
    if not whole[2] and _is_year(toks[whole[1] - 1], whole[0], None):
        return None  # "one in 2010"
    if whole[1] < len(toks) and toks[whole[1]].low in _UNIT_WORDS:
        return None  # "3 in 12 minutes"
    return round(100 * value / whole[0], 2), "percent", whole[1]


def _counted_by_verb(toks: list[_Tok], j: int) -> bool:
    """Whether a verb stands right before the number that ends at ``j`` (skipping a
    qualifier): "killed 12 in 48 hours", "arrested 15 in 20 raids" count, and "in" is
    where or when."""
    k = j - 1
    while k > 0 and (toks[k].text[:1].isdigit() or toks[k].low in _UNITS_WORDS
                     or toks[k].low in _TENS_WORDS or toks[k].low in _QUALIFIERS_BY_FIRST
                     or toks[k].low in {"than", "least", "most", "some", "about"}):
        k -= 1
    return k >= 0 and k < j - 1 and (toks[k].low.endswith("ed") or toks[k].low in _DONE_TO
                                     or toks[k].low in _DONE_TO_ING
                                     or toks[k].low in _TALLY_VERBS)


#: Verbs before a count of a tally: "Kane has 10 in 12 appearances", "holds 3 in 10 seats".
_TALLY_VERBS = frozenset({
    "scored", "won", "lost", "hit", "made", "has", "have", "had", "holds", "hold", "held",
    "gets", "got", "takes", "took", "makes", "wins", "scores", "leads", "led", "claims",
    "claimed", "saw", "sees",
})


def _scale_of(value: float) -> float:
    for scale in (1e12, 1e9, 1e6, 1e3):
        if value >= scale:
            return scale
    return 1.0


def _qualifier(toks: list[_Tok], i: int) -> tuple[str | None, int]:
    for words, canon in _QUALIFIERS_BY_FIRST.get(toks[i].low, ()):
        n = len(words)
        if tuple(t.low for t in toks[i : i + n]) == words:
            return canon, i + n
    return None, i


_QUALIFIERS_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _words, _canon in _QUALIFIERS:
    _QUALIFIERS_BY_FIRST.setdefault(_words[0], []).append((_words, _canon))


#: Verbs whose particle "over" is no "more than": "hand over $3.2 billion", "took over 40
#: stores" is ambiguous and stays a qualifier.
_OVER_PARTICLE_VERBS = frozenset(
    "hand hands handed handing turn turns turned turning sign signs signed signing pass "
    "passes passed passing fork forks forked shell shells shelled".split())


#: Words after which "about" is a preposition, not "roughly": "raised concerns about two
#: crossings" (a fact-checker probe's count was "about 2"), "asked about 3 cases".
_ABOUT_PREPOSITION_WORDS = frozenset(
    # (not "said", "told", "reported", "knew": "said about 4,000 workers were taking
    # part" is roughly 4,000, as the demo's union leader meant)
    "concern concerns concerned worry worries worried worrying fear fears feared question "
    "questions questioned asked asking ask talk talks talked talking spoke speak speaking "
    "complaint complaints complained doubts doubt information story stories debate argued "
    "arguing care cares cared something nothing anything everything details".split())


#: Lower-case tokens a quantity can start with (besides digits): a cheap filter
#: so the parser only runs where a quantity may begin.
_STARTERS = (
    set(_QUALIFIERS_BY_FIRST) | set(_UNITS_WORDS) | set(_TENS_WORDS) | set(_VAGUE)
    | set(_CURRENCY_SYMBOLS) | set(_CURRENCY_PREFIX_WORDS)
    | {"a", "an", "half", "between", "us", "c", "hk", "nz", "rs.", "minus", "-", "−"}
)


def _currency_prefix(toks: list[_Tok], i: int) -> tuple[str | None, int]:
    if i >= len(toks):
        return None, i
    t = toks[i]
    if t.text in _CURRENCY_SYMBOLS:
        return _CURRENCY_SYMBOLS[t.text], i + 1
    if t.low in {"us", "a", "c", "hk", "nz"} and i + 1 < len(toks) and toks[i + 1].text == "$" \
            and toks[i + 1].start == t.end:
        code = {"us": "USD", "a": "AUD", "c": "CAD", "hk": "HKD", "nz": "NZD"}[t.low]
        return code, i + 2
    is_code = (t.low in _CURRENCY_PREFIX_WORDS and t.text.isupper()) or t.low in {"rs", "rs."}
    if is_code and i + 1 < len(toks) and toks[i + 1].text[:1].isdigit():
        return _CURRENCY_PREFIX_WORDS.get(t.low, "INR"), i + 1
    return None, i


def _minus(toks: list[_Tok], i: int) -> bool:
    """A sign before digits: the word "minus", or a "-" glued to the number but not to a
    word before it ("-2.5%", not the range "10-20" nor "COVID-19")."""
    if i + 1 >= len(toks) or not toks[i + 1].text[:1].isdigit():
        return False
    t = toks[i]
    if t.low == "minus":
        # "plus or minus 3 points" is a margin either way, not -3 (a held-out quantities
        # probe's margin of error)
        return not (i > 1 and toks[i - 1].low in {"or", "/"} and toks[i - 2].low == "plus")
    return t.text in {"-", "−"} and toks[i + 1].start == t.end and (
        i == 0 or toks[i - 1].end < t.start)


def _number(
    text: str, toks: list[_Tok], i: int, *, after_currency: bool
) -> tuple[float | tuple[float, float], int, bool] | None:
    """(value, index after, written in words?) for a number starting at token i."""
    if i >= len(toks):
        return None
    t = toks[i]
    if t.text[0].isdigit():
        value = _digits(t.text)
        if value is None:
            return None
        j = i + 1
        if j < len(toks):
            nxt = toks[j]
            glued = nxt.start == t.end
            if nxt.low in _SCALES and not (nxt.low == "hundred" and glued) \
                    and not (nxt.low in _LOWER_CASE_SCALES and nxt.text.isupper()):
                value *= _SCALES[nxt.low]
                j += 1
                if j < len(toks) and toks[j].low in _SCALES and _SCALES[toks[j].low] > 100:
                    value *= _SCALES[toks[j].low]  # "2 hundred thousand"
                    j += 1
            elif nxt.low in _SHORT_SCALES and (glued or after_currency) and nxt.text[0] != "M" \
                    and not (nxt.low == "m" and not after_currency and j + 1 < len(toks)
                             and toks[j + 1].low in _METRES_BEFORE):
                value *= _SHORT_SCALES[nxt.low]
                j += 1
            elif nxt.low == "dozen":  # "2 dozen protesters" are 24
                value *= 12
                j += 1
        return value, j, False
    return _words_number(toks, i)


def _digits(raw: str) -> float | None:
    whole, _, frac = raw.replace(_GLUE, ",").partition(".")
    if (frac and not frac.isdigit()) or not _GROUPED_RE.fullmatch(whole):
        return None  # "1.2.3", "1,2", "0.0,0": a version or list, not a number
    return float(whole.replace(",", "") + ("." + frac if frac else ""))


def _words_number(toks: list[_Tok], i: int) -> tuple[float | tuple[float, float], int, bool] | None:
    """(value, index after, True) of a number written in words at ``i``: a vague
    magnitude, a fraction, a dozen or a scale after "a" or "half" (each a shape of its
    own, tried first), else one spelt out word by word; None where none starts there."""
    t = toks[i]
    # Vague magnitudes: "tens of thousands", "hundreds", "dozens of".
    if t.low in _VAGUE:
        return _vague_magnitude(toks, i)
    # "a dozen", "a hundred", "half a million", "a million", "a fifth of".
    if t.low in {"a", "an", "one", "half"} and _fraction_of(toks, i + 1) is not None:
        d, j = _fraction_of(toks, i + 1)  # type: ignore[misc]
        scale, j = _of_a_scale(toks, j)
        return scale / d, j, True
    if t.low == "half" and i + 1 < len(toks) and toks[i + 1].low == "of" \
            and not (i > 0 and toks[i - 1].low in _WHICH_HALF):
        return 0.5, i + 1, True
    if t.low in {"a", "an"} and i + 1 < len(toks):
        nxt = toks[i + 1].low
        if nxt == "dozen":
            return 12.0, i + 2, True
        if nxt in _SCALES and nxt not in {"lakhs", "crores"}:
            return _SCALES[nxt], i + 2, True
        return None
    if t.low == "half" and i + 2 < len(toks) and toks[i + 1].low == "a" \
            and toks[i + 2].low in _SCALES:
        return 0.5 * _SCALES[toks[i + 2].low], i + 3, True
    return _spelt_out(toks, i)


def _vague_magnitude(toks: list[_Tok], i: int) -> tuple[tuple[float, float], int, bool] | None:
    """The range of a vague magnitude at ``i`` ("hundreds", "tens of thousands", "dozens
    of"): how many is left open, so any figure in it agrees; None for "tens" alone, which
    is no count."""
    t = toks[i]
    low, high = _VAGUE[t.low]
    j = i + 1
    if j + 1 < len(toks) and toks[j].low == "of" and toks[j + 1].low in _VAGUE \
            and toks[j + 1].low not in {"tens", "dozens"}:
        m = _VAGUE[toks[j + 1].low][0]
        low, high = low * m, high * m
        j += 2
    elif t.low == "tens":
        return None  # "tens" alone is not a count
    return (low, high), j, True  # ("thousands of euros": money, see _unit_after)


def _spelt_out(toks: list[_Tok], i: int) -> tuple[float, int, bool] | None:
    """(value, index after, True) of a number spelt out word by word from ``i``
    ("twenty-five", "three hundred and ten", "two and a half million"), or of a fraction
    of a small one ("two-thirds of"); None where no number word starts there. The words
    are summed as read, and a word that cannot continue the number ends it ("five
    four" is two numbers)."""
    total = 0.0
    current = 0.0
    last_scale = 0.0
    j = i
    seen = False
    while j < len(toks):
        w = toks[j].low
        if w in _UNITS_WORDS:
            if seen and current % 100 not in (0, 20, 30, 40, 50, 60, 70, 80, 90):
                break
            current += _UNITS_WORDS[w]
        elif w in _TENS_WORDS:
            if seen and current % 100 != 0:
                break
            current += _TENS_WORDS[w]
        elif w == "dozen" and seen:
            current *= 12
        elif w == "hundred" and seen:
            current *= 100
        elif w in _SCALES and seen and w not in {"hundred"}:
            total += current * _SCALES[w]
            last_scale = _SCALES[w]
            current = 0.0
        elif w == "and" and seen and [t.low for t in toks[j + 1 : j + 3]] in (
            ["a", "half"], ["an", "half"]
        ):  # "two and a half billion", "one and a half years", "two million and a half"
            j += 3
            if current == 0 and total and last_scale:
                total += 0.5 * last_scale
                break
            current += 0.5
            if j < len(toks) and toks[j].low in _SCALES and toks[j].low != "hundred":
                total += current * _SCALES[toks[j].low]
                current = 0.0
                j += 1
            break
        elif w in {"-", "and"} and seen and j + 1 < len(toks) and (
            toks[j + 1].low in _UNITS_WORDS or toks[j + 1].low in _TENS_WORDS
        ) and (w == "-" or current >= 100 or total > 0):
            j += 1
            continue
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None
    if total == 0 and 1 < current < 20:
        k = j + 1 if j < len(toks) and toks[j].text == "-" else j
        fraction = _fraction_of(toks, k)
        if fraction is not None:  # "two-thirds of", "three quarters of"
            scale, after = _of_a_scale(toks, fraction[1])
            return scale * current / fraction[0], after, True
    return total + current, j, True


_FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
    "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}


#: A half that is a part of a place or of a time, not a share: "the northern half of the
#: city" (a standards-desk probe's "share of city: 50 percent"), "the first half of the
#: year", "the second half of the match".
_WHICH_HALF = frozenset(
    "northern southern eastern western north south east west upper lower left right front "
    "back rear top bottom inner outer first second latter former other".split())


def _fraction_of(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """(denominator, index after) for "third of…": a fraction only when "of" follows,
    so that "a third round" stays an ordinal."""
    if k + 1 < len(toks) and toks[k].low in _FRACTIONS and toks[k + 1].low == "of":
        return _FRACTIONS[toks[k].low], k + 1
    return None


def _of_a_scale(toks: list[_Tok], j: int) -> tuple[float, int]:
    """(scale, index after) for a fraction's "of a million" at ``j`` ("a quarter of a
    million residents" is 250,000: a facts probe had it as 0.25 and a million), else
    (1.0, ``j``): the fraction stands alone ("a fifth of its wheat")."""
    if j + 2 < len(toks) and toks[j].low == "of" and toks[j + 1].low in {"a", "an"} \
            and toks[j + 2].low in _SCALES and toks[j + 2].low not in {"lakhs", "crores"}:
        return _SCALES[toks[j + 2].low], j + 3
    return 1.0, j


#: Words after which a number names or grades something rather than counting it: "No. 5",
#: "Article 5", "a category 4 storm". (Not "magnitude": "a magnitude 6.1 earthquake" is a
#: measure, read in ``parse``; a held-out quantities probe found it missing.)
_NAMING_WORDS = frozenset({
    "no.", "no", "number", "version", "article", "chapter", "page", "room", "category",
})  # not "level", "stage", "gate"…: "a level 5 percent higher", "the gate 3 hours"


#: What makes a number after a name a share, not the name's number.
_PERCENT_AFTER = frozenset({"percent", "%", "per", "pc", "percentage"})


def _plausible_start(
    text: str, toks: list[_Tok], first: int, end: int, is_word: bool, value: object
) -> bool:
    """Reject numbers glued into names or codes: "F-16", "Neptune 22", "No. 5", "#3"."""
    t = toks[first]
    if first > 0:
        prev = toks[first - 1]
        touching = prev.end == t.start
        if touching and (prev.text[0].isalnum() or prev.text in {"-", "–", "/", "#", ".", ":"}):
            return False
        if prev.low in _NAMING_WORDS:
            return False
        if (
            not is_word
            and t.text[:1].isdigit()  # "Kenya $40 million": the sign parts name and number
            and prev.text[:1].isupper()
            and prev.low not in _MONTHS
            and not _sentence_start(text, prev.start)
            and prev.text not in _CURRENCY_SYMBOLS
            # "fined Kalmar Grid 40 million crowns": a number with a scale is an amount,
            # and so is one with a percent sign: "the Green Union 12.1 percent" in a list
            # of vote shares (an election probe's shares after the first were all lost)
            and not (first + 1 < len(toks) and (toks[first + 1].low in _SCALES
                                                or toks[first + 1].low in _PERCENT_AFTER))
        ):
            return False  # "Neptune 22", "Boeing 737", "Article 5"
    if end < len(toks) and toks[end - 1].end == toks[end].start:
        nxt = toks[end]
        if nxt.low in _ORDINAL_SUFFIXES or nxt.text in {"/", ":"}:
            return False
        if nxt.text == "°" and _an_ordinal_sign(toks, first, end):
            return False  # "al 7° posto" (a held-out quantities probe's "7 degree")
        if nxt.text in {"s", "'s", "’s"} and t.text.isdigit() and len(t.text) in (2, 4) \
                and t.text.endswith("0"):
            return False  # a decade: "the 1680s", "the 80s" (it counted "s")
        if len(nxt.text) == 1 and nxt.text.isupper() and nxt.low not in _SHORT_SCALES and not (
                nxt.text in "CF" and _warmth(toks, end)):
            return False  # a code: "Flight 7F", "ward 4C", "5G" (not "-8C" in a forecast)
        if nxt.text == "-" and end + 1 < len(toks) and toks[end + 1].text[:1].isalpha() \
                and toks[end + 1].low not in _UNIT_WORDS and not is_word:
            return False  # "19-year" is fine (unit), "22-nation" is a compound adjective
    return True


#: Nouns a rank is of, after "7°": "al 7° posto", "el 3° puesto", "le 2° étage".
_RANKED = frozenset(
    "posto posizione piano anniversario edizione classificato giornata turno lugar puesto "
    "piso aniversario edición jornada place rang étage anniversaire édition platz".split())
#: Articles and prepositions before a rank written "7°" ("al 7°", "il 3°", "del 2°").
_BEFORE_A_RANK = frozenset("al il del nel dal sul allo el la lo le du au".split())


def _an_ordinal_sign(toks: list[_Tok], first: int, end: int) -> bool:
    """Whether "°" at ``end`` marks an ordinal, as Italian and Spanish write it: a ranked
    noun after it, or an article before the number and no word of warmth near."""
    after = toks[end + 1].low if end + 1 < len(toks) else ""
    if after in _RANKED:
        return True
    return first > 0 and toks[first - 1].low in _BEFORE_A_RANK and not _warmth(toks, end) \
        and after not in {"c", "f"}


def _sentence_start(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k] in " \t\"“'‘(":
        k -= 1
    return k < 0 or text[k] in ".!?\n:;"


def _unit_after(toks: list[_Tok], j: int) -> tuple[str | None, int]:
    if j >= len(toks):
        return None, j
    t = toks[j]
    k = j
    if t.text == "-" and j + 1 < len(toks) and toks[j + 1].start == t.end:
        k = j + 1  # "90-minute"
        t = toks[k]
    if t.text == "%":
        return "percent", k + 1
    if t.low in _PERCENT_WORDS:
        return "percent", k + 1
    if k + 1 < len(toks) and (t.low, toks[k + 1].low) in _PERCENT_PAIRS:
        return "percent", k + 2
    if t.low == "percentage" and k + 1 < len(toks) and toks[k + 1].low in {"point", "points"}:
        return "percentage point", k + 2
    points = _percentage_points(toks, j, k)
    if points:
        return "percentage point", points
    # "25 basis points", "25bp": a hundredth of a percentage point (a finance probe's
    # rate cut was a "count of basis")
    if t.low == "basis" and k + 1 < len(toks) and toks[k + 1].low in {"point", "points"}:
        return "basis point", k + 2
    if t.low in {"bp", "bps"} and t.text.islower():
        return "basis point", k + 1
    if t.low == "of" and k + 1 < len(toks) and toks[k + 1].text.islower() \
            and toks[k + 1].low in _CURRENCY_WORDS and j > 0 \
            and toks[j - 1].low in _VAGUE:
        return _CURRENCY_WORDS[toks[k + 1].low], k + 2  # "thousands of euros a day"
    if t.low.startswith(("d'", "d’")) and t.low[2:] in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[t.low[2:]], k + 1  # "2,4 milliards d'euros"
    if t.low in {"de", "di"} and k + 1 < len(toks) and toks[k + 1].text.islower() \
            and toks[k + 1].low in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[toks[k + 1].low], k + 2  # "2,4 millones de euros"
    if t.low in _CURRENCY_WORDS and (t.low not in {"usd", "eur", "gbp"} or t.text.isupper()):
        return _CURRENCY_WORDS[t.low], k + 1
    if k + 1 < len(toks) and t.text[:1].isupper() and (
            t.low, toks[k + 1].low.removesuffix("s")) in _CURRENCY_COUNTRY:
        return _CURRENCY_COUNTRY[t.low, toks[k + 1].low.removesuffix("s")], k + 2
    if k + 2 < len(toks) and t.low in {"hong", "new", "south"} and toks[k + 1].text[:1].isupper() \
            and (toks[k + 1].low, toks[k + 2].low.removesuffix("s")) in _CURRENCY_COUNTRY:
        return _CURRENCY_COUNTRY[toks[k + 1].low, toks[k + 2].low.removesuffix("s")], k + 3
    if t.low in {"pound", "pounds"} and j > 0 and not _a_weight_adjective(toks, k) and (
            (k + 1 < len(toks) and toks[k + 1].low == "sterling") or (
                _money_before(toks, j) and not (k + 1 < len(toks) and toks[k + 1].low == "of"))):
        # "invest 2.5 million pounds", "promised 250,000 pounds for a retraining scheme"
        # are money (probes' were weights); "landed 3 million pounds", "the 1.8 million
        # pounds had been shipped", "promised 4,000 pounds of potatoes" stay weights
        # (regression probes)
        sterling = k + 1 < len(toks) and toks[k + 1].low == "sterling"
        return "GBP", k + 2 if sterling else k + 1
    if t.low == "km" and k + 2 < len(toks) and toks[k + 1].text == "/" \
            and toks[k + 2].low == "h":
        return "km/h", k + 3  # "110 km/h" had been 110 km (a regression probe)
    if _UNIT_WORDS.get(t.low) == "degree" and k + 1 < len(toks) \
            and toks[k + 1].low in _DEGREE_SCALES:
        return _DEGREE_SCALES[toks[k + 1].low], k + 2  # "5 degrees Fahrenheit" was "degree"
    if t.low in _UNIT_WORDS:
        if t.low in {"m"} and not t.text.islower():
            return None, j
        return _UNIT_WORDS[t.low], k + 1
    if t.text == "m" and k + 1 < len(toks) and toks[k + 1].low in _METRES_BEFORE:
        return "m", k + 1  # "a 400m stretch", "the 100m final"
    if t.text in {"°"}:
        if k + 1 < len(toks) and toks[k + 1].text in {"C", "F"}:
            return "°" + toks[k + 1].text, k + 2
        return "degree", k + 1
    if t.text in {"C", "F"} and j > 0 and toks[j - 1].end == t.start and _warmth(toks, j):
        return "°" + t.text, k + 1  # "drop to -8C", "highs of 95F": not a count of "C"
    return None, j


_DEGREE_SCALES = {"fahrenheit": "°F", "celsius": "°C", "centigrade": "°C",
                  "centígrados": "°C", "centigradi": "°C"}


#: Percentage points in one word or two ("0,25 Prozentpunkte", "2 punti percentuali"), or
#: three ("0,3 point de pourcentage").
_POINTS_WORDS = frozenset({"prozentpunkt", "prozentpunkte", "prozentpunkten"})
_POINTS_PAIRS = frozenset({("punti", "percentuali"), ("punto", "percentuale"),
                           ("puntos", "porcentuales"), ("punto", "porcentual"),
                           ("pontos", "percentuais"), ("ponto", "percentual")})
#: What says that bare "points" beside a percentage are percentage points: a difference.
_POINTS_COMPARED = frozenset(
    "higher lower more less above below ahead behind up down de en mehr weniger".split())


def _percentage_points(toks: list[_Tok], j: int, k: int) -> int:
    """The index after percentage points at ``k`` (``j`` before a hyphen), else 0. Bare
    "points" are percentage points when they are a difference ("3.1 points higher", "0,3
    point de moins") from a percentage earlier in the sentence: a held-out quantities
    probe's were counts of "points", and its "0,25 Prozentpunkte" of "Prozentpunkte". An
    index's "fell 2%, or 90 points" stays points (no word of a difference after it)."""
    t = toks[k]
    if t.low in _POINTS_WORDS:
        return k + 1
    if k + 1 < len(toks) and (t.low, toks[k + 1].low) in _POINTS_PAIRS:
        return k + 2
    if t.low in {"point", "points"} and k + 2 < len(toks) and toks[k + 1].low == "de" \
            and toks[k + 2].low == "pourcentage":
        return k + 3
    if t.low not in {"point", "points"} or k + 1 >= len(toks) \
            or toks[k + 1].low not in _POINTS_COMPARED:
        return 0
    if toks[k + 1].low in {"de", "en"} and not (
            k + 2 < len(toks) and toks[k + 2].low in {"moins", "plus", "más", "menos"}):
        return 0
    for b in range(j - 2, max(-1, j - 30), -1):
        if toks[b].text in {".", "!", "?", "\n"}:
            return 0
        if toks[b].text == "%" or toks[b].low in _PERCENT_WORDS or (
                b + 1 < len(toks) and (toks[b].low, toks[b + 1].low) in _PERCENT_PAIRS):
            return k + 1
    return 0


#: Words before a sum in pounds that make it money rather than a weight.
_MONEY_VERBS = frozenset(
    "invest invests invested investing pay pays paid paying cost costs costing spend spends "
    "spent spending raise raises raised raising fund funds funded funding worth fine fined "
    "fines budget budgeted price priced loan loans grant grants granted donate donated "
    "donation award awarded compensation salary bill debt debts owe owes owed bid bids sold "
    "bought earn earns earned profit profits revenue revenues deal bonus bonuses promise "
    "promises promised pledge pledges pledged allocate allocates allocated".split())


#: Things a "16-pound" adjective weighs: a list of them, not of what it prices, since "a
#: 20-pound rise in rent" and "a 30-pound discount" are money (a regression probe).
_WEIGHED = frozenset(
    "turkey turkeys goose ham roast brisket salmon fish cod tuna catfish carp pike trout "
    "lobster pumpkin melon watermelon cake cheese wheel bag bags sack sacks box boxes bale "
    "bales baby dog cat bear boar deer stone rock boulder block anchor bomb weight weights "
    "dumbbell kettlebell ball".split())


def _a_weight_adjective(toks: list[_Tok], k: int) -> bool:
    """Whether "pound" at ``k`` is hyphened to its number before a thing one weighs: "a
    16-pound turkey" (a real-names probe's was 16 GBP, after "bought")."""
    return (k > 0 and toks[k - 1].text == "-" and toks[k - 1].end == toks[k].start
            and toks[k].low == "pound" and k + 1 < len(toks) and toks[k + 1].low in _WEIGHED)


def _money_before(toks: list[_Tok], j: int) -> bool:
    """A money word among the six tokens before the number's scale word."""
    return any(t.low in _MONEY_VERBS for t in toks[max(0, j - 7) : j])


#: Words that make a number glued to C or F a temperature ("Temperatures drop to -8C");
#: elsewhere it is a code ("Flight 7F", "ward 4C").
_WARMTH = frozenset({
    "temperature", "temperatures", "degrees", "high", "highs", "low", "lows", "heat",
    "heatwave", "warm", "warmer", "cold", "colder", "freezing", "frost", "thermometer",
    "celsius", "fahrenheit", "mercury", "hot", "hotter", "chill",
})


def _warmth(toks: list[_Tok], j: int) -> bool:
    return any(t.low in _WARMTH for t in toks[max(0, j - 8) : j + 4])


def _is_year(tok: _Tok, value: float, qualifier: str | None) -> bool:
    return (
        qualifier is None
        and tok.text.isdigit()
        and len(tok.text) == 4
        and 1800 <= value <= 2100
    )


_CLOCK_RE = re.compile(r"^(?:[ap]\.?m\.?|[ap])$", re.IGNORECASE)  # "6 a.m.", "6pm", "4 p.m."


def _minutes_after(toks: list[_Tok], k: int) -> bool:
    return k < len(toks) and toks[k].low in {"min", "mins", "minute", "minutes", "mn"}


def _is_date_or_time(toks: list[_Tok], first: int, end: int) -> bool:
    if first > 1 and toks[first - 1].low == "h" and toks[first - 2].text.isdigit() \
            and not _minutes_after(toks, end):
        return True  # the minutes of "7 h 52" (not of "2 h 15 min", a duration)
    if first > 0 and toks[first - 1].low in _MONTHS and toks[first - 1].text[0].isupper():
        return True
    if first > 1 and toks[first - 1].text == "." and toks[first - 2].end == toks[first - 1].start \
            and toks[first - 2].low in _MONTHS and toks[first - 2].low not in _FULL_SHORT_MONTHS \
            and len(toks[first - 2].low) <= 4 \
            and toks[first - 2].text[0].isupper() and toks[first - 1].end + 1 == toks[first].start:
        return True  # "Dec. 30": the abbreviation's dot (not "in May. 30 people …")
    if end < len(toks):
        nxt = toks[end]
        if nxt.low in _MONTHS and nxt.text[0].isupper():
            return True
        if nxt.text in LOWER_CASE_MONTHS:
            return True  # "le 30 décembre", "el 30 de diciembre" write months in lower case
        if nxt.low == "de" and end + 1 < len(toks) and toks[end + 1].text in LOWER_CASE_MONTHS:
            return True
        if nxt.text == "." and end + 1 < len(toks) and toks[end + 1].text in GERMAN_MONTHS:
            return True  # "am 28. Mai": a German day, not 28
        if nxt.low in _TIME_SUFFIXES or (_CLOCK_RE.match(nxt.text) and (
                len(nxt.text) > 1 or nxt.start == toks[end - 1].end
                or (end + 1 < len(toks) and toks[end + 1].text == "."
                    and toks[end + 1].start == nxt.end))):
            return True  # "6pm", "6 pm", "6a", "6 a.m."; not "$3 a day", "$3.2 billion a year"
        if nxt.low == "of" and end + 1 < len(toks) and toks[end + 1].low in _MONTHS \
                and toks[end + 1].text[0].isupper():
            return True
        if nxt.low == "h" and end + 1 < len(toks) and re.fullmatch(r"[0-5]\d", toks[end + 1].text) \
                and not _minutes_after(toks, end + 2):
            return True  # "à 7 h 52": a French clock time (a multilingual probe's "count of h")
        if nxt.low == "h" and first > 0 and toks[first - 1].low in {"à", "vers", "dès"} \
                and not (end + 1 < len(toks) and toks[end + 1].low == "de"):  # "à 6 h de marche"
            return True  # "se réunira jeudi à 20 h": 8 pm, not 20 hours (a regression probe)
        if nxt.low in {"horas", "hrs"} and first > 0 and toks[first - 1].low in {"las", "la"}:
            return True  # "a las 7.52 horas"
    return False
