"""Russian and Ukrainian reports in stories: names keyed across scripts and cases, their
dates read, their words lemmatised, and their reports joined with English ones of the
same event (and kept apart from other events of the same place or person).

Every text here is invented for these tests (fictional officials and events).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from copydesk.letters import romanised
from copydesk.records import Article
from copydesk.stories import StoryClusterer, extract_anchors
from copydesk.stories.anchors import places_agree
from copydesk.stories.cyrillic import EXONYMS, lemma, name_form
from copydesk.stories.features import cosine, word_vector
from copydesk.stories.names import AliasTable
from copydesk.stories.text import fold, rarity, sentences

# --------------------------------------------------------------------- name keys


def _names(text: str, language: str) -> set[str]:
    return set(extract_anchors(text, None, date(2026, 3, 12), language).names)


@pytest.mark.parametrize(("text", "language"), [
    ("Министр встретился с Блинкеном в столице накануне вечером.", "ru"),
    ("Визит Блинкена в столицу не анонсировали заранее никак.", "ru"),
    ("Госсекретарь Блинкен прибыл в столицу утром во вторник.", "ru"),
    ("Міністр зустрівся з Блінкеном у столиці напередодні ввечері.", "uk"),
])
def test_a_cyrillic_name_in_any_case_is_the_english_key(text: str, language: str) -> None:
    assert "blinken" in _names(text, language)


def test_a_womans_surname_keeps_its_gender() -> None:
    assert name_form("Громовой", "ru").surface == "Громова"
    assert name_form("Громову", "ru").key == "gromova"
    assert name_form("Громовым", "ru").key == "gromov"


@pytest.mark.parametrize(("cyrillic", "language", "latin"), [
    ("Зеленським", "uk", "Zelensky"),
    ("Зеленского", "ru", "Zelenskyy"),
    ("Києві", "uk", "Kyiv"),
    ("Киеве", "ru", "Kyiv"),
    ("Шмигаля", "uk", "Shmyhal"),
    ("Шмыгалем", "ru", "Shmyhal"),
    ("Вашингтоні", "uk", "Washington"),  # г of a foreign name is g
    ("Гнатенко", "uk", "Hnatenko"),  # г of a Ukrainian name is h
    ("Нетаньяху", "ru", "Netanyahu"),  # х of a foreign name is h
    ("Харькове", "ru", "Kharkiv"),  # х of a Slavic one kh
    ("Москві", "uk", "Moscow"),  # exonyms
    ("Женеве", "ru", "Geneva"),
])
def test_cyrillic_and_latin_spellings_meet_in_either_order(
        cyrillic: str, language: str, latin: str) -> None:
    form = name_form(cyrillic, language, place=True)
    for first_latin in (True, False):
        table = AliasTable()
        if first_latin:
            table.resolve(fold(latin))
        a = table.resolve(form.key, form.alternates)
        b = table.resolve(fold(latin))
        assert a == b, (cyrillic, latin, first_latin)


def test_different_names_stay_apart() -> None:
    table = AliasTable()
    keys = {table.resolve(f.key, f.alternates) for f in (
        name_form("Гнатенко", "uk"), name_form("Игнатенко", "ru"),
        name_form("Вашингтон", "uk"), name_form("Женева", "ru"), name_form("Генуя", "ru"))}
    assert len(keys) == 5
    assert table.resolve("hnatiuk") != table.resolve("hnatenko")


def test_each_exonym_is_needed() -> None:
    """An entry whose plain romanisation already meets the English name is noise."""
    for native, english in EXONYMS.items():
        key = fold(romanised(native, ukrainian=any(c in "іїєґ" for c in native)))
        for first in ((key, english), (english, key)):
            table = AliasTable()
            assert table.resolve(first[0]) != table.resolve(first[1]), native


def test_a_sentence_may_start_with_a_cyrillic_capital() -> None:
    assert sentences("Міністр прибув до міста. Сторони обговорили план. О. Гнатенко "
                     "сказала: «Так». Потім поїхала.") == [
        "Міністр прибув до міста.", "Сторони обговорили план.",
        "О. Гнатенко сказала: «Так».", "Потім поїхала."]


def test_a_common_word_opening_a_sentence_is_no_name() -> None:
    names = _names("Уряд зібрався у Житомирі. Сторони обговорили відновлення мережі. "
                   "Гнатенко подякувала енергетикам.", "uk")
    assert {"zhytomyr", "hnatenko"} <= names
    assert not names & {"storona", "storony", "uriad"}


# ------------------------------------------------------------------------- dates

_TUESDAY = date(2026, 3, 10)  # a Tuesday; the reports below are of Wednesday 11 March


@pytest.mark.parametrize(("sentence", "language", "day"), [
    ("Встреча прошла 10 марта в Женеве.", "ru", "2026-03-10"),
    ("Зустріч відбулася 10 березня у Женеві.", "uk", "2026-03-10"),
    ("Министр прибыл в город во вторник.", "ru", "2026-03-10"),
    ("Міністерка прибула до міста у вівторок.", "uk", "2026-03-10"),
    ("Подстанцию открыли вчера.", "ru", "2026-03-10"),
    ("Підстанцію відкрили вчора.", "uk", "2026-03-10"),
    ("Переговоры продолжатся сегодня.", "ru", "2026-03-11"),
    ("Переговори тривають сьогодні.", "uk", "2026-03-11"),
    ("Це сталося минулого вівторка.", "uk", "2026-03-10"),
    ("Переговоры назначены на следующий вторник.", "ru", "2026-03-17"),
    ("Это было 10 марта 2025 года.", "ru", "2025-03-10"),
])
def test_russian_and_ukrainian_dates_are_date_anchors(
        sentence: str, language: str, day: str) -> None:
    anchors = extract_anchors("Короткий заголовок\n\n" + sentence, None,
                              date(2026, 3, 11), language)
    assert f"d:{day}" in anchors.dates


def test_a_weekday_is_no_name_nor_keyword() -> None:
    anchors = extract_anchors("Вторник выдался тяжёлым для энергетиков области.", None,
                              _TUESDAY, "ru")
    assert "vtornik" not in anchors.names and "вторник" not in anchors.keywords


# ----------------------------------------------------------- inflection, keywords


def test_inflected_words_meet_within_a_language() -> None:
    a = word_vector("Переговоры о перемирии продолжились. Стороны обсудили перемирие.",
                    None, "ru", 60)
    b = word_vector("После переговоров о перемирии стороны не сделали заявлений.", None,
                    "ru", 60)
    assert "переговоры" in a and "переговоры" in b and "перемирие" in b
    assert cosine(a, b) > 0.5


def test_keywords_are_lemmas() -> None:
    anchors = extract_anchors("Энергетики восстановили подстанцию после обстрела. Ремонт "
                              "подстанции занял двое суток.", None, _TUESDAY, "ru")
    assert anchors.keywords["подстанция"] == 2


# ------------------------------------------------------------ stories end to end


def _article(key: str, language: str, when: str, title: str, text: str) -> Article:
    return Article(id=key, source=key, text=f"{title}\n\n{text}", title=title,
                   site=f"{key.split('-')[0]}.example", language=language,
                   published=datetime.fromisoformat(when).replace(tzinfo=UTC))


# Three events: a substation opened in Zhytomyr (uk + en), talks in Geneva (ru + en), the
# same minister in Washington a week later (uk + en); and a school fire in Zhytomyr on
# the substation's day (uk + en): same city, same day, another event.
EVENTS = [
    ("substation", _article(
        "uaenergo-substation", "uk", "2026-03-10T12:00",
        "Гнатенко відкрила нову підстанцію в Житомирі",
        "ЖИТОМИР, 10 березня – Міністерка енергетики Олена Гнатенко у вівторок відкрила "
        "нову підстанцію на околиці Житомира. За її словами, підстанція живитиме сорок "
        "тисяч домівок. «Мережа стала надійнішою», – сказала Гнатенко. Будівництво "
        "коштувало 310 мільйонів гривень.")),
    ("substation", _article(
        "wire-substation", "en", "2026-03-10T15:00",
        "Energy minister opens new substation in Zhytomyr",
        "ZHYTOMYR, Ukraine, March 10 (Kestrel Wire) - Ukrainian energy minister Olena "
        "Hnatenko opened a new substation on the outskirts of Zhytomyr on Tuesday. She "
        "said it would supply forty thousand homes. Construction cost 310 million "
        "hryvnias.")),
    ("talks", _article(
        "rusvest-talks", "ru", "2026-03-11T10:00",
        "Громов провел в Женеве переговоры с Лейтнером",
        "ЖЕНЕВА, 11 марта - Заместитель министра иностранных дел России Павел Громов "
        "в среду провел в Женеве переговоры со швейцарским посланником Маркусом "
        "Лейтнером. Стороны обсудили обмен пленными. «Разговор был откровенным», - "
        "заявил Громов после встречи с Лейтнером.")),
    ("talks", _article(
        "wire-talks", "en", "2026-03-11T13:00",
        "Russia's Gromov holds talks with Swiss envoy Leitner in Geneva",
        "GENEVA, March 11 (Kestrel Wire) - Russian deputy foreign minister Pavel Gromov "
        "held talks in Geneva on Wednesday with Swiss envoy Markus Leitner about a "
        "prisoner exchange. \"The conversation was frank,\" Gromov said after meeting "
        "Leitner.")),
    ("fire", _article(
        "uaenergo-fire", "uk", "2026-03-10T18:00",
        "У Житомирі згоріла школа, дітей евакуювали",
        "ЖИТОМИР, 10 березня – У вівторок у Житомирі спалахнула пожежа в ліцеї номер "
        "дев'ять. Рятувальники евакуювали 450 учнів, постраждалих немає, повідомив "
        "речник ДСНС Ігор Савчук. Причину займання встановлюють.")),
    ("fire", _article(
        "wire-fire", "en", "2026-03-10T19:00",
        "School fire in Zhytomyr, pupils evacuated",
        "ZHYTOMYR, Ukraine, March 10 (Kestrel Wire) - A fire broke out at a lyceum in "
        "Zhytomyr on Tuesday and rescuers evacuated 450 pupils, emergency service "
        "spokesman Ihor Savchuk said. No one was hurt.")),
    ("washington", _article(
        "wire-washington", "en", "2026-03-17T14:00",
        "Ukraine's energy minister seeks grid aid in Washington",
        "WASHINGTON, March 17 (Kestrel Wire) - Ukrainian energy minister Olena Hnatenko "
        "asked US officials in Washington on Tuesday for transformers and gas turbines "
        "before next winter.")),
    ("washington", _article(
        "uaenergo-washington", "uk", "2026-03-17T20:00",
        "Гнатенко у Вашингтоні попросила трансформатори",
        "ВАШИНГТОН, 17 березня – Міністерка енергетики Олена Гнатенко у вівторок у "
        "Вашингтоні попросила американських посадовців про трансформатори та газові "
        "турбіни до наступної зими.")),
]


def _stories(articles: list[Article]) -> dict[str, str]:
    ordered = sorted(articles, key=lambda a: (a.published, a.id))
    return StoryClusterer().add(ordered)


def test_same_event_reports_join_across_scripts_and_others_stay_apart() -> None:
    # The English fire report is left out: the two English wire reports of one city and
    # day (same agency, dateline, weekday) join, before this change and after it alike
    # (English is scored as it was); the cross-script pairs of the two events are below.
    # The substation's two reports are not asserted to meet: they score under the
    # threshold (0.54), under the Ukrainian fire report against the English substation
    # report (0.56), which shares its city and day; nothing here may raise the one
    # without the other (docs/stories.md).
    kept = [(event, a) for event, a in EVENTS if a.id != "wire-fire"]
    story = _stories([a for _, a in kept])
    gold = {a.id: event for event, a in kept}
    for x in gold:
        for y in gold:
            if gold[x] != gold[y]:
                assert story[x] != story[y], (x, y)
    assert story["rusvest-talks"] == story["wire-talks"]
    assert story["uaenergo-washington"] == story["wire-washington"]


@pytest.mark.parametrize("ids", [("wire-substation", "uaenergo-fire"),
                                 ("uaenergo-substation", "wire-fire"),
                                 ("uaenergo-substation", "uaenergo-fire")])
def test_another_event_of_the_same_city_and_day_stays_apart(ids: tuple[str, str]) -> None:
    by_id = {a.id: a for _, a in EVENTS}
    story = _stories([by_id[i] for i in ids])
    assert story[ids[0]] != story[ids[1]]


@pytest.mark.parametrize("ids", [("uaenergo-substation", "uaenergo-washington"),
                                 ("uaenergo-substation", "wire-washington"),
                                 ("wire-substation", "uaenergo-washington")])
def test_the_same_person_a_week_later_is_another_story(ids: tuple[str, str]) -> None:
    by_id = {a.id: a for _, a in EVENTS}
    story = _stories([by_id[i] for i in ids])
    assert story[ids[0]] != story[ids[1]]


def test_story_keywords_show_names_in_the_nominative() -> None:
    clusterer = StoryClusterer()
    clusterer.add([a for event, a in EVENTS if event == "talks"])
    (summary,) = clusterer.summaries()
    assert "Громов" in summary.keywords and "Лейтнер" in summary.keywords
    assert not any(k.endswith(("ом", "ым")) for k in summary.keywords)


def test_an_english_story_shows_names_in_latin_letters() -> None:
    clusterer = StoryClusterer()
    clusterer.add([a for event, a in EVENTS if event == "fire" and a.language == "uk"])
    clusterer.add([a for event, a in EVENTS if event == "washington" and a.language == "en"])
    english = next(s for s in clusterer.summaries() if s.first_article == "wire-washington")
    assert all(k.isascii() for k in english.keywords)


def test_a_resumed_state_keeps_the_other_spellings() -> None:
    first = [a for event, a in EVENTS if event == "washington" and a.language == "uk"]
    later = [a for event, a in EVENTS if event == "washington" and a.language == "en"]
    clusterer = StoryClusterer()
    clusterer.add(first)
    resumed = StoryClusterer.from_bytes(clusterer.to_bytes())
    assert resumed.add(later)["wire-washington"] == resumed.assigned["uaenergo-washington"]


def test_a_russian_story_shows_the_russian_form_of_a_name_written_first_in_ukrainian() -> None:
    clusterer = StoryClusterer()
    clusterer.add([_article(
        "uaenergo-metro", "uk", "2026-03-02T09:00", "У Києві відкрили нову станцію метро",
        "КИЇВ, 2 березня – У Києві в понеділок відкрили станцію метро «Вишгородська». "
        "Мер Києва Віталій Осадчий перерізав стрічку. Станція коштувала 900 мільйонів.")])
    clusterer.add([_article(
        "rusvest-gas", "ru", "2026-03-05T09:00", "Громов: переговоры о газе пройдут в Вене",
        "Заместитель министра Павел Громов заявил в четверг, что переговоры о транзите "
        "газа через Киев пройдут в Вене. Громов не назвал дату встречи.")])
    russian = next(s for s in clusterer.summaries() if s.first_article == "rusvest-gas")
    assert "Киев" in russian.keywords and "Київ" not in russian.keywords


@pytest.mark.parametrize(("word", "language"), [("людей", "ru"), ("Росії", "uk"),
                                                ("країна", "uk"), ("украинский", "ru")])
def test_folding_keeps_the_letters_y_and_yi_so_common_words_stay_common(word, language):
    # й and ї are letters, not и and і with an accent: stripped, a common word was one no
    # frequency list holds and weighed as much as a rare name.
    folded = fold(word)
    assert folded == word.lower()
    assert rarity(folded, language) < 5.0


def test_folding_still_strips_latin_accents_and_the_russian_yo():
    assert [fold(w) for w in ("Bogotá", "Kraków", "Ёлка")] == ["bogota", "krakow", "елка"]


@pytest.mark.parametrize(("text", "language", "not_names"), [
    ("Уранці ворог атакував місто. Зокрема, постраждав житловий будинок у Запоріжжі.", "uk",
     {"urantsi", "zokrema"}),
    ("Утром в Москве открылись две станции метро. Также мэр Сергей Собянин заявил о планах.",
     "ru", {"utrom", "takzhe"}),
])
def test_an_adverb_opening_a_sentence_is_no_name(text, language, not_names):
    # Rare in the frequency list, they had passed the English test for a sentence's
    # first word and stood among a report's heaviest names.
    names = set(extract_anchors(text, "", date(2025, 4, 10), language, "x.example").names)
    assert not names & not_names
    assert names  # the real names are still there


@pytest.mark.parametrize(("cyrillic", "language", "latin"), [
    # Ukrainian й and и read the Russian way too (y, i): a Turkish minister's "Aydın"
    # had stayed apart from "Айдин" (keyed "aidyn"; thirty-fourth session, a held-out probe)
    ("Айдин", "uk", "Aydın"),
    ("Айдином", "uk", "Aydin"),
    ("Йилдиз", "uk", "Yildiz"),
])
def test_a_ukrainian_spelling_of_a_foreign_name_meets_its_latin_one(
        cyrillic: str, language: str, latin: str) -> None:
    form = name_form(cyrillic, language)
    for first_latin in (True, False):
        table = AliasTable()
        if first_latin:
            table.resolve(fold(latin))
        assert table.resolve(form.key, form.alternates) == table.resolve(fold(latin))


@pytest.mark.parametrize(("first", "second"), [
    ("Захаров", "Захарова"), ("Zakharova", "Zakharov"), ("Белов", "Белова"),
    ("Соколовский", "Соколовская"),
])
def test_a_man_and_a_woman_of_one_surname_are_two_names(first: str, second: str) -> None:
    table = AliasTable()
    keys = [table.resolve(name_form(w, "ru").key if romanised(w) != w else fold(w))
            for w in (first, second)]
    assert keys[0] != keys[1]


def test_a_decimal_comma_is_a_decimal_in_the_number_anchors() -> None:
    # "15,5 тысячи" and "3,2 млн" had been the numbers 155 and 32 (thirty-fourth
    # session, a held-out probe); a comma before three digits still groups thousands
    numbers = extract_anchors("На площадь пришли 15,5 тысячи человек, а ремонт обошелся в "
                              "3,2 млн рублей и 1.234,5 евро.", None, date(2026, 3, 12),
                              "ru").numbers
    assert set(numbers) == {"15.5", "3.2", "1234.5"}
    english = extract_anchors("Some 15,500 people paid 3.2 million and 1,234.5 euros.", None,
                              date(2026, 3, 12), "en").numbers
    assert set(english) == {"15500", "3.2", "1234.5"}


@pytest.mark.parametrize(("cyrillic", "latin"), [("Дженнифер", "Jennifer"),
                                                 ("Джулией", "Julia")])
def test_a_russian_dzh_meets_an_english_j(cyrillic: str, latin: str) -> None:
    form = name_form(cyrillic, "ru")
    for first_latin in (True, False):
        table = AliasTable()
        if first_latin:
            table.resolve(fold(latin))
        assert table.resolve(form.key, form.alternates) == table.resolve(fold(latin))


@pytest.mark.parametrize(("cyrillic", "latin"), [("Джо", "Joe"), ("Герман", "Herman"),
                                                 ("Майк", "Mike")])
def test_a_given_name_russian_spells_by_ear_meets_its_english_spelling(
        cyrillic: str, latin: str) -> None:
    # "Джо", keyed "jo", is too short to meet "joe" by similarity (thirty-fifth session)
    form = name_form(cyrillic, "ru")
    for first_latin in (True, False):
        table = AliasTable()
        if first_latin:
            table.resolve(fold(latin))
        assert table.resolve(form.key, form.alternates) == table.resolve(fold(latin))


def _event_place(text: str, language: str, table: AliasTable) -> str:
    """An article's event place as the clusterer resolves it (its places first, each with
    its other spellings, then the event place's words)."""
    anchors = extract_anchors(text, None, date(2026, 3, 11), language)
    for place in anchors.places:
        table.resolve(place, anchors.alternates.get(place, ()))
    assert anchors.event_place
    return " ".join(map(table.resolve, anchors.event_place.split()))


