"""Who said a quote that has no attribution of its own: the person who opens the
sentence it sits in ("Marsh called the strike “premature and damaging”"), the speaker
of the quote before it while the same turn goes on, or the person the sentence before
it introduces ("Dunmore was blunt. “…”", "Penrose said:" closing the paragraph before).

These rules read the sentences around a quote rather than an attribution clause, and
the finder tries them only after the clauses after and before the quote named no one."""

from __future__ import annotations

import re

from copydesk.extract.quote_options import QuoteOptions
from copydesk.extract.quote_people import (
    SUBJECT_PRONOUNS,
    NamedMention,
    Speaker,
    before_clause,
    from_mention,
    pronoun_speaker,
)
from copydesk.extract.quote_spans import DOUBLE_MARKS, QuoteSpan
from copydesk.extract.speaker_titles import only_titles_before


def sentence_subject(
    text: str, span: QuoteSpan, subjects: list[NamedMention], options: QuoteOptions
) -> Speaker | None:
    """The person who opens the sentence a quote sits inside, with no speech verb
    ("Marsh called the strike “premature and damaging”"): the quoted words are theirs."""
    clause = before_clause(text, span.open, options.before_window)
    if clause is None or not text[clause[0]:clause[1]].strip():
        return None
    inside = [m for m in subjects if clause[0] <= m.start < clause[1]]
    return from_mention(inside[0]) if inside else None


#: A sentence that hands over to a quote after it: "He said:", "Penrose told the
#: meeting:", "Ibsen did not mince his words on the picket line."
_HANDS_OVER = re.compile(
    r"\b(?:said|says|added|told\s+[^.!?\n“”\"]{1,40}|wrote|declared|explained|insisted)\s*:\s*$")
#: Where a sentence starts: after an end mark and a space, or a line.
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?])\s+|\n)(?=\S)", re.MULTILINE)


def introduced(
    text: str, span: QuoteSpan, people: list[NamedMention], subjects: list[NamedMention],
    said: list[tuple[int, Speaker]],
) -> Speaker | None:
    """An English quote with no attribution of its own, introduced by the sentence right
    before it (an English quotes probe: none of 6 read): "Dunmore was blunt. “…”" in one
    paragraph, or "… Penrose said:" (or "He said:") closing the paragraph before a
    paragraph that is the quote, or "Ibsen did not mince his words on the picket line."
    as that paragraph's last sentence. The person who opens that sentence speaks; a
    sentence that quotes anyone, or opens with no person, hands over to no one, and a
    quote followed by anything in its paragraph ("…", she said) is left to its own."""
    if text[span.close + 1:].split("\n", 1)[0].strip():
        return None  # something follows in its paragraph: an attribution, if anything
    line = text.rfind("\n", 0, span.open) + 1
    own_line = text[line:span.open]
    if own_line.strip():
        last = _last_sentence(text, line, span.open)
        if last is None or not own_line.rstrip().endswith((".", "!", "?")):
            return None  # the quote is inside its sentence, not after it
    else:
        before = text[:line].rstrip()
        if not before:
            return None
        last = _last_sentence(text, before.rfind("\n") + 1, len(before))
    if last is None:
        return None
    start, end = last
    sentence = text[start:end]
    if any(mark in sentence for mark in DOUBLE_MARKS):
        return None
    hands_over = _HANDS_OVER.search(sentence)
    if hands_over is not None:
        # "Speaking to reporters on Friday, Fairley said:": the person right before the verb
        verb_at = start + hands_over.start()
        named = [m for m in people if m.type == "person" and start <= m.start
                 and 0 <= verb_at - m.end <= 2]
        if named:
            return from_mention(named[-1])
    opener = next((m for m in people if m.type == "person" and start <= m.start < end
                   and only_titles_before(text[start:m.start])), None)
    if opener is not None:
        # "Councillor Maren Tolliver was blunt. “…”" (a regression probe's had none)
        return from_mention(opener)
    first = sentence.split(maxsplit=1)[0].lower() if sentence.strip() else ""
    if first in SUBJECT_PRONOUNS and hands_over is not None:
        return pronoun_speaker(text, start, first, people, subjects, said)
    return None


def _last_sentence(text: str, start: int, end: int) -> tuple[int, int] | None:
    """[start, end) of the last sentence in ``text[start:end]``."""
    begins = [m.start() for m in _SENTENCE_START.finditer(text, start, end)]
    return (begins[-1], end) if begins else None


#: "…," it said: an institution speaks, not the person quoted before.
IT_SAID = re.compile(r"[\s,]*it\s+(?:said|says|added|stated|wrote|noted|insisted)\b")


def same_turn(
    text: str, before: QuoteSpan, span: QuoteSpan, speaker: Speaker,
    subjects: list[NamedMention],
) -> bool:
    """Whether an unattributed quote continues the previous one's speaker: same
    paragraph, or the next paragraph right after a quote ("…," he said. "…"); not when a
    sentence between them opens with another person ("…," he stated. Castane thanked
    each side. "…," she informed journalists: the quote had gone to him). A person named
    inside the attribution ("Halvik told the Herald.") opens no sentence."""
    if any(before.close < m.start < span.open and m.entity_id != speaker.entity_id
           for m in subjects):
        return False
    between = text[before.close + 1:span.open]
    if "\n" not in between:
        return True  # one paragraph: a newswire paragraph has one speaker
    # The next paragraph continues a speaker only when the quote opens it: "Protesters
    # held banners reading “Hands off our libraries”" was the councillor's (a probe).
    opening = between.rsplit("\n", 1)[1]
    return between.count("\n") <= 2 and len(between.split()) <= 12 and (
        not opening.strip(" \t\u00a0-–—•*>") or opening.rstrip().endswith(":")
        # "Asked whether beds would close, he paused. “…”" (a regression probe)
        or _SPEAKER_PRONOUN.search(opening) is not None)


#: A pronoun that may stand for the last speaker in the words before a quote.
_SPEAKER_PRONOUN = re.compile(r"\b(?:he|she|they|his|her|their)\b", re.IGNORECASE)
