"""Word diffs of aligned passages, the layered lineage layout, sentence splitting."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from copydesk.records import Passage, Relation
from copydesk.report.diff import diff_relation, word_diff
from copydesk.report.lineage import LABEL_OFFSET, EdgeIn, NodeIn, layout
from copydesk.report.sources import Source, node_sublabel
from copydesk.report.text import sentence_spans
from report_sample import ORIGINAL, SPUN, SUBSTITUTIONS


def test_listed_substitutions_are_marked_as_swaps() -> None:
    left, right, swapped, changed = word_diff(ORIGINAL[:289], SPUN[:301], SUBSTITUTIONS)
    swaps = [(t.strip(), c) for t, c in right if c == "swap"]
    assert swapped == 10 and changed == 0
    assert {w for t, _ in swaps for w in t.split()} == {b for _, b in SUBSTITUTIONS}
    assert "".join(t for t, _ in left) == ORIGINAL[:289]


def test_unlisted_change_is_a_change_not_a_swap() -> None:
    _, right, swapped, changed = word_diff("the red car stopped", "the blue car stopped", ())
    assert swapped == 0 and changed == 1
    assert ("blue", "chg") in right


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120), st.text(max_size=120),
       st.lists(st.tuples(st.text(min_size=1, max_size=8), st.text(min_size=1, max_size=8)),
                max_size=4))
def test_segments_always_rebuild_both_texts(a: str, b: str, subs: list[tuple[str, str]]) -> None:
    left, right, swapped, changed = word_diff(a, b, subs)
    assert "".join(t for t, _ in left) == a
    assert "".join(t for t, _ in right) == b
    assert swapped >= 0 and changed >= 0
    assert all(c in ("", "swap", "chg", "del", "ins") for _, c in (*left, *right))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60), st.text(max_size=60),
       st.lists(st.tuples(*(st.integers(-5, 80),) * 4), max_size=3))
def test_out_of_range_passages_never_break_the_view(
    a: str, b: str, spans: list[tuple[int, int, int, int]]
) -> None:
    rel = Relation("a", "b", "partial", 0.5, "test", "a", tuple(Passage(*s) for s in spans))
    view = diff_relation(rel, a, b, left_is_a=True)
    for p in view.passages:
        assert "".join(t for t, _ in p.left) == a[p.left_span[0]:p.left_span[1]]


def test_swaps_are_found_whichever_record_side_is_the_original() -> None:
    """Stored pairs run original → copy. With the original as record side b, the page
    reversed them once more and showed "0 swaps, 26 other changes"."""
    original, spun = ORIGINAL[:289], SPUN[:301]
    whole = (Passage(0, len(spun), 0, len(original)),)
    rel = Relation("a", "b", "spun", 0.9, "x", "b", whole, SUBSTITUTIONS)  # b is the original
    view = diff_relation(rel, original, spun, left_is_a=False)  # the original shown left
    assert (view.swapped, view.changed) == (10, 0)
    unknown = Relation("a", "b", "spun", 0.9, "x", None, whole,
                       tuple((y, x) for x, y in SUBSTITUTIONS))  # no original: a → b
    assert diff_relation(unknown, spun, original, left_is_a=True).swapped == 10


def test_translation_is_shown_without_word_diff() -> None:
    rel = Relation("a", "b", "translated", 0.8, "x", "a", (Passage(0, 5, 0, 5),))
    view = diff_relation(rel, "Hello world", "Salut monde", left_is_a=True)
    assert not view.word_diff
    assert view.passages[0].left == (("Hello", ""),)


def _nodes(n: int) -> list[NodeIn]:
    return [NodeIn(f"n{i}", i + 1, f"[{i + 1}] site", "sub") for i in range(n)]


def test_roots_left_copies_right_and_deterministic() -> None:
    edges = [EdgeIn("n0", "n1", "duplicate", 0.9), EdgeIn("n1", "n2", "spun", 0.7),
             EdgeIn("n0", "n3", "partial", 0.8)]
    g = layout(_nodes(5), edges)
    x = {n.id: n.x for n in g.nodes}
    assert x["n0"] < x["n1"] < x["n2"] and x["n0"] < x["n3"]
    assert x["n4"] == x["n0"]  # an article with no reuse stands with the originals
    assert {n.id for n in g.nodes if n.isolated} == {"n4"}
    assert layout(_nodes(5), edges) == g
    assert [t for t, _, _ in g.legend] == ["duplicate", "partial", "spun"]
    ys = [(n.x, n.y) for n in g.nodes]
    assert len(set(ys)) == len(ys)  # no two nodes on one spot
    assert all(n.x >= 0 and n.x + 220 <= g.width and n.y + 46 <= g.height for n in g.nodes)


def test_two_copies_of_one_original_stand_side_by_side() -> None:
    """A standards-desk probe: partial copies of a wire, linked to each other as siblings
    (undirected), were drawn as a chain of copies of copies."""
    edges = [EdgeIn("n0", "n1", "duplicate", 1.0), EdgeIn("n0", "n2", "partial", 0.8),
             EdgeIn("n0", "n3", "partial", 0.7), EdgeIn("n1", "n2", "partial", 0.7, False),
             EdgeIn("n2", "n3", "partial", 0.6, False)]
    graph = layout(_nodes(4), edges)
    x = {n.id: n.x for n in graph.nodes}
    assert x["n0"] < x["n1"] == x["n2"] == x["n3"]
    # The siblings' links loop out to the right of the last column: inside the picture
    # with their labels (a visual probe found them cut off as stubs), and the legend
    # says what an edge without an arrowhead is.
    loops = [e for e in graph.edges if not e.directed]
    assert loops and graph.undirected
    for e in loops:
        reach = max(int(p.split(",")[0]) for p in re.findall(r"\d+,\d+", e.path))
        assert reach < graph.width and e.label_x + LABEL_OFFSET <= graph.width
    assert not layout(_nodes(2), [EdgeIn("n0", "n1", "spun", 0.9)]).undirected


def test_cycles_and_unknown_edges_still_lay_out() -> None:
    edges = [EdgeIn("n0", "n1", "spun", 0.5), EdgeIn("n1", "n0", "spun", 0.5),
             EdgeIn("n1", "zz", "spun", 0.5), EdgeIn("n2", "n2", "duplicate", 1.0)]
    g = layout(_nodes(3), edges)
    assert len(g.nodes) == 3
    assert {(e.source, e.target) for e in g.edges} == {("n0", "n1"), ("n1", "n0")}


def test_large_stories_are_capped() -> None:
    g = layout(_nodes(60), [EdgeIn("n0", f"n{i}", "duplicate", 1.0) for i in range(1, 60)])
    assert len(g.nodes) == 40 and g.omitted == 20


def test_sentence_spans_cut_at_stops_not_at_numbers_or_abbreviations() -> None:
    text = ("Costs rose 2.4 percent in May. “It is bad,” she said. The end\n"
            "New line here")
    parts = [text[s:e] for s, e in sentence_spans(text)]
    assert parts == ["Costs rose 2.4 percent in May.", "“It is bad,” she said.", "The end",
                     "New line here"]


def test_a_stop_after_a_title_an_initial_or_a_list_number_ends_no_sentence() -> None:
    """The summary quoted "... according to Lt." and a timeline entry lost its speaker
    ("Dr. Anna Berg of St.") when every stop before a capital ended a sentence."""
    cases = {
        "Dr. Anna Berg of St. Olaf hospital said 40 were treated. The ferry left.":
            ["Dr. Anna Berg of St. Olaf hospital said 40 were treated.", "The ferry left."],
        "The No. 7 ferry sank, according to Lt. Col. Mara Veen. Then rain came.":
            ["The No. 7 ferry sank, according to Lt. Col. Mara Veen.", "Then rain came."],
        "1. FC Quellmoor won the cup. Fans cheered.":
            ["1. FC Quellmoor won the cup.", "Fans cheered."],
        "J. R. Hallam wrote it. Prices rose by 3. Officials said so.":
            ["J. R. Hallam wrote it.", "Prices rose by 3.", "Officials said so."],
        "Die Wahl ist am 3. März. Sie ist geheim.":
            ["Die Wahl ist am 3. März.", "Sie ist geheim."],
        "He met Mr. Brandt at 5 p.m. No one spoke.":
            ["He met Mr. Brandt at 5 p.m.", "No one spoke."],
    }  # fmt: skip
    # ... and sentences that do end on such a token still end there (a regression probe).
    for text in ("Plan B. The council agreed.", "The type is A. She said so.",
                 "Prices rose in 2023. March brought relief.", "Im Jahr 2024. Mai war warm.",
                 "The match was tied at 2. May saw a replay.", "He lives on Oak St. The house "
                 "is old.", "It lasted until Dec. The next year was calm."):
        cases[text] = [part + "." for part in text[:-1].split(". ", 1)]
    for text, expected in cases.items():
        assert [text[s:e] for s, e in sentence_spans(text)] == expected


@given(st.text(max_size=200))
def test_sentence_spans_are_ordered_and_inside_the_text(text: str) -> None:
    last = 0
    for s, e in sentence_spans(text):
        assert last <= s < e <= len(text)
        last = e


def test_periods_read_as_people_write_them() -> None:
    from datetime import date

    from copydesk.report.render import fmt_period

    assert fmt_period(date(2019, 1, 1), date(2019, 12, 31)) == "2019"
    assert fmt_period(date(2025, 2, 1), date(2025, 2, 28)) == "Feb 2025"
    assert fmt_period(date(2025, 3, 3), date(2025, 3, 9)) == "3–9 Mar 2025"
    assert fmt_period(date(2025, 3, 30), date(2025, 4, 2)) == "30 Mar – 2 Apr 2025"
    assert fmt_period(date(2024, 12, 30), date(2025, 1, 2)) == "30 Dec 2024 – 2 Jan 2025"
    assert fmt_period(date(2025, 4, 1), None) == "1 Apr 2025"


def test_edge_labels_never_cover_one_another() -> None:
    """Every edge into one copy put its label at the copy's end: a duplicate's label was
    hidden under a translation's."""
    edges = [EdgeIn("n0", "n3", "duplicate", 0.99), EdgeIn("n1", "n3", "translated", 0.85),
             EdgeIn("n2", "n3", "spun", 0.7), EdgeIn("n0", "n4", "partial", 0.6),
             EdgeIn("n3", "n4", "partial", 0.5)]
    g = layout(_nodes(5), edges)
    spots = [(e.label_x, e.label_y) for e in g.edges]
    for i, (x, y) in enumerate(spots):
        for ox, oy in spots[i + 1:]:
            assert abs(x - ox) >= 2 * 58 or abs(y - oy) >= 14, spots


