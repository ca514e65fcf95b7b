"""Who said a quote, from the attribution after its closing mark: "…," Blinken said;
"…," said the official; "…», a-t-il déclaré; "…," said the county fire commissioner,
Tomas Brehler.

The finder reads this clause first for every quote, so this module also decides when
the words after a quote are no attribution of it but a sentence of their own or the
introduction of the next quote; then the clause before the quote is read instead
(:mod:`copydesk.extract.attribution_before`)."""

from __future__ import annotations

import re

from copydesk.extract.attribution_subject import from_subject
from copydesk.extract.french_speech import IMPERSONAL_AFTER_VERB, INVERTED_PRONOUN
from copydesk.extract.names import TITLE_WORDS
from copydesk.extract.nominal_speakers import FINITE_VERB, nominal
from copydesk.extract.quote_options import QuoteOptions
from copydesk.extract.quote_people import (
    SENTENCE_END,
    NamedMention,
    Speaker,
    from_mention,
    of_the_pronouns_gender,
    paragraph_person,
)
from copydesk.extract.quote_spans import DOUBLE_MARKS, QuoteSpan
from copydesk.extract.quotes_other import CAPITALISED_NEXT, inverted_speaker
from copydesk.extract.speaker_titles import a_title_word
from copydesk.extract.speech_verbs import Words

#: A subject after a Spanish verb ("dijo después un vecino"): then it is no pro-drop.
_SPANISH_SUBJECT = re.compile(r"\s+(?:\w+mente\s+|después\s+|luego\s+)?(?:un|una|el|la|los|las"
                              r"|su|sus|uno|otro|otra)\b", re.IGNORECASE)
#: Spanish verbs that stand without their subject ("…», afirmó").
_PRO_DROP = frozenset({"dijo", "afirmó", "declaró", "añadió", "aseguró"})


def after_clause(text: str, start: int, width: int) -> tuple[int, int] | None:
    """[start, end) of the attribution clause after a closing mark, if it is one."""
    end = min(len(text), start + width)
    stop = SENTENCE_END.search(text, start, end)
    if stop is not None:
        end = stop.start()
    for mark in DOUBLE_MARKS:
        at = text.find(mark, start, end)
        if at != -1:
            end = at
    return (start, end) if end > start else None


def opens_next_statement(
    text: str, span: QuoteSpan, after: tuple[int, int], words_of: Words
) -> bool:
    """Whether the words after a closing mark are a new sentence that introduces the next
    quote: the quote ended its sentence with a full stop, a capital follows and the words
    end in a colon ("Budrys said the bloc was “finally serious.” His Latvian counterpart,
    Baiba Braze, said: “…”" gave Braze the first quote). Not "“…,” Reid said, adding:
    “…”": there the words attribute both quotes."""
    words = text[after[0]:after[1]]
    if _a_statement_of_its_own(text, span, words, words_of.verb):
        return True
    lead = words.rstrip()[:-1].split()
    return (text[span.start:span.end].rstrip().endswith(".")
            and words.lstrip()[:1].isupper() and words.rstrip().endswith(":")
            # "“….” Reid said, adding: “…”" attributes the quote before it too
            and not (lead and lead[-1].lower().endswith("ing")))


def _a_statement_of_its_own(
    text: str, span: QuoteSpan, words: str, verbs: re.Pattern[str]
) -> bool:
    """Whether the sentence after a quote that ended its own sentence says something of
    its own before its speech verb ("Lund “shouted at everyone.” The footage showed
    nothing of the kind, magistrate Oliver Grant said."): the magistrate said that, not
    the quote, which had become his as a fact (a standards-desk probe). A speaker with
    a description ("“….” Reid, the party's leader, said") stays the quote's."""
    # (a nested quote may close it: "…and said, ‘You will regret this.’”")
    if not re.sub(r"[\s’']+$", "", text[span.start:span.end]).endswith((".", "!", "?")):
        return False
    verb = verbs.search(words)
    if verb is None or not words.lstrip()[:1].isupper():
        return False
    subject = words[:verb.start()].strip()
    first = subject.split(",", 1)[0]
    # A clause with a verb of its own, not a long description ("The chief executive of
    # Harbour Lines, Tomas Veldhuis, said", "The retired judge who chaired the inquiry,
    # Hal Osterby, said") nor an opening phrase ("Speaking to villagers on Monday,
    # Gerrit Amsel said"): two regression probes' quotes had lost their speakers.
    if "," not in subject or subject.endswith(",") or len(first.split()) < 5 \
            or first.split()[0].lower().endswith("ing"):
        return False
    main = _RELATIVE.split(first, maxsplit=1)[0]
    return any(not _MODIFIER_BEFORE.search(main, 0, m.start())
               for m in FINITE_VERB.finditer(main))