@pytest.mark.parametrize(("cyrillic", "language", "latin"), [
    ("МОСКВА, 11 марта — Министр объявил о новых мерах.", "ru", "MOSCOW"),
    ("ХАРЬКОВ, 11 марта — Министр объявил о новых мерах.", "ru", "KHARKIV"),
    ("КИЇВ, 11 березня – Міністр оголосив нові заходи.", "uk", "KYIV"),
    # a foreign name with г read both ways: Hamburg (thirty-fifth session)
    ("ГАМБУРГ, 11 березня – Міністр оголосив нові заходи.", "uk", "HAMBURG"),
    ("ГАМБУРГ, 11 марта — Министр объявил о новых мерах.", "ru", "HAMBURG"),
    # a hyphen where English writes two words (thirty-fifth session)
    ("НЬЮ-ЙОРК, 11 марта — Министр объявил о новых мерах.", "ru", "NEW YORK"),
])
def test_a_cyrillic_datelines_place_is_the_english_datelines(
        cyrillic: str, language: str, latin: str) -> None:
    english = f"{latin}, March 11 (Kestrel Wire) - The minister announced new measures."
    for english_first in (True, False):
        table = AliasTable()
        if english_first:
            theirs = _event_place(english, "en", table)
            ours = _event_place(cyrillic, language, table)
        else:
            ours = _event_place(cyrillic, language, table)
            theirs = _event_place(english, "en", table)
        assert places_agree(ours, theirs), (ours, theirs, english_first)


