"""The extract stage end to end: the fallback tagger, the engine step and the store."""

from __future__ import annotations

import pytest

from copydesk.engines.steps import extract as step
from copydesk.errors import UsageError
from copydesk.extract.lexical import LexicalTagger, places_missed, tag_text
from copydesk.extract.nlp import (
    SpacyTagger,
    Span,
    load_spacy,
    make_tagger,
    tagging_workers,
    text_pieces,
)
from copydesk.extract.pipeline import extract_batch
from copydesk.methods import recorded_methods
from copydesk.progress import silent
from copydesk.records import Article, Entity, Quote, content_id

TEXTS = (
    "Harbour Minister Lena Vos said on Monday that the Portvale Port Authority would reopen "
    "two terminals. \"The cranes will move again by Friday,\" Vos said.\n\n"
    "Union leader Maren Holt told reporters in Portvale that 3,000 workers were waiting.",
    "Minister Lena Voss visited Portvale on Tuesday. \"The cranes will move again by Friday,\" "
    "Voss told the Portvale Ledger. Maren Holt did not comment.",
)


def articles() -> list[Article]:
    return [Article(id=content_id(t), source=f"t{i}", text=t) for i, t in enumerate(TEXTS)]


def test_lexical_tagger_types_by_cues() -> None:
    text = "Harbour Minister Lena Vos met NATO envoys in Portvale and the Port Authority."
    found = {(s.text, s.label) for s in tag_text(text)}
    assert ("Lena Vos", "PERSON") in found
    assert ("NATO", "ORG") in found
    assert ("Portvale", "GPE") in found
    assert ("Port Authority", "ORG") in found


def test_fallback_is_named_and_still_merges() -> None:
    result = extract_batch(articles(), None)
    assert result.tagger == "lexical"
    vos = [e for e in result.entities if "Lena Vos" in e.aliases]
    assert len(vos) == 1 and "Lena Voss" in vos[0].aliases and vos[0].type == "person"
    assert "Harbour Minister" in vos[0].roles
    quotes = sorted(result.quotes, key=lambda q: q.article_id)
    assert len(quotes) == 2
    assert {q.speaker_entity_id for q in quotes} == {vos[0].id}
    assert quotes[0].linked_quote_ids == (quotes[1].id,)
    assert result.quantities  # the other extractors ran over the same articles


def test_spacy_tagger_when_installed() -> None:
    nlp = load_spacy()
    if nlp is None:
        pytest.skip("spaCy's English pipeline is not installed")
    tagger = make_tagger(nlp)
    assert tagger.name.startswith("spacy:")
    result = extract_batch(articles(), tagger)
    assert any("Maren Holt" in e.aliases and e.type == "person" for e in result.entities)


def test_spacy_tagger_cuts_a_text_over_its_max_length_at_line_breaks() -> None:
    nlp = load_spacy()
    if nlp is None:
        pytest.skip("spaCy's English pipeline is not installed")
    text = "\n".join(f"Mayor Ana Roth opened bridge number {i} in Eastbrook." for i in range(40))
    texts = ["Ana Roth spoke.", text, "Eastbrook"]
    whole = list(SpacyTagger(nlp).tag(texts))
    limit = nlp.max_length
    nlp.max_length = 300  # the shared pipeline: restored below
    try:
        cut = list(SpacyTagger(nlp).tag(texts))
    finally:
        nlp.max_length = limit
    assert len(cut) == 3  # one list of spans per text, in order
    assert [[(s.start, s.end, s.text) for s in spans] for spans in cut] == [
        [(s.start, s.end, s.text) for s in spans] for spans in whole]
    assert all(text[s.start:s.end] == s.text for s in cut[1]) and len(cut[1]) >= 40


def test_spacy_tagger_in_two_processes_gives_the_same_spans_in_order() -> None:
    nlp = load_spacy()
    if nlp is None:
        pytest.skip("spaCy's English pipeline is not installed")
    texts = [f"Mayor Ana Roth of Eastbrook met Harbour Minister Lena Voss on day {i}."
             for i in range(40)] + [SURNAME_TEXT]
    one = [[(s.start, s.end, s.label) for s in spans] for spans in SpacyTagger(nlp).tag(texts)]
    two = [[(s.start, s.end, s.label) for s in spans]
           for spans in SpacyTagger(nlp, workers=2, batch_size=8).tag(texts)]
    assert one == two and len(one) == len(texts) and all(one)


