"""Vote tallies in English: "approved the budget by nine votes to four", "councillors voted
eight to five", "a 31-24 vote", "passed 8-5", "with 212 votes in favour and 198 against".

A tally is two counts: the votes for and the votes against. Read as ordinary numbers,
"by nine votes to four" was a count of 9 "votes" (the 4 lost), and "voted eight to five"
counted nothing, so a fact-checker probe's two reports of one council vote (9-4 and 8-5)
never disagreed. Each side is a quantity of its own, counting "votes in favour" or "votes
against", so that the facts step reconciles them as it does any count.
"""

from __future__ import annotations

import re

from copydesk.extract.quantities.lexicon import _TENS_WORDS, _UNITS_WORDS
from copydesk.records import Quantity, content_id

FOR, AGAINST = "votes in favour", "votes against"

_WORD = "|".join(sorted((*_UNITS_WORDS, *_TENS_WORDS), key=len, reverse=True))
#: A count of votes: digits, or a number in words up to ninety-nine ("twenty-one").
_N = rf"(?:\d{{1,4}}|(?:{_WORD})(?:[-\s](?:{'|'.join(_UNITS_WORDS)}))?)"
_DASH = r"\s*[-–—]\s*"

#: Each with groups "yes" and "no".
_PATTERNS = tuple(re.compile(p, re.IGNORECASE) for p in (
    # "by nine votes to four", "by 31 votes to 24 with two abstentions"
    rf"\bby\s+(?P<yes>{_N})\s+votes?\s+to\s+(?P<no>{_N})\b",
    # "voted eight to five", "voted 8-5", "voted 31 to 24 in favour"
    rf"\bvoted\s+(?P<yes>{_N})(?:\s+to\s+|{_DASH})(?P<no>{_N})\b",
    # "a 31-24 vote", "in an eight-to-five vote", "on a 9–4 vote"
    rf"\b(?P<yes>{_N})(?:{_DASH}|-to-|\s+to\s+)(?P<no>{_N})\s+(?:vote|ballot|decision)\b",
    # "passed 8-5", "approved the plan 31-24" (digits and a dash only: "passed two to
    # three hours" is none)
    # (not "defeated": "defeated the hosts 3-1" is a match's score)
    r"\b(?:passed|approved|adopted|rejected|backed|carried|endorsed)\s+"
    r"(?:(?:the|a|an|it|its|their)\s+[\w-]+\s+)?(?P<yes>\d{1,4})" + _DASH
    + r"(?P<no>\d{1,4})\b(?![-–—.,]?\d)",
    # "with 212 votes in favour and 198 against", "212 votes for, 198 against"
    rf"\b(?P<yes>{_N})\s+(?:votes?\s+)?(?:in\s+favou?r|for)\b[^.;:!?]{{0,40}}?\b"
    rf"(?P<no>{_N})\s+(?:votes?\s+)?against\b",
))


def vote_tallies(text: str, article_id: str) -> list[Quantity]:
    """Each tally's two sides, in text order, the first pattern of a span winning."""
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            yes, no = _value(m.group("yes")), _value(m.group("no"))
            if yes is None or no is None or yes + no == 0:
                continue
            taken.append((m.start(), m.end()))
            found += [_side(text, article_id, m, "yes", yes, FOR),
                      _side(text, article_id, m, "no", no, AGAINST)]
    return sorted(found, key=lambda q: q.start)


def _side(text: str, article_id: str, m: re.Match[str], group: str, value: int,
          counts: str) -> Quantity:
    start, end = m.start(group), m.end(group)
    return Quantity(
        id=content_id("quantity", article_id, str(start), str(end)), article_id=article_id,
        start=start, end=end, text=text[start:end], value=float(value), unit=None,
        qualifier=None, counts=counts)


def _value(raw: str) -> int | None:
    if raw[0].isdigit():
        return int(raw)
    total = 0
    for part in re.split(r"[-\s]+", raw.lower()):
        number = _UNITS_WORDS.get(part, _TENS_WORDS.get(part))
        if number is None:
            return None
        total += number
    return total
