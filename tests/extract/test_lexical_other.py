"""Names in German, Spanish, Italian, Portuguese and Dutch articles, which no installed
pipeline reads: each language's own titles, organisation words and place prepositions,
and German nouns, capitalised like names, kept out."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

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
        "Jan Hellwig": "PERSON", "Angela Merkel": "NAME",
    }


def test_italian_portuguese_and_dutch_titles() -> None:
    assert tagged("it", "Lo ha detto il sindaco Marco Bellandi in Varenna.") == {
        "Marco Bellandi": "PERSON", "Varenna": "GPE"}
    # "a" and "da" name whom as often as where: the vote types these from other mentions
    assert tagged("it", "L'ha spiegato a Gazzetta della Valle, guidato da Franca Bertelli.") == {
        "Gazzetta della Valle": "NAME", "Franca Bertelli": "NAME"}
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
