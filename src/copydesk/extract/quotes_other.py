"""Who said a quote in German, Spanish, Italian, Portuguese and Dutch, where the rules of
the quote finder (:mod:`copydesk.extract.quotes`, written for English and French) find
no one or the wrong one: a pronoun or a description after the verb ("sagte sie", "zei
de wethouder", "afirmou o autarca"), a subject the language leaves out ("«…»,
lamentó"), a name before a colon, a paragraph that is only a quote, an organisation
named again by its kind. The words come from :mod:`copydesk.extract.speech_other`; each
rule and why is in docs/extract.md (twenty-eighth session), measured by
bench/quotes_languages.py."""

from __future__ import annotations

import functools
import re

from copydesk.extract.lexical_other import is_title
from copydesk.extract.quote_people import (
    RELATIVE_PRONOUNS,
    NamedMention,
    Speaker,
    before_clause,
    from_mention,
    joint_subject,
    named_before,
    of_the_pronouns_gender,
    paragraph_person,
    previous_paragraph_start,
    pronoun_speaker,
    recent_organisation,
    recent_subject,
)
from copydesk.extract.quote_spans import DOUBLE_MARKS, QuoteSpan
from copydesk.extract.speech_other import (
    FEMININE_ARTICLES,
    LEAD_WORDS,
    MASCULINE_ARTICLES,
    Speech,
)
from copydesk.extract.speech_other import gender_before as gender_of
from copydesk.polish_morphology import a_nationality


