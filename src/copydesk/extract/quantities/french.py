"""French tolls: "Au moins quatre personnes ont été tuées", "six personnes sont mortes",
"le bilan est de 6 morts et 27 blessés", "deux disparus".

The parser's counted nouns and casualty words are English (a French-desk probe: French
figures made no facts, so the derailment's 4 → 6 dead and its two reports' passenger
counts were never compared, and "quatre morts" was no quantity at all). A toll is what
a fact-checker compares first, so this module reads French tolls only, in the words the
facts step knows: "people killed", "people injured", "people missing", "people
evacuated". Other French counts keep their French noun and make no fact.
"""

from __future__ import annotations

import re

from copydesk.records import Quantity, content_id

_UNITS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
          "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
          "quatorze": 14, "quinze": 15, "seize": 16}
_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}


def french_number(words: str) -> int | None:
    """A French number written in words, up to 999 ("vingt-sept", "soixante-dix-huit",
    "quatre-vingt-dix", "cent douze", "deux cents"), or None."""
    parts = [p for p in re.split(r"[\s-]+", words.lower()) if p and p != "et"]
    current = 0
    for p in parts:
        if p in ("cent", "cents"):
            current = max(current, 1) * 100
        elif p in ("vingt", "vingts") and current == 4:
            current = 80  # quatre-vingt(s)
        elif p in _UNITS:
            current += _UNITS[p]
        elif p in _TENS:
            current += _TENS[p]
        else:
            return None
    return current or None


_WORD = (r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
         r"|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?)")
_NUMBER_WORD = rf"{_WORD}(?:[\s-]+(?:et[\s-]+)?{_WORD})*"
_QUALIFIERS = {"au moins": "at least", "plus de": "more than", "près de": "nearly",
               "environ": "about", "quelque": "about", "une dizaine de": "about",
               "moins de": "fewer than"}
#: A toll's count and what befell them: "(au moins) quatre personnes ont été tuées",
#: "6 morts", "27 autres blessées", "deux personnes sont portées disparues".
_ABOUT = {"dizaine": 10, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
          "quarantaine": 40, "cinquantaine": 50, "centaine": 100}
_TOLL = re.compile(
    r"(?i)(?<![\w,.])(?P<qual>au\s+moins|plus\s+de|près\s+de|environ|quelque)?\s*"
    r"(?P<n>\d{1,3}(?:[\s\u00a0\u202f]\d{3})*|" + _NUMBER_WORD + r"|une\s+(?P<about>"
    + "|".join(_ABOUT) + r")\s+d['’]?e?)\s*"
    r"(?:(?P<noun>personnes|victimes|passagers|voyageurs|habitants|salariés|ouvriers"
    r"|enfants|autres)\s+(?:(?:ont|sont|avaient|auraient|ont\s+été|sont\s+été|ont\s+dû"
    r"|sont\s+toutes?|ont\s+toutes?|sont\s+toujours)\s+)?(?:été\s+|être\s+)?"
    r"(?:(?:légèrement|grièvement|gravement|mortellement|sérieusement)\s+)?"
    r"(?:portée?s?\s+)?"
    r"(?P<deed>tuée?s?|mortes?|morts|décédée?s?|péri|blessée?s?|disparue?s?|évacuée?s?"
    r"|hospitalisée?s?|trouvé\s+la\s+mort|perdu\s+la\s+vie)"
    r"|(?P<bare>morte?s?|blessée?s?|disparue?s?|victimes\s+décédées))\b")
_DEED = {"tu": "killed", "mort": "killed", "décéd": "killed", "péri": "killed",
         "trouvé": "killed", "perdu": "killed", "bless": "injured", "dispar": "missing",
         "évacu": "evacuated", "hospitalis": "hospitalised"}
#: What makes a toll no count of this event, right before it in its sentence: a
#: forecast or a condition ("pourrait dépasser 10 morts", "si la digue cède … plus de 20
#: morts"), a negation ("pas un blessé", "il n'y a pas eu trois morts"), the size of a
#: rise ("s'est alourdi de deux morts"), an early figure ("un premier bilan faisait état
#: de quatre morts"), a group already counted ("Les deux personnes portées disparues ont
#: été retrouvées"; a regression probe's).
_NOT_THIS_TOLL = re.compile(
    r"(?i)(?:\b(?:pourrai(?:en)?t|pourra|risque(?:nt)?|n['’]exclu\w*|craint|redoute|si)\b"
    r"[^.;:!?]*|\b(?:pas|aucun|aucune|sans|zéro|ni|jamais)\s+(?:eu\s+)?"
    r"|\b(?:alourdi|aggravé|augmenté|grimpé|baissé|passé)\s+de\s+"
    r"|\b(?:premier|précédent|ancien)\s+bilan\b[^.;:!?]*|\bfaisait\s+état\s+de\s+"
    r"|\binitialement\b[^.;:!?]*|(?:^|[.!?]\s+|\s)(?:les|ces|des)\s+)$")
#: ... and right after it: "morts de rire", "blessés dans leur fierté", "blessés dans son
#: effectif", "retrouvées saines et sauves".
_NOT_A_TOLL_AFTER = re.compile(
    r"(?i)\s+(?:de\s+(?:rire|peur|honte|fatigue|froid)|dans\s+(?:leur|son|sa|l['’])"
    r"\s*(?:fierté|amour-propre|orgueil|effectif|équipe)|à\s+l['’]infirmerie)\b")


def _deed_of(word: str) -> str:
    low = word.lower()
    return next(english for stem, english in _DEED.items() if low.startswith(stem))


#: What a French toll counts, in the facts step's words (``facts.claims`` reads these in
#: any language).
TOLL_COUNTS = frozenset(f"{noun} {deed}" for noun in ("people", "others")
                        for deed in set(_DEED.values()))


def french_tolls(text: str, article_id: str) -> list[Quantity]:
    """The tolls of a French ``text`` as quantities (they replace what the English
    parser read at the same place: "4 personnes" counting "personnes")."""
    out = []
    for m in _TOLL.finditer(text):
        raw = m.group("n")
        if m.group("about"):
            number: int | None = _ABOUT[m.group("about").lower()]
        else:
            number = int(re.sub(r"\D", "", raw)) if raw[0].isdigit() else french_number(raw)
        stop = text.rfind(". ", 0, m.start())
        sentence = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, m.start()) + 1)
        start = m.start("qual") if m.group("qual") else m.start("n")
        if not number or _NOT_THIS_TOLL.search(text[sentence:start]) \
                or _NOT_A_TOLL_AFTER.match(text, m.end()):
            continue
        deed = _deed_of(m.group("deed") or m.group("bare").split()[-1])
        noun = "others" if (m.group("noun") or "").lower() == "autres" else "people"
        qualifier = _QUALIFIERS.get(" ".join((m.group("qual") or "").lower().split())) or (
            "about" if m.group("about") else None)
        out.append(Quantity(
            id=content_id("quantity", article_id, str(start), str(m.end())),
            article_id=article_id, start=start, end=m.end(), text=text[start:m.end()],
            value=float(number), unit=None, qualifier=qualifier, counts=f"{noun} {deed}"))
    return out
