"""Groups of indices joined pairwise: reuse families and roundups, entity forms, quotes
across articles, the briefing's quote groups and story bindings all group this way. The
smallest index is a group's root, so groups do not depend on the order of the joins."""

from __future__ import annotations


class UnionFind:
    """Groups of indices joined pairwise (the smallest index is a group's root)."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


__all__ = ["UnionFind"]
