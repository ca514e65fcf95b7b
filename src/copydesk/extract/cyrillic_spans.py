"""Mending natasha's spans in Russian and Ukrainian text where a held-out probe found them
wrong (18 articles written after the first rules, with their gold; docs/extract.md,
thirty-second session): a street named after a person read as that person, a Ukrainian
preposition or adjective tagged as a place, a given name and its surname cut into a place
and a person, a name natasha did not tag at all. :mod:`copydesk.extract.cyrillic` calls
these on each paragraph's spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from copydesk.extract.cyrillic_forms import is_known, kinds_of, readings_of
from copydesk.extract.lexical import UNTYPED
from copydesk.extract.lexical_other import is_title
from copydesk.extract.nlp import Span

#: The words for a street, a square, an avenue… in Russian and Ukrainian, with their case
#: endings. The name after one is the street's, not a person's: "на улице Шевченко", "на
#: вулиці Шевченка" had been Shevchenko, merged with a convicted Віктор Шевченко.
_STREET_WORDS = (
    # Russian
    r"улиц[аеуы]|улицей|ул\.|проспект(?:е|а|у|ом)?|просп\.|пр-т|площад[ьи]|площадью|"
    r"пл\.|бульвар(?:е|а|у|ом)?|б-р|переул(?:ок|ке|ка|ку|ком)|пер\.|набережн(?:ая|ой|ую)|"
    r"шоссе|проезд(?:е|а|у|ом)?|"
    # Ukrainian
    r"вулиц[яіюе]|вулицею|вул\.|проспект(?:і)?|площ[аіу]|площею|провул(?:ок|ку|ка|ком)|"
    r"набережн(?:а|ій|у|ої)|шосе|узвіз|узвозі|узвозу|майдан(?:і|у)?"
)
_STREET = re.compile(rf"(?<![\w-])(?:{_STREET_WORDS})\s+", re.IGNORECASE)


def streets(line: str, offset: int, found: list[Span]) -> list[Span]:
    """A place for each street whose name natasha tagged (as a person, or a place without
    its street word): the street word and the tagged name ("улице Шевченко" is a place,
    put in the nominative later: "улица Шевченко")."""
    out = []
    for m in _STREET.finditer(line):
        name = next((s for s in found if s.start == offset + m.end()), None)
        if name is not None:
            out.append(Span(offset + m.start(), name.end,
                            line[m.start():name.end - offset], "LOC"))
    return out


#: Nouns of the sea and the land after an adjective natasha tagged alone: "у Чорному
#: морі" gave the place "Чорне" (a held-out probe); the noun is part of the name.
_GEOGRAPHIC = re.compile(
    r"\s+(?:мор[еяюі]|морем|океан[уіаоеы]?|озер[оауіе]|озером|заток[аиіуе]|протока|"
    r"проток[иіуе]|залив[аеу]?|річк[аиіу]|рек[аиеу]|гор[иыа]|острів|острові|остров[аеу]?)\b")
#: Parts of speech that carry no name: a preposition, a conjunction, a particle, a pronoun,
#: an adverb, a verb ("Від російської сторони…" opened a sentence: natasha's place "Від").
_NO_NAME_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "ADVB", "VERB", "INFN", "INTJ",
                          "PRED", "GRND"})


def widened_or_dropped(text: str, span: Span, language: str) -> Span | None:
    """A one-word span of any type that the dictionary knows only as a word of no name
    ("Від") is dropped, and one it knows only as an adjective too ("Державний" of
    "Державний секретар"), unless a sea, lake or river noun follows it: that noun belongs
    to the name ("Чорному морі"). A span's trailing words in lower case that are no noun
    are cut ("Харківщиною збито")."""
    words = span.text.split(" ")
    titled = [i for i, w in enumerate(words[:-1]) if is_title(w, language)]
    if titled:
        # "Державний секретар Норвегії": the words up to a title are no name
        words = words[titled[-1] + 1:]
        if words[0][:1].islower():
            return None  # "Міністр культури" (natasha's organisation)
        start = span.end - len(" ".join(words))
        span = Span(start, span.end, text[start:span.end], span.label)
    if len(words) > 2 and words[1][:1].isupper() and given_name_only(words[0], language):
        # "Віктор Іваненко відвідав порт" (natasha's organisation): a given name and the
        # capitalised words after it are a person; the lower-case words are the sentence
        lower = next((i for i, w in enumerate(words) if w[:1].islower()), None)
        if lower is not None:
            cut = " ".join(words[:lower])
            return Span(span.start, span.start + len(cut), cut, "PER")
    if len(words) > 1:
        kept = len(words)
        while kept > 1 and words[kept - 1][:1].islower() and not any(
                p.tag.POS == "NOUN" for p in readings_of(words[kept - 1], language)):
            kept -= 1
        if kept == len(words):
            return span
        cut = " ".join(words[:kept])
        return Span(span.start, span.start + len(cut), cut, span.label)
    word = span.text
    if is_title(word, language):
        return None  # "Омбудсманка зазначила", "Міністр": a title alone is no name
    surname = _SURNAME_AFTER.match(text, span.end)
    if surname is not None and given_name_only(word, language) and \
            _may_be_a_surname(surname.group(1), language):
        # "Міністр Віктор Іваненко відвідав": natasha tagged the given name alone
        return Span(span.start, surname.end(), text[span.start:surname.end()], "PER")
    readings = readings_of(word, language)
    sea = _GEOGRAPHIC.match(text, span.end)
    if sea is not None and any(p.tag.POS == "ADJF" for p in readings):
        return Span(span.start, sea.end(), text[span.start:sea.end()], "LOC")
    noun = _LOWER_WORD.match(text, span.end)
    if noun is not None and _agree(readings, noun.group(1), language):
        # "у Білому домі": the White House, not a place "Біле"; the noun after an
        # adjective it agrees with is the name's own, as the sea's is
        return Span(span.start, noun.end(), text[span.start:noun.end()], span.label)
    if not is_known(word, language):
        return span
    if all(p.tag.POS in _NO_NAME_POS for p in readings) or \
            kinds_of(word, language) == {"adjective"}:
        return None
    return span


#: A word in lower case right after a span (on the same line).
_LOWER_WORD = re.compile(r"[ \t]+([а-яёіїєґ][а-яёіїєґ'’-]*)(?![\w'’-])")


def _agree(adjective: Iterable[Any], word: str, language: str) -> bool:
    """Whether ``word`` has a noun reading in the case, number and gender of one of the
    ``adjective`` readings (plural nouns have no gender to agree in)."""
    for n in readings_of(word, language):
        if n.tag.POS != "NOUN":
            continue
        for a in adjective:
            if a.tag.POS == "ADJF" and a.tag.case == n.tag.case and \
                    a.tag.number == n.tag.number and \
                    (n.tag.number == "plur" or a.tag.gender == n.tag.gender):
                return True
    return False


#: Conjunctions that join two names in one of natasha's spans ("Одеси та Миколаєва",
#: "Києвом і Москвою" were one person each).
_CONJUNCTION = re.compile(r" (?:та|і|й|и|або) ")


def split_at_conjunctions(text: str, span: Span) -> list[Span]:
    """A span cut at the conjunctions inside it, each part of the span's type."""
    out = []
    start = span.start
    for m in _CONJUNCTION.finditer(span.text):
        out.append(Span(start, span.start + m.start(), text[start:span.start + m.start()],
                        span.label))
        start = span.start + m.end()
    out.append(Span(start, span.end, text[start:span.end], span.label))
    return out


