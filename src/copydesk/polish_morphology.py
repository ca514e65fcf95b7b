"""Polish words as Morfeusz 2 reads them with its SGJP dictionary (both in the pinned
``morfeusz2`` wheel: nothing is downloaded), and Polish names put back in the nominative.

Polish declines names: one report writes "premier Donald Tusk", "z Donaldem Tuskiem" and
"według Tuska", "w Krakowie" and "do Krakowa". Each case form had been a name of its own,
so a report's prime minister counted as three people. SGJP knows each form's lemma, and
what kind of name it is: a given name ("imię"), a surname ("nazwisko"), a place
("nazwa_geograficzna"), a firm, an organisation or an institution. Foreign surnames it
does not know ("Bidenem", "Zełenskiego") lose the Polish case ending that a man's
surname takes (:func:`foreign_nominative`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from copydesk.cities import a_citys_own_name, city_population
from copydesk.countries import english_name

GIVEN = "imię"
SURNAME = "nazwisko"
PLACE = "nazwa_geograficzna"
PLACE_PART = "człon_nazwy_geograficznej"
COMMON = "nazwa_pospolita"
#: SGJP's kinds of an organisation's name.
ORGANISATION_KINDS = frozenset({"nazwa_firmy", "nazwa_organizacji", "nazwa_instytucji"})
#: Lemmas of titles and roles written before a person's name.
TITLES = frozenset(
    "premier premiera prezydent prezydentka minister ministra wicepremier wiceminister "
    "marszałek marszałkini poseł posłanka senator senatorka rzecznik rzeczniczka szef "
    "szefowa prezes prezeska dyrektor dyrektorka burmistrz wójt starosta wojewoda "
    "prokurator prokuratorka sędzia komendant komendantka generał kanclerz sekretarz "
    "ambasador ambasadorka trener trenerka kapitan pan pani ksiądz biskup arcybiskup "
    "papież król królowa przewodniczący przewodnicząca doradca doradczyni mer "
    "prezydentowa lider liderka pisarz pisarka aktor aktorka reżyser reżyserka piłkarz "
    "piłkarka zawodnik zawodniczka bramkarz obrońca napastnik pomocnik naczelnik "
    "inspektor podinspektor nadkomisarz komisarz aspirant profesor doktor dr prof "
    "mecenas adwokat radca wiceprezes wicedyrektor wicemarszałek wiceprzewodniczący "
    "wiceprzewodnicząca kardynał prymas gubernator negocjator wysłannik "
    "wysłanniczka koordynator rektor dziekan ekspert ekspertka analityk analityczka".split())
#: Parts of speech that agree with the noun before them ("Unii Europejskiej").
_AGREEING = frozenset({"adj", "ppas", "pact"})


@dataclass(frozen=True)
class Reading:
    """One reading of a word: its lemma as SGJP writes it ("Tusk:Sm1"), part of speech,
    numbers, cases and genders (a tag may give several: "sg:gen.acc:m1"), kinds, and the
    whole tag (a verb's: "praet:sg:f:perf")."""

    lemma: str
    pos: str
    numbers: frozenset[str]
    cases: frozenset[str]
    genders: frozenset[str]
    kinds: frozenset[str]
    tag: str = ""

    @property
    def base(self) -> str:
        """The lemma without SGJP's homonym mark: "Tusk" for "Tusk:Sm1"."""
        return self.lemma.split(":", 1)[0]

    @property
    def proper(self) -> bool:
        return self.base[:1].isupper()


def available() -> bool:
    try:
        import morfeusz2  # noqa: F401
    except ImportError:
        return False
    return True


@lru_cache(maxsize=1)
def _morfeusz() -> Any:
    import morfeusz2

    return morfeusz2.Morfeusz()


@lru_cache(maxsize=65536)
def readings(word: str) -> tuple[Reading, ...]:
    """The readings of ``word`` as one segment (none for a word SGJP does not know, or
    splits: "Bielsko-Biała")."""
    found = _morfeusz().analyse(word)
    last = max((end for _, end, _ in found), default=0)
    out = []
    for start, end, (_, lemma, tag, kinds, _) in found:
        if start != 0 or end != last or tag == "ign":
            continue
        parts = tag.split(":")
        out.append(Reading(lemma, parts[0], _field(parts, 1), _field(parts, 2),
                           _field(parts, 3), frozenset(kinds), tag))
    return tuple(out)


def tense(word: str) -> str | None:
    """"past" or "future" when every reading of ``word`` is a verb of that tense: a past
    form ("podpisał", "odbyła się"), a perfective verb's present form, which is its
    future ("podpisze"), or "będzie"; else None ("jest", "rozmawia", a noun)."""
    found = readings(word)
    tenses = {"past" if r.pos == "praet" else "future" if r.pos == "bedzie" or (
        r.pos == "fin" and "perf" in r.tag.split(":")) else "" for r in found}
    return tenses.pop() or None if len(tenses) == 1 else None


def _field(parts: list[str], i: int) -> frozenset[str]:
    return frozenset(parts[i].split(".")) if len(parts) > i else frozenset()


@lru_cache(maxsize=65536)
def kinds(word: str) -> frozenset[str]:
    """What kinds of name ``word`` may be (its proper readings' kinds; "Polacy" is a
    capitalised common noun, no name)."""
    return frozenset(k for r in readings(word) if r.proper for k in r.kinds) - {COMMON}


def a_nationality(word: str) -> bool:
    """A people's or a nationality's noun, capitalised as Polish writes them ("Polacy",
    "Portugalczyk"): SGJP reads it with a capitalised lemma but as a common noun."""
    found = readings(word)
    return any(r.proper and r.kinds == {COMMON} for r in found) and not kinds(word)


def is_title(word: str) -> bool:
    """A title or role written before a person's name, in any case ("ministra", "premierem")."""
    return bool(lemmas(word.rstrip(".")) & TITLES)


@lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """The lemmas of ``word`` read as a common word, lower case ("premier" for "premiera")."""
    return frozenset(r.base.lower() for r in readings(word.lower()))


#: Case endings of a foreign man's surname SGJP does not know, longest first: the
#: genitive, dative, instrumental and locative ("Bidena", "Bidenowi", "Bidenem",
#: "Bidenie"), and an adjectival surname's ("Zełenskiego", "Zełenskiemu", "Zełenskim").
_ADJECTIVAL = re.compile(r"(?<=[sc]k)(?:iego|iemu|im)$")
_NOUN_ENDING = re.compile(r"(?<=[^aeiouyąęó])(?:owi|em|ie|a|u)$")
#: The endings no nominative of a foreign name has (not "-a": "Sybiha", "Kuleba").
_OBLIQUE_ENDING = re.compile(r"(?<=[^aeiouyąęó])(?:owi|em)$")


def foreign_nominative(word: str, declined: bool = True) -> str:
    """A foreign man's name without the case ending Polish gives it; "Pete'em" is Pete.
    ``declined``: the name is known to be in another case than the nominative, so an
    ending "-a" or "-u" goes too ("Joe Bidena"); otherwise it stays ("Andrij Sybiha")."""
    if readings(word):
        return word
    apostrophe = re.search(r"['’]\w{1,3}$", word)
    if apostrophe is not None:
        return word[:apostrophe.start()]
    if len(word) < 5:
        return word
    adjectival = _ADJECTIVAL.sub("i", word)
    if adjectival != word:
        return adjectival
    return (_NOUN_ENDING if declined else _OBLIQUE_ENDING).sub("", word)


def nominative(name: str, label: str | None) -> str:
    """``name`` in the nominative: a person's every word; another name's noun, the
    adjectives before it and those after it that agree with it ("Ministerstwa Spraw
    Zagranicznych" is "Ministerstwo Spraw Zagranicznych", "Stanów Zjednoczonych" "Stany
    Zjednoczone", "Zielonej Górze" "Zielona Góra"); what follows stays as written."""
    words = name.split(" ")
    if label == "person":
        feminine = _feminine(words[0], words[-1] if len(words) > 1 else "")
        declined = _declined(words[0]) if len(words) > 1 else False
        return " ".join(_persons_word(w, i, len(words), feminine, declined)
                        for i, w in enumerate(words))
    if len(words) > 2 and words[1] == "i":
        # "Prawa i Sprawiedliwości": each side of "and" in the nominative, the first word
        # read in a case of the second ("Prawa" is prawo's genitive here, not prawa)
        second = nominative(" ".join(words[2:]), label)
        cases = frozenset().union(*(r.cases for r in readings(words[2]))) - {"voc"} - (
            {"nom"} if second != " ".join(words[2:]) else set())
        first = next((r for r in readings(words[0])
                      if r.pos in ("subst", "depr") and r.cases & cases), None)
        return " ".join((_form_of(words[0], first.lemma, first.pos, first.numbers,
                                  first.genders) if first else words[0], "i", second))
    at, head = _head(words, label)
    if head is None:
        return name
    out = [_form_of(w, _agreeing(w, head).lemma, "adj", head.numbers, head.genders)
           for w in words[:at]]
    out.append(_form_of(words[at], head.lemma, head.pos, head.numbers, head.genders))
    for i in range(at + 1, len(words)):
        reading = _agreeing(words[i], head)
        if reading.lemma == "":
            return " ".join(out + words[i:])
        out.append(_form_of(words[i], reading.lemma, reading.pos,
                            head.numbers & reading.numbers, head.genders & reading.genders))
    return " ".join(out)


_NONE = Reading("", "", frozenset(), frozenset(), frozenset(), frozenset())


def _agreeing(word: str, noun: Reading) -> Reading:
    """A reading of ``word`` as an adjective or participle agreeing with ``noun``."""
    return next((r for r in readings(word) if r.pos in _AGREEING and r.numbers & noun.numbers
                 and r.cases & noun.cases and r.genders & noun.genders), _NONE)


def _head(words: list[str], label: str | None = None) -> tuple[int, Reading | None]:
    """The noun a name is built on: its place among the words (after up to two adjectives
    agreeing with it), and its reading — one the words around it agree with, a place's
    (only a place's, for a place: "Gdańska" is Gdańsk, not the surname Gdańska) or an
    organisation's before a common noun's."""
    best: tuple[int, Reading | None] = (0, None)
    for at in range(min(3, len(words))):
        nouns = [r for r in readings(words[at]) if r.pos in ("subst", "depr")
                 and all(_agreeing(w, r).lemma for w in words[:at])]
        if label == "place" and len(words) == 1:
            nouns = [r for r in nouns if r.kinds & {PLACE, PLACE_PART}] or nouns
        if not nouns:
            if at:
                break
            continue
        if at + 1 < len(words):
            nouns = [r for r in nouns if _agreeing(words[at + 1], r).lemma] or nouns
        word = words[at]
        nouns.sort(key=lambda r: (
            # an acronym is itself: "PiS", not the genitive of the city Pisa
            not (r.base == word and sum(ch.isupper() for ch in word) > 1),
            # a country, then the biggest city: "Niemiec" is Niemcy (not the village
            # Niemce), "Łodzi" Łódź (not Łodzia), "Krosna" Krosno (not the village Krosna)
            not english_name(r.base), -city_population(r.base, "pl"),
            not a_citys_own_name(r.base),
            # a word that is its own lemma is a nominative already ("Węgry", not "Węgra")
            not (r.base == word and "nom" in r.cases), PLACE_PART not in r.kinds,
            not (r.kinds & (ORGANISATION_KINDS | {PLACE})), not r.proper,
            "sg" not in r.numbers))
        best = (at, nouns[0])
        if not at and (len(words) < 2 or not any(_agreeing(words[0], r).lemma
                                                 for r in readings(words[1]))):
            break  # no adjective first: the first word is the noun
    return best


def _persons_word(word: str, at: int, words: int, feminine: bool, declined: bool) -> str:
    """A word of a person's name in the nominative: a given name first, a surname last;
    ``declined``: the name is written in another case than the nominative."""
    people = [r for r in readings(word) if r.kinds & {GIVEN, SURNAME}]
    if not people:
        if feminine or (word.endswith(("ą", "ę")) and at == 0 and words > 1):
            return _FEMININE_ENDING.sub("a", word) if not readings(word) else word
        return foreign_nominative(word, declined) if at in (0, words - 1) else word
    wanted = [r for r in people if ("f" in r.genders) == feminine] or people
    kind = GIVEN if at == 0 and words > 1 else SURNAME
    reading = next((r for r in wanted if kind in r.kinds), wanted[0])
    return _form_of(word, reading.lemma, reading.pos, frozenset({"sg"}),
                    frozenset({"f"}) if feminine else reading.genders)


def name_word(word: str) -> str:
    """One word of a name in the nominative, read alone: its likeliest name's reading (a
    country's, a city's, a surname's: "Tuska" is Tusk, "Krakowie" Kraków), or a foreign
    man's name without its case ending ("Bidena"). For keys that must meet across cases,
    not for display: "Sybiha" loses its "-a" too."""
    return nominative(word, None) if readings(word) else foreign_nominative(word)


def _declined(given: str) -> bool:
    """Whether a given name is written in another case than the nominative: SGJP reads it
    so ("Donaldem"), or it has an oblique case's ending it does not know ("Wołodymyrem")."""
    found = [r for r in readings(given) if GIVEN in r.kinds]
    if found:
        return not any("nom" in r.cases for r in found)
    return _OBLIQUE_ENDING.search(given) is not None or _FEMININE_ENDING.search(given) is not None


def _feminine(given: str, surname: str = "") -> bool:
    """Whether a person is a woman: a given name only ever a woman's ("Anną"; "Joe" is a
    man's), or of either and a surname only ever a woman's ("Karoliną Wiśniewską": Karolin
    is a man's name too)."""
    genders = {g for r in readings(given) if GIVEN in r.kinds for g in r.genders}
    if genders == {"f"} or (not genders and given.endswith(("ą", "ę"))):
        return True
    surnames = {g for r in readings(surname) if SURNAME in r.kinds for g in r.genders}
    return "f" in genders and surnames == {"f"}


#: A foreign woman's given name in the instrumental or the accusative ("z Ursulą", "Kamalę").
_FEMININE_ENDING = re.compile(r"[ąę]$")


def _form_of(word: str, lemma: str, pos: str, numbers: frozenset[str],
             genders: frozenset[str]) -> str:
    """The nominative of ``lemma`` with ``pos``, a number of ``numbers`` and a gender of
    ``genders``, written with ``word``'s capital; ``word`` itself when SGJP has none."""
    for form, _, tag, _, _ in _generated(lemma):
        parts = tag.split(":")
        if parts[0] != pos or len(parts) < 4 or "nom" not in parts[2].split("."):
            continue
        if not set(parts[1].split(".")) & numbers or not set(parts[3].split(".")) & genders:
            continue
        if pos in _AGREEING and parts[-1] not in ("pos", "aff"):
            continue
        if word.isupper():
            return word
        return form[:1].upper() + form[1:] if word[:1].isupper() else form
    return word


@lru_cache(maxsize=16384)
def _generated(lemma: str) -> tuple[tuple[str, str, str, list[str], list[str]], ...]:
    return tuple(_morfeusz().generate(lemma))


__all__ = ["COMMON", "GIVEN", "ORGANISATION_KINDS", "PLACE", "PLACE_PART", "SURNAME", "TITLES",
           "Reading", "a_nationality", "available", "foreign_nominative", "is_title", "kinds",
           "lemmas", "name_word", "nominative", "readings", "tense"]
