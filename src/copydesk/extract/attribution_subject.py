"""The speaker a speech verb's subject names: "Blinken said", "he told reporters", "A
spokeswoman for Oda Brenn said", "it said".

The attribution after a quote ("…," the minister said) and the one before it (The
minister said: "…") both end in a subject like this, so they share one reading of it:
a name with a comma after it, a pronoun, "it" for an institution, the last name, else
the nominal phrase; never a name written as a possessive ("Blinken's talks")."""

from __future__ import annotations

import re

from copydesk.extract.nominal_speakers import NOMINAL, nominal
from copydesk.extract.quote_options import QuoteOptions
from copydesk.extract.quote_people import (
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
    NamedMention,
    Speaker,
    from_mention,
    pronoun_speaker,
)
from copydesk.extract.quote_spans import QuoteSpan
from copydesk.extract.speaker_titles import untitled

_POSSESSIVE = re.compile(r"[’'](?:s\b|(?=\s))")


def from_subject(
    text: str,
    subject: tuple[int, int],
    subject_text: str,
    span: QuoteSpan,
    people: list[NamedMention],
    subjects: list[NamedMention],
    said: list[tuple[int, Speaker]],
    options: QuoteOptions,
) -> Speaker | None:
    apposed = _apposed_person(text, subject, people)
    if apposed is not None:
        return from_mention(apposed)
    if "," in subject_text:
        # "…," NATO allies are asking for, the official said: the clause after the comma;
        # but "A spokesman for the ministry, who asked not to be named, said" is the
        # spokesman (a relative clause after the comma only describes the subject).
        tail = subject_text.rsplit(",", 1)[1].strip()
        if tail.split(" ", 1)[0].lower() in RELATIVE_PRONOUNS:  # dropped, and then as before
            subject_text = subject_text.rsplit(",", 1)[0].rstrip()  # ("The minister, Oda
            subject = (subject[0], subject[0] + len(subject_text))  # Brenn, who…": Brenn)
            tail = subject_text.rsplit(",", 1)[1].strip() if "," in subject_text else ""
        if tail:
            subject = (subject[1] - len(tail), subject[1])
            subject_text = tail
    last_word = subject_text.split()[-1]
    named_last = any(m.start < subject[1] and m.end >= subject[1] - len(last_word)
                     and subject[0] <= m.start for m in people)
    if last_word.lower() in SUBJECT_PRONOUNS and not named_last:  # "Ella said" names Ella
        return pronoun_speaker(text, span.open, last_word, people, subjects, said)
    if last_word in ("it", "It"):
        # "it" speaks for an institution: the last quote's speaker if that is one, else
        # the last organisation its paragraph names; never a person ("The federation
        # welcomed the offer. “Words are cheap,” it said" had gone to the minister quoted
        # before).
        persons = {m.entity_id for m in people if m.type == "person"}
        if said and said[-1][1].entity_id not in persons:
            return said[-1][1]
        start = text.rfind("\n", 0, span.open) + 1
        orgs = [m for m in people if m.type == "organisation" and start <= m.start < span.open]
        return from_mention(orgs[-1]) if orgs else None
    named = [m for m in people if subject[0] <= m.start and m.end <= subject[1]
             and not (is_possessive(text, m) and m.end + 3 < subject[1])]  # "X's lawyer"
    if named and NOMINAL.match(subject_text) and untitled(
            text[subject[0] : named[-1].start].split())[-1:] \
            in (["for"], ["of"], ["to"], ["at"], ["from"], ["in"], ["with"]):
        # "A spokeswoman for Oda Brenn said": the spokeswoman speaks, not Brenn; "A
        # midwife at St Ilse said" is no statement of the hospital (a standards-desk probe);
        # "A spokeswoman for Justice Minister Paulina Rask said" neither (an English
        # quotes probe's went to the minister).
        return nominal(subject_text, options) or (
            Speaker(subject_text, None)
            if len(subject_text.split()) <= options.max_nominal_words + 4 else None)
    if named:
        return from_mention(named[-1])
    return nominal(subject_text, options)


def _apposed_person(
    text: str, subject: tuple[int, int], people: list[NamedMention]
) -> NamedMention | None:
    """The person a subject opens with when a comma follows the name: "Olexander Varenko,
    Ostravia's foreign minister, told…" is Varenko (the role after the comma was taken
    for the speaker); "Putin warned, the official said" is no such subject."""
    for m in people:
        if m.type != "person" or not subject[0] <= m.start < m.end <= subject[1]:
            continue
        lead = text[subject[0] : m.start].strip(" ,;:—–-\u00a0\t\n").split()
        rest = text[m.end : subject[1]]
        titles_only = len(lead) <= 3 and all(w[:1].isupper() for w in lead)
        listed = re.search(r"\b(?:and|or|&)\b", rest)  # "Smith, the mayor and … said"
        if titles_only and rest.lstrip().startswith(",") and not listed:
            return m
        return None
    return None


def is_possessive(text: str, m: NamedMention) -> bool:
    """Whether a name is written as a possessive (Blinken’s, Moses'): it is not a subject."""
    return bool(_POSSESSIVE.match(text, m.end))
