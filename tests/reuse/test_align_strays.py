"""Stray passages: a weak sentence match beside a copy is the texts' shared topic."""

from __future__ import annotations

from copydesk.reuse.align import drop_strays
from copydesk.reuse.alignment import Alignment, AlignOptions
from copydesk.reuse.pan import detect
from copydesk.reuse.verbatim import exact_passages

OPTIONS = AlignOptions()
EXACT = Alignment(0, 1200, 0, 1200, 1.0, 1)


def _sentence_passage(start: int, length: int, similarity: float, seeds: int) -> Alignment:
    return Alignment(start, start + length, start, start + length, similarity, seeds)


def test_a_weak_passage_beside_a_verbatim_one_is_dropped():
    weak = _sentence_passage(3000, 200, 0.8, 2)
    strong = _sentence_passage(5000, 600, 0.7, 3)
    assert drop_strays([EXACT, weak, strong], OPTIONS) == [EXACT, strong]


def test_a_lone_single_seed_passage_beside_a_much_longer_one_is_dropped():
    long = _sentence_passage(0, 900, 0.7, 8)
    single = _sentence_passage(3000, 300, 0.45, 1)
    confident = _sentence_passage(5000, 300, 0.65, 1)
    assert drop_strays([long, single, confident], OPTIONS) == [long, confident]


def test_passages_of_like_length_and_lone_passages_are_kept():
    one = _sentence_passage(0, 300, 0.4, 1)
    other = _sentence_passage(3000, 400, 0.4, 1)
    assert drop_strays([one, other], OPTIONS) == [one, other]
    assert drop_strays([one], OPTIONS) == [one]
    assert drop_strays([EXACT, _sentence_passage(3000, 200, 0.8, 2)], AlignOptions(
        stray_beside_exact=0)) == [EXACT, _sentence_passage(3000, 200, 0.8, 2)]  # fmt: skip


def test_pan_detection_leaves_out_a_shared_citation_template():
    # A copied paragraph, and far from it in both texts the same site's citation footer
    # with a different title: sentence-alike, but not part of the reuse.
    copied = (
        "The river authority opened three of the old sluice gates on Tuesday after the "
        "water at the northern weir rose above the mark set in the spring survey. Farmers "
        "downstream had asked for the release for a week, saying their lower fields had "
        "stood under water since the storms. Engineers said the gates would stay open until "
        "the level fell back by half a metre, which they expected by the weekend. "
    )
    filler_a = " ".join(f"Local note {i} concerns the market hall and its roof." for i in range(40))
    filler_b = " ".join(f"Garden diary entry {i} tells of tulips and frost." for i in range(40))
    footer = (
        "Cite this page as follows for your own records and reading lists: {}, Valley "
        "Almanac online edition, printed archive copy kept by the county library service."
    )
    a = copied + filler_a + " " + footer.format("Sluice gates at the weir")
    b = filler_b + " " + copied + filler_b + " " + footer.format("Frost and the tulip beds")
    found = detect(a, b)
    assert found and exact_passages(a, b)
    footer_at = a.index("Cite this page")
    assert all(x.a_end <= footer_at for x in found), found
