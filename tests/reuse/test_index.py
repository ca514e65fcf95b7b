"""Fingerprints and the candidate index: add, merge, caps, serialisation."""

from __future__ import annotations

import numpy as np
import pytest
from tests.reuse.reuse_texts import GERMAN, INDEPENDENT_2, ORIGINAL, SPUN, corpus

from copydesk.reuse.fingerprints import (
    Fingerprints,
    fingerprint,
    fingerprint_batch,
    name_key,
    number_key,
    skeleton_items,
    skeleton_pairs,
)
from copydesk.reuse.index import ReuseIndex


def _prints():  # type: ignore[no-untyped-def]
    return [(a.id, fingerprint(a.text, a.language)) for a in corpus().values()]


def test_spun_copy_keeps_stopword_ngrams_but_loses_shingles():
    o, s = fingerprint(ORIGINAL, "en"), fingerprint(SPUN, "en")
    shared_stop = len(np.intersect1d(o.stopword, s.stopword))
    shared_shingle = len(np.intersect1d(o.shingle, s.shingle))
    assert shared_stop > 3 * shared_shingle
    assert shared_stop >= 10


def test_translation_shares_the_name_number_skeleton():
    shared = np.intersect1d(skeleton_pairs(ORIGINAL, "en"), skeleton_pairs(GERMAN, "de"))
    assert len(shared) >= 3
    assert name_key("Lavrov") == name_key("Lawrow")
    assert number_key("4,200") == number_key("4.200") == "4200"


def test_a_name_transliterated_several_ways_keeps_one_key():
    """A multilingual probe: a Ukrainian wire's German, Ukrainian and Russian translations
    were never linked to it, their names keyed apart (ц as ts or z, ч as ch or tsch, з as z
    or s, Г as H or G)."""
    for spellings in (("Hrytsenko", "Hryzenko", "Gritsenko", "Гриценко"),
                      ("Pryrichansk", "Pryritschansk", "Прирічанськ"),
                      ("Bilozerka", "Bilosjorka", "Білозерка"), ("Hamburg", "Гамбург")):
        assert len({name_key(s) for s in spellings}) == 1, spellings
    assert name_key("Lavrov") != name_key("Larkin")


def test_french_thousands_grouped_by_a_space_are_one_number():
    """"3 200" (a space, no-break or narrow no-break) is the English "3,200": each French
    figure of 1,000 or more had been two items, #3 and #200, in the skeleton."""
    french = "Environ 3 200 personnes et 1\u202f400 voitures, le 12 mars 2025."
    assert [k for _, _, k in skeleton_items(french, "fr")] == ["#3200", "#1400", "#12", "#2025"]
    english = "About 3,200 people and 1,400 cars on 12 March 2025 100 metres away."
    assert [k for _, _, k in skeleton_items(english, "en")] == [
        "#3200", "#1400", "#12", "#2025", "#100"]


def test_candidates_find_copies_and_skip_unrelated():
    index = ReuseIndex()
    index.add(_prints())
    arts = corpus()
    pairs = {(c.a, c.b) for c in index.candidates()}
    for role in ("duplicate", "partial", "spun", "german", "reordered"):
        assert tuple(sorted((arts["original"].id, arts[role].id))) in pairs
    assert len(index) == len(arts)


def test_merge_equals_one_index():
    prints = _prints()
    whole = ReuseIndex()
    whole.add(prints)
    left, right = ReuseIndex(), ReuseIndex()
    left.add(prints[:4])
    right.add(prints[3:])  # one article in both
    left.merge(right)
    assert len(left) == len(whole)
    assert left.candidates() == whole.candidates()
    # Keys of another basis (other code or options) would match nothing: refused, where
    # a Spark run had merged its parts into an index of no basis (a code review).
    other = ReuseIndex("another basis")
    other.add(prints[:2])
    with pytest.raises(ValueError, match="another basis"):
        left.merge(other)


