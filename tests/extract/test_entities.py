"""Entities: typing by cross-document vote, merging of respellings, no false merges.

The texts are written for these tests. A scripted tagger gives each name the
label we want to test with, so the canonicaliser is tested apart from spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copydesk.extract.article_mentions import candidates
from copydesk.extract.canonical import (
    EntityOptions,
    _other_opening_vowel,
    canonical_name,
    canonicalise,
)
from copydesk.extract.mentions import role_before
from copydesk.extract.names import similar_words, translit_key
from copydesk.extract.nlp import Span
from copydesk.extract.pipeline import extract_batch
from copydesk.extract.votes import form_key
from copydesk.records import Article, Entity, content_id


class ScriptedTagger:
    """Tags every occurrence of the given names with the given label (first match wins)."""

    name = "scripted"

    def __init__(self, labels: dict[str, str]) -> None:
        self.labels = labels
        names = sorted(labels, key=len, reverse=True)
        self.pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")

    def tag(self, texts: Iterable[str]) -> Iterator[list[Span]]:
        for text in texts:
            yield [
                Span(m.start(), m.end(), m.group(0), self.labels[m.group(0)])
                for m in self.pattern.finditer(text)
            ]


def article(text: str) -> Article:
    return Article(id=content_id(text), source="test", text=text)


def entity_named(entities: list[Entity] | tuple[Entity, ...], alias: str) -> Entity:
    found = [e for e in entities if alias in e.aliases]
    assert len(found) == 1, f"{alias!r} is in {len(found)} entities"
    return found[0]


WIRE = article(
    "Foreign Minister Sergei Lavrov met US Secretary of State Antony Blinken in Geneva on "
    "Friday. Blinken said the talks were frank. Lavrov said Moscow wanted written answers.\n\n"
    "Ukrainian President Volodymyr Zelenskyy spoke from Kyiv later in the day."
)
TRANSLATED = article(
    "The Russian foreign minister, Sergey Lavrov, and his counterpart Anthony Blinken ended "
    "their meeting. Lavrov repeated the demands. In Kiev, President Volodymyr Zelensky "
    "said the country would not be rushed. Zelensky thanked the allies."
)
SPUN = article(
    "Overseas Minister Sergei Lavrov held a gathering with Blinken in Geneva. CIA Director "
    "William Burns had visited Kiev a week earlier, and President Joe Biden spoke twice. "
    "Burns briefed the president; Biden approved new aid. Lavrov stated nothing changed."
)
LABELS = {
    "Sergei Lavrov": "PERSON", "Sergey Lavrov": "PERSON", "Lavrov": "ORG",
    "Antony Blinken": "PERSON", "Anthony Blinken": "PERSON", "Blinken": "PERSON",
    "Volodymyr Zelenskyy": "PERSON", "Volodymyr Zelensky": "PERSON", "Zelensky": "PERSON",
    "Kyiv": "PERSON", "Kiev": "GPE", "Geneva": "GPE", "Moscow": "GPE",
    "William Burns": "PERSON", "Burns": "PERSON", "Joe Biden": "PERSON", "Biden": "PERSON",
    "CIA": "ORG", "US": "GPE",
}


@pytest.fixture(scope="module")
def entities() -> tuple[Entity, ...]:
    return extract_batch([WIRE, TRANSLATED, SPUN], ScriptedTagger(LABELS)).entities


def test_spellings_and_transliterations_merge(entities: tuple[Entity, ...]) -> None:
    lavrov = entity_named(entities, "Sergey Lavrov")
    assert {"Sergei Lavrov", "Sergey Lavrov", "Lavrov"} <= set(lavrov.aliases)
    blinken = entity_named(entities, "Antony Blinken")
    assert {"Antony Blinken", "Anthony Blinken", "Blinken"} <= set(blinken.aliases)
    zelensky = entity_named(entities, "Zelensky")
    assert {"Volodymyr Zelenskyy", "Volodymyr Zelensky", "Zelensky"} <= set(zelensky.aliases)
    kyiv = entity_named(entities, "Kyiv")
    assert "Kiev" in kyiv.aliases


def test_majority_vote_fixes_the_taggers_types(entities: tuple[Entity, ...]) -> None:
    # "Lavrov" alone is tagged ORG every time, but its full name is a titled person;
    # "Kyiv" is tagged PERSON once, and its respelling Kiev is a place twice.
    assert entity_named(entities, "Lavrov").type == "person"
    assert entity_named(entities, "Kyiv").type == "place"
    assert entity_named(entities, "CIA").type == "organisation"


def test_spun_title_is_a_role_not_a_name(entities: tuple[Entity, ...]) -> None:
    lavrov = entity_named(entities, "Sergei Lavrov")
    assert "Overseas Minister" in lavrov.roles
    assert "Foreign Minister" in lavrov.roles
    assert not any("Minister" in a for a in lavrov.aliases)
    blinken = entity_named(entities, "Blinken")
    assert "US Secretary of State" in blinken.roles


def test_no_false_merges(entities: tuple[Entity, ...]) -> None:
    ids = {entity_named(entities, n).id for n in ("Blinken", "Lavrov", "Biden", "Burns")}
    assert len(ids) == 4
    assert entity_named(entities, "Burns").name == "William Burns"
    assert entity_named(entities, "Biden").name == "Joe Biden"


def test_mentions_point_into_the_text(entities: tuple[Entity, ...]) -> None:
    texts = {a.id: a.text for a in (WIRE, TRANSLATED, SPUN)}
    for e in entities:
        assert e.id == content_id(e.name, e.type)
        for m in e.mentions:
            assert texts[m.article_id][m.start:m.end] == m.text
    lavrov = entity_named(entities, "Lavrov")
    assert len(lavrov.mentions) == 6


def test_surname_goes_to_the_full_name_in_its_own_article() -> None:
    a = article("Senator Dana Okafor and her brother Felix Okafor arrived. Okafor spoke first.")
    b = article("Dana Okafor was cheered. Later Okafor left the hall.")
    c = article("Felix Okafor runs a bakery. Okafor opened at six.")
    tagger = ScriptedTagger({"Dana Okafor": "PERSON", "Felix Okafor": "PERSON",
                             "Okafor": "PERSON"})
    ents = extract_batch([a, b, c], tagger).entities
    dana = entity_named(ents, "Dana Okafor")
    felix = entity_named(ents, "Felix Okafor")
    assert dana.id != felix.id
    assert any(m.article_id == b.id and m.text == "Okafor" for m in dana.mentions)
    assert any(m.article_id == c.id and m.text == "Okafor" for m in felix.mentions)
    # In the article that names both, "Okafor" alone is ambiguous and stays apart.
    ambiguous = [e for e in ents if e.name == "Okafor"]
    assert len(ambiguous) == 1 and {m.article_id for m in ambiguous[0].mentions} == {a.id}


def test_different_first_names_are_different_people() -> None:
    a = article("Marta Keel won the vote. Keel thanked her staff.")
    b = article("Jonas Keel, a farmer, was not surprised by the result.")
    ents = extract_batch([a, b], ScriptedTagger(
        {"Marta Keel": "PERSON", "Jonas Keel": "PERSON", "Keel": "PERSON"}
    )).entities
    assert entity_named(ents, "Marta Keel").id != entity_named(ents, "Jonas Keel").id


def test_a_surname_goes_to_the_full_name_spelt_as_it_is() -> None:
    # Zhou and Zhu share a transliteration key; a corpus naming both people in full
    # tells the bare surnames apart by their spelling, in an article naming both too.
    a = article("Port director Helen Zhou and trade official David Zhu spoke. "
                "Zhou said the berths would open. Zhu said tariffs would stay.")
    b = article("Zhu said the new berths would open in March.")
    ents = extract_batch([a, b], ScriptedTagger(
        {"Helen Zhou": "PERSON", "David Zhu": "PERSON", "Zhou": "PERSON", "Zhu": "PERSON"}
    )).entities
    zhou, zhu = entity_named(ents, "Helen Zhou"), entity_named(ents, "David Zhu")
    assert zhou.id != zhu.id
    assert {m.text for m in zhou.mentions} == {"Helen Zhou", "Zhou"}
    assert {(m.article_id, m.text) for m in zhu.mentions} == {
        (a.id, "David Zhu"), (a.id, "Zhu"), (b.id, "Zhu")}


def test_broken_name_from_a_scraper_joins_its_entity() -> None:
    a = article("Before the call with L avrov, the envoy met Ivo Brandt.")
    b = article("Foreign Minister Sergei Lavrov left. Lavrov was tired.")
    ents = extract_batch([a, b], ScriptedTagger(
        {"Sergei Lavrov": "PERSON", "Lavrov": "PERSON", "Ivo Brandt": "PERSON"}
    )).entities
    lavrov = entity_named(ents, "Lavrov")
    broken = [m for m in lavrov.mentions if m.article_id == a.id]
    assert [m.text for m in broken] == ["L avrov"]


def test_a_role_the_tagger_ran_into_a_name_is_cut_off() -> None:
    """A web probe: "said Ostrevin mayor Piet Haldane", tagged PERSON "Ostrevin mayor",
    made a person of the town's office (who then took the mayor's quote)."""
    a = article('"We are doing all we can," said Ostrevin mayor Piet Haldane on Tuesday.')
    quotes = extract_batch([a], ScriptedTagger(
        {"Ostrevin mayor": "PERSON", "Piet Haldane": "PERSON"})).quotes
    assert [q.speaker for q in quotes] == ["Piet Haldane"]
    at = a.text.index("Ostrevin mayor")
    tagged = [Span(at, at + 14, "Ostrevin mayor", "PERSON")]
    # (the name after the lower-case role is a person even when the tagger missed it)
    assert [c.surface for c in candidates(a.id, a.text, tagged)] == ["Ostrevin", "Piet Haldane"]


def test_a_name_a_role_marks_is_whole_where_the_tagger_cut_it_or_missed_it() -> None:
    """A standards-desk probe: spaCy tagged "Caspian" of "prosecutor Caspian Vell" as a
    nationality and left "Ines Marrow, a spokeswoman for …" untagged, with her later
    "Marrow" an organisation; the quotes went to "Caspian" and to "Marrow"."""
    a = article('"Public office is a trust, not a marketplace," prosecutor Caspian Vell said '
                "after the hearing.\n\nInes Marrow, a spokeswoman for Halloran Chemicals, said "
                'the company would pay for the funerals. "We owe these families the truth," '
                "Marrow said.")
    result = extract_batch([a], ScriptedTagger(
        {"Caspian": "NORP", "Halloran Chemicals": "ORG", "Marrow": "ORG"}))
    assert [q.speaker for q in result.quotes] == ["Caspian Vell", "Ines Marrow"]
    assert entity_named(result.entities, "Ines Marrow").type == "person"
    # Not a role's object or a sentence word: "the Court of Appeal said", "In Carden".
    b = article("Officials in Carden said the judge Court Rules were new. In Berlin, a "
                "spokesman said nothing.")
    found = candidates(b.id, b.text, [])
    assert "Court Rules" not in [c.surface for c in found]


def test_an_acronym_defined_in_brackets_takes_its_names_type() -> None:
    """A standards-desk probe: "National Rail Authority (NRA)", its acronym tagged a
    place, stood as a place entity of its own."""
    a = article("The National Rail Authority (NRA) postponed the upgrade. Later the NRA "
                "blamed steel prices.")
    ents = extract_batch([a], ScriptedTagger(
        {"National Rail Authority": "ORG", "NRA": "GPE"})).entities
    nra = entity_named(ents, "NRA")
    assert nra.type == "organisation"
    assert {m.text for m in nra.mentions} == {"National Rail Authority", "NRA"}


def test_acronym_joins_its_unique_expansion() -> None:
    a = article("The North Atlantic Treaty Organization met in Brussels.")
    b = article("NATO rejected the demand, NATO officials said.")
    ents = extract_batch([a, b], ScriptedTagger(
        {"North Atlantic Treaty Organization": "ORG", "NATO": "ORG", "Brussels": "GPE"}
    )).entities
    nato = entity_named(ents, "NATO")
    assert "North Atlantic Treaty Organization" in nato.aliases
    assert nato.name == "North Atlantic Treaty Organization" or nato.name == "NATO"


def test_an_acronym_joins_a_name_with_a_possessive() -> None:
    """A standards-desk probe: "CDF" stayed apart from "Calvaran Dockworkers' Federation"
    (the apostrophe made the name no run of words)."""
    a = article("The Calvaran Dockworkers' Federation called a strike in Tessan.")
    b = article("CDF members walked out on Monday, the CDF said.")
    ents = extract_batch([a, b], ScriptedTagger(
        {"Calvaran Dockworkers' Federation": "ORG", "CDF": "ORG", "Tessan": "GPE"})).entities
    assert "Calvaran Dockworkers' Federation" in entity_named(ents, "CDF").aliases


def test_an_acronym_with_a_w_or_a_c_joins_its_expansion() -> None:
    """Names are keyed with w → v (Lawrow/Lavrov), acronyms were not: "WHO" never met
    "World Health Organization", nor WTO, WFP or ICC their names."""
    a = article("The World Health Organization and the International Criminal Court met.")
    b = article("WHO officials and ICC judges disagreed, WHO said.")
    ents = extract_batch([a, b], ScriptedTagger(
        {"World Health Organization": "ORG", "WHO": "ORG",
         "International Criminal Court": "ORG", "ICC": "ORG"})).entities
    assert "World Health Organization" in entity_named(ents, "WHO").aliases
    assert "International Criminal Court" in entity_named(ents, "ICC").aliases


def test_a_mixed_case_acronym_joins_its_expansion() -> None:
    """An acronym with the initials of its function words in lower case ("PiS" for
    "Prawo i Sprawiedliwość", "PvdA" for "Partij van de Arbeid") stayed apart from its
    name: the acronym test wanted capitals only, and the initials of the lower-case words
    were never taken."""
    a = article("Prawo i Sprawiedliwość and the Partij van de Arbeid met in Warsaw.")
    b = article("PiS and PvdA leaders disagreed, PiS said.")
    ents = extract_batch([a, b], ScriptedTagger(
        {"Prawo i Sprawiedliwość": "ORG", "PiS": "ORG", "Partij van de Arbeid": "ORG",
         "PvdA": "ORG", "Warsaw": "GPE"})).entities
    assert "Prawo i Sprawiedliwość" in entity_named(ents, "PiS").aliases
    assert "Partij van de Arbeid" in entity_named(ents, "PvdA").aliases


def test_a_mixed_case_acronyms_small_letters_are_small_words() -> None:
    """"PiS" is not the "Polish Independent Socialists": its "i" stands for a word
    written in lower case, and that name has none."""
    a = article("The Polish Independent Socialists met in Warsaw.")
    b = article("PiS leaders disagreed, PiS said.")
    ents = extract_batch([a, b], ScriptedTagger(
        {"Polish Independent Socialists": "ORG", "PiS": "ORG", "Warsaw": "GPE"})).entities
    assert "Polish Independent Socialists" not in entity_named(ents, "PiS").aliases


def test_a_slavic_surnames_feminine_form_is_another_person() -> None:
    """Found by a probe: "Anna Petrova beat her long-time rival Ana Petrov" gave one
    entity; Olena Zelenska is not Volodymyr Zelensky, though both respell."""
    a = article("Anna Petrova beat her long-time rival Ana Petrov in the final. Petrova won.")
    b = article("Olena Zelenska met aid workers while Volodymyr Zelenskyy spoke in Kyiv.")
    c = article("Volodymyr Zelensky thanked the donors.")
    ents = extract_batch([a, b, c], ScriptedTagger(
        {"Anna Petrova": "PERSON", "Ana Petrov": "PERSON", "Petrova": "PERSON",
         "Olena Zelenska": "PERSON", "Volodymyr Zelenskyy": "PERSON",
         "Volodymyr Zelensky": "PERSON", "Kyiv": "GPE"})).entities
    assert entity_named(ents, "Anna Petrova") != entity_named(ents, "Ana Petrov")
    assert "Petrova" in entity_named(ents, "Anna Petrova").aliases
    assert entity_named(ents, "Olena Zelenska") != entity_named(ents, "Volodymyr Zelensky")
    assert entity_named(ents, "Volodymyr Zelenskyy") == entity_named(ents, "Volodymyr Zelensky")


def test_output_does_not_depend_on_input_order() -> None:
    tagger = ScriptedTagger(LABELS)
    one = extract_batch([WIRE, TRANSLATED, SPUN], tagger).entities
    two = extract_batch([SPUN, WIRE, TRANSLATED], tagger).entities
    assert one == two


def test_roles_written_before_a_name() -> None:
    text = "Talks ended. White House press secretary Mira Sand said so."
    assert role_before(text, text.index("Mira")) == "White House press secretary"
    text = "Moscow sent its foreign minister, Ivan Petrov, to the talks."
    assert role_before(text, text.index("Ivan")) == "foreign minister"
    text = "On Friday Ivan Petrov left."
    assert role_before(text, text.index("Ivan")) is None


def test_candidates_trim_articles_possessives_and_titles() -> None:
    text = "It was the Kremlin's view, said Minister Ivan Petrov."
    kremlin = text.index("the Kremlin's")
    minister = text.index("Minister")
    spans = [Span(kremlin, kremlin + 13, "the Kremlin's", "ORG"),
             Span(minister, minister + 20, "Minister Ivan Petrov", "PERSON")]
    found = candidates("a", text, spans)
    assert [(c.text, c.role) for c in found] == [("Kremlin", None), ("Ivan Petrov", "Minister")]
    for c in found:
        assert text[c.start:c.end] == c.text


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Zelensky", "Zelenskyy", True), ("Zelensky", "Zelenskiy", True), ("Kiev", "Kyiv", True),
    ("Sergei", "Sergey", True), ("Antony", "Anthony", True), ("Biden", "Burns", False),
    ("Blinken", "Lavrov", False), ("Paris", "Peres", False), ("Putin", "Burns", False),
    ("Mohammed", "Muhammad", True),
    # "x" is "ks" (these two were two people): Olexander/Oleksandr, Maxim/Maksim.
    ("Olexander", "Oleksandr", True), ("Maxim", "Maksim", True), ("Alex", "Alexis", False),
    # German writes ц as z and ч as tsch (a multilingual probe's minister was two people)
    ("Hrytsenko", "Hryzenko", True), ("Pryrichansk", "Pryritschansk", True),
    ("Schmitz", "Schmid", False),
    # a regression probe: two coaches and two towns forty miles apart
    ("Watson", "Wasson", False), ("Boltsburg", "Bolsburg", False), ("Metzer", "Messer", False),
    ("Katsia", "Kasia", False), ("Betsy", "Bessy", False),
    # Czech and Croatian marks dropped meet; sh is no s, though: keying it so made one
    # person of Kashin and Kasin, of Asha and Asa (a regression probe), and so "Tamashev"
    # and the Czech "Tamašev" stay apart (an OSINT probe's case, left)
    ("Doncic", "Dončić", True), ("Hasek", "Hašek", True), ("Kashin", "Kasin", False),
    ("Asha", "Asa", False), ("Tamashev", "Tamašev", False), ("Zhou", "Zou", False),
    # letters without a decomposition (a real-names probe's minister was "ar kan")
    ("Arıkan", "Arikan", True), ("Łukasz", "Lukasz", True), ("Søren", "Soren", True),
])
def test_respellings(a: str, b: str, same: bool) -> None:
    assert similar_words(a, b, min_similarity=EntityOptions().surname_similarity) is same
    assert (translit_key(a) == translit_key(b)) <= same


def test_a_letter_without_a_decomposition_keeps_a_name_one_name() -> None:
    """A real-names probe: "Selim Arıkan" was keyed "selim ar kan", three words, and was
    another person than the "Selim Arikan" of English copies."""
    assert form_key("Selim Arıkan") == form_key("Selim Arikan") == "selim arikan"
    assert form_key("Łódź") == form_key("Lodz")


def test_canonicalise_empty() -> None:
    assert canonicalise([]) == []


def test_demonym_makes_a_place_and_is_no_entity() -> None:
    a = article("Talks in Velmora ended. Velmoran farmers protested and Velmoran ports shut.")
    b = article("Velmora said the tariffs would stay. The Velmora cabinet met.")
    ents = extract_batch([a, b], ScriptedTagger({"Velmora": "ORG", "Velmoran": "ORG"})).entities
    assert entity_named(ents, "Velmora").type == "place"
    assert not [e for e in ents if "Velmoran" in e.aliases]
    # The people too: "millions of Velmorans" had been a place of its own (an entities probe).
    c = article("Millions of Velmorans voted. Velmorans queued for hours.")
    ents = extract_batch([a, b, c], ScriptedTagger(
        {"Velmora": "ORG", "Velmoran": "ORG", "Velmorans": "GPE"})).entities
    assert not [e for e in ents if "Velmorans" in e.aliases]


def test_organisation_short_forms_join_their_unique_long_form() -> None:
    a = article("The Boston Red Sox won. The Red Sox fans cheered, and the Sox parade was set.")
    b = article("The Bank of Arlen raised rates. Arlen growers complained about the Arlen Bank.")
    ents = extract_batch([a, b], ScriptedTagger({
        "Boston Red Sox": "ORG", "Red Sox": "ORG", "Sox": "ORG", "Bank of Arlen": "ORG",
        "Arlen": "ORG", "Arlen Bank": "ORG",
    })).entities
    sox = entity_named(ents, "Sox")
    assert {"Boston Red Sox", "Red Sox"} <= set(sox.aliases)
    assert entity_named(ents, "Bank of Arlen").id != entity_named(ents, "Arlen").id


def test_articles_in_other_languages_get_alias_mentions_only() -> None:
    en = article("Trade Minister Teodor Halvik met farmers. Halvik promised help.")
    de = Article(id=content_id("de"), source="t", language="de",
                 text="Der Streik endet. Handelsminister Halvik sprach mit Bauern.")
    tagger = ScriptedTagger({"Teodor Halvik": "PERSON", "Halvik": "PERSON", "Streik": "PERSON",
                             "Bauern": "PERSON"})
    ents = extract_batch([en, de], tagger).entities
    halvik = entity_named(ents, "Halvik")
    assert any(m.article_id == de.id and m.text == "Halvik" for m in halvik.mentions)
    assert not [e for e in ents if "Streik" in e.aliases or "Bauern" in e.aliases]


@given(st.text(alphabet=st.sampled_from(list("Ab Lc'’s.\n,()-the ")), max_size=60),
       st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12),
                          st.sampled_from(["PERSON", "ORG", "GPE", "NORP", "NAME", "DATE"])),
                max_size=6))
def test_candidates_always_point_into_the_text(text: str, raw: list[tuple[int, int, str]]) -> None:
    spans = [Span(s, min(len(text), s + n), text[s:s + n], label)
             for s, n, label in raw if s < len(text) and n > 0]
    for c in candidates("x", text, spans):
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start:c.end] == c.text
        assert "\n" not in c.text
    # And the whole canonicaliser accepts whatever the candidates are.
    for e in canonicalise(candidates("x", text, spans)):
        assert e.mentions and e.id == content_id(e.name, e.type)


def test_a_title_tagged_apart_from_its_name_is_the_names_role() -> None:
    # The tagger cut "Sgt" off "Sgt. Maria Lopez" and called it a person of its own.
    text = '"It started in the dryer," said Sgt. Maria Lopez. Prime Minister Ada Roe came.'
    sgt, maria = text.index("Sgt"), text.index("Maria")
    prime = text.index("Prime")
    spans = [Span(sgt, sgt + 3, "Sgt", "PERSON"), Span(maria, maria + 11, "Maria Lopez", "PERSON"),
             Span(prime, prime + 14, "Prime Minister", "PERSON")]
    found = candidates("a", text, spans)
    assert [(c.text, c.role) for c in found] == [("Maria Lopez", "Sgt")]
    # A title that is a name ("Prince" the singer) is kept when no name follows it.
    text = "Tickets for Prince sold out."
    at = text.index("Prince")
    assert [c.text for c in candidates("a", text, [Span(at, at + 6, "Prince", "PERSON")])] == [
        "Prince"]


@pytest.mark.parametrize(("text", "span", "names"), [
    ("Engines from Trellund, Marsby and two other districts came.", "Trellund, Marsby",
     ["Trellund", "Marsby"]),
    ("Crews from Alma, Brill, and Corran helped.", "Alma, Brill", ["Alma", "Brill"]),
    ("She moved to Portland, Oregon in May.", "Portland, Oregon", ["Portland, Oregon"]),
    # An organisation's name keeps its commas: "the law firm Marsh, Ebbing and Coyle".
    ("The law firm Marsh, Ebbing and Coyle, which won.", "Marsh, Ebbing", ["Marsh, Ebbing"]),
])
def test_a_comma_parts_names_only_in_a_list(text: str, span: str, names: list[str]) -> None:
    at = text.index(span)
    label = "ORG" if "law firm" in text else "GPE"
    found = candidates("a", text, [Span(at, at + len(span), span, label)])
    assert [c.text for c in found] == names


def test_the_red_crescent_is_no_street() -> None:
    text = "The Turkish Red Crescent sent 40 tents. Residents on Mill Crescent left."
    spans = [Span(m.start(), m.end(), m.group(), "ORG")
             for m in re.finditer(r"Turkish Red Crescent|Mill Crescent", text)]
    found = {c.text: c.cue for c in candidates("a", text, spans)}
    assert found == {"Turkish Red Crescent": None, "Mill Crescent": "place"}


@pytest.mark.parametrize(("span", "label", "names"), [
    # A real-names probe: an agency's "and" had cut it in two.
    ("Disaster and Emergency Management Authority", "ORG",
     ["Disaster and Emergency Management Authority"]),
    ("Department of Health and Human Services", "ORG",
     ["Department of Health and Human Services"]),
    ("EU and NATO", "ORG", ["EU", "NATO"]),
    # two towns tagged as one organisation (a regression comparison)
    ("Calden and Harrowmere", "ORG", ["Calden", "Harrowmere"]),
    ("Blinken and Lavrov", "PERSON", ["Blinken", "Lavrov"]),
])
def test_and_parts_people_and_acronyms_but_not_an_organisations_name(
        span: str, label: str, names: list[str]) -> None:
    text = f"A statement came from the {span} on Monday."
    at = text.index(span)
    assert [c.text for c in candidates("a", text, [Span(at, at + len(span), span, label)])
            ] == names


def test_an_age_makes_a_person_and_a_river_a_place() -> None:
    """A fact-checker probe: a witness "said Tomasz Ellery, 52, who lives …" was an
    organisation in six copies of one wire story, and "the River Tavel" one in 13."""
    text = ('"The lights went into the river," said Tomasz Ellery, 52, who lives nearby. '
            "The bridge over the River Tavel gave way. Orren Canal was closed.")
    spans = [Span(m.start(), m.end(), m.group(), "ORG")
             for m in re.finditer(r"Tomasz Ellery|River Tavel|Orren Canal", text)]
    found = {c.text: (c.label, c.cue) for c in candidates("a", text, spans)}
    assert {k: cue for k, (_label, cue) in found.items()} == {
        "Tomasz Ellery": "person", "River Tavel": "place", "Orren Canal": "place"}
    types = {e.name: e.type for e in canonicalise(candidates("a", text, spans))}
    assert types["Tomasz Ellery"] == "person" and types["River Tavel"] == "place"
    # one word with a number after it is no age's ("Portavel, 12, and Saltmere, 9")
    text = "Wins so far: Portavel, 12, and Saltmere, 9, lead the league."
    spans = [Span(m.start(), m.end(), m.group(), "ORG")
             for m in re.finditer(r"Portavel|Saltmere", text)]
    assert {c.cue for c in candidates("a", text, spans)} == {None}


def test_an_occupation_run_into_a_full_name_is_no_part_of_it() -> None:
    """A regression probe: "Organiser April Benson said" and "said baker April Benson"
    were two people, one of them "Organiser April Benson"."""
    text = "Organiser April Benson said 80 stalls signed up. Volunteers met volunteer Sam Okoro."
    spans = [Span(m.start(), m.end(), m.group(), "PERSON")
             for m in re.finditer(r"Organiser April Benson|volunteer Sam Okoro", text)]
    assert [c.text for c in candidates("a", text, spans)] == ["April Benson", "Sam Okoro"]
    # a two-word name keeps its first word: "Baker Street" is no baker
    text = "Crowds gathered in Baker Street."
    at = text.index("Baker")
    assert [c.text for c in candidates("a", text, [Span(at, at + 12, "Baker Street", "FAC")])
            ] == ["Baker Street"]


def test_the_herald_is_a_paper() -> None:
    text = "Imke Salo told the Herald that 14 people had died."
    spans = [Span(m.start(), m.end(), m.group(), "PERSON") for m in re.finditer("Herald", text)]
    types = {e.name: e.type for e in canonicalise(candidates("a", text, spans))}
    assert types == {"Herald": "organisation"}


def test_whose_after_a_name_outvotes_one_mistaken_org_but_not_a_clubs_many() -> None:
    text = "Greta Lunde, whose brother worked in the hall, waited at the gate."
    at = text.index("Greta")
    (lunde,) = candidates("a", text, [Span(at, at + 11, "Greta Lunde", "ORG")])
    assert lunde.cue == "who"
    (entity,) = canonicalise([lunde])
    assert entity.type == "person"
    text = "Arsenal, who won on Sunday, lead the table. Arsenal travel to Leeds. Arsenal rested."
    spans = [Span(m.start(), m.end(), "Arsenal", "ORG") for m in re.finditer("Arsenal", text)]
    (club,) = canonicalise(candidates("a", text, spans))
    assert club.type == "organisation"
    # A name made of common words is no person's ("the Red Cross, who sent volunteers").
    text = "The Vastrian Red Cross, who sent 60 volunteers overnight, said so."
    at = text.index("Red Cross")
    (cross,) = candidates("a", text, [Span(at, at + 9, "Red Cross", "ORG")])
    assert cross.cue is None
    # After a preposition the "who" is someone else's.
    text = "said Ruth Adeyemi, an economist at the Portavel Forum, who has advised both."
    at = text.index("Portavel")
    (forum,) = candidates("a", text, [Span(at, at + 13, "Portavel Forum", "ORG")])
    assert forum.cue is None


def test_a_datelines_region_is_a_place_and_a_titles_qualifier_no_organisation() -> None:
    text = "OSTERVIK, Kaldmark (Northgate Wire) — Interior Minister Pavel Dravik spoke."
    spans = [Span(10, 18, "Kaldmark", "PERSON"),
             Span(text.index("Interior"), text.index("Interior") + 8, "Interior", "ORG")]
    # The city the tagger left out is read from the dateline too.
    city, region = candidates("a", text, spans)
    assert (city.text, city.cue, region.text, region.cue) == (
        "OSTERVIK", "dateline", "Kaldmark", "dateline")
    (entity,) = canonicalise([region])
    assert entity.type == "place"  # over the tagger's PERSON
    # A ministry before a title is an organisation ("Defence Ministry Spokesman Col. Ivo
    # Petrov"), and so is "the Interior Ministry": no title follows it.
    text = "Defence Ministry Spokesman Col. Ivo Petrov spoke."
    assert [c.text for c in candidates("a", text, [Span(0, 16, "Defence Ministry", "ORG")])] == [
        "Defence Ministry"]
    text = "the Interior Ministry said so."
    assert [c.text for c in candidates("a", text, [Span(4, 12, "Interior", "ORG")])] == [
        "Interior"]


@pytest.mark.parametrize(("span", "label", "name", "role"), [
    # An organisation named with a title word keeps it (it became "Workers' Federation",
    # typed a person, and "Motors" with the role "General").
    ("General Workers' Federation", "ORG", "General Workers' Federation", None),
    ("Prime Minister's Office", "ORG", "Prime Minister's Office", None),
    ("General Motors", "ORG", "General Motors", None),
    # A person keeps losing the title to the role, whatever the tagger called the span.
    ("Minister Ivan Petrov", "ORG", "Ivan Petrov", "Minister"),
    ("Chief Inspector Ada Roe", "PERSON", "Ada Roe", "Chief Inspector"),
])
def test_titles_come_off_people_not_organisations(
    span: str, label: str, name: str, role: str | None
) -> None:
    text = f"On Monday {span} announced the plan."
    at = text.index(span)
    (found,) = candidates("a", text, [Span(at, at + len(span), span, label)])
    assert (found.text, found.role) == (name, role)


def test_a_title_completed_by_a_name_is_no_role() -> None:
    text = "She is chief executive of the Portvale Harbour Board since May."
    assert role_before(text, text.index("Portvale")) is None


def test_an_acronym_is_not_the_surname_of_a_longer_name() -> None:
    """"UN" joined "Kim Jong Un" as if it were his surname."""
    b = article("Kim Jong Un met envoys on Tuesday. UN inspectors were not invited, and the UN "
                "Secretary-General asked Kim Jong Un to let them in.")
    labels = {"Kim Jong Un": "PERSON", "UN": "PERSON"}
    found = extract_batch([b], ScriptedTagger(labels)).entities
    assert "UN" not in entity_named(found, "Kim Jong Un").aliases


def test_a_name_after_a_title_is_a_person_even_when_the_tagger_misses_it() -> None:
    """spaCy's small model tagged nothing in "Prosecutor Ines Valcourt, who had asked for
    eight years, said…", and her quote went to the judge."""
    text = ("Prosecutor Ines Valcourt, who had asked for eight years, said she was satisfied. "
            "Chief Executive Officer Jane Roe spoke.")
    found = candidates("a", text, [])
    assert [(c.text, c.role, c.cue) for c in found] == [
        ("Ines Valcourt", "Prosecutor", "person")]
    # A name the tagger found is not added twice.
    at = text.index("Ines")
    tagged = candidates("a", text, [Span(at, at + 13, "Ines Valcourt", "PERSON")])
    assert [c.text for c in tagged] == ["Ines Valcourt"]


