"""Changes in percent, in English: "raises property tax by 3%", "a 3% rise in property
tax", "a rise of 3% in property tax".

A standards-desk probe's budget stories wrote one rise these three ways; the first
counted nothing (no fact), the second "rise" (the fact "share of rise") and the third
"in property tax" ("share of in property tax"), so the six articles backing a 3% rise
were three facts, one of them cited by a single article. Each now counts what changes
and how: "rise in property tax" (or "cut in …", "fall in …"), which the facts step
reads as its claim. What changes is the noun phrase the verb takes or "in" introduces,
up to four words, without its article or possessive.
"""

from __future__ import annotations

import re
from dataclasses import replace

from copydesk.extract.quantities.terms import sentence_begins
from copydesk.records import Quantity

#: Verbs and nouns of a change, by the direction each names.
_RISE = ("raise raises raised raising increase increases increased increasing lift lifts "
         "lifted lifting hike hikes hiked hiking boost boosts boosted boosting rise rises "
         "rose jump jumps jumped").split()
_CUT = ("cut cuts cutting lower lowers lowered lowering reduce reduces reduced reducing "
        "slash slashes slashed slashing trim trims trimmed trimming reduction").split()
_FALL = "fall falls fell drop drops dropped decline declines declined".split()
_DIRECTION = {**dict.fromkeys(_RISE, "rise"), **dict.fromkeys(_CUT, "cut"),
              **dict.fromkeys(_FALL, "fall")}
_NOUNS = ("rise", "increase", "hike", "jump", "boost", "cut", "reduction", "fall", "drop",
          "decline")
_NOUN_DIRECTION = {"increase": "rise", "hike": "rise", "jump": "rise", "boost": "rise",
                   "reduction": "cut", "drop": "fall", "decline": "fall"}

_HEDGE = (r"(?:(?:about|around|roughly|nearly|almost|some|just\s+over|just\s+under|more\s+than"
          r"|less\s+than|over|up\s+to|at\s+least)\s+)?")
#: A verb, then what it changes and "by": "raises | property tax by". The verb nearest
#: the figure: "cut spending and raised fares by 5%" is a rise in fares.
_VERB = re.compile(rf"\b(?:{'|'.join(_DIRECTION)})\b", re.IGNORECASE)
_WHAT_BY = re.compile(rf"\s+(?P<what>[\w'’ -]{{2,60}}?)\s+by\s+{_HEDGE}", re.IGNORECASE)
#: A change noun and "of" before the figure: "a rise of".
_NOUN_OF = re.compile(rf"\b(?P<noun>{'|'.join(_NOUNS)})\s+of\s+{_HEDGE}$", re.IGNORECASE)
#: What a change noun is in: " in property tax".
_IN_WHAT = re.compile(r"\s+in\s+(?P<what>[\w'’ -]{2,60})")
#: Words a noun phrase stops before.
_STOP = frozenset(
    "and or but to from for on at with by over after before which that who as than while "
    "since until next last this if when whether because unless so".split())
_LEADING = frozenset("the a an its their his her our this that these those".split())
_UNITS = frozenset({"percent", "percentage point"})


def percent_changes(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each percentage of a change counting what changes."""
    return [_as_change(text, q) if q.unit in _UNITS else q for q in found]


def _as_change(text: str, q: Quantity) -> Quantity:
    sentence = sentence_begins(text, q.start)
    before = text[sentence:q.start]
    counted = (q.counts or "").lower()
    if counted in _NOUNS:  # "a 3% rise", then " in property tax"
        after = _IN_WHAT.match(text, q.end)
        what = _noun_phrase(after.group("what")) if after else ""
        return replace(q, counts=f"{_NOUN_DIRECTION.get(counted, counted)} in {what}") \
            if what else q
    noun = _NOUN_OF.search(before)
    if noun is not None and (counted.startswith("in ") or not counted):
        after = _IN_WHAT.match(text, q.end)
        what = _noun_phrase(counted[3:] if counted.startswith("in ") else
                            after.group("what") if after else "")
        word = noun.group("noun").lower()
        return replace(q, counts=f"{_NOUN_DIRECTION.get(word, word)} in {what}") if what else q
    if counted:
        return q
    for verb in reversed(list(_VERB.finditer(before))):
        by = _WHAT_BY.fullmatch(before, verb.end())
        if by is not None:
            what = _noun_phrase(by.group("what"))
            return replace(q, counts=f"{_DIRECTION[verb.group().lower()]} in {what}") \
                if what else q
    return q


def _noun_phrase(words: str) -> str:
    """Up to four words of what changes, without a leading article or possessive."""
    kept: list[str] = []
    for word in words.split():
        low = word.lower().strip(",;:")
        if not kept and low in _LEADING:
            continue
        if low in _DIRECTION:
            return ""  # another change's verb: "pause the cuts if imports rose by"
        if low in _STOP or not low.replace("-", "").isalpha():
            break
        kept.append(low)
        if word[-1:] in ",;:" or len(kept) == 4:
            break
    return " ".join(kept)


__all__ = ["percent_changes"]
