"""Word frequencies never need a segmenter that is not installed."""

from __future__ import annotations

import importlib.util

import pytest

from copydesk.wordfreqs import zipf


def test_common_words_outrank_rare_ones_in_english() -> None:
    assert zipf("the", "en") > zipf("minister", "en") > zipf("zelenskyy", "en")


def test_unknown_language_falls_back_to_english() -> None:
    assert zipf("the", "xx") == zipf("the", "en")
    assert zipf("the", None) == zipf("the", "en")


@pytest.mark.parametrize("lang", ["zh", "ja", "ko"])
def test_cjk_look_ups_work_without_a_segmenter(lang: str) -> None:
    # An English text misdetected as Chinese or Japanese must not crash the run.
    for package in ("jieba", "MeCab"):
        if importlib.util.find_spec(package) is not None:
            pytest.skip(f"{package} is installed; this test is about its absence")
    assert zipf("geneva", lang) >= 0.0
    assert zipf("", lang) == 0.0
