"""Folding words for comparison: letters with no decomposition keep a plain letter."""

from __future__ import annotations

from copydesk.reuse.fingerprints import fold_text
from copydesk.reuse.text import fold


def test_letters_without_a_decomposition_fold_to_plain_latin() -> None:
    """A real-names probe: "Arıkan" kept its dotless ı, unlike "Zürich" its umlaut, so
    a copy that wrote "Arikan" differed from its source in that word."""
    assert [fold(w) for w in ("Arıkan", "Łódź", "Søren", "Đoković", "Zürich")] == [
        "arikan", "lodz", "soren", "dokovic", "zurich"]
    assert fold_text("Selim Arıkan in Łódź") == "selim arikan in lodz"
