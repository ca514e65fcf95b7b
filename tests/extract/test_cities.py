"""Cities the lexical rules of German, Spanish, Italian, Portuguese and Dutch type with
no cue before them, from GeoNames' list (copydesk.cities): "a Roma", "Parigi", but not
a club ("il Napoli"), a German noun ("Ende März") or a surname ("Gerard ten Hove")."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from copydesk import cities
from copydesk.cities import city_population, english_city_name
from copydesk.extract.lexical_other import ForeignLexicalTagger
from copydesk.extract.nlp import load_language_taggers
from copydesk.extract.pipeline import extract_batch
from copydesk.records import Article, content_id


def tagged(language: str, text: str) -> dict[str, str]:
    return {s.text: s.label for s in ForeignLexicalTagger(language).tag_text(text)}


@pytest.mark.parametrize(("name", "language"), [
    ("Torino", "it"),  # GeoNames' name is Turin: an Italian city's own name
    ("Parigi", "it"),  # another country's big city, in Italian
    ("Mailand", "de"),
    ("Lisboa", "pt"),
    ("Castellammare di Stabia", "it"),
    ("Gorinchem", "nl"),  # a small town of the language's own country
    ("Plymouth", "es"),  # another country's city of 100,000 or more, by its own name
])
def test_a_city_the_press_of_the_language_writes(name: str, language: str) -> None:
    assert city_population(name, language) > 0


@pytest.mark.parametrize(("name", "language"), [
    ("Gold", "de"),  # a name GeoNames gives a city that is an English word
    ("Davis", "de"),  # a small town abroad, and a surname
    ("Albuquerque Lins", "pt"),  # an old name of Lins: a person's, before the town's
    ("La-Pas", "es"),  # a transliteration, not how a Latin-script press writes La Paz
    ("Natal", "pt"),  # Christmas, capitalised, before it is the Brazilian city
    ("Salud", "es"),  # another name of a Cuban town of 29,000, and the word for health
    ("Roma", "xx"),  # a language copydesk has no rules for
])
def test_no_city(name: str, language: str) -> None:
    assert city_population(name, language) == 0


def test_a_city_with_no_cue_before_it_is_a_place() -> None:
    found = tagged("it", "Il sindaco ha parlato a Roma con i ministri, poi è ripartito per "
                         "Parigi. Domani sarà a Pozzuoli.")
    assert found["Roma"] == "GPE"  # "a" is no cue: "ha spiegato a Gazzetta della Valle"
    assert found["Parigi"] == "GPE"
    assert found["Pozzuoli"] == "GPE"


def test_a_club_a_noun_or_a_surname_is_no_city() -> None:
    assert tagged("it", "Ieri sera il Napoli ha battuto la Lazio.").get("Napoli") != "GPE"
    assert tagged("es", "Anoche el Sevilla ganó por dos goles.").get("Sevilla") != "GPE"
    german = tagged("de", "Die Sitzung dauert bis Ende März. Nach dem Essen redete Lena "
                          "Vogt weiter, sie lobte das Essen.")
    assert german.get("Ende") != "GPE" and german.get("Essen") != "GPE"
    assert tagged("nl", "Bondscoach Gerard ten Hove sprak van een goede dag.").get(
        "Hove") != "GPE"
    assert tagged("es", "El guitarrista Francisco ‘Curro’ Valdelomar tocó anoche en "
                        "Jerez.").get("Francisco") != "GPE"


def test_a_town_that_is_also_a_surname_or_a_club_written_in_full_is_no_city() -> None:
    coach = tagged("es", "Tras la pausa, el equipo de Joaquín Lerma manejó el partido. "
                         "«Hemos tenido personalidad», señaló Lerma en rueda de prensa.")
    assert coach.get("Lerma") != "GPE"
    club = tagged("nl", "De ploeg verloor met 2-1 van FC Groningen. Daarna zakt Groningen "
                        "naar de elfde plek, terwijl men in Utrecht juicht.")
    assert club.get("Groningen") != "GPE"
    assert club["Utrecht"] == "GPE"


def test_a_city_opening_a_sentence_takes_its_type_from_its_other_mentions() -> None:
    text = ("Torino ha investito sul tram. Il sindaco di Bari ha detto che anche a Torino "
            "il tram funziona.")
    first = ForeignLexicalTagger("it").tag_text(text)[0]
    assert (first.text, first.label) == ("Torino", "NAME")  # a sentence's first word: any
    article = Article(id=content_id(text), source="t.jsonl", text=text, language="it",
                      published=datetime(2025, 3, 1, tzinfo=timezone.utc))
    result = extract_batch([article], None, others=load_language_taggers())
    turin = next(e for e in result.entities if e.name == "Turin")  # the English name
    assert turin.type == "place" and [m.text for m in turin.mentions] == ["Torino", "Torino"]


@pytest.mark.parametrize(("name", "language", "english"), [
    ("Milano", "it", "Milan"), ("Mailand", "de", "Milan"), ("Lisboa", "pt", "Lisbon"),
    ("Warszawa", "pl", "Warsaw"), ("Den Haag", "nl", "The Hague"),
    ("Gorinchem", "nl", None),  # a town of 35,000: its own name is the English press's
    ("Kraków", "pl", None),  # GeoNames' own name already
])
def test_a_big_city_is_named_as_the_english_press_names_it(
        name: str, language: str, english: str | None) -> None:
    assert english_city_name(name, language) == english


def test_reports_in_four_languages_name_one_city() -> None:
    texts = [("it", "Il vertice si è svolto ieri a Milano, poi la delegazione è partita."),
             ("de", "Der Gipfel fand gestern in Mailand statt, dann reiste die Delegation ab."),
             ("pl", "Szczyt odbył się wczoraj w Mediolanie, potem delegacja wyjechała."),
             ("en", "The summit was held in Milan yesterday, then the delegation left.")]
    articles = [Article(id=content_id(t), source="t.jsonl", text=t, language=lang,
                        published=datetime(2025, 3, 1, tzinfo=timezone.utc))
                for lang, t in texts]
    result = extract_batch(articles, None, others=load_language_taggers())
    milan = next(e for e in result.entities if e.name == "Milan")
    assert {m.text for m in milan.mentions} == {"Milano", "Mailand", "Mediolanie", "Milan"}


def test_the_list_is_not_read_for_a_language_it_serves_nothing() -> None:
    # an English stream (or one of no known language) must not pay 70 MB for it
    cities._cities.cache_clear()
    assert english_city_name("Roma", "en") is None and city_population("Roma", None) == 0
    assert cities._cities.cache_info().currsize == 0
