"""Spark engine vs local engine on a generated corpus: same relations, families, stories?

Issue 7's equivalence goal at 20,000 articles: the same relations and families,
and stories agreeing with an adjusted Rand index of at least 0.99. Runs ingest →
reuse → stories in both engines (extract and facts would take hours on two cores
at this size and have no partitioned form: on Spark they run on the driver
through the local step, so they are the local engine's by construction), then
compares the Parquet tables with the local store and prints the wall times side
by side.

    python bench/spark_equivalence.py --size 20000
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

STEPS = ("reuse", "stories")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=20_000)
    ap.add_argument("--work", default="/tmp/copydesk-bench")
    ap.add_argument("--master", default=None, help="Spark master (default local[*])")
    ap.add_argument("--window-articles", type=int, default=None,
                    help="articles per stories time window (default: the engine's "
                    "MIN_WINDOW_ARTICLES); small values test the window merge on small corpora")
    ap.add_argument("--steps", default=",".join(STEPS),
                    help="steps after ingest; 'stories' alone tests the window merge "
                    "without reuse families steering the clustering")
    args = ap.parse_args(argv)
    wanted = tuple(s for s in args.steps.split(",") if s)

    from copydesk.engines.local import ingest_into
    from copydesk.engines.spark.compare import compare
    from copydesk.engines.spark.job import run_spark
    from copydesk.engines.steps import steps
    from copydesk.progress import silent
    from copydesk.store import open_store
    from scale import ensure_corpus

    if args.window_articles:
        import copydesk.engines.spark.stories as spark_stories

        spark_stories.MIN_WINDOW_ARTICLES = args.window_articles
    work = Path(args.work)
    corpus, _ = ensure_corpus(work, args.size)
    out = work / f"equiv-{args.size}"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    print(f"== Spark vs local on {args.size:,} generated articles ({corpus.name})", flush=True)

    local = open_store(str(out / "local.db"))
    t0 = time.perf_counter()
    ingest_into(local, [str(corpus)])
    local_times = {"ingest": time.perf_counter() - t0}
    for name, step in steps():
        if name in wanted:
            t0 = time.perf_counter()
            print(f"   local {name}: {step(local, silent)}", flush=True)
            local_times[name] = time.perf_counter() - t0

    t0 = time.perf_counter()
    spark = run_spark([str(corpus)], str(out / "spark.db"), str(out / "spark"),
                      master=args.master, only=wanted)
    spark_total = time.perf_counter() - t0
    for line in spark.steps:
        print(f"   spark {line}", flush=True)
    result = compare(local, out / "spark")
    local.close()
    for line in result.lines():
        print("   " + line)
    print("   seconds   " + "  ".join(
        f"{k} local {local_times.get(k, 0):.0f} / spark {spark.seconds.get(k, 0):.0f}"
        for k in ("ingest", *wanted)) + f"  (spark total with table writing {spark_total:.0f})")
    # Articles differ only in their story_id annotation when stories do (ARI above).
    ok = result.relations_equal and result.families_equal and result.stories_ari >= 0.99
    verdict = "met" if ok else "NOT met"
    print(f"   goal (same relations and families, stories ARI ≥ 0.99): {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
