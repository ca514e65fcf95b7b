"""Russian and Ukrainian names in the nominative, so that one person is one name: the
same article writes "Энтони Блинкен", "с Блинкеном", "у Блинкена", and each case ending
made a name of its own (its key differs). pymorphy3 and its Russian and Ukrainian
dictionaries (OpenCorpora's and LanguageTool's, in the pinned ``pymorphy3-dicts-ru`` and
``-uk`` wheels) give each word's readings; a name is put back in the nominative word by
word, keeping each word's gender and number.

Traps, each a test: a woman's surname keeps its gender ("Марии Захаровой" is "Мария
Захарова", not the dictionary's lemma "захаров", who is another person: Илья Захаров);
a word that may already be a nominative is left as written ("Иванова" may be Ivanova
or Ivanov's genitive: leaving it keeps two people apart rather than merging them);
of a place or an organisation only the head is inflected, its adjectives with it
("Высшей школы экономики" is "Высшая школа экономики", "МИД России" stays).

natasha's own normaliser needs pymorphy2, which does not run on Python 3.11
(``inspect.getargspec`` is gone), so it is not used.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from copydesk.extract.mentions import Candidate
from copydesk.letters import has_cyrillic
from copydesk.morphology import cased as _cased
from copydesk.morphology import is_known, readings_of
from copydesk.morphology import plain_e as _plain_e

#: Parts of speech that agree with a noun before it ("Соединенных" is a participle).
_ADJECTIVES = ("ADJF", "PRTF")
#: Grammemes of a reading that names a person.
PERSON_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


#: The readings (pymorphy3 parses) of a word, cached (shared with the stories stage).
_parses = readings_of
__all__ = ["PERSON_GRAMMEMES", "is_known", "kinds_of", "name_gender", "nominative",
           "nominatives", "readings_of"]


def kinds_of(word: str, language: str) -> frozenset[str]:
    """What the dictionary's readings of ``word`` say it may be: "person" (a given name,
    surname or patronymic), "place" (a Geox reading), "adjective", "thing" (another noun)."""
    kinds = set()
    for p in _parses(word, language):
        if PERSON_GRAMMEMES & p.tag.grammemes:
            kinds.add("person")
        elif "Geox" in p.tag.grammemes:
            kinds.add("place")
        elif p.tag.POS in ("ADJF", "ADJS"):
            kinds.add("adjective")
        elif p.tag.POS == "NOUN":
            kinds.add("thing")
    return frozenset(kinds)


def name_gender(name: str, language: str) -> str | None:
    """"m" or "f" as a person's name written in a Russian or Ukrainian text tells it:
    the given name's gender when its readings agree ("Анна", "Олексій"), else the
    surname's when all its surname readings agree ("Беловой", "Кравець" is either);
    None when they do not ("Белова" may be Belova or Belov's genitive). A held-out
    probe's «…», — сказала она had gone to the man named last, though the article's
    only woman, Анна Белова, had spoken just before."""
    words = name.split()
    if len(words) > 1:
        given = _genders(words[0], language, "Name")
        if len(given) == 1:
            return _MF.get(given.pop())
    surname = _genders(words[-1], language, "Surn")
    return _MF.get(surname.pop()) if len(surname) == 1 else None


def _genders(word: str, language: str, grammeme: str) -> set[str]:
    """The genders of the singular readings of ``word`` that carry ``grammeme``."""
    return {p.tag.gender or "" for p in _parses(word, language)
            if grammeme in p.tag.grammemes and "plur" not in p.tag.grammemes}


#: pymorphy's genders as the quote finder writes them.
_MF = {"masc": "m", "femn": "f"}


def nominatives(found: list[Candidate], language: str) -> list[Candidate]:
    """An article's candidates with their surfaces in the nominative (:func:`nominative`);
    a surname alone that the dictionary cannot put back takes the surname of a full name
    of the article that it is a case of ("Кулебы" after "Дмитрий Кулеба"), and so does
    one that reads as a woman's nominative but is also a case of a man's surname the
    article gives in full, when it names no woman of that surname ("по словам Ермакова"
    after "Виктор Ермаков": Ермакова had been a second person, a woman)."""
    out = [replace(c, surface=nominative(c.surface, c.label, language)) for c in found]
    surnames = {c.surface.rsplit(" ", 1)[1] for c in out
                if c.label == "person" and " " in c.surface}
    for i, c in enumerate(out):
        if " " not in c.surface and c.surface not in surnames and c.label in ("person", None):
            stems = [s for s in surnames
                     if _a_case_of(c.surface, s) or _a_mans_case_of(c.surface, s, language)]
            if len(stems) == 1:
                out[i] = replace(c, surface=stems[0])
    return out


def _a_case_of(word: str, surname: str) -> bool:
    """Whether ``word`` is ``surname`` with another case ending: the same letters but
    the surname's last, and at most three more ("Кулебы", "Кулебой" of "Кулеба"; not
    "Захаров" of "Захарова", which reads as a nominative of its own)."""
    stem = surname[:-1] if surname[-1:].lower() in "аяоеьйыи" else surname
    return (len(stem) >= 4 and word.startswith(stem) and len(word) - len(stem) <= 3
            and not any(p.tag.case == "nomn" and PERSON_GRAMMEMES & p.tag.grammemes
                        for p in _parses(word, "ru" if not set(word) & set("іїєґ") else "uk")))


def _a_mans_case_of(word: str, surname: str, language: str) -> bool:
    """Whether ``word`` is a case other than the nominative of ``surname``, a man's
    (Ермакова, Ермакову of Ермаков; the dictionary reads them as a woman's too)."""
    lemma = surname.lower()
    return any(p.tag.case != "nomn" and p.tag.gender == "masc" and "Surn" in p.tag
               and p.normal_form == lemma for p in _parses(word, language)) and any(
        p.tag.case == "nomn" and p.tag.gender == "masc" and p.normal_form == lemma
        for p in _parses(surname, language))


def nominative(surface: str, kind: str | None, language: str) -> str:
    """``surface`` (a name as written in a ``language`` article) in the nominative: every
    word of a person's name; a place's or organisation's leading adjectives and head
    noun (the words after it are its genitive complement: "Банк России")."""
    words = surface.split(" ")
    if kind == "person":
        gender, name_cases = _given_name(words, language)
        return " ".join(_person_word(w, language, gender, name_cases) for w in words)
    nouns = [i for i, w in enumerate(words) if _readable(w) and _readings(w, language, ("NOUN",))]
    # the head is a noun that is no adjective ("Покровському" may be a noun too)
    head = next((i for i in nouns if not _readings(words[i], language, _ADJECTIVES)),
                nouns[0] if nouns else None)
    if head is None or any(not _readable(w) for w in words[:head]):
        return surface  # "МИД России", a dateline's capitals, a Latin name
    cases: set[str] | None = None  # the adjectives' shared cases ("Государственной думы")
    genders: set[str] | None = None  # and genders ("Національного банку": not a jar's)
    for w in words[:head]:
        found = {p.tag.case for p in _readings(w, language, _ADJECTIVES)}
        cases = found if cases is None else cases & found
        sexes = {p.tag.gender for p in _readings(w, language, _ADJECTIVES) if p.tag.gender}
        genders = sexes if genders is None else genders & sexes
    noun = _best(words[head], language, kind, ("NOUN",), cases, genders)
    if noun is None:
        return surface
    agree = {"nomn"} | ({noun.tag.number} if noun.tag.number else set())
    if noun.tag.number != "plur" and noun.tag.gender in ("masc", "femn", "neut"):
        agree.add(noun.tag.gender)
    out = []
    for w in words[:head]:  # its adjectives, as the head's nominative agrees
        adjective = _best(w, language, kind, _ADJECTIVES, {noun.tag.case})
        form = None if adjective is None else _inflect_like(adjective, agree, w)
        out.append(w if form is None else _cased(_plain_e(form.word, w), w))
    out.append(_cased(_inflected(noun, words[head]), words[head]))
    return " ".join(out + words[head + 1:])


def _readable(word: str) -> bool:
    """A word the dictionary may inflect: Cyrillic, and not an acronym in capitals."""
    return has_cyrillic(word) and not word.isupper()


def _readings(word: str, language: str, pos: tuple[str, ...]) -> list[Any]:
    return [p for p in _parses(word, language) if p.tag.POS in pos]


def _given_name(words: list[str], language: str) -> tuple[str | None, set[str] | None]:
    """The gender and the cases a person's given name gives ("Марии": femn, gent or
    datv or loct), when a reading of the first word is a given name."""
    if len(words) < 2:
        return None, None
    # singular and declined: "Марии" is also a plural nominative, "Энтони" any case
    names = [p for p in _parses(words[0], language) if "Name" in p.tag.grammemes
             and "plur" not in p.tag.grammemes and "Fixd" not in p.tag.grammemes]
    genders = {p.tag.gender for p in names}
    return (genders.pop() if len(genders) == 1 else None,
            {p.tag.case for p in names} or None)


def _person_word(word: str, language: str, gender: str | None,
                 cases: set[str] | None) -> str:
    readings = [p for p in _parses(word, language) if PERSON_GRAMMEMES & p.tag.grammemes
                and "plur" not in p.tag.grammemes
                and (gender is None or gender in p.tag.grammemes or "ms-f" in p.tag.grammemes)]
    if cases is not None:
        # the given name's case is the surname's ("Дмитрием Кулебой": instrumental)
        if "nomn" in cases:
            return word
        same = [p for p in readings if p.tag.case in cases]
        if same:
            return _cased(_inflected(same[0], word), word)
        return _by_ending(word, language, unknown=True)
    if not readings:
        return _by_ending(word, language)
    if any(p.tag.case == "nomn" for p in readings):
        return word
    return _cased(_inflected(readings[0], word), word)


#: Case endings of a name the dictionary does not know as one, and the nominative's: the
#: surnames in -а of Ukrainian men ("Кулебой", "Кулеби", "Кулебою" are Кулеба). Only
#: these: an unknown name in any other ending is left as written.
_ENDINGS = {"ru": (("ой", "а"), ("ою", "а"), ("ы", "а")),
            "uk": (("ою", "а"), ("ої", "а"), ("и", "а"))}


def _by_ending(word: str, language: str, unknown: bool = False) -> str:
    if not unknown and any(p.tag.case == "nomn" for p in _parses(word, language)):
        return word
    for ending, nominative_ending in _ENDINGS.get(language, ()):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return word[: -len(ending)] + nominative_ending
    return word


#: Nouns that head an organisation's name and have a case form that is another noun's
#: nominative: "Банка России" is the bank's genitive, not a jar ("банка"), and "по данным
#: Банка России" had been an organisation "Банка России" beside "Банк России" (a held-out
#: probe; of forty Russian and Ukrainian institution nouns checked, the only such one).
_INSTITUTIONS = frozenset({"банк"})


def _best(word: str, language: str, kind: str | None, pos: tuple[str, ...],
          cases: set[str] | None = None, genders: set[str] | None = None) -> Any:
    """The reading of ``word`` as a part of speech of ``pos``, in one of ``cases`` and
    ``genders`` when any is, singular when any is, an institution's for an organisation
    (:data:`_INSTITUTIONS`), naming a place (Geox) or an organisation (Orgn) as ``kind``
    asks, else one that names no person ("Кремле" is a thing, not a name); of those, the
    one whose nominative keeps most of the word ("Высшей" is "высшая", not the
    superlative's lemma "высочайшая")."""
    prefer = ("Geox",) if kind == "place" else ("Orgn", "Geox")
    readings = _readings(word, language, pos)
    readings = [p for p in readings if cases is None or p.tag.case in cases] or readings
    readings = [p for p in readings if not genders or p.tag.gender in genders] or readings
    readings = [p for p in readings if "plur" not in p.tag.grammemes] or readings
    if kind == "organisation":
        readings = [p for p in readings if p.normal_form in _INSTITUTIONS] or readings
    best = [p for p in readings if any(g in p.tag.grammemes for g in prefer)] or \
        [p for p in readings if not PERSON_GRAMMEMES & p.tag.grammemes]
    return max(best, key=lambda p: _kept(word, _inflected(p, word)), default=None)


def _kept(word: str, form: str) -> int:
    """How many letters ``form`` shares with the start of ``word``."""
    n = 0
    for a, b in zip(word.lower(), form.lower(), strict=False):
        if a != b:
            break
        n += 1
    return n


def _inflected(parse: Any, word: str) -> str:
    if parse.tag.case == "nomn":
        return word
    form = _inflect_like(parse, {"nomn"}, word)
    return word if form is None else _plain_e(form.word, word)


def _inflect_like(parse: Any, grammemes: set[str], word: str) -> Any:
    """``parse`` inflected to ``grammemes``, as the form of its lexeme that keeps most of
    ``word``: a lexeme may hold several forms of one tag, and pymorphy's first is not always the
    one written ("Высшей" reads as the superlative of "высокий", whose first nominative is
    "высочайшая": "Высшей школы экономики" had been "Высочайшая школа экономики")."""
    form = parse.inflect(grammemes)
    if form is None:
        return None
    alike = [f for f in parse.lexeme if f.tag == form.tag]  # the same case, number, gender
    best = max(alike, key=lambda f: _kept(word, f.word), default=form)
    return best if _kept(word, best.word) > _kept(word, form.word) else form
