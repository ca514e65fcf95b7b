"""What one language's toll rules are made of (:mod:`tolls_other` for Spanish and German,
:mod:`tolls_more` for Italian, Portuguese and Dutch): kept apart so that each language's
words live in their own module and the reader of tolls imports them all."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class TollRules:
    language: str
    #: Each with groups "qual", "n" and maybe "noun", "deed", "bare" (killed when none).
    patterns: tuple[re.Pattern[str], ...]
    deeds: dict[str, str]  # stem of the casualty word → the facts step's word
    qualifiers: dict[str, str]
    not_this_toll: re.Pattern[str]  # right before the count, in its sentence
    not_a_toll_after: re.Pattern[str]  # right after it
    numbers: dict[str, int]  # number words
    joiner: str = r"\s+e\s+"  # between the parts of a number in words ("vinte e dois")


def number_words(numbers: dict[str, int], joiner: str) -> str:
    """A pattern for a number in words: one word, or two joined ("treinta y dos")."""
    one = "(?:" + "|".join(sorted(numbers, key=len, reverse=True)) + ")"
    return rf"{one}(?:{joiner}{one})?"


def parse_number(raw: str, rules: TollRules) -> int | None:
    """The value of a count in digits ("1.250", "1 250") or in words."""
    if raw[0].isdigit():
        return int(re.sub(r"\D", "", raw))
    total = 0
    for part in re.split(rules.joiner, raw.lower()):
        value = rules.numbers.get(part.strip())
        if value is None:
            return None
        total += value
    return total or None
