"""Who issued the statement a quote is cited from: "…," the statement said.

"The statement" tells a standards desk nothing, so the finder gives such a quote to
whoever the article says issued it ("the Health Ministry said in a statement"). The
phrases that name an issuer, and those that show another text was sent since, serve
this one rule and are kept with it."""

from __future__ import annotations

import re

from copydesk.extract.nominal_speakers import FINITE_VERB, nominal
from copydesk.extract.quote_options import QuoteOptions
from copydesk.extract.quote_people import NamedMention, Speaker, from_mention
from copydesk.extract.speaker_titles import a_title_word

#: A statement speaking for whoever issued it: "“…,” the statement said".
A_STATEMENT = re.compile(r"(?:the|a|its|their)\s+(?:written\s+|joint\s+)?(?:statement"
                         r"|press\s+release|release|communiqu[ée])", re.IGNORECASE)
#: Who issued a statement, written before it: "the Health Ministry said in a statement",
#: "Stellan Group issued a statement", "a statement from the families' lawyer".
_ISSUED = re.compile(
    r"(?P<who>[^.!?\n“”\"]{1,80}?)\s+(?:said|says|announced|added|wrote|confirmed)\s+in\s+"
    r"an?\s+(?:\w+\s+)?(?:statement|press\s+release|release)"
    r"|(?P<by>[^.!?\n“”\"]{1,80}?)\s+(?:issued|released|published|put\s+out)\s+an?\s+"
    r"(?:\w+\s+)?(?:statement|press\s+release)"
    r"|\b(?:statement|press\s+release)\s+(?:from|by)\s+(?P<from>[^.!?\n“”\"]{1,80}?)"
    r"(?=\s+(?:said|says|accused|called|urged|demanded|read|stated|added|on|in)\b|[.,;])",
    re.IGNORECASE)
#: A statement not issued: "Harbour Lines has not issued a statement".
_NOT_ISSUED = re.compile(r"\b(?:not|n't|never|declined\s+to|refused\s+to)\s*$", re.IGNORECASE)


def statement_issuer(
    text: str, pos: int, people: list[NamedMention], options: QuoteOptions
) -> Speaker | None:
    """Who issued the statement a quote is cited from: "the statement said" told a
    standards desk nothing (a probe: the Health Ministry's and an emergency service's
    statements). The last issuer named in the 800 characters before the quote, by the
    head of its clause ("Police investigating the death of Ana Brisk said in a
    statement" is the police's: a regression probe had given it to the dead woman), or a
    person with a title at its end ("Transport and Housing Minister Ana Holtz"). None
    when another text was sent since ("Residents sent their own reply", "wrote to the
    board") or when the clause is no name ("Shares fell sharply after…")."""
    window_start = max(0, pos - 800)
    found = [m for m in _ISSUED.finditer(text, window_start, pos)
             if not _NOT_ISSUED.search(text, window_start, _verb_start(m))]
    if not found or _ANOTHER_TEXT.search(text, found[-1].end(), pos):
        return None
    m = found[-1]
    group = _issuer_group(m)
    start, end = m.start(group), m.end(group)
    end = start + len(text[start:end].rstrip(" ,"))
    relative = _COMMA_RELATIVE.search(text, start, end)
    if relative is not None:  # "Gerd Olsen, who chairs the harbour board, said in…"
        end = relative.start()
    start += text[start:end].rfind(",") + 1  # "Brisk was flooded, the service said in…"
    after_clause = list(_CLAUSE_OPENER.finditer(text, start, end))
    if after_clause:  # "Shares fell sharply after chairman Piet Laske said…"
        start = after_clause[-1].end()
    start += len(text[start:end]) - len(text[start:end].lstrip())
    head = _CLAUSE_TAIL.split(text[start:end], maxsplit=1)[0].rstrip()
    named = [p for p in people if start <= p.start and p.end <= start + len(head)]
    if named and named[0].start <= start + 4:  # the head itself ("the Health Ministry")
        rest = text[named[0].end:start + len(head)].split()
        if not rest or not rest[0].islower():
            return from_mention(named[0])
        # "The Corrowick harbour board": the town names the board (a regression probe's
        # quote went to the town)
        return nominal(head, options) if len(head.split()) <= 5 else None
    persons = [p for p in named if p.type == "person" and p.end == start + len(head)]
    if persons and all(a_title_word(w) or w in _ALSO_IN_A_TITLE or w.endswith(("'s", "’s"))
                       for w in text[start:persons[-1].start].split()):
        return from_mention(persons[-1])
    if named or len(head.split()) > 5 or FINITE_VERB.search(head):
        return None
    return nominal(head, options)


def _issuer_group(m: re.Match[str]) -> str:
    """Which of ``_ISSUED``'s alternatives matched: the group holding the issuer."""
    return next(g for g in ("who", "by", "from") if m.group(g) is not None)


def _verb_start(m: re.Match[str]) -> int:
    group = _issuer_group(m)
    return m.end(group) if group != "from" else m.start()


#: Where the head of an issuer's phrase ends: "Police | investigating the death of…",
#: "The drivers' union | representing staff dismissed by…" (a participle in lower case:
#: "Kingsbridge Building Society" is a name).
_CLAUSE_TAIL = re.compile(r"\s(?=[a-z]\w*ing\b|who\b|which\b|that\b|whose\b)")
#: Lower-case words of a title before an issuer's name besides the title words ("the
#: company's chief executive Marta Velk").
_ALSO_IN_A_TITLE = frozenset({"and", "the", "executive", "deputy", "vice", "acting"})
#: A relative clause set off by commas after the issuer's name.
_COMMA_RELATIVE = re.compile(r",\s*(?:who|which|whose)\b[^,]*$")
#: A conjunction that opens the clause a statement's issuer is in.
_CLAUSE_OPENER = re.compile(r"\b(?:after|when|as|because|while|since|before|until|once)\s+",
                            re.IGNORECASE)
#: Another text sent between the statement and the quote: the quote may be its own.
_ANOTHER_TEXT = re.compile(r"\b(?:reply|replies|response|letter|petition|open\s+letter"
                           r"|counter-statement|own\s+statement|wrote\s+to)\b",
                           re.IGNORECASE)
