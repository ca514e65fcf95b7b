"""One event reported in English and in Russian or Ukrainian (``crossscript_corpus``):
what the live profile joins across scripts and what it must keep apart (docs/stories.md,
"Reports in two scripts (thirty-fifth session)")."""

from __future__ import annotations

import pytest

from copydesk.stories import StoryClusterer
from copydesk.stories.metrics import bcubed
from copydesk.stories.who import only_where_and_when

from .crossscript_corpus import GOLD, cross_script_pairs, orders, pairs

ORDERS = orders(4)


@pytest.mark.parametrize("order", range(len(ORDERS)))
def test_no_two_events_share_a_story(order: int) -> None:
    # The English wire reports of the Kharkiv tram crash and metro opening (one day, one
    # agency) had shared "Kestrel", "Wire" and "Ukraine" from their datelines, which
    # the same-place check took for people both named: one story in every order.
    assigned = StoryClusterer().add(ORDERS[order])
    _, wrong = pairs(assigned, GOLD)
    assert not wrong


def test_a_name_of_many_stories_is_nobodys() -> None:
    tram = {"e:kharkiv": 0.8, "e:kestrel": 0.2, "e:wire": 0.15, "e:ukraine": 0.15,
            "e:bilyk": 0.35, "k:tram": 0.2}
    metro = {"e:kharkiv": 0.8, "e:kestrel": 0.2, "e:wire": 0.15, "e:ukraine": 0.15,
             "e:symonenko": 0.35, "k:station": 0.2}
    places = frozenset({"e:kharkiv"})
    assert not only_where_and_when(tram, metro, 1.0, places)
    assert only_where_and_when(tram, metro, 1.0, places,
                               frozenset({"e:kestrel", "e:wire", "e:ukraine"}))


def test_cross_script_pairs_measured() -> None:
    """The figures docs/stories.md gives (a floor: more pairs meeting is progress)."""
    total = cross_script_pairs()
    met_counts, f1s = [], []
    for arts in ORDERS:
        assigned = StoryClusterer().add(arts)
        met, _ = pairs(assigned, GOLD)
        met_counts.append(len(met))
        f1s.append(bcubed(assigned, GOLD)[2])
    assert total == 22
    assert min(met_counts) >= 13
    assert min(f1s) >= 0.86
