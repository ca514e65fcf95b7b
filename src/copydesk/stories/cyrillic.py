"""Russian and Ukrainian words as story anchors: names in the nominative and in Latin
letters, other words as their lemma.

A Russian report writes "с Блинкеном", "у Блинкена", "Блинкен", a Ukrainian one "з
Блінкеном", an English one "Blinken": each case ending had been a name of its own and
no Cyrillic name met a Latin one, so no report of an event met its reports in another
script (the Cyrillic test corpus: 16 articles, 16 stories). A name's key is here its
nominative (pymorphy3, per word and cached) romanised the way the English press writes
the language (``letters.romanised``: Russian BGN/PCGN, Ukrainian the 2010 official
system), then folded: "Блинкеном" and "Блінкеном" are "blinken", "Зеленский" is
"zelenskiy", which the alias table joins with "zelensky" as it joins Latin spellings.

Two things romanisation cannot know, each solved here:

- Ukrainian г is h in Ukrainian names (Шмигаль, Shmyhal) and g in foreign ones
  (Вашингтон, Washington); Russian г is g, also in Ukrainian names (Шмыгаль) and for a
  foreign h (Гаага, Hague). No rule tells the two apart from the letters, so a name
  with г is keyed one way and also offered to the alias table the other way
  (:func:`NameForm.alternates`): it meets a Latin name spelt either way.
- Russian х is kh in Slavic names (Харьков, Kharkiv) and h in foreign ones (Нетаньяху,
  Netanyahu; ХАМАС, Hamas): a name with х is offered with "h" for "kh" too.
- Exonyms: English writes some places its own way (Москва is Moscow, Женева Geneva,
  Польша Poland), which no spelling rule reaches. A small table
  (:data:`copydesk.exonyms.EXONYMS`, shared with the entities' keys) gives the
  commonest ones, each checked to be one that the alias table does not already
  join with its English name (Берлин, Лондон, Вашингтон, Украина… need no entry).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from copydesk.countries import english_name
from copydesk.exonyms import EXONYMS
from copydesk.letters import LONG_VOWELS_HEARD, romanised
from copydesk.morphology import LANGUAGES, cased, is_known, plain_e, readings_of
from copydesk.stories.cyrillic_words import (
    NAME_POS,
    NAMED,
    common_word,
    place_of_adjective,
    town_of_region,
)
from copydesk.stories.names import MIN_VARIANT_LENGTH
from copydesk.stories.text import fold

#: Cyrillic letters: a word holding one is read here (only in a Russian or Ukrainian article).
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

#: Prepositions after which a name is a place: "в Киеве", "у Києві", "на Донбассе",
#: "под Покровском", "біля Херсона". Not Russian "у" (at someone's: "у Блинкена"), nor
#: "с"/"з" (with someone, as often as from somewhere).
LOCATIVES = {
    "ru": frozenset("в во на под около возле близ из".split()),
    "uk": frozenset("в у на під біля поблизу із".split()),
}



@dataclass(frozen=True, slots=True)
class NameForm:
    """One Cyrillic name word as an anchor: its key (Latin, folded), how to show it (the
    nominative, as written), the lower-case nominative whose frequency says how rare it
    is, and the key spelt with г read the other way (h for g, g for h) or х as h, if it
    has one.
    ``proper``: the dictionary reads the word as a name (of a person, place or body) or
    does not know it; a sentence's first word is a name when so (``anchors``)."""

    key: str
    surface: str
    native: str
    alternates: tuple[str, ...] = ()
    proper: bool = True
    #: The dictionary knows the word and reads it only as no noun or adjective: an
    #: adverb, verb, pronoun, conjunction ("Уранці", "Зокрема", "Утром" opening a
    #: sentence), never a name however rare the frequency list finds it.
    function_word: bool = False
    #: The dictionary reads the word only as a common word that names nobody when it
    #: opens a sentence (:func:`common_word`): "Гідрологи", "Вчена рада", "Следственный
    #: комитет", whom English reports call "Hydrologists" and "Investigators".
    common_word: bool = False


def cyrillic(word: str) -> bool:
    return _CYRILLIC.search(word) is not None