def test_tagging_workers_follow_the_corpus_size_and_the_environment() -> None:
    assert tagging_workers(500, {}) == 1  # a process start costs more than it saves
    assert 1 <= tagging_workers(100_000, {}) <= 4
    assert tagging_workers(10, {"COPYDESK_WORKERS": "3"}) == 3
    for bad in ("0", "two", "-1"):
        with pytest.raises(UsageError, match="COPYDESK_WORKERS"):
            tagging_workers(10, {"COPYDESK_WORKERS": bad})


def test_text_pieces_cut_after_line_breaks_and_cover_the_text() -> None:
    text = "alpha beta\ngamma delta epsilon\nzeta"
    pieces = text_pieces(text, 15)
    assert "".join(p for _o, p in pieces) == text
    assert all(len(p) <= 15 and text[o:o + len(p)] == p for o, p in pieces)
    assert pieces[0] == (0, "alpha beta\n")
    assert text_pieces("x" * 10, 4) == [(0, "xxxx"), (4, "xxxx"), (8, "xx")]
    assert text_pieces("", 4) == [(0, "")]


def test_step_writes_every_kind_and_names_the_tagger(store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(step, "load_tagger", lambda **_: LexicalTagger())
    monkeypatch.setattr(step, "load_language_taggers", lambda **_: {})  # no models at all
    store.add_batch(articles())
    line = step.run(store, silent)
    assert "lexical" in line and "fallback" in line and "articles/s" in line
    # the report says it too, without the timing (the same store, the same report)
    assert recorded_methods(store)["extract"] == (
        "names tagged by lexical (spaCy pipeline absent: fallback)")
    entities = list(store.iter_records("entities"))
    quotes = list(store.iter_records("quotes"))
    assert entities and all(isinstance(e, Entity) for e in entities)
    assert quotes and all(isinstance(q, Quote) for q in quotes)
    assert store.count_records("quantities") > 0
    assert store.count_records("dates") > 0
    # Records survive the store's JSON round trip with their mentions intact.
    texts = {a.id: a.text for a in articles()}
    for e in entities:
        for m in e.mentions:
            assert texts[m.article_id][m.start:m.end] == m.text
    # A second run replaces, not appends.
    step.run(store, silent)
    assert store.count_records("entities") == len(entities)
    assert "other languages" not in line
    # A multilingual probe: articles the tagger does not read were left unsaid.
    store.add_batch([Article(id="de1", source="de.txt", language="de",
                             text="Ministerin Lena Vos eröffnete am Montag zwei Terminals.")])
    line = step.run(store, silent)
    assert "1 in other languages (de 1) get no entities" in line


SURNAME_TEXT = (
    "Prime Minister Orla Brandtvik toured the flooded quay on Saturday.\n\n"
    "“We will rebuild every house on this street,” Brandtvik said.\n\n"
    "Residents on Kettle Lane said the water rose “faster than a goods train”."
)


@pytest.mark.parametrize("with_spacy", [False, True])
def test_a_surname_alone_and_a_street_resolve_as_a_reader_would(with_spacy: bool) -> None:
    nlp = load_spacy() if with_spacy else None
    if with_spacy and nlp is None:
        pytest.skip("spaCy's English pipeline is not installed")
    result = extract_batch([Article(id="a", source="t", text=SURNAME_TEXT)],
                           make_tagger(nlp) if nlp is not None else None)
    brandtvik = next(e for e in result.entities if "Orla Brandtvik" in e.aliases)
    rebuild, train = sorted(result.quotes, key=lambda q: q.start)
    assert rebuild.speaker_entity_id == brandtvik.id
    assert rebuild.speaker == "Orla Brandtvik"
    assert not any(e.type == "person" and "Kettle Lane" in e.aliases for e in result.entities)
    assert train.speaker == "Residents on Kettle Lane"


def test_surname_mentions_skip_a_surname_two_people_share() -> None:
    from copydesk.extract.propagate import surname_mentions

    text = "Ada Holt and Ben Holt met Cara Lind. Holt spoke first, then Lind."
    people = [("e-ada", "Ada Holt"), ("e-ben", "Ben Holt"), ("e-cara", "Cara Lind")]
    taken = [(0, 8), (13, 21), (26, 35)]
    found = surname_mentions("a", text, people, taken)
    assert [(eid, m.text) for eid, m in found] == [("e-cara", "Lind")]


def test_a_one_word_alias_ending_a_longer_untagged_name_is_not_its_mention() -> None:
    """A names probe: the tagger missed "Aminata Traoré" (a minister), and the alias
    "Traoré" of Col. Bakary Traoré made her a mention of him, her quotes his. After a
    title, a possessive or a common word opening the sentence the alias still counts."""
    from copydesk.extract.propagate import AliasIndex

    colonel = Entity("e-col", "Bakary Traoré", "person", ("Bakary Traoré", "Traoré"), ())
    index = AliasIndex([colonel])
    found = {
        text: [m.text for _, m in index.scan("a", text, [])]
        for text in ("Minister Aminata Traoré said the roll was clean.",
                     "He spoke to Aminata Traoré on Monday.",
                     "Col. Traoré said no.", "When Traoré arrived, talks began.",
                     "Mali's Traoré said no.", "Traoré said no.", "De La Traoré said no.",
                     "He left on Monday. Traoré said no.")
    }
    assert found == {
        "Minister Aminata Traoré said the roll was clean.": [],
        "He spoke to Aminata Traoré on Monday.": [],
        "Col. Traoré said no.": ["Traoré"],
        "When Traoré arrived, talks began.": ["Traoré"],
        "Mali's Traoré said no.": ["Traoré"],
        "Traoré said no.": ["Traoré"],
        "De La Traoré said no.": ["Traoré"],  # a particle is the surname's own
        "He left on Monday. Traoré said no.": ["Traoré"],
    }
    # A regression probe: a title no list holds, capitals, a month, or a word the article
    # also writes in lower case is no given name.
    for text in ("Comptroller Traoré rejected that, the district's comptroller said.",
                 "DCI Traoré said no.", "In March Traoré had warned.",
                 "Ombudsman Traoré said so.", "Council Backs Traoré", "Mufti Traoré said.",
                 "Congresswoman Traoré said.", "Headmistress Traoré said."):
        assert [m.text for _, m in index.scan("a", text, [])] == ["Traoré"], text


def test_places_the_statistical_tagger_misses_are_added_from_their_cues() -> None:
    """Found by an extract probe: spaCy's small pipeline tags "Kiev" but almost never
    "Kyiv", so the city was missing from the entities and Kiev stood alone."""
    nlp = load_spacy()
    if nlp is None:
        pytest.skip("spaCy's English pipeline is not installed")
    texts = (
        "KYIV, Ukraine (Eastwire) — The minister, speaking in Kyiv on Wednesday, said air "
        "defences held. Negotiators meet again in Might, a spun copy says, and spoke to the "
        "Tribune.",
        "The envoy flew from Kiev to Warsaw on Thursday after talks in Kiev.",
    )
    batch = [Article(id=content_id(t), source=f"k{i}", text=t) for i, t in enumerate(texts)]
    result = extract_batch(batch, make_tagger(nlp))
    (kyiv,) = [e for e in result.entities if "Kyiv" in e.aliases]
    assert kyiv.type == "place" and {"KYIV", "Kiev"} <= set(kyiv.aliases)

    # Only places with a cue that overlap no tagged span, and neither a common word nor
    # a name after "the".
    text = texts[0]
    ukraine = text.index("Ukraine")
    found = places_missed(text, [Span(ukraine, ukraine + 7, "Ukraine", "GPE")])
    assert [s.text for s in found] == ["KYIV", "Kyiv"]


def test_acronyms_and_common_words_after_a_preposition_are_no_missed_places() -> None:
    """A regression probe of the missed-places rule: "into ETFs", "to NGOs", "to Zoom",
    "UNICEF, the UN agency" at a line start were added as places."""
    text = ("UNICEF, the UN children's agency, warned of hunger.\nInvestors poured money into "
            "ETFs, donors gave to NGOs and pupils moved to Zoom classes.\nKHARKIV — Shelling "
            "hit the city, and refugees from Huliaipole arrived.")
    assert [s.text for s in places_missed(text, [])] == ["KHARKIV", "Huliaipole"]
    assert ("NATO", "ORG") in {(s.text, s.label) for s in tag_text("NATO, the alliance, said.")}


def test_second_regressions_of_the_missed_places_and_datelines() -> None:
    """A second regression probe: labels and acronyms before a bracket or a dash were
    datelines, a day after a dateline's comma was not, and "-ism" words were places."""
    assert ("SAN FRANCISCO", "GPE") in {(s.text, s.label) for s in
                                        tag_text("SAN FRANCISCO, 5 Jan - Fog closed the bridge.")}
    for line in ("NATO (the North Atlantic alliance) met.", "WHO - the health agency - warned.",
                 "BREAKING — A bridge collapsed."):
        assert all(s.label != "GPE" for s in tag_text(line)), line
    assert places_missed("She converted to Catholicism last year.", []) == []
