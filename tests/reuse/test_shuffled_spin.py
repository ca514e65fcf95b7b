"""A heavy spin that also moves sentences (``AlignOptions.chain_moves``,
:mod:`copydesk.reuse.twins`).

Found by a content-farm probe: a hand spin swapping ~45 % of the words, as spinner
software does, that also swapped two sentences in three or four paragraphs (a standard
spinner option) had no relation at all to its wire once the dateline both shared was
removed; with the dateline it was a "machine-translation round trip", its swaps
misaligned nonsense ("seized → enforcement"), because the word diff compared each moved
sentence with its neighbour's twin. Texts are fictional, written for these tests.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from copydesk.records import Article, content_id
from copydesk.reuse import ReuseIndex, ReuseOptions, build_families, copy_direction, find_reuse
from copydesk.reuse.alignment import Alignment
from copydesk.reuse.chain import sentence_chain
from copydesk.reuse.sentence_space import SentenceSpace
from copydesk.reuse.text import sentences
from copydesk.reuse.twins import function_likeness, in_sentence_order, twin_scores
from copydesk.synth import generate

WIRE_SENTENCES = (
    "A landslide buried a section of the Orsten valley railway on Monday night, cutting "
    "the only rail link between Brellach and the coast, the regional transport office said.",
    "About 4,000 tonnes of rock and mud came down after three days of heavy rain and "
    "covered the track for nearly two hundred metres.",
    "No train was on the line at the time, and nobody was hurt.",
    "\u201cWe were lucky that the slide happened after the last service had passed,\u201d "
    "said Marit Okonjo, who runs the line for the railway company.",
    "\u201cIt will take at least a week to clear the track and check the bridge below it.\u201d",
    "Engineers said the slope had been moving slowly for months and had been fitted with "
    "sensors in the spring.",
    "Buses will replace trains between Brellach and Sennick until the line reopens, the "
    "company said.",
    "Local traders warned that the closure would hurt the town during its busiest season.",
    "The valley line carries about 6,000 passengers a day and most of the freight for the "
    "paper mill at Sennick.",
    "It was the second slide on the route in four years; in 2022 a smaller fall closed it "
    "for three days.",
)
#: The wire through a heavy spin, sentence by sentence (nearly every content word
#: swapped; some sentences keep none: "Coaches will substitute trains ...").
HEAVY_SENTENCES = (
    "A mudslide covered a portion of the Orsten gorge railroad on Monday evening, severing "
    "the sole train connection between Brellach and the shore, the provincial transit "
    "bureau stated.",
    "Roughly 4,000 tonnes of stone and sludge fell down following three days of torrential "
    "downpours and buried the rails for almost two hundred metres.",
    "No locomotive was on the route at that moment, and no one was injured.",
    "\u201cWe were fortunate that the collapse occurred after the final service had gone "
    "by,\u201d stated Marit Okonjo, who manages the route for the rail firm.",
    "\u201cIt will require at least a week to free the rails and inspect the viaduct "
    "beneath it.\u201d",
    "Technicians stated the hillside had been shifting gradually for months and had been "
    "equipped with detectors in the springtime.",
    "Coaches will substitute locomotives between Brellach and Sennick until the route "
    "reopens, the firm stated.",
    "Nearby merchants cautioned that the shutdown would harm the town during its peak "
    "period.",
    "The gorge route transports roughly 6,000 travellers a day and the majority of the "
    "cargo for the paper factory at Sennick.",
    "It was the second collapse on the route in four years; in 2022 a lesser fall shut it "
    "for three days.",
)
WIRE = " ".join(WIRE_SENTENCES)
#: The spin with two sentences swapped in three places, as a spinner's option does.
MOVED_ORDER = (0, 2, 1, 3, 4, 6, 5, 7, 9, 8)
HEAVY = " ".join(HEAVY_SENTENCES[k] for k in MOVED_ORDER)
#: Another outlet's own report of the slide: the same names and figures, its facts in
#: nearly the wire's order, its sentences written afresh.
OWN_REPORT = (
    "Rail services through the Orsten valley are suspended after a landslide on Monday "
    "night left mud and boulders across the track near Brellach. "
    "Marit Okonjo, the line's manager, said crews would need a week or more before trains "
    "could run again, and that the bridge under the slip would be inspected. "
    "There were no injuries, as the last train of the evening had already passed. "
    "Heavy rain over three days loosened about 4,000 tonnes of earth, according to the "
    "transport office. "
    "Replacement buses are running to Sennick, where the paper mill depends on the line "
    "for most of its freight. "
    "Shopkeepers in Brellach fear losing visitors in what is normally their best month. "
    "A smaller slip in 2022 shut the route for three days."
)

TUESDAY = datetime(2026, 3, 3, 7, 0, tzinfo=timezone.utc)


def _article(text: str, source: str, hours: float = 0.0) -> Article:
    return Article(id=content_id(text), source=source, text=text, language="en",
                   published=TUESDAY + timedelta(hours=hours))


def test_a_heavy_spin_with_moved_sentences_is_found_as_a_spin() -> None:
    wire, farm = _article(WIRE, "wire"), _article(HEAVY, "farm", 1)
    (relation,) = find_reuse([wire, farm], ReuseIndex())
    assert relation.type == "spun"
    assert relation.original == wire.id
    swaps = dict(relation.substitutions)
    # each moved sentence is compared with its own twin, not with its neighbour's
    assert swaps["rock"] == "stone" and swaps["train"] == "locomotive"
    assert swaps["Engineers"] == "Technicians" and swaps["passengers"] == "travellers"
    assert ("rock", "locomotive") not in relation.substitutions
    wire_side = sorted((p.a_start, p.a_end) if relation.a == wire.id else (p.b_start, p.b_end)
                       for p in relation.passages)
    assert sum(end - start for start, end in wire_side) > 0.95 * len(WIRE) - len(wire_side)


def test_the_chain_holds_moved_sentences_only_with_moves() -> None:
    """The chain in order steps over one sentence of each move; allowed to step back
    over a moved sentence, it holds all ten, and a sentence sharing no content word with
    its twin ("No train was on the line ...") is held by its function words."""
    a, b = sentences(WIRE, "en"), sentences(HEAVY, "en")
    space = SentenceSpace(a, b)
    scores = twin_scores(space.cosines(), a, b)
    options = ReuseOptions().align
    assert len(sentence_chain(space.cosines(), options)) <= 7
    assert len(sentence_chain(scores, options)) <= 7
    assert len(sentence_chain(space.cosines(), options, options.chain_moves)) < 10
    chain = sentence_chain(scores, options, options.chain_moves)
    assert sorted(chain) == sorted(enumerate(MOVED_ORDER.index(k) for k in range(10)))


def test_function_words_find_twins_that_share_no_content_word() -> None:
    """"Buses will replace trains ... the company said" and "Coaches will substitute
    locomotives ... the firm stated" share only names and function words."""
    a, b = sentences(WIRE, "en"), sentences(" ".join(HEAVY_SENTENCES), "en")
    likeness = function_likeness(a, b)
    assert likeness[6, 6] >= 0.8
    assert likeness[6].argmax() == 6 and likeness[:, 6].argmax() == 6


