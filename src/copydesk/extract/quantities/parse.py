"""One quantity read at a token: qualifier, number, unit, then what it counts, with the
clues before the number (a toll, a crowd, a margin, a named sum) taking precedence."""

from __future__ import annotations

import re
from typing import NamedTuple

from copydesk.extract.quantities.counted import _counts, _increment_at
from copydesk.extract.quantities.cues import _MARGIN_BEFORE, _crowd_before, _number_of_before
from copydesk.extract.quantities.lexicon import (
    _CASUALTY,
    _CURRENCY_SYMBOLS,
    _DONE_TO,
    _DONE_TO_ING,
    _LEFT_OUT,
    _SCALES,
    _SHORT_SCALES,
    _STOP,
    CURRENCY_CODES,
)
from copydesk.extract.quantities.numbers import (
    _ABOUT_PREPOSITION_WORDS,
    _CHANGE_VERBS,
    _OVER_PARTICLE_VERBS,
    _currency_prefix,
    _is_date_or_time,
    _is_year,
    _minus,
    _number,
    _plausible_start,
    _qualifier,
    _ratio,
    _scale_of,
    _unit_after,
)
from copydesk.extract.quantities.scores import is_a_score
from copydesk.extract.quantities.sums import _measured, _what_a_sum_is
from copydesk.extract.quantities.tokens import _Parsed, _Tok

#: Nouns of a toll that count the dead ("recovered three more bodies").
_THE_DEAD = frozenset({"bodies", "body", "victims"})
#: Words that make a count part of a toll given elsewhere, as "more" does.
_MORE_WORDS = frozenset({"additional", "further", "extra"})

def _parse_at(
    text: str, toks: list[_Tok], i: int, nouns_capitalised: bool = False
) -> _Parsed | None:
    start_i = i
    head = _number_at(text, toks, i)
    if head is None:
        return None
    qualifier, between, unit, i, value, j, is_word = head
    if between and unit is None and isinstance(value, float) and j < len(toks) \
            and toks[j].low != "and":
        value, unit, j = _between_with_units(text, toks, value, j)
    ranged = _range_at(text, toks, start_i, i, value, j, unit, between)
    if ranged is None:
        return None
    value, j = ranged
    end_i = j  # exclusive token index of the number
    unit, j, hyphenated = _unit_at(toks, start_i, value, j, unit, is_word)
    shown_from = start_i  # the first token of the span
    if qualifier == "more than" and toks[start_i].low == "over" and unit in _TIME_UNITS \
            and _spread_over(toks, start_i):
        qualifier, shown_from = None, i  # "a 5% raise over three years": across, not more
    done_to = _done_to_before(toks, start_i)
    if unit is None and isinstance(value, float) and not done_to and _is_year(
            toks[end_i - 1], value, qualifier):
        return None
    if unit is None and isinstance(value, tuple) and _is_year(toks[i], value[0], qualifier) \
            and _is_year(toks[end_i - 1], value[1], qualifier):
        return None  # "from 2015 to 2019", "от 2015 до 2019 года": years, no count
    if _is_date_or_time(toks, i, end_i):
        return None
    ratio = _ratio(text, toks, end_i, value) if unit is None and end_i == j else None
    if ratio is not None:  # "one in five passengers": a share, not five passengers
        value, unit, j = ratio
    # "one" is a pronoun far more often than a count, unless a toll follows: "One person
    # remained unaccounted for", "one worker was killed" (a regression probe's)
    one_alone = ratio is None and unit is None and is_word and value == 1.0 and not qualifier
    increment = _increment_at(toks, j) if unit is None and ratio is None else ""
    after = j + bool(increment)
    # A ratio's noun follows it straight ("one in five passengers"), as a count's does.
    counts, j2 = _counts(toks, after, None if ratio else unit, hyphenated, nouns_capitalised)
    if unit == "magnitude":
        counts, j2 = None, j  # the quake's strength; "quake hit" is no count
    if one_alone and not (counts and len(counts.split()) == 2
                          and counts.split()[-1] in _CASUALTY):
        return None
    counts = _part_of_a_toll(toks, after, value, unit, counts, done_to, increment)
    counts = _named_before(text, toks, start_i, j, unit, counts, done_to)
    if unit in CURRENCY_CODES:
        counts, j2 = _what_a_sum_is(text, toks, start_i, j, counts, j2)
    counts = _with_what_was_done(text, toks[start_i].start, unit, counts, done_to)
    last = j2 if counts else j
    return _Parsed(
        start=toks[shown_from].start,
        end=toks[last - 1].end,
        value=value,
        unit=unit,
        qualifier=qualifier,
        counts=counts,
        next_index=last,
    )


