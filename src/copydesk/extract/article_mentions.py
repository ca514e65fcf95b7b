"""An article's name mentions: its tagged spans made candidates (:mod:`.mentions`), then
the names the tagger cut short, split or missed made whole.

spaCy's small model leaves a dateline's city in capitals as an organisation or as
nothing, cuts "Pavel Novak said" to "Novak", and misses a name after a title or a role;
each pass here mends one of these from the article's own words, so that the vote and
the canonicaliser see whole names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from copydesk.calendar_words import CALENDAR_WORDS
from copydesk.extract.country_mentions import with_countries
from copydesk.extract.lexical import UNTYPED
from copydesk.extract.mentions import (
    BROKEN_WORD,
    COMMON_WORD_ZIPF,
    DATELINE_TAIL,
    ROLE_LOWER,
    SENTENCE_WORDS,
    Candidate,
    candidate_at,
    role_before,
    span_pieces,
    where_in,
)
from copydesk.extract.names import HONORIFICS, ORG_WORDS, TITLE_WORDS, acronym
from copydesk.extract.nlp import ENTITY_TYPES, NOT_AN_ENTITY, OTHER_NAME_LABELS, Span
from copydesk.wordfreqs import zipf

__all__ = ["candidates"]


def candidates(article_id: str, text: str, spans: Iterable[Span]) -> list[Candidate]:
    """The name mentions of one article, in text order, from its tagged spans."""
    out: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for m in BROKEN_WORD.finditer(text):
        # "L avrov": a capital split from its word; kept untyped, so only a vote
        # from unbroken mentions of the same name elsewhere can keep it.
        if m.start() > 0 and text[m.start() - 1].isalpha():
            continue
        cand = candidate_at(article_id, text, m.start(), m.end(), None)
        if cand is not None:
            out.append(cand)
            taken.append((m.start(), m.end()))
    for span in spans:
        if span.label in OTHER_NAME_LABELS:
            label: str | None = NOT_AN_ENTITY
        elif span.label in ENTITY_TYPES:
            label = ENTITY_TYPES[span.label]
        elif span.label == UNTYPED:
            label = None
        else:
            continue
        if any(s < span.end and span.start < e for s, e in taken):
            continue
        for start, end in span_pieces(text, span.start, span.end, label != "organisation"):
            cand = candidate_at(article_id, text, start, end, label)
            if cand is not None:
                out.append(cand)
    out = _dateline_cities(article_id, text, out)
    out.extend(_titled_names(article_id, text, out))
    out = _fuller_names(article_id, text, out)
    out = _completed_names(article_id, text, out)
    out = with_countries(article_id, text, out)
    out.sort(key=lambda c: (c.start, c.end))
    return _defined_acronyms(text, _untyped_in_roles(text, out))


def _untyped_in_roles(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` with the tagger's person label taken from a name that is part of the
    next name's role: "State Duma deputy Ilya Zakharov" has the Duma qualify a title, as
    "Kremlin spokesman" or "Texas governor" do, and a person in that place would be the
    title's holder; spaCy had tagged "Duma" a person. Its other mentions still vote."""
    out = []
    for i, c in enumerate(found):
        if c.label == "person" and c.cue != "person" and any(
                _in_role_of(text, c, d) for d in found[i + 1:i + 3]):
            c = replace(c, label=None)
        out.append(c)
    return out


def _in_role_of(text: str, c: Candidate, d: Candidate) -> bool:
    """Whether ``c`` is written inside the role before ``d`` and ends before its title."""
    if not d.role or d.start < c.end:
        return False
    gap = text[c.end:d.start].split()
    # only title words between ("deputy", "chief of staff" is no start: "of" may
    # join two names, and "Herman Kref and minister Mike Tolland" are two people)
    if not gap or any(w.lower() not in _ROLE_GAP_WORDS for w in gap):
        return False
    return d.role.endswith(" ".join(text[c.start:d.start].split()))


#: The words that may stand between a name and the title it qualifies.
_ROLE_GAP_WORDS = (TITLE_WORDS | ROLE_LOWER) - {"and", "of", "the", "for"}


