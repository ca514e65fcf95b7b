"""Meetings and visits between named people, as claims: who, where and when.

Events are read from English articles only, a sentence at a time, with windows of their
own for how far from the verb a participant or a place may be named; they share nothing
with the figures' rules but the sentence's date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from copydesk.facts.claim_dates import sentence_date, time_text
from copydesk.facts.claim_types import Claim, EntityMention
from copydesk.records import DateRef

__all__ = ["MEET_AFTER", "MEET_BEFORE", "PLACE_WINDOW", "VISITOR_BEFORE", "event_claims"]


#: Verbs that state an event between named people; chosen from how newswires
#: word meetings and visits (demo corpus and seeds).
_EVENT_VERBS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:met|meets|meet|meeting|held\s+talks|talks\s+with|sat\s+down\s+with"
                r"|sitdown\s+with)\b", re.IGNORECASE), "met"),
    (re.compile(r"\b(?:visited|visits|visit|visiting|travell?ed\s+to|flew\s+to)\b",
                re.IGNORECASE), "visited"),
)
#: How far (characters) from the verb the participants of a meeting may be named:
#: the subject before it, the counterpart after it ("Halvik held talks with his
#: counterpart Brennaert"). Wider windows pulled in people of other clauses on the seeds.
MEET_BEFORE, MEET_AFTER = 120, 80
_SPEECH = re.compile(r"\b(?:said|says|told|tells|added|stated|noted|explained|announced"
                     r"|according\s+to)\b", re.IGNORECASE)
#: A visitor is named just before the verb ("Vask visited…", "Burns visited Kiev").
VISITOR_BEFORE = 40


def event_claims(
    article_id: str,
    text: str,
    names: Sequence[EntityMention],
    dates: Sequence[DateRef],
    sentences: list[tuple[int, int]],
) -> list[Claim]:
    claims = []
    for s_start, s_end in sentences:
        sentence = text[s_start:s_end]
        inside = [m for m in names if s_start <= m.start and m.end <= s_end]
        for pattern, predicate in _EVENT_VERBS:
            verb = pattern.search(sentence)
            if verb is None:
                continue
            v_start, v_end = s_start + verb.start(), s_start + verb.end()
            people_before = [m for m in inside if m.type == "person" and m.end <= v_start]
            people_after = [m for m in inside if m.type == "person" and m.start >= v_end]
            # People named before a speech verb report the event, they are not in it:
            # "Psaki said that Blinken and Lavrov are expected to meet".
            speech = list(_SPEECH.finditer(text, max(s_start, v_start - MEET_BEFORE), v_start))
            if speech:
                people_before = [m for m in people_before if m.start >= speech[-1].end()]
            if predicate == "met":
                near = [m for m in people_before if v_start - m.end <= MEET_BEFORE]
                near += [m for m in people_after if m.start - v_end <= MEET_AFTER]
                people = sorted({m.name for m in near})
                if len(people) < 2 or not any(m in near for m in people_before):
                    continue
            else:
                visitor = _visitor(sentence, verb, s_start, inside, people_before, speech)
                if visitor is None:
                    continue
                people = [visitor.name]
            place = _event_place(text, inside, v_start)
            if not place and len(people) == 1:
                continue  # "Halvik visited" and no place: the briefing showed a blank fact
            when = sentence_date(dates, s_start, s_end)
            claims.append(
                Claim(
                    article_id=article_id,
                    kind="event",
                    subject=" & ".join(people),
                    predicate=predicate,
                    value=place,
                    time=time_text(when),
                    start=s_start,
                    end=s_end,
                    text=sentence,
                    day_low=when.value if when else None,
                    day_high=(when.end_value or when.value) if when else None,
                )
            )
            break
    return claims


def _visitor(
    sentence: str,
    verb: re.Match[str],
    s_start: int,
    inside: Sequence[EntityMention],
    people_before: Sequence[EntityMention],
    speech: Sequence[re.Match[str]],
) -> EntityMention | None:
    """Who visits. "Burns visited Kiev": the person just before the verb. "during a visit"
    (a noun) belongs to the sentence's subject, not to the nearest name: "Blinken told
    President Zelenskyy during a visit to Kiev" is Blinken's visit, since the person
    right after "told" is the one spoken to."""
    v_start = s_start + verb.start()
    if not re.search(r"\b(?:a|an)\s+$", sentence[: verb.start()], re.I):  # not "his visits"
        near = [m for m in people_before if v_start - m.end <= VISITOR_BEFORE]
        return near[-1] if near else None
    people = [m for m in inside if m.type == "person" and m.end <= v_start]
    if speech and speech[-1].group(0).lower() in ("told", "tells"):
        told_at = speech[-1].start()
        before = [m for m in people if m.end <= told_at]
        return before[0] if before else None
    candidates = [m for m in people if not speech or m.start >= speech[-1].end()]
    return candidates[0] if candidates else None


def _event_place(text: str, inside: Sequence[EntityMention], verb_at: int) -> str:
    for m in inside:
        if m.type != "place" or m.start < verb_at:
            continue
        before = text[max(0, m.start - 12) : m.start].lower()
        if re.search(r"\b(?:in|to|at)\s+$", before) or m.start - verb_at < 12:
            return m.name
    for m in inside:
        if m.type == "place" and abs(m.start - verb_at) <= PLACE_WINDOW and re.search(
            r"\bin\s+$", text[max(0, m.start - 4) : m.start]
        ):
            return m.name
    return ""


#: A meeting's place named before the verb must be this close to it ("in Geneva, Blinken
#: met…"); further away it is another event of the sentence.
PLACE_WINDOW = 60