#: Where a relative or adverbial clause opens inside a description ("who chaired").
_RELATIVE = re.compile(r"\s(?:who|whom|whose|which|that|as|when|while)\s")
#: Words after which an "-ed" word is an adjective ("the newly appointed harbour master").
_MODIFIER_BEFORE = re.compile(r"\b(?:the|a|an|newly|recently|long|once|now|its|his|her|"
                              r"their)\s+$", re.IGNORECASE)


#: Words of a title before an inverted speaker's name that may hold another name:
#: "said Finance Minister Sara Lindqvist", "said Bank of Norland governor Ada Roe".
MAX_TITLE_WORDS = 4


def resolve_after(
    text: str,
    clause: tuple[int, int],
    span: QuoteSpan,
    people: list[NamedMention],
    subjects: list[NamedMention],
    said: list[tuple[int, Speaker]],
    options: QuoteOptions,
    words: Words,
) -> Speaker | None:
    start, end = clause
    inverted = INVERTED_PRONOUN.match(text, start, end)
    if inverted is not None:
        pronoun = inverted.group("p1") or inverted.group("p2")
        found = from_subject(text, (start, start), pronoun, span, people, subjects, said,
                             options)
        return of_the_pronouns_gender(text, span.open, people, found, pronoun)
    verb = words.verb.search(text, start, end)
    if verb is None or IMPERSONAL_AFTER_VERB.match(text, verb.end()):
        return None
    subject = (start, verb.start())
    subject_text = text[start:verb.start()].strip(" ,;:—–-\u00a0\t")
    if not subject_text:
        # Inverted: "…," said Blinken / said the official / according to the ministry.
        obj_start = verb.end()
        named = [m for m in people if obj_start <= m.start < end]
        if words.speech is not None:
            found = inverted_speaker(text, obj_start, span, people, subjects, said,
                                     words.speech, bool(named))
            if found is not None:
                return found
        if not named and verb.group(0) in _PRO_DROP and not _SPANISH_SUBJECT.match(
                text, obj_start) and not CAPITALISED_NEXT.match(text, obj_start):
            # "Brennaert se mostró más prudente. «…», afirmó": Spanish leaves the subject
            # out; it is the person the paragraph names, as "he said" would be.
            return paragraph_person(text, span.open, people)
        first = named[0] if named else None
        persons = [m for m in named if m.type == "person"]
        for person in persons:
            if _described_apposition(text, obj_start, person, appositive_only=True):
                # "said the lawyer representing Rudolf Brack, Irene Dolz", "said Arsenal's
                # manager, Tom Ellery": the name after the description's comma speaks.
                return from_mention(person)
        for person in reversed(persons):
            # "said Finance Minister Sara Lindqvist": a person after title words is the
            # speaker, also after a name the tagger took for a person ("said Ostrevin
            # mayor Piet Haldane"); "said Greenpeace after activist Ana Lopez…" is not.
            title = text[obj_start:person.start].split()
            if person is not first and len(title) <= MAX_TITLE_WORDS and all(
                    map(a_title_word, title)):
                first = person
                break
        if first is not None:
            between = text[obj_start:first.start].strip(" ,").split()
            if len(between) <= (2 if first is named[0] else MAX_TITLE_WORDS) or (
                    first.type == "person" and _described_apposition(text, obj_start, first)):
                return from_mention(first)
        return nominal(text[obj_start:end], options)
    if len(subject_text.split()) > options.max_nominal_words + 4 or (
            _WHAT.search(subject_text) and not _IS_WHAT.match(subject_text)):
        return None
    return from_subject(text, subject, subject_text, span, people, subjects, said, options)