# ------------------------------------------- anchors across scripts (thirty-fifth session)

@pytest.mark.parametrize(("cyrillic", "language", "latin"), [
    ("Харківського", "uk", "Kharkiv"),  # an adjective of a city: the city's name
    ("Харківська", "uk", "Kharkiv"),
    ("Харьковского", "ru", "Kharkiv"),
    ("Донецької", "uk", "Donetsk"),
    ("Одеські", "uk", "Odesa"),
    ("Василий", "ru", "Vasyl"),  # -ий as English ends a Russian name: Vasily
    ("Домбровський", "uk", "Dabrowski"),  # a Polish name as Polish spells it
    ("Домбровского", "ru", "Dabrowski"),
    ("Левандовський", "uk", "Lewandowski"),
])
def test_a_word_of_a_name_meets_what_english_writes_for_it(
        cyrillic: str, language: str, latin: str) -> None:
    form = name_form(cyrillic, language)
    for first_latin in (True, False):
        table = AliasTable()
        if first_latin:
            table.resolve(fold(latin))
        assert table.resolve(form.key, form.alternates) == table.resolve(fold(latin)), \
            (cyrillic, form.key, first_latin)


@pytest.mark.parametrize(("word", "language", "key"), [
    ("Національного", "uk", "natsionalnyi"),
    ("Зеленський", "uk", "zelenskyi"),  # a surname of adjective form
    ("Следственный", "ru", "sledstvennyy"),
    ("Міський", "uk", "miskyi"),  # "міс" is a word, not a town
    ("Мариинский", "ru", "mariinskiy"),  # the theatre's, commoner than Mariinsk
    ("Соколовский", "ru", "sokolovskiy"),  # no town, but the guesser's "Соколовск"
])
def test_an_adjective_of_no_place_keeps_its_own_key(word: str, language: str,
                                                     key: str) -> None:
    assert name_form(word, language).key == key