def inverted_speaker(
    text: str,
    at: int,
    span: QuoteSpan,
    people: list[NamedMention],
    subjects: list[NamedMention],
    said: list[tuple[int, Speaker]],
    speech: Speech,
    named: bool,
) -> Speaker | None:
    """The speaker after an inverted verb of German, Spanish, Italian, Portuguese or Dutch
    when no name follows it: a pronoun ("…“, sagte sie", "…", zei hij") stands for the
    person named before, as "she said" does; a definite description ("sagte der Enkel
    des Firmengründers", "afirmou o autarca", "zei de wethouder") is the one person its
    paragraph names, or the one person named earlier under that title; in a language
    that drops its subjects, nothing at all ("…», lamentó") is the paragraph's person.
    None leaves the quote to the English rules (a name after the verb, a nominal)."""
    pronoun = speech.pronoun.match(text, at)
    if pronoun is not None:
        word = pronoun.group("m") or pronoun.group("f")
        found = pronoun_speaker(text, span.open, word, people, subjects, said)
        return of_the_pronouns_gender(text, span.open, people, found, word,
                                       functools.partial(gender_of, language=speech.language))
    if named:
        first = min((m for m in people if m.start >= at), key=lambda m: m.start)
        source = _UNNAMED_SOURCE.match(text, first.end)
        if source is not None and first.type != "person":
            # "— сообщил РИА Новости источник в правительстве": the outlet is told, an
            # unnamed source speaks (the quote had gone to the news agency)
            return Speaker(source.group("who").strip(), None)
        between = text[at:first.start].split()
        if first.type == "person" and between and all(
                w.lower() in LEAD_WORDS or is_title(w, speech.language) for w in between):
            # "sagte die Vorsitzende Richterin Sabine Terhoeven in der Urteilsbegründung":
            # titles of this language before the name (the English list lacks them)
            return from_mention(first)
        titled = _titled_with_complement(text, at, people, speech)
        if titled is not None:
            return titled
        return None  # "…», dijo Nuria Cabrales": the English rules read a tagged name
    role_then_name = _ROLE_THEN_NAME.match(text, at) if speech.language != "de" else None
    if role_then_name is not None:  # (German writes its roles capitalised, as names)
        # "zegt projectleider Marloes Verbeek", "vertelt campingeigenaar Dirk Pauwels": a
        # full name after a role in lower case, tagged or not
        return Speaker(role_then_name.group(1), None)
    if speech.language == "pl":
        described = _polish_description(text, at, span, people)
        if described is not None:
            return described
    bare = _BARE_TITLE.match(text, at) if speech.language in ("ru", "uk", "pl") else None
    if bare is not None and is_title(bare.group(1), speech.language):
        # "— сказал президент.", "– dodał minister.": no article marks the description in
        # Russian, Ukrainian or Polish; the title alone names the one person written
        # earlier under it ("с президентом Украины Владимиром Зеленским"), in any case
        return _titled_person_before(text, bare.group(1), people, span.open, inflected=True)
    run = _NAME_RUN.match(text, at)
    if run is not None:
        # "…“, sagte Wiesenthal-Kurz kurz nach Mitternacht", "dijo Cabrales": a name the
        # tagger left untyped ends at its first word in lower case (the English rules
        # would read "kurz nach Mitternacht …" as a description); its title words go
        names = [w for w in run.group(0).split() if not is_title(w, speech.language)]
        return Speaker(" ".join(names), None) if names else None
    definite = speech.definite.match(text, at)
    if definite is not None:
        apposed = _APPOSED_NAME.match(text, at)
        if apposed is not None:
            # "advirtió el presidente de la comunidad de regantes, Emilio Sarrión, que…":
            # the name after the description's comma, tagged or not
            return Speaker(apposed.group(1), None)
        head = _description_head(text, at, speech)
        description = Speaker(_description(text, at, speech), None)
        if head.lower() in speech.organisation_nouns:
            # "señaló la empresa en una nota", "aldus het bedrijf": the organisation
            # named last before the quote
            return recent_organisation(text, span.open, people) or description
        described = _titled_person_before(text, head, people, span.open)
        if described is not None:
            # "sagte der Polizeisprecher", "erzählt die Professorin": the one person
            # written earlier with that word beside the name
            return described
        if is_title(head, speech.language):
            return _titled_speaker(text, span.open, people, description, head, speech)
        if _AGED.search(head):
            # "gestand der 22-Jährige", "zei de 27-jarige", "il ventunenne": an age
            # stands for the person last named as a subject or speaker
            return paragraph_person(text, span.open, people) or _recent_named(
                span.open, subjects, said) or description
        if head.lower() in _ANYONE:
            return None  # "sagte der Mann": whoever the article described, not named
        return (paragraph_person(text, span.open, people)
                or _sole_person_before(text, span.open, people) or description)
    if speech.pro_drop and speech.indefinite.match(text, at) is None:
        return _paragraph_speaker(text, span.open, people, subjects)
    return None


def _polish_description(text: str, at: int, span: QuoteSpan,
                        people: list[NamedMention]) -> Speaker | None:
    """A Polish speaker described after the verb, up to the clause's end: a title the
    person was written under before ("– dodał minister"), else the person the paragraph
    names before the quote ("– przekonywał adwokat", "– mówił szef resortu", "– ocenił
    Portugalczyk": Polish re-describes its speakers more than it names them again)."""
    words = _POLISH_DESCRIPTION.match(text, at)
    if words is None:
        return None
    described = words.group(1).split()
    if described[0][0].isupper() and not (len(described) == 1 and a_nationality(described[0])):
        return None  # a name: "– powiedział Sikorski"
    if len(described) == 1 and is_title(described[0], "pl"):
        titled = _titled_person_before(text, described[0], people, span.open, inflected=True)
        if titled is not None:
            return titled
    return paragraph_person(text, span.open, people) or paragraph_person(
        text, span.open, people, since=_sentence_before(text, span.open))


#: A sentence's end: a full stop after a word of four letters or more (not "mec.",
#: "prof.", "dr."), then a capital.
_SENTENCE_END = re.compile(r"(?<=\w{4}[.!?])\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ„“\"])")


