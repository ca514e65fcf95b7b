"""Decimal commas in Russian and Ukrainian text (a held-out Russian and Ukrainian probe,
thirty-fourth session). Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from copydesk.extract.quantities import find_quantities


def _values(text: str, language: str) -> list[float | tuple[float, float]]:
    return [q.value for q in find_quantities(text, "a", language)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # Dates and times written with a point ("01.03", "10.00") outnumber the decimal
    # commas: the text is still one that writes a decimal comma.
    ("ru", "Выставка работала с 01.03 по 20.03, ежедневно с 10.00 до 19.00, и собрала "
           "15,5 тысячи посетителей; город потратил 3,2 млн рублей.", [15500.0, 3.2e6]),
    ("uk", "Міст відкрили 12.04 о 11.30; він коштував 3,2 млн гривень, а з 14.04 ним "
           "їздять 15,5 тисячі автомобілів щодня.", [3.2e6, 15500.0]),
])
def test_a_decimal_comma_among_dates_and_times_written_with_a_point(
        language: str, text: str, expected: list[float]) -> None:
    assert _values(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # A text that writes its decimals with a point keeps them; a comma before one or
    # two digits is a decimal all the same (a space groups thousands in these languages).
    ("ru", "Курс вырос на 2.5 и 1.7 пункта, а биржа продала акций на 4,8 млн долларов.",
     [2.5, 1.7, 4.8e6]),
    ("uk", "Версії 2.1 та 3.4 вийшли торік, а грант склав 12,5 млн євро.",
     [2.1, 3.4, 12.5e6]),
])
def test_a_comma_before_one_or_two_digits_is_a_decimal_in_any_case(
        language: str, text: str, expected: list[float]) -> None:
    assert _values(text, language) == expected


def test_ukrainian_and_russian_scale_words_in_the_genitive_singular() -> None:
    assert _values("Родина отримала 3,2 мільйона гривень компенсації.", "uk") == [3.2e6]
    assert _values("Завод отримав 1,5 мільярда гривень.", "uk") == [1.5e9]


def test_english_comma_groups_stay_thousands() -> None:
    assert _values("Some 15,500 people marched past 2,250 police officers.", "en") == [
        15500.0, 2250.0]
    assert _values("Прошли 15 500 человек, 2 250 полицейских.", "ru") == [15500.0, 2250.0]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # "от … до …" read as two quantities gave the first end no scale and no unit
    # (thirty-fifth session)
    ("ru", "Ремонт моста обойдется от 3,2 до 3,5 млн рублей.", [(3.2e6, 3.5e6)]),
    ("uk", "Ремонт мосту коштуватиме від 3,2 до 3,5 млн гривень.", [(3.2e6, 3.5e6)]),
    ("uk", "На фестиваль чекають від 2 до 3 тисяч гостей.", [(2000.0, 3000.0)]),
    # "с"/"з" … "до" stays two numbers: a change or opening hours, not a range
    ("ru", "Ставка выросла с 12 до 15 процентов.", [12.0, 15.0]),
])
def test_a_russian_or_ukrainian_range_scales_both_ends(
        language: str, text: str, expected: list[float | tuple[float, float]]) -> None:
    assert _values(text, language) == expected
    if isinstance(expected[0], tuple) and "млн" in text:
        assert find_quantities(text, "a", language)[0].unit in {"RUB", "UAH"}
