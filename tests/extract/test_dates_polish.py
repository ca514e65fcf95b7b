"""Polish weekdays, yesterday, today and tomorrow, and months without a day, resolved
against the publication date; a weekday's tense read from the verbs by SGJP."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from copydesk.extract.dates import find_dates
from copydesk.stories.foreign_dates import foreign_days

PUBLISHED = datetime(2025, 3, 14, 9, 0, tzinfo=timezone.utc)  # a Friday


def found(text: str) -> dict[str, tuple[date | None, date | None]]:
    return {d.text: (d.value, d.end_value)
            for d in find_dates(text, "a", PUBLISHED, language="pl")}


@pytest.mark.parametrize(("sentence", "written", "day"), [
    ("W poniedziałek premier spotka się z kanclerzem.", "poniedziałek", date(2025, 3, 17)),
    ("W czwartek minister podpisał umowę.", "czwartek", date(2025, 3, 13)),
    ("Do piątku obowiązuje zakaz, a w ubiegłą środę wprowadzono go.", "środę",
     date(2025, 3, 12)),
    ("Negocjacje będą kontynuowane w przyszły wtorek.", "wtorek", date(2025, 3, 18)),
    ("Wczoraj rozmawiał z prezydentem.", "Wczoraj", date(2025, 3, 13)),
    ("Decyzja zapadnie pojutrze.", "pojutrze", date(2025, 3, 16)),
])
def test_a_polish_day(sentence: str, written: str, day: date) -> None:
    assert found(sentence)[written] == (day, None)


def test_a_polish_month_and_its_part() -> None:
    dates = found("Ceny wzrosły w lutym. Szczyt odbędzie się pod koniec maja.")
    assert dates["lutym"] == (date(2025, 2, 1), date(2025, 2, 28))
    assert dates["maja"] == (date(2025, 5, 21), date(2025, 5, 31))


def test_any_weekday_is_no_day() -> None:
    assert "piątek" not in found("W każdy piątek na rynku jest targ.")


def test_polish_days_are_story_anchors() -> None:
    days = dict((w, d) for d, w in foreign_days("Wczoraj w czwartek doszło do wybuchu.",
                                                PUBLISHED.date(), "pl"))
    assert days["Wczoraj"] == date(2025, 3, 13) and days["czwartek"] == date(2025, 3, 13)
