"""How a figure's value is written and what it allows: text, unit, interval, exactness.

Claims write their values by these rules (``quantity_claims``) and reconciling reads
them back (a value's unit from its last word, base units, the whole a part is counted
out of), so both halves of the stage share one spelling of "more than 100,000" and one
reading of the numbers it allows.
"""

from __future__ import annotations

import re

from copydesk.extract.quantities import CURRENCY_CODES
from copydesk.records import Quantity

__all__ = ["BASE_UNITS", "CURRENCIES", "OPEN_BOUND", "PART_OF_A_NUMBER", "UNIT_OF_WORD",
           "UNIT_PLURALS", "decimals", "format_quantity", "in_base_unit", "interval", "is_exact",
           "of_the_whole"]


#: The money units the quantity extractor writes (one list: "crowns" was a count).
CURRENCIES = CURRENCY_CODES


#: "14 of the 23 chapters": a part, and the whole it is counted out of (not "upwards of
#: 60 crew members", a qualifier). Shared with ``reconcile``.
PART_OF_A_NUMBER = re.compile(r"^(?!upwards?\b)\S+\s+of\s+(?:the\s+)?(\d[\d,.]*)(?=\s)",
                              re.IGNORECASE)


def of_the_whole(q: Quantity) -> str:
    """" of 23" for a count of "14 of the 23 chapters": a briefing showed "count of
    chapters: 14" beside "count of chapters: 23", as if two reports disagreed."""
    m = PART_OF_A_NUMBER.match(q.text)
    return f" of {m.group(1)}" if m and q.unit is None and q.qualifier is None else ""


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
    if len(digits) == 2 and q.unit in CURRENCIES:
        # A sum is stated, not estimated: "a fine of €4.5 million" against "fined €4.2
        # million" are two amounts (a standards-desk probe: one fact, 7 % apart).
        return True
    if q.unit is None and value < 100 and _THE_DEAD.search(q.counts or ""):
        return True  # the dead are counted one by one; "40 injured" may be a guess
    return len(digits) > 2 or (len(digits) == 2 and value < 1000)


def decimals(value: float) -> int:
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


def in_base_unit(
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


def interval(q: Quantity) -> tuple[float, float]:
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