#: A dateline's city in capitals at the start of a paragraph, before its tail (see
#: ``DATELINE_TAIL``): "SAO PAULO —", "KHARKIV, Ukraine (Northwire) —".
#: (The dash stands apart: "CDU-Fraktionschef Tobias Reimers" opens no dateline.)
_DATELINE_CITY = re.compile(r"(?m)^[ \t]*([A-Z][A-Z'’.]*(?:[ -][A-Z][A-Z'’.]*){0,3})(?=" +
                            DATELINE_TAIL.pattern + r"\s)")
#: A dateline's region or agency after its city: "KHARKIV, Ukraine —", "KHARKIV (Wire) —".
_REGION_OR_AGENCY = re.compile(r",\s*[A-Z]|\s*\(")
#: Capitals before a dash that are a label, not a city.
_NOT_A_CITY = frozenset({"BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE",
                         "OPINION", "ANALYSIS", "EDITORIAL", "CORRECTION", "FACT CHECK",
                         "NEW", "VIDEO", "PHOTOS", "REVIEW", "COMMENT", "EDITOR'S NOTE"})


def _dateline_cities(article_id: str, text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` with each dateline's city whole: spaCy's small model reads a paragraph
    opening in capitals badly, "SAO PAULO —" as an organisation "SAO" and "KHARKIV —" as
    nothing (an entities probe). The city replaces what the tagger made of it."""
    cities = []
    for m in _DATELINE_CITY.finditer(text):
        start, end = m.span(1)
        words = m.group(1).split()
        if m.group(1) in _NOT_A_CITY or len(m.group(1)) < 3 or any(
                (c.start, c.end) == (start, end) for c in found):
            continue
        if len(words) == 1 and not _REGION_OR_AGENCY.match(text, end):
            # one word in capitals before a dash is as often a desk's label ("SPORT —",
            # "POLICE —"), a speaker's in a transcript or an acronym ("IMF —") as a city:
            # a regression probe found 19 such places; "KHARKIV, Ukraine —" is a city
            continue
        if all(zipf(w.lower()) >= COMMON_WORD_ZIPF for w in words):
            continue  # "BREAKING NEWS —", "DEVELOPING STORY —"
        cand = candidate_at(article_id, text, start, end, None)
        if cand is not None:
            cities.append(cand)
    if not cities:
        return found
    kept = [c for c in found if not any(d.start < c.end and c.start < d.end for d in cities)]
    return kept + cities


def _defined_acronyms(text: str, found: list[Candidate]) -> list[Candidate]:
    """An acronym defined in brackets right after its name ("National Rail Authority
    (NRA)") takes the name's type: tagged apart (spaCy's GPE for "NRA"), it never met
    its name, and stood as a place (a standards-desk probe). So do its later mentions in
    the article ("the NRA blamed…")."""
    defined: dict[str, str] = {}
    for i, c in enumerate(found):
        if not (c.surface.isupper() and 2 <= len(c.surface) <= 8 and c.start > 1
                and text[c.start - 1] == "(" and text[c.end:c.end + 1] == ")"):
            continue
        named = next((p for p in reversed(found[:i]) if p.end in (c.start - 2, c.start - 1)),
                     None)
        if named is not None and named.label and acronym(named.surface.split()) == c.surface:
            defined.setdefault(c.surface, named.label)
    return [replace(c, label=defined[c.surface])
            if c.surface in defined and c.label != defined[c.surface] else c for c in found]


#: A capitalised title, then a name of two or three capitalised words: "Prosecutor Ines
#: Valcourt, who had asked for eight years, said…" is a person the tagger may miss.
_TITLED = re.compile(
    r"\b([A-Z][a-z]+)\s+([A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){1,2})\b")


def _titled_names(article_id: str, text: str, found: list[Candidate]) -> list[Candidate]:
    """Names right after a title that the tagger left untagged (spaCy's small model
    missed "Prosecutor Ines Valcourt", and her "…," she told reporters went to the
    judge): a title word is as sure a sign of a person as a tag, so they are added,
    untyped, with the title as their role and cue (the vote makes them people)."""
    extra: list[Candidate] = []
    for m in _TITLED.finditer(text):
        title, name = m.group(1), m.group(2)
        words = name.split()
        if title.lower() not in TITLE_WORDS or title.lower() in HONORIFICS:
            continue
        if any(w.lower() in TITLE_WORDS or w.lower() in ORG_WORDS or w.lower() in ROLE_LOWER
               or w in SENTENCE_WORDS for w in words):
            continue
        start, end = m.start(2), m.end(2)
        if "\n" in text[m.start():end] or any(
                c.start < end and start < c.end for c in (*found, *extra)):
            continue
        role = role_before(text, start) or title
        extra.append(Candidate(article_id, start, end, name, name, None, role, "person",
                               *where_in(text, start, end)))
    return extra


#: A full name the tagger cut short or left untagged, where a role says it is a person's:
#: after a role in lower case ("prosecutor Caspian Vell said": spaCy tagged "Caspian" a
#: nationality, and the quote went to "Caspian"), or before a role in apposition ("Ines
#: Marrow, a spokeswoman for Halloran Chemicals, said": untagged, and her "…," Marrow
#: said went to an organisation "Marrow"). Two or three capitalised words.
_NAME = r"([A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){1,2})"
_ROLE_THEN_NAME = re.compile(rf"(?<![\w.])([a-z]+)\s+{_NAME}\b")
_NAME_THEN_ROLE = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[.!?][”\"]\s)){_NAME},\s+(?:a|an|the)\s+"
    r"(?:[a-z-]+\s+){0,2}?([a-z]+)\b", re.MULTILINE)


def _fuller_names(article_id: str, text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` with each name the tagger cut short or missed where a role marks it
    (see ``_NAME_THEN_ROLE``): the full name, a person, in place of the pieces inside it."""
    fuller: list[Candidate] = []
    for m in _ROLE_THEN_NAME.finditer(text):
        if m.group(1) in TITLE_WORDS and m.group(1) not in HONORIFICS:
            fuller.extend(_person_at(article_id, text, m.start(2), m.end(2), m.group(1)))
    for m in _NAME_THEN_ROLE.finditer(text):
        if m.group(2) in TITLE_WORDS and m.group(2) not in HONORIFICS:
            fuller.extend(_person_at(article_id, text, m.start(1), m.end(1), None))
    spans = {(c.start, c.end) for c in found}
    fuller = [f for f in fuller if (f.start, f.end) not in spans]  # tagged whole already
    if not fuller:
        return found
    kept = [c for c in found if not any(f.start <= c.start and c.end <= f.end for f in fuller)]
    clashing = [f for f in fuller if any(c.start < f.end and f.start < c.end for c in kept)]
    return kept + [f for f in fuller if f not in clashing]


_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z][\w’'-]*) $")


def _completed_names(article_id: str, text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` with a surname the tagger cut from its first name made whole again, where
    the article writes that full name elsewhere: spaCy tagged "Pavel Novak said…" as
    "Novak" alone, and the bare surname went to Tomas Novak, the other minister of the
    article (an entities probe)."""
    # (full names the tagger or a title made people: "Partito Socialista" is no one's)
    people = {c.surface for c in found
              if len(c.surface.split()) > 1 and (c.label == "person" or c.cue == "person")}
    completed: dict[int, Candidate] = {}
    for i, c in enumerate(found):
        if " " in c.surface:
            continue
        before = _WORD_BEFORE.search(text, max(0, c.start - 40), c.start)
        if before is None or f"{before.group(1)} {c.surface}" not in people or any(
                o.start < c.start and before.start(1) < o.end for o in found if o is not c):
            continue
        whole = _person_at(article_id, text, before.start(1), c.end, None)
        if whole:
            completed[i] = replace(whole[0], label=c.label if c.label == "person" else None)
    return [completed.get(i, c) for i, c in enumerate(found)]


def _person_at(article_id: str, text: str, start: int, end: int,
               role: str | None) -> list[Candidate]:
    words = text[start:end].split()
    if "\n" in text[start:end] or any(
            w.lower() in TITLE_WORDS or w.lower() in ORG_WORDS or w.lower() in ROLE_LOWER
            or w in SENTENCE_WORDS or w.lower() in CALENDAR_WORDS for w in words):
        return []
    name = " ".join(words)
    return [Candidate(article_id, start, end, text[start:end], name, None,
                      role_before(text, start) or role, "person", *where_in(text, start, end))]
