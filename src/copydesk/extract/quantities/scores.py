"""A match's score written as a rising pair: "lost 1-3 at home", "won the tie-break set 3-6,
7-5", "ha perso 1-2 in casa", "a 1-4 defeat".

A falling pair ("beat them 3-1") and an equal one ("a 2-2 draw") were already no range
(see ``parse``), but a rising pair read as the range [1, 3]: a held-out quantities probe's
"lost 1-3 at home to …" was a range, a tennis set "3-6" another, and the Italian "ha
perso 1-2 in casa contro il …" a range counting "casa contro il". A score is told by a
word of a match's result before it in its clause, or a noun of one right after it; a
counted noun or a unit after the pair keeps it a range ("won 20-25 seats", "lost 10-15
percent").
"""

from __future__ import annotations

import re

from copydesk.extract.quantities.tokens import _Tok

#: Verbs and nouns of a result, in the languages of the probes, before the score in its
#: clause ("lost 1-3", "beat the holders 6-4, 3-6", "ha perso 1-2", "perdió 0-2").
_RESULT_BEFORE = re.compile(
    r"\b(?:lost|lose|loses|losing|won|win|wins|winning|beat|beats|beaten|drew|draw|draws"
    r"|drawn|defeated|defeat|defeats|victory|trounced|thrashed|edged|score|scored|set|sets"
    r"|perso|vinto|pareggiato|battuto|sconfitto|perdió|perdieron|ganó|ganaron|empató|venció"
    r"|perdu|gagné|battu|emporté|verlor|verloren|gewann|gewonnen|besiegt|siegte)\b"
    r"[^.;:!?]{0,40}$", re.IGNORECASE)


#: Nouns of a result right after a score: "a 1-3 defeat", "their 0-2 loss".
_RESULT_AFTER = frozenset(
    "victory victories win wins defeat defeats loss losses draw draws triumph thrashing "
    "scoreline result vittoria sconfitta pareggio victoria derrota empate victoire "
    "défaite nul sieg niederlage".split())


def is_a_score(text: str, toks: list[_Tok], first: int, after: int) -> bool:
    """Whether the pair of numbers from token ``first`` to ``after`` (exclusive) is a
    match's score: a result word before it in its clause and no counted noun after it, or
    a noun of a result right after it."""
    nxt = toks[after] if after < len(toks) else None
    if nxt is not None and nxt.low in _RESULT_AFTER:
        return True
    if nxt is not None and nxt.text[:1].isalpha() and not _a_function_word(nxt):
        return False  # "won 20-25 seats": a range of what follows
    if nxt is not None and not nxt.text[:1].isalpha() and nxt.text not in ",.;:!?)":
        return False  # "lost 10-15%": a unit
    before = text[max(0, toks[first].start - 60):toks[first].start]
    return bool(_RESULT_BEFORE.search(before))


#: Words after a score that start no counted phrase: where, when and whom it was against.
_AFTER_A_SCORE = frozenset(
    "at in on against to away after before with for and but as over "
    "contro da en contra ante à contre chez gegen im am bei zu".split())


def _a_function_word(tok: _Tok) -> bool:
    return tok.low in _AFTER_A_SCORE
