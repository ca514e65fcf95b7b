"""Page times of the web app on a large store (default 100,000 articles).

Builds (once, then reuses) a store of synthetic articles written straight
through the Store API — articles, stories, families and relations from the
generator's ground truth, a dated event per original, a fact per story — then
times pages in-process with FastAPI's TestClient: median and p95 per page kind.
The goal is story and search pages under 200 ms at 100k articles.

    python bench/web_pages.py              # 100,000 articles into bench/out/web-100000.db
    python bench/web_pages.py --n 10000    # a quicker look
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
import warnings
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

from copydesk.records import Article, DateRef, Fact, Family, Passage, Relation, Story, content_id
from copydesk.store import Store, open_store
from copydesk.synth import generate

OUT = Path(__file__).resolve().parent / "out"
BATCH = 5000


def build(db: Path, n: int) -> None:
    store = open_store(str(db))
    t0 = time.perf_counter()
    ids: dict[str, str] = {}
    texts: dict[str, int] = {}
    events: dict[str, list[tuple[str, str, str, object]]] = defaultdict(list)
    threads: dict[str, str] = {}
    families: dict[str, list[str]] = defaultdict(list)
    relations: list[Relation] = []
    dates: list[DateRef] = []
    batch: list[Article] = []
    for g in generate(n, seed=7):
        aid = content_id(g.id, g.text)
        ids[g.id] = aid
        texts[aid] = len(g.text)
        batch.append(Article(id=aid, source=f"synth/{g.id}", text=g.text, title=g.title,
                             site=g.site, published=g.published, language="en",
                             url=f"https://{g.site}/{g.id}"))
        events[g.event].append((aid, g.title, g.site, g.published))
        threads[g.event] = g.thread
        root = ids.get(g.family, aid)
        families[root].append(aid)
        if g.relation is not None and g.family in ids:
            src = ids[g.family]
            a, b = sorted((src, aid))
            la, lb = texts[a], texts[b]
            relations.append(Relation(a, b, g.relation, 0.9, "synthetic ground truth", src,
                                      (Passage(0, min(la, 600), 0, min(lb, 600)),)))
        else:
            dates.append(DateRef(content_id(aid, "d"), aid, 0, 10, g.text[:10],
                                 g.published.date(), how="bench"))
        if len(batch) >= BATCH:
            store.add_batch(batch)
            batch.clear()
    store.add_batch(batch)
    t_articles = time.perf_counter() - t0
    stories, facts = [], []
    for ev, members in events.items():
        fam_of = {m: r for r, ms in families.items() for m in ms} if False else None
        del fam_of
        sid = content_id("story", ev)
        stories.append(Story(
            id=sid, title=members[0][1], thread_id=threads[ev],
            article_ids=tuple(m[0] for m in members),
            first_seen=min(m[3] for m in members), last_seen=max(m[3] for m in members),  # type: ignore[type-var]
            articles=len(members), sources=len({m[2] for m in members}),
            independent_sources=sum(1 for m in members if m[0] in families),
            keywords=tuple(members[0][1].split()[:4]),
        ))
        facts.append(Fact(content_id("fact", ev), sid, members[0][1][:40], "reported", "yes",
                          None, tuple(m[0] for m in members[:10]), 1))
    store.replace_records("stories", stories)
    store.replace_records("facts", facts)
    store.replace_records("relations", relations)
    store.replace_records("dates", dates)
    store.replace_records("families", [
        Family(content_id("fam", root), root, tuple(sorted(ms))) for root, ms in families.items()
    ])
    store.annotate_articles("family_id", [
        (m, content_id("fam", root)) for root, ms in families.items() for m in ms])
    store.annotate_articles("story_id", [(a, s.id) for s in stories for a in s.article_ids])
    store.close()
    print(f"built {db.name}: {n} articles in {t_articles:.0f} s, {len(stories)} stories, "
          f"{len(relations)} relations, total {time.perf_counter() - t0:.0f} s")


#: CPU milliseconds of the last timed calls (all threads of this process): on a
#: shared machine wall time includes waiting for a core, CPU time does not.
CPU: list[float] = []


def timed(call: Callable[[], object], runs: int) -> list[float]:
    call()  # warm (caches, SQLite pages)
    out = []
    for _ in range(runs):
        c = time.process_time()
        t = time.perf_counter()
        call()
        out.append((time.perf_counter() - t) * 1000)
        CPU.append((time.process_time() - c) * 1000)
    return out


def row(name: str, times: list[float]) -> str:
    times = sorted(times)
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    cpu = statistics.median(CPU) if CPU else float("nan")
    CPU.clear()
    return (f"{name:<44} {statistics.median(times):>8.1f} {p95:>8.1f} {cpu:>8.1f} "
            f"{len(times):>5}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5, help="timed requests per page")
    parser.add_argument("--report", action="store_true",
                        help="also time the static report of the whole store")
    args = parser.parse_args(argv)
    OUT.mkdir(exist_ok=True)
    db = OUT / f"web-{args.n}.db"
    if not db.exists():
        build(db, args.n)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from fastapi.testclient import TestClient

    from copydesk.web import create_app

    client = TestClient(create_app(str(db)))
    store: Store = open_store(str(db))
    stories = list(store.iter_records("stories"))
    articles = store.count_articles()
    store.close()
    rng = random.Random(1)
    sample = rng.sample(stories, min(30, len(stories)))
    biggest = max(stories, key=lambda s: s.articles)
    some_articles = [s.article_ids[0] for s in sample[:10]]

    def get(url: str) -> Callable[[], object]:
        def call() -> object:
            r = client.get(url)
            if r.status_code != 200:
                raise SystemExit(f"{url}: HTTP {r.status_code}")
            return r
        return call

    def each(urls: list[str]) -> Iterator[Callable[[], object]]:
        yield from (get(u) for u in urls)

    print(f"store: {articles} articles, {len(stories)} stories "
          f"(median {statistics.median(s.articles for s in stories):.0f} articles, "
          f"largest {biggest.articles})")
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'page':<44} {'median':>8} {'p95':>8} {'cpu med':>8} {'n':>5}"
          "   (ms, TestClient in-process)")
    results = []
    story_times = [t for call in each([f"/stories/{s.id}" for s in sample])
                   for t in timed(call, 1)]
    results.append(row(f"story page ({len(sample)} random stories)", story_times))
    results.append(row(f"story page, largest ({biggest.articles} articles)",
                       timed(get(f"/stories/{biggest.id}"), args.runs)))
    results.append(row("API story JSON (random stories)",
                       [t for call in each([f"/api/stories/{s.id}" for s in sample[:10]])
                        for t in timed(call, 1)]))
    word = biggest.title.split()[0]
    for label, q in (("search, common word", "the"), ("search, title word", word),
                     ("search, two words", "strike workers"), ("search, phrase", '"said on"'),
                     ("search, page 5 of a common word", "the&page=5")):
        results.append(row(f"{label} ({q})", timed(get(f"/search?q={q}"), args.runs)))
    results.append(row("API search forced to rank all matches (the)",
                       timed(get("/api/search?q=the&order=rank"), args.runs)))
    results.append(row("story list, first page", timed(get("/"), args.runs)))
    results.append(row("story list, text + min sources filter",
                       timed(get(f"/?q={word}&min_sources=3"), args.runs)))
    results.append(row("story list, page 40", timed(get("/?page=40"), args.runs)))
    results.append(row("article page (10 articles)",
                       [t for call in each([f"/articles/{a}" for a in some_articles])
                        for t in timed(call, 1)]))
    results.append(row("article list, page 1000", timed(get("/articles?page=1000"), args.runs)))
    t = time.perf_counter()
    c = time.process_time()
    client2 = TestClient(create_app(str(db)))
    client2.get("/")
    CPU.append((time.process_time() - c) * 1000)
    results.append(row("story list, cold (app start + first request)",
                       [(time.perf_counter() - t) * 1000]))
    for line in results:
        print(line)
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    if args.report:
        from copydesk.report import write_report

        store = open_store(str(db))
        t, c = time.perf_counter(), time.process_time()
        write_report(store, OUT / f"report-{args.n}")
        wall, cpu = time.perf_counter() - t, time.process_time() - c
        store.close()
        print(f"static report of {len(stories)} stories: {wall:.0f} s wall, {cpu:.0f} s CPU "
              f"({wall / len(stories) * 1000:.0f} ms a story page)")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