def test_a_bare_surname_goes_to_the_one_its_paragraph_named() -> None:
    """An entities probe: the wire names a minister and her brother; "…," Ostrander said
    right after "Helena Ostrander told parliament" stayed a bare "Ostrander", and the
    briefing then showed the wire backing another outlet's misattribution to him."""
    text = ("Piotr Ostrander, a shipping executive, left the board in January.\n\n"
            "Helena Ostrander told parliament she never discussed quotas. "
            "\"My brother's business is his business,\" Ostrander said.")
    a = article(text)
    ents = extract_batch([a], ScriptedTagger({
        "Piotr Ostrander": "PERSON", "Helena Ostrander": "PERSON", "Ostrander": "PERSON"})).entities
    helena = entity_named(ents, "Helena Ostrander")
    assert any(m.text == "Ostrander" and m.start > text.index("business") for m in helena.mentions)


def test_mr_is_not_the_sister_the_article_names() -> None:
    """The same probe: "Mr Ostrander, her brother" was given to Helena Ostrander, the
    only Ostrander the article named in full (she is a woman by "said … she"). "Mr" goes
    to a man the corpus shows is one, else to no one (a regression probe: one wrong cue
    had sent "Mr" to the sister, whose sex nothing said)."""
    a = article("Helena Ostrander said on Saturday she would not resign.\n\n"
                "Mr Ostrander, her brother, will also give evidence. "
                "'I will go,' Mr Ostrander said.")
    tagger = ScriptedTagger({"Piotr Ostrander": "PERSON", "Helena Ostrander": "PERSON",
                             "Ostrander": "PERSON"})
    for brother, his in (("Piotr Ostrander, a shipping executive, left the board.", 0),
                         ("Piotr Ostrander said he left the board in January.", 2),
                         ("Piotr Ostrander said she had never told him.", 0)):
        b = article(brother)
        ents = extract_batch([a, b], tagger).entities
        helena = entity_named(ents, "Helena Ostrander")
        piotr = entity_named(ents, "Piotr Ostrander")
        assert {m.article_id for m in helena.mentions} == {a.id}, brother
        assert sum(m.article_id == a.id for m in piotr.mentions) == his, brother


