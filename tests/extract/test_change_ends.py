"""The first end of a change, "rose from 3.2 to 3.5 million euros": its scale, unit and
noun come from the second end, and it is marked as what the figure was. Every sentence is
invented for these tests."""

from __future__ import annotations

import pytest

from copydesk.extract.quantities import find_quantities
from copydesk.extract.quantities.change_ends import FORMER


def _read(text: str, language: str) -> list[tuple[float | tuple[float, float], str | None,
                                                  str | None, str | None]]:
    return [(q.value, q.unit, q.counts, q.qualifier) for q in find_quantities(text, "a", language)]


@pytest.mark.parametrize(("language", "text", "first", "second"), [
    ("en", "Repairs at the Fennick lock rose from 3.2 to 3.5 million euros.",
     (3.2e6, "EUR", None, FORMER), (3.5e6, "EUR", None, None)),
    ("de", "Die Reparatur der Schleuse stieg von 3,2 auf 3,5 Millionen Euro.",
     (3.2e6, "EUR", None, FORMER), (3.5e6, "EUR", None, None)),
    ("fr", "Le coût de l'écluse est passé de 3,2 à 3,5 millions d'euros.",
     (3.2e6, "EUR", None, FORMER), (3.5e6, "EUR", None, None)),
    ("es", "El coste de la esclusa subió de 3,2 a 3,5 millones de euros.",
     (3.2e6, "EUR", None, FORMER), (3.5e6, "EUR", None, None)),
    ("ru", "Расходы на шлюз выросли с 3,2 до 3,5 млн рублей.",
     (3.2e6, "RUB", None, FORMER), (3.5e6, "RUB", None, None)),
    ("uk", "Зарплата доглядачів шлюзу зросла з 15 до 20 тисяч гривень.",
     (15e3, "UAH", None, FORMER), (20e3, "UAH", None, None)),
    # a toll: the noun, and no scale where the second end writes none
    ("en", "The toll of the ferry fire rose from 12 to 15 dead by Tuesday.",
     (12.0, None, "dead", FORMER), (15.0, None, "dead", None)),
    # written numbers take the scale too
    ("en", "The canal's traffic grew from two to three million tonnes.",
     (2e6, "tonne", None, FORMER), (3e6, "tonne", None, None)),
])
def test_the_first_end_takes_the_second_ends_scale_unit_and_noun(
        language: str, text: str, first: tuple, second: tuple) -> None:
    assert _read(text, language) == [first, second]


@pytest.mark.parametrize(("text", "expected"), [
    # an end with its own scale or unit keeps it; only the mark is added
    ("Fees rose from 3.2 billion to 3.5 billion dollars.",
     [(3.2e9, "USD", None, FORMER), (3.5e9, "USD", None, None)]),
    ("Fees rose from $900,000 to $1.2 million.",
     [(9e5, "USD", None, FORMER), (1.2e6, "USD", None, None)]),
    # a short scale counts glued to its digits only: "8 m" is no millions
    ("Revenue grew from 2 to 3.5bn dollars.",
     [(2e9, "USD", None, FORMER), (3.5e9, "USD", None, None)]),
    # no "from" before: a range, whose low end takes a scale word only ("5 to 5,000"
    # had been the range 5,000 to 5,000)
    ("Cases went 5 to 5,000 in a month; 10 to 20 million tonnes pass each year.",
     [((5.0, 5000.0), None, None, None), ((10e6, 20e6), "tonne", None, None)]),
    # a range stays one quantity
    ("Between 200 and 300 people marched from the lock to the town hall.",
     [((200.0, 300.0), None, "people", None)]),
])
def test_what_the_pass_leaves_alone(text: str, expected: list) -> None:
    assert _read(text, "en") == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # German "von … bis" is a range, as Russian "от … до" is
    ("de", "Die Reparatur kostet von 3,2 bis 3,5 Millionen Euro.",
     [((3.2e6, 3.5e6), "EUR", None, None)]),
    # opening hours are no quantity (the 10 had been one)
    ("de", "Die Schleuse ist von 10 bis 18 Uhr geöffnet.", []),
    # a range of years is no count (it had been the range 2015 to 2019, in Russian a
    # count of "года")
    ("en", "Ilse Marr ran the lock from 2015 to 2019 as its keeper.", []),
    ("ru", "Ильза Марр управляла шлюзом от 2015 до 2019 года.", []),
])
def test_ranges_of_german_and_of_years(language: str, text: str, expected: list) -> None:
    assert _read(text, language) == expected