class _Head(NamedTuple):
    """A number and what stands before it, as ``_number_at`` reads them."""

    qualifier: str | None
    between: bool  # "between" before it: a range must follow
    unit: str | None  # a currency before it
    at: int  # the index of the number's first token
    value: float | tuple[float, float]
    end: int  # the index after the number
    is_word: bool  # written in words


def _number_at(text: str, toks: list[_Tok], i: int) -> _Head | None:
    """The number at ``i`` with what may stand before it (a qualifier, a minus, "between",
    a currency sign), or None where no plausible number starts there. Read apart from
    what follows the number, which ``_parse_at`` reads in the light of all of this."""
    start_i = i
    qualifier, i = _qualifier(toks, i)
    if qualifier and toks[start_i].low == "over" and start_i > 0 \
            and toks[start_i - 1].low in _OVER_PARTICLE_VERBS:
        qualifier = None  # "will hand over $3.2 billion": no "more than"
    if qualifier and toks[start_i].low == "about" and start_i > 0 \
            and toks[start_i - 1].low in _ABOUT_PREPOSITION_WORDS:
        qualifier = None  # "raised concerns about two crossings": no "roughly"
    negative = _minus(toks, i)
    if negative:
        i += 1  # "minus 15 degrees", "shrank by -2.5%"
    between = False
    if i < len(toks) and toks[i].low == "between":
        between = True
        i += 1
    unit, i_cur = _currency_prefix(toks, i)
    i = i_cur
    num = _number(text, toks, i, after_currency=unit is not None)
    if num is None:
        return None
    value, j, is_word = num
    if negative:
        if not isinstance(value, float) or is_word:
            return None
        value = -value
    first = start_i if qualifier or unit or negative else i
    if not _plausible_start(text, toks, first, j, is_word, value):
        return None
    return _Head(qualifier, between, unit, i, value, j, is_word)


def _between_with_units(
    text: str, toks: list[_Tok], value: float, j: int
) -> tuple[float | tuple[float, float], str | None, int]:
    """(value, unit, index after) of "between 2.5 percent and 3 percent", whose ends each
    have their unit: a finance probe's range was read as an exact 2.5, in conflict with
    another report's 3.2. Anything else is (value, None, j) as it was."""
    unit_first, after = _unit_after(toks, j)
    if unit_first is not None and after < len(toks) and toks[after].low == "and":
        second = _number(text, toks, after + 1, after_currency=False)
        if second is not None and isinstance(second[0], float) and value <= second[0]:
            unit_again, past = _unit_after(toks, second[1])
            return (value, second[0]), unit_first, (
                past if unit_again == unit_first else second[1])
    return value, None, j


def _range_at(
    text: str, toks: list[_Tok], start_i: int, i: int, value: float | tuple[float, float],
    j: int, unit: str | None, between: bool,
) -> tuple[float | tuple[float, float], int] | None:
    """(value, index after) with the range that runs on from the number at ``i`` to
    ``j`` ("10-20", "10 to 20 million", "between 10 and 20"), else the number as it was;
    None where the second number makes it no quantity (a score, a tally) or "between"
    finds no second end."""
    if isinstance(value, float) and j < len(toks):
        joiner = toks[j].low
        # "rose from 12 to 15" is a change, not a range: the toll is 15 now, and a range
        # [12, 15] would agree with a report of 12 as much as with one of 15.
        change = joiner == "to" and start_i > 1 and toks[start_i - 1].low == "from" and (
            toks[start_i - 2].low in _CHANGE_VERBS)
        if (joiner in {"-", "–", "to"} and not between and not change) or (
                joiner == "and" and between) or _from_to(toks, start_i, joiner):
            adjacent = joiner in {"-", "–"} and toks[j].start == toks[j - 1].end
            k = j + 1
            if unit is not None and k < len(toks) and _CURRENCY_SYMBOLS.get(toks[k].text) == unit:
                k += 1  # "between $3 million and $4 million": the sign again
            second = _number(text, toks, k, after_currency=unit is not None)
            if second is not None and isinstance(second[0], float) and (
                joiner not in {"-", "–"} or adjacent
            ):
                low, high = value, second[0]
                if high > low * 10 and low < 1000 and _scale_of(high) > 1 and any(
                        t.low in _SCALES or t.low in _SHORT_SCALES
                        for t in toks[k + 1:second[1]]):
                    # "10 to 20 million": scale both ends; not "5 to 5,000", whose second
                    # end has no scale word (it had been the range 5,000 to 5,000)
                    low = low * _scale_of(high)
                if low == high and adjacent and unit is None:
                    return None  # "a 2-2 draw": a score (a probe's "count of draw: 2–2")
                if low < high and adjacent and unit is None \
                        and is_a_score(text, toks, i, second[1]):
                    return None  # "lost 1-3 at home" (a held-out quantities probe: a range)
                if low <= high:
                    return (low, high), second[1]
                if adjacent:
                    return None  # "voted 5–2": a tally or a score, not a quantity
    elif between and not isinstance(value, tuple):
        return None
    return value, j