def test_a_portfolio_before_a_title_is_no_name_and_i_is_no_broken_capital() -> None:
    text = ("Deputy Agriculture Minister Oleksiy Hnatyuk resigned. \"I never saw a file,\" "
            "he said.")
    ents = extract_batch([article(text)], ScriptedTagger(
        {"Agriculture": "PERSON", "Oleksiy Hnatyuk": "PERSON"})).entities
    assert {e.name for e in ents} == {"Oleksiy Hnatyuk"}
    # a real-names probe: "India's Commerce Minister Rajesh Menon" made a person "Commerce"
    text = "EU Trade Commissioner Henrik Aalto and India's Commerce Minister Rajesh Menon met."
    ents = extract_batch([article(text)], ScriptedTagger(
        {"EU": "ORG", "Henrik Aalto": "PERSON", "India": "GPE", "Commerce": "ORG",
         "Rajesh Menon": "PERSON"})).entities
    assert {e.name for e in ents} == {"EU", "Henrik Aalto", "India", "Rajesh Menon"}


def test_a_bare_surname_is_not_the_one_its_article_names_only_later() -> None:
    """The paragraph rule's own regression probe: "Dr Halden, the medical director" went to
    his son Jonas, the only Halden the article names in full, two paragraphs down, and
    the quote's fact then disputed the father's reports."""
    a = article("\"We cannot staff the ward,\" Dr Halden, the medical director, said.\n\n"
                "\"This is a bad decision,\" said Jonas Halden, a nurse.")
    b = article("Viktor Halden, the medical director, closed the ward. His son Jonas Halden "
                "objected.")
    ents = extract_batch([a, b], ScriptedTagger({
        "Viktor Halden": "PERSON", "Jonas Halden": "PERSON", "Halden": "PERSON"})).entities
    jonas = entity_named(ents, "Jonas Halden")
    assert not any(m.article_id == a.id and m.text == "Halden" for m in jonas.mentions)


