"""The shared union-find: groups, and their names, do not depend on the order of joins."""

from __future__ import annotations

import itertools

from copydesk.unionfind import KeyedUnionFind, UnionFind


def test_index_groups_are_rooted_at_their_smallest_index() -> None:
    groups = UnionFind(6)
    groups.join(4, 2)
    groups.join(5, 4)
    groups.join(3, 1)
    assert [groups.find(i) for i in range(6)] == [0, 1, 2, 1, 2, 2]
    assert groups.add() == 6 and groups.find(6) == 6


def test_keyed_groups_are_named_by_their_smallest_key_in_any_join_order() -> None:
    joins = [("q9", "q3"), ("q3", "q7"), ("b", "a")]
    seen = set()
    for order in itertools.permutations(joins):
        groups: KeyedUnionFind[str] = KeyedUnionFind(["z"])
        for a, b in order:
            groups.join(a, b)
        seen.add(tuple(sorted(groups.roots().items())))
    assert seen == {(("a", "a"), ("b", "a"), ("q3", "q3"), ("q7", "q3"), ("q9", "q3"), ("z", "z"))}
