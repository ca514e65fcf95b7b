"""Names in Russian and Ukrainian articles: natasha's Russian NER (a slovnet model and
navec embeddings shipped inside the ``natasha`` wheel, so nothing is downloaded), with
rules that mend what it does with Ukrainian, which it was not trained on.

PyPI has no spaCy 3.8 pipeline for either language (the ru and uk entries are
placeholders), so a Russian report of Zelensky meeting Blinken had no entity, and its
quote «Мы благодарны за поддержку», — сказал Зеленский no speaker. natasha tags Russian
news well (a held-out set's six Russian articles: bench/entities_cyrillic.py). On
Ukrainian it reads many place words as people and runs a genitive or a title into the
name ("України Володимир Зеленський", "Вчителька Марія Захарченко", "Львів" a person),
so its Ukrainian spans go through :func:`_mended`, which asks pymorphy3's Ukrainian
dictionary what each word is.

Each paragraph is tagged alone: natasha's spans cross line breaks ("…під Покровськом
\\n\\nГоловнокомандувач Збройних сил" was one organisation).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import metadata, util
from typing import Any

from copydesk.extract.cyrillic_forms import PERSON_GRAMMEMES, is_known, kinds_of, readings_of
from copydesk.extract.cyrillic_spans import (
    joined_names,
    missed_people,
    split_at_conjunctions,
    streets,
    widened_or_dropped,
    with_institutions,
    with_organisations,
)
from copydesk.extract.lexical import UNTYPED
from copydesk.extract.nlp import Span

#: The languages natasha's tagger is run on.
LANGUAGES = frozenset({"ru", "uk"})

#: A dateline's place in capitals at a paragraph's start, before a date or a dash:
#: "КИЕВ, 19 января -", "ХАРКІВ, 20 серпня –". natasha tagged "ХАРЬКОВ" and "ОДЕСА" as
#: organisations.
_DATELINE = re.compile(r"^[ \t]*([А-ЯЁІЇЄҐ][А-ЯЁІЇЄҐ'’-]+(?: [А-ЯЁІЇЄҐ][А-ЯЁІЇЄҐ'’-]+){0,2})"
                       r"(?=,\s*\d|\s+[—–-]\s)")
#: A region named by its adjective: "Харківській області", "Одесской области",
#: "Бахмутського району" (natasha gives the adjective alone, or a person).
_REGION = re.compile(r"\b([А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+(?:ськ|цьк|ск|цк|зьк|зк)[а-яёіїєґ]{1,3})"
                     r"\s+(област[ьіиі]|област[юяей]|облас[тц]і|район[уаіеы]?|районом|"
                     r"краю|край|крае)\b")
#: Prepositions after which a Ukrainian word unknown to the dictionary is a place ("у
#: Вашингтоні", "під Покровськом"); not "з" or "із", which also mean "with" ("з Байденом").
_PLACE_BEFORE = re.compile(r"(?:^|\s)(?:[уУвВ]|на|На|під|Під|біля|Біля|до|До)\s+$")


def available() -> bool:
    """Whether natasha and pymorphy3 are installed (the project pins both)."""
    return util.find_spec("natasha") is not None and util.find_spec("pymorphy3") is not None


@lru_cache(maxsize=1)
def _models() -> tuple[Any, Any]:
    """natasha's segmenter and NER tagger, loaded once (about a second)."""
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    return Segmenter(), NewsNERTagger(NewsEmbedding())


