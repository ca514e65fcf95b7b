"""Which word changes count as spinner swaps (``word_diff.word_diff``)."""

from __future__ import annotations

from copydesk.records import Article, content_id
from copydesk.reuse import ReuseIndex, find_reuse
from copydesk.reuse.alignment import Alignment
from copydesk.reuse.word_diff import MAX_SWAP_RUN, respelling, word_diff


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


def test_a_house_style_respelling_is_no_substitution():
    """Found by a reuse probe: a wire story edited to US spelling was "spun" with swaps
    such as harbours → harbors; the demo listed a respelt name, Brennaert → Brenaert."""
    text = ("Dockworkers in the northern harbours walked out on Monday after talks over the "
            "new labour contract broke down, the union's organiser told reporters in the "
            "town centre. The port authority said the strike would delay the arrival of "
            "grain and defence equipment, and that the programme of repairs to the quay had "
            "been put on hold. Shipping firms said they had begun to divert vessels to other "
            "harbours along the coast, and the regional council said it would meet the union "
            "and the employers on Tuesday to organise new talks before the end of the week.")
    us = (text.replace("harbours", "harbors").replace("labour", "labor")
          .replace("organiser", "organizer").replace("centre", "center")
          .replace("defence", "defense").replace("programme", "program")
          .replace("organise", "organize"))
    pair = [Article(id=content_id(t), source=s, text=t, language="en")
            for t, s in ((text, "wire"), (us, "us-site"))]
    (r,) = find_reuse(pair, ReuseIndex())
    assert r.type in ("duplicate", "partial") and r.substitutions == ()


def test_a_similar_other_word_is_still_a_substitution():
    """A regression probe of the respelling rule: a similarity threshold hid
    confirmed → unconfirmed, million → billion and Johnson → Johnston."""
    assert not any(respelling(x, y) for x, y in (
        ("confirmed", "unconfirmed"), ("million", "billion"), ("Johnson", "Johnston"),
        ("strike", "stroke")))
    assert all(respelling(x, y) for x, y in (
        ("harbours", "harbors"), ("centre", "center"), ("death", "deaths"),
        ("Brennaert", "Brenaert"), ("travelled", "traveled")))
