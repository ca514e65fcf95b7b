"""Stories and threads in reports written in several European languages, against a gold
grouping, side by side with the baseline a user tries first.

    PYTHONPATH=src python bench/stories_languages.py

Data (``tests/data/stories_languages/``, fictional articles written for copydesk, blind
to its rules): ``tuned``, ``held_out`` and ``held_out_2`` (written after the rules it
measures, and measured once), each about 55 reports in German, Spanish,
French, Italian, Portuguese, Dutch, Polish and English of some 14 events, with each
report's gold story (one event) and thread (one affair). The hard cases are listed in
the folder's README: two events in one city in a week, one protagonist in two events,
an affair followed over two weeks, places written in each language's own form, two
events of one kind in two countries, briefs that name little.

What is measured: B-cubed precision / recall / F1 of stories and of threads.

- copydesk: ``StoryClusterer`` with the options ``copydesk run`` uses (the live
  profile), fed in order of publication (a live stream), then in five seeded orders
  shuffled within each publication day, as a crawl delivers a day's reports (F1 range
  and mean; a shuffle across days would feed a strike's end before its start); threads
  by ``link_threads``.
- peer: scikit-learn's TF-IDF (sublinear tf; no stop-word list, as there is none for the
  mix of languages) and scipy's average-linkage tree on cosine distance, cut at the
  distance best on ``tuned`` (as in ``bench/stories.py``); it has no threads, so its
  clusters are scored against the threads too, at the cut best for threads on ``tuned``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import datetime
from pathlib import Path

from copydesk.records import Article, content_id
from copydesk.stories import StoryClusterer, bcubed
from copydesk.stories.threads import link_threads

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "stories_languages"
SETS = ("tuned", "held_out", "held_out_2")
ORDERS = (1, 2, 3, 4, 5)
CUTS = tuple(round(0.50 + 0.02 * i, 2) for i in range(25))

Gold = dict[str, str]


def load(name: str) -> tuple[list[Article], Gold, Gold]:
    """The set's articles in order of publication, and their gold stories and threads
    (by article id)."""
    gold = json.loads((DATA / f"{name}_gold.json").read_text(encoding="utf-8"))
    articles, stories, threads = [], {}, {}
    for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        article = Article(
            id=content_id(row["url"], row["maintext"]), source=f"{name}.jsonl",
            text=row["maintext"], url=row["url"], site=row["source_domain"],
            title=row["title"], language=row["language"],
            published=datetime.fromisoformat(row["date_publish"]))
        articles.append(article)
        stories[article.id] = gold[row["url"]]["story"]
        threads[article.id] = gold[row["url"]]["thread"]
    articles.sort(key=lambda a: (a.published, a.id))
    return articles, stories, threads


def copydesk(articles: list[Article]) -> tuple[Gold, Gold]:
    """Stories and threads, by article id, as ``copydesk run`` forms them."""
    clusterer = StoryClusterer()
    story_of = clusterer.add(articles)
    thread_of = link_threads(clusterer.summaries(), clusterer.options)
    return story_of, {a: thread_of[s] for a, s in story_of.items()}


def peer_tree(articles: list[Article]):  # type: ignore[no-untyped-def]
    from scipy.cluster.hierarchy import linkage
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [f"{a.title}\n{a.text}" for a in articles]
    x = TfidfVectorizer(sublinear_tf=True).fit_transform(texts).toarray()
    return linkage(x, method="average", metric="cosine")


def baseline_cut(tree, ids: list[str], threshold: float) -> Gold:  # type: ignore[no-untyped-def]
    """Flat clusters of the merges at or below ``threshold`` (as in ``bench/stories.py``)."""
    from scipy.cluster.hierarchy import fcluster

    labels = fcluster(tree, t=threshold, criterion="distance")
    return {i: str(label) for i, label in zip(ids, labels.tolist(), strict=True)}


def best_cut(articles: list[Article], gold: Gold) -> float:
    tree = peer_tree(articles)
    ids = [a.id for a in articles]
    return max(CUTS, key=lambda cut: (bcubed(baseline_cut(tree, ids, cut), gold)[2], -cut))


def row(label: str, stories: tuple[float, float, float], threads: tuple[float, float, float],
        extra: str = "") -> str:
    return (f"{label:<44} {stories[0]:.3f} / {stories[1]:.3f} / {stories[2]:.3f}   "
            f"{threads[0]:.3f} / {threads[1]:.3f} / {threads[2]:.3f}  {extra}")


def report(name: str, cuts: tuple[float, float]) -> None:
    articles, stories, threads = load(name)
    languages = sorted({a.language or "?" for a in articles})
    print(f"\n== {name}: {len(articles)} articles, {len(set(stories.values()))} stories, "
          f"{len(set(threads.values()))} threads; {', '.join(languages)}")
    print(f"{'method':<44} {'stories B3 P / R / F1':<24} {'threads B3 P / R / F1'}")
    story_of, thread_of = copydesk(articles)
    print(row("copydesk, live profile, publication order", bcubed(story_of, stories),
              bcubed(thread_of, threads), f"{len(set(story_of.values()))} stories, "
              f"{len(set(thread_of.values()))} threads"))
    shuffled_s, shuffled_t = [], []
    for seed in ORDERS:
        rng = random.Random(seed)
        order = sorted(articles, key=lambda a: (a.published.date() if a.published else None,
                                                rng.random()))
        s, t = copydesk(order)
        shuffled_s.append(bcubed(s, stories)[2])
        shuffled_t.append(bcubed(t, threads)[2])
    print(f"{'copydesk, 5 orders shuffled within each day':<44} "
          f"{min(shuffled_s):.3f}–{max(shuffled_s):.3f} ({sum(shuffled_s) / 5:.3f})      "
          f"{min(shuffled_t):.3f}–{max(shuffled_t):.3f} ({sum(shuffled_t) / 5:.3f})")
    tree = peer_tree(articles)
    ids = [a.id for a in articles]
    story_cut, thread_cut = cuts
    print(row(f"peer: TF-IDF + average linkage (cut {story_cut:.2f})",
              bcubed(baseline_cut(tree, ids, story_cut), stories),
              bcubed(baseline_cut(tree, ids, thread_cut), threads),
              f"threads at cut {thread_cut:.2f}; cuts tuned on tuned"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=SETS, action="append",
                        help="report only this set (repeatable); the peer's cuts are "
                             "tuned on tuned either way")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"skipped: {DATA} is missing")
        return 0
    articles, stories, threads = load("tuned")
    cuts = (best_cut(articles, stories), best_cut(articles, threads))
    for name in args.set or SETS:
        report(name, cuts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
