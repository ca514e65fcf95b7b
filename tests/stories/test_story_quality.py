"""Quality floors on the bundled demo corpus (ground truth: each article's event and thread).

Floors are the measured scores rounded down; they may only rise. Measured with the default
options and no reuse families (thirty-second session): stories B-cubed F1 0.924 (precision
1.0), threads 0.896; the floors had stayed at an earlier session's 0.90 and 0.75.
"""

from __future__ import annotations

from typing import Any

from copydesk.demo import corpus_dir, ground_truth
from copydesk.engines.local import ingest_into
from copydesk.engines.steps import stories as step
from copydesk.progress import silent
from copydesk.store import SQLiteStore
from copydesk.stories import adjusted_rand, bcubed

STORY_F1_FLOOR = 0.92
THREAD_F1_FLOOR = 0.89
STORY_PRECISION_FLOOR = 0.99


def _demo() -> tuple[Any, Any]:
    # The demo ships inside the package: its absence is a packaging fault, not a skip.
    return corpus_dir(), ground_truth()


def test_demo_corpus_stories_and_threads(store: SQLiteStore) -> None:
    corpus, truth = _demo()
    ingest_into(store, [str(corpus)])
    step.run(store, silent)
    gold = {(a["file"], a["record"]): (a["event"], a["thread"]) for a in truth["articles"]}
    thread_of = {s.id: s.thread_id for s in store.iter_records("stories")}
    events, threads, pred_story, pred_thread = {}, {}, {}, {}
    for row in store.iter_article_rows():
        key = (row["source"].replace("\\", "/").rsplit("/", 1)[-1], row["position"])
        events[row["id"]], threads[row["id"]] = gold[key]
        pred_story[row["id"]] = row["story_id"]
        pred_thread[row["id"]] = thread_of[row["story_id"]]
    assert len(events) == len(truth["articles"])
    p, _, f = bcubed(pred_story, events)
    assert f >= STORY_F1_FLOOR, (p, f)
    assert p >= STORY_PRECISION_FLOOR
    assert bcubed(pred_thread, threads)[2] >= THREAD_F1_FLOOR
    assert adjusted_rand(pred_story, events) > 0.8