#: A capitalised word and one space, right before a span.
_WORD_BEFORE = re.compile(r"(?<![\w'’-])[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+ $")


def joined_names(text: str, spans: list[Span], language: str) -> list[Span]:
    """A person's span with the given name right before it, tagged apart as anything or
    not tagged: "Міністр закордонних справ Андрій Коваль зазначив" gave a place "Андрій"
    and a person "Коваль" (a held-out probe), "уповноважена … Ірина Савченко" only
    "Савченко"."""
    out: list[Span] = []
    for s in spans:
        before = _WORD_BEFORE.search(text, max(0, s.start - 30), s.start)
        if s.label == "PER" and " " not in s.text and before is not None \
                and _a_given_name(before.group(0).strip(), language):
            if out and out[-1].start == before.start():
                out.pop()
            if not out or out[-1].end <= before.start():
                out.append(Span(before.start(), s.end, text[before.start():s.end], "PER"))
                continue
        out.append(s)
    return out


def _a_given_name(word: str, language: str) -> bool:
    """Whether a reading of ``word`` is a given name ("Олена", though the dictionary
    also has a thing "олена"): enough right before a surname natasha tagged."""
    return any("Name" in p.tag.grammemes for p in readings_of(word, language))


def given_name_only(word: str, language: str) -> bool:
    """Whether the dictionary reads ``word`` as a given name and never as a thing
    ("Андрій", "Ірина"; not "Надія", hope, nor "Слава", glory: "Слава Україні")."""
    return "thing" not in kinds_of(word, language) and _a_given_name(word, language)


#: Two capitalised words: a given name and a surname natasha may not have tagged.
_TWO_NAMES = re.compile(r"(?<![\w'’-])([А-ЯЁІЇЄҐ][а-яёіїєґ'’]+) "
                        r"([А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+)(?![\w'’-])")


#: A capitalised word right after a span, after one space.
_SURNAME_AFTER = re.compile(r" ([А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+)(?![\w'’-])")


def _may_be_a_surname(word: str, language: str) -> bool:
    """Whether the dictionary reads ``word`` as a surname, or does not know it."""
    return not is_known(word, language) or any(
        "Surn" in p.tag.grammemes for p in readings_of(word, language))


def missed_people(line: str, offset: int, found: list[Span], language: str) -> list[Span]:
    """People natasha did not tag in a Ukrainian paragraph: a given name the dictionary
    knows only as one (:func:`given_name_only`) and a word after it that it knows as a
    surname or not at all ("повідомила уповноважена … Ірина Іванова", "переговори вів
    Павло Іванов": a held-out probe's Ukrainian article had neither)."""
    out = []
    for m in _TWO_NAMES.finditer(line):
        start, end = offset + m.start(), offset + m.end()
        if any(s.start < end and start < s.end for s in found):
            continue
        if not given_name_only(m.group(1), language) or \
                not _may_be_a_surname(m.group(2), language):
            continue
        out.append(Span(start, end, m.group(0), "PER"))
    return out


