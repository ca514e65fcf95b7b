"""Names in Polish articles, typed by what SGJP knows of each word (``polish_morphology``).

No spaCy pipeline for Polish is on PyPI, and the lexical rules of the other languages
would not do: Polish declines its names, and a place preposition ("z", "do") takes
people too ("z Donaldem Tuskiem"). But Polish capitalises proper nouns only, and SGJP
tells what kind of name a word is. So a run of capitalised words is:

- an organisation, when a word of it is an organisation's word ("Ministerstwa", "Sądu",
  "Komendy") or SGJP's name of a firm, organisation or institution ("Orlenu", "MSZ",
  "PiS"), or when it is two names of places ("Legia Warszawa", "Wisła Kraków": a club);
- a person, after a title ("premier", "ministra", "rzecznik") or when it opens with a
  given name ("Donaldem Tuskiem", "Joe Bidenem"), or a surname alone ("Tuska");
- a place, when SGJP knows it as one ("Krakowie", "Stanów Zjednoczonych"), or after "w"
  or a preposition of place when SGJP does not know it ("w Bachmucie");
- a nationality ("Polacy", "Ukraińcy": capitalised, but common nouns), which names no one;
- else untyped, for the corpus vote to type.

A sentence's first word is a name only if SGJP has a name's reading of it ("Według",
"Premier" are words).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from importlib import metadata

from copydesk.cities import city_population
from copydesk.countries import english_name
from copydesk.extract.lexical import UNTYPED
from copydesk.extract.lexical_other import OPENS_SENTENCE
from copydesk.extract.nlp import Span
from copydesk.polish_morphology import (
    COMMON,
    GIVEN,
    ORGANISATION_KINDS,
    PLACE,
    PLACE_PART,
    SURNAME,
    TITLES,
    a_nationality,
    available,
    kinds,
    lemmas,
    readings,
)
from copydesk.wordfreqs import zipf

LANGUAGE = "pl"
#: A sentence's first word this common in Polish (Zipf) is a word, unless it is a known
#: name (:func:`_a_known_name`).
COMMON_WORD_ZIPF = 3.5
#: Lemmas of words that make a run an organisation's name.
ORGANISATION_WORDS = frozenset(
    "ministerstwo sąd trybunał urząd policja komenda prokuratura straż agencja bank "
    "uniwersytet politechnika akademia instytut fundacja stowarzyszenie związek partia "
    "spółka koncern grupa rada komisja sejm senat kancelaria biuro izba zarząd fundusz "
    "szpital klinika unia organizacja inspekcja inspektorat zakład służba wojsko armia "
    "dowództwo centrum szkoła liceum muzeum teatr filharmonia opera klub towarzystwo "
    "federacja konfederacja koalicja platforma lewica przedsiębiorstwo holding "
    "stocznia kopalnia huta elektrownia telewizja radio gazeta dziennik tygodnik "
    "wydawnictwo korporacja zgromadzenie parlament rząd gabinet departament "
    "sekretariat ośrodek zespół orkiestra chór stacja lotnisko port kolej poczta".split())
#: Prepositions after which a word SGJP does not know is a place.
PLACE_PREPOSITIONS = frozenset("w we pod nad przy koło niedaleko spod znad".split())
#: Prepositions of a place a word SGJP reads both ways is taken for ("do Niemiec", "z
#: Kaszub": a surname after them would be in another case, "z Nowakiem").
_FROM_TO = frozenset("do z ze od przez".split())
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?")
#: SGJP's parts of speech of function words.
_FUNCTION_WORDS = frozenset("conj comp prep qub adv ppron12 ppron3 siebie interj".split())
_TITLED_ACRONYM = re.compile(r"^[A-ZĄĆĘŁŃÓŚŹŻ]{2,6}$")


class PolishTagger:
    """Names in Polish texts (module doc); SGJP's dictionary loads at the first text."""

    language = LANGUAGE

    def __init__(self) -> None:
        self.name = f"morfeusz2-{metadata.version('morfeusz2')} (pl)"

    def tag(self, texts: Iterable[str]) -> Iterator[list[Span]]:
        for text in texts:
            yield self.tag_text(text)

    def tag_text(self, text: str) -> list[Span]:
        spans: list[Span] = []
        for run in _runs(text):
            spans.extend(_spans(text, run))
        return _surnames_of_the_named(_seats(text, spans))