def test_a_ukrainian_name_in_its_russian_romanisation_is_one_person() -> None:
    """An entities probe: a copy of the wire that wrote "Alexei Gnatyuk" and "Sergei
    Bondar" for the wire's "Oleksiy Hnatyuk" and "Serhiy Bondar" made two people of each,
    and the facts showed the copy giving the quote to "another speaker". Hill and Gill
    stay apart."""
    a = article("Deputy minister Oleksiy Hnatyuk met Serhiy Bondar. John Hill was there.")
    b = article("Deputy minister Alexei Gnatyuk met Sergei Bondar. John Gill was there.")
    c = article("Gnatyuk declined to comment.")
    ents = extract_batch([a, b, c], ScriptedTagger({
        "Oleksiy Hnatyuk": "PERSON", "Alexei Gnatyuk": "PERSON", "Serhiy Bondar": "PERSON",
        "Sergei Bondar": "PERSON", "John Hill": "PERSON", "John Gill": "PERSON",
        "Gnatyuk": "PERSON"})).entities
    assert entity_named(ents, "Oleksiy Hnatyuk").id == entity_named(ents, "Alexei Gnatyuk").id
    assert entity_named(ents, "Serhiy Bondar").id == entity_named(ents, "Sergei Bondar").id
    assert entity_named(ents, "John Hill").id != entity_named(ents, "John Gill").id


