"""A Polish report's names as story anchors: in the nominative, so that its cases meet
each other and an English report's names, and its places after "w"."""

from __future__ import annotations

from datetime import date

from copydesk.stories import extract_anchors

DAY = date(2025, 3, 14)


def test_a_polish_name_in_any_case_is_one_key_and_meets_the_english_one() -> None:
    polish = extract_anchors("Premier Donald Tusk spotkał się w Krakowie z Joe Bidenem. "
                             "Według Tuska rozmowy w Krakowie były owocne.", None, DAY, "pl")
    english = extract_anchors("Prime Minister Donald Tusk met Joe Biden in Krakow on "
                              "Friday.", None, DAY, "en")
    assert polish.names["tusk"] == 2 and polish.names["biden"] == 1
    assert {"tusk", "biden", "krakow"} <= set(polish.names) & set(english.names)
    assert polish.places["krakow"] == 2  # "w Krakowie": the event's place


def test_a_common_word_with_accents_opening_a_sentence_is_no_name() -> None:
    anchors = extract_anchors("Według policji pożar wybuchł w nocy w Gdańsku.", None, DAY,
                              "pl")
    assert "wedlug" not in anchors.names and "gdansk" in anchors.places


def test_a_big_city_in_any_language_is_the_english_key() -> None:
    for language, text in (("it", "Il vertice si è svolto a Milano."),
                           ("de", "Der Gipfel fand in Mailand statt."),
                           ("pl", "Szczyt odbył się w Mediolanie.")):
        assert "milan" in extract_anchors(text, None, DAY, language).names, language
