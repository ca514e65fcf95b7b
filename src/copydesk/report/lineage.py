"""The lineage graph of a story: originals on the left, their copies to the right.

A small layered layout written here rather than a graph library, because it must
be deterministic (the same store draws the same picture), dependency-free and
rendered as inline SVG with no script. Layers are longest paths from the roots;
inside a layer nodes are ordered by the mean position of their parents
(barycentre), ties by publication order. Only coordinates are computed here; the
template draws them, so every label goes through Jinja's escaping.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

#: Colours of edge types, chosen to stay apart for common colour blindness
#: (grey, blue, orange, purple) and to print in greyscale by dash pattern too.
EDGE_STYLE: dict[str, tuple[str, str]] = {
    "duplicate": ("#4b5563", ""),
    "partial": ("#1d4ed8", "6 3"),
    "spun": ("#c2410c", "2 3"),
    "translated": ("#7e22ce", "10 3 2 3"),
    "rewritten": ("#be185d", "1 3"),
}
OTHER_STYLE = ("#0f766e", "4 4")

NODE_W, NODE_H = 220, 46
GAP_X, GAP_Y = 130, 16
MARGIN = 12
#: Distance from an edge's end to the centre of its label (half a label's width).
LABEL_OFFSET = 58
#: A label's box, for keeping two labels apart (a label is about this wide and high).
LABEL_W, LABEL_H = 2 * LABEL_OFFSET, 14
#: Above this many edges, labels would cover each other: colour and tooltip tell the type.
MAX_EDGE_LABELS = 12
#: Nodes drawn per story; a larger story lists the rest below the graph.
MAX_NODES = 40


@dataclass(frozen=True)
class NodeIn:
    """An article to place: its id, citation number and labels."""

    id: str
    number: int
    label: str
    sublabel: str
    flagged: bool = False


@dataclass(frozen=True)
class EdgeIn:
    """Reuse from ``source`` (original) to ``target`` (copy); ``directed`` False when unknown."""

    source: str
    target: str
    type: str
    confidence: float
    directed: bool = True


@dataclass(frozen=True)
class Node:
    id: str
    number: int
    label: str
    sublabel: str
    x: int
    y: int
    root: bool
    flagged: bool
    isolated: bool


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    type: str
    label: str
    path: str
    label_x: int
    label_y: int
    colour: str
    dash: str
    directed: bool
    confidence: float
    marker: int


@dataclass(frozen=True)
class Graph:
    width: int
    height: int
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    legend: tuple[tuple[str, str, str], ...]
    omitted: int = 0
    #: Whether some edge has no known direction (two copies of one source): the legend
    #: says what an edge without an arrowhead means.
    undirected: bool = False
    node_w: int = NODE_W
    node_h: int = NODE_H


def _layers(ids: Sequence[str], edges: Sequence[EdgeIn]) -> dict[str, int]:
    """Longest-path layer of every node over the directed edges; a cycle is broken at its
    earliest node. An undirected edge (two copies of one original, or a pair whose
    direction is unknown) places nothing: a standards-desk probe's partial copies of a
    wire, linked to each other as siblings, were drawn as a chain of copies of copies."""
    parents: dict[str, set[str]] = defaultdict(set)
    children: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        if e.source != e.target and e.directed:
            parents[e.target].add(e.source)
            children[e.source].add(e.target)
    order = {n: i for i, n in enumerate(ids)}
    layer: dict[str, int] = {}
    waiting = {n: len(parents[n]) for n in ids}
    while len(layer) < len(ids):
        ready = sorted(
            (n for n in ids if n not in layer and waiting[n] == 0), key=order.__getitem__
        )
        if not ready:  # a cycle: release the earliest node still waiting
            ready = [min((n for n in ids if n not in layer), key=order.__getitem__)]
        for n in ready:
            layer[n] = max((layer[p] + 1 for p in parents[n] if p in layer), default=0)
            for c in children[n]:
                waiting[c] -= 1
    return layer


def layout(nodes: Sequence[NodeIn], edges: Sequence[EdgeIn]) -> Graph:
    """Place ``nodes`` (in citation order) and route ``edges`` between them."""
    omitted = max(0, len(nodes) - MAX_NODES)
    nodes = list(nodes)[:MAX_NODES]
    ids = [n.id for n in nodes]
    known = set(ids)
    edges = [e for e in edges if e.source in known and e.target in known and e.source != e.target]
    layer = _layers(ids, edges)
    parents: dict[str, list[str]] = defaultdict(list)
    for e in edges:
        parents[e.target].append(e.source)
    number = {n.id: n.number for n in nodes}
    linked = {e.target for e in edges} | {e.source for e in edges}
    children: dict[str, list[str]] = defaultdict(list)
    for e in edges:
        children[e.source].append(e.target)
    step = NODE_H + GAP_Y
    top: dict[str, float] = {}
    columns: dict[int, list[str]] = {}
    for depth in sorted(set(layer.values())):
        members = [n for n in ids if layer[n] == depth]

        def barycentre(n: str) -> float:
            placed = [top[p] for p in parents[n] if p in top]
            return sum(placed) / len(placed) if placed else float("inf")

        # Copies under their originals; articles with no reuse at the bottom.
        members.sort(key=lambda n: (n not in linked, barycentre(n), number[n]))
        for i, n in enumerate(members):
            top[n] = float(i * step)
        columns[depth] = members
    # Right to left, move each original level with the middle of its copies (so a
    # wire report sits beside the fan of its copies), keeping order and spacing.
    for depth in sorted(columns, reverse=True):
        last = float("-inf")
        for n in columns[depth]:
            kids = [top[c] for c in children[n] if layer[c] > depth]
            want = (min(kids) + max(kids)) / 2 if kids else top[n]
            top[n] = max(want, last + step)
            last = top[n]
    has_parent = {e.target for e in edges}
    placed: list[Node] = []
    pos: dict[str, tuple[int, int]] = {}
    for node in nodes:
        x = MARGIN + layer[node.id] * (NODE_W + GAP_X)
        y = MARGIN + int(top[node.id])
        pos[node.id] = (x, y)
        placed.append(Node(node.id, node.number, node.label, node.sublabel, x, y,
                           node.id not in has_parent, node.flagged, node.id not in linked))
    types = sorted({e.type for e in edges})
    marker = {t: i for i, t in enumerate(types, 1)}
    routed = []
    taken: list[tuple[int, int]] = []
    for e in sorted(edges, key=lambda e: (number[e.source], number[e.target], e.type)):
        (x1, y1), (x2, y2) = pos[e.source], pos[e.target]
        colour, dash = EDGE_STYLE.get(e.type, OTHER_STYLE)
        sx, sy = x1 + NODE_W, y1 + NODE_H // 2
        tx, ty = x2, y2 + NODE_H // 2
        if x2 <= x1:  # same column (a cycle was broken): loop out to the right
            tx = x2 + NODE_W
            bend = sx + GAP_X // 2
            path = f"M{sx},{sy} C{bend},{sy} {bend},{ty} {tx},{ty}"
            lx, ly = bend, (sy + ty) // 2
        else:
            mid = (sx + tx) // 2
            path = f"M{sx},{sy} C{mid},{sy} {mid},{ty} {tx},{ty}"
            # Labels sit in the gap just before the copy (a long edge's middle may lie on
            # a node). Edges into one copy end at one spot: ``_free_spot`` stacks their
            # labels, where before only the last one drawn could be read.
            lx, ly = tx - LABEL_OFFSET, ty
        lx, ly = _free_spot(lx, ly, taken)
        taken.append((lx, ly))
        label = f"{e.type} {e.confidence:.2f}" if len(edges) <= MAX_EDGE_LABELS else ""
        routed.append(Edge(e.source, e.target, e.type, label, path,
                           lx, ly, colour, dash, e.directed, e.confidence, marker[e.type]))
    width = MARGIN * 2 + (max(layer.values(), default=0) + 1) * (NODE_W + GAP_X) - GAP_X
    if any(pos[e.target][0] <= pos[e.source][0] for e in edges):
        # an edge within one column loops out to its right: in the last column, past the
        # nodes (a visual probe found two copies' links drawn as stubs cut off the page)
        width += GAP_X // 2 + LABEL_OFFSET  # the loop and its label
    height = MARGIN * 2 + max((y for _, y in pos.values()), default=MARGIN) - MARGIN + NODE_H
    legend = tuple((t, *EDGE_STYLE.get(t, OTHER_STYLE)) for t in types)
    return Graph(width, height, tuple(placed), tuple(routed), legend, omitted,
                 any(not e.directed for e in edges))


def _free_spot(x: int, y: int, taken: list[tuple[int, int]]) -> tuple[int, int]:
    """(x, y), moved down a label's height until it covers no label placed before."""
    while any(abs(x - tx) < LABEL_W and abs(y - ty) < LABEL_H for tx, ty in taken):
        y += LABEL_H
    return x, y


__all__ = ["EDGE_STYLE", "Edge", "EdgeIn", "Graph", "Node", "NodeIn", "layout"]
