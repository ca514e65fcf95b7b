"""The first end of a change, "rose from 3.2 to 3.5 million euros", takes what the second
end says of both: its scale, its unit and what it counts.

A change is two quantities, not a range: the figure is the second now, and a range [3.2,
3.5] would agree with a report of either. But read as two, the first end had stood bare:
"3.2", with no scale, no currency and no noun, a number no fact could be made of, while
"from 12 to 15 dead" gave 12 nothing counted. Written this way in every language the
project reads ("von 3,2 auf 3,5 Millionen Euro", "с 3,2 до 3,5 млн рублей", "de 3,2 a 3,5
millones de euros"), so the words are listed per language; a first end with a unit or a
noun of its own keeps them ("from $900,000 to $1.2 million").

Either way the first end is marked with the qualifier ``FORMER`` ("from"): it is what the
figure was, not what the report says it is, and the facts step makes no claim of it. A
toll that "rose from 12 to 15" had otherwise backed an older report's 12 and hidden its
conflict with the 15.
"""

from __future__ import annotations

import re
from dataclasses import replace

from copydesk.extract.quantities.lexicon import _SCALES, _SHORT_SCALES
from copydesk.records import Quantity

#: Words before the first end, and between the two ends, by language. A range of the
#: parser's own ("от 200 до 300 человек", "von 3,2 bis 3,5 Millionen") is one quantity
#: and never reaches this pass.
_FROM = {
    "en": {"from"}, "de": {"von"}, "fr": {"de", "d'", "d’"}, "es": {"de", "desde"},
    "it": {"da"}, "pt": {"de"}, "nl": {"van"}, "pl": {"z", "od"},
    "ru": {"с", "со"}, "uk": {"з", "із", "зі"},
}
_TO = {
    "en": {"to"}, "de": {"auf"}, "fr": {"à"}, "es": {"a", "hasta"}, "it": {"a"},
    "pt": {"para", "a"}, "nl": {"naar", "tot"}, "pl": {"do"}, "ru": {"до"}, "uk": {"до"},
}

#: The qualifier of a change's first end: read "from 3.2 million EUR".
FORMER = "from"

_WORD_BEFORE = re.compile(r"([^\W\d_]+['’]?)\s*$")
_WORDS = re.compile(r"[^\W\d_]+")
#: A short scale glued to the digits ("3.5bn"), as the parser reads one: "8 m" is metres.
_GLUED = re.compile(r"\d([^\W\d_]+)")


def first_ends_of_changes(text: str, found: list[Quantity], language: str | None) -> list[Quantity]:
    """``found`` with each first end of "from X to Y" marked ``FORMER`` and, when bare,
    given Y's scale, unit and noun."""
    code = (language or "en").lower()[:2]
    starts, joiners = _FROM.get(code), _TO.get(code)
    if not starts or not joiners or len(found) < 2:
        return found
    out = list(found)
    for k in range(len(out) - 1):
        first, second = out[k], found[k + 1]
        if isinstance(first.value, tuple) or isinstance(second.value, tuple):
            continue
        between = text[first.end:second.start].strip().lower()
        before = _WORD_BEFORE.search(text, max(0, first.start - 24), first.start)
        if between not in joiners or before is None or before.group(1).lower() not in starts:
            continue
        if first.unit is None and first.counts is None and (
                second.unit is not None or second.counts is not None):
            # "from 3.2 billion to 3.5 billion dollars" has its scale already
            scale = _scale(second) if _scale(first) == 1.0 else 1.0
            first = replace(first, value=first.value * scale, unit=second.unit,
                            counts=second.counts)
        out[k] = replace(first, qualifier=FORMER)
    return out


def _scale(q: Quantity) -> float:
    """The scale word the quantity's text writes ("3,5 млн", "three million"), or 1."""
    for word in _WORDS.findall(q.text.lower()):
        if word in _SCALES:
            return _SCALES[word]
    glued = _GLUED.search(q.text.lower())
    return _SHORT_SCALES.get(glued.group(1), 1.0) if glued else 1.0


__all__ = ["FORMER", "first_ends_of_changes"]
