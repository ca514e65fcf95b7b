"""One event reported in English and in Russian or Ukrainian (``crossscript_corpus``):
what the live profile joins across scripts, what it must keep apart, and why a report
of another script is not scored on its names, numbers and dates alone (docs/stories.md,
"Reports in two scripts (thirty-fifth session)")."""

from __future__ import annotations

import math

import pytest

from copydesk.stories import StoryClusterer, extract_anchors
from copydesk.stories.features import FeatureWeights, vectorise
from copydesk.stories.metrics import bcubed
from copydesk.stories.names import AliasTable
from copydesk.stories.who import only_where_and_when

from .crossscript_corpus import GOLD, articles, cross_script_pairs, orders, pairs

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
    assert min(met_counts) >= 16
    assert min(f1s) >= 0.9


def _without_keywords(article_id: str, table: AliasTable) -> dict[str, float]:
    article = next(a for a in articles() if a.id == article_id)
    anchors = extract_anchors(article.text, article.title, article.published.date(),
                              article.language, article.site)
    vec = {k: v for k, v in vectorise(anchors, table, FeatureWeights()).items()
           if not k.startswith("k:")}
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {k: v / norm for k, v in vec.items()}


def _cosine(a: str, b: str) -> float:
    table = AliasTable()
    x, y = _without_keywords(a, table), _without_keywords(b, table)
    return sum(v * y.get(k, 0.0) for k, v in x.items())


def test_names_numbers_and_dates_alone_do_not_tell_a_shared_official_apart() -> None:
    # Why a report of another script is not scored on its anchors alone: the Ukrainian
    # tram report names the mayor, who opened the metro station that day, and on names,
    # numbers and dates it is nearer the English metro report than the English and
    # Ukrainian reports of one ferry collision are to each other (0.856 against 0.59;
    # 0.853 since "Одеського" keys as Odesa, thirty-fifth session's anchors).
    wrong = _cosine("uaday-tram", "kestrel-metro")
    true = _cosine("uaday-ferry", "kestrel-ferry")
    assert wrong > 0.8
    assert wrong > true
