"""A summary or a model's rewrite of a wire story copies no sentence, yet it is the
wire's text retold: every name and figure it gives is the wire's, in the wire's order
(an AI-farm probe's summaries were never related to their wire, so a wire and its
three farm rewrites counted as up to four independent sources). An independent report
of the same event, which adds its own witnesses and figures and orders them its own
way, stays unrelated.

The articles are fictional, written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.reuse.reuse_texts import article

from copydesk.reuse import ReuseIndex, find_reuse
from copydesk.reuse.fingerprints import skeleton_items
from copydesk.reuse.lineage import build_families
from copydesk.reuse.retold import retelling
from copydesk.reuse.text import sentences

WIRE = """BRASKOV, May 12 (Tellmark Wire) - Engineers closed the Orvin Bridge over the \
river Sael on Monday after divers found cracks in two of its seven piers, cutting the \
main road between Braskov and Lummeholt for at least 9 weeks.

The regional roads agency said about 31,000 vehicles cross the bridge on a weekday. \
Traffic is being sent over the Gantry crossing at Hessing, which adds 26 kilometres \
to the journey.

"We will not take any risk with a structure this old," the agency's chief engineer, \
Marit Oddvang, told reporters at the bridge. She said the cracks were found during a \
routine inspection on Friday.

The bridge was opened in 1962 and last repaired in 2011, when its deck was replaced \
at a cost of 48 million crowns.

Mayor Teodor Halvik of Lummeholt said shops in the town centre depended on customers \
from Braskov. "Nine weeks is a whole summer season," Halvik said.

Ferry operator Saelline said it would add 4 extra sailings a day from Wednesday, and \
the agency promised free parking at the Hessing terminal.

Repairs are expected to cost about 17 million crowns. The agency said a full \
replacement of the bridge, planned for 2031, would not be brought forward.

The Orvin Bridge carried its first traffic in the spring of 1962, when it replaced a \
chain ferry that had worked the crossing since 1887. Its designer, the engineer Aslak \
Brenne, called it "a road laid over water" at the opening.

Three other bridges of the same design, at Vellum, Skarvik and Tovra, were inspected \
in 2024. The agency said none of them showed damage of the kind found at Orvin, and \
that all three would be checked again in June."""

#: A content farm's model summary of the wire: other words throughout, the wire's
#: names and figures in the wire's order, nothing of its own.
SUMMARY = """The Orvin Bridge across the Sael has been shut after inspectors discovered \
damage to two of its seven supports, severing the Braskov to Lummeholt road for no less \
than 9 weeks.

Roughly 31,000 cars use the crossing each weekday, according to the roads agency, and \
drivers now face a 26 kilometre detour via the Gantry crossing at Hessing.

Chief engineer Marit Oddvang stressed that safety came first for a bridge of this age.

Built in 1962 and given a new deck in 2011 for 48 million crowns, the structure now \
needs repairs estimated at 17 million crowns.

Lummeholt's mayor, Teodor Halvik, warned that local traders rely on Braskov shoppers, \
while Saelline plans 4 more daily ferry sailings. A replacement pencilled in for 2031 \
stays on schedule."""

#: Another paper's own report of the closure: its own witnesses, its own figures, its
#: own order.
INDEPENDENT = """Lorries queued back to the Hessing roundabout on Monday afternoon as \
drivers learned that the Orvin Bridge would stay shut for the summer.

"I drive this road four times a day. Now it is an hour each way," said Gunnhild Sorvik, \
who delivers bread from a bakery in Lummeholt to cafes in Braskov.

Divers from the Kestrup diving company found the damage on Friday, the roads agency \
confirmed. Two of the seven piers are cracked, and engineers will not reopen the bridge \
until both are braced, which is expected to take 9 weeks.

The Lummeholt chamber of commerce said 140 businesses had asked it for advice since the \
morning. Its chairman, Pelle Arnvik, called on the government to cut fees for the \
ferry, which Saelline runs from the Hessing terminal.

The agency's chief engineer, Marit Oddvang, said the bridge, opened in 1962, was safe to \
walk under but could not carry traffic. About 31,000 vehicles normally cross it. Mayor \
Teodor Halvik is to meet the agency on Thursday."""

