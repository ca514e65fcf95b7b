"""Polish name mentions put back in the nominative (``copydesk.polish_morphology``), for
the corpus to group a name's cases as one entity."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from copydesk.extract.mentions import Candidate
from copydesk.polish_morphology import nominative


def nominatives(found: Iterable[Candidate]) -> list[Candidate]:
    """An article's candidates with their surfaces in the nominative; a surname alone
    that is a case of the surname of a full name of the article takes that surname
    ("Bidena" after "Joe Biden")."""
    out = [replace(c, surface=nominative(c.surface, c.label)) for c in found]
    written = {c.surface.rsplit(" ", 1)[1]: c.surface for c in out
               if c.label == "person" and " " in c.surface and c.surface == c.text}
    for i, c in enumerate(out):
        # a full name the article also writes as it is, in the nominative, is written so:
        # "Markiem Rutte" is "Mark Rutte", not SGJP's Marek
        if c.label == "person" and " " in c.surface and c.surface != c.text:
            as_written = written.get(c.surface.rsplit(" ", 1)[1])
            if as_written is not None and len(as_written.split()) == len(c.surface.split()):
                out[i] = replace(c, surface=as_written)
    surnames = {c.surface.rsplit(" ", 1)[1] for c in out
                if c.label == "person" and " " in c.surface}
    for i, c in enumerate(out):
        if " " in c.surface or c.surface in surnames or c.label not in ("person", None):
            continue
        stems = [s for s in surnames if c.surface.startswith(s) and len(s) >= 4
                 and len(c.surface) - len(s) <= 4]
        if len(stems) == 1:
            out[i] = replace(c, surface=stems[0])
    return out


__all__ = ["nominatives"]
