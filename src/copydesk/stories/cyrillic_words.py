"""Which place a Russian or Ukrainian word is of, and which capitalised words are only
common ones: dictionary readings (pymorphy3) that key a story's anchors across scripts.

English writes a place's name where Russian and Ukrainian write its adjective
("Харківський університет", Kharkiv University) or the region named after it ("на
Полтавщині", in the Poltava region), and it calls the people of an event by a common
noun where those languages may open a sentence with one ("Гідрологи", "Hydrologists"):
each had kept a report from meeting its English one (a cross-script probe of the
thirty-fifth session, docs/stories.md).
"""

from __future__ import annotations

import re
from functools import lru_cache

from copydesk.morphology import readings_of
from copydesk.stories.text import rarity

#: Parts of speech a name's word may be read as ("Зеленским" is an adjective's case).
NAME_POS = frozenset({"NOUN", "ADJF", "PRTF"})
#: Grammemes of readings that name someone or somewhere.
NAMED = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})


#: Endings of adjectives made from a place's name (the lemma's): "харківський",
#: "харьковский", "донецький" → the stem the place's name is read from.
_PLACE_ADJECTIVE = re.compile(r"(?:(?<=ц)ький|(?<=ц)кий|ський|ский)$")
#: What a place's name adds to an adjective's stem: Харків, Полтава, Луганськ, Донецьк,
#: and Одеса, whose с the adjective's ending swallows ("одеський").
_PLACE_ENDINGS = ("", "а", "я", "ськ", "ск", "ьк", "к", "са")
#: A region named after its town: "Полтавщина", "Харківщина" (its lemma's ending).
_REGION = re.compile(r"щина$")


def _a_place(word: str, language: str) -> bool:
    """Whether the dictionary reads the lower-case ``word`` as the nominative of a
    place's name: Russian tags places (Geox); the Ukrainian dictionary tags none, so an
    inanimate noun in the singular is taken ("харків", "полтава"). Only the dictionary's
    own readings: its guesser reads "Соколовск" as a place, and the surname Соколовский
    had become one."""
    for p in readings_of(word.capitalize(), language):
        g = p.tag.grammemes
        if not p.is_known or p.tag.POS != "NOUN" or p.tag.case != "nomn" or \
                "plur" in g or str(p.normal_form) != word:
            continue
        if "Geox" in g if language == "ru" else "inan" in g and not NAMED & g:
            return True
    return False


#: Shortest place read from an adjective: shorter nouns are mostly common words ("міський",
#: a city's, had read as "міс").
_MIN_TOWN_LETTERS = 4


def _town_from_stem(stem: str, language: str, adjective: str) -> str | None:
    """The place an adjective's (or region's) stem names, if the dictionary knows one and
    it is the commoner word of the two: an adjective commoner than its place lives a life
    of its own ("Мариинский", of the theatre, is no adjective of Mariinsk to a reader)."""
    for end in _PLACE_ENDINGS:
        town = stem + end
        if len(town) >= _MIN_TOWN_LETTERS and _a_place(town, language):
            return town if rarity(town, language) < rarity(adjective, language) else None
    return None


@lru_cache(maxsize=50_000)
def place_of_adjective(word: str, language: str) -> str | None:
    """The place (lower-case nominative) a capitalised adjective is made from, when the
    dictionary reads the word only as an adjective: "Харківського" → "харків". English
    writes the place's name ("Kharkiv University"): the adjective's own key,
    "kharkivskyi", had met no English report of the rector's election (a cross-script
    probe). A surname of adjective form ("Зеленський", Surn) is left alone."""
    readings = [p for p in readings_of(word, language) if p.tag.POS in NAME_POS]
    if not readings or any(p.tag.POS != "ADJF" or NAMED & p.tag.grammemes
                           for p in readings):
        return None
    lemma_ = str(readings[0].normal_form)
    if not _PLACE_ADJECTIVE.search(lemma_):
        return None
    return _town_from_stem(_PLACE_ADJECTIVE.sub("", lemma_), language, lemma_)


@lru_cache(maxsize=50_000)
def town_of_region(word: str, language: str) -> str | None:
    """The town a region in -щина is named after ("Полтавщині" → "полтава"), offered as
    the region's other spelling only: the Ukrainian dam report's event place "на
    Полтавщині" had been a place conflict with the English dateline POLTAVA. Not its key:
    the region is more than its town, and two towns of one region stay two places."""
    nouns = [p for p in readings_of(word, language) if p.tag.POS == "NOUN"]
    lemma_ = str(nouns[0].normal_form) if nouns else ""
    if not _REGION.search(lemma_):
        return None
    return _town_from_stem(_REGION.sub("", lemma_), language, lemma_)


def common_word(word: str, language: str) -> bool:
    """Whether the dictionary reads ``word`` (known, with no reading that names
    anyone) only as an adjective ("Следственный"), a plural noun ("Гідрологи") or a
    noun of someone ("Вчена", "Аналитик"; a Ukrainian surname of that form, "Коваль",
    has its surname's reading too). Such a word opening a sentence is no name however
    rare. A noun of something is left to its rarity: the Ukrainian dictionary tags no
    place ("Варшава", "Кременчук" are common nouns to it), the Russian one no "Кремль"."""
    readings = [p for p in readings_of(word, language) if p.tag.POS in NAME_POS]
    if not readings:
        return False
    for p in readings:
        if p.tag.POS in {"ADJF", "PRTF"} or "plur" in p.tag.grammemes:
            continue
        if p.tag.POS == "NOUN" and "anim" in p.tag.grammemes:
            continue
        return False
    return True
