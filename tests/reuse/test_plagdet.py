"""The PAN measures (Potthast et al. 2010) on cases small enough to count by hand."""

from __future__ import annotations

import math

import pytest

from copydesk.reuse.plagdet import plagdet

CASE = (100, 100, 1000, 100)  # suspicious [100, 200), source [1000, 1100)


def test_perfect_detection():
    s = plagdet([([CASE], [CASE])])
    assert (s.precision, s.recall, s.granularity, s.plagdet) == (1.0, 1.0, 1.0, 1.0)


def test_half_detected_case():
    # Detects [100, 150) and [1000, 1050): 100 of 200 case characters, all correct.
    s = plagdet([([CASE], [(100, 50, 1000, 50)])])
    assert s.recall == pytest.approx(0.5)
    assert s.precision == pytest.approx(1.0)
    assert s.plagdet == pytest.approx(2 * 0.5 / 1.5)


def test_overlong_detection_lowers_precision():
    # 200 characters detected on each side, 100 of them the case's.
    s = plagdet([([CASE], [(100, 200, 1000, 200)])])
    assert s.recall == pytest.approx(1.0)
    assert s.precision == pytest.approx(0.5)


def test_two_detections_of_one_case_raise_granularity():
    s = plagdet([([CASE], [(100, 50, 1000, 50), (150, 50, 1050, 50)])])
    assert s.recall == pytest.approx(1.0) and s.precision == pytest.approx(1.0)
    assert s.granularity == pytest.approx(2.0)
    assert s.plagdet == pytest.approx(1 / math.log2(3))


def test_detection_must_overlap_on_both_sides():
    # Right place in the suspicious text, wrong place in the source: detects nothing.
    s = plagdet([([CASE], [(100, 100, 5000, 100)])])
    assert s.recall == 0.0 and s.precision == 0.0 and s.plagdet == 0.0


def test_micro_average_over_pairs_weights_by_characters():
    small = (0, 10, 0, 10)
    # Pair 1: a 200-character case fully found; pair 2: a 20-character case missed.
    s = plagdet([([CASE], [CASE]), ([small], [])], averaging="micro")
    assert s.recall == pytest.approx(200 / 220)
    assert s.precision == pytest.approx(1.0)


def test_macro_average_weights_every_case_alike():
    # The same two pairs: one case of two found, whatever their lengths (PAN's default).
    small = (0, 10, 0, 10)
    s = plagdet([([CASE], [CASE]), ([small], [])])
    assert s.recall == pytest.approx(0.5)
    assert s.precision == pytest.approx(1.0)


def test_macro_precision_is_the_mean_over_detections():
    # One detection inside the case; one twice the case's length (half of it outside).
    # Micro: 200 case characters among the 400 detected; macro: (1 + 0.5) / 2.
    inside = (100, 50, 1000, 50)
    overlong = (100, 200, 1000, 200)
    macro = plagdet([([CASE], [inside, overlong])])
    micro = plagdet([([CASE], [inside, overlong])], averaging="micro")
    assert macro.precision == pytest.approx(0.75)
    assert micro.precision == pytest.approx(200 / 400)
    assert macro.recall == micro.recall == pytest.approx(1.0)


def test_a_detection_touching_no_case_counts_zero_in_the_macro_mean():
    stray = (5000, 100, 9000, 100)
    s = plagdet([([CASE], [CASE, stray])])
    assert s.precision == pytest.approx(0.5)
    assert s.recall == pytest.approx(1.0)


def test_no_cases_anywhere():
    assert plagdet([([], []), ([], [])]).plagdet == 1.0
    assert plagdet([([], [(0, 10, 0, 10)])]).plagdet == 0.0
