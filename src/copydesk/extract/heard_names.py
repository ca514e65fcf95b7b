"""Given names that Russian and Ukrainian spell by ear, met with their English spellings.

Russian and Ukrainian write a foreign given name as it sounds, English as it is spelt:
"Joe" is "Джо", "Mike" "Майк", "Kate" "Кейт", "Steve" "Стив". The silent final "e"
and the long vowel it marks are what the two spellings disagree on, and a short name
has too few letters for a similarity threshold to bridge them: the keys of "Джо" and
"Joe" ("io", "ioe") are 0.67 alike, under the first-name threshold of 0.7, so a Russian
report's Джо Байден stayed apart from Joe Biden (a held-out probe). And Russian writes a
foreign "h" with г ("Герман", Herman; "Гельмут", Helmut), which its key reads "g".

So a full name written in Cyrillic offers its first name as the other reading of г
too, and an English first name is also read the way it sounds (:func:`spoken_key`);
each is asked only when one of two full names is Cyrillic and the other Latin, with
surnames that already match, so Latin names are compared as before.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein

from copydesk.extract.mentions import Candidate
from copydesk.extract.names import translit_key
from copydesk.extract.votes import form_key
from copydesk.letters import LONG_VOWELS_HEARD, has_cyrillic, romanised

_VOWELS = frozenset("aeiou")
#: How English says a vowel that a silent final "e" lengthens ("Kate", "Mike", "Pete",
#: "Rose", "Luke"), as Russian and Ukrainian write that sound ("ей", "ай", "и", "оу",
#: "ю"), in the letters of a transliteration key (y and j are keyed "i", so each sound's
#: last spelling): "Pete" is "Пит".
_LONG = {vowel: spellings[-1] for vowel, spellings in LONG_VOWELS_HEARD.items()} | {"e": "i"}


def spoken_key(key: str) -> str:
    """The key of an English given name (a transliteration key) as the name sounds:
    a silent final "e" after a vowel dropped ("ioe", Joe, is "io"; "marie" "mari"), or
    after one consonant, the vowel before it made long ("mike" "maik", "kate" "keit",
    keyed "kit" as "Кейт" is). The key itself when it ends otherwise."""
    if len(key) < 3 or key[-1] != "e":
        return key
    if key[-2] in _VOWELS:
        return key[:-1]
    vowel = key[-3]
    if vowel in _LONG and (len(key) == 3 or key[-4] not in _VOWELS):
        return translit_key(key[:-3] + _LONG[vowel] + key[-2])  # "keit" is keyed "kit"
    return key


def cyrillic_first_names(cands: Iterable[Candidate]) -> dict[str, frozenset[str]]:
    """Each form key of a full name written in Cyrillic → the keys of its first name in
    both readings of г (g as Russian romanisation writes it, h as Ukrainian's and as a
    foreign name's "h": "Герман" is "german" and "herman")."""
    found: dict[str, set[str]] = defaultdict(set)
    for c in cands:
        surface = c.surface
        if not has_cyrillic(surface):
            continue
        key = form_key(surface)
        if " " not in key:
            continue
        for ukrainian in (False, True):
            found[key].add(form_key(romanised(surface, ukrainian=ukrainian)).split(" ")[0])
        found[key].add(key.split(" ")[0])
    return {k: frozenset(v) for k, v in found.items()}


def heard_pairs(a: str, b: str, cyrillic: dict[str, frozenset[str]]) -> list[tuple[str, str]]:
    """The first-name keys to compare for full-name forms ``a`` and ``b`` when exactly one
    of them is written in Cyrillic: its first name in either reading of г against the
    other's first name as spelt and as spoken. Empty otherwise."""
    if (a in cyrillic) == (b in cyrillic):
        return []
    heard, latin = (cyrillic[a], b) if a in cyrillic else (cyrillic[b], a)
    first = latin.split(" ")[0]
    spelt = dict.fromkeys((first, spoken_key(first)))
    return [(x, y) for x in sorted(heard) for y in spelt]


def name_as_written(name: str, aliases: Iterable[str], written: str) -> str:
    """An entity's name in the script a mention of it is written in: of its spellings in
    that script, the one whose surname is nearest the mention's, in full if it has one
    (``name`` itself when it is in that script or none is).
    The quote finders compare a speaker's bare surname with the last word of the names
    around it; once a Ukrainian report's "Джо Байден" was one person with an English
    report's "Joe Biden", the entity's name no longer ended in "Байден", and "Байден
    сказав:" went to a name the tagger had made of the headline's "… з Байденом"."""
    cyrillic = has_cyrillic(written)
    if has_cyrillic(name) == cyrillic:
        return name
    same = sorted(a for a in aliases if has_cyrillic(a) == cyrillic)
    surname = written.split()[-1] if written.split() else written
    return min(same, default=name, key=lambda a: (
        Levenshtein.distance((a.split() or [a])[-1], surname), -len(a.split())))
