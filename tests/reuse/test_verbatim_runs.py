"""An outlet's own paragraphs around paragraphs copied verbatim are a partial copy, even
when the aligner bridges them into one passage that looks rephrased throughout; a
machine round trip, rephrased sentence by sentence, stays ``translated``."""

from __future__ import annotations

from copydesk.reuse.alignment import Alignment
from copydesk.reuse.classify import classify
from copydesk.reuse.verbatim_runs import VERBATIM_RUN_WORDS, verbatim_runs

WIRE = [
    "Ferry crews at Brackwater ended their walkout on Sunday after the operator agreed to "
    "a six percent raise spread over two years, bringing the island service back to a full "
    "timetable by Tuesday morning.",
    "The talks lasted through the night at the harbour office and were chaired by the "
    "regional transport commissioner, who had called both sides in on Saturday afternoon.",
    "Under the settlement, deck hands receive four percent at once and two percent next "
    "spring, rest breaks are lengthened on crossings over three hours, and twelve new "
    "mates will be hired before the summer season starts.",
    "Passengers had queued for hours at the mainland pier while freight lorries waited "
    "in long lines along the coast road, and several island shops reported empty shelves.",
    "Operator spokesman Anders Tull said the first sailings would leave at six on "
    "Monday and that extra crossings would be added until the backlog of vehicles cleared.",
]
OWN = [
    "For the crews the deal is a partial win at best: they had asked for nine percent "
    "this year alone and settled for far less than their opening demand.",
    "Staffing was the sticking point through most of the winter, according to people "
    "close to the union, because tired mates had been working double shifts for months.",
    "Islanders are unlikely to forget the week quickly, and the council plans a review of "
    "how the service should cope with the next stoppage.",
]
ROUND_TRIP = [
    "On Sunday the ferry crews of Brackwater stopped their strike after the company "
    "accepted a raise of six percent over two years, so the island line returns to its "
    "complete schedule from Tuesday morning.",
    "The negotiations went on all night in the office of the harbour and were led by the "
    "commissioner for regional transport, who had summoned the two parties on Saturday.",
    "According to the agreement, the deck workers get four percent immediately and two "
    "percent in the next spring, breaks on crossings longer than three hours become "
    "longer, and twelve further mates are employed before the summer season begins.",
    "Travellers had waited for hours at the pier of the mainland while lorries with "
    "freight stood in long rows on the coast road, and some shops on the island said "
    "their shelves were empty.",
    "The spokesman of the operator, Anders Tull, said that the first ferries leave on "
    "Monday at six and that additional crossings are added until the queue of vehicles "
    "is gone.",
]


def _whole(a: str, b: str) -> list[Alignment]:
    """One passage over both texts, as the aligner gives it when it bridges paragraphs."""
    return [Alignment(0, len(a), 0, len(b), 0.6, 5)]


def test_copied_paragraphs_between_own_ones_are_a_partial_copy_with_those_passages():
    wire = "\n\n".join(WIRE)
    kept = [WIRE[0], WIRE[2], WIRE[4]]
    copy = "\n\n".join([kept[0], OWN[0], kept[1], OWN[1], kept[2], OWN[2]])
    runs, share = verbatim_runs(_whole(wire, copy), wire, copy)
    assert share >= 0.9
    assert [copy[r.b_start : r.b_end] for r in runs] == kept
    assert [wire[r.a_start : r.a_end] for r in runs] == kept
    found = classify(_whole(wire, copy), wire, copy, "en", "en", seeds=5)
    assert found is not None
    assert found.type == "partial"
    assert [(p.a_start, p.a_end, p.b_start, p.b_end) for p in found.passages] == [
        (r.a_start, r.a_end, r.b_start, r.b_end) for r in runs
    ]


def test_a_round_trip_rephrased_sentence_by_sentence_stays_translated():
    wire, back = "\n\n".join(WIRE), "\n\n".join(ROUND_TRIP)
    runs, share = verbatim_runs(_whole(wire, back), wire, back)
    assert share < 0.5
    assert all(len((back[r.b_start : r.b_end]).split()) >= VERBATIM_RUN_WORDS for r in runs)
    found = classify(_whole(wire, back), wire, back, "en", "en", seeds=5)
    assert found is not None
    assert found.type == "translated"
    assert len(found.passages) == 1


def test_an_edit_inside_a_copied_paragraph_keeps_it_one_run():
    wire = "\n\n".join(WIRE)
    edited = WIRE[2].replace("twelve new mates", "a dozen new mates")
    copy = "\n\n".join([edited, OWN[0]])
    runs, _share = verbatim_runs(_whole(wire, copy), wire, copy)
    assert len(runs) == 1
    assert copy[runs[0].b_start : runs[0].b_end] == edited