def test_namesakes_of_other_languages_stay_apart() -> None:
    """A regression probe of the romanisation rule: Declan Rohan and Declan Rogan (an
    Irish "h" between vowels), Hanna and Anna Lindqvist (sisters) are two people each."""
    a = article("Declan Rohan chairs the farmers. Hanna Lindqvist sits on the council.")
    b = article("Declan Rogan runs the council. Anna Lindqvist leads the tenants' union.")
    ents = extract_batch([a, b], ScriptedTagger({
        "Declan Rohan": "PERSON", "Declan Rogan": "PERSON", "Hanna Lindqvist": "PERSON",
        "Anna Lindqvist": "PERSON"})).entities
    assert entity_named(ents, "Declan Rohan").id != entity_named(ents, "Declan Rogan").id
    assert entity_named(ents, "Hanna Lindqvist").id != entity_named(ents, "Anna Lindqvist").id


def test_a_sons_quote_keeps_his_generation() -> None:
    """An entities probe: father and son are one entity (their names key alike), and the
    son's '"…," said Raymond Castell Jr' was exported as Raymond Castell Sr's words, so a
    paper giving them to the father backed it instead of disputing it."""
    from copydesk.extract.passes import generation_written

    text = ('Raymond Castell Sr founded the firm. "We lost the tender because we would not '
            'pay anyone," said Raymond Castell Jr, his son.')
    result = extract_batch([article(text)], ScriptedTagger(
        {"Raymond Castell Sr": "PERSON", "Raymond Castell Jr": "PERSON"}))
    (quote,) = result.quotes
    assert quote.speaker == "Raymond Castell Jr"
    assert generation_written("Raymond Castell Sr", "Castell Jr.") == "Raymond Castell Jr"
    assert generation_written("Raymond Castell Sr", "Castell") == "Raymond Castell Sr"