def test_every_relation_type_has_its_own_edge_style_and_badge() -> None:
    """A new relation type ("rewritten") must not fall back to the "other" style."""
    from pathlib import Path

    from copydesk.records import RELATION_TYPES
    from copydesk.report.lineage import EDGE_STYLE, OTHER_STYLE

    assert set(EDGE_STYLE) == set(RELATION_TYPES)
    assert OTHER_STYLE not in EDGE_STYLE.values()
    assert len(set(EDGE_STYLE.values())) == len(EDGE_STYLE)
    css = (Path(__file__).resolve().parents[2] / "src" / "copydesk" / "report" / "static"
           / "report.css").read_text(encoding="utf-8")
    assert all(f".t-{kind} " in css for kind in RELATION_TYPES)


def test_a_graph_box_shows_the_time_on_the_pages_clock() -> None:
    """A visual probe: the box showed the publisher's local 15:15 beside "14:15 UTC" in
    the sources, and boxes seemed out of order against their shown times."""
    paris = timezone(timedelta(hours=1))

    def source(published: datetime | None) -> Source:
        return Source(1, "a", "T", "Site", None, published, "fr", "original", None, False)

    assert node_sublabel(source(datetime(2025, 3, 12, 15, 15, tzinfo=paris))) == (
        "12 Mar 14:15 UTC · original")
    assert node_sublabel(source(datetime(2025, 3, 12, tzinfo=timezone.utc))) == (
        "12 Mar · original")
    assert node_sublabel(source(None)) == "undated · original"