def _sentence_before(text: str, position: int) -> int:
    """Where the sentence right before ``position`` starts, within its paragraph: the one
    person it names re-described after the verb ("Obrońca byłego prezesa, mec. Tomasz
    Urbański, zapowiedział apelację. „…” – przekonywał adwokat", where the paragraph
    names the accused too)."""
    start = text.rfind("\n", 0, position) + 1
    starts = [start, *(m.end() for m in _SENTENCE_END.finditer(text, start, position + 1)
                       if m.end() <= position)]
    return starts[-2] if len(starts) > 1 else start  # the last is the quote's sentence


#: One to three words after a Polish verb up to the end of its clause.
_POLISH_DESCRIPTION = re.compile(
    r"[ \u00a0]+((?:[\w-]+[ \u00a0]+){0,2}[\w-]+)[ \u00a0]*(?=[.,;!?\n]|$)")


#: A title alone after a Russian or Ukrainian verb, up to the end of its clause.
_BARE_TITLE = re.compile(r"[ \u00a0]+([а-яёіїєґa-ząćęłńóśźż'’-]+)[ \u00a0]*(?=[.,;!?\n]|$)")


#: An unnamed source after the outlet it told, in Russian and Ukrainian: "сообщил ТАСС
#: источник в отрасли", "повідомило Укрінформу джерело в уряді" (up to the clause's end).
_UNNAMED_SOURCE = re.compile(
    r"[ \u00a0]+(?P<who>(?:источник|источники|собеседник|собеседники|джерело|джерела"
    r"|співрозмовник|співрозмовники)(?:[ \u00a0]+[^\s,.;:!?()«»\"“”]+){0,4})")
#: "По его словам, «…»", "За її словами, «…»": whose words, by a possessive pronoun, as
#: the subject pronoun it stands for (the quote had no speaker).
_HIS_WORDS = re.compile(r"\b(?:по|за)[ \u00a0]+(?P<who>его|её|ее|их|його|її|їх)[ \u00a0]+"
                        r"словам(?:и)?[ \u00a0]*(?:,[^;:.!?«»\"“”]{0,60})?$", re.IGNORECASE)
_SUBJECT_OF = {"его": "он", "её": "она", "ее": "она", "його": "він", "її": "вона"}


#: "«…», — говорится в заявлении Минфина", "— йдеться в повідомленні ОП": a statement
#: speaks, not a person; its issuer is named after it, or no one is (the quote had gone
#: to the minister the paragraph before named).
_STATEMENT_SAYS = re.compile(
    r"[\s,]*[—–-]+[ \u00a0]*(?:говорится|сказано|отмечается|подчеркивается|указывается"
    r"|йдеться|зазначається|наголошується|підкреслюється|вказується)[ \u00a0]+(?:в|во|у)\b")


def statement_speaker(text: str, at: int, people: list[NamedMention]) -> Speaker | None:
    """The issuer of an impersonal "говорится в заявлении X" after a quote: X, the first
    name before the sentence ends, else a speaker with no name. None if no such words."""
    says = _STATEMENT_SAYS.match(text, at)
    if says is None:
        return None
    end = _CLAUSE_END.search(text, says.end())
    stop = end.start() if end is not None else len(text)
    named = [m for m in people if says.end() <= m.start < stop]
    return from_mention(named[0]) if named else Speaker(None, None)


#: Most words between a Russian or Ukrainian title after a verb and the name it titles:
#: "заявив координатор ООН Ларс Еклунд" has one, "заявил губернатор Харьковской области
#: Алексей Гнатенко" two, "сказал министр иностранных дел Украины Андрей Коваль" four.
_COMPLEMENT_MAX_WORDS = 5
#: Marks that end the clause of a title and its name.
_CLAUSE_END = re.compile(r"[,.;:!?()«»\"“”„\n]")


