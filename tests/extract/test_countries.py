"""Countries named in other languages (copydesk.countries, extract.country_mentions).
Every sentence is invented for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from copydesk.countries import english_name
from copydesk.extract.nlp import load_language_taggers, load_tagger
from copydesk.extract.pipeline import extract_batch
from copydesk.records import Article, content_id


@pytest.mark.parametrize(("written", "expected"), [
    ("Deutschland", "germany"), ("Allemagne", "germany"), ("Alemania", "germany"),
    ("Німеччина", "germany"), ("Niemcy", "germany"), ("Ungarn", "hungary"),
    ("Hungría", "hungary"), ("Угорщина", "hungary"), ("Estados Unidos", "united states"),
    # ISO's names as the press writes them: its common name, and two of our own
    ("Российская Федерация", "russia"), ("Türkei", "turkey"), ("Vietnam", None),
    # the words before a catalogue's comma ("Russie, Fédération de")
    ("Russie", "russia"),
    # kept out: a name of two countries ("Corée"), an English word ("Island", German for
    # Iceland), a city's name ("Granada", Spanish for Grenada), an English name itself
    ("Corée", None), ("Island", None), ("Granada", None), ("Germany", None), ("Niger", None),
    # given names before they are Mauritius and Dominica
    ("Mauricio", None), ("Dominique", None),
])
def test_a_countrys_name_in_another_language_is_its_english_name(
        written: str, expected: str | None) -> None:
    assert english_name(written) == expected


def _article(text: str, language: str, n: int) -> Article:
    return Article(id=content_id(text), source="t", text=text, url=f"https://t.example/{n}",
                   site=f"t{n}.example", title="t", language=language,
                   published=datetime(2024, 5, 2))


def test_one_country_in_five_languages_is_one_place_shown_by_its_english_name() -> None:
    # Deutschland, Allemagne, Alemania and Німеччина had been four places beside
    # Germany; Ungarn, Hungría and Угорщина had been found by no tagger or rule
    texts = [
        ("en", "Germany and Moldova signed a grain deal in Lindenfeld on Monday, officials "
               "in Germany said. Hungary objected."),
        ("de", "Deutschland und Moldau unterzeichneten am Montag in Lindenfeld ein "
               "Getreideabkommen, teilten Beamte in Deutschland mit. Ungarn widersprach."),
        ("fr", "L'Allemagne et la Moldavie ont signé lundi à Lindenfeld un accord sur les "
               "céréales, ont indiqué des responsables en Allemagne. La Hongrie s'y est "
               "opposée."),
        ("es", "Alemania y Moldavia firmaron el lunes en Lindenfeld un acuerdo de cereales, "
               "dijeron funcionarios en Alemania. Hungría se opuso."),
        ("uk", "Німеччина та Молдова в понеділок підписали в Ліндерфельді зернову угоду, "
               "повідомили посадовці в Німеччині. Угорщина заперечила."),
    ]
    articles = [_article(t, lang, n) for n, (lang, t) in enumerate(texts)]
    result = extract_batch(articles, load_tagger(), others=load_language_taggers())
    places = {e.name: set(e.aliases) for e in result.entities if e.type == "place"}
    assert {"Germany", "Deutschland", "Allemagne", "Alemania", "Німеччина"} <= places["Germany"]
    assert {"Hungary", "Ungarn", "Hongrie", "Hungría", "Угорщина"} <= places["Hungary"]


def test_a_countrys_name_cut_in_pieces_is_the_country() -> None:
    # "Trinidad" (a given name to the Spanish rules) and "Tobago" had been two entities
    text = ("El acuerdo lo firmaron Trinidad y Tobago y Moldavia el lunes en Lindenfeld. "
            "Trinidad y Tobago celebró el pacto.")
    result = extract_batch([_article(text, "es", 9)], load_tagger(),
                           others=load_language_taggers())
    places = {e.name: len(e.mentions) for e in result.entities if e.type == "place"}
    assert places.get("Trinidad y Tobago") == 2, places
    assert not any(e.name == "Trinidad" or e.name == "Tobago" for e in result.entities)


def test_a_country_written_out_and_as_its_acronym_in_one_report_is_one_place() -> None:
    # "Сполучені Штати" (only in the exonyms: the Ukrainian catalogue writes США or the
    # name in full) had been found by nothing, then a place apart from США
    text = ("Президентка Ілона Марченко зустрілася з послом США у Лінденфельді.\n\n"
            "«Сполучені Штати будуть поруч», – сказав посол.")
    result = extract_batch([_article(text, "uk", 10)], load_tagger(),
                           others=load_language_taggers())
    places = [set(e.aliases) for e in result.entities if e.type == "place"]
    assert {"США", "Сполучені Штати"} in places, places


@pytest.mark.parametrize(("written", "expected"), [
    # a catalogue's common and official names, beside its name
    ("Південна Корея", "south korea"), ("Corée du Sud", "south korea"),
    ("Vereinigte Staaten von Amerika", "united states"),
])
def test_common_and_official_names_are_read_too(written: str, expected: str) -> None:
    assert english_name(written) == expected


def test_a_russian_or_ukrainian_country_in_another_case_is_the_country() -> None:
    # "України" after a title, "Германии" after a noun had been no place (only the
    # nominative was looked up); a country right after an organisation ends its name
    uk = _article("КИЇВ, 3 лютого – Прем'єр-міністр України Денис Шмигаль заявив, що "
                  "посадовці Угорщини погодилися.", "uk", 11)
    ru = _article("Делегации Германии и Венгрии прибыли в Лиденфельд.", "ru", 12)
    result = extract_batch([uk, ru], load_tagger(), others=load_language_taggers())
    places = [set(e.aliases) for e in result.entities if e.type == "place"]
    assert {"Україна"} in places, places
    assert {"Угорщина", "Венгрия"} in places, places
    assert any("Германия" in p for p in places), places


def test_a_country_right_after_an_organisation_ends_its_name() -> None:
    # "Збройних сил України": the Armed Forces of Ukraine, not an organisation and a place
    text = ("Головнокомандувач Збройних сил України Олександр Сирський відвідав позиції "
            "бригад, повідомив Генеральний штаб.")
    result = extract_batch([_article(text, "uk", 13)], load_tagger(),
                           others=load_language_taggers())
    names = {(e.name, e.type) for e in result.entities}
    assert ("Збройні сили України", "organisation") in names, names
    assert not any(kind == "place" for _, kind in names), names


def test_a_country_after_a_ministry_is_part_of_its_name_and_the_press_name_counts() -> None:
    # "МИД России" had been the ministry and a place; "Россия" itself is no name of the
    # Russian catalogue ("Российская Федерация"), so the press's names are added
    assert english_name("Россия") == "russia"
    assert english_name("Великобритания") == "united kingdom"
    text = "Официальный представитель МИД России Ирина Белова прокомментировала заявления."
    result = extract_batch([_article(text, "ru", 14)], load_tagger(),
                           others=load_language_taggers())
    names = {(e.name, e.type) for e in result.entities}
    assert ("МИД России", "organisation") in names, names
    assert not any(kind == "place" for _, kind in names), names
