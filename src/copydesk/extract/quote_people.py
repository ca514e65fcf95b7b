"""Who is around a quote: the named people the entity stage found, which of them open
their sentence (the subjects), and what every language's attribution rules use to pick
one of them (the paragraph's one person, the latest subject, people named together, a
surname written before, the gender a text gives a name). Kept apart from the quote
finder (:mod:`copydesk.extract.quotes`, English and French) so that the rules of other
languages (:mod:`copydesk.extract.quotes_other`) share them without an import cycle."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from copydesk.abbreviations import not_after_title
from copydesk.extract.french_speech import OPENS_ON_A_THING, gender_before
from copydesk.extract.lexical_other import is_title
from copydesk.extract.mentions import role_before
from copydesk.extract.quote_spans import DOUBLE_MARKS
from copydesk.extract.speech_other import (
    FEMININE_PRONOUNS,
    LEAD_WORDS,
    MASCULINE_PRONOUNS,
    Speech,
)


@dataclass(frozen=True, slots=True)
class NamedMention:
    """A mention the entity stage resolved, as the quote finder needs it."""

    start: int
    end: int
    entity_id: str
    name: str
    type: str


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said a quote: a name, and the entity it is when the entity stage knows it."""

    name: str | None
    entity_id: str | None


#: A sentence's end; not the stop of a title before a name ("…," said Sgt. Maria Lopez),
#: "Dr." included: in an attribution it is a doctor, not a drive.
#: "St." before a name of two capitalised words is a saint's ("St. Alder Hospital"), not a
#: street's end of sentence: the quote of "Dr. Tomas Reyel, director of St. Alder Hospital
#: in nearby Velm, said:" had gone to "Velm".
_SAINT = r"(?!(?<=\bSt\.)\s+[A-Z][\w'’-]+\s+[A-Z])"


SENTENCE_END = re.compile(
    r"[.!?]" + not_after_title(also=("Dr",)) + _SAINT + r"(?=[\s\"”’])|\n")


def before_clause(text: str, end: int, width: int) -> tuple[int, int] | None:
    """[start, end) of the sentence part before an opening mark."""
    start = max(0, end - width)
    last = None
    for m in SENTENCE_END.finditer(text, start, end):
        last = m
    if last is not None:
        start = last.end()
    for mark in DOUBLE_MARKS:
        at = text.rfind(mark, start, end)
        if at != -1:
            start = at + 1
    return (start, end) if end > start else None


def from_mention(m: NamedMention) -> Speaker:
    return Speaker(m.name, m.entity_id)


def paragraph_person(
    text: str, position: int, people: list[NamedMention], since: int | None = None
) -> Speaker | None:
    """The one person the quote's paragraph names before it, if it names exactly one:
    "…, retired postman Ewan Tolley showed her the petition. “…,” he said." is his,
    though he is not the subject that opens the sentence. ``since`` widens the window
    back to an earlier offset (the paragraph before)."""
    start = text.rfind("\n", 0, position) + 1 if since is None else since
    named = {m.entity_id: m for m in people if m.type == "person" and start <= m.start < position}
    return from_mention(next(iter(named.values()))) if len(named) == 1 else None


_LISTED = re.compile(r"\s*,\s*")


#: "and Gov. Janet Mills"; "und", "y", "e", "en" in German, Spanish, Italian, Portuguese
#: and Dutch text.
_AND = re.compile(r"\s*(?:,\s*)?(?:and|und|y|e|en)\s+(?:[A-Z][a-z]{0,4}\.\s+)?")


def joint_subject(
    text: str,
    position: int,
    subjects: list[NamedMention],
    people: list[NamedMention],
    said: list[tuple[int, Speaker]],
) -> bool:
    """Whether the latest subject before ``position`` is one of two or more people named
    together ("Catherine Mann and Swati Dhingra voted"): a "she" after it is either."""
    latest = max((m for m in subjects if m.start < position), key=lambda m: m.start,
                 default=None)
    if latest is None or any(latest.start < at < position for at, _ in said):
        return False
    # The subject may close the list ("Sen. Collins and Gov. Mills toured": Mills, after a
    # title, counts as a subject too), or open it: follow it forward ("Mann and Dhingra",
    # "Pill, Mann and Dhingra"); not "Speaking after Kerr, Lee defended…" (no "and").
    if any(m.entity_id != latest.entity_id and m.end <= latest.start
           and _AND.fullmatch(text, m.end, latest.start) for m in people):
        return True
    end = latest.end
    for other in sorted((m for m in people if latest.end <= m.start < position),
                        key=lambda m: m.start):
        if other.entity_id == latest.entity_id:
            continue
        if _AND.fullmatch(text, end, other.start):
            return True
        if not _LISTED.fullmatch(text, end, other.start):
            return False
        end = other.end
    return False


def recent_subject(
    position: int, subjects: list[NamedMention], said: list[tuple[int, Speaker]]
) -> Speaker | None:
    """The person most recently the subject of a sentence, or speaker of a quote."""
    best: tuple[int, Speaker] | None = None
    for m in subjects:
        if m.start < position and (best is None or m.start > best[0]):
            best = (m.start, from_mention(m))
    for at, speaker in said:
        if at < position and (best is None or at > best[0]):
            best = (at, speaker)
    return best[1] if best else None


