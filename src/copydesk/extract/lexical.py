"""The fallback name tagger, used when spaCy's English pipeline is not installed.

It finds runs of capitalised words (allowing "of", "the", "de" inside a
name, as in "Secretary of State" or "Bank of England"), drops the words that
only start a sentence, and types each run from cues any reader would use:

* person: a title or honorific before it ("Minister", "President", "Mr"), or a
  run of two or three capitalised words followed by a speech verb;
* organisation: an organisation word inside it ("Ministry", "Council", "Bank")
  or an all-capitals acronym ("NATO", "CIA");
* place: after "in", "from", "to", "near", "at" or as a dateline ("KYIV, Ukraine").

Other capitalised runs are tagged ``NAME`` (untyped) and kept only if the
cross-document vote in :mod:`copydesk.extract.votes` types them from other
mentions of the same name; one-word nationalities ("Ukrainian") are tagged
``NORP`` and vote against their spelling being an entity. It is much weaker
than spaCy (no context model: on the seeds it still merges every Blinken
spelling and keeps the four officials apart) but deterministic and ~10x faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from copydesk.calendar_words import MONTHS, WEEKDAYS
from copydesk.extract.names import HONORIFICS, ORG_WORDS, TITLE_WORDS
from copydesk.extract.nlp import Span
from copydesk.wordfreqs import zipf

_WORD = r"[A-Z][\w'’.-]*[\w]|[A-Z]"
_RUN = re.compile(rf"(?:{_WORD})(?:(?: (?:of|the|de|al|bin|von|van|der|la|del) | )(?:{_WORD}))*")
_POSSESSIVE = re.compile(r"['’]s?$")
_DEMONYM = re.compile(r"(?:ian|ean|ese|ish|ians|eans)$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”]\s+|\n\s*)$")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
#: A one-word place the tagger missed must not be a common word in lower case (Zipf
#: frequency, wordfreq): "Might" (5.7), "Custody" (4.2), "Zoom" (3.8) are words; Kyiv
#: (3.1), Kharkiv (2.9), Saltmere (0) pass. The tagger finds frequent places itself
#: (London 5.3, Geneva 4.0).
COMMON_WORD_ZIPF = 3.5
_LINE_START = re.compile(r"(?:^|\n)\s*$")
_PLACE_BEFORE = re.compile(r"\b(?:in|from|to|near|at|into|across|outside|inside)\s+(?:the\s+)?$")
_SPEECH_AFTER = re.compile(r"^\s*(?:,\s*)?(?:said|says|told|added|stated|wrote|warned|noted)\b")

#: Capitalised words that are not names when they stand alone at a sentence start.
_FUNCTION_WORDS = frozenset({
    "The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "If", "When", "While", "As",
    "It", "He", "She", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
    "Here", "After", "Before", "During", "Since", "Until", "With", "Without", "By", "From",
    "To", "Of", "Our", "His", "Her", "Their", "Its", "My", "Your", "What", "Who", "Why", "How",
    "Some", "Any", "All", "No", "Not", "Yes", "Also", "Then", "So", "Yet", "Still", "Even",
    "According", "Meanwhile", "However", "Instead",
}) | {name.title() for name in WEEKDAYS + MONTHS}


#: Label of a capitalised span with no type cue of its own: the cross-document
#: vote types it from other mentions of the same name, or drops it.
UNTYPED = "NAME"


class LexicalTagger:
    """Capitalised spans typed by title, organisation-word and preposition cues."""

    name = "lexical"

    def tag(self, texts: Iterable[str]) -> Iterator[list[Span]]:
        for text in texts:
            yield tag_text(text)


def tag_text(text: str) -> list[Span]:
    """Typed name spans in one text (see the module docstring for the cues)."""
    spans: list[Span] = []
    for m in _RUN.finditer(text):
        start, words = m.start(), m.group(0).split(" ")
        # Drop leading function words and titles; titles become the cue instead.
        titled = False
        while words and (words[0] in _FUNCTION_WORDS or _is_title(words[0])):
            titled = titled or _is_title(words[0])
            start += len(words[0]) + 1
            words = words[1:]
        cut = _after_last_title(words)
        if cut:
            titled = True
            start += len(" ".join(words[:cut])) + 1
            words = words[cut:]
        while words and words[-1] in ("of", "the", "de"):
            words = words[:-1]
        if words and _POSSESSIVE.search(words[-1]):
            words[-1] = _POSSESSIVE.sub("", words[-1])
        words = [w for w in words if w]
        if not words:
            continue
        end = start + len(" ".join(words))
        label = _label(text, start, end, words, titled)
        if label:
            spans.append(Span(start, end, text[start:end], label))
    return spans


def _after_last_title(words: list[str]) -> int:
    """Index of the first name word after a title inside the run ("CIA Director William
    Burns" → 2), skipping the title's complement ("Secretary of State"); 0 when none."""
    last = max((i for i, w in enumerate(words[:-1]) if _is_title(w)), default=-1)
    if last < 0:
        return 0
    i = last + 1
    while i + 1 < len(words) and words[i] in ("of", "the"):
        i += 2
    return i if i < len(words) else 0


def _is_title(word: str) -> bool:
    w = word.lower().rstrip(".")
    return w in TITLE_WORDS or w in HONORIFICS


def places_missed(text: str, tagged: Sequence[Span]) -> list[Span]:
    """Places with a cue of their own ("in Kyiv", "from Kyiv", a dateline "KYIV,
    Ukraine —") that overlap no span of ``tagged``: a statistical tagger trained before
    a spelling spread misses it (spaCy's small English pipeline tags "Kiev" and almost
    never "Kyiv", so half a corpus's mentions of the city were lost and Kiev stood
    alone). The cross-document vote still weighs each of them."""
    taken = sorted((s.start, s.end) for s in tagged)
    out = []
    for span in tag_text(text):
        if span.label != "GPE" or any(a < span.end and span.start < b for a, b in taken):
            continue
        if _THE_BEFORE.search(text, 0, span.start):
            continue  # "to the Tribune", "in the Senate": a paper or a body, mostly
        if sum(c.isupper() for c in span.text) >= 2 and not _dateline(text, span):
            continue  # "into ETFs", "at ATMs", "to NGOs": acronyms, not places
        if " " not in span.text and zipf(span.text.lower()) >= COMMON_WORD_ZIPF:
            continue  # "in Might": a spinner's word for May, not a town
        if span.text.endswith("ism"):
            continue  # "converted to Catholicism"
        out.append(span)
    return out


#: After a dateline's place: a region ("KYIV, Ukraine"), a day ("SAN FRANCISCO, 5 Jan"), an
#: agency in brackets ("ROME (AP) —") or a dash before a capital ("KHARKIV — Shelling…");
#: not "NATO (the North Atlantic…)" nor "WHO - the World Health Organization".
_DATELINE_AFTER = re.compile(r", (?:[A-Z][a-z]|\d)|\s+\([A-Z][\w .&-]{0,20}\)|\s+[—–-]+\s+[A-Z]")
#: Labels that open a line as a dateline does, and are no place.
_LABELS = frozenset({"BREAKING", "EXCLUSIVE", "UPDATE", "UPDATED", "WATCH", "LIVE", "ANALYSIS",
                     "OPINION", "EDITORIAL", "PHOTOS", "VIDEO", "CORRECTION", "DEVELOPING"})


def _dateline(text: str, span: Span) -> bool:
    """A capitalised place opening a line, then a region or an agency: "KYIV, Ukraine
    (AP) —", "KHARKIV —"; not "UNICEF, the UN agency, …" nor "NATO, …" at a paragraph's
    start."""
    return span.text.isupper() and span.text not in _LABELS and bool(
        _LINE_START.search(text, 0, span.start)) and bool(_DATELINE_AFTER.match(text, span.end))


def _label(text: str, start: int, end: int, words: list[str], titled: bool) -> str | None:
    lowered = [w.lower().rstrip(".") for w in words]
    if any(w in ORG_WORDS for w in lowered):
        return "ORG"
    before = text[max(0, start - 16):start]
    if words[0].isupper() and _dateline(text, Span(start, end, text[start:end], "")):
        return "GPE"  # a dateline: "KYIV, Ukraine" (before the acronym rule: not an ORG)
    if len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 6:
        return "ORG" if not _PLACE_BEFORE.search(text[max(0, start - 12):start]) else "GPE"
    if titled:
        return "PERSON"
    if len(words) == 1 and len(words[0]) >= 6 and _DEMONYM.search(words[0]):
        return "NORP"  # "Ukrainian", "Japanese": a nationality, not a place
    if _PLACE_BEFORE.search(before):
        return "GPE"
    at_start = bool(_SENTENCE_START.search(before))
    if _SPEECH_AFTER.match(text[end:end + 20]) and len(words) <= 3:
        return "PERSON"
    if not at_start or len(words) > 1:
        return UNTYPED
    return None
