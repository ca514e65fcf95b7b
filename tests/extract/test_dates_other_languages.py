"""Weekdays and yesterday, today, tomorrow in German, Spanish, Italian, Portuguese and
Dutch, on each language's own text. The sentences are fictional, written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from copydesk.extract.dates import find_dates

THURSDAY = date(2026, 4, 23)


def _values(text: str, language: str) -> dict[str, date | None]:
    return {d.text: d.value for d in find_dates(text, "a", THURSDAY, language=language)}


@pytest.mark.parametrize(("language", "text", "expression", "value"), [
    ("de", "Der Zug ist am Montag entgleist.", "Montag", date(2026, 4, 20)),
    ("de", "Gestern sprach die Ministerin.", "Gestern", date(2026, 4, 22)),
    ("de", "Die Sitzung wird am Dienstag stattfinden.", "Dienstag", date(2026, 4, 28)),
    ("de", "Am nächsten Freitag kommt sie wieder.", "Freitag", date(2026, 4, 24)),
    ("de", "Das Festival beginnt am Freitag.", "Freitag", date(2026, 4, 24)),  # the nearer
    ("de", "Morgen beginnt die Räumung.", "Morgen", date(2026, 4, 24)),
    ("es", "El tren descarriló el lunes.", "lunes", date(2026, 4, 20)),
    ("es", "El Ayuntamiento decretó luto y la capilla se instalará este domingo.", "domingo",
     date(2026, 4, 26)),  # the tense nearest the day decides
    ("es", "El martes pasado fue peor.", "martes", date(2026, 4, 21)),
    # an attribution tells when it was said (the demo's coming Friday had gone back)
    ("es", "«Lo que el viernes tiene que dar», dijo Halvik.", "viernes", date(2026, 4, 24)),
    ("es", "Mañana comienza el desalojo.", "Mañana", date(2026, 4, 24)),
    ("it", "La riunione si terrà martedì prossimo.", "martedì", date(2026, 4, 28)),
    ("it", "Ieri ha parlato il ministro.", "Ieri", date(2026, 4, 22)),
    ("pt", "O comboio descarrilou na segunda-feira.", "segunda-feira", date(2026, 4, 20)),
    ("pt", "Amanhã começa a obra.", "Amanhã", date(2026, 4, 24)),
    ("nl", "De vergadering zal dinsdag plaatsvinden.", "dinsdag", date(2026, 4, 28)),
    ("nl", "Gisteren sprak de minister.", "Gisteren", date(2026, 4, 22)),
])
def test_relative_days_in_other_languages(
    language: str, text: str, expression: str, value: date
) -> None:
    assert _values(text, language)[expression] == value


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Heute Morgen tagte der Rat, am Morgen war es kalt."),  # the morning
    ("es", "Esta mañana y por la mañana llovió."),
    ("it", "Alle otto di un martedì mattina l'attesa è lunga."),  # any Tuesday
    ("es", "Abre la primera domingo del mes y cada lunes."),
    ("fr", "Der Zug ist am Montag entgleist, gestern."),  # German words in a French text
])
def test_no_day_where_there_is_none(language: str, text: str) -> None:
    found = _values(text, language)
    assert not {k for k in found if k.lower() in (
        "morgen", "mañana", "martedì", "domingo", "lunes", "montag", "gestern")}


@pytest.mark.parametrize(("language", "sentence", "value"), [
    ("es", "La ciudad ha cerrado dos cruces y el servicio de transbordadores queda "
           "suspendido hasta el jueves.", date(2026, 3, 19)),
    ("de", "Die Brücke bleibt bis Donnerstag gesperrt.", date(2026, 3, 19)),
    ("it", "Il ponte resta chiuso fino a giovedì.", date(2026, 3, 19)),
    ("de", "Die Brücke war bis Donnerstag gesperrt.", date(2026, 3, 12)),
    ("it", "Il ponte è stato chiuso fino a giovedì.", date(2026, 3, 12)),
])
def test_a_state_in_force_until_a_weekday(language: str, sentence: str, value: date) -> None:
    # published on Saturday 14 March 2026: the Thursday to come, unless in the past
    found = find_dates(sentence, "a", date(2026, 3, 14), language=language)
    assert [d.value for d in found] == [value]
