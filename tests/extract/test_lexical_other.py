"""Names in German, Spanish, Italian, Portuguese and Dutch articles, which no installed
pipeline reads: each language's own titles, organisation words and place prepositions,
and German nouns, capitalised like names, kept out."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from conftest import load_bench
from copydesk.extract.lexical_other import ForeignLexicalTagger
from copydesk.extract.nlp import load_language_taggers
from copydesk.extract.pipeline import extract_batch
from copydesk.records import Article, content_id


def tagged(language: str, text: str) -> dict[str, str]:
    return {s.text: s.label for s in ForeignLexicalTagger(language).tag_text(text)}


def test_spanish_names_by_title_organisation_word_place_and_dateline() -> None:
    found = tagged("es", (
        "SAN ISIDRO DE LA SIERRA, Lucerna (Agencia Sur) — El alcalde Juan Pérez dijo que "
        "los mineros de Minera Andina del Sur están vivos. El Ministerio de la Presidencia "
        "habló en Puerto Calima. La Policía llegó a Madrid. Según Pérez, todo va bien."))
    assert found["SAN ISIDRO DE LA SIERRA"] == "GPE"
    assert found["Juan Pérez"] == "PERSON"
    assert found["Minera Andina del Sur"] == "ORG"
    assert found["Ministerio de la Presidencia"] == "ORG"
    assert found["Puerto Calima"] == "GPE"
    assert found["Madrid"] == "GPE"  # a city GeoNames lists (tests/extract/test_cities.py)
    assert "Policía" not in found  # any police force
    assert "Según" not in found and "El" not in found


def test_german_nouns_are_no_names_but_names_after_titles_are() -> None:
    found = tagged("de", (
        "Ein Großbrand hat am Dienstag ein Lager der Firma Kettner Lagerhaus im Hafen von "
        "Salburg zerstört, wie Einsatzleiterin Ilse Brandauer mitteilte. Die Feuerwehr war "
        "schnell da. Bürgermeister Jan Hellwig sprach in Salburg mit Angela Merkel. Die "
        "Händler haben drei Jahre in Folge Rekordmengen verkauft.\nTeilen\nFacebook\nX"))
    assert found == {
        "Kettner Lagerhaus": "NAME", "Salburg": "GPE", "Ilse Brandauer": "PERSON",
        "Jan Hellwig": "PERSON", "Angela Merkel": "PERSON",  # a given name first
    }


def test_italian_portuguese_and_dutch_titles() -> None:
    assert tagged("it", "Lo ha detto il sindaco Marco Bellandi in Varenna.") == {
        "Marco Bellandi": "PERSON", "Varenna": "GPE"}
    # "a" and "da" name whom as often as where, not where: a newspaper's word makes an
    # organisation, and a given name first a person
    assert tagged("it", "L'ha spiegato a Gazzetta della Valle, guidato da Franca Bertelli.") == {
        "Gazzetta della Valle": "ORG", "Franca Bertelli": "PERSON"}
    assert tagged("pt", "A ministra Ana Ribeiro falou em Porto Serra.") == {
        "Ana Ribeiro": "PERSON", "Porto Serra": "GPE"}
    assert tagged("nl", "Volgens burgemeester Pieter de Vries in Waalhaven is het veilig.") == {
        "Pieter de Vries": "PERSON", "Waalhaven": "GPE"}


def test_no_rules_for_a_language_without_them() -> None:
    with pytest.raises(ValueError, match="no lexical name rules"):
        ForeignLexicalTagger("fi")


def test_the_other_languages_get_a_tagger_and_their_articles_entities() -> None:
    """Before, a German report gave no entity at all: its minister counted for no one."""
    taggers = load_language_taggers()
    assert {"de", "es", "it", "pt", "nl"} <= set(taggers)
    assert taggers["de"].name == "lexical rules (de)"
    german = Article(
        id=content_id("de"), source="de.txt", language="de",
        published=datetime(2026, 3, 10, tzinfo=timezone.utc),
        text=("Ministerin Katrin Albers hat am Dienstag in Grauhafen das neue Werk eröffnet. "
              "„Das ist ein guter Tag“, sagte Albers."))
    entities = extract_batch([german], None, others=taggers).entities
    assert {(e.name, e.type) for e in entities} >= {("Katrin Albers", "person"),
                                                    ("Grauhafen", "place")}


def test_a_title_and_its_office_before_a_comma_make_a_person() -> None:
    assert tagged("es", "El consejero de Medio Ambiente, Álvaro Quintanilla, lo negó.")[
        "Álvaro Quintanilla"] == "PERSON"
    assert tagged("es", "Su abogado, Tomás Villalobos, recurrirá.")["Tomás Villalobos"] == "PERSON"
    # not across a sentence's end
    assert tagged("nl", "Dat zei de wethouder. Kees Mulder was er niet.") == {"Kees Mulder": "NAME"}


def test_german_compound_titles_organisations_and_places_without_an_article() -> None:
    found = tagged("de", (
        "Nach Angaben von Polizeisprecherin Anja Ruhland nahm Oberbürgermeister Friedhelm "
        "Asmussen teil. Der Deutsche Wetterdienst warnt, die Nordküstenbahn fährt nicht. "
        "Der Gipfel fand in Berlin statt, das Gesetz tritt in Kraft, Einbrüche in "
        "Gartenlauben gab es auch. Sie promovierte an der Universität Falkenried."))
    assert found["Anja Ruhland"] == "PERSON" and found["Friedhelm Asmussen"] == "PERSON"
    assert found["Berlin"] == "GPE"  # frequent, but no German noun stands after "in" bare
    assert found["Universität Falkenried"] == "ORG"
    assert "Nordküstenbahn" not in found  # one word: a name or any railway, unknown
    assert not {"Kraft", "Gartenlauben"} & set(found)


@pytest.mark.parametrize(("language", "text", "person"), [
    ("it", "Lo sostiene la storica dell'arte Elena Sartori, che ha presentato le analisi.",
     "Elena Sartori"),
    ("it", "Secondo Thomas Berghaus il fondo non venderà.", "Thomas Berghaus"),
    ("es", "Lo confirmó ayer Lucía Ferrándiz en la asamblea de vecinos.", "Lucía Ferrándiz"),
    ("pt", "A proposta foi apresentada por João Vasconcelos na reunião.", "João Vasconcelos"),
    ("nl", "Volgens Pieter Hoogeveen komt er een nieuwe brug.", "Pieter Hoogeveen"),
])
def test_a_given_name_first_makes_a_person(language: str, text: str, person: str) -> None:
    """Two capitalised words with no cue around them were left untyped, and a name
    said once was lost: a given name first (Faker's per-locale lists) says person."""
    assert tagged(language, text).get(person) == "PERSON"


def test_a_given_name_that_is_a_word_or_a_place_makes_no_person() -> None:
    """"Rosa" is a given name, but the article writes "rosa" too; "Marina Vecchia" is a
    harbour district; "Victoria Park" a park."""
    found = tagged("it", "Il vino rosa di Rosa Spumante piace. A Marina Vecchia e a "
                         "Victoria Park si festeggia.")
    assert found.get("Rosa Spumante") != "PERSON"
    assert found.get("Marina Vecchia") != "PERSON" and found.get("Victoria Park") != "PERSON"


#: Floors (may only rise) of names' precision / recall over the five languages, as
#: bench/entities_languages.py measured them in the thirty-eighth session (given names):
#: tuned 0.91 / 0.66, held_out 0.97 / 0.60, held_out_2 0.90 / 0.62 (before it 0.91 /
#: 0.61, 0.97 / 0.49, 0.89 / 0.53).
#: With more organisation words: tuned 0.92 / 0.71, held_out 0.96 / 0.61, held_out_2 0.90
#: / 0.63.
#: With kinds of places before names: 0.92 / 0.74, 0.96 / 0.62, 0.90 / 0.65.
NAME_FLOORS = {"tuned": (0.91, 0.73), "held_out": (0.95, 0.61), "held_out_2": (0.89, 0.64)}


@pytest.mark.parametrize("corpus", sorted(NAME_FLOORS))
def test_name_quality_floors(corpus: str) -> None:
    bench = load_bench("entities_languages")
    articles, gold = bench.load(corpus)
    language_of = {a.url: a.language for a in articles}
    counts = bench.score(bench.copydesk_found(articles), gold, language_of)["all"]
    precision, recall = counts["right"] / counts["found"], counts["recalled"] / counts["gold"]
    floor_p, floor_r = NAME_FLOORS[corpus]
    assert precision >= floor_p and recall >= floor_r, (corpus, precision, recall)


@pytest.mark.parametrize(("language", "text", "place"), [
    ("es", "Alarma tras saber que el embalse de Peñaseca está al 11 por ciento.", "Peñaseca"),
    ("es", "Desalojan a 400 vecinos de las aldeas de Peñarrubia y otras.", "Peñarrubia"),
    ("it", "Paura a Roccaverde, dove il torrente Rivella è esondato.", "Rivella"),
    ("de", "Einbrüche in Nachbargemeinden wie Sülzhagen wurden gemeldet.", "Sülzhagen"),
    ("nl", "Het windpark bij de buurtschap Ekelhorst blijft omstreden.", "Ekelhorst"),
    ("pt", "O fogo chegou às aldeias de Soutelinho durante a noite.", "Soutelinho"),
])
def test_a_kind_of_place_before_a_name_makes_a_place(language: str, text: str,
                                                     place: str) -> None:
    """A place named after a noun of its kind ("el embalse de", "il torrente", "Gemeinden
    wie") had no cue: only prepositions of place were read."""
    assert tagged(language, text).get(place) == "GPE"