#: "from" words that open a range in Russian and Ukrainian, ended by "до" (as German
#: "von" ended by "bis"): "от 3,2 до
#: 3,5 млн", "від 2 до 3 мільйонів". Not "с"/"з": "вырос с 12 до 15" is a change, "с 10
#: до 19" opening hours.
_SLAVIC_RANGE_FROM = frozenset({"от", "від"})


def _from_to(toks: list[_Tok], start_i: int, joiner: str) -> bool:
    """Whether the number at ``start_i`` opens a Russian or Ukrainian range "от X до Y":
    read as two quantities, its first end had no scale and no unit ("от 3,2 до 3,5 млн
    рублей" gave 3.2 and 3,500,000 RUB)."""
    return start_i > 0 and (
        (joiner == "до" and toks[start_i - 1].low in _SLAVIC_RANGE_FROM)
        or (joiner == "bis" and toks[start_i - 1].low == "von"))  # German: "von 3,2 bis 3,5"


def _unit_at(
    toks: list[_Tok], start_i: int, value: float | tuple[float, float], j: int,
    unit: str | None, is_word: bool,
) -> tuple[str | None, int, bool]:
    """(unit, index after it, whether the quantity modifies the noun after it) for the
    number ending at ``j``: a unit of its own, or the currency read before it."""
    if unit is None and is_word and isinstance(value, float) and value < 1 and j + 2 < len(toks) \
            and toks[j].low == "of" and toks[j + 1].low in {"a", "an"}:
        fraction_unit, after = _unit_after(toks, j + 2)  # "a quarter of a percentage point"
        if fraction_unit is not None:
            unit, j = fraction_unit, after
    # "a 90-minute meeting", "a 9% rise": the quantity modifies the noun after it.
    hyphenated = (j < len(toks) and toks[j].text == "-") or (
        start_i > 0 and toks[start_i - 1].low in {"a", "an"}
    )
    if unit is None:
        unit, j = _unit_after(toks, j)
    if hyphenated and j < len(toks) and toks[j].low in {"de", "di", "du", "des", "del", "da"}:
        hyphenated = False  # "condenado a 6 años de prisión": "a" is a preposition there
    if unit is None and start_i > 0 and toks[start_i - 1].low == "magnitude":
        unit = "magnitude"  # "a magnitude 6.1 earthquake" (was "6.1 earthquake struck")
    return unit, j, hyphenated


def _done_to_before(toks: list[_Tok], start_i: int) -> str:
    """The casualty verb right before the number, as a participle, else "": "killed 96
    people", "arrested 2000 demonstrators" say what happened to those counted (and that
    2000 is a count, not a year)."""
    done_to = toks[start_i - 1].low if start_i > 0 else ""
    return _DONE_TO_ING.get(done_to, done_to if done_to in _DONE_TO else "")


def _with_what_was_done(
    text: str, start: int, unit: str | None, counts: str | None, done_to: str
) -> str | None:
    """What is counted, with what was done to them ("people killed"), from the verb before
    the number or a noun such as "the evacuation of" (read only now, after the year
    test: "since the evacuation of 1944" is a year, a regression probe's "count of people
    evacuated: 1,944")."""
    if counts and not done_to and unit is None:
        done_to = _done_by_noun(text, start)
    if counts and done_to and counts.rsplit(" ", 1)[-1] not in _CASUALTY:
        counts += " " + done_to
    return counts


