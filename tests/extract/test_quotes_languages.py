"""Quotes in German, Spanish, Italian, Portuguese and Dutch: each language's speech words
(extract/speech_other.py), pronouns and descriptions after the verb, dropped subjects,
a quote-only paragraph after its speaker's, and the quality floors of
bench/quotes_languages.py. Every text here is invented for these tests."""

from __future__ import annotations

import re
from types import ModuleType

import pytest

from conftest import load_bench
from copydesk.extract.lexical_other import ForeignLexicalTagger
from copydesk.extract.quotes import NamedMention, find_quotes
from copydesk.records import Quote

PEOPLE = {"Greta Vossberg": "e-greta", "Vossberg": "e-greta", "Lino Sarrazán": "e-lino",
          "Sarrazán": "e-lino", "Bram Oudejans": "e-bram", "Oudejans": "e-bram"}
CANONICAL = {"e-greta": "Greta Vossberg", "e-lino": "Lino Sarrazán", "e-bram": "Bram Oudejans"}


def mentions(text: str) -> list[NamedMention]:
    found = []
    names = sorted(PEOPLE, key=len, reverse=True)
    for m in re.finditer(r"\b(?:" + "|".join(names) + r")\b", text):
        eid = PEOPLE[m.group(0)]
        found.append(NamedMention(m.start(), m.end(), eid, CANONICAL[eid], "person"))
    return found


def quotes_of(text: str, language: str | None) -> list[Quote]:
    return find_quotes("art", text, mentions(text), language=language)


def speakers(text: str, language: str | None) -> list[str | None]:
    return [q.speaker for q in quotes_of(text, language)]


def test_a_pronoun_after_the_verb_is_the_person_named_before() -> None:
    text = ("Bürgermeisterin Greta Vossberg besuchte die Brandstelle. „Das ist ein schwerer "
            "Tag für den Ort“, sagte sie.")
    assert speakers(text, "de") == ["Greta Vossberg"]
    text = ("Bram Oudejans stond bij de dijk. \"We houden het water nog even tegen\", zei hij.")
    assert speakers(text, "nl") == ["Bram Oudejans"]


def test_english_rules_are_unchanged_without_the_language() -> None:
    # Without the article's language the five languages' words are not read.
    text = ("Bram Oudejans stond bij de dijk. \"We houden het water nog even tegen\", zei hij.")
    assert speakers(text, None) == [None]
    assert speakers(text, "en") == [None]


def test_a_dropped_subject_is_the_paragraph_person() -> None:
    text = ("Lino Sarrazán pidió ayudas para los ganaderos. «Hay familias que lo han perdido "
            "todo», lamentó.")
    assert speakers(text, "es") == ["Lino Sarrazán"]
    text = ("Lino Sarrazán non ha nascosto la delusione. «Si perde un'occasione per il "
            "centro», ha detto a margine della seduta.")
    assert speakers(text, "it") == ["Lino Sarrazán"]


def test_a_dropped_subject_names_no_one_when_the_paragraph_names_two() -> None:
    text = ("Lino Sarrazán e Greta Vossberg visitaram a obra. «Ninguém nos avisou com "
            "antecedência», lamentou.")
    assert speakers(text, "pt") == [None]


def test_according_to_words_after_and_before_the_quote() -> None:
    text = "\"Als elke gemeente afhaakt, halen we het nooit\", aldus Oudejans."
    assert speakers(text, "nl") == ["Bram Oudejans"]
    text = "„Wir prüfen jeden Einwand genau“, so Vossberg am Abend."
    assert speakers(text, "de") == ["Greta Vossberg"]
    # German "so" is no "according to" as an adverb: "so schnell"
    text = "Der Zug kam so schnell, dass „niemand mehr bremsen konnte“ im Bahnhof."
    assert speakers(text, "de") == [None]


def test_a_definite_description_is_the_paragraph_person() -> None:
    text = ("Vorstandschef Greta Vossberg begründete den Schritt. „Wir müssen uns ehrlich "
            "machen“, sagte die Enkelin des Firmengründers.")
    assert speakers(text, "de") == ["Greta Vossberg"]


