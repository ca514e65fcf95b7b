"""Reports of one event in several languages, and the anchors they share: places by their
words, dates written the way each language writes them and names behind an elided
article. A multilingual probe (two corpora of 40 articles in
English, French, German and Spanish) had most reports in other languages in stories of
their own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from conftest import load_bench
from copydesk.records import Article, content_id
from copydesk.stories import StoryClusterer, StoryOptions, bcubed, extract_anchors
from copydesk.stories.anchors import places_agree
from copydesk.stories.foreign_dates import foreign_days
from copydesk.stories.text import tokens

TUESDAY = date(2026, 3, 10)


def test_a_place_agrees_with_a_longer_name_of_it_and_not_with_a_namesake() -> None:
    assert places_agree("porto vedra", "porto")
    assert places_agree("san isidro", "san isidro sierra")
    assert not places_agree("new york", "new delhi")  # only a generic word shared
    assert not places_agree("kesterby", "velmark")


def test_a_datelines_place_is_read_by_words_like_the_body_names() -> None:
    """"PORTO VEDRA" was one key, "porto vedra", that no report saying "in Porto Vedra"
    shared, and the event place met "porto" as a place conflict."""
    wire = extract_anchors("PORTO VEDRA, Estrela (Tidewire) — A church tower fell on Saturday "
                           "after the earthquake, officials said.", None, TUESDAY)
    assert wire.event_place == "porto vedra"
    assert {"porto", "vedra"} <= set(wire.places) and "porto vedra" not in wire.names
    local = extract_anchors("Hundreds slept outdoors in Porto Vedra after the quake struck on "
                            "Saturday afternoon.", None, TUESDAY)
    assert local.event_place == "porto vedra"
    sierra = extract_anchors("SAN ISIDRO DE LA SIERRA, Lucerna (Tidewire) — Nine miners were "
                             "trapped on Tuesday.", None, TUESDAY)
    assert sierra.event_place == "san isidro sierra"
    assert not {"de", "la"} & set(sierra.names)


def test_an_elided_article_leaves_the_name_after_it() -> None:
    assert tokens("Les pompiers de l'Osterwald et d'Ardanne sont arrivés, dell'Interno") == [
        "Les", "pompiers", "de", "Osterwald", "et", "Ardanne", "sont", "arrivés", "Interno"]
    assert tokens("O'Brien didn't say") == ["O'Brien", "didn't", "say"]
    anchors = extract_anchors("Le train venait de l'Osterwald, selon la préfecture.", None,
                              TUESDAY, "fr")
    assert "osterwald" in anchors.names and "l'osterwald" not in anchors.keywords


def test_dates_in_other_languages() -> None:
    def days(sentence: str, language: str) -> list[date]:
        return [d for d, _ in foreign_days(sentence, TUESDAY, language)]

    assert days("Le feu a pris mardi, le 10 mars, et hier soir encore.", "fr") == [
        date(2026, 3, 10), date(2026, 3, 10), date(2026, 3, 9)]
    assert days("Der Zug entgleiste am 9. März; am Montag, heute Morgen und gestern.", "de") == [
        date(2026, 3, 9), date(2026, 3, 9), date(2026, 3, 10), date(2026, 3, 9)]
    assert days("El 3 de marzo de 2025, el martes pasado y por la mañana, ayer.", "es") == [
        date(2025, 3, 3), date(2026, 3, 3), date(2026, 3, 9)]
    assert days("La réunion aura lieu jeudi prochain.", "fr") == [date(2026, 3, 12)]
    assert days("On Monday, 9 March, in Salburg.", "en") == []  # English has its own rules
    assert days("Il y a 20 mars… non: le 20. mars", "fr") == [date(2026, 3, 20)]


def test_a_german_weekday_or_month_is_no_name() -> None:
    anchors = extract_anchors("Am Dienstag, dem 10. März, brannte in Salburg ein Lager.", None,
                              TUESDAY, "de")
    assert not {"dienstag", "marz"} & set(anchors.names)
    assert "d:2026-03-10" in anchors.dates
    english = extract_anchors("Mai Tran spoke in Salburg.", None, TUESDAY, "en")
    assert "mai" in english.names  # a name where the month is another language's


def _article(text: str, title: str, language: str, site: str, hour: int) -> Article:
    return Article(id=content_id(text), source=f"{site}.txt", text=text, title=title,
                   site=site, language=language, url=f"https://{site}/{hour}",
                   published=datetime(2026, 3, 10, hour, tzinfo=timezone.utc))


def test_a_french_report_joins_the_english_reports_of_its_event() -> None:
    """Before, the French report shared no date key with the wire's (it writes "mardi"
    and "10 mars") and its "l'Osterwald" was a keyword: it stood in a story of its own."""
    wire = _article(
        "SALBURG, Osterwald, March 10 (Tidewire) - Fire destroyed a grain warehouse in "
        "Salburg, Osterwald's biggest port, on Tuesday, and 40 dockers were evacuated, "
        "the regional fire service said.\n\nThe blaze broke out at 3 a.m. in a hangar "
        "owned by the shipping firm Kettner, fire chief Ilse Brandauer told Tidewire. "
        "Two firefighters were treated for smoke. Tidewire saw the roof fall in.",
        "Fire destroys grain warehouse in Osterwald port", "en", "tidewire.example", 9)
    french = _article(
        "Un violent incendie a ravagé mardi 10 mars un entrepôt de céréales du port de "
        "Salburg, le premier de l'Osterwald. Quarante dockers ont été évacués dans la "
        "nuit.\n\nLe feu s'est déclaré vers 3 heures dans un hangar de la société "
        "Kettner, a indiqué la commandante Ilse Brandauer. Deux pompiers ont été "
        "légèrement intoxiqués.",
        "Incendie au port de Salburg", "fr", "lecho-osterwald.example", 11)
    clusterer = StoryClusterer(StoryOptions())
    assigned = clusterer.add([wire, french])
    assert assigned[wire.id] == assigned[french.id]


def test_thousands_grouped_by_spaces_are_one_number() -> None:
    french = extract_anchors("Ils étaient entre 8 500 et 15 000 dans la rue mardi.", None,
                             TUESDAY, "fr")
    assert {"8500", "15000"} <= set(french.numbers) and "000" not in french.numbers
    english = extract_anchors("On March 10 200 people marched; 15\u00a0000 watched.", None,
                              TUESDAY, "en")
    assert {"10", "200", "15000"} <= set(english.numbers)  # a plain space is no group in English



def test_thousands_grouped_by_points_are_one_number_where_a_comma_is_the_decimal() -> None:
    # "1.200 Menschen" had been the anchor "1.200", apart from the English "1,200"
    # (thirty-fifth session); English "1.200" stays as written
    day = date(2026, 3, 12)
    for text, language in (("Rund 1.200 Menschen und 2.400.000 Euro.", "de"),
                           ("Unas 1.200 personas y 2.400.000 euros.", "es"),
                           ("Circa 1.200 persone e 2.400.000 euro.", "it"),
                           ("Ongeveer 1.200 mensen en 2.400.000 euro.", "nl"),
                           ("Cerca de 1.200 pessoas e 2.400.000 euros.", "pt"),
                           ("Omkring 1.200 mennesker og 2.400.000 kroner.", "da")):
        numbers = set(extract_anchors(text, None, day, language).numbers)
        assert numbers == {"1200", "2400000"}, (language, numbers)
    # two digits after the point are no group; a decimal comma keeps its reading
    german = set(extract_anchors("Es kostet 1.20 Euro, 3,5 Prozent mehr.", None, day,
                                 "de").numbers)
    assert german == {"1.20", "3.5"}
    english = set(extract_anchors("About 1.200 people and 1,200 more came.", None, day,
                                  "en").numbers)
    assert english == {"1.200", "1200"}


@pytest.mark.parametrize(("text", "language"), [
    ("Ein Damm brach am Montag in Ungarn, teilte die Regierung mit. Tausende flohen.", "de"),
    ("У понеділок в Угорщині прорвало дамбу, повідомив уряд. Тисячі людей втекли.", "uk"),
    ("A dam burst in Hungary on Monday, the government said. Thousands fled.", "en"),
])
def test_a_country_named_in_another_language_is_the_same_event_place(
        text: str, language: str) -> None:
    # "in Ungarn" had been another place than "in Hungary": a place conflict between
    # two reports of one event (copydesk.countries)
    assert extract_anchors(text, None, date(2026, 3, 3), language).event_place == "hungary"


def _fair_reports() -> list[Article]:
    """Two reports of one trade fair accident, in Spanish and Portuguese: they share the
    city, the count of injured and the day, and little else."""
    spanish = _article(
        "MILÁN, 13 mar (Agencia Ibérica) - Catorce personas resultaron heridas el jueves al "
        "derrumbarse parte del falso techo de un pabellón de la feria Tecnofood. Entre los "
        "heridos hay un expositor de Lleida, según el consulado. Los bomberos evacuaron el "
        "pabellón y la fiscalía ha abierto una investigación por lesiones.",
        "Un derrumbe en una feria de Milán deja 14 heridos", "es", "iberica.es", 9)
    portuguese = _article(
        "Parte do teto de um pavilhão de uma feira de alimentação em Milão cedeu na "
        "quinta-feira e fez 14 feridos. Um empresário de Aveiro que expunha no pavilhão "
        "sofreu ferimentos ligeiros, informou a AICEP em Lisboa. O ministro Paulo Macedo "
        "falou com a família em Aveiro. Os bombeiros fecharam o pavilhão até sexta-feira.",
        "Empresário de Aveiro entre os 14 feridos de queda de teto em Milão", "pt",
        "diario-norte.pt", 11)
    return [spanish, portuguese]


def test_reports_in_other_languages_meet_by_what_all_languages_write_alike() -> None:
    """A report whose story has no report in its language is scored by names, places,
    numbers and dates only, a cosine that passes a lower bar (``across_languages``): its
    keywords and words, which no other language writes, had kept six of seven reports of
    a Milan fair's collapse in stories of their own (bench/stories_languages.py)."""
    spanish, portuguese = _fair_reports()
    assigned = StoryClusterer().add([spanish, portuguese])
    assert assigned[spanish.id] == assigned[portuguese.id]
    apart = StoryClusterer(StoryOptions(across_languages=1.0)).add([spanish, portuguese])
    assert apart[spanish.id] != apart[portuguese.id]  # the bar, not the cosine alone
    # the same day in another language does not pull in another event of the week
    flood = _article(
        "Sturzfluten haben am Donnerstag im südfranzösischen Saint-Aurel zwei Menschen "
        "getötet. Die Feuerwehr rettete 40 Bewohner von Dächern.",
        "Zwei Tote bei Unwetter in Saint-Aurel", "de", "rheinpost.de", 13)
    assigned = StoryClusterer().add([spanish, portuguese, flood])
    assert assigned[flood.id] != assigned[spanish.id]