@lru_cache(maxsize=200_000)
def name_form(word: str, language: str, place: bool = False) -> NameForm:
    """A capitalised Cyrillic word of a ``language`` ("ru", "uk") article as a name;
    ``place`` when a locative preposition comes before it ("у Харкові": the city, not
    the surname Харко)."""
    if word.isupper() and len(word) <= 3:
        nominal = word  # an acronym: "МИД", "ПВО", "США"
    else:
        written = word.title() if word.isupper() else word
        nominal = nominative(written, language, place)
    proper = _proper(word, language)
    town = place_of_adjective(word, language)
    if town is not None:  # "Харківського університету": Kharkiv's, a name of the city
        nominal, proper = cased(town, nominal), True
    native = plain_e(nominal.lower(), "")
    function_word = not proper and is_known(word, language) and not any(
        p.tag.POS in NAME_POS for p in readings_of(word, language))
    common = not proper and not function_word and common_word(word, language)
    country = english_name(native)
    exonym = EXONYMS.get(native) or (country if country and " " not in country else None)
    if exonym is not None:
        return NameForm(exonym, nominal, native, proper=proper,
                        function_word=function_word, common_word=common)
    key = fold(romanised(nominal, ukrainian=language == "uk"))
    spellings = [key]
    if "г" in native:
        if language == "uk":  # г read as g: Ukrainian writes a foreign g with г, rarely ґ
            spellings.append(fold(romanised(nominal.replace("г", "ґ").replace("Г", "Ґ"),
                                            ukrainian=True)))
        else:  # Russian romanisation writes g for г only
            spellings.append(key.replace("g", "h"))
        spellings += _mixed_readings(spellings[0], spellings[1])
    if "х" in native:  # х read as h: a foreign h in Russian (Нетаньяху, Netanyahu)
        spellings += [spelling.replace("kh", "h") for spelling in spellings]
    if "дж" in native:  # дж read as an English j: "Дженнифер", Jennifer (a held-out probe)
        spellings += [spelling.replace("dzh", "j") for spelling in spellings]
    if language == "uk" and ("й" in native or "и" in native):
        # й and и read the Russian way (y, i): Ukrainian writes a Turkish "Aydın" as
        # "Айдин", keyed "aidyn", which had met no Latin spelling (a held-out probe)
        spellings.append(fold(romanised(nominal, ukrainian=False)))
    if language == "ru" and key.endswith("iy"):
        # -ий as the English press ends a Russian name, -y: "Василий" is Vasily, which
        # meets the Ukrainian form Vasyl (a cross-script probe's mayor), "vasiliy" not
        spellings.append(key[:-2] + "y")
    spellings += [english for s in spellings if (english := _english_spelling(s)) != s]
    spellings += [polish for s in spellings if (polish := _polish_spelling(s)) != s]
    region_town = town_of_region(word, language)
    if region_town is not None:  # "на Полтавщині" also meets Poltava (names.py)
        spellings.append(name_form(cased(region_town, word), language, True).key)
    alternates = tuple(dict.fromkeys(s for s in spellings if s != key))
    return NameForm(key, nominal, native, alternates, proper, function_word, common)


#: Most г letters of one word read each way (2 ** 3 spellings at most).
_MAX_MIXED_G = 3


def _mixed_readings(as_written: str, other: str) -> list[str]:
    """The spellings of a word with some of its г read as g and the others as h, from
    its two spellings that read every г one way (equal in length, as h and g are one
    letter each): a foreign name may have both, "Гамбург" is Hamburg, whose Ukrainian
    key "hamburh" and its other reading "gamburg" had met no English report datelined
    HAMBURG. Both whole readings are left out (they are the word's key and alternate)."""
    if len(as_written) != len(other):
        return []
    at = [i for i, (x, y) in enumerate(zip(as_written, other, strict=True)) if x != y]
    if not 1 < len(at) <= _MAX_MIXED_G:
        return []
    mixed = []
    for mask in range(1, 2 ** len(at) - 1):
        letters = list(as_written)
        for bit, i in enumerate(at):
            if mask >> bit & 1:
                letters[i] = other[i]
        mixed.append("".join(letters))
    return mixed


#: A long vowel before a name's last consonant, as Russian and Ukrainian write the sound
#: (romanised) → the English vowel that a silent final "e" lengthens: "Майк" Mike, "Кейт"
#: Kate, "Роуз" Rose, "Люк" Luke.
_ENGLISH_VOWEL = {heard: vowel for vowel, spellings in LONG_VOWELS_HEARD.items()
                  for heard in spellings}
_LONG_VOWEL = re.compile(rf"(?<![aeiouy])({'|'.join(_ENGLISH_VOWEL)})([bdfgklmnprstvz])$")


