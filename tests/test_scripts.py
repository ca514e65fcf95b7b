"""Character pairs for searching Chinese and Japanese (copydesk.scripts)."""

from __future__ import annotations

from copydesk.scripts import unspaced_grams, unspaced_phrase


def test_runs_become_their_pairs_and_last_character() -> None:
    assert unspaced_grams("修理のため。市", None) == "修理 理の のた ため め 市"  # type: ignore[arg-type]
    assert unspaced_grams("No such script here, 2025.") == ""
    # The katakana middle dot ends a run: it is punctuation, no letter.
    assert unspaced_grams("ニュース・速報") == "ニュ ュー ース ス 速報 報"


def test_a_term_is_a_phrase_of_its_pairs_only_when_it_is_all_of_those_scripts() -> None:
    assert unspaced_phrase("修理のため") == '"修理 理の のた ため"'
    assert unspaced_phrase("橋") == '"橋"*'
    assert unspaced_phrase("iPhone修理") is None
    assert unspaced_phrase("2025年") is None
    assert unspaced_phrase("ニュース・速報") is None
    assert unspaced_phrase("") is None