def test_a_text_told_in_another_order_forms_no_chain() -> None:
    """Moves are a spinner's few swaps of neighbours: the spin read backwards, every
    sentence in its twin's place from the other end, is no chain."""
    backwards = " ".join(reversed(HEAVY_SENTENCES))
    a, b = sentences(WIRE, "en"), sentences(backwards, "en")
    options = ReuseOptions().align
    assert sentence_chain(twin_scores(SentenceSpace(a, b).cosines(), a, b), options,
                          options.chain_moves) == []


def test_an_independent_report_of_the_slide_is_not_related() -> None:
    assert find_reuse([_article(WIRE, "wire"), _article(OWN_REPORT, "herald", 2)],
                      ReuseIndex()) == []
    a, b = sentences(WIRE, "en"), sentences(OWN_REPORT, "en")
    options = ReuseOptions().align
    assert sentence_chain(twin_scores(SentenceSpace(a, b).cosines(), a, b), options,
                          options.chain_moves) == []


def test_a_passage_in_order_is_diffed_whole() -> None:
    """Only a passage whose twins cross is cut: a spin in the wire's order keeps its one
    passage; the moved spin is cut into its runs of sentences in order, each next to its
    twins."""
    spun = " ".join(HEAVY_SENTENCES)
    whole = Alignment(0, len(WIRE), 0, len(spun), 0.5, 10)
    assert in_sentence_order([whole], WIRE, spun, "en") == [whole]
    moved = replace(whole, b_end=len(HEAVY))
    pieces = in_sentence_order([moved], WIRE, HEAVY, "en")
    runs = ((0,), (1,), (2,), (3, 4), (5,), (6,), (7,), (8,), (9,))
    # (a sentence ends at its full stop: a closing quote mark lies between two pieces)
    assert [WIRE[p.a_start : p.a_end] for p in pieces] == [
        " ".join(WIRE_SENTENCES[i] for i in run).rstrip("\u201d") for run in runs]
    assert [HEAVY[p.b_start : p.b_end] for p in pieces] == [
        " ".join(HEAVY_SENTENCES[i] for i in run).rstrip("\u201d") for run in runs]


