"""Who said a quote, from the sentence part before its opening mark: Blinken said: "…";
reported speech ("told CNN that officials got a “complete debrief”"); "according to the
ministry"; and a participle after a comma ("…, saying “…”"), which goes to the subject
of the clause before the comma, not to the nearest name nor to a possessive.

The finder reads this clause when the words after the quote attribute it to no one
(:mod:`copydesk.extract.attribution_after`)."""

from __future__ import annotations

import re

from copydesk.extract.attribution_subject import from_subject, is_possessive
from copydesk.extract.french_speech import FRENCH_VERB, INTRODUCED, SELON_RELATIVE
from copydesk.extract.mentions import role_before
from copydesk.extract.nominal_speakers import nominal
from copydesk.extract.quote_options import QuoteOptions
from copydesk.extract.quote_people import NamedMention, Speaker, from_mention
from copydesk.extract.quote_spans import QuoteSpan
from copydesk.extract.speech_other import ACCORDING
from copydesk.extract.speech_verbs import Words

#: Speech verbs as participles that open a clause after a comma ("…, saying that …"):
#: the speaker is the subject of the clause before the comma, not the nearest name.
_PARTICIPLES = (
    "saying", "telling", "adding", "noting", "warning", "stating", "announcing", "declaring",
    "insisting", "stressing", "arguing", "claiming", "explaining", "writing", "tweeting",
    "calling", "describing", "acknowledging", "admitting", "urging", "vowing",
)
_PARTICIPLE = re.compile(r",\s*(?:" + "|".join(_PARTICIPLES) + r")\b")
#: "…, with Commerce Minister Rajesh Menon saying New Delhi had “held its ground”": the
#: one after "with" speaks (a real-names probe's quote had no speaker).
_WITH_SAYING = re.compile(r",\s*with\s+(?P<who>[^,;:“”\"]{2,80}?)\s+(?:"
                          + "|".join(_PARTICIPLES) + r")\b")
#: Words after which a name opens a clause ("two days after Biden muddled …, saying").
_CLAUSE_OPENERS = frozenset(
    "after before when while as because since although though until once and but".split()
)
#: A passive before a speech verb: "been told to", "was asked to".
_PASSIVE_BEFORE = re.compile(r"\b(?:been|was|were|is|are|be|being|get|got)\s+$", re.IGNORECASE)
_OBJECT_PREPOSITION = re.compile(r"\b(?:to|for|of|at|from|about|against|on|by)\b")
#: "Как отметила официальный представитель МИД Мария Захарова, «…»", "Як зазначив речник
#: МЗС Олег Ніколенко, «…»": a clause opened by "as" puts its speaker after the verb, so
#: the words before the verb are no subject (the quotes went to "Как" and "Як").
_AS_BEFORE_VERB = re.compile(r"(?:как|як)(?:\s+(?:уже|вже|ранее|раніше|ранее\s+уже))?",
                             re.IGNORECASE)


def resolve_before(
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
    if said and SELON_RELATIVE.search(text, start, end):
        # "…», a lancé Inès Carpentier, selon laquelle le maire, Bruno Lestrade, « … »":
        # the words are still hers (a regression probe had given them to the mayor).
        return said[-1][1]
    verbs = list(words.verb.finditer(text, start, end))
    participles = list(_PARTICIPLE.finditer(text, start, end))
    with_saying = list(_WITH_SAYING.finditer(text, start, end))
    if with_saying and (not verbs or with_saying[-1].start() > verbs[-1].start()) and len(
            text[with_saying[-1].end():end].split()) <= options.max_reported_words:
        # Only after a comma (not "met with Reuel on Friday saying"), and a person named
        # there but not as an object ("with a warning to Tomas Reuel saying": a regression
        # probe's quotes went to the one addressed).
        who = with_saying[-1]
        named = [m for m in people if who.start("who") <= m.start and m.end <= who.end("who")
                 and m.type == "person" and not is_possessive(text, m)  # "X's lawyer"
                 and not _OBJECT_PREPOSITION.search(text, who.start("who"), m.start)]
        if named:
            return from_mention(named[0])
    if participles and (not verbs or participles[-1].start() > verbs[-1].start()):
        if len(text[participles[-1].end():end].split()) > options.max_reported_words:
            return None
        return _clause_subject(text, start, participles[-1].start(), people)
    if not verbs:
        return None
    verb = verbs[-1]
    if _PASSIVE_BEFORE.search(text, max(start, verb.start() - 12), verb.start()):
        # "… and been told to "stop asking"": told by someone else, not saying it (a
        # monitoring probe's speaker was the whole 27-word clause before "been")
        return None
    # Between the verb and the quote: ":" or "reporters:", or reported speech in the
    # same sentence ("… told CNN that officials got a “complete debrief” …").
    if len(text[verb.end():end].split()) > options.max_reported_words:
        return None
    if FRENCH_VERB.fullmatch(verb.group(0)) and not verb.group(0).lower().startswith(
            "selon") and not INTRODUCED.match(text, verb.end(), end):
        return None
    if verb.group(0).lower().startswith(("according", "selon")) or (
            verb.group(0).lower() in ACCORDING):
        named = [m for m in people if verb.end() <= m.start < end]
        return from_mention(named[0]) if named else nominal(text[verb.end():end], options)
    subject_text = text[start:verb.start()].strip(" ,;:—–-\u00a0\t")
    if not subject_text:
        return None
    if _AS_BEFORE_VERB.fullmatch(subject_text):
        return _named_after_verb(text, verb.end(), end, people, options)
    return from_subject(
        text, (start, verb.start()), subject_text, span, people, subjects, said, options
    )


def _named_after_verb(text: str, start: int, end: int, people: list[NamedMention],
                      options: QuoteOptions) -> Speaker | None:
    """The speaker named between an inverted verb and the quote: the first person there
    ("представитель МИД Мария Захарова" is hers, not the ministry's), else the first
    organisation ("Как сообщает ТАСС"), else a description ("как заявил дипломат")."""
    named = [m for m in people if start <= m.start < end]
    person = next((m for m in named if m.type == "person"), None)
    if person is not None or named:
        return from_mention(person or named[0])
    return nominal(text[start:end], options)


def _clause_subject(
    text: str, start: int, end: int, people: list[NamedMention]
) -> Speaker | None:
    """The speaker of "…, saying “…”": the last person in [start, end) who opens a
    clause (after the sentence start, a comma or a conjunction such as "after"; a role
    before the name allowed) and is not a possessive ("Blinken’s talks with …")."""
    found = None
    for m in people:
        if m.type != "person" or not start <= m.start < end or is_possessive(text, m):
            continue
        lead = text[start:m.start]
        role = role_before(text, m.start)
        if role and lead.rstrip(" ,").endswith(role):
            lead = lead.rstrip(" ,")[: -len(role)]
        lead = lead.rstrip()
        if not lead or lead.endswith(",") or lead.split()[-1].lower() in _CLAUSE_OPENERS:
            found = m
    return from_mention(found) if found else None
