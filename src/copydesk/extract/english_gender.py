"""Whether an English article writes of a person as a man or a woman, from its own words.

"“…,” she said" went to the man named last (an English quotes probe: 11 of 47 pronoun
attributions wrong, most to the nearest person of the other gender). No list of first
names is used: the one well-known English list (gender-guesser's) is GPL, and invented or
foreign names are the norm in news of other countries. The article says it instead:

- a form of address before a name ("Ms Brenn", "Mr Brenn");
- a gendered noun before the name or in apposition ("his granddaughter, Karin Sollie",
  "Ines Marrow, a spokeswoman for …", "the actress");
- a subject or possessive pronoun after a name that opens its sentence, with no other
  person between ("Marta Kelso … why she had waited", "Edvin Sollie walked through the rooms
  with his …"; not "her", as often an object: someone else).

A person the article writes of both ways, or in neither, has no gender here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # quote_people asks this module: no import at run time
    from copydesk.extract.quote_people import NamedMention

_FEMALE_NOUNS = frozenset(
    "woman wife mother daughter granddaughter grandmother sister aunt niece girlfriend "
    "widow spokeswoman chairwoman businesswoman actress waitress headmistress policewoman "
    "councilwoman congresswoman sportswoman queen princess duchess countess nun girl lady "
    "mum mom bride fiancée stepmother stepdaughter".split())
_MALE_NOUNS = frozenset(
    "man husband father son grandson grandfather brother uncle nephew boyfriend widower "
    "spokesman chairman businessman headmaster policeman councilman congressman "
    "sportsman king prince duke monk boy dad groom fiancé stepfather stepson".split())
_ADDRESS = re.compile(r"\b(?:(?P<m>Mr|Mister|Sir|Lord)|(?P<f>Mrs|Ms|Miss|Madam|Dame|Lady))\.?\s+$")
#: A subject or possessive pronoun after a name speaks of its bearer ("Edvin Sollie
#: walked … with his granddaughter"); an object pronoun of someone else ("retired postman
#: Ewan Tolley showed her the petition": the prime minister).
_PRONOUN = re.compile(
    r"\b(?:(?P<m>he|his|himself)|(?P<f>she|herself"
    # "her" before its noun is a possessive ("Linda Orme and her son"), not an object
    # ("showed her the petition")
    r"|her(?=\s+(?!(?:the|a|an|that|this|to|with|in|on|at|for|of|and|or|is|was|from|by"
    r"|about|up|out|off|back|down|away|into)\b)[a-z])))\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def gender_of(text: str, entity_id: str, people: Sequence[NamedMention],
              before: int | None = None) -> str | None:
    """"m" or "f" when the article's words say it of the person ``entity_id`` (its
    mentions before ``before``, if given), else None."""
    seen: set[str] = set()
    for m in people:
        if m.entity_id != entity_id or (before is not None and m.start >= before):
            continue
        cue = _cue(text, m, people)
        if cue:
            seen.add(cue)
    return seen.pop() if len(seen) == 1 else None


def _cue(text: str, mention: NamedMention, people: Sequence[NamedMention]) -> str | None:
    address = _ADDRESS.search(text, max(0, mention.start - 8), mention.start)
    if address:
        return "m" if address.group("m") else "f"
    near = re.findall(r"[a-zé]+", text[max(0, mention.start - 30):mention.start].lower())[-2:]
    after = re.match(r",\s+(?:a|an|the|his|her|their)?\s*((?:[\w-]+\s+){0,2}?[\w-]+)\b",
                     text[mention.end:mention.end + 50])
    nouns = [*near, *(after.group(1).lower().split() if after else [])]
    female = any(n in _FEMALE_NOUNS for n in nouns)
    male = any(n in _MALE_NOUNS for n in nouns)
    if female != male:
        return "f" if female else "m"
    if not _opens_its_sentence(text, mention.start):
        return None  # "… with her colleague Piet Mols, said she …": the subject's "she"
    end = _SENTENCE_END.search(text, mention.end)
    stop = end.start() if end else len(text)
    others = [p.start for p in people
              if p.entity_id != mention.entity_id and mention.end <= p.start < stop]
    pronoun = _PRONOUN.search(text, mention.end, min([stop, *others]))
    if pronoun and not _inside_quote(text, mention.end, pronoun.start()):
        return "m" if pronoun.group("m") else "f"
    return None


def _opens_its_sentence(text: str, start: int) -> bool:
    """Whether a name opens its sentence, after at most three capitalised words of a
    title ("Commuter Hana Veld said she …", "Judge Anton Pell")."""
    stop = text.rfind(". ", 0, start)
    before = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, start) + 1)
    words = text[before:start].split()
    return len(words) <= 3 and all(w[:1].isupper() for w in words)


def _inside_quote(text: str, start: int, end: int) -> bool:
    """Whether a quotation opens between ``start`` and ``end`` (its "she" is someone
    else's word)."""
    return any(mark in text[start:end] for mark in "“\"«")


__all__ = ["gender_of"]