def test_frequent_keys_pair_through_hubs_and_stock_phrases_pair_nobody(monkeypatch):  # type: ignore[no-untyped-def]
    index = ReuseIndex()
    index.add(_prints())
    full = {(c.a, c.b) for c in index.candidates()}
    hubbed = {(c.a, c.b) for c in index.candidates(max_postings=1)}
    assert hubbed and hubbed <= full  # every key past 1 article pairs with its hubs only
    assert index.select(max_postings=1)[2].sum() < index.select()[2].sum()
    monkeypatch.setattr("copydesk.reuse.index.MAX_LINKED_POSTINGS", 1)
    assert index.candidates() == []


def test_bytes_round_trip():
    index = ReuseIndex()
    index.add(_prints())
    again = ReuseIndex.from_bytes(index.to_bytes())
    assert again.ids == index.ids
    assert again.candidates() == index.candidates()


def test_add_skips_known_articles():
    index = ReuseIndex()
    prints = _prints()
    assert index.add(prints) == len(prints)
    assert index.add(prints) == 0
    assert fingerprint(INDEPENDENT_2, None).shingle.dtype == np.uint64


def test_a_batch_gives_each_article_its_own_fingerprints():
    """Keys are computed over a batch's concatenated tokens: no n-gram may cross from
    one article into the next, whatever the batch holds (empty, German, accents)."""
    docs = [(ORIGINAL, "en"), ("", "en"), (GERMAN, "de"), ("Zürich, São Paulo.", None),
            (SPUN, "en"), (INDEPENDENT_2, None)]
    batch = fingerprint_batch(docs)
    for (text, lang), prints in zip(docs, batch, strict=True):
        alone = fingerprint(text, lang)
        for kind in ("shingle", "stopword", "skeleton"):
            assert np.array_equal(prints.of(kind), alone.of(kind)), kind
    assert all(len(p) == 0 for p in (batch[1].shingle, batch[1].stopword, batch[1].skeleton))
    joined = fingerprint(ORIGINAL + " " + SPUN, "en").shingle
    assert not set(joined) <= set(batch[0].shingle) | set(batch[4].shingle)  # seam keys exist


def test_accents_fold_and_numbers_glued_to_letters_are_not_skeleton_numbers():
    assert np.array_equal(fingerprint("Zurich talks went on for 5,000 hours", "en").shingle,
                          fingerprint("Zürich talks went on for 5,000 hours", "en").shingle)
    text = "Lavrov met 3D printers, 5G and 1,000 people in 2022."
    keys = [k for _, _, k in skeleton_items(text, "en")]
    assert keys == [name_key("Lavrov"), "#1000", "#2022"]


def test_keys_are_the_same_when_the_vocabulary_is_emptied_between_batches(monkeypatch):
    """Token numbers are only meaningful within one filling of the vocabulary: emptying
    it (past its bound) must not change any key."""
    from copydesk.reuse import fingerprints

    docs = [(ORIGINAL, "en"), (GERMAN, "de"), (SPUN, "en"), (INDEPENDENT_2, None)]
    warm = fingerprint_batch(docs)
    monkeypatch.setattr(fingerprints, "_MAX_CACHED", 3)
    for (text, lang), want in zip(docs, warm, strict=True):
        got = fingerprint(text, lang)
        assert len(fingerprints._VOCABULARY) == len(set(fingerprints._TOKEN.findall(text)))
        for kind in ("shingle", "stopword", "skeleton"):
            assert np.array_equal(got.of(kind), want.of(kind)), kind


