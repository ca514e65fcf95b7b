"""natasha's Russian and Ukrainian spans mended where a held-out probe found them wrong
(extract/cyrillic_spans.py, cyrillic.py; docs/extract.md, thirty-second session). Every
sentence here is invented."""

from __future__ import annotations

import pytest

pytest.importorskip("natasha")
pytest.importorskip("pymorphy3")

from copydesk.extract.cyrillic import NatashaTagger
from copydesk.extract.cyrillic_forms import nominative
from copydesk.extract.cyrillic_spans import widened_or_dropped
from copydesk.extract.nlp import Span


def _spans(text: str, language: str) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in NatashaTagger(language).tag_text(text)]


@pytest.mark.parametrize(("text", "language", "street", "person"), [
    # natasha tags the name in a street's name (a place here, a person in Ukrainian)
    ("Пожар начался в доме на улице Пушкина, сообщил Олег Пушкин.", "ru",
     "улице Пушкина", "Олег Пушкин"),
    ("Мітинг зібрався на вулиці Франка, де виступив депутат Остап Франко.", "uk",
     "вулиці Франка", "Остап Франко"),
])
def test_a_street_named_after_a_person_is_a_place(text, language, street, person):
    spans = _spans(text, language)
    assert (street, "LOC") in spans and (person, "PER") in spans
    assert not any(label == "PER" and name != person for name, label in spans)


def test_a_street_is_put_in_the_nominative_with_its_street_word():
    assert nominative("вулиці Франка", "place", "uk") == "вулиця Франка"
    assert nominative("улице Пушкина", "place", "ru") == "улица Пушкина"


def test_a_ukrainian_city_in_the_locative_is_a_place_not_a_name():
    # the dictionary also reads "Києві" as the legendary Кий, "Харкові" as a surname
    assert _spans("Вибухи пролунали вчора у Києві та у Харкові.", "uk") == [
        ("Києві", "LOC"), ("Харкові", "LOC")]
    assert nominative("Києві", "place", "uk") == "Київ"


def test_a_person_after_u_in_the_genitive_stays_a_person():
    # "у Шевченка", at Shevchenko's: no locative, no place
    assert _spans("Ми були в гостях у Шевченка минулого тижня.", "uk") == [
        ("Шевченка", "PER")]


@pytest.mark.parametrize("text", [
    "Від угорської сторони угоду підписав Олег Іванов.",  # a preposition
    "Державний секретар Норвегії прибув до Львова.",  # an adjective, a title
    "Міністр культури Олег Ткаченко зазначив: «Музеї відкриються».",  # a title
    "Омбудсманка заявила, що перевірка триває.",  # a title opening a sentence
    # an adjective and a noun ("Ради" had been a person)
    "Законопроєкт підтримала уповноважена Верховної Ради з питань освіти.",
])
def test_ukrainian_words_that_are_no_names_are_dropped(text):
    found = _spans(text, "uk")
    assert not any(word in name.split() for name, _ in found
                   for word in ("Від", "Державний", "Міністр", "культури", "Омбудсманка"))
    assert not any("Ради" in name for name, label in found if label == "PER")


def test_a_sea_keeps_its_noun_and_is_put_in_the_nominative():
    assert _spans("Катер затонув у Чорному морі біля берега.", "uk") == [
        ("Чорному морі", "LOC")]
    assert nominative("Чорному морі", "place", "uk") == "Чорне море"


def test_two_places_joined_by_a_conjunction_are_two_spans():
    found = _spans("Потяги їздять між Полтавою і Сумами.", "uk")
    assert ("Полтавою", "NAME") in found and ("Сумами", "NAME") in found
    assert not any(" і " in name for name, _ in found)


@pytest.mark.parametrize(("text", "person"), [
    ("Речник уряду Андрій Гончар зазначив: «Рішення ухвалять у п'ятницю».", "Андрій Гончар"),
    ("Речник уряду Олена Гончар зазначила: «Рішення ухвалять у п'ятницю».", "Олена Гончар"),
    ("На засіданні виступила уповноважена з прав дитини Ірина Савченко.", "Ірина Савченко"),
])
def test_a_given_name_tagged_apart_joins_its_surname(text, person):
    found = _spans(text, "uk")
    assert (person, "PER") in found
    assert not any(label == "LOC" for _, label in found)


def test_a_name_natasha_missed_is_found_and_a_slogan_is_not():
    text = ("Засідання провела суддя Ірина Смирнова.\n\n"
            "Учасники мітингу скандували «Слава Україні» біля ратуші.")
    found = _spans(text, "uk")
    assert ("Ірина Смирнова", "PER") in found
    assert not any("Слава" in name for name, _ in found)


@pytest.mark.parametrize(("text", "tagged", "language", "name"), [
    # "у Білому домі" had been a place "Біле" (thirty-fifth session): the noun an
    # adjective agrees with is part of the name
    ("Посли зустрілися у Сірому палаці ввечері.", "Сірому", "uk", "Сірий палац"),
    ("Переговоры прошли в Зелёном зале вчера.", "Зелёном", "ru", "Зелёный зал"),
])
def test_an_adjective_takes_the_noun_it_agrees_with(text, tagged, language, name):
    start = text.index(tagged)
    span = widened_or_dropped(text, Span(start, start + len(tagged), tagged, "LOC"), language)
    assert span is not None
    assert nominative(span.text, "place", language) == name