def test_a_storys_languages_survive_a_resumed_run() -> None:
    reports = _fair_reports()
    clusterer = StoryClusterer()
    clusterer.add(reports[:1])
    resumed = StoryClusterer.from_bytes(clusterer.to_bytes())
    assert [s.languages for s in resumed.stories.values()] == [{"es": 1}]
    assigned = resumed.add(reports[1:])
    assert len({*assigned.values(), *resumed.assigned.values()}) == 1
    # stories merged from another clusterer bring their languages
    spanish = reports[0]
    other = StoryClusterer()
    other.add([replace(spanish, id="copy", language="pt")])
    clusterer.merge(other)
    assert [s.languages for s in clusterer.stories.values()] == [{"es": 1, "pt": 1}]


def test_a_german_noun_after_its_article_is_no_name() -> None:
    """German capitalises every noun: "der Streik", "die Flüge" were names of the
    report, which no report in another language shares; an unknown word after an article
    ("im belgischen Zoutbergen"), a country ("die Schweiz") stay names."""
    anchors = extract_anchors(
        "Der Streik bei Brisa Air trifft auch die Schweiz: die Flüge nach Genf fallen aus. "
        "Flüge im belgischen Zoutbergen sind nicht betroffen, sagte der Sprecher.",
        "Streik bei Brisa Air", TUESDAY, "de")
    assert {"brisa", "zoutbergen", "switzerland"} <= set(anchors.names)
    assert not {"streik", "fluge", "sprecher"} & set(anchors.names)
    assert "streik" in anchors.keywords