def test_a_polish_spelling_joins_no_other_name() -> None:
    table = AliasTable()
    polish = name_form("Домбровський", "uk")
    assert table.resolve(polish.key, polish.alternates) != table.resolve("dubrovsky")
    assert table.resolve("dembowski") != table.resolve("dabrowski")


def test_a_region_meets_its_town_but_keeps_its_own_key() -> None:
    # "на Полтавщині" against a dateline POLTAVA had been a place conflict
    ukrainian = "Дамбу прорвало в понеділок уночі на Полтавщині, повідомив голова області."
    english = "POLTAVA, Ukraine, March 11 (Kestrel Wire) - A dam burst overnight."
    for english_first in (True, False):
        table = AliasTable()
        order = [(english, "en"), (ukrainian, "uk")]
        places = [_event_place(text, lang, table)
                  for text, lang in (order if english_first else order[::-1])]
        assert places_agree(*places), (places, english_first)
    assert name_form("Полтавщині", "uk", True).key == "poltavshchyna"
    assert name_form("Харківщині", "uk", True).key != name_form("Харкові", "uk", True).key


@pytest.mark.parametrize(("text", "language", "not_names"), [
    ("Гідрологи попереджають, що рівень води ще підніматиметься. Вода прибуває.", "uk",
     {"hidrolohy", "hidrolog"}),
    ("Вчена рада університету обрала ректорку. Засідання тривало годину.", "uk",
     {"vchena", "vchenyi"}),
    ("Следственный комитет возбудил уголовное дело. Проверка продолжается.", "ru",
     {"sledstvennyy", "sledstvennyi"}),
    ("Аналитик банка ждет снижения ставки. Рынок спокоен.", "ru", {"analitik"}),
])
def test_a_word_for_people_or_an_adjective_opening_a_sentence_is_no_name(
        text: str, language: str, not_names: set[str]) -> None:
    assert not _names(text, language) & not_names


@pytest.mark.parametrize(("text", "language", "name"), [
    ("Варшава прийняла переговори міністрів. Сторони домовилися.", "uk", "warsaw"),
    ("Кременчук отримав новий міст. Його будували шість років.", "uk", "kremenchuk"),
])
def test_a_place_the_dictionary_calls_a_common_noun_may_still_open_a_sentence(
        text: str, language: str, name: str) -> None:
    assert name in _names(text, language)


@pytest.mark.parametrize(("word", "language", "expected"), [
    # the Ukrainian dictionary scores every reading alike and lists the verb "терти" (to
    # rub, whose imperative is "три") first: three icons had made "терти" a keyword
    ("три", "uk", "три"),
    ("три", "ru", "три"),
    ("сорок", "uk", "сорок"),  # forty, not magpies
    # an imperative is the last reading: "water", not "drive!"; "came", not "send!"
    ("води", "uk", "вода"),
    ("пришли", "ru", "прийти"),
    # words that are no dictionary form still take the likeliest reading's
    ("переговоров", "ru", "переговоры"),
    ("винесли", "uk", "винести"),
])
def test_a_numeral_before_and_an_imperative_after_other_readings(
        word: str, language: str, expected: str) -> None:
    assert lemma(word, language) == expected
