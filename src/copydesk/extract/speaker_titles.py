"""Whether the words before a name are its title ("Finance Minister", "Deputy mayor",
"Brightline analyst").

A title in front of a name decides whether that name is the speaker or only part of a
description ("A spokeswoman for Justice Minister Paulina Rask said" is the
spokeswoman's). The rules after a quote, before it, for a statement's issuer and for a
quote with no attribution all ask, so they share one reading of titles."""

from __future__ import annotations

from copydesk.extract.names import TITLE_WORDS


def a_title_word(word: str) -> bool:
    """A word of a title before a name: capitalised ("Finance Minister"), or a role noun
    after an organisation ("said Brightline analyst Corinne Dalby" had given the quote
    to Brightline: a web probe), not a clause ("said Greenpeace after activist…") nor a
    preposition ("declaró Marsh en Velm")."""
    if word.endswith((",", ";", ":")):
        return False  # "said Marta Oksen, Tomas Ardent's lawyer": the comma ends the name
    return word[:1].isupper() or (word.islower() and word in TITLE_WORDS)


def untitled(words: list[str]) -> list[str]:
    """``words`` without the capitalised title words at their end ("for Justice
    Minister" → "for")."""
    while words and words[-1][:1].isupper() and (
            words[-1].lower() in TITLE_WORDS or words[-1].lower() in _ROLE_AREAS):
        words = words[:-1]
    return words


#: Capitalised words of a title's field before its rank: "Justice Minister", "Foreign
#: Secretary", "Health Secretary".
_ROLE_AREAS = frozenset(
    "justice foreign home health finance interior defence defense transport education "
    "environment energy labour labor trade economy culture agriculture housing".split())


def only_titles_before(words: str) -> bool:
    """Whether a sentence's words before a name are at most three title words, the first
    capitalised ("Councillor", "Deputy mayor"): the name opens the sentence."""
    found = words.split()
    return len(found) <= 3 and (not found or found[0][:1].isupper()) and all(
        w.lower() in TITLE_WORDS | _ROLE_AREAS for w in found)
