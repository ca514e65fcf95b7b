"""Spelling variants of one name merged: Zelensky/Zelenskyy, Kiev/Kyiv, Antony/Anthony.

A name meets its earlier variants under a cheap blocking key (``text.skeleton``: first
letter and consonants) and joins the first one that is similar enough by rapidfuzz's
normalised Indel ratio. First seen wins, so the same input order gives the same table.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from copydesk.name_endings import other_ending
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

    def __len__(self) -> int:
        return len(self.canonical)

    def resolve(self, name: str) -> str:
        """The canonical form of ``name``, adding it (as itself or a variant) if new."""
        known = self.canonical.get(name)
        if known is not None:
            return known
        canon = name
        if len(name) >= MIN_VARIANT_LENGTH:
            key = skeleton(name)
            block = self._blocks.setdefault(key, [])
            for other in block:
                if fuzz.ratio(name, other) >= MIN_NAME_SIMILARITY and not other_ending(name, other):
                    canon = other
                    break
            else:
                block.append(name)
        self.canonical[name] = canon
        return canon

    def to_state(self) -> dict[str, str]:
        return {k: v for k, v in self.canonical.items() if k != v}

    def canonicals(self) -> list[str]:
        return [name for block in self._blocks.values() for name in block]

    @classmethod
    def from_state(cls, variants: dict[str, str], canonicals: list[str]) -> AliasTable:
        table = cls()
        for name in canonicals:
            table.canonical[name] = name
            table._blocks.setdefault(skeleton(name), []).append(name)
        table.canonical.update(variants)
        return table