def test_a_title_description_is_the_person_it_titled_before() -> None:
    text = ("Wethouder Bram Oudejans sprak de raad toe.\n\nRuim 2300 mensen tekenden een "
            "petitie. \"We hebben geluisterd, en dat is geen zwakte\", zei de wethouder.")
    assert speakers(text, "nl") == ["Bram Oudejans"]


def test_a_role_named_nowhere_before_stays_a_description() -> None:
    text = ("Greta Vossberg besuchte die Brandstelle. „Die Ursache ist noch unklar“, sagte "
            "der Polizeisprecher.")
    assert speakers(text, "de") == ["der Polizeisprecher"]


def test_a_role_is_the_paragraphs_one_person_when_the_text_gave_them_a_role() -> None:
    # named under one role word, quoted under another
    text = ("Il direttore sportivo della Valpadana, Lino Sarrazán, parla di un corridore "
            "maturo. «Ha il motore per vincere», ha aggiunto il tecnico.")
    assert speakers(text, "it") == ["Lino Sarrazán"]
    text = ("O técnico do Ferroviário, Bram Oudejans, elogiou o garoto. \"Ele treina com a "
            "gente há dois anos\", afirmou o treinador.")
    assert speakers(text, "pt") == ["Bram Oudejans"]
    # in the paragraph before when this one names no one
    text = ("Die Vorstandschefin, Greta Vossberg, sprach in Innsbruck.\n\n„Wir müssen "
            "handeln“, sagte die Managerin.")
    assert speakers(text, "de") == ["Greta Vossberg"]


def test_a_role_is_not_a_person_of_the_other_gender() -> None:
    text = ("Bürgermeisterin Greta Vossberg besuchte die Brandstelle. „Die Ursache ist noch "
            "unklar“, sagte der Polizeisprecher.")
    assert speakers(text, "de") == ["der Polizeisprecher"]


def test_a_name_inside_the_description_is_the_speaker_as_written() -> None:
    text = ("Il presidente della sezione, Lino Sarrazán, ha parlato di un modello. \"Bene "
            "gli investimenti\", ha detto la segretaria regionale Rosaria Palumbo.")
    assert speakers(text, "it")[-1] == "la segretaria regionale Rosaria Palumbo"


def test_a_quote_only_paragraph_belongs_to_the_person_introduced_before() -> None:
    text = ("Il direttore sportivo, Lino Sarrazán, non ha dubbi sul futuro della squadra."
            "\n\n«Abbiamo costruito qualcosa che durerà a lungo».")
    assert speakers(text, "it") == ["Lino Sarrazán"]
    # not after a paragraph that quotes someone: that is the quote before's turn
    text = ("Lino Sarrazán ha detto: «Partiamo domani». Greta Vossberg ascoltava.\n\n"
            "«Abbiamo costruito qualcosa che durerà a lungo».")
    assert speakers(text, "it")[1] is None


def test_an_opening_phrase_is_no_speaker() -> None:
    text = "Tijdens een onderbreking zei ze tegen de pers: \"Ik wil alleen de waarheid weten.\""
    assert speakers(text, "nl") == [None]


def test_an_undescribed_witness_keeps_the_description() -> None:
    text = "\"Het klonk als een ontploffing\", vertelt een omwonende die als eerste kwam."
    assert speakers(text, "nl") == ["een omwonende"]


@pytest.mark.parametrize(("language", "text", "name"), [
    ("pt", "Maria do Céu Figueiredo, de 71 anos, saiu de casa.", "Maria do Céu Figueiredo"),
    ("es", "Francisco Gallardo, vecino de Los Almendros, esperaba.", "Francisco Gallardo"),
    ("pt", "Uma das vítimas, o mecânico Valdir Souza, perdeu dinheiro.", "Valdir Souza"),
    ("it", "Secondo l'assessore alla Mobilità, Lorenzo Ferri, la zona cambia.", "Lorenzo Ferri"),
    ("de", "Markus Brenner, Fraktionsvorsitzender der Liste, widersprach.", "Markus Brenner"),
])
def test_persons_by_their_age_or_apposition(language: str, text: str, name: str) -> None:
    spans = ForeignLexicalTagger(language).tag_text(text)
    assert (name, "PERSON") in {(s.text, s.label) for s in spans}


