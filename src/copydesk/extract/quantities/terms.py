"""Prison terms in English: "sentenced him to six years in prison", "jailed for 12 years",
"a sentence of 18 months".

A court's sentence is a duration, and a bare duration counts nothing ("two days" asserts
nothing), so a fact-checker probe's "sentenced to six years" (the wire) and "sentenced to
eight years" (an independent paper) were never compared. A duration that a sentencing verb
governs counts "prison sentence", as "a five-year prison sentence" already did; a
suspended one "suspended sentence". What a court may give or a prosecutor asks ("faces up
to 10 years", "sought eight years") is no sentence and keeps counting nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from copydesk.records import Quantity

#: A sentencing verb and what may stand between it and the duration ("sentenced former
#: port commissioner Anselm Garrity to", "was jailed for", "handed a sentence of").
_BEFORE = re.compile(
    r"\b(?:sentenced|sentences|sentencing)\b[^.;:!?]{0,80}?\bto\s+(?:a\s+(?:total\s+of\s+)?)?$"
    r"|\b(?:jailed|imprisoned|locked\s+up)\s+for\s+$"
    r"|\b(?:given|handed|received|receives|gets|got|serve|serving|served)\s+(?:a\s+)?"
    r"(?:(?:prison|jail|custodial|suspended)\s+)?(?:sentence|term)\s+of\s+$"
    # "as the sentence of six years in prison was read out" (with the prison after it:
    # a standards-desk probe's two copies were missed)
    r"|\b(?:the|his|her|their)\s+(?:(?:prison|jail)\s+)?sentence\s+of\s+$",
    re.IGNORECASE)
#: A bare "given", "handed" or "received" governs a sentence only with the prison after
#: it ("was given six years in prison"; not "were given two weeks to leave").
_GIVEN = re.compile(r"\b(?:given|handed(?:\s+down)?|received|gets|got)\s+$", re.IGNORECASE)
_PRISON_AFTER = re.compile(r"\s+(?:in\s+(?:prison|jail)|behind\s+bars|of\s+imprisonment"
                           r"|(?:in\s+)?(?:jail|prison))\b", re.IGNORECASE)
#: What makes it no sentence: a maximum, a request, a possibility.
_NOT_GIVEN = re.compile(
    r"\b(?:faces?|facing|could|may|might|risks?|up\s+to|maximum|seeks?|sought|seeking|asked"
    r"|demanded|requested|called\s+for|would)\b", re.IGNORECASE)
#: After the duration: where it is served, or nothing that makes it another duration.
_SUSPENDED = re.compile(r"\bsuspended\b", re.IGNORECASE)
_TIME_UNITS = frozenset({"year", "month", "week", "day"})


def sentence_begins(text: str, at: int) -> int:
    """Where the sentence holding ``at`` begins: after the last ". " or line break before
    it (0 in the text's first sentence; the first letter had been cut off there, so "The
    sentence of two years" was read as "he sentence of")."""
    stop = text.rfind(". ", 0, at)
    return max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, at) + 1)


def prison_terms(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each duration a sentencing verb governs counting the sentence."""
    out = []
    for q in found:
        if q.counts is None and q.unit in _TIME_UNITS:
            sentence = sentence_begins(text, q.start)
            before = text[sentence:q.start]
            verb = _BEFORE.search(before) or (
                _GIVEN.search(before) if _PRISON_AFTER.match(text, q.end) else None)
            if verb is not None and not _NOT_GIVEN.search(before):
                # to the end of the clause after it: "sentenced to two years in prison,
                # suspended for 18 months" (a regression probe's was a prison term)
                stop = re.search(r"[.;!?\n]", text[q.end:q.end + 60])
                around = text[max(sentence, verb.start()):q.end + (stop.start() if stop else 60)]
                q = replace(q, counts="suspended sentence" if _SUSPENDED.search(around)
                            else "prison sentence")
        out.append(q)
    return out
