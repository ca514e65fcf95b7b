"""Which word changes count as spinner swaps (``classify.word_diff``)."""

from __future__ import annotations

from copydesk.reuse.align import Alignment
from copydesk.reuse.classify import MAX_SWAP_RUN, word_diff


def _whole(a: str, b: str) -> list[Alignment]:
    return [Alignment(0, len(a), 0, len(b), 1.0, 1)]


def test_single_words_and_short_phrases_swapped_between_kept_words_are_swaps():
    a = "The Foreign Minister said on Monday that the meeting would go ahead as planned."
    b = "The Overseas Secretary stated on Monday that the assembly would go ahead as planned."
    _eq, _ta, _tb, swapped, swaps = word_diff(_whole(a, b), a, b, "en")
    assert swaps == [("Foreign", "Overseas"), ("Minister", "Secretary"), ("said", "stated"),
                     ("meeting", "assembly")]
    assert swapped == 4


def test_a_clause_rewritten_word_for_word_is_not_a_list_of_swaps():
    a = "Talks resumed on Monday. Unions deserve better pay from Tovania, officials said."
    b = "Talks resumed on Monday. Residents welcomed quick news about matters, officials said."
    _eq, _ta, _tb, swapped, swaps = word_diff(_whole(a, b), a, b, "en")
    assert len("Unions deserve better pay from Tovania".split()) > MAX_SWAP_RUN
    assert swaps == [] and swapped == 0
