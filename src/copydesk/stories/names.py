"""Spelling variants of one name merged: Zelensky/Zelenskyy, Kiev/Kyiv, Antony/Anthony.

A name meets its earlier variants under a cheap blocking key (``text.skeleton``: first
letter and consonants) and joins the first one that is similar enough by rapidfuzz's
normalised Indel ratio. First seen wins, so the same input order gives the same table.

A name keyed from Cyrillic with г comes with its key spelt the other way (h for g or g
for h, ``stories.cyrillic``): the table looks that spelling up too, and keeps it, so that
a Latin name written either way meets it whichever comes first.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from copydesk.name_endings import gendered_pair, other_ending
from copydesk.stories.text import skeleton

#: Indel similarity (0–100) for two names of one block to be one name. 70 admits
#: Kiev/Kyiv (75) and Zelensky/Zelenskyy (94) and keeps Iran/Iraq apart (other blocks).
MIN_NAME_SIMILARITY = 70.0
#: Names shorter than this are only ever themselves ("EU", "UN", "Li").
MIN_VARIANT_LENGTH = 4


class AliasTable:
    """Folded name → canonical folded name, grown as names are seen."""

    def __init__(self) -> None:
        self.canonical: dict[str, str] = {}
        self._blocks: dict[str, list[str]] = {}
        #: Other spellings of names keyed from Cyrillic → their canonical form, and their
        #: blocks (apart from the canonical names' blocks, which a Latin name searches first).
        self.alternates: dict[str, str] = {}
        self._alternate_blocks: dict[str, list[str]] = {}

    def __len__(self) -> int:
        return len(self.canonical)

    def resolve(self, name: str, alternates: tuple[str, ...] = ()) -> str:
        """The canonical form of ``name``, adding it (as itself or a variant) if new.
        ``alternates``: other spellings of the same name (a Cyrillic г read as h or g),
        looked up after ``name`` itself and kept for later names to meet."""
        known = self.canonical.get(name)
        if known is not None:
            return known
        canon = next((self.canonical[a] for a in alternates if a in self.canonical), None)
        if canon is None and len(name) >= MIN_VARIANT_LENGTH:
            for spelling in (name, *alternates):
                canon = self._similar(spelling, self._blocks) or \
                    self._similar(spelling, self._alternate_blocks)
                if canon is not None:
                    break
            else:
                self._blocks.setdefault(skeleton(name), []).append(name)
        canon = canon or name
        self.canonical[name] = canon
        for spelling in alternates:
            if spelling not in self.canonical:
                self.canonical[spelling] = canon
                self.alternates[spelling] = canon
                self._alternate_blocks.setdefault(skeleton(spelling), []).append(spelling)
        return canon

    def _similar(self, name: str, blocks: dict[str, list[str]]) -> str | None:
        """The canonical form of the first name of ``name``'s block similar enough to it."""
        for other in blocks.get(skeleton(name), ()):
            if fuzz.ratio(name, other) >= MIN_NAME_SIMILARITY and not other_ending(
                    name, other) and not gendered_pair(name, other):  # Zakharov, -a: two
                return self.canonical[other]
        return None

    def to_state(self) -> dict[str, str]:
        return {k: v for k, v in self.canonical.items() if k != v}

    def canonicals(self) -> list[str]:
        return [name for block in self._blocks.values() for name in block]

    @classmethod
    def from_state(cls, variants: dict[str, str], canonicals: list[str],
                   alternates: dict[str, str] | None = None) -> AliasTable:
        table = cls()
        for name in canonicals:
            table.canonical[name] = name
            table._blocks.setdefault(skeleton(name), []).append(name)
        table.canonical.update(variants)
        for spelling, canon in (alternates or {}).items():
            table.alternates[spelling] = canon
            table._alternate_blocks.setdefault(skeleton(spelling), []).append(spelling)
        return table