def _titled_with_complement(text: str, at: int, people: list[NamedMention],
                            speech: Speech) -> Speaker | None:
    """The person named after a Russian or Ukrainian title and its complement in the
    genitive: "…», – заявив координатор ООН Ларс Еклунд" is Еклунд's, not the ООН's
    (the organisation is the first name after the verb; a held-out probe), and "…», —
    заявил губернатор Харьковской области Алексей Гнатенко" had no speaker."""
    if speech.language not in ("ru", "uk"):
        return None
    words = text[at:at + 40].split()
    if not words or not is_title(words[0], speech.language):
        return None
    person = min((m for m in people if m.start >= at and m.type == "person"),
                 key=lambda m: m.start, default=None)
    if person is None or _CLAUSE_END.search(text, at, person.start):
        return None
    between = text[at:person.start].split()
    return from_mention(person) if len(between) <= 1 + _COMPLEMENT_MAX_WORDS else None


#: Capitalised words (with a name's particles) right after a verb.
_NAME_RUN = re.compile(r"[ \u00a0]+(?:[^\W\d_a-zß-ÿ][\w'’-]*)(?:[ \u00a0]+(?:(?:de|da|do|dos|del"
                       r"|della|di|van|von|der|den|ter)[ \u00a0]+)?[^\W\d_a-zß-ÿ][\w'’-]*)*")


#: After a verb: a role in lower case, then a full name of two or more words.
_ROLE_THEN_NAME = re.compile(
    r"[ \u00a0]+(?:[a-zß-ÿ][\w'’-]*[ \u00a0]+){1,2}([^\W\d_a-zß-ÿ][\w'’-]+(?:[ \u00a0]+(?:(?:de"
    r"|da|do|dos|del|della|di|van|von|der|den|ter|el)[ \u00a0]+)?[^\W\d_a-zß-ÿ][\w'’-]+){1,3})")


#: A full name the tagger left untyped, after a comma and right before a colon.
_NAME_AT_COLON = re.compile(r",[ \u00a0]+([^\W\d_a-zß-ÿ][\w'’-]+(?:[ \u00a0]+[^\W\d_a-zß-ÿ]"
                            r"[\w'’-]+){1,3})[ \u00a0]*:\s*$")


def _paragraph_speaker(
    text: str, position: int, people: list[NamedMention], subjects: list[NamedMention]
) -> Speaker | None:
    """Who a dropped subject stands for: the paragraph's one person, else the person who
    opens the paragraph's last sentence with a person subject ("Por la tarde declaró el
    antiguo interventor, Enrique Lago, … «…», explicó" after another name)."""
    one = paragraph_person(text, position, people)
    if one is not None:
        return one
    start = text.rfind("\n", 0, position) + 1
    inside = [m for m in subjects if start <= m.start < position]
    if not inside or joint_subject(text, position, subjects, people, []):
        return None  # "Lino Sarrazán e Greta Vossberg visitaram…": which of them?
    return from_mention(inside[-1])


def clause_speaker(
    text: str,
    span: QuoteSpan,
    people: list[NamedMention],
    subjects: list[NamedMention],
    said: list[tuple[int, Speaker]],
    width: int,
    speech: Speech,
) -> Speaker | None:
    """The speaker of a quote with no speech verb in German, Spanish, Italian, Portuguese
    or Dutch: the person named right before a colon that opens it ("Amaro il commento
    del tecnico, Gianluca Sartori: «…»"); the sentence's subject before that colon, a
    surname the tagger left untyped ("Cachada pediu desculpa aos colegas: «…»"); or the
    person a subject pronoun opening the sentence stands for ("Sie wolle „…“")."""
    clause = before_clause(text, span.open, width)
    if clause is None:
        return None
    words = text[clause[0]:clause[1]]
    if words.rstrip().endswith(":"):
        colon = clause[0] + len(words.rstrip()) - 1
        for m in reversed(people):
            if m.type == "person" and 0 <= colon - m.end <= 1:
                return from_mention(m)
        untyped = _NAME_AT_COLON.search(words)
        if untyped is not None and not any(
                m.start <= clause[0] + untyped.start(1) < m.end for m in people):
            return Speaker(untyped.group(1), None)  # "Deluso il tecnico, Sergio Pallottini:"
        opening = _NAME_RUN.match(" " + words.lstrip())
        if opening is not None:
            surname = named_before(Speaker(opening.group(0).split()[-1], None), people,
                                    span.open, any_surname=True)
            if surname is not None:
                return surname
    his = _HIS_WORDS.search(words)
    if his is not None:
        word = _SUBJECT_OF.get(his.group("who").lower())
        if word is None:  # "по их словам": theirs, no one person
            return None
        found = pronoun_speaker(text, span.open, word, people, subjects, said)
        return of_the_pronouns_gender(text, span.open, people, found, word,
                                      functools.partial(gender_of, language=speech.language))
    pronoun = speech.pronoun.match(" " + words.lstrip())
    if pronoun is not None and words.lstrip()[:1].isupper():
        word = pronoun.group("m") or pronoun.group("f")
        return pronoun_speaker(text, span.open, word, people, subjects, said)
    return None


