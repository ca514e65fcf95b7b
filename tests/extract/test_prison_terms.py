"""Prison terms: a duration a court gave counts the sentence, so reports compare it."""

from __future__ import annotations

import pytest

from copydesk.extract.quantities import find_quantities


def _terms(text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.counts) for q in find_quantities(text, "a", "en")
            if q.unit in ("year", "month", "week", "day")]


@pytest.mark.parametrize(("text", "value", "counts"), [
    # a fact-checker probe's six and eight years were durations that counted nothing
    ("A court sentenced former port commissioner Anselm Garrity to six years in prison.",
     6, "prison sentence"),
    ("Garrity was sentenced to eight years in prison on Wednesday.", 8, "prison sentence"),
    ("He was jailed for 12 years.", 12, "prison sentence"),
    ("He was given six years in prison.", 6, "prison sentence"),
    ("She received a five-year prison sentence.", 5, "prison sentence"),
    ("He was given a suspended sentence of 18 months.", 18, "suspended sentence"),
    # a regression probe's "spared jail"
    ("He was sentenced to two years in prison, suspended for 18 months, on Friday.", 2,
     "suspended sentence"),
])
def test_a_sentence_given(text: str, value: int, counts: str) -> None:
    assert _terms(text)[:1] == [(float(value), counts)]


@pytest.mark.parametrize("text", [
    "He faces up to 10 years in prison.",
    "Prosecutors sought eight years.",
    "Residents were given two weeks to leave.",
    "The trial lasted nine months.",
])
def test_no_sentence_given(text: str) -> None:
    assert all(counts is None for _, counts in _terms(text))