def _seats(text: str, spans: list[Span]) -> list[Span]:
    """An institution's name with its seat: "Sąd Okręgowy w Lublinie", "Prokuratura
    Okręgowa w Zamościu" are one name (the seat tells two courts apart); not a firm's or
    an alliance's ("Orlen w Płocku", "NATO w Brukseli": where it acts)."""
    out: list[Span] = []
    for span in spans:
        last = out[-1] if out else None
        if last is not None and last.label == "ORG" and span.label == "GPE" and \
                _SEAT.fullmatch(text, last.end, span.start) and " " in last.text and \
                any(lemmas(w) & ORGANISATION_WORDS for w in last.text.split()):
            out[-1] = Span(last.start, span.end, text[last.start:span.end], "ORG")
        else:
            out.append(span)
    return out


#: What stands between an organisation and its seat.
_SEAT = re.compile(r" we? ")


def _surnames_of_the_named(spans: list[Span]) -> list[Span]:
    """A word alone that is a case of the surname of a person the text names in full is
    that person ("Według Wrony" after "Tadeusz Wrona", though SGJP knows a place Wrony)."""
    surnames = {r.base for s in spans if s.label == "PERSON" and " " in s.text
                for r in readings(s.text.rsplit(" ", 1)[1]) if SURNAME in r.kinds}
    return [Span(s.start, s.end, s.text, "PERSON") if s.label in ("GPE", UNTYPED)
            and " " not in s.text and any(SURNAME in r.kinds and r.base in surnames
                                           for r in readings(s.text)) else s
            for s in spans]


#: Lower-case particles inside a foreign name ("Ursula von der Leyen").
JOINERS = frozenset("von van der den de di du la le al bin ibn".split())


def _runs(text: str) -> Iterator[list[re.Match[str]]]:
    """Runs of capitalised words (and the particles between them), one space apart, that
    no full stop ends ("Rosji. Zełenski" is two; an initial's stop is no end)."""
    run: list[re.Match[str]] = []
    for m in _WORD.finditer(text):
        word = m.group()
        follows = bool(run) and text[run[-1].end():m.start()] in (" ", "\u00a0") and (
            not run[-1].group().endswith(".") or len(run[-1].group()) == 2)
        if word[0].isupper() or ((word in JOINERS or word == _AND) and run):
            if not follows:
                yield from _closed(run)
                run = []
            run.append(m)
            continue
        yield from _closed(run)
        run = []
    yield from _closed(run)


def _closed(run: list[re.Match[str]]) -> Iterator[list[re.Match[str]]]:
    while run and run[-1].group() in JOINERS | {_AND}:
        run = run[:-1]
    start = 0
    for i in range(1, len(run) - 1):
        if run[i].group() == _AND and not _one_name_across(
                run[start:i], run[i + 1].group().rstrip(".")):
            yield run[start:i]
            start = i + 1
    if run[start:]:
        yield run[start:]


#: "and", which joins two names ("Polski i Niemiec") or is inside one ("Prawo i
#: Sprawiedliwość", "Ministerstwo Nauki i Szkolnictwa Wyższego").
_AND = "i"


def _one_name_across(before: list[re.Match[str]], after: str) -> bool:
    """Whether "i" after the capitalised words ``before`` is inside one name: the words
    on both sides of it are common words to SGJP (capitalised mid-sentence, so a name's),
    the one before may be a name's too inside an organisation's name ("Ministerstwa
    Nauki": Nauka is also a surname), and the word after opens no organisation's name of
    its own ("Koalicji Obywatelskiej i Lewicy" are two names)."""
    last = before[-1].group()
    in_organisation = any(_organisations_word(m.group()) for m in before)
    return _common(after, False) and _common(last, in_organisation) and \
        not _organisations_word(after)


def _common(word: str, may_be_a_name: bool) -> bool:
    found = readings(word)
    return any(not r.proper for r in found) and (may_be_a_name or not any(
        r.proper for r in found))


