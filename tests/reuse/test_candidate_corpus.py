"""The candidate benchmark's corpus holds every kind of copy the reuse issue names, and
each kind is what its name says: the figures bench/candidates.py prints rest on it."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from conftest import load_bench
from copydesk.reuse.text import fold, words

NUMBER = re.compile(r"\d[\d.,]*\d|\d")


@pytest.fixture(scope="module")
def data():  # type: ignore[no-untyped-def]
    return load_bench("candidates").corpus(2500)


def _identical_share(a: str, b: str) -> float:
    wa, wb = [fold(w[2]) for w in words(a)], [fold(w[2]) for w in words(b)]
    same = sum((Counter(wa) & Counter(wb)).values())
    return same / max(len(wa), len(wb))


def test_every_kind_of_copy_is_present(data):  # type: ignore[no-untyped-def]
    kinds = Counter(kind for *_, kind in data.known)
    bench = load_bench("candidates")
    assert set(kinds) == set(bench.KINDS)
    assert all(kinds[k] >= 5 for k in bench.KINDS), kinds
    assert all(copy > original for copy, original, _k in data.known)  # sources come first


def test_own_spins_change_more_words_at_higher_rates(data):  # type: ignore[no-untyped-def]
    kept: dict[str, list[float]] = {}
    for copy, original, kind in data.known:
        if kind.startswith("spun "):
            share = _identical_share(data.texts[copy], data.texts[original])
            kept.setdefault(kind, []).append(share)
    means = [sum(v) / len(v) for _k, v in sorted(kept.items())]  # "spun 10%" … "spun 40%"
    assert len(means) == 4
    assert means == sorted(means, reverse=True)
    assert means[0] < 1.0 and means[-1] > 0.5  # changed, and still a spin of its source


def test_paraphrases_keep_numbers_and_paragraphs_and_change_the_rest(data):  # type: ignore[no-untyped-def]
    pairs = [(c, o) for c, o, kind in data.known if kind == "paraphrase"]
    for copy, original in pairs:
        a, b = data.texts[original], data.texts[copy]
        assert sorted(NUMBER.findall(a)) == sorted(NUMBER.findall(b))
        assert a.count("\n\n") == b.count("\n\n")  # paragraph by paragraph, in order
        assert _identical_share(a, b) < 0.9
    changed = [_identical_share(data.texts[o], data.texts[c]) for c, o in pairs]
    assert sum(changed) / len(changed) < 0.85


def test_clause_swap_moves_the_first_clause_to_the_end():
    bench = load_bench("candidates")

    class Always:  # a random source that always swaps
        def random(self) -> float:
            return 0.9

    assert bench._swap_clauses("On Monday, the union walked out.", Always()) == (
        "The union walked out, on Monday."
    )
    assert bench._swap_clauses("Talks, said Vera, had failed.", Always()) == (
        "Said Vera, had failed, Talks."
    )
    quoted = "“We will not accept this,” Velric said."
    assert bench._swap_clauses(quoted, Always()) == quoted
