"""Speakers of Russian and Ukrainian quotes, after a held-out probe (quotes_other.py,
speech_other.gender_before, cyrillic_forms.name_gender; docs/extract.md, thirty-second
session). Every sentence here is invented."""

from __future__ import annotations

from datetime import datetime

import pytest

pytest.importorskip("natasha")
pytest.importorskip("pymorphy3")

from copydesk.extract.cyrillic_forms import name_gender
from copydesk.extract.nlp import load_language_taggers, load_tagger
from copydesk.extract.pipeline import extract_batch
from copydesk.records import Article, content_id


def _speakers(text: str, language: str) -> dict[str, str | None]:
    article = Article(id=content_id(text), source="t", text=text, url="https://t.example/1",
                      site="t.example", title="t", language=language,
                      published=datetime(2024, 5, 2))
    result = extract_batch([article], load_tagger(), others=load_language_taggers())
    return {q.text: q.speaker for q in result.quotes}


@pytest.mark.parametrize(("name", "language", "gender"), [
    ("Ольга Миронова", "ru", "f"), ("Мироновой", "ru", "f"), ("Игорь Ткаченко", "ru", "m"),
    ("Оксана Левицька", "uk", "f"), ("Левицька", "uk", "f"), ("Петро Левицький", "uk", "m"),
    # Mironova or Mironov's genitive; Mironov's dative; a surname of either sex
    ("Миронову", "ru", None),
    ("Миронова", "ru", None), ("Ткаченко", "uk", None),
])
def test_a_cyrillic_name_tells_its_gender(name, language, gender):
    assert name_gender(name, language) == gender


def test_a_feminine_pronoun_is_the_woman_not_the_man_named_last():
    text = ("Пресс-секретарь ведомства Ольга Миронова провела брифинг.\n\n"
            "«Мы ждем ответа», — отметила Ольга Миронова.\n\n"
            "Пресс-секретарь также упомянула визит министра Канады Роберта Смита в Москву. "
            "«Это важный сигнал», — сказала она.")
    speakers = _speakers(text, "ru")
    assert speakers["Это важный сигнал"] == "Ольга Миронова"


def test_a_masculine_pronoun_keeps_the_man():
    text = ("Пресс-секретарь ведомства Ольга Миронова провела брифинг.\n\n"
            "Министр Канады Роберт Смит прибыл в Москву. «Это важный сигнал», — сказал он.")
    assert _speakers(text, "ru")["Это важный сигнал"] == "Роберт Смит"


@pytest.mark.parametrize(("text", "language", "quote", "speaker"), [
    ("«Ситуация под контролем», — заявил губернатор Полтавской области Игорь Ткаченко.",
     "ru", "Ситуация под контролем", "Игорь Ткаченко"),
    ("«Переговори тривають», – заявив координатор ОБСЄ Петер Гансен.",
     "uk", "Переговори тривають", "Петер Гансен"),
])
def test_a_title_and_its_complement_before_a_name_give_the_name(text, language, quote,
                                                                  speaker):
    assert _speakers(text, language)[quote] == speaker


def test_a_name_in_another_clause_after_a_title_is_not_the_speaker():
    text = ("«Ситуация под контролем», — заявил представитель ведомства, которое "
            "возглавляет Игорь Ткаченко.")
    assert _speakers(text, "ru")["Ситуация под контролем"] != "Игорь Ткаченко"


@pytest.mark.parametrize(("text", "language", "quote", "speaker"), [
    ("Депутаты обсудили поправки к бюджету. Как отметила председатель комитета Анна "
     "Серова, «денег на всё не хватит».", "ru", "денег на всё не хватит", "Анна Серова"),
    ("Торги завершились ростом. Как уже заявил глава биржи Олег Ромов, «паники нет и не "
     "будет».", "ru", "паники нет и не будет", "Олег Ромов"),
    ("Рада ухвалила закон. Як зазначив речник комітету Тарас Гнатюк, «це лише перший "
     "крок».", "uk", "це лише перший крок", "Тарас Гнатюк"),
])
def test_a_clause_opened_by_as_gives_the_name_after_its_verb(text, language, quote, speaker):
    # "Как"/"Як" had been read as the subject before the verb, and spoke the quote.
    assert _speakers(text, language)[quote] == speaker


def test_a_statement_speaks_not_the_minister_named_before_it():
    text = ("Министр транспорта Павел Зорин открыл новый терминал.\n\n"
            "«Тарифы на перевозки останутся прежними», — говорится в заявлении Минтранса.\n\n"
            "«Сроки ремонта не изменятся», — говорится в документе.")
    speakers = _speakers(text, "ru")
    assert speakers["Тарифы на перевозки останутся прежними"] == "Минтранс"
    assert speakers["Сроки ремонта не изменятся"] is None


def test_an_unnamed_source_speaks_not_the_outlet_it_told():
    text = ("Правительство обсуждает новые пошлины.\n\n"
            "«Решение примут до конца месяца», — сообщил ТАСС источник в правительстве.")
    assert _speakers(text, "ru")["Решение примут до конца месяца"] == "источник в правительстве"


@pytest.mark.parametrize(("text", "language", "quote", "speaker"), [
    ("Глава комитета Игорь Лосев выступил на заседании. Его коллега Анна Серова "
     "промолчала.\n\nПо его словам, «бюджет будет пересмотрен».", "ru",
     "бюджет будет пересмотрен", "Игорь Лосев"),
    ("Голова комітету Тарас Гнатюк виступив на засіданні. Його колега Оксана Левицька "
     "промовчала.\n\nЗа її словами, «закон потребує доопрацювання».", "uk",
     "закон потребує доопрацювання", "Оксана Левицька"),
    # words of the sentence between "по его словам," and the quote (thirty-fifth
    # session: a spokesman's quote had no speaker)
    ("Делегация осмотрела завод. Визит прокомментировал пресс-секретарь министерства "
     "Олег Сарнов. По его словам, новые станки «заметно ускорят выпуск».", "ru",
     "заметно ускорят выпуск", "Олег Сарнов"),
    ("Делегація оглянула завод. Візит прокоментувала речниця міністерства Ірина "
     "Коваль. За її словами, нові верстати «помітно прискорять випуск».", "uk",
     "помітно прискорять випуск", "Ірина Коваль"),
])
def test_his_or_her_words_go_to_the_person_of_that_gender(text, language, quote, speaker):
    assert _speakers(text, language)[quote] == speaker


@pytest.mark.parametrize(("text", "language", "quote"), [
    # "— сказал президент." had no speaker (thirty-fifth session): the title alone names
    # the one person written earlier under it, there in another case
    ("Посол встретился с министром финансов Олегом Сарновым. Сарнов поблагодарил гостей "
     "за визит. «Нам нужны новые кредиты», — сказал министр.", "ru",
     "Нам нужны новые кредиты"),
    ("Посол зустрівся з міністром фінансів Олегом Сарновим. Сарнов подякував гостям за "
     "візит. «Нам потрібні нові кредити», — сказав міністр.", "uk",
     "Нам потрібні нові кредити"),
])
def test_a_bare_title_after_the_verb_is_the_person_titled_before(text, language, quote):
    assert _speakers(text, language)[quote] == "Олег Сарнов"