def test_a_datelines_city_and_agency_are_a_place_and_an_organisation() -> None:
    text = "DRAZHEN (Polaris) — Talks on the valley began."
    spans = [Span(0, 7, "DRAZHEN", "PERSON"), Span(9, 16, "Polaris", "PERSON")]
    city, agency = candidates("a", text, spans)
    assert (city.cue, agency.cue) == ("dateline", "agency")
    types = {e.name: e.type for e in canonicalise([city, agency])}
    assert types == {"Drazhen": "place", "Polaris": "organisation"}
    # Brackets that are not a dateline's credit say nothing.
    text = "Polaris (the shipping firm) said shares fell."
    at = text.index("Polaris")
    (name,) = candidates("a", text, [Span(at, at + 7, "Polaris", "ORG")])
    assert name.cue is None


def test_a_place_a_dateline_names_outweighs_any_number_of_person_tags() -> None:
    """An invented country the tagger calls a person in every sentence: the datelines
    decide, and its demonym is then no person either."""
    lines = ["DRAZHEN, Kelvora (Harrow Wire) — Talks began.",
             *[f"Kelvora sent {n} officials. Kelvoran troops moved." for n in range(8)]]
    text = "\n".join(lines)
    spans = [Span(m.start(), m.end(), m.group(), "PERSON")
             for m in re.finditer(r"\bKelvoran?\b", text)]
    ents = canonicalise(candidates("a", text, spans))
    assert [(e.name, e.type) for e in ents if e.name != "Drazhen"] == [("Kelvora", "place")]
    # A title before the name elsewhere says it is a person after all.
    text = "OSLAND, Vanek (Harrow Wire) — Talks began. President Vanek spoke. Vanek left."
    spans = [Span(m.start(), m.end(), m.group(), "PERSON") for m in re.finditer("Vanek", text)]
    assert [e.type for e in canonicalise(candidates("a", text, spans))
            if e.name == "Vanek"] == ["person"]


def test_a_dateline_town_that_is_a_persons_surname_does_not_take_the_persons_mentions() -> None:
    """A regression probe: "HOLLIS —" made the mayor's "Hollis said…" in other articles a
    place, and "TAVAN —" dropped the economist Paolo Tavani's "Tavani, …, said" as a
    demonym."""
    a = article("HOLLIS — Mayor Dana Hollis opened the new bridge on Monday. Hollis, who "
                "was elected in 2022, cut the ribbon.")
    b = article("Hollis said the delays were the builder's fault. Critics said Hollis had "
                "ignored the warnings.")
    c = article("TAVAN — Prices rose again. Paolo Tavani, an economist, said so. Tavani "
                "expects more.")
    labels = {"HOLLIS": "PERSON", "Dana Hollis": "PERSON", "Hollis": "PERSON",
              "TAVAN": "GPE", "Paolo Tavani": "PERSON", "Tavani": "PERSON"}
    ents = extract_batch([a, b, c], ScriptedTagger(labels)).entities
    hollis = entity_named(ents, "Dana Hollis")
    assert hollis.type == "person" and "Hollis" in hollis.aliases
    assert "Tavani" in entity_named(ents, "Paolo Tavani").aliases