#: An age standing for a person: "22-Jährige", "27-jarige", "ventunenne".
_AGED = re.compile(r"\d+-(?:jährige|jarige)|enne$", re.IGNORECASE)


#: Heads that describe anyone: the person described before, unnamed, not the one named.
_ANYONE = frozenset("mann frau man vrouw hombre mujer uomo donna homem mulher".split())


def _recent_named(
    position: int, subjects: list[NamedMention], said: list[tuple[int, Speaker]]
) -> Speaker | None:
    """The latest person named as a sentence's subject or a quote's speaker, no nominal."""
    named = [(at, s) for at, s in said if s.entity_id is not None]
    return recent_subject(position, subjects, named)


CAPITALISED_NEXT = re.compile(r"\s+[^\W\d_a-zß-ÿ]")


_NAME_WORD = r"[^\W\d_a-zß-ÿ][\w'’-]+"


#: A description, its comma, and a full name closed by a comma or the sentence's end.
_APPOSED_NAME = re.compile(
    # (after the comma maybe a role of its own: "el jefe del operativo, el sargento Ramiro
    # Cuesta Albán")
    rf"\s*[^,.;:!?\n«»\"“”„]{{1,90}},\s+(?:(?:el|la|il|lo|o|a|der|die|de|het)\s+"
    rf"(?:[a-zß-ÿ][\w-]*\s+){{1,2}})?({_NAME_WORD}(?:\s+(?:(?:de|da|do|dos|del|della|di"
    rf"|van|von|der|den|ter)\s+)?{_NAME_WORD}){{1,3}})\s*(?:[,.;]|$)")


def _titled_speaker(text: str, position: int, people: list[NamedMention],
                    description: Speaker, head: str, speech: Speech) -> Speaker:
    """A role no name was written beside before ("ha aggiunto il tecnico" after "Il
    direttore sportivo della Valpadana, Giorgio Manfredini, parla di …"; "afirmou o
    treinador" after "O técnico do Ferroviário, Adilson Moura"): the one person of the
    quote's paragraph, else of the paragraph before when this one names no one (no
    untagged name, no one introduced by an indefinite article: "eine ehemalige
    Pflegedienstleiterin … sagte die Frau"), if the text gave that person a role of
    their own and not the other gender. A person named without a role is not the role
    ("Greta Vossberg besuchte die Brandstelle. „…“, sagte der Polizeisprecher"). A name
    written in the description itself ("ha detto la segretaria regionale Rosaria
    Palumbo") is the speaker as written."""
    words = (description.name or "").split()
    if head.lower() in _ANYONE or any(w[:1].isupper() for w in words[2:]):
        return description
    paragraph = text.rfind("\n", 0, position) + 1
    since = paragraph
    if not any(m.type == "person" and paragraph <= m.start < position for m in people) \
            and not _UNTAGGED_NAME.search(text, paragraph, position) \
            and not speech.indefinite.search(text, paragraph, position):
        since = previous_paragraph_start(text, position)
    found = paragraph_person(text, position, people, since=since)
    if found is None:
        return description
    mentions = [m for m in people if m.entity_id == found.entity_id and m.start < position]
    wanted = _description_gender(words, speech)
    other_gender = wanted is not None and any(
        gender_of(text, m.start, speech.language) not in (None, wanted) for m in mentions)
    if other_gender or not any(_has_role(text, m, speech.language) for m in mentions):
        return description
    return found