def _part_of_a_toll(
    toks: list[_Tok], after: int, value: float | tuple[float, float], unit: str | None,
    counts: str | None, done_to: str, increment: str,
) -> str | None:
    """What is counted, read as part of a toll where a casualty verb or "more" says so:
    the people left out after a second casualty verb, and "more" or "additional" dead,
    which add to a toll given elsewhere rather than rival it."""
    if counts is None and unit is None and done_to and isinstance(value, float) \
            and (after >= len(toks) or toks[after].low in _STOP
                 or not toks[after].text[0].isalnum()):
        counts = _LEFT_OUT.strip()  # "killing 12 people and wounding 38": 38 people wounded
    if counts and increment:
        # "killed two more people": part of the toll. "Two more dams" counted nothing
        # before "more" was read, and is no figure to check.
        toll = bool(done_to) or counts.rsplit(" ", 1)[-1] in _CASUALTY | _THE_DEAD
        counts = f"{increment} {counts}" if toll else None
    elif counts and counts.split(" ", 1)[0] in _MORE_WORDS and " " in counts \
            and counts.rsplit(" ", 1)[-1] in _CASUALTY | _THE_DEAD:
        # "three additional bodies", a spinner's "three more bodies": the same part of
        # the toll (a standards-desk probe's spun copy alone backed "additional bodies")
        counts = "more " + counts.split(" ", 1)[1]
    return counts


def _named_before(
    text: str, toks: list[_Tok], start_i: int, j: int, unit: str | None,
    counts: str | None, done_to: str,
) -> str | None:
    """What is counted, from the words before the number where those after it say too
    little: a crowd, "the number of", a margin, what a percentage measures."""
    if unit is None and counts in (None, "people", "protesters", "demonstrators") \
            and not done_to and _crowd_before(text, toks[start_i].start):
        counts = "crowd"  # "police put the crowd at 40,000", "a crowd of 40,000 people"
    if counts is None and unit is None:
        counts = _number_of_before(text, toks[start_i].start)
    elif counts and unit is None and _MARGIN_BEFORE.search(
            text, max(0, toks[start_i].start - 60), toks[start_i].start):
        counts = "margin of " + counts  # not the votes themselves (a facts probe)
    if counts is None and unit == "percent":
        counts = _measured(text, toks, start_i, j)
    return counts


#: A noun naming what was done to those counted, right before them: "the evacuation of
#: about 200 workers" counts the workers evacuated, as "200 workers were evacuated" does
#: (a web probe's two figures never met as one claim).
_DONE_BY_NOUN = re.compile(
    r"\b(?P<noun>evacuation|arrest|arrests|rescue|detention|deportation|deportations"
    r"|displacement)\s+of\s+(?:(?:about|around|some|nearly|almost|more\s+than|over"
    r"|at\s+least|up\s+to|roughly)\s+)?$", re.IGNORECASE)
_DONE_BY = {"evacuation": "evacuated", "arrest": "arrested", "arrests": "arrested",
            "rescue": "rescued", "detention": "detained", "deportation": "deported",
            "deportations": "deported", "displacement": "displaced"}


def _done_by_noun(text: str, start: int) -> str:
    m = _DONE_BY_NOUN.search(text, max(0, start - 60), start)
    return _DONE_BY[m.group("noun").lower()] if m else ""


_TIME_UNITS = frozenset({"day", "week", "month", "year", "decade", "hour", "minute"})


#: Nouns of a change or a payment that a span of time follows: "a 12% rise over two years".
_SPREAD_NOUNS = frozenset(
    "rise rises increase increases raise raises cut cuts growth decline fall drop spread "
    "phased repaid instalments installments".split())


def _spread_over(toks: list[_Tok], over: int) -> bool:
    """Whether "over" at ``over`` spreads what comes before it across a span of time ("a
    12% pay rise over two years", "$4bn over five years", "killed 30 people over two
    days") rather than meaning "more than" ("jailed for over two years", "waited over
    three hours"): a noun of a change right before it, or an amount among the four tokens
    before it in its clause. A held-out quantities probe's pay rise "over two years" was
    "more than 2 years"."""
    if over == 0 or toks[over - 1].low in {"for", "of", "after", "in", "within", "took",
                                          "lasted", "waited", "spent", "taking", "lasting"}:
        return False
    if toks[over - 1].low in _SPREAD_NOUNS:
        return True
    for b in range(over - 1, max(-1, over - 5), -1):
        if toks[b].text in {".", ",", ";", ":", "!", "?"}:
            return False
        if toks[b].text[:1].isdigit() or toks[b].text in {"%", "$", "€", "£"}:
            return True
    return False