def named_before(
    speaker: Speaker, people: list[NamedMention], position: int, any_surname: bool = False
) -> Speaker | None:
    """The one person named earlier whose surname the speaker is ("Governor Janet Mills
    … Mills said:" is Janet Mills, not a second speaker "Mills"); none when two people
    share it (two brothers Papadakis: the quote stays with the bare surname). With
    ``any_surname`` (Spanish and Portuguese give two), any word after the first:
    "declaró Ortuño" is Mercedes Ortuño Balaguer."""
    name = speaker.name or ""
    if not re.fullmatch(r"[^\W\d_a-zß-ÿ][\w’'-]+", name):
        return None
    named = {m.entity_id: m for m in people if m.type == "person" and m.start < position
             and (m.name.split()[-1] == name or (any_surname and name in m.name.split()[1:]))
             and m.name != name}
    return from_mention(next(iter(named.values()))) if len(named) == 1 else None


#: Pronouns of one gender, and the forms of address of each before a name.
HE = frozenset({"he", "él", "il"}) | MASCULINE_PRONOUNS
SHE = frozenset({"she", "ella", "elle"}) | FEMININE_PRONOUNS


#: Not "Sr.": in English a Sister (a regression probe's nun lost her quotes), or Senior;
#: not "M.", an initial as often as a monsieur ("Ada M. Holt").
_ADDRESS = re.compile(r"\b(?:(?P<m>Mr|Herr|Señor|Monsieur)|(?P<f>Mrs|Ms|Miss|Mme|Mlle"
                      r"|Madam|Madame|Frau|Sra|Señora))\.?\s+$")


def addressed_as_other(
    text: str, people: list[NamedMention], speaker: Speaker, pronoun: str
) -> bool:
    """Whether the article addresses ``speaker`` only as the other gender than
    ``pronoun`` ("Mr. Ould Cheikh" for a quote "she said": a names probe's minister,
    whom the tagger had missed, gave her quote to the envoy quoted before her)."""
    word = pronoun.casefold()
    if speaker.entity_id is None or word not in HE | SHE:
        return False
    forms = set()
    for m in people:
        if m.entity_id == speaker.entity_id:
            address = _ADDRESS.search(text, max(0, m.start - 12), m.start)
            if address:
                forms.add("m" if address.group("m") else "f")
    return forms == ({"f"} if word in HE else {"m"})


def of_the_pronouns_gender(
    text: str, position: int, people: list[NamedMention], found: Speaker | None,
    pronoun: str, gender: Callable[[str, int], str | None] = gender_before,
) -> Speaker | None:
    """A French "a-t-il"/"a-t-elle" speaker checked by the gender the text gives people
    ("M. Lantier", "Mme Dolhain", "la présidente du club, Nathalie Carrel"): the last
    person of the pronoun's gender named in the quote's paragraph or the two before it,
    else ``found`` unless its gender is the other one (a regression probe's "a-t-elle
    précisé" went to the man quoted just before, and "a-t-elle rétorqué" to "M. Lantier")."""
    wanted = "f" if pronoun.casefold() in SHE else "m"
    paragraph = text.rfind("\n", 0, position) + 1
    if OPENS_ON_A_THING.match(text, paragraph, position) and not any(
            m.type == "person" and paragraph <= m.start < position for m in people):
        return None
    start = position
    for _ in range(3):
        start = text.rfind("\n\n", 0, max(0, start - 1)) + 1
    genders: dict[str, str | None] = {}
    for m in people:
        if m.type == "person" and m.start < position:
            genders[m.entity_id] = genders.get(m.entity_id) or gender(text, m.start)
    for m in reversed(people):
        if m.type == "person" and start <= m.start < position \
                and genders[m.entity_id] == wanted:
            return from_mention(m)
    if found is not None and genders.get(found.entity_id or "") not in (None, wanted):
        return None
    return found

#: Plural subject pronouns: "they said" names no one person.
PLURAL_PRONOUNS = frozenset({"they", "ellos", "ellas", "ils", "elles"})
#: Pronouns a speech verb's subject may be ("Sie sagte" was taken for a person "Sie").
SUBJECT_PRONOUNS = HE | SHE | PLURAL_PRONOUNS
#: Words that open a relative clause describing a subject ("…, who asked not to be named,").
RELATIVE_PRONOUNS = frozenset({"who", "whose", "which", "that", "der", "die", "qui", "que"})