def test_a_nickname_in_quotes_is_no_part_of_a_name() -> None:
    """A names probe: the tagger ran one span over 'Mamadou "Le Professeur" Diallo', and
    a person 'Mamadou "Le' stood in the entities. No name holds a quotation mark."""
    text = 'Envoy Mamadou "Le Professeur" Diallo arrived in Conakry on Monday.'
    tagger = ScriptedTagger({'Mamadou "Le': "PERSON"})
    ents = extract_batch([article(text)], tagger).entities
    assert ents and not [a for e in ents for a in e.aliases if '"' in a]
    assert entity_named(ents, "Mamadou").type == "person"
    # A regression probe: 'The "Nordmark Media Group"' had kept "The" alone.
    text = 'The "Nordmark Media Group" owns six stations.'
    tagger = ScriptedTagger({'The "Nordmark Media Group': "ORG"})
    ents = extract_batch([article(text)], tagger).entities
    assert [e.name for e in ents] == ["Nordmark Media Group"]


def test_a_surname_of_several_words_joins_the_full_name_it_ends() -> None:
    """A names probe: "Asante-Boateng", "van der Berg" and "Ould Cheikh" alone were people
    of their own beside "Kwame Asante-Boateng", "Pieter van der Berg" and "Abdoulaye Ould
    Cheikh", and their quotes filed under them. Only where the article names the person
    in full (a regression probe: a striker of another story went to the minister), and
    two plain words are a full name of their own ("Maria Lopez", "Ana Maria Lopez")."""
    texts = ("Envoy Kwame Asante-Boateng met Pieter van der Berg and Abdoulaye Ould Cheikh. "
             "Ana Maria Lopez watched. Asante-Boateng spoke first. Later van der Berg and "
             "Ould Cheikh answered. Maria Lopez left.",
             "Striker Asante-Boateng scored twice in the final.")
    names = ("Kwame Asante-Boateng", "Asante-Boateng", "Pieter van der Berg", "van der Berg",
             "Abdoulaye Ould Cheikh", "Ould Cheikh", "Ana Maria Lopez", "Maria Lopez")
    tagger = ScriptedTagger({n: "PERSON" for n in names})
    batch = [article(t) for t in texts]
    ents = extract_batch(batch, tagger).entities
    kwame = entity_named(ents, "Kwame Asante-Boateng")
    assert {m.article_id for m in kwame.mentions} == {batch[0].id}
    for full in ("Pieter van der Berg", "Abdoulaye Ould Cheikh"):
        assert len(entity_named(ents, full).mentions) == 2, full
    assert entity_named(ents, "Ana Maria Lopez") is not entity_named(ents, "Maria Lopez")


def test_a_surname_of_several_words_goes_to_the_one_its_article_named_of_several() -> None:
    """"President Lula da Silva … Da Silva said" stood apart as a person "Da Silva" in a
    corpus that also names "Luiz Inacio Lula da Silva": the surname ends two full names,
    and only a unique one was taken. Its article named one of them before it."""
    texts = ("Luiz Inacio Lula da Silva met farmers. Lula da Silva said prices would fall.",
             "President Lula da Silva promised loans. Da Silva said the plan was costed.",
             "Da Silva scored twice for the visitors.")
    names = ("Luiz Inacio Lula da Silva", "Lula da Silva", "Da Silva")
    tagger = ScriptedTagger({n: "PERSON" for n in names})
    batch = [article(t) for t in texts]
    ents = extract_batch(batch, tagger).entities
    short = entity_named(ents, "Lula da Silva")
    assert {(m.article_id, m.text) for m in short.mentions} >= {
        (batch[1].id, "Lula da Silva"), (batch[1].id, "Da Silva")}
    # Not the striker, whose article names no one in full.
    assert batch[2].id not in {m.article_id for e in ents if "Lula da Silva" in e.aliases
                               for m in e.mentions}


def test_a_name_and_the_same_name_with_an_ending_are_two_places() -> None:
    """An entities probe: Niger's border report had its Niger in the entity "Nigeria",
    and Brazil's capital Brasília was one place with "Brasil"; a demonym is still the
    place's (Nigerian)."""
    text = ("Troops from Niger and Nigeria met at the border. Niger said the patrols would "
            "go on. Officials in Brasilia and across Brasil welcomed it.")
    tagger = ScriptedTagger({n: "GPE" for n in ("Niger", "Nigeria", "Brasilia", "Brasil")})
    ents = extract_batch([article(text)], tagger).entities
    assert entity_named(ents, "Niger") is not entity_named(ents, "Nigeria")
    assert entity_named(ents, "Brasilia") is not entity_named(ents, "Brasil")
    assert not similar_words("Niger", "Nigeria", min_similarity=0.5)
    assert similar_words("Kiev", "Kyiv", min_similarity=0.7)


def test_swedish_qv_is_kv_but_a_brands_off_is_not_a_surnames_ov() -> None:
    """Lindqvist and Lindkvist are one name. -off is not keyed as -ov: the brand Smirnoff
    and the bank Tinkoff had met a Smirnov and a Tinkov and become people (a regression
    probe), so Rachmaninoff and Rachmaninov stay apart too."""
    assert translit_key("Lindqvist") == translit_key("Lindkvist")
    assert translit_key("Rachmaninow") == translit_key("Rachmaninov")
    assert translit_key("Smirnoff") != translit_key("Smirnov")


def test_a_place_of_several_words_meets_its_respelling() -> None:
    """"Bad Wuestenhausen" and "Bad Wüstenhausen" had been two places: only names of one
    word were compared. The capitals of a dateline are not the name shown."""
    texts = ("BAD WUSTENHAUSEN — The line to Bad Wüstenhausen reopens on Monday. "
             "Bad Wüstenhausen has waited a year.",
             "Trains to Bad Wuestenhausen run again from Monday.",
             "BAD WUSTENHAUSEN — Services resume.")
    tagger = ScriptedTagger({n: "GPE" for n in (
        "BAD WUSTENHAUSEN", "Bad Wüstenhausen", "Bad Wuestenhausen")})
    ents = extract_batch([article(t) for t in texts], tagger).entities
    spa = entity_named(ents, "Bad Wuestenhausen")
    assert {"BAD WUSTENHAUSEN", "Bad Wüstenhausen"} <= set(spa.aliases)
    assert spa.name == "Bad Wüstenhausen"
    assert entity_named(ents, "Bad Wüstenhausen") is spa


@pytest.mark.parametrize(("written", "shown"), [
    ("PORT MORESBY", "Port Moresby"), ("SANKT-PETERBURG", "Sankt-Peterburg"),
    ("САНКТ-ПЕТЕРБУРГ", "Санкт-Петербург"), ("USA", "USA"), ("США", "США"),
])
def test_a_place_written_only_in_capitals_is_shown_as_a_name(written: str, shown: str) -> None:
    """A place named only by a dateline had kept its capitals as its name ("САНКТ-
    ПЕТЕРБУРГ" in the exports and pages, thirty-fifth session); a short one may be an
    abbreviation and stays as written."""
    assert canonical_name("place", [written, written]) == shown
    assert canonical_name("organisation", [written]) == written


def test_a_dotted_abbreviation_keeps_its_last_point() -> None:
    """Trailing punctuation is cut from a tagged span, and "U.S." had become "U.S", the
    name shown in the exports (thirty-fifth session); a sentence's own point after a
    name is still cut."""
    text = "Envoys of the U.S. met in Washington, D.C. on Friday. Talks resumed in Geneva."
    spans = [Span(m.start(), m.end(), m.group(), "GPE")
             for m in re.finditer(r"U\.S\.|Washington|D\.C\.|Geneva\.", text)]
    assert [c.surface for c in candidates("a", text, spans)] == [
        "U.S.", "Washington", "D.C.", "Geneva"]