def test_a_place_with_an_apposition_is_no_person() -> None:
    spans = ForeignLexicalTagger("es").tag_text("Llegó a Puerto Lánzara, capital de la comarca.")
    assert ("Puerto Lánzara", "PERSON") not in {(s.text, s.label) for s in spans}


def test_an_untagged_name_after_the_verb_ends_at_its_first_lower_case_word() -> None:
    text = "„Das ist ein Auftrag, kein Triumph“, sagte Hollerbach kurz nach Mitternacht."
    assert speakers(text, "de") == ["Hollerbach"]


def test_either_of_two_spanish_surnames_names_the_person() -> None:
    text = ("Mercedes Ortuño Balaguer ganó las elecciones.\n\n«Hemos ganado todos», declaró "
            "Ortuño pasada la medianoche.")
    people = [NamedMention(0, 24, "e-mercedes", "Mercedes Ortuño Balaguer", "person")]
    (quote,) = find_quotes("art", text, people, language="es")
    assert (quote.speaker, quote.speaker_entity_id) == ("Mercedes Ortuño Balaguer", "e-mercedes")


def test_a_role_in_lower_case_then_a_full_name() -> None:
    text = "‘We hebben twaalf jaar gekruist en geselecteerd’, zegt projectleider Marloes Verbeek."
    assert speakers(text, "nl") == ["Marloes Verbeek"]


def test_the_name_right_before_an_opening_colon() -> None:
    text = "Amaro il commento del tecnico, Gianluca Sartori: «Abbiamo regalato il primo tempo»."
    assert speakers(text, "it") == ["Gianluca Sartori"]


def test_a_surname_opening_the_sentence_before_a_colon() -> None:
    text = ("O avançado Bruno Cachada falhou o penálti.\n\nCachada pediu desculpa aos colegas: "
            "\"Falhei e assumo a culpa toda.\"")
    people = [NamedMention(11, 24, "e-bruno", "Bruno Cachada", "person")]
    assert [q.speaker for q in find_quotes("art", text, people, language="pt")] == [
        "Bruno Cachada"]


def test_a_subject_pronoun_opening_the_sentence_of_a_partial_quote() -> None:
    text = ("Greta Vossberg gewann die Stichwahl. Sie wolle „zuerst die Kliniken sichern und "
            "dann reden“.")
    assert speakers(text, "de") == ["Greta Vossberg"]


def test_an_organisation_named_again_by_its_kind() -> None:
    text = ("Transportes Moncayo rechaza las reivindicaciones. «La subida supondría un "
            "sobrecoste enorme», señaló la empresa en una nota.")
    people = [NamedMention(0, 19, "e-tm", "Transportes Moncayo", "organisation")]
    assert [q.speaker for q in find_quotes("art", text, people, language="es")] == [
        "Transportes Moncayo"]


def test_a_description_is_cut_before_what_follows_it() -> None:
    text = ("Lino Sarrazán y Greta Vossberg llegaron juntos.\n\n“Sabía que tenía que arriesgar”, "
            "explicó el corredor tras cruzar la meta.")
    assert speakers(text, "es") == ["el corredor"]


def test_a_description_written_beside_the_name_before() -> None:
    text = ("Greta Vossberg, Professorin für Mikrobiologie, leitet das Projekt.\n\nBram "
            "Oudejans half bei den Proben. »Das war ein Zufallsfund«, erzählt die Professorin.")
    assert speakers(text, "de") == ["Greta Vossberg"]


def test_a_dropped_subject_is_the_last_sentence_subject_of_its_paragraph() -> None:
    text = ("Greta Vossberg abrió la sesión. Por la tarde, Lino Sarrazán aseguró haber avisado "
            "por escrito. «Lo puse en tres informes», explicó.")
    assert speakers(text, "es") == ["Lino Sarrazán"]


def test_this_languages_titles_before_a_tagged_name_after_the_verb() -> None:
    text = ("»Sie haben das Vertrauen ausgenutzt«, sagte die Vorsitzende Richterin Greta "
            "Vossberg in der Urteilsbegründung.")
    assert speakers(text, "de") == ["Greta Vossberg"]


