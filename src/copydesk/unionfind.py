"""Groups joined pairwise: reuse families and roundups, entity forms, quotes across
articles, the briefing's quote groups, story bindings, threads and independent sources
all group this way. The smallest index (or key) is a group's root, so groups do not
depend on the order of the joins."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)


class UnionFind:
    """Groups of indices joined pairwise (the smallest index is a group's root)."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def add(self) -> int:
        """A new index in a group of its own."""
        self.parent.append(len(self.parent))
        return len(self.parent) - 1

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


class KeyedUnionFind(Generic[K]):
    """Groups of keys (ids, names) joined pairwise; a group is named by its smallest key,
    whatever order the keys came in."""

    def __init__(self, keys: Iterable[K] = ()) -> None:
        self._index: dict[K, int] = {}
        self._keys: list[K] = []
        self._groups = UnionFind(0)
        for key in keys:
            self.add(key)

    def add(self, key: K) -> int:
        if key not in self._index:
            self._index[key] = self._groups.add()
            self._keys.append(key)
        return self._index[key]

    def join(self, a: K, b: K) -> None:
        self._groups.join(self.add(a), self.add(b))

    def roots(self) -> dict[K, K]:
        """Every key seen → the smallest key of its group."""
        smallest: dict[int, K] = {}
        for i, key in enumerate(self._keys):
            root = self._groups.find(i)
            if root not in smallest or key < smallest[root]:  # type: ignore[operator]
                smallest[root] = key
        return {key: smallest[self._groups.find(i)] for i, key in enumerate(self._keys)}


__all__ = ["KeyedUnionFind", "UnionFind"]