class NatashaTagger:
    """natasha's NER on Russian or Ukrainian texts, paragraph by paragraph; the models are
    loaded at the first text, so a corpus without such articles never pays for them."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"natasha does not read {language!r}")
        self.language = language
        self.name = f"natasha-{metadata.version('natasha')} ({language})"

    def tag(self, texts: Iterable[str]) -> Iterator[list[Span]]:
        for text in texts:
            yield self.tag_text(text)

    def tag_text(self, text: str) -> list[Span]:
        from natasha import Doc

        segmenter, ner = _models()
        spans: list[Span] = []
        offset = 0
        for line in text.split("\n"):
            if line.strip():
                doc = Doc(line)
                doc.segment(segmenter)
                doc.tag_ner(ner)
                found = [Span(offset + s.start, offset + s.stop, s.text, s.type)
                         for s in doc.spans]
                spans.extend(_with_places(text, offset, line, found, self.language))
            offset += len(line) + 1
        return spans


def _with_places(text: str, offset: int, line: str, found: list[Span],
                 language: str) -> list[Span]:
    """The line's spans with its dateline place and its regions ("Харківська область")
    in place of what the tagger made of them, and Ukrainian spans mended."""
    places = []
    m = _DATELINE.match(line)
    if m is not None:
        places.append(Span(offset + m.start(1), offset + m.end(1), m.group(1), "LOC"))
    for r in _REGION.finditer(line):
        places.append(Span(offset + r.start(), offset + r.end(), r.group(0), "LOC"))
    places.extend(streets(line, offset, found))
    kept = [s for s in found
            if not any(p.start < s.end and s.start < p.end for p in places)]
    if language == "uk":
        kept = [part for s in kept for part in split_at_conjunctions(text, s)]
        kept = [s for s in (_mended(text, s) for s in kept) if s is not None]
        kept = _places_from(text, kept)
        kept = [s for s in (widened_or_dropped(text, s, language) for s in kept)
                if s is not None]
        kept = joined_names(text, kept, language)
        kept.extend(missed_people(line, offset, kept + places, language))
    kept = with_organisations(line, offset, kept, language)
    kept = with_institutions(line, offset, kept, language)
    kept = [s for s in kept if not any(p.start < s.end and s.start < p.end for p in places)]
    return sorted(kept + places, key=lambda s: s.start)


#: "from" in Ukrainian, which also means "with" (the case tells: "із Харкова", from
#: Kharkiv; "з Байденом", with Biden); and the words that join two places.
_FROM = re.compile(r"(?:^|\s)(?:[зЗ]|[іІ]з|[зЗ]і)\s+$")
_AND = re.compile(r"\s+(?:та|і|й)\s+")


def _places_from(text: str, spans: list[Span]) -> list[Span]:
    """Untyped one-word names after "з"/"із" that the dictionary reads as a thing in the
    genitive and never in the instrumental, and those joined to such a place by "та",
    "і" or "й", typed as places: "студентів із Харкова та Запоріжжя" had left both
    untyped, and Запоріжжя, named once, was dropped (tests/data/cyrillic)."""
    out: list[Span] = []
    for span in spans:
        if span.label == UNTYPED and " " not in span.text and _a_thing_from(span.text):
            before = text[max(0, span.start - 4):span.start]
            previous = out[-1] if out else None
            joined = previous is not None and previous.label == "LOC" and \
                _AND.fullmatch(text, previous.end, span.start) is not None
            if _FROM.search(before) or joined:
                span = Span(span.start, span.end, span.text, "LOC")
        out.append(span)
    return out


def _a_thing_from(word: str) -> bool:
    readings = readings_of(word, "uk")
    return bool(readings) and kinds_of(word, "uk") == {"thing"} and any(
        p.tag.case == "gent" for p in readings) and not any(
        p.tag.case == "ablt" for p in readings)


def _mended(text: str, span: Span) -> Span | None:
    """A Ukrainian span as the dictionary reads its words. A person's span loses the
    words before the name that are no name ("України Володимир Зеленський", "Харкова
    Ігор Терехов", "Вчителька Марія Захарченко"); a one-word "person" that the dictionary
    knows only as an adjective is dropped ("Одеські", "Білому"), one it knows only as a
    thing is a place after "у", "в", "на" or "під" and untyped elsewhere (the corpus vote
    types it), and an unknown one after those prepositions is a place ("у Вашингтоні")."""
    if span.label != "PER":
        return span
    words = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", span.text)]
    while len(words) > 1 and _no_name(words[0][1]):
        if len(words) == 2 and kinds_of(words[0][1], "uk") == {"adjective"} \
                and "thing" in kinds_of(words[1][1], "uk"):
            # "Верховної Ради": an adjective and a noun name an institution or a place,
            # not a person "Рада" (a held-out probe); the vote may type it
            start = span.start + words[0][0]
            return Span(start, span.end, text[start:span.end], UNTYPED)
        words = words[1:]
    start = span.start + words[0][0]
    if len(words) > 1:
        return Span(start, span.end, text[start:span.end], "PER")
    word = words[0][1]
    kinds = kinds_of(word, "uk")
    after_place_word = _PLACE_BEFORE.search(text, max(0, start - 6), start) is not None
    if after_place_word and any(p.tag.case == "loct" and p.tag.POS == "NOUN"
                                and not PERSON_GRAMMEMES & p.tag.grammemes
                                for p in readings_of(word, "uk")):
        # "у Києві", "у Харкові": a place in the locative, though the dictionary also
        # reads a legendary Кий or a surname Харко there (a held-out probe's people)
        return Span(start, span.end, word, "LOC")
    if "person" in kinds:
        return Span(start, span.end, word, "PER")
    if is_known(word, "uk"):
        if kinds <= {"adjective"}:
            return None
        return Span(start, span.end, word, "LOC" if after_place_word else UNTYPED)
    return Span(start, span.end, word, "LOC" if after_place_word else "PER")


def _no_name(word: str) -> bool:
    """A word the Ukrainian dictionary knows, and never as a given name, surname or
    patronymic: a title ("Директорка"), a place in the genitive ("України")."""
    return is_known(word, "uk") and "person" not in kinds_of(word, "uk")