#: "…”, a reference to what Lumivar says are 18,000 soldiers": the verb after the quote
#: is another clause's, inside "what …" (an OSINT probe's quote went to "a reference to
#: what Lumivar"; the minister named before the quote said it).
_WHAT = re.compile(r"\bwhat(?:\s+[\w'’-]+){1,4}$", re.IGNORECASE)  # the verb is its own
#: "“Never forget the night of the flood,” is what Dara Venn says": the quote is hers.
_IS_WHAT = re.compile(r"(?:is|was|are|were)\s+what\s", re.IGNORECASE)
# (not "the leader of what is now the largest party, Maria Lund, said": a regression probe)


#: Words that show a clause between an inverted verb and a name is not a description of
#: the speaker ("said the report, which cited Ana Lopez", "said police after Ana Lopez…",
#: "the report by…").
_NOT_A_DESCRIPTION = frozenset(
    "which that who whom whose after before when while as citing cited quoting quoted "
    "according and or but than by qui que dont après avant lorsque quand par cuyo después "
    "antes cuando mientras por".split()
)
#: English words after which a name is the description's object, not the speaker: "the
#: lawyer representing Rudolf Brack", "the widow of foreman Piet Aalders" (unless a comma
#: and another name follow: then that name is the speaker). French and Spanish write the
#: speaker there without a comma ("le capitaine du port Tomas Vile"), so theirs are not.
_OBJECT_WORDS = frozenset("of for from about with on to representing".split())
#: Longest description of a speaker between the verb and the name.
MAX_DESCRIPTION_WORDS = 8


def _described_apposition(
    text: str, obj_start: int, person: NamedMention, appositive_only: bool = False
) -> bool:
    """Whether the words between an inverted speech verb and a person describe that
    person: "said the county fire commissioner, Tomas Brehler", "a déclaré aux
    journalistes le commissaire aux incendies Tomasz Brehler", "escribió la presidenta
    del tribunal, Helena Marsk". No clause, no comma but one right before the name.
    Before that comma the description may hold names ("the lawyer representing Rudolf
    Brack, Irene Dolz", "Arsenal's manager, Tom Ellery", "le ministre du Travail, Hugo
    Serrat"); without it, lower-case words only, and none that makes the name its object
    ("the widow of Piet Aalders" is not his)."""
    between = _IN_A_STATEMENT.sub("", text[obj_start:person.start].strip())
    appositive = between.endswith(",")
    if appositive_only and not appositive:
        return False
    body = between[:-1].rstrip() if appositive else between
    words = body.split()
    if not 0 < len(words) <= MAX_DESCRIPTION_WORDS or re.search(r"[,;:.!?()\n]", body) or any(
            w.lower() in _NOT_A_DESCRIPTION for w in words):
        return False
    if appositive:
        first = words[0]
        return first.islower() or first.endswith(("'s", "’s"))
    if _title_last(words[-1]) and words[0].lower() in _ARTICLES:
        # "said the Turkish interior minister Selim Arikan", "sagte der türkische
        # Innenminister Selim Arıkan": an article, then no name but a title's (a
        # real-names probe's quotes went to the whole phrase, or to no one)
        return all(w not in _OBJECT_WORDS for w in words)
    return all(w.islower() and w not in _OBJECT_WORDS and not (w.endswith("ing") and w.isascii())
               for w in words)


#: "afirmó en un comunicado la coordinadora …, Maria Lindqvist": where it was said is
#: not the description.
_IN_A_STATEMENT = re.compile(r"^(?:in\s+a\s+statement|en\s+un\s+comunicado|dans\s+un\s+"
                             r"communiqué|in\s+einer\s+(?:Erklärung|Mitteilung))\s+",
                             re.IGNORECASE)
_ARTICLES = frozenset("the der die das el la los las le les il lo".split())
#: German titles are compounds ending in the title ("Innenminister", "Regierungssprecherin").
_GERMAN_TITLE_END = re.compile(r"(?:minister|präsident|sprecher|kanzler|bürgermeister|direktor"
                               r"|leiter|sekretär|vorsitzende)(?:in|r)?$", re.IGNORECASE)


def _title_last(word: str) -> bool:
    low = word.lower()
    return low in TITLE_WORDS or bool(_GERMAN_TITLE_END.search(low))
