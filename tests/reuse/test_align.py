"""The aligner: passages with offsets, robust to edits; property tests on random input."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.reuse.reuse_texts import INDEPENDENT_1, ORIGINAL, PARTIAL, SPUN

from copydesk.reuse.align import align
from copydesk.reuse.alignment import AlignOptions
from copydesk.reuse.text import sentence_spans, sentences
from copydesk.reuse.verbatim import exact_passages


def _align(a: str, b: str):  # type: ignore[no-untyped-def]
    return align(sentences(a), sentences(b), verbatim=exact_passages(a, b))


def test_identical_texts_align_whole():
    found = _align(ORIGINAL, ORIGINAL)
    assert len(found) == 1
    p = found[0]
    assert (p.a_start, p.b_start) == (0, 0)
    assert p.a_end == p.b_end >= len(ORIGINAL.rstrip()) - 2


def test_spun_text_aligns_through_synonyms():
    found = align(sentences(ORIGINAL), sentences(SPUN))
    covered = sum(p.b_end - p.b_start for p in found)
    assert covered > 0.8 * len(SPUN)


def test_partial_copy_gives_two_passages_at_the_right_offsets():
    found = _align(ORIGINAL, PARTIAL)
    assert len(found) == 2
    for p in found:
        assert ORIGINAL[p.a_start : p.a_end] == PARTIAL[p.b_start : p.b_end]
    assert PARTIAL[found[0].b_start :].startswith("The strike was called")


def test_independent_rewrite_has_no_long_passage():
    found = _align(ORIGINAL, INDEPENDENT_1)
    assert sum(p.a_end - p.a_start for p in found) < 400


def test_short_noise_is_filtered():
    one = "Delvane Shipping said the offer remained open for the union."
    assert _align(one, one) == []
    assert align(sentences(one), sentences(one), AlignOptions(min_passage_chars=10))


def test_sentence_spans_cover_text_without_overlap():
    spans = sentence_spans(ORIGINAL)
    assert all(s < e for s, e in spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in pairwise(spans))
    assert ORIGINAL[spans[0][0] : spans[0][1]].startswith("Dock workers")


_word = st.sampled_from(
    "harbour strike union talks ship cargo port company minister safety rules night "
    "offer pay rise week delay crane quay berth tanker freight customs dispute wage "
    "leader mediator council retailer backlog terminal vessel container shift gate "
    "statement government arbiter holiday furniture electronics season warning".split()
)
# Distinct sentences: a text that repeats one sentence over and over has no single
# alignment (every sentence matches every other) and is not what these properties test.
_sentence = st.lists(_word, min_size=6, max_size=14, unique=True).map(
    lambda ws: " ".join(ws).capitalize() + "."
)
_text = st.lists(_sentence, min_size=0, max_size=12, unique=True).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(_text, _text)
def test_passages_are_inside_both_texts_and_ordered(a, b):
    found = _align(a, b)
    for p in found:
        assert 0 <= p.a_start < p.a_end <= len(a)
        assert 0 <= p.b_start < p.b_end <= len(b)
        options = AlignOptions()
        # Under min_passage_chars only from the short fallback (nothing else found).
        assert p.a_end - p.a_start >= options.min_passage_chars or (
            p.a_end - p.a_start >= options.short_passage_chars
            and p.seeds >= options.short_seeds
            and p.similarity >= options.short_sim
        )
    assert found == sorted(found, key=lambda p: (p.a_start, p.b_start))
    assert _align(a, b) == found  # deterministic


@settings(max_examples=40, deadline=None)
@given(_text, st.text(max_size=300))
def test_any_text_is_safe(a, junk):
    for p in _align(a + junk, junk + a):
        assert p.a_end <= len(a + junk) and p.b_end <= len(junk + a)


@settings(max_examples=30, deadline=None)
@given(_text.filter(lambda t: len(t) > 400), _text)
def test_inserted_text_keeps_the_copy_found(a, filler):
    copy = filler + " " + a if filler else a
    found = _align(a, copy)
    covered = sum(p.a_end - p.a_start for p in found)
    assert covered >= 0.8 * len(a)


def test_nothing_found_retries_with_lower_seed_thresholds():
    strict = AlignOptions(seed_cosine=0.95, seed_dice=0.95, retry_seed=0.0)
    assert align(sentences(ORIGINAL), sentences(SPUN), strict) == []
    retried = AlignOptions(seed_cosine=0.95, seed_dice=0.95, retry_seed=0.33, retry_validation=0.34)
    found = align(sentences(ORIGINAL), sentences(SPUN), retried)
    assert found == align(sentences(ORIGINAL), sentences(SPUN))
    assert sum(p.b_end - p.b_start for p in found) > 0.8 * len(SPUN)
