"""Two events in one city on one day: a drone strike on a power station and a council vote
on school shelters, each told by three reports naming their own people. The city, in
every headline, dateline and lead, outweighed everything else, and the six reports were
one story (a held-out probe's same-city trap)."""

from __future__ import annotations

import itertools
from datetime import datetime, timezone

import pytest

from copydesk.records import Article, content_id
from copydesk.stories import StoryClusterer, StoryOptions
from copydesk.stories.who import only_where_and_when

WEDNESDAY = datetime(2026, 3, 4, 10, 0, tzinfo=timezone.utc)

REPORTS: dict[str, tuple[str, str]] = {
    "strike_1": (
        "Drone strike damages power station in Velmora",
        "VELMORA — A drone struck a power substation on the southern edge of Velmora early "
        "on Wednesday, cutting electricity to about 12,000 homes, regional governor Anton "
        "Drevak said.\n\nDrevak said two workers were injured and taken to hospital. Repair "
        "crews expected to restore supply by the evening.",
    ),
    "strike_2": (
        "Drones hit energy site near Velmora, thousands without power",
        "Thousands of households in Velmora lost power on Wednesday after a drone attack on "
        "a substation, governor Anton Drevak wrote on his channel.\n\nTwo employees of the "
        "energy company were hurt in the attack, Drevak said.",
    ),
    "strike_3": (
        "Power cut in Velmora after overnight attack",
        "Energy Minister Irena Solbak said on Wednesday that a drone had hit a substation in "
        "Velmora, leaving part of the city without electricity.\n\n\"Our engineers are "
        "already on site,\" Solbak told a briefing, adding that supply should return soon.",
    ),
    "council_1": (
        "Velmora council approves budget for school shelters",
        "VELMORA — The Velmora city council on Wednesday approved spending of 85 million to "
        "build underground classrooms and shelters at eleven schools, council secretary "
        "Marta Keslin said.\n\nKeslin said construction would start in April. Several "
        "deputies asked for the list of schools to be published.",
    ),
    "council_2": (
        "City of Velmora to build shelters at eleven schools",
        "Deputies of the Velmora city council voted on Wednesday to fund underground "
        "shelters at eleven schools, setting aside 85 million, said council secretary Marta "
        "Keslin.\n\nWork will begin in April, Keslin told reporters after the session.",
    ),
    "council_3": (
        "Velmora to dig shelters under schools",
        "Spokeswoman Olga Trenova said on Wednesday the money approved by Velmora deputies "
        "would pay for shelters beneath eleven schools, so that lessons can go on during "
        "air raid alerts.",
    ),
}


def _articles() -> list[Article]:
    return [
        Article(id=content_id(key, title, body), source=key, text=body, title=title,
                site=f"{key}.example", published=WEDNESDAY, language="en")
        for key, (title, body) in REPORTS.items()
    ]


ORDERS = [p for i, p in enumerate(itertools.permutations(range(6))) if i % 97 == 0]


@pytest.mark.parametrize("order", ORDERS)
def test_same_city_same_day_two_events_two_stories(order: tuple[int, ...]) -> None:
    arts = _articles()
    assigned = StoryClusterer(StoryOptions()).add([arts[i] for i in order])
    story = {a.source: assigned[a.id] for a in arts}
    assert story["strike_1"] == story["strike_2"] == story["strike_3"]
    assert story["council_1"] == story["council_2"] == story["council_3"]
    assert story["strike_1"] != story["council_1"]


def test_without_the_factor_the_city_joins_them() -> None:
    """What the factor is for: with it off, the place alone makes one story."""
    assigned = StoryClusterer(StoryOptions(who_conflict=1.0)).add(_articles())
    assert len(set(assigned.values())) == 1


PLACE = frozenset({"e:velmora"})


def test_only_where_and_when_needs_names_on_both_sides() -> None:
    strike = {"e:velmora": 0.9, "e:drevak": 0.4, "d:2026-03-04": 0.17}
    council = {"e:velmora": 0.9, "e:keslin": 0.4, "d:2026-03-04": 0.17}
    brief = {"e:velmora": 0.95, "k:explosion": 0.2, "d:2026-03-04": 0.23}
    assert only_where_and_when(strike, council, 1.0, PLACE)
    assert not only_where_and_when(brief, council, 1.0, PLACE)  # names nobody
    assert not only_where_and_when(council, brief, 1.0, PLACE)


def test_a_shared_name_or_word_is_more_than_where_and_when() -> None:
    strike = {"e:velmora": 0.9, "e:drevak": 0.35, "k:substation": 0.2}
    minister = {"e:velmora": 0.9, "e:solbak": 0.35, "k:substation": 0.2}
    same_governor = {"e:velmora": 0.9, "e:drevak": 0.4}
    assert not only_where_and_when(strike, minister, 1.0, PLACE)
    assert not only_where_and_when(strike, same_governor, 1.0, PLACE)
    # a story's centroid is a sum: its length is taken out
    assert only_where_and_when(strike, {"e:velmora": 1.8, "e:keslin": 0.8}, 2.0, PLACE)
