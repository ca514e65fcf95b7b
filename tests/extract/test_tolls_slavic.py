"""Russian and Ukrainian tolls read in the facts step's words (extract/quantities/
tolls_slavic.py); forecasts, negations, drills, other years and things that are no
people are no tolls; a preposition is no counted noun. The sentences are invented for
this test."""

from __future__ import annotations

import pytest

from copydesk.extract.quantities import find_quantities
from copydesk.extract.quantities.french import TOLL_COUNTS


def _tolls(text: str, language: str) -> list[tuple[float, str | None, str | None]]:
    return [(q.value, q.counts, q.qualifier) for q in find_quantities(text, "a", language)
            if q.counts in TOLL_COUNTS]


@pytest.mark.parametrize(("language", "text", "tolls"), [
    ("ru", "При взрыве на складе в Рязани погибли 3 человека, еще 9 получили ранения.",
     [(3.0, "people killed", None), (9.0, "people injured", None)]),
    ("ru", "Четыре человека погибли и семь ранены при пожаре в общежитии.",
     [(4.0, "people killed", None), (7.0, "people injured", None)]),
    ("ru", "Спасатели сообщили о шести погибших.", [(6.0, "people killed", None)]),
    ("ru", "Госпитализированы по меньшей мере 11 пассажиров автобуса.",
     [(11.0, "people hospitalised", "at least")]),
    ("uk", "Унаслідок вибуху в Житомирі загинули троє людей, ще 8 дістали поранення.",
     [(3.0, "people killed", None), (8.0, "people injured", None)]),
    ("uk", "Мер розповів про сімох загиблих і 20 поранених.",
     [(7.0, "people killed", None), (20.0, "people injured", None)]),
    ("uk", "Щонайменше 14 осіб загинули, понад 30 поранені.",
     [(14.0, "people killed", "at least"), (30.0, "people injured", "more than")]),
    ("uk", "З будинку евакуйовано п’ятеро мешканців.", [(5.0, "people evacuated", None)]),
])
def test_russian_and_ukrainian_tolls(language, text, tolls):
    assert _tolls(text, language) == tolls


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "По прогнозам, при таком паводке могут погибнуть 5 человек."),  # a forecast
    ("ru", "В 2019 году при похожей аварии погибли 7 человек."),  # another year
    ("ru", "Ранее сообщалось, что погибли 3 человека."),  # an earlier figure
    ("ru", "Силы ПВО сбили 5 ракет над городом."),  # no people
    ("ru", "Спасатели извлекли из-под завалов двоих пострадавших."),  # rescued, no toll
    ("uk", "Під час навчань умовно поранено 12 осіб."),  # a drill
    ("uk", "Ніхто не загинув, 40 пасажирів не постраждали."),  # a negation
])
def test_what_is_no_toll(language, text):
    assert _tolls(text, language) == []


def test_a_preposition_in_a_formula_is_no_counted_noun():
    # a prisoner swap's "«48 на 48»" had counted "на"
    assert [q.counts for q in find_quantities("Обмен прошел по формуле «35 на 35».", "a",
                                              "ru")] == [None, None]
    assert [q.counts for q in find_quantities("Обмін пройшов за формулою «35 на 35».", "a",
                                              "uk")] == [None, None]


@pytest.mark.parametrize(("language", "text", "tolls"), [
    # the injuries first, and a count with no noun at a clause's end (each had been no
    # toll, or a bare number)
    ("ru", "При пожаре в Твери ранения получили 12 человек.", [(12.0, "people injured", None)]),
    ("ru", "В Твери погибли трое, ранены 12.",
     [(3.0, "people killed", None), (12.0, "people injured", None)]),
    ("uk", "Під час пожежі у Вінниці поранення отримали 12 людей.",
     [(12.0, "people injured", None)]),
    ("uk", "У Вінниці загинули троє, поранені 12.",
     [(3.0, "people killed", None), (12.0, "people injured", None)]),
    # a count that is a date's day, or has a noun of its own after it, is no such toll
    ("ru", "Ранены 12 марта были двое пожарных.", []),
    ("ru", "Погибли 5 из них.", []),
])
def test_tolls_with_the_injuries_first_or_no_noun(
        language: str, text: str, tolls: list[tuple[float, str, str | None]]) -> None:
    assert _tolls(text, language) == tolls


@pytest.mark.parametrize(("text", "tolls"), [
    ("W wypadku autobusu pod Radomiem zginęło pięć osób, a 12 zostało rannych.",
     [(5.0, "people killed", None), (12.0, "people injured", None)]),
    ("Trzy osoby nie żyją, co najmniej 14 osób trafiło do szpitala.",
     [(3.0, "people killed", None), (14.0, "people hospitalised", "at least")]),
    ("Policja poinformowała o dwóch zabitych i siedmiu rannych.",
     [(2.0, "people killed", None), (7.0, "people injured", None)]),
    ("Rannych zostało 12 osób, a dwie osoby zostały ewakuowane.",
     [(12.0, "people injured", None), (2.0, "people evacuated", None)]),
    ("Ewakuowano 300 mieszkańców.", [(300.0, "people evacuated", None)]),
])
def test_polish_tolls(text, tolls):
    assert _tolls(text, "pl") == tolls


@pytest.mark.parametrize("text", [
    "Nikt nie zginął, 40 pasażerów nie odniosło obrażeń.",  # a negation
    "W 2019 roku w podobnym wypadku zginęło 7 osób.",  # another year
    "Jeśli fala wzrośnie, może zginąć 5 osób.",  # a forecast
    "Podczas ćwiczeń ewakuowano 200 osób.",  # a drill
])
def test_what_is_no_polish_toll(text):
    assert _tolls(text, "pl") == []