def _spans(text: str, run: list[re.Match[str]], head: bool = False,
           owner: bool = False) -> list[Span]:
    """The spans of one run; ``head``: the run is a person's name after the name of what
    they head; ``owner``: the run is that name (a title before it is the person's:
    "prezydentem Krakowa Aleksandrem Miszalskim")."""
    titled = head or (not owner and _title_before(text, run[0].start()))
    while run and (_a_title(run[0].group()) or (len(run) > 1 and _titled(run[0].group()))):
        run, titled = run[1:], True  # "Premier Donald Tusk", "Marszałek Sejmu Szymon …"
    if run and not titled and OPENS_SENTENCE.search(
            text, max(0, run[0].start() - 8), run[0].start()) and _a_word(run):
        run = run[1:]  # "Według Tuska": a word, then the name ("Sąd Okręgowy" is one)
    if not run:
        return []
    if len(run) > 1 and _TITLED_ACRONYM.match(run[0].group()) and not _TITLED_ACRONYM.match(
            run[1].group()) and (titled or len(run) > 2 or GIVEN in kinds(run[1].group())):
        # "szef MSZ Radosław Sikorski", "stanu USA Antonym Blinkenem": the acronym, then
        # the person
        acronym = run[0].group()
        return [_span(text, run[:1], _label(text, run[0].start(), [acronym], False)),
                *_spans(text, run[1:])]
    given = next((i for i in range(1, len(run) - 1) if _a_persons_start(run, i)), None)
    if given is not None:
        # "Komisji Europejskiej Ursulą von der Leyen", "prezydent Krakowa Aleksander
        # Miszalski", "obrony Niemiec Borisem Pistoriusem": a name, then a person's
        return [*_spans(text, run[:given], owner=True), *_spans(text, run[given:], head=True)]
    words = [m.group().rstrip(".") if len(m.group()) > 2 else m.group() for m in run]
    return [_span(text, run, _label(text, run[0].start(), words, titled))]


def _a_persons_start(run: list[re.Match[str]], i: int) -> bool:
    """Whether a person's name starts at word ``i`` of a run, after another name: a given
    name after no given name ("Krakowa Aleksander Miszalski"), or words SGJP does not know
    after an organisation's or a country's name ("Komisji Europejskiej Ursulą von der
    Leyen", "Niemiec Borisem Pistoriusem"; an organisation's are Polish words)."""
    word, before = run[i].group(), run[i - 1].group()
    if GIVEN in kinds(word) and GIVEN not in kinds(before) and not before.isupper():
        return True
    return not readings(word) and any(_organisations_word(m.group()) or PLACE in kinds(
        m.group()) for m in run[:i])


def _a_title(word: str) -> bool:
    return not kinds(word) and _titled(word)


def _titled(word: str) -> bool:
    """A title's form as the run holds it, its full stop and all: "mec." is not read as
    one here (:func:`copydesk.polish_morphology.is_title` reads it, for the quotes)."""
    return bool(lemmas(word) & TITLES)


def _organisations_word(word: str) -> bool:
    return bool(lemmas(word) & ORGANISATION_WORDS or kinds(word) & ORGANISATION_KINDS)


def _span(text: str, run: list[re.Match[str]], label: str) -> Span:
    start, end = run[0].start(), run[-1].end()
    if text[end - 1] == "." and not _TITLED_ACRONYM.match(run[-1].group()[:-1]) \
            and len(run[-1].group()) > 2:
        end -= 1  # the sentence's full stop, not an initial's ("Adrian K.")
    return Span(start, end, text[start:end], label)


def _may_be_a_name(word: str) -> bool:
    """Whether a capitalised word opening a sentence may be a name: SGJP reads it as one,
    or does not know it, or it is an acronym."""
    found = readings(word)
    return not found or (word.isupper() and len(word) > 1) or any(
        r.proper and r.kinds - {COMMON} for r in found)