MONDAY = datetime(2026, 5, 12, 7, 0, tzinfo=UTC)
LATER = datetime(2026, 5, 12, 10, 30, tzinfo=UTC)


def _relations(*articles):  # type: ignore[no-untyped-def]
    return {frozenset((r.a, r.b)): r for r in find_reuse(list(articles), ReuseIndex())}


def test_a_summary_in_other_words_is_the_wires_retold_copy() -> None:
    wire = article(WIRE, "tellmark", published=MONDAY)
    summary = article(SUMMARY, "dailybuzz", published=LATER)
    found = _relations(wire, summary)
    relation = found[frozenset((wire.id, summary.id))]
    assert relation.type == "rewritten"
    assert relation.original == wire.id
    assert relation.reason.startswith("rewritten: one retells the other in fewer words")
    assert relation.passages  # the diff and the citations have sentences to point at
    families = build_families(list(found.values()), [wire, summary])
    assert [f.article_ids for f in families if len(f.article_ids) > 1] == [
        tuple(sorted((wire.id, summary.id)))]


def test_an_independent_report_of_the_same_closure_is_not_a_retelling() -> None:
    wire = article(WIRE, "tellmark", published=MONDAY)
    own = article(INDEPENDENT, "lummeholtpost", published=LATER)
    summary = article(SUMMARY, "dailybuzz", published=LATER)
    found = _relations(wire, own, summary)
    assert frozenset((wire.id, own.id)) not in found
    assert frozenset((summary.id, own.id)) not in found
    assert found[frozenset((wire.id, summary.id))].type == "rewritten"


def _retold(a: str, b: str):  # type: ignore[no-untyped-def]
    return retelling(a, b, (skeleton_items(a, "en"), skeleton_items(b, "en")),
                     (sentences(a, "en"), sentences(b, "en")))


def test_a_text_that_adds_names_of_its_own_is_not_a_retelling() -> None:
    # The wire's first four paragraphs keep every item in order; one added sentence
    # brings three names the wire never gives (16 % of the items, order still 0.85).
    head = "\n\n".join(WIRE.split("\n\n")[:4])
    assert _retold(WIRE, head) is not None
    assert _retold(WIRE, head + "\n\nIngrid Maalen of Vostrand asked for a footbridge.") is None


def test_a_second_report_as_long_as_half_the_first_is_no_summary() -> None:
    # Two reports of one budget or one results sheet keep the document's order, and a
    # brief adds nothing of its own: over half the other's length, it is not taken for
    # a summary (a regression probe's briefs, at 0.54-0.77 of the other's length).
    head = "\n\n".join(WIRE.split("\n\n")[:5])
    assert len(head) > 0.5 * len(WIRE)
    assert _retold(WIRE, head) is None
    assert _retold(WIRE, "\n\n".join(WIRE.split("\n\n")[:4])) is not None


def test_the_same_names_in_another_order_are_not_a_retelling() -> None:
    paragraphs = SUMMARY.split("\n\n")
    shuffled = "\n\n".join(paragraphs[::-1])
    assert _retold(WIRE, shuffled) is None


def test_too_few_names_and_figures_are_no_evidence() -> None:
    first = SUMMARY.split("\n\n")[0]
    assert _retold(WIRE, first) is None


def test_either_order_of_the_pair_gives_the_same_verdict() -> None:
    one, other = _retold(WIRE, SUMMARY), _retold(SUMMARY, WIRE)
    assert one is not None and other is not None
    assert one.confidence == other.confidence
    assert one.coverage == other.coverage[::-1]
