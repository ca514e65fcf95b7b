"""Names in Polish articles: SGJP's readings (morfeusz2) type them and put them back in
the nominative, so the cases of one name are one entity."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from copydesk.extract.nlp import load_language_taggers
from copydesk.extract.pipeline import extract_batch
from copydesk.extract.polish import PolishTagger
from copydesk.polish_morphology import foreign_nominative, nominative
from copydesk.records import Article, content_id

REPORT = (
    "GDAŃSK (PAP) – Minister rolnictwa Tadeusz Wrona spotkał się w piątek w Gdańsku z "
    "przedstawicielami Stanów Zjednoczonych. Według Wrony rozmowy dotyczyły eksportu "
    "zboża z Ukrainy przez porty Polski.\n\n"
    "Prezes Portu Gdańsk Marta Zielińska powiedziała, że z Kijowem uzgodniono nowe "
    "terminy. Wcześniej Wrona rozmawiał z Joe Bidenem i z Tadeuszem Wroną z Krakowa "
    "łączył się telefonicznie szef MSZ Radosław Sikorski. Na decyzję Komisji Europejskiej "
    "czekają Polacy.")


def tagged(text: str) -> dict[str, str]:
    return {s.text: s.label for s in PolishTagger().tag_text(text)}


@pytest.mark.parametrize(("written", "label", "nominative_form"), [
    ("Donaldem Tuskiem", "person", "Donald Tusk"),
    ("Anną Kowalską", "person", "Anna Kowalska"),  # a woman's surname stays hers
    ("Joe Bidenem", "person", "Joe Biden"),  # a foreign surname SGJP does not know
    ("Ministerstwa Spraw Zagranicznych", "organisation", "Ministerstwo Spraw Zagranicznych"),
    ("Stanów Zjednoczonych", "place", "Stany Zjednoczone"),
    ("Zielonej Górze", "place", "Zielona Góra"),  # the adjective first
    ("Polskiej Agencji Prasowej", "organisation", "Polska Agencja Prasowa"),
    ("Krakowie", "place", "Kraków"),
])
def test_a_name_in_the_nominative(written: str, label: str, nominative_form: str) -> None:
    assert nominative(written, label) == nominative_form


def test_a_foreign_mans_surname_loses_its_case_ending() -> None:
    assert foreign_nominative("Zełenskiego") == "Zełenski"
    assert foreign_nominative("Ławrowem") == "Ławrow"
    assert foreign_nominative("Bidenowi") == "Biden"
    assert foreign_nominative("Harris") == "Harris"  # no ending to take off


def test_polish_names_by_their_kind() -> None:
    found = tagged(REPORT)
    assert found["Tadeusz Wrona"] == "PERSON"  # after a title
    assert found["Gdańsku"] == "GPE"
    assert found["Stanów Zjednoczonych"] == "GPE"
    assert found["Wrony"] == "PERSON"  # a surname alone, in the genitive
    assert found["Joe Bidenem"] == "PERSON"  # a given name opens it
    assert found["MSZ"] == "ORG" and found["Radosław Sikorski"] == "PERSON"
    assert found["Komisji Europejskiej"] == "ORG"
    assert found["Polacy"] == "NORP"  # a nationality: no one
    assert "Według" not in found and "Według Wrony" not in found


def test_a_sentences_first_word_and_a_club() -> None:
    found = tagged("Jak podała policja, Legia Warszawa wygrała z Lechem Poznań. Nowak "
                   "powiedział, że Polska pomoże. W Krakowie pada.")
    assert "Jak" not in found  # "how" (SGJP also knows a village Jak)
    assert found["Legia Warszawa"] == "ORG" and found["Lechem Poznań"] == "ORG"
    assert found["Nowak"] == "PERSON"  # a surname before the village Nowaki
    assert found["Polska"] == "GPE" and found["Krakowie"] == "GPE"


def test_the_cases_of_one_name_are_one_entity() -> None:
    article = Article(id=content_id(REPORT), source="t.jsonl", text=REPORT, language="pl",
                      published=datetime(2025, 3, 7, tzinfo=timezone.utc))
    result = extract_batch([article], None, others=load_language_taggers())
    by_name = {e.name: e for e in result.entities}
    wrona = by_name["Tadeusz Wrona"]
    assert wrona.type == "person"
    assert {m.text for m in wrona.mentions} == {"Tadeusz Wrona", "Wrony", "Wrona",
                                                "Tadeuszem Wroną"}
    assert by_name["Gdańsk"].type == "place"
    assert {m.text for m in by_name["Gdańsk"].mentions} >= {"Gdańsku"}
    assert by_name["Stany Zjednoczone"].type == "place"
    assert by_name["Kyiv"].type == "place"  # a big city by its English name


def _speakers(text: str) -> dict[str, str | None]:
    article = Article(id=content_id(text), source="t.jsonl", text=text, language="pl",
                      published=datetime(2025, 3, 7, tzinfo=timezone.utc))
    result = extract_batch([article], None, others=load_language_taggers())
    return {q.text: q.speaker for q in result.quotes}


def test_polish_quotes_have_their_speakers() -> None:
    text = ("Minister finansów Piotr Lasek spotkał się w Brukseli z Marią Kędzior. „Budżet "
            "jest bezpieczny” – powiedział Lasek dziennikarzom. Zdaniem Kędzior „to dopiero "
            "początek rozmów”. „Nie podniesiemy podatków” – dodał minister.")
    said = _speakers(text)
    assert said["Budżet jest bezpieczny"] == "Piotr Lasek"
    assert said["to dopiero początek rozmów"] == "Maria Kędzior"
    assert said["Nie podniesiemy podatków"] == "Piotr Lasek"  # the minister named before


def test_a_court_with_its_seat_and_a_person_after_a_place() -> None:
    found = tagged("Sąd Okręgowy w Lublinie skazał oszusta. Z prezydentem Krakowa "
                   "Aleksandrem Miszalskim rozmawiał minister obrony Niemiec Borisem "
                   "Pistoriusem. Główne role zagrali aktorzy z Łodzi.")
    assert found["Sąd Okręgowy w Lublinie"] == "ORG"  # the seat tells two courts apart
    assert found["Krakowa"] == "GPE" and found["Aleksandrem Miszalskim"] == "PERSON"
    assert found["Niemiec"] == "GPE" and found["Borisem Pistoriusem"] == "PERSON"
    assert "Główne" not in found  # a common word opening a sentence, though a village too


@pytest.mark.parametrize(("written", "label", "nominative_form"), [
    ("Niemiec", "place", "Niemcy"),  # the country, not the village Niemce
    ("Łodzi", "place", "Łódź"),  # the city, not the village Łodzia
    ("Krosna", "place", "Krosno"),
    ("Węgry", "place", "Węgry"),  # written in the nominative already
    ("Karoliną Wiśniewską", "person", "Karolina Wiśniewska"),  # her surname says she
    ("Wołodymyrem Zełenskim", "person", "Wołodymyr Zełenski"),
    ("Andrij Sybiha", "person", "Andrij Sybiha"),  # a nominative: its "-a" stays
    ("Pete'em Hegsethem", "person", "Pete Hegseth"),
])
def test_the_right_reading_in_the_nominative(written: str, label: str,
                                             nominative_form: str) -> None:
    assert nominative(written, label) == nominative_form


def test_a_polish_and_an_english_report_name_the_same_places() -> None:
    texts = [("pl", "Rozmowy w Genewie zakończyły się w piątek. Delegacja wróciła do Moskwy, "
                    "a sekretarz stanu poleciał do Kijowa i Waszyngtonu."),
             ("en", "The talks in Geneva ended on Friday. The delegation returned to Moscow, "
                    "and the Secretary of State flew to Kyiv and Washington.")]
    articles = [Article(id=content_id(t), source="t.jsonl", text=t, language=lang,
                        published=datetime(2025, 3, 7, tzinfo=timezone.utc))
                for lang, t in texts]
    result = extract_batch(articles, None, others=load_language_taggers())
    by_mention = {m.text: e.name for e in result.entities for m in e.mentions}
    assert by_mention["Moskwy"] == by_mention["Moscow"]
    assert by_mention["Kijowa"] == by_mention["Kyiv"]
    assert by_mention["Waszyngtonu"] == by_mention["Washington"]
    assert by_mention["Genewie"] == by_mention["Geneva"]


def test_a_polish_speaker_described_or_left_out_after_the_verb() -> None:
    text = ("Prezes spółki Ewa Marczak przedstawiła w czwartek plan inwestycji. „Nie "
            "zwolnimy nikogo” – zapewniała.\n\nObrońca oskarżonego, mec. Jan Wolski, "
            "zapowiedział apelację. „Mój klient jest niewinny” – przekonywał adwokat.\n\n"
            "Trener gości Luis Moreno był rozczarowany. „Zabrakło nam sił” – ocenił Hiszpan.")
    said = _speakers(text)
    assert said["Nie zwolnimy nikogo"] == "Ewa Marczak"  # no subject: the paragraph's person
    assert said["Mój klient jest niewinny"] == "Jan Wolski"  # a description of him
    assert said["Zabrakło nam sił"] == "Luis Moreno"  # a nationality, not a name


def test_a_described_speaker_is_the_one_the_sentence_before_names() -> None:
    """The paragraph names the accused and the lawyer; "adwokat" re-describes the one
    the sentence before the quote names ("mec.": no title "adwokat" is written)."""
    text = ("Razem z Janem Kowalem na ławie oskarżonych zasiadła Anna Rak, która usłyszała "
            "wyrok. Obrońca byłego prezesa, mec. Tomasz Wiater, zapowiedział apelację. "
            "„Mój klient nie jest oszustem” – przekonywał adwokat.")
    assert _speakers(text)["Mój klient nie jest oszustem"] == "Tomasz Wiater"


def test_pis_is_law_and_justice() -> None:
    """"Prawa i Sprawiedliwości" is one organisation, named in the nominative, and "PiS"
    is the same (not the genitive of the city Pisa)."""
    text = ("Za budżetem głosowało 27 radnych Koalicji Obywatelskiej i Lewicy, przeciw było "
            "12 radnych Prawa i Sprawiedliwości. „Miasto tonie w długach” – mówił szef "
            "klubu radnych PiS Krzysztof Bednarek.")
    article = Article(id=content_id(text), source="t.jsonl", text=text, language="pl",
                      published=datetime(2025, 3, 7, tzinfo=timezone.utc))
    by_name = {e.name: e for e in extract_batch(
        [article], None, others=load_language_taggers()).entities}
    pis = by_name["Prawo i Sprawiedliwość"]
    assert pis.type == "organisation"
    assert {m.text for m in pis.mentions} == {"Prawa i Sprawiedliwości", "PiS"}
    assert "Koalicja Obywatelska" in by_name and "Lewica" in by_name  # two, not one