def _has_role(text: str, mention: NamedMention, language: str) -> bool:
    """Whether a title of the language stands in the words before the name, in its
    clause ("Il direttore sportivo della Valpadana, Giorgio Manfredini"), or in an
    apposition after it ("Joaquim Valadas, sócio-gerente da empresa")."""
    before = re.split(r"[.;:!?\n«»\"“”„]", text[max(0, mention.start - 60):mention.start])[-1]
    after = re.match(r",([^,.;:!?\n«»\"“”„]{1,50})", text[mention.end:mention.end + 52])
    words = re.findall(r"[\w'’-]+", before)[-5:] + (
        re.findall(r"[\w'’-]+", after.group(1))[:4] if after else [])
    return any(is_title(w, language) for w in words)


def _description_gender(words: list[str], speech: Speech) -> str | None:
    """"m" or "f" when a description's article or German title gives its gender."""
    if len(words) < 2:
        return None
    article, head = words[0].lower(), words[1]
    if speech.language == "de" and is_title(head, "de"):
        return "f" if head.lower().endswith("in") else "m" if article == "der" else None
    if speech.language in ("es", "it", "pt"):
        if article in FEMININE_ARTICLES:
            return "f"
        if article in MASCULINE_ARTICLES:
            return "m"
    return None


#: Two capitalised words in a row after a word in lower case: a name the tagger left
#: untyped ("produzido pelo guitarrista Henrique Vaz Salgueiro").
_UNTAGGED_NAME = re.compile(r"(?<=[a-zß-ÿ,] )[^\W\d_a-zß-ÿ][\w'’-]+\s+[^\W\d_a-zß-ÿ][\w'’-]+")


def _sole_person_before(
    text: str, position: int, people: list[NamedMention]
) -> Speaker | None:
    """The one person named in the quote's paragraph and the paragraph before it, for a
    description that no word beside a name resolves ("recordó la estadounidense" after
    "La curadora de la muestra, Rachel Dunmore, conoció su obra …")."""
    return paragraph_person(text, position, people,
                            since=previous_paragraph_start(text, position))


def _description(text: str, at: int, speech: Speech) -> str:
    """A description after a verb, up to what follows it ("el corredor | tras cruzar la
    meta", "la organización | en un comunicado", "das Unternehmen am Mittwoch | mit")."""
    words: list[str] = []
    phrase = re.split(r"[,.;:!?()«»\"“”„\n]", text[at:at + 120], maxsplit=1)[0]
    for word in phrase.split():
        if words and (word.lower() in speech.prepositions
                      or word.lower() in _ENDS_A_DESCRIPTION or len(words) >= 6):
            break
        words.append(word)
    return " ".join(words)


#: Words after a description's first that end it: relative pronouns ("el colombiano,
#: que"; "der" and "die" after the article: "die Politikerin der Ökologischen Mitte"),
#: conjunctions and adverbs ("die 62-Jährige und lacht").
_ENDS_A_DESCRIPTION = RELATIVE_PRONOUNS | frozenset({
    "che", "dat", "welke", "wie", "cui", "quien", "und", "y", "e", "en", "ma", "mas", "pero",
    "aber", "maar", "poco", "molto", "muy", "sehr", "zeer", "muito", "noch", "ancora",
    "todavía", "nog", "ainda", "dann", "luego", "poi", "depois", "dan"})