def test_a_german_idiom_after_in_is_no_event_place() -> None:
    """"stand in Vollbrand" (fully ablaze) had been a fire's event place, in conflict
    with the town its later reports name."""
    anchors = extract_anchors(
        "Als die Feuerwehr eintraf, stand die Halle in Vollbrand. Der Brand in Lindenbrück "
        "war am Morgen unter Kontrolle.", "Feuer in Lindenbrück", TUESDAY, "de")
    assert anchors.event_place == "lindenbruck"


#: Floors (may only rise) of story and thread B-cubed F1 in order of publication, as
#: bench/stories_languages.py measured them in the thirty-eighth session: tuned 0.955 /
#: 0.974, held_out 0.808 / 0.845 (0.501 / 0.774 before that session's changes),
#: held_out_2 0.829 / 0.876 (written after them, measured once: 0.616 / 0.736 before).
LANGUAGE_FLOORS = {"tuned": (0.95, 0.97), "held_out": (0.80, 0.84),
                   "held_out_2": (0.82, 0.87)}


@pytest.mark.parametrize("name", sorted(LANGUAGE_FLOORS))
def test_multilingual_story_quality_floors(name: str) -> None:
    bench = load_bench("stories_languages")
    articles, stories, threads = bench.load(name)
    story_of, thread_of = bench.copydesk(articles)
    story_floor, thread_floor = LANGUAGE_FLOORS[name]
    precision, _, f1 = bcubed(story_of, stories)
    assert precision == 1.0 and f1 >= story_floor, (name, precision, f1)
    assert bcubed(thread_of, threads)[2] >= thread_floor