#: A kind of organisation, any case, then a capitalised name that natasha did not tag:
#: "компанія Укренерго", "оператор «Укренерго»", "концерна Нафтогаз".
_ORGANISATION_BEFORE = re.compile(
    r"(?<![\w'’-])(?:компані[яїюєі]|компани[яиюей]|оператор(?:а|ом|у)?|концерн(?:а|у|ом)?|"
    r"корпораці[яїюєі]|корпораци[яиюей]|холдинг(?:а|у|ом)?|агентств[оау]|агентством|"
    r"фонд(?:а|у|ом)?|банк(?:а|у|ом)?|підприємств[оау]|предприяти[еяю])"
    r"\s+«?([А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+)»?(?![\w'’-])", re.IGNORECASE)


def with_organisations(line: str, offset: int, found: list[Span],
                       language: str) -> list[Span]:
    """``found`` with the organisations natasha missed or left untyped: a capitalised
    word right after a word for a kind of organisation ("компанія Укренерго": the grid
    operator of a held-out probe's Ukrainian report was nothing, then an untyped name
    that no other mention typed). One the dictionary reads as a person's or a place's
    name, or as an adjective, is left alone: "фонд Ріната Ахметова" names a person."""
    out = list(found)
    for m in _ORGANISATION_BEFORE.finditer(line):
        start, end = offset + m.start(1), offset + m.end(1)
        word = m.group(1)
        if kinds_of(word, language) & {"person", "place", "adjective"}:
            continue  # "фонд Ріната Ахметова", "банку України", "компанія Нова пошта"
        same = [k for k, s in enumerate(out) if (s.start, s.end) == (start, end)]
        if same and out[same[0]].label == UNTYPED:
            out[same[0]] = Span(start, end, word, "ORG")
        elif not any(s.start < end and start < s.end for s in out):
            out.append(Span(start, end, word, "ORG"))
    return out


#: The head nouns of institutions' names, as the dictionary's lemmas: a capitalised
#: adjective, lower-case ones after it, then one of these is an organisation's name
#: ("Харківська обласна військова адміністрація", "Львівського національного
#: університету", "Московская городская дума"), which natasha tags as nothing.
_INSTITUTION_HEADS = frozenset(
    # Ukrainian
    "адміністрація рада служба університет міністерство управління прокуратура поліція "
    "академія інститут агентство банк суд комісія інспекція департамент "
    # Russian
    "администрация дума служба университет министерство управление прокуратура полиция "
    "академия институт агентство банк суд комиссия инспекция департамент "
    # forces: "Збройні сили", "Вооружённые силы", "Сухопутные войска"
    "сила військо войско".split())
_ADJECTIVE_RUN = re.compile(
    r"(?<![\w'’-])([А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+)((?:\s+[а-яёіїєґ'’-]+){1,4})(?![\w'’-])")


def with_institutions(line: str, offset: int, found: list[Span],
                      language: str) -> list[Span]:
    """``found`` with the institutions natasha missed: a capitalised adjective, up to three
    lower-case adjectives, and an institution's head noun (``_INSTITUTION_HEADS``). Spans
    inside one give way to it; one that overlaps it otherwise keeps it out."""
    out = list(found)
    for m in _ADJECTIVE_RUN.finditer(line):
        words = [m.group(1), *m.group(2).split()]
        head = next((k for k, w in enumerate(words) if k > 0 and _an_institution(w, language)),
                    None)
        if head is None or not all(_an_adjective(w, language) for w in words[:head]):
            continue
        start = offset + m.start(1)
        end = start + len(" ".join(words[:head + 1]))  # one space between words
        if line[m.start(1):end - offset] != " ".join(words[:head + 1]):
            continue  # words apart by more than one space or a line
        inside = [s for s in out if s.start < end and start < s.end]
        if any(s.start < start or s.end > end for s in inside):
            continue
        out = [s for s in out if s not in inside]
        out.append(Span(start, end, line[m.start(1):end - offset], "ORG"))
    return out


def _an_institution(word: str, language: str) -> bool:
    return any(p.tag.POS == "NOUN" and str(p.normal_form) in _INSTITUTION_HEADS
               for p in readings_of(word, language))


def an_institutions_name(name: str) -> bool:
    """Whether a Russian or Ukrainian organisation's name is an acronym ("МИД", "СБУ")
    or ends with an institution's head noun ("Збройних сил", "Міністерство"): what a
    country written after it completes ("МИД России"), unlike a tagger's mistake
    ("Делегация США")."""
    last = name.split()[-1]
    return (last.isupper() and len(last) >= 2) or any(
        _an_institution(last, language) for language in ("ru", "uk"))


def _an_adjective(word: str, language: str) -> bool:
    readings = readings_of(word, language)
    return bool(readings) and all(p.tag.POS in ("ADJF", "PRTF") for p in readings)