def _a_word(run: list[re.Match[str]]) -> bool:
    """Whether a run's first word, opening a sentence, is a word and not the name's: a
    function word, or a word SGJP has no name's reading of, alone or before a name (a
    noun stays, "Sąd Okręgowy", unless a person's name follows: "Zdaniem Tuska")."""
    first = run[0].group()
    if _a_function_word(first):
        return True  # "Jak podała policja": a village Jak, but first the word "how"
    if len(run) == 1 and zipf(first.lower(), LANGUAGE) >= COMMON_WORD_ZIPF and \
            not _a_known_name(first):
        return True  # "Główne role zagrali …": SGJP knows a village Główne too
    if _may_be_a_name(first):
        return False
    return len(run) == 1 or not any(r.pos in ("subst", "depr") for r in readings(first)) \
        or bool(kinds(run[1].group()) & {GIVEN, SURNAME})  # "Zdaniem Tuska"


def _a_known_name(word: str) -> bool:
    """Whether a word is a name more than a common word is: a person's, an organisation's,
    a country's or a city's (not a village's: SGJP has villages named "Główne", "Rynki")."""
    found = [r for r in readings(word) if r.proper]
    return any(r.kinds & ({GIVEN, SURNAME} | ORGANISATION_KINDS) or english_name(r.base)
               or city_population(r.base, LANGUAGE) for r in found)


def _a_function_word(word: str) -> bool:
    return any(r.pos in _FUNCTION_WORDS for r in readings(word))


def _title_before(text: str, start: int) -> bool:
    before = text[max(0, start - 40):start].split()
    if before and _TITLED_ACRONYM.match(before[-1]):
        before = before[:-1]  # "szef MSZ Radosław Sikorski"
    return bool(before) and before[-1].islower() and _titled(before[-1])


def _label(text: str, start: int, words: list[str], titled: bool) -> str:
    """The run's type (module doc)."""
    known = [kinds(w) for w in words]
    if any(lemmas(w) & ORGANISATION_WORDS for w in words) or \
            any(k & ORGANISATION_KINDS and not k & {GIVEN, SURNAME} for k in known) or \
            (len(words) == 1 and known[0] & ORGANISATION_KINDS and not titled):
        return "ORG"
    if _AND in words:
        return "ORG"  # "Prawo i Sprawiedliwość": common words, capitalised (``_closed``)
    if len(words) == 2 and PLACE in known[1] and city_population(words[1], LANGUAGE) \
            and not _adjective(words[0]):
        return "ORG"  # "Legia Warszawa", "Lecha Poznań", "Wisłą Kraków": clubs (not "Luis
        # Moreno": SGJP knows Polish places, not every big city abroad)
    if titled or (len(words) > 1 and GIVEN in known[0]):
        return "PERSON"
    before = text[max(0, start - 12):start].split()
    after_preposition = bool(before) and before[-1].lower() in PLACE_PREPOSITIONS | _FROM_TO
    if len(words) == 1 and SURNAME in known[0] and not after_preposition and \
            _a_surname_first(words[0]):
        return "PERSON"
    if known[0] & {PLACE, PLACE_PART}:
        return "GPE"
    if len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 6:
        return "ORG"  # an acronym
    if 2 <= len(words) <= 3 and not readings(words[0]) and not any(
            w.isupper() or any(r.proper for r in readings(w)) for w in words):
        # "Mikael Ishak", "Pete'em Hegsethem", "Luis Moreno" (a moraine's locative too):
        # SGJP knows Polish given names, and a common noun capitalised here is a name's
        return "PERSON"
    if not any(known) and a_nationality(words[0]):
        return "NORP"
    if before and before[-1].lower() in PLACE_PREPOSITIONS and not any(
            readings(w) for w in words):
        return "GPE"
    return UNTYPED


def _a_surname_first(word: str) -> bool:
    """Whether a word SGJP reads as a surname and a place is the surname: written as the
    surname's nominative, while no place it may be is written so or is a city or a country
    ("Nowak", not the village Nowaki; "Gdańska" is Gdańsk's genitive, "Polski" Poland's)."""
    found = readings(word)
    places = {r.base for r in found if PLACE in r.kinds}
    return any(SURNAME in r.kinds and r.base == word for r in found) and word not in places \
        and not any(city_population(p, LANGUAGE) or english_name(p) for p in places)


def _adjective(word: str) -> bool:
    return any(r.pos in ("adj", "ppas") for r in readings(word))  # "Nowy Sącz"


__all__ = ["LANGUAGE", "ORGANISATION_WORDS", "PLACE_PREPOSITIONS", "PolishTagger", "available"]
