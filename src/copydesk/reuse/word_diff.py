"""The word-by-word diff of aligned passages, and which of its changes are a spinner's swaps.

Each passage's words are aligned with a Levenshtein alignment over words (rapidfuzz):
identical words measure how much of the reused text is unchanged, words replaced one
for one are a spinner's swaps (Foreign → Overseas). Not every one-for-one replacement
is a swap: a respelling (centre → center) is a house style's edit, and a name, weekday
or month put for another is another event's, not a synonym (``name_swaps``). The
diff is computed once per pair (``Diff``) and read by the classifier
(:mod:`.classify`), the verbatim-run search (:mod:`.verbatim_runs`), the narration
test (:mod:`.narration`) and lineage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein, Opcode

from copydesk.calendar_words import CALENDAR_WORDS
from copydesk.reuse.alignment import Alignment
from copydesk.reuse.fingerprints import name_item
from copydesk.reuse.text import fold, stop_words, words
from copydesk.scripts import UNSPACED

#: Longest run of consecutive words replaced word for word that counts as swaps: a
#: spinner swaps a word or a short phrase between words it keeps ("Foreign Minister" →
#: "Overseas Secretary"); a longer run is a rewritten clause, and pairing its words
#: one by one lists nonsense swaps ("deserve → accept, Tovania → welcomed").
MAX_SWAP_RUN = 3
#: Weekdays and months: swapping one for another ("Friday → Sunday") is another event's
#: date, as a swapped name is another event's actor, so it counts toward
#: ``TEMPLATE_NAME_SWAPS``. On 10,000 generated articles this removed 25 relations, all
#: 25 between two events (95 → 70), and no relation inside a copy family.
_CALENDAR = CALENDAR_WORDS
#: Swaps a relation's reason names.
LISTED_SWAPS = 5
#: A character of Chinese or Japanese, where each character is a word (``text.words``):
#: measures of words and lengths are not taken where a text holds one.
UNSPACED_CHAR = re.compile(f"[{UNSPACED}]")


@dataclass(frozen=True, slots=True)
class Diff:
    """One passage's words on both sides (start, end, word) and their word alignment:
    computed once per pair and read by both ``word_diff`` and ``verbatim_runs``."""

    passage: Alignment
    a_words: list[tuple[int, int, str]]
    b_words: list[tuple[int, int, str]]
    opcodes: list[Opcode]


def diff_passages(passages: Sequence[Alignment], a_text: str, b_text: str) -> list[Diff]:
    out = []
    for p in passages:
        wa, wb = words(a_text[p.a_start : p.a_end]), words(b_text[p.b_start : p.b_end])
        ops = Levenshtein.opcodes([fold(w[2]) for w in wa], [fold(w[2]) for w in wb])
        out.append(Diff(p, wa, wb, list(ops)))
    return out


def word_diff(
    passages: Sequence[Alignment], a_text: str, b_text: str, language: str | None
) -> tuple[int, int, int, int, list[tuple[str, str]]]:
    """(identical words, words in A, words in B, one-for-one swapped words, swaps)."""
    return diff_counts(diff_passages(passages, a_text, b_text), language)


def diff_counts(
    diffs: Sequence[Diff], language: str | None
) -> tuple[int, int, int, int, list[tuple[str, str]]]:
    stops = stop_words(language)
    equal = total_a = total_b = swapped = 0
    swaps: list[tuple[str, str]] = []
    for d in diffs:
        wa, wb = [w[2] for w in d.a_words], [w[2] for w in d.b_words]
        total_a += len(wa)
        total_b += len(wb)
        for op in d.opcodes:
            if op.tag == "equal":
                equal += op.src_end - op.src_start
            elif op.tag == "replace" and (
                op.src_end - op.src_start == op.dest_end - op.dest_start <= MAX_SWAP_RUN
            ):
                for x, y in zip(
                    wa[op.src_start : op.src_end], wb[op.dest_start : op.dest_end], strict=True
                ):
                    swapped += 1
                    fx, fy = fold(x), fold(y)
                    if x.isalpha() and y.isalpha() and fx != fy and not {fx, fy} & stops:
                        swaps.append((x, y))
    return equal, total_a, total_b, swapped, swaps


#: British and American spellings of one word, as (British, American) endings or
#: infixes: a house style edits them, a spinner does not (a probe's US-spelling edit of
#: a wire story was "spun": harbours → harbors).
_SPELLINGS = (("our", "or"), ("ise", "ize"), ("isation", "ization"), ("yse", "yze"),
              ("tre", "ter"), ("ence", "ense"), ("ogue", "og"), ("mme", "m"), ("ll", "l"))


def respelling(x: str, y: str) -> bool:
    """One word respelt, not swapped: British/American spelling (centre → center), a
    plural (death → deaths), a doubled letter (Brennaert → Brenaert). Not a similar
    other word: confirmed → unconfirmed, million → billion, Johnson → Johnston (a
    regression probe found a first, similarity-based version hid them)."""
    x, y = x.lower(), y.lower()
    if min(len(x), len(y)) < 4:
        return False
    if x + "s" == y or y + "s" == x or x + "es" == y or y + "es" == x:
        return True
    if re.sub(r"(.)\1", r"\1", x) == re.sub(r"(.)\1", r"\1", y):
        return True
    return any(x.replace(uk, us) == y.replace(uk, us) for uk, us in _SPELLINGS)


def name_swaps(
    swaps: Sequence[tuple[str, str]], a_language: str | None, b_language: str | None
) -> int:
    """How many swaps put one name for another (not a respelling of it), or one weekday
    or month for another."""
    count = 0
    for x, y in swaps:
        if x.lower() in _CALENDAR and y.lower() in _CALENDAR:
            count += 1  # a spinner has no synonym for Friday either
            continue
        kx, ky = name_item(x, a_language), name_item(y, b_language)
        count += bool(kx and ky and kx != ky)
    return count


def swap_listing(pairs: Sequence[tuple[str, str]]) -> str:
    """The first swaps as a reason shows them: "Foreign → Overseas, meeting → assembly"."""
    return ", ".join(f"{x} → {y}" for x, y in pairs[:LISTED_SWAPS])
