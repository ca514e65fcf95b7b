"""French relative dates, read on French text only (a French-desk probe: "hier", "demain",
"lundi prochain", "jeudi" and "la semaine dernière" were all missed, and "fermera ses
portes le 30 septembre", published in March, was last September). The sentences are
fictional, written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from copydesk.extract.dates import find_dates

THURSDAY = date(2026, 3, 12)


def _values(text: str, language: str = "fr") -> dict[str, tuple[date | None, date | None]]:
    return {d.text: (d.value, d.end_value) for d in find_dates(text, "a", THURSDAY,
                                                                 language=language)}


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Hier, les dockers ont voté la grève.", "Hier", date(2026, 3, 11)),
    ("Avant-hier, la digue a cédé.", "Avant-hier", date(2026, 3, 10)),
    ("La préfète tiendra demain matin un point presse.", "demain matin", date(2026, 3, 13)),
    ("Le conseil se réunit aujourd'hui.", "aujourd'hui", THURSDAY),
    ("Le ministre se rendra à Brest lundi prochain.", "lundi prochain", date(2026, 3, 16)),
    ("La réunion de lundi dernier a tourné court.", "lundi dernier", date(2026, 3, 9)),
    ("Mardi, le train a déraillé près de Quimper.", "Mardi", date(2026, 3, 10)),
    ("Samedi, le maire inaugurera le pont.", "Samedi", date(2026, 3, 14)),
    ("La mine fermera ses portes le 30 septembre.", "30 septembre", date(2026, 9, 30)),
    ("La mine a fermé ses portes le 30 septembre.", "30 septembre", date(2025, 9, 30)),
    # the day it was said, whatever the rest of the sentence foresees (a multilingual probe)
    ("Le patron a annoncé mardi une usine qui doit employer 900 personnes.", "mardi",
     date(2026, 3, 10)),
    ("Le patron annoncera mardi une usine qui doit employer 900 personnes.", "mardi",
     date(2026, 3, 17)),
])
def test_french_relative_dates(text: str, expression: str, value: date) -> None:
    assert _values(text)[expression][0] == value


def test_french_periods_are_ranges() -> None:
    found = _values("La semaine dernière, le port était fermé. Le mois prochain, il rouvrira.")
    assert found["La semaine dernière"] == (date(2026, 3, 2), date(2026, 3, 8))
    assert found["Le mois prochain"] == (date(2026, 4, 1), date(2026, 4, 30))


def test_french_words_are_not_dates_elsewhere() -> None:
    # "l'Europe de demain" is no date, and German's "hier" is "here".
    assert "demain" not in _values("L'Europe de demain se construit à Strasbourg.")
    assert not _values("Die Lage hier ist ruhig, sagte Halvik.", language="de")
    assert not _values("Hier, the port was calm.", language="en")
    # "Sept" is seven (a briefing probe's timeline put the injured under Sep 2024); the
    # English abbreviation is a month with its day or year.
    assert not _values("Sept des blessés ont été transportés à l'hôpital St Orla.")
    assert _values("The quay reopened on Sept. 5, 2025.", language="en") == {
        "Sept. 5, 2025": (date(2025, 9, 5), None)}


@pytest.mark.parametrize(("text", "published", "expected"), [
    # A regression probe: an attribution's past, a passive present and "hier" in another
    # clause had turned coming days back; a past perfect in the date's own clause wins.
    ("Les indemnisations devraient être versées avant le 15 octobre, a promis la préfecture.",
     date(2026, 4, 10), {"15 octobre": date(2026, 10, 15)}),
    ("Le tunnel, qui avait été fermé le 20 septembre, rouvrira quand les eaux auront baissé.",
     date(2026, 4, 9), {"20 septembre": date(2025, 9, 20)}),
    ("La ministre est attendue jeudi à Vaudrelle.", date(2026, 4, 7),
     {"jeudi": date(2026, 4, 9)}),
    ("Une marche blanche est organisée samedi dans le centre-ville.", date(2026, 4, 7),
     {"samedi": date(2026, 4, 11)}),
    ("Vendredi, une minute de silence, décidée hier, sera observée dans les gares.",
     date(2026, 4, 8), {"Vendredi": date(2026, 4, 10), "hier": date(2026, 4, 7)}),
    ("Il est mort mardi à l'hôpital.", date(2026, 4, 9), {"mardi": date(2026, 4, 7)}),
    # Weekdays that are names or other days.
    ("Le quartier avait été touché le soir de mardi gras.", date(2026, 4, 9), {}),
    ("La ligne avait été coupée le lundi de Pâques.", date(2026, 4, 9), {}),
    ("Le journal Vendredi consacre sa une à la catastrophe.", date(2026, 4, 8), {}),
    ("Le marché a lieu le dernier jeudi du mois.", date(2026, 4, 8), {}),
])
def test_french_tense_and_names(text: str, published: date,
                                expected: dict[str, date]) -> None:
    found = {d.text: d.value for d in find_dates(text, "a", published, language="fr")}
    assert found == expected