def _description_head(text: str, at: int, speech: Speech) -> str:
    """The noun a description after a verb names its speaker by: its first word after
    the article that is not an adjective of rank ("il primo cittadino" → "cittadino")."""
    words = re.findall(r"[\w-]+", text[at:at + 80])[1:4]
    for word in words:
        if word.lower() not in _RANK_WORDS:
            return word
    return words[0] if words else ""


#: Words that qualify a role rather than name it ("il primo cittadino", "der neue Trainer").
_RANK_WORDS = frozenset("primo prima nuovo nuova neue neuer neuen nieuwe novo nova nuevo "
                        "nueva ex former".split())


def _titled_person_before(
    text: str, head: str, people: list[NamedMention], position: int, inflected: bool = False
) -> Speaker | None:
    """The one person written earlier right after ``head`` as a title ("wethouder
    Sander Bosmans … zei de wethouder", "la presidenta de la Diputación, Carmen
    Villaverde … dijo la presidenta") or with it in apposition ("Ilka Sandmann,
    Professorin für Mikrobiologie … erzählt die Professorin"): the definite description
    names them again; of several, the one written nearest after the title. ``inflected``:
    the title may be written in another case before."""
    if len(head) < 3:
        return None
    ending = r"\w{0,3}" if inflected else ""  # "президентом" is the title "президент"
    pattern = re.compile(rf"\b{re.escape(head)}{ending}\b[^.;:!?\n«»\"“”„]{{0,60}}$",
                         re.IGNORECASE)
    apposed = re.compile(rf"\s*,\s*(?:\w+\s+){{0,2}}{re.escape(head)}\b", re.IGNORECASE)
    gaps: dict[str, tuple[int, NamedMention]] = {}
    for p in people:
        if p.type != "person" or p.start >= position:
            continue
        before = pattern.search(text, max(0, p.start - 70), p.start)
        gap = p.start - before.start() if before else 0 if apposed.match(text, p.end) else -1
        if gap >= 0 and (p.entity_id not in gaps or gap < gaps[p.entity_id][0]):
            gaps[p.entity_id] = (gap, p)
    # the person right after the title, not one further on ("Minister finansów Piotr
    # Lasek spotkał się z Marią Kędzior … – dodał minister" is Lasek's)
    nearest = min((gap for gap, _ in gaps.values()), default=-1)
    titled = [p for gap, p in gaps.values() if gap == nearest]
    return from_mention(titled[0]) if len(titled) == 1 else None


def unnamed_speaker(name: str, speech: Speech) -> Speaker:
    """A speaker with no entity in German, Spanish, Italian, Portuguese or Dutch text,
    dropped when it opens with a preposition: the English rules take a capitalised phrase
    before a verb for a name, but in these languages it is as often an opening phrase
    ("Tijdens een onderbreking zei ze", "In einer schriftlichen Stellungnahme erklärte
    die Kasse": a held-out probe's wrong speakers)."""
    if name.split()[0].lower() in speech.prepositions:
        return Speaker(None, None)
    return Speaker(name, None)


def introduced_before(
    text: str, span: QuoteSpan, people: list[NamedMention]
) -> Speaker | None:
    """The speaker of a paragraph that is a quote and nothing else: the one person the
    paragraph before it names, when that paragraph quotes no one ("Polizeisprecher Jan
    Holt bezifferte den Schaden … ¶ „…“", "Il direttore sportivo, Gianni Moretti, non ha
    dubbi … ¶ «…»"). How German, Spanish, Italian, Portuguese and Dutch papers introduce
    a speaker (a quote probe's 40 articles did it 11 times); English rules keep theirs."""
    start = text.rfind("\n", 0, span.open) + 1
    if text[start:span.open].strip():
        return None
    before = text[:start].rstrip()
    if not before:
        return None
    previous = before.rfind("\n") + 1
    if any(mark in text[previous:len(before)] for mark in DOUBLE_MARKS):
        return None
    return paragraph_person(text, len(before), people)
