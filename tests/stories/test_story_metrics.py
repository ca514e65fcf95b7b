"""B-cubed and adjusted Rand on hand-worked cases and their invariants."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from copydesk.stories import adjusted_rand, bcubed
from copydesk.stories.summary import ArticleMeta, independent_sources


def test_bcubed_by_hand() -> None:
    gold = {"a": "x", "b": "x", "c": "y"}
    pred = {"a": "1", "b": "1", "c": "1"}
    p, r, f = bcubed(pred, gold)
    assert (round(p, 4), r) == (round((2 / 3 + 2 / 3 + 1 / 3) / 3, 4), 1.0)
    assert abs(f - 2 * p * r / (p + r)) < 1e-12


def test_adjusted_rand_by_hand() -> None:
    gold = {"a": "x", "b": "x", "c": "y", "d": "y"}
    assert adjusted_rand(gold, gold) == 1.0
    assert abs(adjusted_rand({"a": "1", "b": "2", "c": "1", "d": "2"}, gold) + 0.5) < 1e-9


labels = st.dictionaries(st.text(min_size=1, max_size=3), st.sampled_from("abcd"), min_size=1)


@given(labels, labels)
def test_scores_are_bounded_and_perfect_on_truth(
    gold: dict[str, str], pred: dict[str, str]
) -> None:
    assert bcubed(gold, gold)[2] == 1.0
    p, r, f = bcubed(pred, gold)
    assert 0.0 <= p <= 1.0 and 0.0 <= r <= 1.0 and 0.0 <= f <= 1.0
    assert adjusted_rand(pred, gold) <= 1.0 + 1e-9


def test_independent_sources_join_families_and_sites() -> None:
    metas = [ArticleMeta("a", "t", "wire.example", None), ArticleMeta("b", "t", "x.example", None),
             ArticleMeta("c", "t", "y.example", None), ArticleMeta("d", "t", "y.example", None),
             ArticleMeta("e", "t", None, None)]
    assert independent_sources(metas, {}) == 4  # y.example once
    assert independent_sources(metas, {"a": "f", "b": "f"}) == 3  # b copies the wire
