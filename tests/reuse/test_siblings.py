"""Two copies of one source: neither is the other's source (reuse.lineage.siblings_undirected)."""

from __future__ import annotations

from copydesk.records import Relation
from copydesk.reuse import siblings_undirected


def _rel(a: str, b: str, kind: str, original: str | None,
         subs: tuple[tuple[str, str], ...] = ()) -> Relation:
    return Relation(a, b, kind, 1.0, f"{kind}: 100% identical. Direction: published first "
                    f"(an earlier time). Found by lexical fingerprints (shingle 9).", original,
                    (), subs)


def test_two_copies_of_a_wire_lose_the_direction_time_gave_them() -> None:
    """A media researcher's probe: 27 of 49 exported relations named an original where
    neither side had copied the other (a farm "copied" another farm's copy of the wire
    because it came out later)."""
    relations = [_rel("farm1", "wire", "duplicate", "wire"),
                 _rel("farm2", "wire", "spun", "wire", (("said", "stated"),)),
                 _rel("farm1", "farm2", "spun", "farm1", (("said", "stated"),))]
    out = siblings_undirected(relations)
    assert out[:2] == relations[:2]
    sibling = out[2]
    assert sibling.original is None
    assert "Direction: neither is the other's source: both copy wire." in sibling.reason
    assert sibling.shared_source == "wire"  # the field the facts step reads
    assert [r.shared_source for r in out[:2]] == [None, None]
    assert sibling.reason.endswith("Found by lexical fingerprints (shingle 9).")
    assert sibling.substitutions == (("said", "stated"),)  # read from A to B
    # Stored from B to A when B had been the original ([original word, its swap]):
    # flipped to A to B.
    later_a = _rel("farm1", "farm2", "spun", "farm2", (("stated", "said"),))
    assert siblings_undirected([*relations[:2], later_a])[2].substitutions == (
        ("said", "stated"),)
    # A side that copies nothing shares no source: the direction stays.
    alone = _rel("farm2", "paper", "partial", "farm2")
    assert siblings_undirected([*relations[:2], alone])[2] == alone


def test_a_verbatim_copy_of_a_farms_spin_copied_the_spin() -> None:
    """Both are spins of the wire and the later is word for word the earlier: it took the
    spin's swaps, so the direction stays. Two verbatim copies of the wire are siblings."""
    relations = [_rel("spin", "wire", "spun", "wire"), _rel("depot", "wire", "spun", "wire"),
                 _rel("depot", "spin", "duplicate", "spin")]
    assert siblings_undirected(relations) == relations
    copies = [_rel("a", "wire", "duplicate", "wire"), _rel("b", "wire", "duplicate", "wire"),
              _rel("a", "b", "duplicate", "a")]
    assert siblings_undirected(copies)[2].original is None


def test_a_reprint_that_keeps_another_reprints_typos_copied_it() -> None:
    """A regression probe: a farm's exact copy of a paper's reprint, typos included, is
    closer to that reprint than either is to the wire, so it copied the reprint."""
    def dup(a: str, b: str, original: str, confidence: float) -> Relation:
        return Relation(a, b, "duplicate", confidence, "duplicate. Direction: published "
                        "first (t).", original)

    relations = [dup("paper", "wire", "wire", 0.94), dup("farm", "wire", "wire", 0.94),
                 dup("farm", "paper", "paper", 1.0)]
    assert siblings_undirected(relations)[2].original == "paper"
    # Two reprints that each edited the wire their own way are siblings.
    apart = [*relations[:2], dup("farm", "paper", "paper", 0.9)]
    assert siblings_undirected(apart)[2].original is None


def test_a_reprint_that_keeps_anothers_typo_and_adds_its_own_copied_it() -> None:
    """A second regression probe: r4 keeps r3's typo and adds one of its own, so it is as
    close to r3 as r3 is to the wire and farther from the wire: it copied r3. "Both copy"
    names the source that copies nothing (the wire), not a reprint."""
    def dup(a: str, b: str, original: str, confidence: float) -> Relation:
        return Relation(a, b, "duplicate", confidence, "d. Direction: first (t).", original)

    relations = [dup("r3", "wire", "wire", 0.98), dup("r4", "wire", "wire", 0.96),
                 dup("r2", "wire", "wire", 1.0), dup("r2", "r3", "r2", 0.98),
                 dup("r2", "r4", "r2", 0.96), dup("r3", "r4", "r3", 0.98)]
    out = {(r.a, r.b): r for r in siblings_undirected(relations)}
    assert out["r3", "r4"].original == "r3"
    assert out["r2", "r3"].original is None
    assert "both copy wire" in out["r2", "r3"].reason