def test_a_backdated_heavy_spin_is_not_its_familys_root(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The probe's farm copy, time-stamped 30 minutes before the wire, swapped words about
    as frequent as the ones it replaced, so its swaps named no original, and "published
    first" made it the root of the wire's whole family. It reads as machine-spun on its
    own and the wire does not: the wire is the original."""
    wire, farm = _article(WIRE, "wire"), _article(HEAVY, "farm", -0.5)
    monkeypatch.setattr(copy_direction, "_spin_direction", lambda comparison, a, b: None)
    monkeypatch.setattr(copy_direction, "_flagged_as_spun",
                        lambda a, b: {farm.id: (True, 0.75), wire.id: (False, 0.07)})
    (relation,) = find_reuse([wire, farm], ReuseIndex())
    assert relation.type == "spun" and relation.original == wire.id
    assert "a spinner does not write the original" in relation.reason
    (family,) = build_families([relation], [wire, farm])
    assert family.root == wire.id
    # not flagged (no spin scorer): the times decide, as before
    monkeypatch.setattr(copy_direction, "_flagged_as_spun", lambda a, b: None)
    (relation,) = find_reuse([wire, farm], ReuseIndex())
    assert relation.original == farm.id



def test_reports_telling_a_wire_storys_facts_in_another_order_stay_unrelated() -> None:
    """The generator's independent reports tell their event's facts in their own order,
    several in its stock phrasings; read sentence by sentence in each other's order,
    each of these pairs (a wire story and such a report) was a "round trip" (4,000
    generated articles: 708 more round trips and 171 partial copies of this kind).
    Reading in sentence order serves to find a spin of the whole text only."""
    pairs = (("g000012", "g000015"), ("g000030", "g000039"), ("g000036", "g000037"),
             ("g000047", "g000063"), ("g000052", "g000070"))
    made = _generated({i for pair in pairs for i in pair})
    for x, y in pairs:
        assert find_reuse([made[x], made[y]], ReuseIndex()) == [], (x, y)


def test_a_chain_through_moved_sentences_stands_for_a_spin_only() -> None:
    """Generated reports that share stock sentences in another order formed a chain
    through moved sentences over the whole texts, which then read as a round trip at
    32 % identical words; judged on what was found without it, three are the partial
    copies they were (a paragraph in common) and one no relation."""
    kinds = {("g001605", "g001609"): "partial", ("g003271", "g003286"): "partial",
             ("g003276", "g003286"): "partial", ("g003708", "g003712"): None}
    made = _generated({i for pair in kinds for i in pair})
    for (x, y), kind in kinds.items():
        found = find_reuse([made[x], made[y]], ReuseIndex())
        assert [r.type for r in found] == ([kind] if kind else []), (x, y)


def _generated(wanted: set[str]) -> dict[str, Article]:
    """Articles of ``copydesk.synth`` (4,000 articles, seed 7) by id."""
    made: dict[str, Article] = {}
    for s in generate(4000, 7):
        if s.id in wanted:
            made[s.id] = Article(id=s.id, source=s.site, text=s.text, site=s.site,
                                 published=s.published, language="en")
            if len(made) == len(wanted):
                break
    return made
