"""Copies of copies: of two copies of one source, the later copied the earlier when the
three relations say so (reuse.copy_chains, through lineage.siblings_undirected)."""

from __future__ import annotations

from copydesk.records import Passage, Relation
from copydesk.reuse import siblings_undirected

#: A wire's words and a first spinner's swaps of them.
FIRST = (("harbour", "port"), ("closed", "shut"), ("storm", "gale"), ("boats", "vessels"),
         ("warned", "cautioned"), ("morning", "dawn"))
#: A second spinner's further swaps: of the first spin's words, and of the wire's own.
FURTHER = (("port", "haven"), ("gale", "tempest"), ("crews", "sailors"), ("waves", "swells"))


def _rel(a: str, b: str, kind: str, original: str | None, subs: tuple[tuple[str, str], ...] = (),
         languages: tuple[str, str] | None = None, round_trip: bool = False,
         passages: tuple[Passage, ...] = ()) -> Relation:
    return Relation(a, b, kind, 1.0, f"{kind}: 80% identical. Direction: published first "
                    f"(an earlier time). Found by lexical fingerprints (shingle 9).",
                    original, passages, subs, languages=languages, round_trip=round_trip)


def _span(a_chars: int, b_chars: int) -> tuple[Passage, ...]:
    """One passage of ``a_chars`` characters of side a and ``b_chars`` of side b."""
    return (Passage(0, a_chars, 0, b_chars),)


def _spins(second: tuple[tuple[str, str], ...]) -> list[Relation]:
    """The wire, a first spin of it (earlier) and a second (later), with the second's
    swaps against the wire ``second``; the pair first spin → second spin by time."""
    return [_rel("spin1", "wire", "spun", "wire", FIRST),
            _rel("spin2", "wire", "spun", "wire", second),
            _rel("spin1", "spin2", "spun", "spin1", (("haven", "port"),))]


def test_a_spin_of_a_spin_keeps_its_direction() -> None:
    """A content-farm probe: a farm spun another farm's spin of the wire (all its swaps and
    12 more, three hours later) and was shown as "both copy the wire"."""
    carried = tuple((w, dict(FURTHER).get(x, x)) for w, x in FIRST) + FURTHER[2:]
    out = siblings_undirected(_spins(carried))
    assert out[2].original == "spin1"
    assert "published first" in out[2].reason


def test_two_spins_with_swaps_of_their_own_stay_siblings() -> None:
    """Two spinners that each swapped their own words of the wire (three in common) did
    not copy each other; nor does a later spin that changed fewer words than the earlier
    (all of them among the earlier's), nor one of an earlier copy that changed too few."""
    own = (*FIRST[:3], ("crews", "sailors"), ("waves", "swells"), ("pier", "jetty"),
           ("rain", "downpour"))
    assert siblings_undirected(_spins(own))[2].original is None
    assert siblings_undirected(_spins(FIRST[:5]))[2].original is None
    relations = _spins(FIRST + FURTHER[2:])
    relations[0] = _rel("spin1", "wire", "spun", "wire", FIRST[:4])
    assert siblings_undirected(relations)[2].original is None


def test_a_back_translation_of_a_translation_names_it() -> None:
    """A content-farm probe: an English page made by translating a French paper's
    translation of the wire back into English was "both copy the wire"."""
    relations = [_rel("french", "wire", "translated", "wire", languages=("en", "fr")),
                 _rel("back", "wire", "translated", "wire", round_trip=True),
                 _rel("back", "french", "translated", "french", languages=("en", "fr"))]
    assert siblings_undirected(relations)[2].original == "french"


def test_a_back_translation_with_two_translations_to_come_from_names_neither() -> None:
    """The round trip relates to a French and a German translation of the wire, both
    earlier: it went through one of them, which its relations do not say. Two
    translations of the wire into two languages stay siblings too."""
    relations = [_rel("french", "wire", "translated", "wire", languages=("en", "fr")),
                 _rel("german", "wire", "translated", "wire", languages=("de", "en")),
                 _rel("back", "wire", "translated", "wire", round_trip=True),
                 _rel("back", "french", "translated", "french", languages=("en", "fr")),
                 _rel("back", "german", "translated", "german", languages=("de", "en")),
                 _rel("french", "german", "translated", "french", languages=("de", "fr"))]
    out = siblings_undirected(relations)
    assert [r.original for r in out[3:]] == [None, None, None]
    # A French translation and an English spin of the wire: no round trip, no direction.
    spun = [relations[0], _rel("spin", "wire", "spun", "wire", FIRST),
            _rel("french", "spin", "translated", "french", languages=("en", "fr"))]
    assert siblings_undirected(spun)[2].original is None


def test_a_later_copy_with_more_of_the_source_than_the_earlier_has_is_no_copy_of_it() -> None:
    """A regression probe: a heavy spin of a whole wire "copied" a light spin of its first
    four paragraphs (carrying all its swaps), though the pair covered 58 % of it; an
    English back-translation of all five paragraphs "came from" a French translation of
    three (69 %). Text of the source the earlier copy lacks did not come through it. A
    pair that covers the later copy as its source relation does keeps its direction."""
    carried = tuple((w, dict(FURTHER).get(x, x)) for w, x in FIRST) + FURTHER[2:]
    for covered, expected in ((580, None), (1000, "spin1")):
        relations = [_rel("spin1", "wire", "spun", "wire", FIRST, passages=_span(700, 700)),
                     # spin2's side is a: the wire's whole text, 1,000 characters
                     _rel("spin2", "wire", "spun", "wire", carried, passages=_span(1000, 1000)),
                     _rel("spin1", "spin2", "spun", "spin1", (("haven", "port"),),
                          passages=_span(700, covered))]
        assert siblings_undirected(relations)[2].original == expected
    for covered, expected in ((690, None), (1000, "french")):
        relations = [_rel("french", "wire", "translated", "wire", languages=("en", "fr"),
                          passages=_span(900, 900)),
                     _rel("back", "wire", "translated", "wire", round_trip=True,
                          passages=_span(1000, 1000)),
                     _rel("back", "french", "translated", "french",
                          languages=("en", "fr"), passages=_span(covered, 900))]
        assert siblings_undirected(relations)[2].original == expected


def test_a_heavy_spin_as_far_from_the_light_one_as_from_the_wire_is_its_sibling() -> None:
    """A regression probe: a spinner that swaps every word it can had swapped the light
    spin's few changed words too, each for a synonym of the wire's word (carried share
    1.0), and was directed to the light spin, from which it differed by about as many
    swaps as from the wire (0.89-0.95 of them). A spin of the light spin differs from it
    by its own swaps only."""
    own = (("harbour", "anchorage"), ("closed", "sealed"), ("storm", "squall"),
           ("boats", "craft"), ("warned", "alerted"), ("morning", "daybreak"))
    heavy = (*own, ("crews", "sailors"), ("waves", "swells"), ("pier", "jetty"),
             ("rain", "downpour"))
    # against the light spin: its six words again, and the four of the wire's own: ten, as
    # against the wire
    against_light = (*((x, y) for (_, x), (_, y) in zip(FIRST, own, strict=True)), *heavy[6:])
    relations = _spins(heavy)
    relations[2] = _rel("spin1", "spin2", "spun", "spin1", against_light)
    assert siblings_undirected(relations)[2].original is None