def test_a_pronoun_skips_a_person_the_text_gives_the_other_gender() -> None:
    # "er" is not the judge: the German feminine title makes her a woman; the man of
    # unknown gender is not guessed either
    text = ("Richterin Greta Vossberg verlas das Urteil gegen Bram Oudejans.\n\nDer "
            "38-Jährige hatte gestanden. »Ich habe den Überblick verloren«, hatte er damals "
            "gesagt.")
    assert speakers(text, "de") == [None]
    # a title in its masculine form makes him the one
    text = ("Trainer Bram Oudejans sprach mit Richterin Greta Vossberg.\n\nDas Urteil fiel "
            "mild aus. »Ich habe den Überblick verloren«, sagte er.")
    assert speakers(text, "de") == ["Bram Oudejans"]


def test_a_description_is_the_one_person_of_this_and_the_last_paragraph() -> None:
    text = ("La curadora de la muestra, Greta Vossberg, conoció su obra por casualidad.\n\n"
            "“La vi en un mercado y me quedé media hora mirándola”, recordó la estadounidense.")
    assert speakers(text, "es") == ["Greta Vossberg"]


def test_a_role_of_its_own_after_the_descriptions_comma() -> None:
    text = ("«Los encontramos a las seis», explicó el jefe del operativo, el sargento Ramiro "
            "Cuesta Albán.")
    assert speakers(text, "es") == ["Ramiro Cuesta Albán"]


@pytest.mark.parametrize(("language", "text", "name"), [
    ("it", "Il regista Tommaso Ferrante ha presentato il film.", "Tommaso Ferrante"),
    ("de", "Auch Steinhofs Trainer Marco Hiebl haderte.", "Marco Hiebl"),
    ("nl", "Akkerbouwer Jacob Meijer is voorzichtig optimistisch.", "Jacob Meijer"),
    ("nl", "De uitspraak kwam. Clubvoorzitter Johan Mulder reageerde.", "Johan Mulder"),
])
def test_persons_after_a_role_word(language: str, text: str, name: str) -> None:
    spans = ForeignLexicalTagger(language).tag_text(text)
    assert (name, "PERSON") in {(s.text, s.label) for s in spans}


# ------------------------------------------------------------------ quality floors

#: Floors (may only rise) of speakers' precision / recall over all five languages, as
#: bench/quotes_languages.py measured them at the end of the twenty-eighth session:
#: tuned 0.97 / 0.80, quotes_tuned 0.85 / 0.63, held_out 0.97 / 0.56, quotes_held_out
#: 0.77 / 0.56 (the last two held out when first measured: 0.94 / 0.54 and 0.69 / 0.42;
#: at the session's start 0.86 / 0.20 and 0.91 / 0.13), quotes_held_out_2 0.68 / 0.43
#: (held out: at the session's start 1.00 / 0.16).
#: Raised in the thirty-eighth session, when a given name first made a person
#: (given_names.py): tuned 0.97 / 0.85, quotes_tuned 0.91 / 0.73, held_out 0.95 / 0.59,
#: quotes_held_out 0.80 / 0.64, quotes_held_out_2 0.77 / 0.49, quotes_held_out_3 0.86 / 0.59.
FLOORS = {
    "quotes_held_out_2": (0.74, 0.47),
    "quotes_held_out_3": (0.83, 0.57),
    "tuned": (0.95, 0.83),
    "quotes_tuned": (0.89, 0.71),
    "held_out": (0.93, 0.57),
    "quotes_held_out": (0.78, 0.62),
}


def _bench() -> ModuleType:
    return load_bench("quotes_languages")


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_speaker_quality_floors(corpus: str) -> None:
    bench = _bench()
    articles, gold = bench.load(corpus)
    found = bench.copydesk_found(articles)
    language_of = {a.id: a.language or "" for a in articles}
    counts = bench.score(gold, found, language_of, bench._speaker_ok())["all"]
    precision = counts["right speakers"] / counts["given speakers"]
    recall = counts["right speakers"] / counts["gold speakers"]
    floor_p, floor_r = FLOORS[corpus]
    assert precision >= floor_p and recall >= floor_r, (corpus, precision, recall)
