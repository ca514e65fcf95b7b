"""Counts written as a reader expects them: "1 article", "2 articles", "1 story"."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and ``noun``, the noun in the plural unless ``n`` is one ("1 thread", "0 threads").

    ``plural`` is for nouns that do not take an "s" ("story" → "stories")."""
    if n == 1:
        return f"{n:,} {noun}"
    return f"{n:,} {plural or noun + 's'}"


__all__ = ["counted"]