def pronoun_speaker(
    text: str,
    position: int,
    word: str,
    people: list[NamedMention],
    subjects: list[NamedMention],
    said: list[tuple[int, Speaker]],
) -> Speaker | None:
    """Who a subject pronoun before or after a speech verb stands for: the one person
    the quote's paragraph names, else the latest subject or speaker; no one for a plural,
    for one of two people named together, or for a person addressed as the other gender."""
    plural = word.lower() in PLURAL_PRONOUNS
    one = paragraph_person(text, position, people) if not plural else None
    if one is None and not plural and joint_subject(text, position, subjects, people, said):
        # "Mann and Dhingra voted for a cut. “…,” she said.": which one? The one of the
        # pronoun's gender, when the article says so ("Farmer Ivo Kestner and his wife,
        # Marta Kestner, …": "he said" is his; a regression probe's went to her)
        return _the_one_of_the_gender(text, position, word.lower(), people)
    found = one or recent_subject(position, subjects, said)
    if found is not None and word.lower() in ("he", "she"):
        found = _of_the_gender(text, position, word.lower(), people, found)
    if found is not None and addressed_as_other(text, people, found, word):
        return None  # "Mr. Ould Cheikh said …. “…,” she said" is not his
    return found


def _the_one_of_the_gender(
    text: str, position: int, word: str, people: list[NamedMention]
) -> Speaker | None:
    """The one person of the paragraph before the quote's of an English pronoun's gender,
    or no one."""
    if word not in ("he", "she"):
        return None
    from copydesk.extract.english_gender import gender_of

    wanted = "m" if word == "he" else "f"
    start = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, position))) + 1
    persons = {m.entity_id: m for m in people if m.type == "person" and start <= m.start < position}
    fit = [m for i, m in persons.items() if gender_of(text, i, people, before=position) == wanted]
    return from_mention(fit[0]) if len(fit) == 1 else None


def _of_the_gender(
    text: str, position: int, word: str, people: list[NamedMention], found: Speaker
) -> Speaker | None:
    """An English "he" or "she" checked against what the article says of people's
    gender (``english_gender``): ``found`` unless the article makes it the other gender;
    then the person of the pronoun's gender named last in the quote's paragraph or the
    two before it, else no one rather than the other gender
    ("… with his granddaughter, Karin Sollie, … ¶ “…,” he said" went to her; an English
    quotes probe's pronouns were 11 of 47 wrong)."""
    from copydesk.extract.english_gender import gender_of

    wanted = "m" if word == "he" else "f"
    start = position
    for _ in range(3):
        start = text.rfind("\n\n", 0, max(0, start - 1)) + 1
    persons = [m for m in people if m.type == "person" and start <= m.start < position]
    ids = {m.entity_id for m in persons} | {found.entity_id or ""}
    genders = {i: gender_of(text, i, people, before=position) for i in ids if i}
    mine = genders.get(found.entity_id or "")
    if mine == wanted or mine is None:
        # (found of no known gender is kept: "Zelenskyy thanked Blinken … “…,” he said"
        # had gone to Blinken, the one man the article's words marked)
        return found
    matching = [m for m in reversed(persons) if genders.get(m.entity_id) == wanted]
    if matching:
        return from_mention(matching[0])
    return None if mine is not None else found


def previous_paragraph_start(text: str, position: int) -> int:
    """Where the paragraph before the one holding ``position`` starts."""
    return text.rfind("\n", 0, max(0, text.rfind("\n", 0, position) - 1)) + 1


def recent_organisation(
    text: str, position: int, people: list[NamedMention]
) -> Speaker | None:
    """The organisation named last in the quote's paragraph or the one before it."""
    start = previous_paragraph_start(text, position)
    found = [m for m in people if m.type == "organisation" and start <= m.start < position]
    return from_mention(found[-1]) if found else None


def subject_mentions(
    text: str, people: list[NamedMention], speech: Speech | None = None
) -> list[NamedMention]:
    """Person mentions that open their sentence or its main clause, after a role
    ("Opposition spokesman Niall Corrigan") or an opening phrase ("In turn, Kirby"); in
    German, Spanish, Italian, Portuguese and Dutch also after an article and a role in
    lower case ("El alcalde Jorge Altamirano", "Il geologo Marco Fantoni")."""
    out = []
    for m in people:
        line_start = text.rfind("\n", 0, m.start) + 1
        before = text[line_start:m.start]
        cut = max((b.end() for b in SENTENCE_END.finditer(before)), default=0)
        lead = before[cut:]
        if '"' in lead or "“" in lead or "”" in lead or lead.rstrip().endswith(("The", "the")):
            continue  # inside a quote, or a modifier ("the Biden administration")
        if ":" in lead:
            # a colon opens the main clause too: "Costume sombre, ton contrit : Dominic
            # Ashcombe a passé…" (a multilingual probe's "a-t-il reconnu" had no speaker)
            lead = lead.rsplit(":", 1)[1]
        if "," in lead:
            lead = lead.rsplit(",", 1)[1]  # after an opening phrase: "In turn, Kirby said"
        role = role_before(text, m.start)
        if role and lead.rstrip(" ,").endswith(role):
            lead = lead.rstrip(" ,")[: -len(role)]  # "Opposition trade spokesman Niall Corrigan"
        if speech is not None:
            lead = " ".join(w for w in lead.split() if w.lower() not in LEAD_WORDS
                            and not is_title(w, speech.language))
        if len(lead.split()) <= 6 and not re.search(r"\b[a-z]+\b", lead):
            out.append(m)
    return out
