"""A writer's biography at the end of a text: "Amira Castell covers transport and local
politics for the Ferndale Observer."

Sites set it under an "About the author" label, or alone after the last paragraph. Its
shape is a person's name, then what they cover or are ("covers", "writes about", "is a
reporter for"); kept, it read as the article's last sentence and gave the article a
person and an outlet it does not report on.
"""

from __future__ import annotations

import re

#: A name of one to four capitalised words (joiners allowed: "Ana de Souza"), or a
#: pronoun, then what the writer does.
_BIO = re.compile(
    r"^(?P<who>(?:He|She|They)\b|[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|van|von|de|del|da|di"
    r"|le|la|al|bin|ibn)){0,3})\s+(?:covers\b|writes (?:about|on|for)\b"
    r"|reports (?:on|for|from)\b|has (?:covered|reported (?:on|for|from)|written (?:about|on|for)"
    r"|been (?:a|an|the)\b[^.;]{0,60}?\b(?:reporter|correspondent|editor|writer|journalist))\b"
    r"|(?:is|was) (?:a|an|the|our)\b[^.;]{0,60}?\b(?:reporter|correspondent|editor|writer"
    r"|journalist|columnist|contributor|producer|critic|photographer)s?\b)")
#: A biography is a sentence or two: a longer line is the article's paragraph.
MAX_BIO_WORDS = 45
#: Where a byline's names part: "Mara Lind and Jo Bell", "Mara Lind, Transport Editor".
_BYLINE_PARTS = re.compile(r"\s*(?:[,;&]|\band\b)\s*")


def bio_subject(line: str) -> str | None:
    """The name (or pronoun) a biography line opens with, or None when it is none."""
    if len(line.split()) > MAX_BIO_WORDS:
        return None
    found = _BIO.match(line.strip())
    return found.group("who") if found else None


#: What a biography never holds: an attribution ("…, the court heard", "the notes say")
#: or the money sense of "covers" (a regression probe's "Nora Feld covers the legal
#: costs…, the court heard" was cut as her biography).
_NOT_A_BIO = re.compile(
    r"\b(?:said|says|say|told|heard|according|cost|costs|bill|fees?|losses|damages|insurance)\b"
    r"|[\"“”]", re.IGNORECASE)
#: Where a line's sentences part.
_SENTENCES = re.compile(r"(?<=[.!?])\s+")
#: What may follow a biography's sentence: how to reach the writer.
_CONTACT = re.compile(r"^(?:Write to|E-?mail|Contact|Follow|Reach|Send)\b", re.IGNORECASE)


def closing_bio(line: str, byline: str | None) -> bool:
    """Whether the text's last line is its writer's biography: one sentence that opens
    with the full name of a writer the byline names and says what they cover or are,
    with no attribution in it. Without the byline's name nothing is taken: an article's
    last sentence may well say what someone covers ("Ola Brandt covers the trial for the
    Kessar Herald." in a story on the press); nor is a paragraph whose second sentence is
    not how to reach the writer: it may be the news ("… for the Ferndale Observer. She
    was released on Sunday", a regression probe)."""
    who = bio_subject(line)
    if not who or not byline or _NOT_A_BIO.search(line) or not all(
            _CONTACT.match(more) for more in _SENTENCES.split(line.strip())[1:]):
        return False
    names = {" ".join(part.split()).casefold() for part in _BYLINE_PARTS.split(byline)}
    return len(who.split()) >= 2 and " ".join(who.split()).casefold() in names
