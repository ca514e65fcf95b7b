"""The reuse step resumes: a run killed during alignment keeps the slices it stored, and
the next run aligns only the rest, ending with the relations of an uninterrupted run;
articles added later cost only their own candidate pairs."""

from __future__ import annotations

import json
import sys

import pytest
from tests.reuse.test_reuse_streaming import _articles

import copydesk.reuse as reuse
from copydesk.engines.steps import reuse as step
from copydesk.progress import silent
from copydesk.records import Article, content_id
from copydesk.store import open_store


class Killed(Exception):
    """Stands for the process being killed at that point."""


@pytest.fixture()
def sliced(monkeypatch):  # type: ignore[no-untyped-def]
    """Small slices (several per run), one process, and a count of the pairs judged."""
    monkeypatch.setattr(reuse, "PAIR_SLICE", 3)
    monkeypatch.setenv("COPYDESK_WORKERS", "1")
    judged: list[int] = []
    judge = reuse.judge

    def counting(pairs, options, embed=None):  # type: ignore[no-untyped-def]
        judged.append(len(pairs))
        return judge(pairs, options, embed)

    monkeypatch.setattr(reuse, "judge", counting)
    return judged


def _store():  # type: ignore[no-untyped-def]
    store = open_store(":memory:")
    store.add_batch(_articles())
    return store


def _relations(store) -> list:  # type: ignore[no-untyped-def]
    return sorted(store.iter_records("relations"), key=lambda r: (r.a, r.b))


def _done(store) -> int:  # type: ignore[no-untyped-def]
    return int(json.loads(store.load_state(step.PROGRESS))["done"])


def _kill_on(store, method: str, call: int) -> None:  # type: ignore[no-untyped-def]
    """Make the ``call``-th use of ``method`` for relations progress raise ``Killed``."""
    real = getattr(store, method)
    seen = [0]

    def wrapped(name, data):  # type: ignore[no-untyped-def]
        if name in ("relations", step.PROGRESS) and (method != "add_records" or data):
            seen[0] += 1
            if seen[0] == call:
                raise Killed
        return real(name, data)

    setattr(store, method, wrapped)


def test_a_killed_run_resumes_where_it_stopped(sliced):  # type: ignore[no-untyped-def]
    whole = _store()
    summary = step.run(whole, silent)
    want, slices = _relations(whole), len(sliced)
    assert slices >= 4 and len(want) > 3 and "earlier run" not in summary

    store = _store()
    _kill_on(store, "add_records", 3)  # dies storing the third slice
    with pytest.raises(Killed):
        step.run(store, silent)
    assert _done(store) == 2
    kept = len(_relations(store))
    del store.add_records  # the next run is a new process: nothing fails

    sliced.clear()
    summary = step.run(store, silent)
    assert len(sliced) == slices - 2  # only the slices not stored were judged
    assert f"(2 of {slices} pair slices stored by an earlier run)" in summary
    assert 0 < kept < len(want) and _relations(store) == want

    sliced.clear()
    step.run(store, silent)  # nothing new: nothing to align again
    assert sliced == [] and _relations(store) == want


def test_a_slice_stored_without_its_progress_is_counted_once(sliced):  # type: ignore[no-untyped-def]
    whole = _store()
    want_summary = step.run(whole, silent)
    want = _relations(whole)

    store = _store()
    _kill_on(store, "save_state", 3)  # progress 0, slice 1; dies saving slice 2's progress
    with pytest.raises(Killed):
        step.run(store, silent)
    assert _done(store) == 1
    del store.save_state
    summary = step.run(store, silent)
    assert _relations(store) == want
    counts = lambda s: s.split(" (")[0]  # noqa: E731 — "N relations"
    assert counts(summary) == counts(want_summary)


def test_new_articles_align_only_their_new_pairs(sliced):  # type: ignore[no-untyped-def]
    store = _store()
    step.run(store, silent)
    before = _relations(store)
    first = sum(sliced)
    text = _articles()[0].text + " A late correction was added."
    late = Article(id=content_id(text, "late"), source="late", text=text, language="en")
    store.add_batch([late])
    sliced.clear()
    summary = step.run(store, silent)
    assert 0 < sum(sliced) < first  # the late article's pairs, not the corpus again
    assert "candidate pairs new since the last run" in summary
    after = _relations(store)
    assert set(map(_pair, before)) <= set(map(_pair, after))  # earlier relations kept
    assert any(late.id in (r.a, r.b) for r in after)  # the late copy is related
    whole = _store()
    whole.add_batch([late])
    step.run(whole, silent)
    assert set(map(_pair, _relations(whole))) <= set(map(_pair, after))


def test_other_reuse_code_or_options_start_the_relations_afresh(sliced, monkeypatch):  # type: ignore[no-untyped-def]
    store = _store()
    step.run(store, silent)
    first = sum(sliced)
    monkeypatch.setattr(step, "_basis", lambda options: "another version")
    sliced.clear()
    step.run(store, silent)
    assert sum(sliced) == first


def _pair(relation) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    return relation.a, relation.b


def test_a_later_run_fingerprints_and_scores_only_new_articles(sliced, monkeypatch):  # type: ignore[no-untyped-def]
    spin_score = sys.modules["copydesk.reuse.spin_score"]
    seen: dict[str, list[str]] = {"fingerprinted": [], "scored": []}
    fingerprint, score = step.fingerprint_articles, spin_score.score_articles

    def counted_prints(articles, *args):  # type: ignore[no-untyped-def]
        seen["fingerprinted"].extend(a.id for a in articles)
        return fingerprint(articles, *args)

    def counted_scores(articles, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen["scored"].extend(a.id for a in articles)
        return score(articles, *args, **kwargs)

    monkeypatch.setattr(step, "fingerprint_articles", counted_prints)
    monkeypatch.setattr(spin_score, "score_articles", counted_scores)
    store = _store()
    step.run(store, silent)
    assert len(seen["fingerprinted"]) == len(seen["scored"]) == len(_articles())
    text = _articles()[1].text + " Corrected on Friday."
    late = Article(id=content_id(text, "late"), source="late", text=text, language="en")
    store.add_batch([late])
    seen["fingerprinted"].clear()
    seen["scored"].clear()
    read_all = store.iter_articles

    def no_full_pass(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("a later run read every article's text")

    store.iter_articles = no_full_pass  # type: ignore[method-assign]
    summary = step.run(store, silent)  # dates of all, texts of the new one only
    store.iter_articles = read_all  # type: ignore[method-assign]
    assert seen == {"fingerprinted": [late.id], "scored": [late.id]}
    assert f"index of {len(_articles())} articles kept" in summary
    whole = _store()
    whole.add_batch([late])
    step.run(whole, silent)
    for article in [*_articles(), late]:  # spin scores as a run over all of them gives
        got, want = store.annotations(article.id), whole.annotations(article.id)
        assert (got["spin_score"], got["spun"]) == (want["spin_score"], want["spun"])
    assert {s.article_id for s in store.iter_records("spin")} == {
        s.article_id for s in whole.iter_records("spin")
    }
    monkeypatch.setattr(step, "_basis", lambda options: "another version")
    seen["fingerprinted"].clear()
    step.run(store, silent)  # another version of the code builds the index afresh
    assert len(seen["fingerprinted"]) == len(_articles()) + 1
