"""Facts on the demo corpus against its ground truth: the known conflicts are flagged."""

from __future__ import annotations

from types import ModuleType

import pytest

from conftest import load_bench


def _bench() -> ModuleType:
    return load_bench("extract")


def test_ground_truth_conflicts_are_flagged_and_few_others():
    bench = _bench()
    if not (bench.DEMO.parent / "ground_truth.json").is_file():
        pytest.skip("the demo corpus is absent")
    # No reuse or extract step first (they need spaCy and take seconds): the facts step
    # computes quantities and dates itself, every article is its own source.
    check = bench.facts_on_demo(steps_first=())
    assert check.found == check.total, check.lines
    # Floor (may only fall): 2 flagged pairs, both the ground truth's (bench/extract.py).
    assert check.flagged <= check.total + 2, check.lines