def _english_spelling(key: str) -> str:
    """A romanised name as English spells it with a silent final "e", if it has one:
    a long vowel before the last consonant ("mayk" → "mike"), or a short name's final
    "o" ("jo" → "joe", "Джо": a longer name meets such a spelling by similarity, but a
    short one meets only itself, ``names.MIN_VARIANT_LENGTH``). Written by ear, such a
    name had met no English spelling ("mayk" and "mike" are 50 alike; a held-out
    probe's Джо Байден)."""
    if len(key) < MIN_VARIANT_LENGTH and key.endswith("o"):
        return key + "e"
    return _LONG_VOWEL.sub(lambda m: _ENGLISH_VOWEL[m.group(1)] + m.group(2) + "e", key)


#: A surname's -ський/-ский romanised, as Polish writes it: -ski, -wski after a v.
_SKI = re.compile(r"(v?)sk(?:yi|iy|ii)$")
#: Ukrainian and Russian write a Polish ą or ę before b or p as the sound, ом or ем
#: ("Домбровський", Dąbrowski): English drops the mark, leaving a or e.
_NASAL = re.compile(r"(?<=[^aeiouy])([oe])m(?=[bp])")


def _polish_spelling(key: str) -> str:
    """A romanised surname in -skyi as Polish spells it (the key itself if none): a Polish
    name comes through Ukrainian or Russian with its ending and nasal vowels written by
    ear, and "dombrovskyi" had met no English report's "Dabrowski" (a cross-script
    probe's deputy minister: other block, 70 alike). Offered as another spelling only."""
    if _SKI.search(key) is None:
        return key
    stem = _SKI.sub(lambda m: ("w" if m.group(1) else "") + "ski", key)
    return _NASAL.sub(lambda m: "a" if m.group(1) == "o" else "e", stem)


def _proper(word: str, language: str) -> bool:
    """Whether the dictionary reads ``word`` as a name, or does not know it."""
    if not is_known(word, language):
        return True
    return any(NAMED & p.tag.grammemes for p in readings_of(word, language))


def nominative(word: str, language: str, place: bool = False) -> str:
    """``word`` (one word of a name) in the nominative singular, keeping its gender
    ("Захаровой" is "Захарова", "Зеленским" "Зеленский"). Readings that name someone or
    somewhere are preferred when there are any (the guesser also offers "байденом" as a
    nominative thing), inanimate ones after a locative preposition. Left as written: a
    word that may already be a nominative ("Песков" is also the genitive of "песок"), one
    read only as a plural ("Синегубов"), and a word the dictionary does not know ending
    in -а or -я read as nobody's genitive (the guesser reads "Кулеба" as the genitive of
    a "кулеб"). Of the other readings, the one whose nominative keeps most of the word."""
    readings = [p for p in readings_of(word, language)
                if p.tag.POS in NAME_POS and "plur" not in p.tag.grammemes]
    if not readings:
        return word
    named = [p for p in readings if NAMED & p.tag.grammemes]
    if place:
        named = [p for p in named if "anim" not in p.tag.grammemes] or \
            [p for p in readings if "anim" not in p.tag.grammemes] or named
    pool = named or readings
    if any(p.tag.case == "nomn" for p in pool):
        return word
    if not named and word[-1:].lower() in "ая" and not is_known(word, language):
        return word
    forms = [_nominative_of(p) for p in pool]
    best = max((f for f in forms if f), key=lambda f: _kept(word.lower(), f), default=None)
    return word if best is None else cased(plain_e(best, word), word)


def _nominative_of(parse: Any) -> str | None:
    form = parse.inflect({"nomn", "sing"}) or parse.inflect({"nomn"})
    return None if form is None else str(form.word)


def _kept(word: str, form: str) -> tuple[int, int]:
    """How much of ``word`` its nominative ``form`` keeps: the letters they share at the
    start, then (closer is better) the difference of their lengths."""
    n = 0
    for a, b in zip(word, form, strict=False):
        if a != b:
            break
        n += 1
    return n, -abs(len(word) - len(form))


@lru_cache(maxsize=200_000)
def lemma(word: str, language: str) -> str:
    """A lower-case Cyrillic word's dictionary form ("переговоров" → "переговоры",
    "зустрілися" → "зустрітися"), ё as е; the word itself when unknown to the language."""
    if language not in LANGUAGES:
        return word
    readings = readings_of(word, language)
    if not readings:
        return word
    # Among the likeliest readings (the Ukrainian dictionary scores every one 1.0), a
    # numeral first and an imperative last: news counts more than it commands. "три" is
    # three, not the imperative of "терти" (to rub), which had made a heavy keyword of a
    # Ukrainian report's "три ікони", and "сорок" forty, not magpies.
    best = max(p.score for p in readings)
    chosen = min((p for p in readings if p.score == best),
                 key=lambda p: ("impr" in p.tag.grammemes, p.tag.POS != "NUMR"))
    return plain_e(str(chosen.normal_form), "")