def test_tokens_cut_at_any_white_space_are_the_regex_tokens_of_the_whole_text():
    """Texts are cut at white space (pyarrow) and each chunk tokenised once: the tokens
    must be those of the regular expression run over the whole text, whatever the white
    space (no-break, thin, ideographic, line separator, tab) and at number separators."""
    from copydesk.reuse import fingerprints
    from copydesk.reuse.text import fold

    texts = [
        "Talks\u00a0in Geneva\u2009lasted 3.\u00a05 hours,\u3000with 1, 000 or 1,000 aides",
        "O'Brien\tmet\u2028Lawrow\x1con 21.1.2022: 'yes' \u2019n\u2019 no \u2013 5G, 3D.",
        "  ", "", "Zürich café ÉCOLE 北京时间 表示 2022年", "x" * 30 + " end",
    ]
    got = fingerprints.token_lists(texts)
    want = [[fold(t) for t in fingerprints._TOKEN.findall(text)] for text in texts]
    assert got == want
    assert want[0][:3] == ["talks", "in", "geneva"] and "1,000" in want[0]
    assert [fingerprints.tokens(text) for text in texts] == want


def test_a_text_pyarrow_cannot_hold_is_fingerprinted_all_the_same():
    """A lone surrogate (bad decoding upstream) is no UTF-8, so pyarrow refuses the
    batch: it is tokenised in Python instead, the surrogate a separator like any
    non-word character, and the batch's other texts keep their own keys."""
    bad = ORIGINAL[:200] + "\udc80" + ORIGINAL[200:]
    docs = [(ORIGINAL, "en"), (bad, "en"), (GERMAN, "de")]
    batch = fingerprint_batch(docs)
    assert np.array_equal(batch[1].shingle, fingerprint(bad.replace("\udc80", " "), "en").shingle)
    for (text, lang), prints in zip(docs[::2], batch[::2], strict=True):
        alone = fingerprint(text, lang)
        for kind in ("shingle", "stopword", "skeleton"):
            assert np.array_equal(prints.of(kind), alone.of(kind)), kind


def test_a_kind_with_a_need_of_zero_is_not_skipped_and_a_failed_batch_files_nothing():
    """Found by a regression probe: skipping kinds no article has keys of changed the
    pairs when ``min_shared`` asks 0 of such a kind (every pair then qualifies, as the
    Spark engine's ``qualifies`` says); and a batch that raised half way left ids
    without publication times, so every later ``select`` failed."""
    empty = np.zeros(0, np.uint64)
    keys = np.array([1, 2], np.uint64)
    index = ReuseIndex()
    index.add((str(i), Fingerprints(keys, empty, empty, empty)) for i in range(3))
    x, _y, _c = index.select({"embedding": 0}, max_postings=1)
    assert len(x) == 3

    def broken():  # type: ignore[no-untyped-def]
        yield "a", Fingerprints(keys, empty, empty, empty)
        raise ValueError("the caller's zip ran short")

    before = (list(index.ids), len(index))
    with pytest.raises(ValueError):
        index.add(broken())
    assert (list(index.ids), len(index)) == before
    assert len(index.select({"embedding": 0}, max_postings=1)[0]) == 3


def test_texts_of_any_size_give_the_keys_they_give_in_a_batch():
    """Small batches are cut at white space by Python, large ones by pyarrow, and long
    unspaced chunks (Chinese) are tokenised without being kept: the keys must not
    depend on which path a text took."""
    from copydesk.reuse import fingerprints

    chinese = "北京时间表示会谈将在下周举行双方同意继续对话并发表联合声明" * 4 + "。"
    texts = [(ORIGINAL, "en"), (GERMAN, "de"), (chinese + " Lawrow 2022", "zh"),
             (SPUN, "en")] * 30
    assert sum(len(t) for t, _l in texts) >= fingerprints.ARROW_MIN_CHARS
    batch = fingerprint_batch(texts)
    for (text, lang), prints in zip(texts[:4], batch[:4], strict=True):
        alone = fingerprint(text, lang)
        for kind in ("shingle", "stopword", "skeleton"):
            assert np.array_equal(prints.of(kind), alone.of(kind)), kind
    assert chinese not in fingerprints._VOCABULARY._chunks  # too long to keep
    assert fingerprints.tokens(chinese)[:2] == ["北", "京"]
