"""Facts on the demo corpus against its ground truth: the known conflicts are flagged."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "extract.py"


def _bench():
    if "copydesk_bench_extract" in sys.modules:
        return sys.modules["copydesk_bench_extract"]
    spec = importlib.util.spec_from_file_location("copydesk_bench_extract", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


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
