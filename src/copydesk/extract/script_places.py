"""One place or organisation written in Cyrillic and in Latin letters, joined as the
stories join them.

A Russian report's "Прага" romanises to "praga", an English one's "Prague": one letter
apart and one added, which the entities' respelling test (Levenshtein over the longer
key) puts at 0.67, below its bar for two spellings of one word in one script, while
the stories' alias table, which measures shared letters (Indel), puts it at 0.73 and
joins them. Across scripts the spelling differs by more than a slip, so the entities use
the stories' measure there, and only there: within one script the stricter test keeps
Guinea/Guiana and Petra/Peter apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rapidfuzz.distance import Indel

from copydesk.extract.names import skeleton
from copydesk.letters import has_cyrillic
from copydesk.name_endings import gendered_pair, other_ending
from copydesk.unionfind import UnionFind

#: Shared-letter similarity (Indel, 0–1) of two one-word keys in different scripts for
#: them to be one place or organisation: the stories' bar (stories.names, 70 of 100).
MIN_CROSS_SCRIPT_SIMILARITY = 0.70
#: Keys shorter than this are only ever themselves ("ЕС", "ООН"), as in the stories.
MIN_KEY_LETTERS = 4


def join_across_scripts(
    forms: Iterable[str], surfaces: Mapping[str, Iterable[str]], union: UnionFind,
    index: Mapping[str, int],
) -> None:
    """Join each one-word form written only in Cyrillic to a form written only in Latin
    letters whose key has its consonant skeleton and is similar enough to it, unless one
    is the other with an ending of its own (Niger/Nigeria) or its other gender."""
    latin: dict[str, list[str]] = {}
    cyrillic: list[str] = []
    for f in sorted(forms):
        if " " in f or len(f) < MIN_KEY_LETTERS:
            continue
        scripts = {has_cyrillic(s) for s in surfaces[f]}
        if scripts == {True}:
            cyrillic.append(f)
        elif scripts == {False}:
            latin.setdefault(skeleton(f), []).append(f)
    for f in cyrillic:
        for g in latin.get(skeleton(f), ()):
            if Indel.normalized_similarity(f, g) >= MIN_CROSS_SCRIPT_SIMILARITY and \
                    not other_ending(f, g) and not gendered_pair(f, g):
                union.join(index[f], index[g])