def test_a_country_named_like_a_person_is_the_person_only_where_he_is_named() -> None:
    """An entities probe: a water-price report on Jordan, which names no Michael Jordan,
    had its country in the basketball player's entity, because "Jordan" borrowed the
    full name's person votes corpus-wide. A surname the tagger calls a place in an
    article that names its person in full stays the person's."""
    texts = ("AMMAN — Jordan will raise water tariffs. Little rain fell in Jordan, and "
             "Jordan's reservoirs are low.",
             "Michael Jordan opened a shoe shop. Michael Jordan signed boots. Jordan smiled.",
             "Fans queued to see Michael Jordan. Michael Jordan waved, and Jordan left.")
    tagger = ScriptedTagger({"Jordan": "GPE", "Michael Jordan": "PERSON", "AMMAN": "GPE"})
    batch = [article(t) for t in texts]
    ents = extract_batch(batch, tagger).entities
    player = entity_named(ents, "Michael Jordan")
    assert {m.article_id for m in player.mentions} == {batch[1].id, batch[2].id}
    country = [e for e in ents if e.name == "Jordan"]
    assert [e.type for e in country] == ["place"]
    assert {m.article_id for m in country[0].mentions} == {batch[0].id}
    # The tagger's label alone places nothing: "Jordan said" of the player, in a report
    # that never writes his first name, stays his (a regression probe lost his quote).
    texts = (*texts[1:], "Basketball great Jordan spoke at a gala. Jordan smiled.")
    batch = [article(t) for t in texts]
    ents = extract_batch(batch, tagger).entities
    assert batch[2].id in {m.article_id for m in entity_named(ents, "Michael Jordan").mentions}


def test_a_surname_cut_from_its_first_name_is_made_whole_from_the_article() -> None:
    """spaCy tagged "Pavel Novak said…" as "Novak" alone, and the bare surname went to
    the article's other Novak; his role also took the other minister's title."""
    text = ("PRAGUE — Finance Minister Tomas Novak and Interior Minister Pavel Novak clashed "
            "on Wednesday.\n\nTomas Novak wants cuts. Pavel Novak said the police could not "
            "absorb them.")
    spans = [Span(m.start(), m.end(), m.group(0), "PERSON")
             for m in re.finditer(r"Tomas Novak|Pavel Novak", text)]
    last = text.rindex("Pavel Novak")
    spans = [s for s in spans if s.start != last] + [
        Span(last + 6, last + 11, "Novak", "ORG")]
    found = {(c.surface, c.start) for c in candidates("a", text, spans)}
    assert ("Pavel Novak", last) in found and ("Novak", last + 6) not in found
    pavel = entity_named(canonicalise(candidates("a", text, spans)), "Pavel Novak")
    assert len(pavel.mentions) == 2
    assert pavel.roles == ("Interior Minister",)
    assert role_before(text, text.index("Pavel")) == "Interior Minister"
    minister = "the Minister of Trade and Industry Ana Vell said"
    assert role_before(minister, minister.index("Ana")) == "Minister of Trade and Industry"


def test_a_datelines_city_is_read_whole_where_the_tagger_cut_or_missed_it() -> None:
    """spaCy's small model read "SAO PAULO —" as an organisation "SAO" and "KHARKIV,
    Ukraine —" as nothing (an entities probe). A label in capitals is no city, nor is one
    word alone before a dash (a regression probe: "SPORT —", "IMF —", a transcript's
    "REPORTER —" became places); a possessive ends a place of its own ("Abuja, Nigeria's
    foreign ministry" had been one place)."""
    text = ("SAO PAULO — Rain fell in Sao Paulo.\n\nKHARKIV, Ukraine — Sirens sounded.\n\n"
            "BREAKING NEWS — A fire.\n\nSPORT — A win.\n\nIMF — A loan.")
    spans = [Span(0, 3, "SAO", "ORG"), Span(text.index("Sao"), text.index("Sao") + 9,
                                             "Sao Paulo", "GPE")]
    found = [(c.text, c.cue) for c in candidates("a", text, spans)]
    assert found == [("SAO PAULO", "dateline"), ("Sao Paulo", "place"), ("KHARKIV", "dateline")]
    (paulo,) = [e for e in canonicalise(candidates("a", text, spans)) if "Sao Paulo" in e.aliases]
    assert set(paulo.aliases) == {"SAO PAULO", "Sao Paulo"} and paulo.type == "place"
    # A dateline with its country and its day before the agency, as one wire writes them:
    # "GOIANIA, Brazil, March 4 (Southwire) -" had been the organisation "GOIANIA".
    text = "GOIANIA, Brazil, March 4 (Southwire) - Farmers met.\n\nNOTE, Bold, Italic, More - x"
    spans = [Span(0, 7, "GOIANIA", "ORG")]
    assert [(c.text, c.cue) for c in candidates("a", text, spans)][:1] == [
        ("GOIANIA", "dateline")]
    assert "NOTE" not in {c.text for c in candidates("a", text, spans)}
    text = "In Abuja, Nigeria's foreign ministry warned. Officials in Portland, Oregon agreed."
    spans = [Span(3, 19, "Abuja, Nigeria's", "GPE"),
             Span(text.index("Portland"), text.index("Portland") + 16, "Portland, Oregon", "GPE")]
    assert [c.surface for c in candidates("a", text, spans)] == [
        "Abuja", "Nigeria", "Portland, Oregon"]


def test_a_name_merged_across_scripts_is_shown_in_latin_letters() -> None:
    """A held-out probe: once Ентоні Блінкен and Antony Blinken were one person, English
    reports named him in Cyrillic, and "Андрей Коваль said" stood for Andriy Koval; and
    the Cyrillic "Ентоні" (the English A written Е) had kept two Blinkens apart, so the
    English report's "Blinken" alone went to neither. "Ердоган" (romanised Yerdogan, as
    Russian writes an opening Е) is Erdogan."""
    texts = ("Secretary of State Antony Blinken arrived. Blinken said talks would go on.",
             "Госсекретарь Ентоні Блінкен прибув. Блінкен заявив про переговори.",
             "Госсекретарь Ентоні Блінкен прибув. Президент Ердоган заявив це.",
             "President Erdogan spoke in Ankara. Andriy Koval and Андрій Коваль met.")
    names = ("Antony Blinken", "Blinken", "Ентоні Блінкен", "Блінкен", "Ердоган", "Erdogan",
             "Andriy Koval", "Андрій Коваль")
    tagger = ScriptedTagger({n: "PERSON" for n in names})
    ents = extract_batch([article(t) for t in texts], tagger).entities
    blinken = entity_named(ents, "Antony Blinken")
    assert {"Ентоні Блінкен", "Блінкен", "Blinken"} <= set(blinken.aliases)
    assert blinken.name == "Antony Blinken"
    assert entity_named(ents, "Erdogan") is entity_named(ents, "Ердоган")
    assert entity_named(ents, "Erdogan").name == "Erdogan"
    assert entity_named(ents, "Andriy Koval").name == "Andriy Koval"
    # Not any two given names of one surname: Anna and Olena Koval stay two people.
    assert not _other_opening_vowel("Anna", "Olena") and _other_opening_vowel("Ентоні", "Antony")
