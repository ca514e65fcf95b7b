"""What a fact shows when its claims word it differently: its value, subject, speaker.

Copies repeat their original's words and translations respell names, so the choice
counts each reuse family once and prefers the original's wording on a tie; a conflict
shows the other side's value by the same rule.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from copydesk.extract.names import TITLE_WORDS
from copydesk.facts.claim_types import UNKNOWN_SPEAKER, Claim

__all__ = ["by_roots", "most_common", "representative_value", "speaker_name"]


def speaker_name(claims: list[Claim], families: Mapping[str, str]) -> str | None:
    """The name a quote's fact gives its speaker: the one a reuse family's original gives
    (a translation probe's English wire named "Oleksandr Kovalenko", and two German
    copies' "Kowalenko" outnumbered it), else the rendering most articles use, titles
    aside, and on a tie the full name ("Ruth Calder", not the bare "Calder" that as many
    copies print: a bare surname is often one two people share); a name, when any
    article gives one (a translation probe's mayor was "unknown speaker": six
    translations, no tagger for their languages, outnumbered the two English reports
    that named her)."""
    named = [c for c in claims if c.subject and c.subject != UNKNOWN_SPEAKER]
    cores = Counter(_core(c.subject) for c in named)
    if not cores:
        return None
    originals = by_roots(named, families, "subject")
    roots = {_core(name) for name in originals}
    best = min(cores, key=lambda k: (k not in roots, -cores[k], len(k.split()) < 2, k))
    return most_common([c.subject for c in named if _core(c.subject) == best], originals)


def _core(name: str) -> str:
    """A name without the title before it: "Transport Minister Ruth Calder" → "Ruth
    Calder"."""
    words = name.split()
    titled = [i for i, w in enumerate(words) if w.lower().strip(".") in TITLE_WORDS]
    return " ".join(words[titled[-1] + 1 :] if titled and titled[-1] < len(words) - 1
                    else words)


def representative_value(claims: list[Claim], families: Mapping[str, str] | None = None) -> str:
    """The value a fact shows: the most common one. For a quote linked across articles,
    the wording most of them carry, then the wording of a reuse family's original, then
    the longest: verbatim copies repeat the original's words, while each spun copy and
    translation has wording of its own (demo: "premature and damaging" in 3 articles,
    not a spin's "untimely and destructive" or the German "verfrüht und schädlich"; an
    English original and its Spanish translation showed the Spanish, the longer)."""
    quote = claims[0].kind == "quote"
    # Counted once per reuse family: three copies of a wire story are one source of its
    # wording, and must not outvote two reports that each wrote their own.
    fam = families or {}
    values = sorted({(fam.get(c.article_id, c.article_id), c.value) for c in claims})
    return most_common([value for _, value in values], by_roots(claims, families, "value"),
                        longest_first=quote) or ""


def by_roots(
    claims: list[Claim], families: Mapping[str, str] | None, field: str
) -> frozenset[str]:
    """The values of ``field`` that a reuse family's original carries (the family id is
    its root article's id): on a tie, the original's words rather than a copy's."""
    fam = families or {}
    return frozenset(getattr(c, field) for c in claims if fam.get(c.article_id) == c.article_id)


def most_common(
    values: list[str], preferred: frozenset[str] = frozenset(), longest_first: bool = False
) -> str | None:
    """The most frequent value; a tie goes to a ``preferred`` one, then to the longest
    (``longest_first``) or to the first in sort order."""
    if not values:
        return None
    counts = Counter(values)
    if longest_first:
        return max(counts, key=lambda v: (counts[v], v in preferred, len(v), v))
    return min(counts, key=lambda v: (-counts[v], v not in preferred, v))
